"""Renderers: a document record to PDF bytes. Pure functions; millimetres.

Formats: A4 (minutes; receipts in two copies, tenant's and centre's, with a cut
line; a poll's invitation letters and a handout day's letters, one page per
dwelling), A6 (appointment slip)
and an 80 mm thermal roll (receipt and slip, as long as the content). The
minutes' figures also come as CSV for a spreadsheet.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents import fonts, labels, qr
from app.documents.model import (
    DayListDoc,
    HandoutDayLetters,
    Header,
    InvitationLetter,
    InvitationSet,
    MinutesDoc,
    ReceiptDoc,
    SlipDoc,
)
from app.documents.sheet import Sheet
from app.domain.check_code import grouped
from app.domain.money import format_euros
from app.domain.results import PollResults, percent

# Page streams compressed, not also ASCII85-encoded: reportlab's default costs a
# pure-Python encoding of every page (without its optional C accelerator) and a
# quarter more bytes, for the 7-bit mail transport of another age.
rl_config.useA85 = 0

ROLL_WIDTH_MM = 80.0
ROLL_MARGIN_MM = 4.0  # thermal heads print 72 mm of an 80 mm roll
A4_MARGIN_MM = 18.0
A6_MARGIN_MM = 8.0
TEXT_PT, SMALL_PT, TITLE_PT, BIG_PT = 10.0, 8.0, 14.0, 18.0
LINE_MM = 5.0


class _Writer:
    """A cursor going down a page, wrapping text to the column's width."""

    def __init__(self, canvas: Canvas, left_mm: float, width_mm: float, top_mm: float) -> None:
        self.c, self.left, self.width, self.y = canvas, left_mm, width_mm, top_mm

    def text(self, value: str, size: float = TEXT_PT, bold: bool = False,
             centred: bool = False, gap_mm: float | None = None) -> None:
        font = fonts.BOLD if bold else fonts.REGULAR
        step = gap_mm if gap_mm is not None else size * 0.45
        for line in simpleSplit(value, font, size, self.width * mm) or [""]:
            self.y -= step
            self.c.setFont(font, size)
            line = fonts.visual(line)
            if centred:
                self.c.drawCentredString((self.left + self.width / 2) * mm, self.y * mm, line)
            else:
                self.c.drawString(self.left * mm, self.y * mm, line)

    def pair(self, key: str, value: str, size: float = TEXT_PT) -> None:
        self.text(f"{key} : {value}", size)

    def rule(self, dashed: bool = False) -> None:
        self.y -= 2.5
        self.c.saveState()
        if dashed:
            self.c.setDash(3, 2)
        self.c.setLineWidth(0.5)
        self.c.line(self.left * mm, self.y * mm, (self.left + self.width) * mm, self.y * mm)
        self.c.restoreState()
        self.y -= 1.5

    def skip(self, value_mm: float) -> None:
        self.y -= value_mm


def _header(w: _Writer, header: Header, size: float = TEXT_PT) -> None:
    w.text(header.name, size + 2, bold=True)
    if header.address:
        w.text(header.address, size)
    if header.phone:
        w.text(header.phone, size)
    w.rule()


def _duplicate_stamp(c: Canvas, centre_x_mm: float, centre_y_mm: float, size: float,
                     text: str = labels.DUPLICATE) -> None:
    """A large, light, slanted DUPLICATA (or ANNULÉ) over the content:
    readable, unmissable."""
    c.saveState()
    c.setFillColorRGB(0.45, 0.45, 0.45)
    c.setFillAlpha(0.35)
    c.setFont(fonts.BOLD, size)
    c.translate(centre_x_mm * mm, centre_y_mm * mm)
    c.rotate(35)
    c.drawCentredString(0, 0, text)
    c.restoreState()


def _pdf(draw: Callable[[Canvas], None], size: tuple[float, float], title: str) -> bytes:
    fonts.register()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=size, invariant=True)
    canvas.setTitle(title)
    canvas.setAuthor("Guichet")
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


# --- receipts -----------------------------------------------------------------


def receipt_qr_payload(doc: ReceiptDoc) -> str:
    """Scanned back at the counter to find the receipt: its number, nothing personal."""
    return f"GUICHET-RECU:{doc.kind}:{doc.number}"


def _receipt_body(w: _Writer, doc: ReceiptDoc, header: Header, copy: str | None,
                  size: float) -> None:
    top = w.y
    side = qr.size_mm(len(qr.matrix(receipt_qr_payload(doc))))
    qr.draw(w.c, receipt_qr_payload(doc), w.left + w.width - side, top - side)
    w.width -= side + 2  # the header wraps beside the code
    _header(w, header, size)
    w.width += side + 2
    w.y = min(w.y, top - side - 1)
    w.text(labels.RECEIPT_TITLE.get(doc.kind, doc.kind), size + 3, bold=True)
    w.text(f"{labels.RECEIPT_NUMBER} {doc.number}", size + 3, bold=True)
    if doc.cancelled:  # a reprint of a mistaken act's receipt: never taken for a valid one
        w.text(doc.cancelled, size + 1, bold=True)
    if copy:
        w.text(copy, size)
    w.skip(1.5)
    w.pair(labels.DATE, labels.date_time(doc.issued_at), size)
    w.pair(labels.HOUSEHOLD, doc.household, size)
    w.pair(labels.REFERENCE, doc.landlord_ref, size)
    w.pair(labels.ADDRESS, doc.address, size)
    w.rule()
    for line in doc.lines:
        text = line.label + (f" — {labels.SERIAL} {line.serial}" if line.serial else "")
        if line.amount_cents is not None:
            text += f" — {format_euros(line.amount_cents)}"
        w.text(text, size, bold=True)
    if doc.total_cents is not None:
        payment = labels.PAYMENT.get(doc.payment, doc.payment)
        w.text(f"{labels.TOTAL} : {format_euros(doc.total_cents)}"
               + (f" ({payment})" if payment else ""), size, bold=True)
    w.rule()
    w.pair(labels.STAFF, doc.staff, size)
    w.skip(3)
    w.text(f"{labels.SIGNATURE_TENANT} :", size)


