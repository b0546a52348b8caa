"""Check-in at the counter and today's list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.domain.enums import VisitReason
from app.domain.errors import (
    AlreadyCheckedInToday,
    UnknownHousehold,
    UnknownVisit,
    VisitNotToday,
)
from app.domain.roles import Permission, allows
from app.services.context import Actor, require, unit_of_work
from app.services.households import display_name
from db.engine import Database
from db.models import Dwelling, Person, Visit


@dataclass(frozen=True)
class VisitRow:
    id: int
    dwelling_id: int | None
    household: str  # who came (else the first member), or "" for an anonymous walk-in
    landlord_ref: str
    reason: VisitReason
    note: str
    arrived_at: datetime
    served_at: datetime | None

    def waited(self, now: datetime) -> timedelta:
        return (self.served_at or now) - self.arrived_at


def _day_bounds(day: date) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time())
    return start, start + timedelta(days=1)


def check_in(db: Database, actor: Actor, dwelling_id: int | None, reason: VisitReason,
             note: str = "", *, person_id: int | None = None,
             confirm_second: bool = False) -> int:
    """Record a visit; None is an anonymous walk-in. `person_id`: who of the
    household came, when the counter knows it (the name clicked). A second
    visit of one household on one day raises AlreadyCheckedInToday unless
    confirmed."""
    reason = VisitReason(reason)  # also refuses a reason that is not one
    with unit_of_work(db, actor, Permission.CHECK_IN) as uow:
        session = uow.session
        if dwelling_id is not None:
            if session.get(Dwelling, dwelling_id) is None:
                raise UnknownHousehold(dwelling_id)
            start, end = _day_bounds(uow.now.date())
            first = session.scalar(select(Visit).where(
                Visit.dwelling_id == dwelling_id, Visit.arrived_at >= start,
                Visit.arrived_at < end, Visit.cancelled_at.is_(None))
                .order_by(Visit.arrived_at))
            if first is not None and not confirm_second:
                raise AlreadyCheckedInToday(first.id, first.arrived_at, first.reason)
            session.get(Dwelling, dwelling_id).last_contact_at = uow.now
            person = session.get(Person, person_id) if person_id is not None else None
            if person is None or person.dwelling_id != dwelling_id:
                person_id = None  # gone from the household meanwhile: the household came
        else:
            person_id = None
        visit = Visit(dwelling_id=dwelling_id, person_id=person_id, reason=reason.value,
                      note=note.strip(), arrived_at=uow.now, staff_id=actor.staff_id)
        session.add(visit)
        session.flush()
        uow.audit("visit_recorded", "visit", visit.id, reason=reason.value,
                  dwelling_id=dwelling_id, anonymous=dwelling_id is None)
        return visit.id


def mark_served(db: Database, actor: Actor, visit_id: int) -> None:
    with unit_of_work(db, actor, Permission.CHECK_IN) as uow:
        visit = uow.session.get(Visit, visit_id)
        if visit is None or visit.cancelled_at is not None:
            raise UnknownVisit(visit_id)
        if visit.served_at is None:
            visit.served_at = uow.now
            uow.audit("visit_served", "visit", visit_id)


def cancel_visit(db: Database, actor: Actor, visit_id: int) -> None:
    """Take back an arrival or a walk-in recorded by mistake, on the day it was
    recorded. The visit leaves every list (its number is never reused: the
    audit log keeps what was taken back and by whom); its note is erased."""
    with unit_of_work(db, actor, Permission.CHECK_IN) as uow:
        visit = uow.session.get(Visit, visit_id)
        if visit is None or visit.cancelled_at is not None:
            raise UnknownVisit(visit_id)
        if visit.arrived_at.date() != uow.now.date():
            raise VisitNotToday(visit_id, visit.arrived_at)
        visit.cancelled_at = uow.now
        visit.note = ""
        uow.audit("visit_cancelled", "visit", visit_id, reason=visit.reason,
                  dwelling_id=visit.dwelling_id,
                  arrived_at=visit.arrived_at.isoformat(timespec="minutes"),
                  served=visit.served_at is not None)


def todays_visits(db: Database, actor: Actor, day: date) -> list[VisitRow]:
    """Arrival order. Notes only for those who may see contact details."""
    require(actor, Permission.CHECK_IN)
    see_notes = allows(actor.role, Permission.VIEW_CONTACT)
    start, end = _day_bounds(day)
    with db.read() as session:
        visits = session.execute(
            select(Visit, Dwelling.landlord_ref).outerjoin(Dwelling, Visit.dwelling_id == Dwelling.id)
            .where(Visit.arrived_at >= start, Visit.arrived_at < end,
                   Visit.cancelled_at.is_(None))
            .order_by(Visit.arrived_at, Visit.id)).all()
        dwelling_ids = {v.dwelling_id for v, _ in visits if v.dwelling_id}
        first_member: dict[int, str] = {}
        names: dict[int, str] = {}
        for person in session.scalars(select(Person).where(
                Person.dwelling_id.in_(dwelling_ids), Person.anonymised_at.is_(None))
                .order_by(Person.id)):
            names[person.id] = display_name(person.family_name, person.given_name)
            if person.on_roster:
                first_member.setdefault(person.dwelling_id, names[person.id])

        def who(visit: Visit) -> str:
            if visit.dwelling_id is None:
                return ""
            return names.get(visit.person_id or 0) or first_member.get(visit.dwelling_id, "")

        return [VisitRow(id=v.id, dwelling_id=v.dwelling_id, household=who(v),
                         landlord_ref=ref or "", reason=VisitReason(v.reason),
                         note=v.note if see_notes else "", arrived_at=v.arrived_at,
                         served_at=v.served_at) for v, ref in visits]
