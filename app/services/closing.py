"""The daily closing of a handout day: what each agent did, the decoders left,
the computers sold, and the cash box counted against what the sales say.

`day_summary` reads the day; `record_closing` stores a count (append-only:
a later count the same day is another row, the latest is the day's closing)
with its printable sheet, in one unit of work. The expected figures are
worked out again inside that transaction, never taken from the screen.

A computer sale counts on the day it was made; a cancelled sale is listed
apart and counted nowhere. A cancelled handout is not a decoder handed out.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from app.documents.closing import (
    ClosingAgent,
    ClosingDoc,
    ClosingSale,
    ClosingStock,
)
from app.documents.closing import (
    closing_csv as render_csv,
)
from app.domain.enums import (
    EquipmentKind,
    EquipmentState,
    HandoutEnd,
    PaymentMethod,
    ReceiptSeries,
)
from app.domain.errors import HandoutRefused
from app.domain.roles import Permission
from app.domain.text import clean
from app.services import documents
from app.services.context import Actor, require, unit_of_work
from app.services.receipts import receipt_label
from db.engine import Database
from db.models import DailyClosing, Equipment, Handout, Receipt, Sale, StaffAccount

MAX_NOTE = 1000


@dataclass(frozen=True)
class AgentDay:
    """One agent's day at the counter."""

    staff: str  # the account's name; "" for the command line
    handed_out: int  # new decoders out, not counting the cancelled ones
    replacements: int  # faulty decoders swapped
    returns: int  # decoders brought back (return receipts)
    cancelled: int  # their handouts of the day taken back as mistakes
    computers_sold: int  # not counting the cancelled sales


@dataclass(frozen=True)
class StockLine:
    model: str  # "" when none was given
    in_stock: int  # decoders available now (new or brought back)


@dataclass(frozen=True)
class SoldComputer:
    receipt: str
    model: str
    serial: str
    amount_cents: int
    payment: PaymentMethod
    sold_at: datetime
    staff: str
    cancelled: bool


@dataclass(frozen=True)
class RecordedClosing:
    id: int
    closed_at: datetime
    staff: str
    expected_cash_cents: int
    counted_cash_cents: int
    expected_cheque_cents: int
    counted_cheque_cents: int
    cheques_expected: int
    cheques_counted: int
    note: str

    @property
    def cash_difference(self) -> int:
        return self.counted_cash_cents - self.expected_cash_cents

    @property
    def cheque_difference(self) -> int:
        return self.counted_cheque_cents - self.expected_cheque_cents

    @property
    def cheque_count_difference(self) -> int:
        return self.cheques_counted - self.cheques_expected

    @property
    def balanced(self) -> bool:
        return not (self.cash_difference or self.cheque_difference
                    or self.cheque_count_difference)


@dataclass(frozen=True)
class ClosingSummary:
    day: date
    agents: tuple[AgentDay, ...]  # by name
    stock: tuple[StockLine, ...]  # by model
    sales: tuple[SoldComputer, ...]  # the day's standing sales, in order
    cancelled_sales: tuple[SoldComputer, ...]  # listed apart, counted nowhere
    expected_cash_cents: int
    expected_cheque_cents: int
    cheques_expected: int  # how many cheques
    closings: tuple[RecordedClosing, ...]  # already recorded that day, oldest first

    @property
    def latest(self) -> RecordedClosing | None:
        """The day's closing: its latest count."""
        return self.closings[-1] if self.closings else None

    def differs(self, counted_cash_cents: int, counted_cheque_cents: int,
                cheques_counted: int) -> bool:
        return (counted_cash_cents != self.expected_cash_cents
                or counted_cheque_cents != self.expected_cheque_cents
                or cheques_counted != self.cheques_expected)


def _bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time.min)
    return start, start + timedelta(days=1)