def receipt_a4(doc: ReceiptDoc, header: Header, duplicate: bool = False) -> bytes:
    page_w, page_h = 210.0, 297.0
    half = page_h / 2

    def draw(c: Canvas) -> None:
        for top, copy in ((page_h - A4_MARGIN_MM, labels.TENANT_COPY),
                          (half - 10, labels.CENTRE_COPY)):
            _receipt_body(_Writer(c, A4_MARGIN_MM, page_w - 2 * A4_MARGIN_MM, top),
                          doc, header, copy, TEXT_PT + 1)
        c.saveState()
        c.setDash(4, 3)
        c.setLineWidth(0.6)
        c.line(8 * mm, half * mm, (page_w - 8) * mm, half * mm)
        c.setFont(fonts.REGULAR, SMALL_PT)
        c.drawString(10 * mm, (half + 1.5) * mm, labels.CUT_HERE)
        c.restoreState()
        if doc.cancelled:
            _duplicate_stamp(c, page_w / 2, half * 1.5, 60, labels.CANCELLED)
            _duplicate_stamp(c, page_w / 2, half * 0.5, 60, labels.CANCELLED)
        elif duplicate:
            _duplicate_stamp(c, page_w / 2, half * 1.5, 60)
            _duplicate_stamp(c, page_w / 2, half * 0.5, 60)

    return _pdf(draw, A4, f"{labels.RECEIPT_NUMBER} {doc.number}")


def _roll(draw_body: Callable[[_Writer], None], duplicate: bool, title: str,
          stamp: str = labels.DUPLICATE) -> bytes:
    """Measure the content on a scratch canvas, then draw it on a page exactly
    that long: a roll has no page height of its own."""
    fonts.register()
    width = ROLL_WIDTH_MM - 2 * ROLL_MARGIN_MM
    probe = _Writer(Canvas(io.BytesIO()), ROLL_MARGIN_MM, width, 0)
    draw_body(probe)
    height = -probe.y + 2 * ROLL_MARGIN_MM

    def draw(c: Canvas) -> None:
        draw_body(_Writer(c, ROLL_MARGIN_MM, width, height - ROLL_MARGIN_MM))
        if duplicate:
            _duplicate_stamp(c, ROLL_WIDTH_MM / 2, height / 2, 28, stamp)

    return _pdf(draw, (ROLL_WIDTH_MM * mm, height * mm), title)


def receipt_roll(doc: ReceiptDoc, header: Header, duplicate: bool = False) -> bytes:
    stamp = labels.CANCELLED if doc.cancelled else labels.DUPLICATE

    def body(w: _Writer) -> None:
        if duplicate or doc.cancelled:
            w.text(stamp, TITLE_PT, bold=True, centred=True)
        _receipt_body(w, doc, header, None, TEXT_PT)
        w.skip(12)

    return _roll(body, duplicate or bool(doc.cancelled),
                 f"{labels.RECEIPT_NUMBER} {doc.number}", stamp)


# --- appointment slips ---------------------------------------------------------


def _slip_text(w: _Writer, doc: SlipDoc, header: Header, size: float,
               duplicate: bool) -> None:
    _header(w, header, size - 1)
    if doc.cancelled:  # never taken for a valid slip
        w.text(doc.cancelled, size + 2, bold=True)
    elif duplicate:
        w.text(labels.DUPLICATE, size + 2, bold=True)
    w.text(doc.heading or labels.SLIP_TITLE, size + 4, bold=True)
    w.text(doc.household, size + 1, bold=True)
    w.skip(1)
    if doc.standing:  # a waiting list's place: no session promised yet
        w.text(doc.standing, size + 2, bold=True)
    if len(doc.sessions) > 1:  # a workshop's series: every date, one line each
        for start in doc.sessions:
            w.text(f"• {labels.long_date(start)} à {labels.hour(start)}", size, bold=True)
    else:
        w.text(f"{labels.SLIP_WHEN} {labels.long_date(doc.starts_at)}", size + 2, bold=True)
        w.text(f"à {labels.hour(doc.starts_at)}", BIG_PT + 4, bold=True, gap_mm=8.5)
    w.skip(1)
    w.pair(labels.SLIP_WHERE, doc.place, size)
    w.pair(labels.SLIP_WHAT, doc.purpose, size)
    if doc.bring:
        w.text(f"{labels.SLIP_BRING} :", size, bold=True)
        for item in doc.bring:
            w.text(f"• {item}", size)


def slip_a6(doc: SlipDoc, header: Header, duplicate: bool = False) -> bytes:
    page_w, page_h = 105.0, 148.0

    def draw(c: Canvas) -> None:
        w = _Writer(c, A6_MARGIN_MM, page_w - 2 * A6_MARGIN_MM, page_h - A6_MARGIN_MM)
        _slip_text(w, doc, header, TEXT_PT, duplicate)
        side = qr.size_mm(len(qr.matrix(doc.qr_payload)))
        qr.draw(c, doc.qr_payload, page_w - A6_MARGIN_MM - side, A6_MARGIN_MM)
        note = _Writer(c, A6_MARGIN_MM, page_w - 2 * A6_MARGIN_MM - side - 3,
                       A6_MARGIN_MM + side)
        note.text(labels.SLIP_SCAN, SMALL_PT)
        if doc.code:  # for typing by hand when the scanner fails
            note.text(f"{labels.SLIP_CODE} : {grouped(doc.code)}", TEXT_PT,
                      bold=True)
        note.text(doc.landlord_ref, SMALL_PT)
        if doc.cancelled:
            _duplicate_stamp(c, page_w / 2, page_h / 2, 40, labels.CANCELLED)

    return _pdf(draw, A6, labels.SLIP_TITLE)


