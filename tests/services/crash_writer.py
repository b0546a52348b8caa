"""Child process of the kill test: check-ins and numbered receipts in a loop,
each in one unit of work, printing each receipt number once committed."""

from __future__ import annotations

import sys

from app.domain.enums import ReceiptSeries, VisitReason
from app.domain.roles import Permission
from app.services import visits
from app.services.context import Actor, unit_of_work
from app.services.receipts import issue_receipt
from db.engine import open_database
from db.models import Visit


def main(path: str) -> None:
    db = open_database(path)
    actor = Actor.command_line()
    while True:
        visits.check_in(db, actor, None, VisitReason.INFORMATION, "crash test")
        with unit_of_work(db, actor, Permission.CHECK_IN) as uow:
            # what a handout will do: a receipt and the act it numbers, together
            receipt = issue_receipt(uow, ReceiptSeries.HANDOUT)
            uow.session.add(Visit(reason="decoder_pickup", note=f"receipt {receipt.number}",
                                  arrived_at=uow.now))
            uow.audit("receipt_issued", "receipt", receipt.id)
            number = receipt.number
        print(number, flush=True)  # only after the commit returned


if __name__ == "__main__":
    main(sys.argv[1])
