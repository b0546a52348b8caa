"""Finding a household and reading its card at the counter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain import clock
from app.domain.enums import AppointmentStatus, PollState, SignupStatus, VisitReason
from app.domain.errors import UnknownHousehold
from app.domain.roles import Permission, allows
from app.services.context import Actor, require
from app.services.receipts import receipt_label
from db import search
from db.engine import Database
from db.models import (
    Appointment,
    AppointmentSlot,
    Building,
    Dwelling,
    Equipment,
    Handout,
    Person,
    Poll,
    PollEligible,
    Receipt,
    Sale,
    Sector,
    Visit,
    VoteRegister,
    Workshop,
    WorkshopSession,
    WorkshopSignup,
)

LAST_VISITS = 5


@dataclass(frozen=True)
class HouseholdHit:
    """One dwelling found, with the people of it the search matched."""

    dwelling_id: int
    person_id: int | None  # the best-matching person, opened on the card
    names: tuple[str, ...]  # "LE GALL Hélène", ...; empty for nobody on the roster
    members: int  # people of the household on the roster
    address: str
    landlord_ref: str
    sector: str
    on_roster: bool

    @property
    def others(self) -> int:
        """Members of the household the search did not match."""
        return max(0, self.members - len(self.names))


@dataclass(frozen=True)
class Member:
    person_id: int
    family_name: str
    given_name: str
    phone: str | None  # None when the actor may not see contact details


@dataclass(frozen=True)
class VoteStatus:
    poll_question: str
    channel: str
    recorded_at: datetime


@dataclass(frozen=True)
class EquipmentRecord:
    serial: str
    model: str
    receipt: str  # "REM-2026-000012"
    at: datetime
    amount_cents: int | None = None
    replacement: bool = False
    replacement_reason: str | None = None
    ended: str | None = None  # a handout's HandoutEnd, or "cancelled" for a sale


@dataclass(frozen=True)
class UpcomingAppointment:
    starts_at: datetime
    purpose: str  # the slot's AppointmentKind value
    place: str


@dataclass(frozen=True)
class PastVisit:
    arrived_at: datetime
    reason: VisitReason


@dataclass(frozen=True)
class WorkshopPlace:
    """A household member's sign-up to a workshop still to be held."""

    given_name: str
    title: str
    next_start: datetime
    waiting: bool  # on the waiting list


@dataclass(frozen=True)
class HouseholdCard:
    dwelling_id: int
    landlord_ref: str
    address: str
    sector: str
    on_roster: bool
    members: tuple[Member, ...]
    open_poll: str | None  # question of the sector's open poll, if any
    vote: VoteStatus | None  # the register only: never the choice
    decoders: tuple[EquipmentRecord, ...]
    computers: tuple[EquipmentRecord, ...]
    appointments: tuple[UpcomingAppointment, ...]
    visits: tuple[PastVisit, ...]
    note: str = ""  # the household's note, for those who may see contact details
    poll_id: int | None = None  # the sector's open poll
    may_vote: bool = False  # invited to it, and not yet recorded by any channel
    workshops: tuple[WorkshopPlace, ...] = ()


def address_line(address: str, building: str, entrance: str, floor: str, door: str) -> str:
    """The address line as French mail and documents write it (data, not UI text)."""
    parts = [address]
    if building:
        parts.append(f"bât. {building}")
    if entrance:
        parts.append(f"esc. {entrance}")
    if floor:
        parts.append(f"ét. {floor}")
    if door:
        parts.append(f"porte {door}")
    return ", ".join(parts)


def display_name(family: str, given: str) -> str:
    return f"{family.upper()} {given}".strip()


MAX_HOUSEHOLDS = 50


def search_households(db: Database, actor: Actor, query: str) -> list[HouseholdHit]:
    """Best matches first, one row per dwelling (with who matched in it), at
    most MAX_HOUSEHOLDS: names, address, door, reference, phone."""
    require(actor, Permission.SEARCH_HOUSEHOLDS)
    with db.read() as session:  # what the actor may not see, the search does not look in
        hits = search.search(session, query, limit=3 * MAX_HOUSEHOLDS,
                             phones=allows(actor.role, Permission.VIEW_CONTACT))
        if not hits:
            return []
    # one statement per keystroke: the hits come with what the list shows
    matched: dict[int, list[search.Hit]] = {}  # dwelling -> its hits, best first
    for hit in hits:
        if hit.dwelling_id in matched or len(matched) < MAX_HOUSEHOLDS:
            matched.setdefault(hit.dwelling_id, []).append(hit)
    results = []
    for dwelling_id, found in matched.items():
        people = [hit for hit in found if hit.person_id is not None]
        place = found[0]
        results.append(HouseholdHit(
            dwelling_id=dwelling_id, person_id=people[0].person_id if people else None,
            names=tuple(display_name(hit.family_name or "", hit.given_name or "")
                        for hit in people),
            members=place.members,
            address=address_line(place.address, place.building, place.entrance, place.floor,
                                 place.door),
            landlord_ref=place.landlord_ref, sector=place.sector, on_roster=place.on_roster))
    return results


def find_by_reference(db: Database, actor: Actor, landlord_ref: str) -> int:
    """The dwelling of a landlord reference (scanned from a roster or a card)."""
    require(actor, Permission.SEARCH_HOUSEHOLDS)
    with db.read() as session:
        dwelling_id = session.scalar(
            select(Dwelling.id).where(Dwelling.landlord_ref == landlord_ref.strip()))
    if dwelling_id is None:
        raise UnknownHousehold(landlord_ref)
    return dwelling_id


