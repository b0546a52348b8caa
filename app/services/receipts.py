"""Receipt numbers: one series per document kind and year, gap-free, each
with its prefix (REM handouts, RET returns, VEN sales).

Called inside the unit of work of the act it numbers (a handout, a sale): the
number, the receipt and the act commit together or not at all, and the write
transaction (BEGIN IMMEDIATE) keeps two counters from taking the same number.
The database refuses a skipped or reused number on its own (triggers).
"""

from __future__ import annotations

from app.domain.enums import ReceiptSeries
from app.services.context import UnitOfWork
from db.models import Receipt, ReceiptCounter

# printed before the number: a handout's receipt and a sale's never look alike
PREFIX = {ReceiptSeries.HANDOUT: "REM", ReceiptSeries.SALE: "VEN", ReceiptSeries.RETURN: "RET"}


def receipt_label(receipt: Receipt) -> str:
    """The number as printed and said: "REM-2026-000042"."""
    return f"{PREFIX[ReceiptSeries(receipt.series)]}-{receipt.year}-{receipt.number:06d}"


def issue_receipt(uow: UnitOfWork, series: ReceiptSeries) -> Receipt:
    session = uow.session
    year = uow.now.year
    counter = session.get(ReceiptCounter, (series.value, year))
    if counter is None:
        counter = ReceiptCounter(series=series.value, year=year, last_number=0)
        session.add(counter)
    counter.last_number += 1
    receipt = Receipt(series=series.value, year=year, number=counter.last_number,
                      issued_at=uow.now, staff_id=uow.actor.staff_id)
    session.add(receipt)
    session.flush()
    return receipt