def slip_roll(doc: SlipDoc, header: Header, duplicate: bool = False) -> bytes:
    side = qr.size_mm(len(qr.matrix(doc.qr_payload)))

    def body(w: _Writer) -> None:
        _slip_text(w, doc, header, TEXT_PT, duplicate)
        w.skip(2)
        w.y -= side
        qr.draw(w.c, doc.qr_payload, (ROLL_WIDTH_MM - side) / 2, w.y)
        w.text(labels.SLIP_SCAN, SMALL_PT, centred=True)
        if doc.code:
            w.text(f"{labels.SLIP_CODE} : {grouped(doc.code)}", TEXT_PT,
                   bold=True, centred=True)
        w.text(doc.landlord_ref, SMALL_PT, centred=True)
        w.skip(12)

    return _roll(body, duplicate or bool(doc.cancelled), labels.SLIP_TITLE,
                 labels.CANCELLED if doc.cancelled else labels.DUPLICATE)


# --- the counter's day list of appointments -----------------------------------------


def day_list_a4(doc: DayListDoc, header: Header) -> bytes:
    """Who comes when, slot by slot, with a box to tick: the counter's sheet."""
    page_w, page_h = 210.0, 297.0
    title = f"{labels.DAY_LIST_TITLE} {labels.long_date(doc.day)}"

    def page(c: Canvas) -> _Writer:
        w = _Writer(c, A4_MARGIN_MM, page_w - 2 * A4_MARGIN_MM, page_h - A4_MARGIN_MM)
        _header(w, header)
        w.text(title, TITLE_PT, bold=True)
        w.skip(2)
        return w

    def draw(c: Canvas) -> None:
        w = page(c)
        if not doc.slots:
            w.text(labels.DAY_LIST_EMPTY, TEXT_PT)
        for slot in doc.slots:
            needed = (len(slot.bookings) + 2) * LINE_MM + 4
            if w.y - needed < A4_MARGIN_MM:
                c.showPage()
                w = page(c)
            state = labels.DAY_LIST_CANCELLED if slot.cancelled else \
                labels.DAY_LIST_FREE.format(free=slot.free)
            w.text(f"{slot.time} · {slot.what} · {slot.place} — {state}", TEXT_PT + 1,
                   bold=True)
            for household, reference, status, note in slot.bookings:
                w.text(f"☐  {household} ({reference}) — {status}"
                       + (f" — {note}" if note else ""), TEXT_PT)
            w.rule(dashed=True)
            w.skip(1)

    return _pdf(draw, A4, title)


# --- minutes ----------------------------------------------------------------------


def _results(doc: MinutesDoc) -> PollResults:
    return PollResults(eligible=doc.eligible, took_part=doc.took_part, blank=doc.blank,
                       spoiled=doc.spoiled, for_=doc.for_, against=doc.against,
                       quorum_percent=doc.quorum_percent)


def _minutes_values(doc: MinutesDoc, results: PollResults) -> dict[str, str]:
    return {
        "eligible": str(doc.eligible), "took_part": str(doc.took_part),
        "participation": percent(results.participation), "at_counter": str(doc.at_counter),
        "by_caretakers": str(doc.by_caretakers), "blank": str(doc.blank),
        "spoiled": str(doc.spoiled), "expressed": str(results.expressed),
        "for_": str(doc.for_), "against": str(doc.against),
        "share_for": percent(results.share_for),
    }


def _outcome(results: PollResults) -> str:
    if results.for_ > results.against and not results.quorum_reached:
        return labels.MINUTES_OUTCOME_NO_QUORUM
    return labels.MINUTES_OUTCOME[results.adopted]


def _quorum(quorum_percent: int) -> str:
    return f"{quorum_percent}\u00a0%"


def _share(took_part: int, eligible: int) -> Fraction:
    return Fraction(took_part, eligible) if eligible > 0 else Fraction(0)


# the buildings' table: label, two counts, a percentage, then the bar (mm from the margin)
_COL_LABEL_W, _COL_ELIGIBLE, _COL_TOOK, _COL_PERCENT, _COL_BAR = 76.0, 96.0, 116.0, 136.0, 140.0
_ROW_MM = 6.8  # a line of figures


