"""The daily closing of a handout day, as stored (JSON) and as printed (A4),
and its figures as CSV for a spreadsheet.

One A4 sheet (more pages only for a very busy day): the centre, the day, what
each agent did, the decoders left in the stock, the computers sold, the cash
box counted against what the sales say, the note, and the signature of the
agent who counted. Printed data, hence French, as in render.py; its drawing
helpers are render.py's own.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.documents import fonts, labels
from app.documents.model import Header
from app.documents.render import (
    A4_MARGIN_MM,
    CSV_ENCODING,
    SMALL_PT,
    TEXT_PT,
    TITLE_PT,
    _duplicate_stamp,
    _header,
    _pdf,
    _Writer,
)
from app.documents.sheet import Sheet
from app.domain.money import format_euros

__all__ = ["CSV_ENCODING", "ClosingAgent", "ClosingDoc", "ClosingSale", "ClosingStock",
           "closing_a4", "closing_csv", "closing_from_json", "signed_euros", "to_json"]


# --- what it says -----------------------------------------------------------------


@dataclass(frozen=True)
class ClosingAgent:
    """One agent's day: decoders handed out (new ones, not cancelled),
    replacements, returns taken in, handouts of theirs cancelled, computers sold."""

    staff: str  # the account's name; "" for the command line
    handed_out: int
    replacements: int
    returns: int
    cancelled: int
    computers_sold: int


@dataclass(frozen=True)
class ClosingStock:
    model: str  # "" when the delivery list gave none
    in_stock: int  # decoders available (new or brought back)


@dataclass(frozen=True)
class ClosingSale:
    receipt: str  # "2026-000012"
    model: str
    serial: str
    amount_cents: int
    payment: str  # "cash", "cheque" (PaymentMethod's values)
    staff: str
    cancelled: bool = False  # listed apart, counted nowhere


@dataclass(frozen=True)
class ClosingDoc:
    """A recorded closing (closing_id > 0), or for a CSV the day's figures
    before any count (closing_id 0, counted figures None)."""

    closing_id: int
    day: date
    closed_at: datetime | None
    counted_by: str
    sequence: int  # the day's first count, second count...
    agents: tuple[ClosingAgent, ...]
    stock: tuple[ClosingStock, ...]
    sales: tuple[ClosingSale, ...]  # the cancelled ones too, marked
    expected_cash_cents: int
    expected_cheque_cents: int
    cheques_expected: int
    counted_cash_cents: int | None
    counted_cheque_cents: int | None
    cheques_counted: int | None
    note: str = ""

    @property
    def standing_sales(self) -> tuple[ClosingSale, ...]:
        return tuple(sale for sale in self.sales if not sale.cancelled)

    @property
    def cancelled_sales(self) -> tuple[ClosingSale, ...]:
        return tuple(sale for sale in self.sales if sale.cancelled)

    @property
    def balanced(self) -> bool | None:
        """True when the count matches, None before any count."""
        if self.counted_cash_cents is None:
            return None
        return (self.counted_cash_cents == self.expected_cash_cents
                and self.counted_cheque_cents == self.expected_cheque_cents
                and self.cheques_counted == self.cheques_expected)


def to_json(doc: ClosingDoc) -> dict[str, Any]:
    data = asdict(doc)
    data["day"] = doc.day.isoformat()
    data["closed_at"] = doc.closed_at.isoformat() if doc.closed_at else None
    return data


def closing_from_json(data: dict[str, Any]) -> ClosingDoc:
    return ClosingDoc(**{
        **data,
        "day": date.fromisoformat(data["day"]),
        "closed_at": datetime.fromisoformat(data["closed_at"]) if data.get("closed_at") else None,
        "agents": tuple(ClosingAgent(**a) for a in data.get("agents", ())),
        "stock": tuple(ClosingStock(**s) for s in data.get("stock", ())),
        "sales": tuple(ClosingSale(**s) for s in data.get("sales", ())),
    })


# --- the printed wording (French administrative paper) ---------------------------------

TITLE = "Clôture de caisse"
DAY = "Journée du {day}"
COUNTED = "Comptage n° {n} de la journée, le {when}, par {who}"
REPLACES = "Ce comptage remplace le précédent de la même journée (conservé)."
COMMAND_LINE = "ligne de commande"
AGENTS = "Décodeurs et ventes, par agent"
AGENT_COLUMNS = ("Agent", "Décodeurs\nremis", "Rempla-\ncements", "Retours", "Remises\nannulées",
                 "Ordinateurs\nvendus")
AGENTS_NONE = "Aucune remise ni vente ce jour."
TOTAL = "Total"
STOCK = "Décodeurs restant en stock"
STOCK_COLUMNS = ("Modèle", "En stock")
STOCK_NO_MODEL = "(modèle non précisé)"
STOCK_NONE = "Aucun décodeur en stock."
SALES = "Ordinateurs vendus"
SALE_COLUMNS = ("Reçu", "Modèle", "N° de série", "Montant", "Paiement")
SALES_NONE = "Aucun ordinateur vendu ce jour."
CANCELLED = "Ventes annulées (ni comptées, ni encaissées)"
PAYMENT = {"cash": "Espèces", "cheque": "Chèque", "card": "Carte"}
CASH_BOX = "Caisse"
CASH_COLUMNS = ("", "Attendu", "Compté", "Écart")
CASH_ROWS = ("Espèces", "Chèques (montant)", "Chèques (nombre)")
EXACT = "juste"
SHORT = "(manque)"
OVER = "(en trop)"
BALANCED = "La caisse est juste."
NOT_BALANCED = "Écart constaté : voir l'observation ci-dessous."
NOT_COUNTED = "non compté"
NOTE = "Observation"
NOTE_NONE = "aucune"
SIGN_WHO = "Compté par : {who}"
SIGN_HERE = "Signature :"
DOC_TITLE = "Clôture de caisse du {day}"
# the CSV: one block of figures (indicateur;valeur), then the lists
CSV_FIGURES = ("indicateur", "valeur")
CSV_DAY = "Journée"
CSV_COUNTED_AT = "Compté le"
CSV_COUNTED_BY = "Compté par"
CSV_EXPECTED_CASH = "Espèces attendues (€)"
CSV_COUNTED_CASH = "Espèces comptées (€)"
CSV_EXPECTED_CHEQUES = "Chèques attendus (€)"
CSV_COUNTED_CHEQUES = "Chèques comptés (€)"
CSV_CHEQUES_EXPECTED = "Nombre de chèques attendus"
CSV_CHEQUES_COUNTED = "Nombre de chèques comptés"
CSV_NOTE = "Observation"
CSV_AGENT_COLUMNS = ("agent", "remis", "remplacés", "retours", "annulés", "ordinateurs vendus")
CSV_STOCK_COLUMNS = ("modèle", "décodeurs en stock")
CSV_SALE_COLUMNS = ("reçu", "modèle", "numéro de série", "montant (€)", "paiement", "agent",
                    "annulée")
CSV_YES_NO = {True: "oui", False: "non"}


def signed_euros(cents: int) -> str:
    """A difference: "+5,00 €", "-12,50 €", "0,00 €"."""
    return ("+" if cents > 0 else "") + format_euros(cents)


def _staff(name: str) -> str:
    return name or COMMAND_LINE


def _model(name: str) -> str:
    return name or STOCK_NO_MODEL


def _cash_rows(doc: ClosingDoc) -> list[tuple[str, str, str, str, bool]]:
    """(caption, expected, counted, difference, differs) for the cash box."""
    rows = []
    figures = ((doc.expected_cash_cents, doc.counted_cash_cents, True),
               (doc.expected_cheque_cents, doc.counted_cheque_cents, True),
               (doc.cheques_expected, doc.cheques_counted, False))
    for caption, (expected, counted, money) in zip(CASH_ROWS, figures, strict=True):
        shown = format_euros if money else str
        if counted is None:
            rows.append((caption, shown(expected), NOT_COUNTED, "", False))
            continue
        difference = counted - expected
        if difference == 0:
            said = EXACT
        else:
            figure = signed_euros(difference) if money else f"{difference:+d}"
            said = f"{figure} {SHORT if difference < 0 else OVER}"
        rows.append((caption, shown(expected), shown(counted), said, difference != 0))
    return rows


# --- the A4 sheet ---------------------------------------------------------------------

PAGE_W, PAGE_H = 210.0, 297.0
_ROW_MM = 6.2
_HEADING_MM = 9.0


def _columns(width: float, fractions: Sequence[float]) -> list[float]:
    """Right edges (mm from the margin) of columns sharing the width."""
    edges, x = [], 0.0
    total = sum(fractions)
    for share in fractions:
        x += width * share / total
        edges.append(x)
    return edges


def _fitted_edges(width: float, captions: Sequence[str], rows: Sequence[Sequence[str]],
                  minimum: float = 0.0) -> list[float]:
    """Right edges for a table whose first column takes what the others,
    each as wide as its widest caption or cell (and `minimum` mm), leave."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    needs = []
    for column in range(1, len(captions)):
        texts = [(part, TEXT_PT) for part in captions[column].split("\n")]
        texts += [(row[column], TEXT_PT + 1) for row in rows]
        needs.append(max(minimum,
                         max(stringWidth(t, fonts.BOLD, size) for t, size in texts) / mm + 5))
    first = width - sum(needs)
    edges, x = [first], first
    for need in needs:
        x += need
        edges.append(x)
    return edges


