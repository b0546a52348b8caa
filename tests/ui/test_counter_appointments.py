"""A slip scanned at the Accueil desk: the appointment is attended, the
household checked in, its card open — and a late decoder pick-up goes on to
the handout desk. The slip's code is read back from the rendered slip with a
real QR decoder, then scanned in both keyboard layouts. A used or mistyped
slip is refused and nothing is written."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.documents import render
from app.documents.model import Header
from app.domain import clock
from app.domain.codes import as_typed_on_azerty
from app.domain.enums import AppointmentKind
from app.services import accounts, appointments, households
from app.services.context import Actor
from db.engine import Database
from db.models import Appointment, Visit
from tests.pdf_tools import qr_codes
from tests.ui.helpers import send_keys, settle, signed_in

MORNING = datetime(2027, 3, 2, 8, 0)  # a Tuesday, no public holiday


def visits_of(db: Database, dwelling_id: int) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Visit)
                        .where(Visit.dwelling_id == dwelling_id)) or 0


@pytest.fixture
def booked(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, dict]:
    """A late decoder pick-up booked for 10:00, its slip's code as printed."""
    times = {"now": MORNING}
    monkeypatch.setattr(clock, "now", lambda: times["now"])
    coordinator = Actor.command_line()
    created = appointments.create_slots(demo_db, coordinator, AppointmentKind.DECODER_PICKUP,
                                        "Salle des tests", datetime(2027, 3, 2, 10, 0), 30, 2)
    reception = accounts.sign_in(demo_db, "Accueil", "1234")
    dwelling = households.find_by_reference(demo_db, reception, "PAC-00009")
    booking = appointments.book(demo_db, reception, created.slot_ids[0], dwelling)
    slip = appointments.slip_of(demo_db, reception, booking.appointment_id)
    code, = qr_codes(render.slip_a6(slip, Header("Centre social")), 203)  # as scanned
    times["now"] = datetime(2027, 3, 2, 9, 55)  # the tenant comes in
    return dwelling, code, times


def test_a_scanned_slip_checks_the_household_in_and_opens_the_handout(
        qtbot: QtBot, demo_db: Database, booked: tuple[int, str, dict]) -> None:
    dwelling, code, _times = booked
    window = signed_in(qtbot, demo_db, "Accueil", "1234")
    counter, handout = window.desk("counter"), window.desk("handout")
    before = visits_of(demo_db, dwelling)
    with qtbot.waitSignal(handout.dwelling_opened, timeout=30_000):
        send_keys(QApplication.focusWidget(), code)
    settle(qtbot, window.runner)
    assert window.desk_tabs.currentWidget() is handout  # a decoder pick-up: hand it out
    assert handout.panel.card.dwelling_id == dwelling
    assert visits_of(demo_db, dwelling) == before + 1
    with demo_db.read() as s:
        assert s.scalar(select(Appointment.status).where(Appointment.code == code)) == \
            "attended"
    # the same slip again, from a QWERTY scanner on an AZERTY PC: used, nothing written
    window.desk_tabs.setCurrentWidget(counter)
    settle(qtbot, window.runner)
    send_keys(QApplication.focusWidget(), as_typed_on_azerty(code))
    qtbot.waitUntil(lambda: "déjà" in counter.message.text() or "already" in
                    counter.message.text(), timeout=30_000)
    assert visits_of(demo_db, dwelling) == before + 1


def test_a_mistyped_slip_is_refused_and_nothing_is_written(
        qtbot: QtBot, demo_db: Database, booked: tuple[int, str, dict]) -> None:
    dwelling, code, _times = booked
    i = next(i for i in range(len(code) - 1) if code[i] != code[i + 1])
    swapped = code[:i] + code[i + 1] + code[i] + code[i + 2:]  # two digits swapped in typing
    window = signed_in(qtbot, demo_db, "Accueil", "1234")
    counter = window.desk("counter")
    before = visits_of(demo_db, dwelling)
    counter.code_edit.setText(swapped)
    counter._route_typed_code()
    qtbot.waitUntil(lambda: bool(counter.message.text()), timeout=30_000)
    settle(qtbot, window.runner)
    assert counter.message.text() == appointments_refusal("code_mistyped")
    assert visits_of(demo_db, dwelling) == before
    with demo_db.read() as s:
        assert s.scalar(select(Appointment.status).where(Appointment.code == code)) == "booked"


def appointments_refusal(reason: str) -> str:
    from app.domain.errors import AppointmentRefused
    from app.messages import describe

    return describe(AppointmentRefused(reason))