def _minutes(c: Canvas, doc: MinutesDoc, header: Header, duplicate: bool,
             printed_at: datetime | None, pages: int) -> int:
    """Draw the minutes, starting new pages as needed; returns the page count
    (`pages` is that count from a first pass, for the "page 1 / 2" footers)."""
    results = _results(doc)
    values = _minutes_values(doc, results)
    page_w, page_h = 210.0, 297.0
    left, width = A4_MARGIN_MM, page_w - 2 * A4_MARGIN_MM
    bottom = A4_MARGIN_MM  # the footer sits below, at 10 mm
    w = _Writer(c, left, width, page_h - A4_MARGIN_MM)
    page = 1

    def finish_page() -> None:
        c.saveState()
        c.setFont(fonts.REGULAR, SMALL_PT)
        if printed_at is not None:
            c.drawString(left * mm, 10 * mm,
                         labels.PRINTED_ON.format(when=labels.date_time(printed_at)))
        if pages > 1:
            c.drawRightString((left + width) * mm, 10 * mm,
                              labels.MINUTES_PAGE.format(page=page, pages=pages))
        c.restoreState()
        if duplicate:
            _duplicate_stamp(c, page_w / 2, page_h / 2, 90)

    def room(height_mm: float) -> bool:
        """Start a new page unless `height_mm` still fits; True if it started one."""
        nonlocal page
        if w.y - height_mm >= bottom:
            return False
        finish_page()
        c.showPage()
        page += 1
        w.y = page_h - A4_MARGIN_MM
        return True

    def wrapped(value: str, size: float, bold: bool = False) -> None:
        lines = simpleSplit(value, fonts.BOLD if bold else fonts.REGULAR, size, width * mm)
        room(len(lines) * size * 0.45 + 1)
        w.text(value, size, bold=bold)

    _header(w, header, TEXT_PT + 1)
    w.skip(4)
    w.text(labels.MINUTES_TITLE, TITLE_PT + 4, bold=True, centred=True)
    w.skip(4)
    wrapped(f"{labels.MINUTES_SECTOR} : {doc.sector}", TEXT_PT + 1)
    wrapped(f"{labels.MINUTES_QUESTION} : {doc.question}", TEXT_PT + 1)
    wrapped(labels.MINUTES_PERIOD.format(opened=labels.date_time(doc.opened_at),
                                         closed=labels.date_time(doc.closed_at)), TEXT_PT + 1)
    w.skip(3)
    for key, caption in labels.MINUTES_ROWS:
        room(_ROW_MM)
        w.y -= _ROW_MM
        indent = 6 if caption.startswith("dont") else 0
        bold = key in {"expressed", "share_for", "for_", "against"}
        c.setFont(fonts.BOLD if bold else fonts.REGULAR, TEXT_PT + 2)
        c.drawString((left + indent) * mm, w.y * mm, caption)
        c.drawRightString((left + width) * mm, w.y * mm, values[key])
        c.setLineWidth(0.3)
        c.line(left * mm, (w.y - 2.2) * mm, (left + width) * mm, (w.y - 2.2) * mm)
    w.skip(4)
    if doc.quorum_percent is not None:
        wrapped(labels.MINUTES_QUORUM.format(
            percent=_quorum(doc.quorum_percent),
            reached=labels.MINUTES_QUORUM_REACHED[results.quorum_reached]), TEXT_PT + 2, True)
        w.skip(2)
    wrapped(_outcome(results), TITLE_PT, bold=True)
    w.skip(2)
    wrapped(labels.MINUTES_SECRECY, SMALL_PT + 1)

    if doc.buildings:
        w.skip(6)
        _building_table(c, w, doc, room)

    # three signature boxes side by side, never split across pages
    gap, box_h = 5.0, 40.0
    w.skip(7)
    room(box_h)
    box_w = (width - 2 * gap) / len(labels.MINUTES_SIGNATURES)
    top = w.y
    for n, role in enumerate(labels.MINUTES_SIGNATURES):
        x = left + n * (box_w + gap)
        c.saveState()
        c.setLineWidth(0.8)
        c.roundRect(x * mm, (top - box_h) * mm, box_w * mm, box_h * mm, 2 * mm)
        c.restoreState()
        inner = _Writer(c, x + 3, box_w - 6, top - 1.5)
        inner.text(role, TEXT_PT, bold=True)
        inner.skip(3)
        inner.text(labels.MINUTES_SIGN_NAME, TEXT_PT, gap_mm=6)
        inner.skip(4)
        inner.text(labels.MINUTES_SIGN_HERE, TEXT_PT, gap_mm=6)
    w.y = top - box_h
    finish_page()
    return page


def _building_table(c: Canvas, w: _Writer, doc: MinutesDoc,
                    room: Callable[[float], bool]) -> None:
    """Participation per building: figures and a bar each (a full-length light
    track behind a dark bar as long as the share), flowing onto further pages
    with the heading repeated."""
    left, width = w.left, w.width
    bar_w = width - _COL_BAR
    size = TEXT_PT + 1

    def heading(title: str) -> None:
        w.text(title, TITLE_PT, bold=True)
        w.y -= 6.5
        c.setFont(fonts.BOLD, TEXT_PT)
        caption, eligible, took, share = labels.MINUTES_BUILDING_COLUMNS
        c.drawString(left * mm, w.y * mm, caption)
        c.drawRightString((left + _COL_ELIGIBLE) * mm, w.y * mm, eligible)
        c.drawRightString((left + _COL_TOOK) * mm, w.y * mm, took)
        c.drawString((left + _COL_PERCENT - 15) * mm, w.y * mm, share)
        c.setLineWidth(0.6)
        c.line(left * mm, (w.y - 2) * mm, (left + width) * mm, (w.y - 2) * mm)
        w.y -= 1

    def row(caption: str, eligible: int, took: int, bold: bool) -> None:
        font = fonts.BOLD if bold else fonts.REGULAR
        lines = simpleSplit(caption, font, size, _COL_LABEL_W * mm) or [""]
        height = _ROW_MM + (len(lines) - 1) * 4.5
        if room(height):
            heading(labels.MINUTES_BUILDINGS_MORE)
        w.y -= _ROW_MM
        baseline = w.y
        c.setFont(font, size)
        for n, line in enumerate(lines):
            c.drawString(left * mm, (baseline - n * 4.5) * mm, line)
        c.drawRightString((left + _COL_ELIGIBLE) * mm, baseline * mm, str(eligible))
        c.drawRightString((left + _COL_TOOK) * mm, baseline * mm, str(took))
        share = _share(took, eligible)
        c.drawRightString((left + _COL_PERCENT) * mm, baseline * mm, percent(share))
        c.saveState()
        c.setFillGray(0.87)
        c.rect((left + _COL_BAR) * mm, (baseline - 0.6) * mm, bar_w * mm, 3.8 * mm,
               stroke=0, fill=1)
        c.setFillGray(0.2)
        length = bar_w * min(float(share), 1.0)
        if length > 0:
            c.rect((left + _COL_BAR) * mm, (baseline - 0.6) * mm, length * mm, 3.8 * mm,
                   stroke=0, fill=1)
        c.setStrokeGray(0.6)
        c.setLineWidth(0.3)
        w.y = baseline - (len(lines) - 1) * 4.5
        c.line(left * mm, (w.y - 2.2) * mm, (left + width) * mm, (w.y - 2.2) * mm)
        c.restoreState()

    room(14 + 2 * _ROW_MM)  # the heading never ends a page alone
    heading(labels.MINUTES_BUILDINGS)
    for caption, eligible, took in doc.buildings:
        row(caption, eligible, took, bold=False)
    row(labels.MINUTES_BUILDINGS_TOTAL, doc.eligible, doc.took_part, bold=True)


