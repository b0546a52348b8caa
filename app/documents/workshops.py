"""A workshop's attendance sheet (feuille d'émargement): A4, one page per
session (one session, or every session of the series), the workshop, the
date, the place and the facilitator at the top, one row per registered
person with a column to sign, and empty rows at the end for walk-ins.
Printed from the Ateliers desk, never stored. Printed text: French."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.documents import fonts, labels
from app.documents.model import Header
from app.documents.render import A4_MARGIN_MM, TEXT_PT, TITLE_PT, _header, _pdf, _Writer

SHEET_TITLE = "Feuille d'émargement"
SHEET_WHEN = "Séance du {day}, de {start} à {end}"
SHEET_WHERE = "Lieu"
SHEET_FACILITATOR = "Animation"
SHEET_COLUMNS = ("", "Nom et prénom", "Signature")
SHEET_WALK_INS = "Personnes venues sans inscription :"
ROW_MM = 11.0  # room to sign
WALK_IN_ROWS = 4


@dataclass(frozen=True)
class AttendanceSheetDoc:
    title: str
    place: str
    facilitator: str
    sessions: tuple[tuple[datetime, datetime], ...]  # (start, end): one page each
    people: tuple[str, ...]  # registered, in sign-up order
    walk_in_rows: int = WALK_IN_ROWS


def _registered(count: int) -> str:
    return f"{count} personne inscrite" if count <= 1 else f"{count} personnes inscrites"


def attendance_sheet_a4(doc: AttendanceSheetDoc, header: Header) -> bytes:
    page_w, page_h = A4[0] / mm, A4[1] / mm
    width = page_w - 2 * A4_MARGIN_MM
    number_w, name_w = 10.0, 80.0

    def top(c: Canvas, start: datetime, end: datetime, more: bool) -> _Writer:
        w = _Writer(c, A4_MARGIN_MM, width, page_h - A4_MARGIN_MM)
        _header(w, header)
        w.text(SHEET_TITLE + (" (suite)" if more else ""), TITLE_PT + 2, bold=True)
        w.text(doc.title, TITLE_PT, bold=True, gap_mm=7)
        w.text(SHEET_WHEN.format(day=labels.long_date(start), start=labels.hour(start),
                                 end=labels.hour(end)), TEXT_PT + 2, bold=True, gap_mm=6)
        w.pair(SHEET_WHERE, doc.place, TEXT_PT + 1)
        if doc.facilitator:
            w.pair(SHEET_FACILITATOR, doc.facilitator, TEXT_PT + 1)
        w.text(_registered(len(doc.people)), TEXT_PT)
        w.skip(4)
        return w

    def columns(c: Canvas, y: float) -> float:
        c.setFont(fonts.BOLD, TEXT_PT)
        x = A4_MARGIN_MM
        for caption, cell in zip(SHEET_COLUMNS, (number_w, name_w, width - number_w - name_w),
                                 strict=True):
            c.drawString((x + 1.5) * mm, (y - 5) * mm, caption)
            x += cell
        c.setLineWidth(0.8)
        c.line(A4_MARGIN_MM * mm, (y - 7) * mm, (A4_MARGIN_MM + width) * mm, (y - 7) * mm)
        return y - 7

    def row(c: Canvas, y: float, number: str, name: str) -> float:
        c.setFont(fonts.REGULAR, TEXT_PT + 2)
        c.drawString((A4_MARGIN_MM + 1.5) * mm, (y - 7) * mm, number)
        lines = simpleSplit(name, fonts.REGULAR, TEXT_PT + 2, (name_w - 3) * mm)[:2]
        for n, line in enumerate(lines):
            c.drawString((A4_MARGIN_MM + number_w + 1.5) * mm,
                         (y - 7 - n * 4.5 + (2 if len(lines) > 1 else 0)) * mm,
                         fonts.visual(line))
        c.setLineWidth(0.4)
        bottom = y - ROW_MM
        c.line(A4_MARGIN_MM * mm, bottom * mm, (A4_MARGIN_MM + width) * mm, bottom * mm)
        for x in (A4_MARGIN_MM, A4_MARGIN_MM + number_w, A4_MARGIN_MM + number_w + name_w,
                  A4_MARGIN_MM + width):
            c.line(x * mm, y * mm, x * mm, bottom * mm)
        return bottom

    def draw(c: Canvas) -> None:
        first = True
        for start, end in doc.sessions or ((datetime.now(), datetime.now()),):
            if not first:
                c.showPage()
            first = False
            w = top(c, start, end, False)
            y = columns(c, w.y)
            entries = [(str(n), name) for n, name in enumerate(doc.people, start=1)]
            walk_ins = [("", "")] * doc.walk_in_rows
            for index, (number, name) in enumerate(entries + walk_ins):
                if index == len(entries):  # the walk-ins' rows, under their caption
                    if y - 8 - ROW_MM < A4_MARGIN_MM:
                        c.showPage()
                        y = columns(c, top(c, start, end, True).y)
                    c.setFont(fonts.BOLD, TEXT_PT)
                    c.drawString(A4_MARGIN_MM * mm, (y - 6) * mm, SHEET_WALK_INS)
                    y = columns(c, y - 8)
                if y - ROW_MM < A4_MARGIN_MM:
                    c.showPage()
                    y = columns(c, top(c, start, end, True).y)
                y = row(c, y, number, name)

    return _pdf(draw, A4, f"{SHEET_TITLE} — {doc.title}")