def household_card(db: Database, actor: Actor, dwelling_id: int) -> HouseholdCard:
    require(actor, Permission.SEARCH_HOUSEHOLDS)
    see_contact = allows(actor.role, Permission.VIEW_CONTACT)
    with db.read() as session:
        row = session.execute(
            select(Dwelling, Building, Sector)
            .join(Building, Dwelling.building_id == Building.id)
            .join(Sector, Building.sector_id == Sector.id)
            .where(Dwelling.id == dwelling_id)).first()
        if row is None:
            raise UnknownHousehold(dwelling_id)
        dwelling, building, sector = row
        members = tuple(
            Member(p.id, p.family_name, p.given_name, p.phone if see_contact else None)
            for p in session.scalars(select(Person).where(
                Person.dwelling_id == dwelling_id, Person.on_roster.is_(True),
                Person.anonymised_at.is_(None)).order_by(Person.id)))
        poll = session.scalar(select(Poll).where(Poll.sector_id == sector.id,
                                                 Poll.state == PollState.OPEN.value))
        vote, may_vote = None, False
        if poll is not None:
            entry = session.scalar(select(VoteRegister).where(
                VoteRegister.poll_id == poll.id, VoteRegister.dwelling_id == dwelling_id))
            if entry is not None:
                vote = VoteStatus(poll.question, entry.channel, entry.recorded_at)
            else:
                may_vote = session.get(PollEligible, (poll.id, dwelling_id)) is not None
        return HouseholdCard(
            dwelling_id=dwelling.id, landlord_ref=dwelling.landlord_ref,
            address=address_line(building.address, building.name, building.entrance,
                                 dwelling.floor, dwelling.door), sector=sector.name,
            on_roster=dwelling.on_roster, members=members,
            open_poll=poll.question if poll else None, vote=vote,
            poll_id=poll.id if poll else None, may_vote=may_vote,
            decoders=decoders_of(session, dwelling_id),
            computers=computers_of(session, dwelling_id),
            appointments=_appointments(session, dwelling_id),
            workshops=_workshops(session, dwelling_id),
            visits=tuple(PastVisit(v.arrived_at, VisitReason(v.reason)) for v in session.scalars(
                select(Visit).where(Visit.dwelling_id == dwelling_id,
                                    Visit.cancelled_at.is_(None))
                .order_by(Visit.arrived_at.desc(), Visit.id.desc()).limit(LAST_VISITS))),
            note=dwelling.note if see_contact else "")


def decoders_of(session: Session, dwelling_id: int) -> tuple[EquipmentRecord, ...]:
    """Decoders handed to a dwelling (the card and the right-of-access export)."""
    rows = session.execute(
        select(Handout, Equipment, Receipt)
        .join(Equipment, Handout.equipment_id == Equipment.id)
        .join(Receipt, Handout.receipt_id == Receipt.id)
        .where(Handout.dwelling_id == dwelling_id).order_by(Handout.handed_at))
    return tuple(EquipmentRecord(e.serial, e.model, receipt_label(r), h.handed_at,
                                 replacement=h.replaces_id is not None,
                                 replacement_reason=h.replacement_reason, ended=h.end_reason)
                 for h, e, r in rows)


def computers_of(session: Session, dwelling_id: int) -> tuple[EquipmentRecord, ...]:
    """Computers sold to a dwelling (a sale cancelled as a mistake, marked)."""
    rows = session.execute(
        select(Sale, Equipment, Receipt)
        .join(Equipment, Sale.equipment_id == Equipment.id)
        .join(Receipt, Sale.receipt_id == Receipt.id)
        .where(Sale.dwelling_id == dwelling_id).order_by(Sale.sold_at))
    return tuple(EquipmentRecord(e.serial, e.model, receipt_label(r), s.sold_at,
                                 amount_cents=s.amount_cents,
                                 ended="cancelled" if s.cancelled_at else None)
                 for s, e, r in rows)


def _workshops(session: Session, dwelling_id: int) -> tuple[WorkshopPlace, ...]:
    """The household's sign-ups to workshops with a session from today on."""
    today = datetime.combine(clock.now().date(), time())
    rows = session.execute(
        select(Person.given_name, Workshop.title, func.min(WorkshopSession.starts_at),
               WorkshopSignup.status)
        .join(WorkshopSignup, WorkshopSignup.person_id == Person.id)
        .join(Workshop, Workshop.id == WorkshopSignup.workshop_id)
        .join(WorkshopSession, WorkshopSession.workshop_id == Workshop.id)
        .where(Person.dwelling_id == dwelling_id,
               WorkshopSignup.status != SignupStatus.CANCELLED.value,
               Workshop.cancelled_at.is_(None), WorkshopSession.cancelled_at.is_(None),
               WorkshopSession.starts_at >= today)
        .group_by(WorkshopSignup.id, Person.given_name, Workshop.title, WorkshopSignup.status)
        .order_by(func.min(WorkshopSession.starts_at)))
    return tuple(WorkshopPlace(given, title, start, status == SignupStatus.WAITING.value)
                 for given, title, start, status in rows)


def _appointments(session: Session, dwelling_id: int) -> tuple[UpcomingAppointment, ...]:
    rows = session.execute(
        select(AppointmentSlot)
        .join(Appointment, Appointment.slot_id == AppointmentSlot.id)
        .where(Appointment.dwelling_id == dwelling_id,
               Appointment.status == AppointmentStatus.BOOKED.value,
               AppointmentSlot.cancelled_at.is_(None),
               AppointmentSlot.starts_at >= clock.now())
        .order_by(AppointmentSlot.starts_at))
    return tuple(UpcomingAppointment(s.starts_at, s.kind, s.place) for s in rows.scalars())