def minutes_a4(doc: MinutesDoc, header: Header, duplicate: bool = False,
               printed_at: datetime | None = None) -> bytes:
    fonts.register()
    pages = _minutes(Canvas(io.BytesIO()), doc, header, duplicate, printed_at, 0)
    return _pdf(lambda c: _minutes(c, doc, header, duplicate, printed_at, pages), A4,
                labels.MINUTES_TITLE)


CSV_ENCODING = "utf-8-sig"  # with its BOM, Excel reads the accents right


def minutes_csv(doc: MinutesDoc) -> str:
    """The minutes' figures for a spreadsheet, as Excel in French opens them:
    semicolons, decimal commas. A block of overall figures (indicateur;valeur),
    an empty line, then one line per building. Write it with CSV_ENCODING."""
    results = _results(doc)
    values = _minutes_values(doc, results)

    def plain(value: str) -> str:  # a spreadsheet reads "61,1 %", not a no-break space
        return value.replace("\u00a0", " ")

    out = io.StringIO()
    writer = Sheet(out)
    writer.writerow(labels.CSV_OVERALL)
    writer.writerow((labels.CSV_SECTOR, doc.sector))
    writer.writerow((labels.CSV_QUESTION, doc.question))
    writer.writerow((labels.CSV_OPENED, labels.date_time(doc.opened_at)))
    writer.writerow((labels.CSV_CLOSED, labels.date_time(doc.closed_at)))
    for key, caption in labels.MINUTES_ROWS:
        writer.writerow((caption, plain(values[key])))
    if doc.quorum_percent is not None:
        writer.writerow((labels.CSV_QUORUM, plain(_quorum(doc.quorum_percent))))
        writer.writerow((labels.CSV_QUORUM_REACHED,
                         labels.CSV_YES_NO[results.quorum_reached]))
    writer.writerow((labels.CSV_OUTCOME, _outcome(results)))
    if doc.buildings:
        writer.writerow(())
        writer.writerow(labels.CSV_BUILDINGS)
        for caption, eligible, took in doc.buildings:
            writer.writerow((caption, eligible, took, plain(percent(_share(took, eligible)))))
    return out.getvalue()


# --- invitation letters ------------------------------------------------------------

INVITATION_MODULE_MM = 1.2  # larger than a slip's: scanned from a letter held by hand
PROGRESS_EVERY = 50  # pages between two progress reports and cancel checks
_INVITATION_FORM = "invitation"  # what every page shares, drawn once per batch


class Cancelled(Exception):
    """The person stopped a long rendering before its end."""


@dataclass(frozen=True)
class _LetterPlan:
    """Where a letter's own content goes on the shared page."""

    box_left: float  # the dwelling box's text column
    box_width: float
    box_top: float  # the area of the dwelling lines, below the caption
    box_bottom: float
    ref_right: float  # the landlord reference, right-aligned on the box's caption line
    ref_y: float
    scale: float
    qr_bottom: float  # the QR code's quiet zone, lower edge
    code_y: float  # baseline of the printed code


_CODE_PT = 28.0
_CODE_CHAR_SPACE = 2.0  # pt between digits: read one by one, typed at the counter
_CODE_TO_QR_MM = 6.0  # from the digits' baseline to the QR code's quiet zone


def _letter_head(w: _Writer, header: Header, title: str, subtitle: str, sector: str,
                 s: float) -> tuple[float, float, float, float, float, float]:
    """The top every letter shares (vote invitation, handout day): the centre,
    the title and subtitle, the sector, then the framed "Votre logement" box,
    empty (each page writes its dwelling in it). Returns the box's text column
    (left, width, top, bottom) and where its reference goes (right, y)."""
    c = w.c
    body = 14.0 * s
    _header(w, header, TEXT_PT + 1)
    w.skip(3 * s)
    w.text(title, 28 * s, bold=True, centred=True)
    w.text(subtitle, 19 * s, bold=True, centred=True, gap_mm=9.5 * s)
    w.text(sector, body, centred=True, gap_mm=7.5 * s)
    w.skip(6 * s)

    # the dwelling box: caption and reference, then the address lines of each letter
    pad = 4.0
    caption_pt = 11.0 * s
    box_top = w.y
    inner_h = (16 * 2 + 14 * 2) * 0.45 * s + 2
    caption_y = box_top - pad - caption_pt * 0.35
    box_bottom = caption_y - 2 - inner_h - pad
    c.saveState()
    c.setLineWidth(1.2)
    c.roundRect(w.left * mm, box_bottom * mm, w.width * mm, (box_top - box_bottom) * mm,
                2.5 * mm)
    c.setFillGray(0.3)
    c.setFont(fonts.REGULAR, caption_pt)
    c.drawString((w.left + pad + 1) * mm, caption_y * mm, labels.INVITATION_DWELLING)
    c.restoreState()
    w.y = box_bottom - 3 * s
    return (w.left + pad + 1, w.width - 2 * pad - 2, caption_y - 2, box_bottom + pad,
            w.left + w.width - pad - 1, caption_y)


