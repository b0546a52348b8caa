"""The centre's figures shown on the overview. (Its name and settings, read
before anyone signs in: app/services/front_door.py.)"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from app.domain.enums import PollState
from db.engine import Database
from db.models import Dwelling, Equipment, Person, Poll, Sector


@dataclass(frozen=True)
class CentreOverview:
    sectors: int
    dwellings: int
    people: int
    open_polls: int
    decoders_in_stock: int


def overview(db: Database) -> CentreOverview:
    with db.read() as session:
        def count(stmt) -> int:  # type: ignore[no-untyped-def]
            return int(session.scalar(stmt) or 0)

        return CentreOverview(
            sectors=count(select(func.count()).select_from(Sector)),
            dwellings=count(select(func.count()).select_from(Dwelling)
                            .where(Dwelling.on_roster.is_(True))),
            people=count(select(func.count()).select_from(Person)
                         .where(Person.on_roster.is_(True))),
            open_polls=count(select(func.count()).select_from(Poll)
                             .where(Poll.state == PollState.OPEN.value)),
            decoders_in_stock=count(select(func.count()).select_from(Equipment)
                                    .where(Equipment.kind == "decoder",
                                           Equipment.state == "in_stock")),
        )
