"""No exported cell runs as a formula in a spreadsheet; numbers stay numbers."""

from __future__ import annotations

import csv
import io

import pytest

from app.documents.sheet import Sheet, safe_cell


@pytest.mark.parametrize("cell", ["=cmd|' /C calc'!A0", "+SUM(1)", "@foo", "-2+3",
                                  '=HYPERLINK("http://x","y")', "\t=1", "-A1"])
def test_a_formula_is_written_as_text(cell: str) -> None:
    assert safe_cell(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["DEC-0001", "-5,00", "-5,00 €", "-12", "35,50", "", "Le Gall",
                                  "12 %", "a=b"])
def test_ordinary_cells_and_negative_amounts_are_kept(cell: str) -> None:
    assert safe_cell(cell) == cell


def test_the_sheet_writes_french_rows() -> None:
    out = io.StringIO()
    Sheet(out).writerow(["=1+1 billet", -5, "-5,00", None])
    assert out.getvalue() == "'=1+1 billet;-5;-5,00;\r\n"
    assert next(csv.reader(io.StringIO(out.getvalue()), delimiter=";"))[0] == "'=1+1 billet"