@dataclass(frozen=True)
class _ScanLine:
    """The sentence at the foot of a letter, under its code."""

    text: str
    size: float = 13.0
    step_mm: float = 6.0  # between two of its lines
    bold: bool = False

    @property
    def font(self) -> str:
        return fonts.BOLD if self.bold else fonts.REGULAR


_INVITATION_SCAN = _ScanLine(labels.INVITATION_SCAN)


def _letter_foot(w: _Writer, scan: _ScanLine, zone_top: float) -> tuple[float, float]:
    """The scanning zone every letter shares, anchored at the foot of the page:
    the sentence, the dashed line above the zone. Returns where the QR code's
    quiet zone starts and the baseline of the code's digits."""
    c = w.c
    scan_lines = simpleSplit(scan.text, scan.font, scan.size, w.width * mm)
    last = A4_MARGIN_MM - 2
    for n, line in enumerate(scan_lines):
        c.setFont(scan.font, scan.size)
        c.drawCentredString((w.left + w.width / 2) * mm,
                            (last + (len(scan_lines) - 1 - n) * scan.step_mm) * mm, line)
    code_y = last + (len(scan_lines) - 1) * scan.step_mm + 11
    qr_bottom = code_y + _CODE_TO_QR_MM
    c.saveState()
    c.setStrokeGray(0.5)
    c.setLineWidth(0.5)
    c.setDash(3, 2)
    c.line(w.left * mm, zone_top * mm, (w.left + w.width) * mm, zone_top * mm)
    c.restoreState()
    return qr_bottom, code_y


def _letter_plan(box: tuple[float, float, float, float, float, float], s: float,
                 foot: tuple[float, float]) -> _LetterPlan:
    box_left, box_width, top, bottom, ref_right, ref_y = box
    qr_bottom, code_y = foot
    return _LetterPlan(box_left, box_width, top, bottom, ref_right, ref_y, s, qr_bottom,
                       code_y)


def _invitation_static(w: _Writer, batch: InvitationSet, header: Header, s: float,
                       zone_top: float) -> tuple[_LetterPlan, float]:
    """Everything the letters share, at scale `s`; returns the letter plan and
    how far the text went down (it must stay above the QR zone)."""
    c = w.c
    body = 14.0 * s
    box = _letter_head(w, header, labels.INVITATION_TITLE, labels.INVITATION_SUBTITLE,
                       labels.INVITATION_SECTOR.format(sector=batch.sector), s)

    w.text(labels.INVITATION_QUESTION, body, gap_mm=7.5 * s)
    w.text(batch.question, 17 * s, bold=True, gap_mm=8 * s)
    w.skip(4 * s)
    w.text(labels.INVITATION_ANSWERS, body, gap_mm=7 * s)
    answers = labels.INVITATION_ANSWER_WORDS + (
        (labels.INVITATION_BLANK,) if batch.blank_allowed else ())
    answer_pt = 17 * s
    w.y -= 10 * s
    x = w.left
    c.saveState()
    c.setLineWidth(1)
    c.setFont(fonts.BOLD, answer_pt)
    for answer in answers:
        text_w = stringWidth(answer, fonts.BOLD, answer_pt) / mm
        c.roundRect(x * mm, (w.y - 2.8 * s) * mm, (text_w + 10) * mm, 10 * s * mm, 2 * mm)
        c.drawString((x + 5) * mm, w.y * mm, answer)
        x += text_w + 18
    c.restoreState()
    w.skip(5 * s)

    w.text(labels.INVITATION_WHERE, 17 * s, bold=True, gap_mm=8.5 * s)
    w.text(labels.INVITATION_PLACE.format(place=batch.place), body, gap_mm=7 * s)
    w.text(labels.INVITATION_UNTIL.format(until=labels.until(batch.until)), 16 * s, bold=True,
           gap_mm=8 * s)
    if batch.hours:
        w.text(labels.INVITATION_HOURS.format(hours=batch.hours), body, gap_mm=7 * s)
    if batch.caretakers:
        w.text(labels.INVITATION_CARETAKERS, body, gap_mm=7 * s)
    w.skip(2 * s)
    w.text(labels.INVITATION_SECRET, body, bold=True, gap_mm=7 * s)
    text_end = w.y

    return _letter_plan(box, s, _letter_foot(w, _INVITATION_SCAN, zone_top)), text_end


def _zone_top(scan: _ScanLine) -> float:
    """Top of the foot zone (QR code of a 12-digit code, its digits, the sentence)."""
    lines = len(simpleSplit(scan.text, scan.font, scan.size, (210 - 2 * A4_MARGIN_MM) * mm))
    qr_side = qr.size_mm(21, INVITATION_MODULE_MM)  # version 1: 12 digits and more
    return A4_MARGIN_MM - 2 + (lines - 1) * scan.step_mm + 11 + _CODE_TO_QR_MM + qr_side + 2


def _invitation_zone_top() -> float:
    return _zone_top(_INVITATION_SCAN)