def _fit(text: str, font: str, size: float, width_mm: float) -> str:
    """`text`, cut short with "…" if it is wider than the column."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if stringWidth(text, font, size) <= width_mm * mm:
        return text
    while text and stringWidth(text + "…", font, size) > width_mm * mm:
        text = text[:-1]
    return text.rstrip() + "…"


def _closing(c: Canvas, doc: ClosingDoc, header: Header, duplicate: bool,
             printed_at: datetime | None, pages: int) -> int:
    """Draw the sheet, starting new pages as needed; returns the page count
    (`pages` comes from a first pass, for the "page 1 / 2" footers)."""
    left, width = A4_MARGIN_MM, PAGE_W - 2 * A4_MARGIN_MM
    bottom = A4_MARGIN_MM
    w = _Writer(c, left, width, PAGE_H - A4_MARGIN_MM)
    page = 1

    def finish_page() -> None:
        c.saveState()
        c.setFont(fonts.REGULAR, SMALL_PT)
        if printed_at is not None:
            c.drawString(left * mm, 10 * mm,
                         labels.PRINTED_ON.format(when=labels.date_time(printed_at)))
        c.drawCentredString((left + width / 2) * mm, 10 * mm,
                            DOC_TITLE.format(day=doc.day.strftime("%d/%m/%Y")))
        if pages > 1:
            c.drawRightString((left + width) * mm, 10 * mm,
                              labels.MINUTES_PAGE.format(page=page, pages=pages))
        c.restoreState()
        if duplicate:
            _duplicate_stamp(c, PAGE_W / 2, PAGE_H / 2, 90)

    def room(height_mm: float) -> bool:
        """A new page unless `height_mm` still fits; True if it started one."""
        nonlocal page
        if w.y - height_mm >= bottom:
            return False
        finish_page()
        c.showPage()
        page += 1
        w.y = PAGE_H - A4_MARGIN_MM
        return True

    def heading(text: str, rows_after: int = 1) -> None:
        room(_HEADING_MM + rows_after * _ROW_MM)  # a heading never ends a page alone
        w.skip(2.5)
        w.text(text, TITLE_PT, bold=True, gap_mm=6)
        w.skip(0.5)

    def table(captions: Sequence[str], edges: Sequence[float], rows: Sequence[Sequence[str]],
              total: Sequence[str] | None = None, align: str = "",
              strong: Callable[[int, int], bool] = lambda _r, _c: False) -> None:
        """Columns between `edges` (right edges, mm from the margin): the
        first wraps, the others are cut short with "…" if they must; "L" or
        "R" per column in `align` (default: first left, figures right). The
        header row comes again on a new page."""
        size = TEXT_PT + 1
        align = align or "L" + "R" * (len(captions) - 1)
        starts = [0.0, *edges[:-1]]

        def cell(text: str, column: int, font: str, baseline: float) -> None:
            room_mm = edges[column] - starts[column] - (0 if column == 0 else 2.5)
            text = _fit(text, font, size, room_mm)
            c.setFont(font, size)
            if align[column] == "R":
                c.drawRightString((left + edges[column]) * mm, baseline * mm, text)
            else:
                x = starts[column] + (0 if column == 0 else 2.5)
                c.drawString((left + x) * mm, baseline * mm, text)

        def header_row() -> None:
            """Captions on one line, or two where they hold a line break."""
            lines = max(caption.count("\n") + 1 for caption in captions)
            w.y -= _ROW_MM - 1 + (lines - 1) * 4.4
            for column, caption in enumerate(captions):
                parts = caption.split("\n")
                for n, part in enumerate(parts):
                    cell(part, column, fonts.BOLD, w.y + (len(parts) - 1 - n) * 4.4)
            c.saveState()
            c.setLineWidth(0.7)
            c.line(left * mm, (w.y - 2) * mm, (left + width) * mm, (w.y - 2) * mm)
            c.restoreState()
            w.y -= 0.5

        def row(cells: Sequence[str], bold_row: bool, number: int) -> None:
            font = fonts.BOLD if bold_row else fonts.REGULAR
            first = simpleSplit(cells[0], font, size, (edges[0] - 2.5) * mm) or [""]
            height = _ROW_MM + (len(first) - 1) * 4.6
            if room(height):
                header_row()
            w.y -= _ROW_MM
            baseline = w.y
            c.setFont(font, size)
            for n, line in enumerate(first):
                c.drawString(left * mm, (baseline - n * 4.6) * mm, line)
            for column in range(1, len(cells)):
                bold = bold_row or strong(number, column)
                cell(cells[column], column, fonts.BOLD if bold else fonts.REGULAR, baseline)
            w.y = baseline - (len(first) - 1) * 4.6
            c.saveState()
            c.setStrokeGray(0.6)
            c.setLineWidth(0.3)
            c.line(left * mm, (w.y - 2.2) * mm, (left + width) * mm, (w.y - 2.2) * mm)
            c.restoreState()

        header_row()
        for number, cells in enumerate(rows):
            row(cells, False, number)
        if total is not None:
            row(total, True, len(rows))

    def wrapped(value: str, size: float, bold: bool = False, gap_mm: float | None = None) -> None:
        lines = simpleSplit(value, fonts.BOLD if bold else fonts.REGULAR, size, width * mm)
        room(len(lines) * (gap_mm or size * 0.45) + 1)
        w.text(value, size, bold=bold, gap_mm=gap_mm)

    # --- the centre, the day, who counted
    _header(w, header, TEXT_PT + 1)
    w.skip(3)
    w.text(TITLE, TITLE_PT + 6, bold=True, centred=True, gap_mm=9)
    w.text(DAY.format(day=labels.long_date(doc.day)), TITLE_PT + 1, bold=True, centred=True,
           gap_mm=7.5)
    if doc.closed_at is not None:
        w.text(COUNTED.format(n=doc.sequence, when=labels.date_time(doc.closed_at),
                              who=_staff(doc.counted_by)), TEXT_PT + 1, centred=True,
               gap_mm=6)
        if doc.sequence > 1:
            w.text(REPLACES, TEXT_PT, centred=True, gap_mm=5)
    w.skip(2)

    # --- each agent's day
    heading(AGENTS, max(1, len(doc.agents)))
    if doc.agents:
        rows = [(_staff(a.staff), str(a.handed_out), str(a.replacements), str(a.returns),
                 str(a.cancelled), str(a.computers_sold)) for a in doc.agents]
        sums = [sum(getattr(a, key) for a in doc.agents) for key in
                ("handed_out", "replacements", "returns", "cancelled", "computers_sold")]
        total = (TOTAL, *map(str, sums)) if len(doc.agents) > 1 else None
        table(AGENT_COLUMNS, _fitted_edges(width, AGENT_COLUMNS, [*rows, *([total] if total else [])]),
              rows, total)
    else:
        wrapped(AGENTS_NONE, TEXT_PT + 1)

    # --- the decoders left
    heading(STOCK, max(1, len(doc.stock)))
    if doc.stock:
        rows = [(_model(s.model), str(s.in_stock)) for s in doc.stock]
        total = (TOTAL, str(sum(s.in_stock for s in doc.stock))) if len(doc.stock) > 1 else None
        table(STOCK_COLUMNS, _fitted_edges(width, STOCK_COLUMNS, [*rows, *([total] if total else [])]),
              rows, total)
    else:
        wrapped(STOCK_NONE, TEXT_PT + 1)

    # --- the computers sold, the cancelled ones apart
    sale_edges = _columns(width, (1.5, 2.0, 1.8, 1.1, 1.0))

    def sale_cells(sale: ClosingSale) -> tuple[str, ...]:
        return (sale.receipt, sale.model, sale.serial, format_euros(sale.amount_cents),
                PAYMENT.get(sale.payment, sale.payment))

    heading(SALES, max(1, len(doc.standing_sales)))
    if doc.standing_sales:
        table(SALE_COLUMNS, sale_edges, [sale_cells(s) for s in doc.standing_sales],
              align="LLLRL")
    else:
        wrapped(SALES_NONE, TEXT_PT + 1)
    if doc.cancelled_sales:
        heading(CANCELLED, len(doc.cancelled_sales))
        table(SALE_COLUMNS, sale_edges, [sale_cells(s) for s in doc.cancelled_sales],
              align="LLLRL")

    # --- the cash box
    heading(CASH_BOX, 4)
    cash = _cash_rows(doc)
    rows = [row[:4] for row in cash]
    table(CASH_COLUMNS, _fitted_edges(width, CASH_COLUMNS, rows, minimum=34), rows,
          strong=lambda r, col: col == 3 and cash[r][4])
    w.skip(2)
    if doc.balanced is not None:
        wrapped(BALANCED if doc.balanced else NOT_BALANCED, TEXT_PT + 3, bold=True, gap_mm=7)
    w.skip(1)
    wrapped(f"{NOTE} : {doc.note or NOTE_NONE}", TEXT_PT + 1, gap_mm=5.2)

    # --- the signature, never alone on a page
    box_h, box_w = 26.0, 100.0
    w.skip(5)
    room(box_h + 2)
    top = w.y
    c.saveState()
    c.setLineWidth(0.8)
    c.roundRect(left * mm, (top - box_h) * mm, box_w * mm, box_h * mm, 2 * mm)
    c.restoreState()
    inner = _Writer(c, left + 3, box_w - 6, top - 1.5)
    inner.text(SIGN_WHO.format(who=_staff(doc.counted_by)), TEXT_PT + 1, bold=True, gap_mm=5.5)
    inner.skip(3)
    inner.text(SIGN_HERE, TEXT_PT + 1, gap_mm=6)
    w.y = top - box_h
    finish_page()
    return page


def closing_a4(doc: ClosingDoc, header: Header, duplicate: bool = False,
               printed_at: datetime | None = None) -> bytes:
    fonts.register()
    pages = _closing(Canvas(io.BytesIO()), doc, header, duplicate, printed_at, 0)
    return _pdf(lambda c: _closing(c, doc, header, duplicate, printed_at, pages), A4,
                DOC_TITLE.format(day=doc.day.strftime("%d/%m/%Y")))


# --- the CSV ----------------------------------------------------------------------


def closing_csv(doc: ClosingDoc) -> str:
    """The day's figures for a spreadsheet, as Excel in French opens them:
    semicolons, decimal commas. A block of figures (indicateur;valeur), then
    the agents, the stock and the sales, each after an empty line. Write it
    with CSV_ENCODING (UTF-8 with its BOM)."""

    def amount(cents: int | None) -> str:  # "70,00": a number to a spreadsheet
        return "" if cents is None else f"{cents // 100},{cents % 100:02d}"

    def count(value: int | None) -> str:
        return "" if value is None else str(value)

    out = io.StringIO()
    writer = Sheet(out)
    writer.writerow(CSV_FIGURES)
    writer.writerow((CSV_DAY, doc.day.strftime("%d/%m/%Y")))
    if doc.closed_at is not None:
        writer.writerow((CSV_COUNTED_AT, labels.date_time(doc.closed_at)))
        writer.writerow((CSV_COUNTED_BY, _staff(doc.counted_by)))
    writer.writerow((CSV_EXPECTED_CASH, amount(doc.expected_cash_cents)))
    writer.writerow((CSV_COUNTED_CASH, amount(doc.counted_cash_cents)))
    writer.writerow((CSV_EXPECTED_CHEQUES, amount(doc.expected_cheque_cents)))
    writer.writerow((CSV_COUNTED_CHEQUES, amount(doc.counted_cheque_cents)))
    writer.writerow((CSV_CHEQUES_EXPECTED, count(doc.cheques_expected)))
    writer.writerow((CSV_CHEQUES_COUNTED, count(doc.cheques_counted)))
    if doc.closed_at is not None:
        writer.writerow((CSV_NOTE, doc.note))
    writer.writerow(())
    writer.writerow(CSV_AGENT_COLUMNS)
    for a in doc.agents:
        writer.writerow((_staff(a.staff), a.handed_out, a.replacements, a.returns, a.cancelled,
                         a.computers_sold))
    writer.writerow(())
    writer.writerow(CSV_STOCK_COLUMNS)
    for s in doc.stock:
        writer.writerow((_model(s.model), s.in_stock))
    writer.writerow(())
    writer.writerow(CSV_SALE_COLUMNS)
    for sale in doc.sales:
        writer.writerow((sale.receipt, sale.model, sale.serial, amount(sale.amount_cents),
                         PAYMENT.get(sale.payment, sale.payment), _staff(sale.staff),
                         CSV_YES_NO[sale.cancelled]))
    return out.getvalue()
