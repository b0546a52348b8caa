"""Renderers: a document record to PDF bytes. Pure functions; millimetres.

Formats: A4 (minutes; receipts in two copies, tenant's and centre's, with a cut
line), A6 (appointment slip) and an 80 mm thermal roll (receipt and slip, as
long as the content).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime

from reportlab.lib.pagesizes import A4, A6
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from app.documents import fonts, labels, qr
from app.documents.model import Header, MinutesDoc, ReceiptDoc, SlipDoc
from app.domain.money import format_euros
from app.domain.results import PollResults, percent

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


def _duplicate_stamp(c: Canvas, centre_x_mm: float, centre_y_mm: float, size: float) -> None:
    """A large, light, slanted DUPLICATA over the content: readable, unmissable."""
    c.saveState()
    c.setFillColorRGB(0.45, 0.45, 0.45)
    c.setFillAlpha(0.35)
    c.setFont(fonts.BOLD, size)
    c.translate(centre_x_mm * mm, centre_y_mm * mm)
    c.rotate(35)
    c.drawCentredString(0, 0, labels.DUPLICATE)
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
        if duplicate:
            _duplicate_stamp(c, page_w / 2, half * 1.5, 60)
            _duplicate_stamp(c, page_w / 2, half * 0.5, 60)

    return _pdf(draw, A4, f"{labels.RECEIPT_NUMBER} {doc.number}")


def _roll(draw_body: Callable[[_Writer], None], duplicate: bool, title: str) -> bytes:
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
            _duplicate_stamp(c, ROLL_WIDTH_MM / 2, height / 2, 28)

    return _pdf(draw, (ROLL_WIDTH_MM * mm, height * mm), title)


def receipt_roll(doc: ReceiptDoc, header: Header, duplicate: bool = False) -> bytes:
    def body(w: _Writer) -> None:
        if duplicate:
            w.text(labels.DUPLICATE, TITLE_PT, bold=True, centred=True)
        _receipt_body(w, doc, header, None, TEXT_PT)
        w.skip(12)

    return _roll(body, duplicate, f"{labels.RECEIPT_NUMBER} {doc.number}")


# --- appointment slips ---------------------------------------------------------


def _slip_text(w: _Writer, doc: SlipDoc, header: Header, size: float,
               duplicate: bool) -> None:
    _header(w, header, size - 1)
    if duplicate:
        w.text(labels.DUPLICATE, size + 2, bold=True)
    w.text(labels.SLIP_TITLE, size + 4, bold=True)
    w.text(doc.household, size + 1, bold=True)
    w.skip(1)
    w.text(f"{labels.SLIP_WHEN} {labels.long_date(doc.starts_at)}", size + 2, bold=True)
    w.text(f"à {doc.starts_at:%H:%M}", BIG_PT + 4, bold=True, gap_mm=8.5)
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
        note.text(doc.landlord_ref, SMALL_PT)

    return _pdf(draw, A6, labels.SLIP_TITLE)


def slip_roll(doc: SlipDoc, header: Header, duplicate: bool = False) -> bytes:
    side = qr.size_mm(len(qr.matrix(doc.qr_payload)))

    def body(w: _Writer) -> None:
        _slip_text(w, doc, header, TEXT_PT, duplicate)
        w.skip(2)
        w.y -= side
        qr.draw(w.c, doc.qr_payload, (ROLL_WIDTH_MM - side) / 2, w.y)
        w.text(labels.SLIP_SCAN, SMALL_PT, centred=True)
        w.text(doc.landlord_ref, SMALL_PT, centred=True)
        w.skip(12)

    return _roll(body, duplicate, labels.SLIP_TITLE)


# --- minutes ----------------------------------------------------------------------


def minutes_a4(doc: MinutesDoc, header: Header, duplicate: bool = False,
               printed_at: datetime | None = None) -> bytes:
    results = PollResults(eligible=doc.eligible, took_part=doc.took_part, blank=doc.blank,
                          spoiled=doc.spoiled, for_=doc.for_, against=doc.against)
    page_w, page_h = 210.0, 297.0
    values = {
        "eligible": str(doc.eligible), "took_part": str(doc.took_part),
        "participation": percent(results.participation), "at_counter": str(doc.at_counter),
        "by_caretakers": str(doc.by_caretakers), "blank": str(doc.blank),
        "spoiled": str(doc.spoiled), "expressed": str(results.expressed),
        "for_": str(doc.for_), "against": str(doc.against),
        "share_for": percent(results.share_for),
    }

    def draw(c: Canvas) -> None:
        width = page_w - 2 * A4_MARGIN_MM
        w = _Writer(c, A4_MARGIN_MM, width, page_h - A4_MARGIN_MM)
        _header(w, header, TEXT_PT + 1)
        w.skip(4)
        w.text(labels.MINUTES_TITLE, TITLE_PT + 4, bold=True, centred=True)
        w.skip(4)
        w.pair(labels.MINUTES_SECTOR, doc.sector, TEXT_PT + 1)
        w.pair(labels.MINUTES_QUESTION, doc.question, TEXT_PT + 1)
        w.text(labels.MINUTES_PERIOD.format(opened=labels.date_time(doc.opened_at),
                                            closed=labels.date_time(doc.closed_at)),
               TEXT_PT + 1)
        w.skip(4)
        for key, caption in labels.MINUTES_ROWS:
            w.y -= 7.5
            indent = 6 if caption.startswith("dont") else 0
            bold = key in {"expressed", "share_for", "for_", "against"}
            c.setFont(fonts.BOLD if bold else fonts.REGULAR, TEXT_PT + 2)
            c.drawString((A4_MARGIN_MM + indent) * mm, w.y * mm, caption)
            c.drawRightString((A4_MARGIN_MM + width) * mm, w.y * mm, values[key])
            c.setLineWidth(0.3)
            c.line(A4_MARGIN_MM * mm, (w.y - 2.2) * mm, (A4_MARGIN_MM + width) * mm,
                   (w.y - 2.2) * mm)
        w.skip(6)
        w.text(labels.MINUTES_OUTCOME[results.adopted], TITLE_PT, bold=True)
        w.skip(2)
        w.text(labels.MINUTES_SECRECY, SMALL_PT + 1)
        w.skip(14)
        for n, role in enumerate(labels.MINUTES_SIGNATURES):
            x = A4_MARGIN_MM + n * width / 2
            c.setFont(fonts.REGULAR, TEXT_PT)
            c.drawString(x * mm, w.y * mm, role)
            c.line(x * mm, (w.y - 22) * mm, (x + width / 2 - 10) * mm, (w.y - 22) * mm)
        if printed_at is not None:
            c.setFont(fonts.REGULAR, SMALL_PT)
            c.drawString(A4_MARGIN_MM * mm, 10 * mm,
                         labels.PRINTED_ON.format(when=labels.date_time(printed_at)))
        if duplicate:
            _duplicate_stamp(c, page_w / 2, page_h / 2, 90)

    return _pdf(draw, A4, labels.MINUTES_TITLE)