def _draw_letter(c: Canvas, plan: _LetterPlan, letter: InvitationLetter) -> None:
    # the dwelling: address, building, door; shrunk if an address is very long
    items = [(fonts.BOLD, 16.0, letter.address), (fonts.REGULAR, 14.0, letter.building),
             (fonts.REGULAR, 14.0, letter.door)]
    room_mm = plan.box_top - plan.box_bottom
    width_pt = plan.box_width * mm
    fit = plan.scale
    while True:
        lines = []
        for font, size, text in items:
            if not text:
                continue
            if stringWidth(text, font, size * fit) <= width_pt:
                lines.append((font, size * fit, text))
            else:
                lines += [(font, size * fit, part)
                          for part in simpleSplit(text, font, size * fit, width_pt)]
        if sum(size * 0.45 for _, size, _ in lines) <= room_mm or fit < 0.5:
            break
        fit *= 0.9
    used = sum(size * 0.45 for _, size, _ in lines)
    y = plan.box_top - max(0.0, room_mm - used) / 2  # centred in the box
    for font, size, text in lines:
        y -= size * 0.45
        c.setFont(font, size)
        c.drawString(plan.box_left * mm, y * mm, text)
    if letter.landlord_ref:
        c.setFont(fonts.REGULAR, 10 * plan.scale)
        c.drawRightString(plan.ref_right * mm, plan.ref_y * mm,
                          labels.INVITATION_REFERENCE.format(ref=letter.landlord_ref))

    # the code: QR (its payload is the code, nothing else) and its digits below
    side = qr.size_mm(len(qr.matrix(letter.code)), INVITATION_MODULE_MM)
    qr.draw(c, letter.code, (210 - side) / 2, plan.qr_bottom, INVITATION_MODULE_MM)
    c.setFont(fonts.BOLD, _CODE_PT)
    c.drawCentredString(105 * mm, plan.code_y * mm, labels.code_groups(letter.code),
                        charSpace=_CODE_CHAR_SPACE)


_Static = Callable[[_Writer, float, float], tuple[_LetterPlan, float]]


def _letters_a4(letters: tuple[InvitationLetter, ...], scan: _ScanLine, static: _Static,
                title: str, form: str, progress: Callable[[int, int], None] | None,
                cancelled: Callable[[], bool] | None) -> bytes:
    """One A4 page per dwelling letter: `static(writer, scale, zone_top)` draws
    what they share, once, as a form (at the largest scale, down to 0.6, that
    keeps its text above the foot zone); each page places the form and adds
    its dwelling's lines and code. Progress and cancel every PROGRESS_EVERY pages."""
    if not letters:
        raise ValueError("no letters to print")
    fonts.register()
    width = 210 - 2 * A4_MARGIN_MM
    zone_top = _zone_top(scan)
    scale = 1.0
    while True:  # long texts (question, hours, place): smaller type, same page
        probe = _Writer(Canvas(io.BytesIO()), A4_MARGIN_MM, width, 297 - A4_MARGIN_MM)
        _, text_end = static(probe, scale, zone_top)
        if text_end >= zone_top + 3 or scale < 0.6:
            break
        scale *= 0.94

    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=A4, invariant=True)
    c.setTitle(title)
    c.setAuthor("Guichet")
    c.beginForm(form)
    plan, _ = static(_Writer(c, A4_MARGIN_MM, width, 297 - A4_MARGIN_MM), scale, zone_top)
    c.endForm()
    total = len(letters)
    for done, letter in enumerate(letters):
        if done % PROGRESS_EVERY == 0:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None and done:
                progress(done, total)
        c.doForm(form)
        _draw_letter(c, plan, letter)
        c.showPage()
    if cancelled is not None and cancelled():
        raise Cancelled()
    c.save()
    if progress is not None:
        progress(total, total)
    return buffer.getvalue()


