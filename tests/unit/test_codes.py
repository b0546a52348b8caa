from __future__ import annotations

import pytest

from app.domain.codes import (
    as_typed_on_azerty,
    candidates,
    repair_qwerty_on_azerty,
    serial_as_meant,
)


def test_digit_row_and_letter_swaps_are_repaired() -> None:
    assert as_typed_on_azerty("1234567890") == "&é\"'(-è_çà"
    assert repair_qwerty_on_azerty("&é\"'(-è_çà") == "1234567890"
    assert repair_qwerty_on_azerty("QZW,") == "AWZm"


@pytest.mark.parametrize("code", ["KER-00012", "DEC123456-0001", "GS-AQ12ZWM9", "pac-00007"])
def test_round_trip(code: str) -> None:
    assert repair_qwerty_on_azerty(as_typed_on_azerty(code)) == code
    assert candidates(as_typed_on_azerty(code)) == [as_typed_on_azerty(code), code]


def test_a_code_read_right_is_tried_first() -> None:
    assert candidates(" KER-00012 ")[0] == "KER-00012"


@pytest.mark.parametrize("serial", ["DEC123456-0001", "PC-RECY-0042", "SN8800QZ", "ABC123"])
def test_a_new_serial_is_kept_as_read_or_repaired_when_scanned_qwerty_on_azerty(
        serial: str) -> None:
    assert serial_as_meant(serial) == serial
    assert serial_as_meant(as_typed_on_azerty(serial)) == serial
