"""CSV as a French spreadsheet reads it (semicolons, CRLF; written as UTF-8
with a BOM), and no cell a spreadsheet would run: a serial, a model or a note
that starts like a formula (= + @, or - not followed by a number) is written
with a leading apostrophe, which the spreadsheet shows as text."""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import IO

_NUMBER = re.compile(r"-[\d\s\u202f.,]+(\s?%|\s?€)?")
_FORMULA_START = ("=", "+", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(_FORMULA_START) or (value.startswith("-")
                                            and not _NUMBER.fullmatch(value)):
        return "'" + value
    return value


class Sheet:
    """csv.writer for a French spreadsheet, every cell made safe."""

    def __init__(self, out: IO[str]) -> None:
        self._writer = csv.writer(out, delimiter=";", lineterminator="\r\n")

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([safe_cell(value) for value in row])