def _summary(s: Session, day: date) -> ClosingSummary:
    """The day's figures, read in the caller's transaction."""
    start, end = _bounds(day)
    names = dict(s.execute(select(StaffAccount.id, StaffAccount.name)).all())
    counts: dict[int | None, dict[str, int]] = {}

    def add(staff_id: int | None, key: str, value: int) -> None:
        if value:
            line = counts.setdefault(staff_id, {})
            line[key] = line.get(key, 0) + value

    cancelled = Handout.end_reason == HandoutEnd.CANCELLED.value
    handed = s.execute(
        select(Handout.staff_id,
               func.sum(case((and_(Handout.replaces_id.is_(None),
                                   Handout.end_reason.is_(None) | ~cancelled), 1), else_=0)),
               func.sum(case((Handout.replaces_id.is_not(None), 1), else_=0)),
               func.sum(case((cancelled, 1), else_=0)))
        .where(Handout.handed_at >= start, Handout.handed_at < end)
        .group_by(Handout.staff_id))
    for staff_id, new, replacements, taken_back in handed:
        add(staff_id, "handed_out", new or 0)
        add(staff_id, "replacements", replacements or 0)
        add(staff_id, "cancelled", taken_back or 0)
    returns = s.execute(
        select(Receipt.staff_id, func.count())
        .where(Receipt.series == ReceiptSeries.RETURN.value, Receipt.cancelled_at.is_(None),
               Receipt.issued_at >= start, Receipt.issued_at < end)
        .group_by(Receipt.staff_id))
    for staff_id, number in returns:
        add(staff_id, "returns", number)

    sold: list[SoldComputer] = []
    for sale, item, receipt in s.execute(
            select(Sale, Equipment, Receipt)
            .join(Equipment, Sale.equipment_id == Equipment.id)
            .join(Receipt, Sale.receipt_id == Receipt.id)
            .where(Sale.sold_at >= start, Sale.sold_at < end)
            .order_by(Sale.sold_at, Sale.id)):
        sold.append(SoldComputer(receipt_label(receipt), item.model,
                                 item.serial, sale.amount_cents,
                                 PaymentMethod(sale.payment_method), sale.sold_at,
                                 names.get(sale.staff_id, ""), sale.cancelled_at is not None))
        if sale.cancelled_at is None:
            add(sale.staff_id, "computers_sold", 1)
    standing = tuple(sale for sale in sold if not sale.cancelled)

    stock = tuple(StockLine(model, number) for model, number in s.execute(
        select(Equipment.model, func.count())
        .where(Equipment.kind == EquipmentKind.DECODER.value,
               Equipment.state.in_((EquipmentState.IN_STOCK.value,
                                    EquipmentState.RETURNED.value)))
        .group_by(Equipment.model).order_by(Equipment.model)))

    agents = sorted((AgentDay(names.get(staff_id, ""), line.get("handed_out", 0),
                              line.get("replacements", 0), line.get("returns", 0),
                              line.get("cancelled", 0), line.get("computers_sold", 0))
                     for staff_id, line in counts.items()),
                    key=lambda a: (a.staff.casefold(), a.staff))

    cheques = [sale for sale in standing if sale.payment == PaymentMethod.CHEQUE]
    closings = tuple(
        RecordedClosing(row.id, row.closed_at, names.get(row.staff_id, ""),
                        row.expected_cash_cents, row.counted_cash_cents,
                        row.expected_cheque_cents, row.counted_cheque_cents,
                        row.cheques_expected, row.cheques_counted, row.note)
        for row in s.scalars(select(DailyClosing).where(DailyClosing.day == day)
                             .order_by(DailyClosing.closed_at, DailyClosing.id)))
    return ClosingSummary(
        day=day, agents=tuple(agents), stock=stock, sales=standing,
        cancelled_sales=tuple(sale for sale in sold if sale.cancelled),
        expected_cash_cents=sum(sale.amount_cents for sale in standing
                                if sale.payment == PaymentMethod.CASH),
        expected_cheque_cents=sum(sale.amount_cents for sale in cheques),
        cheques_expected=len(cheques), closings=closings)


def day_summary(db: Database, actor: Actor, day: date) -> ClosingSummary:
    """The day's handouts per agent, the decoders left, the computers sold and
    what the cash box should hold; the closings already recorded that day."""
    require(actor, Permission.MANAGE_STOCK)
    with db.read() as session:
        return _summary(session, day)