def invitations_a4(batch: InvitationSet, header: Header,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> bytes:
    """One A4 letter per dwelling, in the batch's order, as one PDF to print.

    What every letter shares (centre, question, where and until when) is drawn
    once as a form placed on each page; a page adds only its dwelling's lines and
    code: 6,000 letters take seconds and the file stays small. `progress(done,
    total)` is called every PROGRESS_EVERY pages and at the end; `cancelled()`
    as often: when it returns True, Cancelled is raised and nothing is returned.
    """
    return _letters_a4(
        batch.letters, _INVITATION_SCAN,
        lambda w, s, zone_top: _invitation_static(w, batch, header, s, zone_top),
        labels.INVITATION_DOC_TITLE, _INVITATION_FORM, progress, cancelled)


# --- handout-day letters -------------------------------------------------------------

# printed for tenants, some of whom read little French: a picture, a short word
# and the fact in large type for each of when, what time, where and what to bring
HANDOUT_DOC_TITLE = "Lettres de remise des décodeurs TV"
HANDOUT_TITLE = "Remise des décodeurs TV"
HANDOUT_SUBTITLE = "Venez chercher le décodeur de votre logement"
HANDOUT_WHEN = "Quand ?"
HANDOUT_OR = "ou"
HANDOUT_HOURS = "Horaires"
HANDOUT_WHERE = "Où ?"
HANDOUT_BRING = "Apportez"
HANDOUT_ONE = "Un seul décodeur par logement."
HANDOUT_SCAN = _ScanLine("Présentez ce courrier : il sera scanné.", 16.0, 7.0, bold=True)
_HANDOUT_FORM = "handout_day"
_ICON_MM = 15.0
_ICON_GAP_MM = 6.0


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def _icon(c: Canvas, kind: str, x_mm: float, top_mm: float, side_mm: float) -> None:
    """A plain pictogram, drawn in a unit square: calendar, clock, pin or bag."""
    c.saveState()
    c.translate(x_mm * mm, (top_mm - side_mm) * mm)
    c.scale(side_mm * mm, side_mm * mm)
    c.setStrokeGray(0.15)
    c.setFillGray(0.15)
    c.setLineWidth(0.07)
    c.setLineJoin(1)
    c.setLineCap(1)
    if kind == "calendar":
        c.roundRect(0.06, 0.06, 0.88, 0.8, 0.08, stroke=1, fill=0)
        c.roundRect(0.06, 0.58, 0.88, 0.28, 0.08, stroke=0, fill=1)
        c.rect(0.06, 0.58, 0.88, 0.12, stroke=0, fill=1)
        c.setFillGray(1)
        c.setStrokeGray(0.15)
        for x in (0.28, 0.64):
            c.roundRect(x, 0.76, 0.08, 0.2, 0.03, stroke=1, fill=1)
        c.setFillGray(0.15)
        for row, y in enumerate((0.34, 0.14)):
            for col in range(4 if row == 0 else 3):
                c.rect(0.17 + col * 0.18, y, 0.12, 0.12, stroke=0, fill=1)
    elif kind == "clock":
        c.circle(0.5, 0.5, 0.42, stroke=1, fill=0)
        c.setLineWidth(0.09)
        c.line(0.5, 0.5, 0.5, 0.8)
        c.line(0.5, 0.5, 0.72, 0.38)
        c.circle(0.5, 0.5, 0.06, stroke=0, fill=1)
    elif kind == "pin":
        path = c.beginPath()
        path.moveTo(0.5, 0.02)
        path.lineTo(0.24, 0.46)
        path.arcTo(0.18, 0.3, 0.82, 0.94, startAng=212, extent=-244)
        path.close()
        c.drawPath(path, stroke=0, fill=1)
        c.setFillGray(1)
        c.circle(0.5, 0.62, 0.13, stroke=0, fill=1)
    else:  # "bag": what to bring, a briefcase
        c.roundRect(0.34, 0.5, 0.32, 0.3, 0.08, stroke=1, fill=0)
        c.roundRect(0.04, 0.1, 0.92, 0.56, 0.08, stroke=0, fill=1)
        c.setStrokeGray(1)
        c.setLineWidth(0.04)
        c.line(0.04, 0.4, 0.96, 0.4)
        c.setFillGray(1)
        c.rect(0.42, 0.34, 0.16, 0.12, stroke=0, fill=1)
    c.restoreState()


def _handout_fact(w: _Writer, icon: str, caption: str, fact: Callable[[_Writer], None],
                  s: float) -> None:
    """One fact: its pictogram on the left, a short grey word, then the fact in
    large type beside it (`fact` writes it in that column)."""
    c = w.c
    top = w.y
    side = _ICON_MM * s
    _icon(c, icon, w.left, top - 1.5 * s, side)
    column = _Writer(c, w.left + side + _ICON_GAP_MM, w.width - side - _ICON_GAP_MM, top)
    c.saveState()
    c.setFillGray(0.3)
    column.text(caption, 12 * s, gap_mm=5 * s)
    c.restoreState()
    fact(column)
    w.y = min(column.y, top - side - 1.5 * s) - 4.5 * s


def _large(text: str, size: float) -> Callable[[_Writer], None]:
    return lambda column: column.text(text, size, bold=True, gap_mm=size * 0.43)


def _handout_day(w: _Writer, day: date, first: bool, s: float) -> None:
    """« Samedi 14 mars  (14/03/2026) »: the day in words, large, and in
    figures beside it (below if too long), which a reader of any language knows."""
    words = (f"{labels.DAYS[day.weekday()]} {'1er' if day.day == 1 else day.day} "
             f"{labels.MONTHS[day.month - 1]}")
    written = _first_upper(words) if first else f"{HANDOUT_OR} {words}"
    figures = f"({day:%d/%m/%Y})"
    size, small = 21 * s, 16 * s
    c = w.c
    wide = stringWidth(written, fonts.BOLD, size)
    gap = stringWidth("  ", fonts.BOLD, size)
    w.y -= size * 0.43
    c.setFont(fonts.BOLD, size)
    c.drawString(w.left * mm, w.y * mm, written)
    if wide + gap + stringWidth(figures, fonts.REGULAR, small) <= w.width * mm:
        c.setFont(fonts.REGULAR, small)
        c.drawString(w.left * mm + wide + gap, w.y * mm, figures)
    else:
        w.text(figures, small, gap_mm=small * 0.43)


def _handout_static(w: _Writer, batch: HandoutDayLetters, header: Header, s: float,
                    zone_top: float) -> tuple[_LetterPlan, float]:
    box = _letter_head(w, header, HANDOUT_TITLE, HANDOUT_SUBTITLE,
                       labels.INVITATION_SECTOR.format(sector=batch.sector), s)
    w.skip(3 * s)

    def days(column: _Writer) -> None:  # one or two, each on its line
        for n, day in enumerate(batch.days):
            _handout_day(column, day, n == 0, s)

    _handout_fact(w, "calendar", HANDOUT_WHEN, days, s)
    if batch.hours:
        _handout_fact(w, "clock", HANDOUT_HOURS, _large(batch.hours, 19 * s), s)
    _handout_fact(w, "pin", HANDOUT_WHERE, _large(batch.place, 16 * s), s)
    _handout_fact(w, "bag", HANDOUT_BRING, _large(_first_upper(batch.bring), 17 * s), s)
    w.text(HANDOUT_ONE, 13 * s, gap_mm=6 * s)
    text_end = w.y
    return _letter_plan(box, s, _letter_foot(w, HANDOUT_SCAN, zone_top)), text_end


def handout_day_a4(batch: HandoutDayLetters, header: Header,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> bytes:
    """A sector's handout-day letters, one A4 page per dwelling in the batch's
    order: the day(s), hours, place and what to bring, and the dwelling's code
    (QR and digits, as on its vote invitation) to be scanned at the handout
    desk. Drawn like the invitations (a shared form, progress and cancel every
    PROGRESS_EVERY pages; Cancelled when stopped)."""
    return _letters_a4(
        batch.letters, HANDOUT_SCAN,
        lambda w, s, zone_top: _handout_static(w, batch, header, s, zone_top),
        HANDOUT_DOC_TITLE, _HANDOUT_FORM, progress, cancelled)