def _doc(summary: ClosingSummary, closing: RecordedClosing | None) -> ClosingDoc:
    def sale_line(sale: SoldComputer) -> ClosingSale:
        return ClosingSale(sale.receipt, sale.model, sale.serial, sale.amount_cents,
                           sale.payment.value, sale.staff, sale.cancelled)

    return ClosingDoc(
        closing_id=closing.id if closing else 0, day=summary.day,
        closed_at=closing.closed_at if closing else None,
        counted_by=closing.staff if closing else "",
        sequence=summary.closings.index(closing) + 1 if closing else 0,
        agents=tuple(ClosingAgent(a.staff, a.handed_out, a.replacements, a.returns,
                                  a.cancelled, a.computers_sold) for a in summary.agents),
        stock=tuple(ClosingStock(line.model, line.in_stock) for line in summary.stock),
        sales=tuple(sale_line(s) for s in (*summary.sales, *summary.cancelled_sales)),
        expected_cash_cents=closing.expected_cash_cents if closing
        else summary.expected_cash_cents,
        expected_cheque_cents=closing.expected_cheque_cents if closing
        else summary.expected_cheque_cents,
        cheques_expected=closing.cheques_expected if closing else summary.cheques_expected,
        counted_cash_cents=closing.counted_cash_cents if closing else None,
        counted_cheque_cents=closing.counted_cheque_cents if closing else None,
        cheques_counted=closing.cheques_counted if closing else None,
        note=closing.note if closing else "")


# letters by Unicode's account that show as blanks (Hangul and braille fillers)
_FILLERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
MAX_COUNTED = 10_000_000  # 100 000 € in cents, or cheques: a typing slip beyond that


def record_closing(db: Database, actor: Actor, day: date, counted_cash_cents: int,
                   counted_cheque_cents: int, cheques_counted: int, note: str = "") -> int:
    """The cash box counted: stored with the day's figures as they are now
    (worked out here, in the same transaction) and its A4 sheet, ready to
    print. A count that differs needs a note. Returns the sheet's document id."""
    note = clean(note)
    figures = (counted_cash_cents, counted_cheque_cents, cheques_counted)
    if not all(type(figure) is int for figure in figures) or \
            min(figures) < 0 or max(figures) > MAX_COUNTED:
        raise HandoutRefused("closing_amount_negative")
    if not any(char.isalnum() and char not in _FILLERS for char in note):
        note = ""  # blanks of any script are no note
    if len(note) > MAX_NOTE:
        raise HandoutRefused("closing_note_too_long", str(MAX_NOTE))
    with unit_of_work(db, actor, Permission.MANAGE_STOCK) as uow:
        if day > uow.now.date():
            raise HandoutRefused("closing_day_future")
        s = uow.session
        summary = _summary(s, day)
        if summary.differs(counted_cash_cents, counted_cheque_cents, cheques_counted) \
                and not note:
            raise HandoutRefused("closing_note_missing")
        row = DailyClosing(day=day, closed_at=uow.now, staff_id=actor.staff_id,
                           expected_cash_cents=summary.expected_cash_cents,
                           counted_cash_cents=counted_cash_cents,
                           expected_cheque_cents=summary.expected_cheque_cents,
                           counted_cheque_cents=counted_cheque_cents,
                           cheques_expected=summary.cheques_expected,
                           cheques_counted=cheques_counted, note=note)
        s.add(row)
        s.flush()
        summary = _summary(s, day)  # with this count among the day's
        recorded = next(c for c in summary.closings if c.id == row.id)
        document_id = documents.store(uow, _doc(summary, recorded))
        uow.audit("closing_recorded", "daily_closing", row.id, day=day.isoformat(),
                  balanced=recorded.balanced, document=document_id)
        return document_id


def closing_csv(db: Database, actor: Actor, day: date) -> str:
    """The day's figures for a spreadsheet (semicolons; write it as UTF-8 with
    its BOM, app.documents.closing.CSV_ENCODING): with the day's latest count
    when there is one."""
    summary = day_summary(db, actor, day)
    return render_csv(_doc(summary, summary.latest))
