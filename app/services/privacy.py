"""Personal-data duties (GDPR, the CNIL's reference for social action): right of
access, erasure on request, anonymisation after the retention period. Counts for
reports and the receipts' numbering survive every one of them."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import func, or_, select, update

from app.domain import clock
from app.domain.defaults import RETENTION_MONTHS
from app.domain.errors import GuichetError, UnknownHousehold
from app.domain.roles import Permission
from app.services import documents, housekeeping
from app.services.context import Actor, UnitOfWork, require, unit_of_work
from app.services.households import computers_of, decoders_of
from db import search
from db.engine import Database, open_database
from db.models import (
    Appointment,
    AppointmentSlot,
    Building,
    Centre,
    Dwelling,
    Person,
    Poll,
    Sector,
    Visit,
    VoteRegister,
    Workshop,
    WorkshopAttendance,
    WorkshopSignup,
)

ANONYMISED = documents.ANONYMISED


def _dwelling(uow_session, landlord_ref: str) -> Dwelling:  # type: ignore[no-untyped-def]
    dwelling = uow_session.scalar(select(Dwelling).where(Dwelling.landlord_ref == landlord_ref))
    if dwelling is None:
        raise UnknownHousehold(landlord_ref)
    return dwelling


def _iso(value: datetime | None) -> str | None:
    return value.isoformat(sep=" ") if value else None


def export_household(db: Database, actor: Actor, landlord_ref: str) -> dict[str, object]:
    """Everything held about one household (right of access), as plain data.
    The ballot box holds nothing that can be linked to it, so nothing is said of
    how it voted: only that it did."""
    with unit_of_work(db, actor, Permission.EXPORT_PERSONAL_DATA) as uow:
        s = uow.session
        dwelling = _dwelling(s, landlord_ref)
        building = s.get(Building, dwelling.building_id)
        sector = s.get(Sector, building.sector_id)
        people = s.scalars(select(Person).where(Person.dwelling_id == dwelling.id)).all()
        person_ids = [p.id for p in people]
        result: dict[str, object] = {
            "dwelling": {"landlord_ref": dwelling.landlord_ref, "sector": sector.name,
                         "address": building.address, "building": building.name,
                         "entrance": building.entrance, "floor": dwelling.floor,
                         "door": dwelling.door, "on_roster": dwelling.on_roster,
                         "last_contact_at": _iso(dwelling.last_contact_at),
                         "note": dwelling.note},
            "members": [{"family_name": p.family_name, "given_name": p.given_name,
                         "phone": p.phone, "on_roster": p.on_roster,
                         "corrected_at_the_counter": p.counter_change,
                         "anonymised_at": _iso(p.anonymised_at)} for p in people],
            "visits": [{"arrived_at": _iso(v.arrived_at), "reason": v.reason, "note": v.note,
                        "served_at": _iso(v.served_at)} for v in s.scalars(
                select(Visit).where(Visit.dwelling_id == dwelling.id, Visit.cancelled_at.is_(None))
                .order_by(Visit.arrived_at))],
            "votes": [{"poll": q, "channel": r.channel, "recorded_at": _iso(r.recorded_at)}
                      for r, q in s.execute(select(VoteRegister, Poll.question)
                                            .join(Poll, VoteRegister.poll_id == Poll.id)
                                            .where(VoteRegister.dwelling_id == dwelling.id))],
            "decoders": [{"serial": d.serial, "receipt": d.receipt, "handed_at": _iso(d.at),
                          "replacement": d.replacement, "reason": d.replacement_reason,
                          "ended": d.ended}
                         for d in decoders_of(s, dwelling.id)],
            "computers": [{"serial": c.serial, "receipt": c.receipt,
                           "amount_cents": c.amount_cents, "sold_at": _iso(c.at),
                           "cancelled": c.ended == "cancelled"}
                          for c in computers_of(s, dwelling.id)],
            "appointments": [{"starts_at": _iso(slot.starts_at), "status": a.status,
                              "place": slot.place}
                             for a, slot in s.execute(
                                 select(Appointment, AppointmentSlot)
                                 .join(AppointmentSlot, Appointment.slot_id == AppointmentSlot.id)
                                 .where(Appointment.dwelling_id == dwelling.id))],
            "workshops": [{"title": w.title, "status": signup.status,
                           "signed_up_at": _iso(signup.created_at),
                           "sessions_attended": s.scalar(
                               select(func.count()).select_from(WorkshopAttendance)
                               .where(WorkshopAttendance.signup_id == signup.id))}
                          for signup, w in s.execute(
                              select(WorkshopSignup, Workshop)
                              .join(Workshop, WorkshopSignup.workshop_id == Workshop.id)
                              .where(WorkshopSignup.person_id.in_(person_ids))
                              .order_by(WorkshopSignup.id))],
            **_programme_of(s, people),
            "printed_documents": [
                {"kind": row.kind, "title": row.title, "made_at": _iso(row.created_at),
                 "prints": row.prints, "content": json.loads(row.data)}
                for row in documents.documents_of(s, [dwelling.landlord_ref])],
        }
        uow.audit("personal_data_exported", "dwelling", dwelling.id)
        return result


def _programme_of(s, people: list[Person]) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The needs survey's answers and the Visa Internet records of these people
    (the certificates themselves are among the printed documents)."""
    from db.models import PersonNeed, Topic, VisaCertificate, VisaSkill, VisaValidation

    ids = [p.id for p in people]
    names = {p.id: f"{p.family_name} {p.given_name}".strip() for p in people}
    return {
        "needs": [{"person": names[person_id], "topic": label, "recorded_at": _iso(at)}
                  for person_id, label, at in s.execute(
                      select(PersonNeed.person_id, Topic.label, PersonNeed.recorded_at)
                      .join(Topic, PersonNeed.topic_id == Topic.id)
                      .where(PersonNeed.person_id.in_(ids))
                      .order_by(PersonNeed.person_id, Topic.position))],
        "visa_internet": [{"person": names[v.person_id], "skill": label,
                           "validated_on": v.validated_on.isoformat(),
                           "facilitator": v.facilitator}
                          for v, label in s.execute(
                              select(VisaValidation, VisaSkill.label)
                              .join(VisaSkill, VisaValidation.skill_id == VisaSkill.id)
                              .where(VisaValidation.person_id.in_(ids))
                              .order_by(VisaValidation.person_id, VisaSkill.position))],
        "visa_certificates": [{"person": names[c.person_id],
                               "issued_on": c.issued_on.isoformat(),
                               "number": f"VISA-{c.issued_on.year}-{c.id:04d}"}
                              for c in s.scalars(select(VisaCertificate).where(
                                  VisaCertificate.person_id.in_(ids)))],
    }


def _anonymise(uow: UnitOfWork, dwelling_ids: list[int], data_dir: Path | None) -> int:
    """Names, phones and visit notes go; dwellings, visits' dates and reasons,
    receipts and the register stay, so every count still adds up."""
    if not dwelling_ids:
        return 0
    s = uow.session
    people = s.scalars(select(Person).where(Person.dwelling_id.in_(dwelling_ids),
                                            Person.anonymised_at.is_(None))).all()
    for person in people:
        person.family_name = ANONYMISED
        person.given_name = ""
        person.phone = None
        person.name_key = f"anonymised-{person.id}"
        person.anonymised_at = uow.now
    s.execute(update(Visit).where(Visit.dwelling_id.in_(dwelling_ids), Visit.note != "")
              .values(note=""))
    s.execute(update(Dwelling).where(Dwelling.id.in_(dwelling_ids), Dwelling.note != "")
              .values(note=""))
    # an appointment's note and reasons may name or describe the tenant: they go too
    s.execute(update(Appointment).where(Appointment.dwelling_id.in_(dwelling_ids))
              .values(note="", pending_reason="", cancel_reason=""))
    # so may the reason a workshop sign-up was cancelled
    s.execute(update(WorkshopSignup).where(WorkshopSignup.person_id.in_([p.id for p in people]),
                                           WorkshopSignup.cancel_reason != "")
              .values(cancel_reason=""))
    refs = list(s.scalars(select(Dwelling.landlord_ref).where(Dwelling.id.in_(dwelling_ids))))
    documents.anonymise(uow, refs, data_dir)  # their receipts and slips, kept PDFs included
    s.flush()
    search.reindex(s, dwelling_ids)
    return len(people)


def erase_household(db: Database, actor: Actor, landlord_ref: str) -> int:
    """A household asks to be forgotten: its people are anonymised now, in the
    database and in every copy kept beside it (automatic backups, the copies
    kept before a restore). Encrypted backups on sticks are out of reach."""
    count = _erase_in(db, actor, landlord_ref, db.path.parent if db.path else None)
    if db.path is not None:
        in_local_copies(db.path, lambda copy: _erase_in(copy, actor, landlord_ref, None))
    return count


def _erase_in(db: Database, actor: Actor, landlord_ref: str, data_dir: Path | None) -> int:
    with unit_of_work(db, actor, Permission.ERASE_PERSONAL_DATA) as uow:
        dwelling = _dwelling(uow.session, landlord_ref)
        count = _anonymise(uow, [dwelling.id], data_dir)
        uow.audit("household_erased", "dwelling", dwelling.id, people=count)
        return count


def in_local_copies(db_path: Path, duty: Callable[[Database], object]) -> None:
    """Apply a personal-data duty to every copy beside the database, then
    compact each (VACUUM: no erased name stays in a free page). A copy that
    cannot be cleaned cannot be kept: it is deleted."""
    for copy in housekeeping.local_copies(db_path):
        try:
            copy_db = open_database(copy, create=False)
        except GuichetError:
            housekeeping.delete_copy(copy)
            continue
        try:
            duty(copy_db)
        except UnknownHousehold:
            pass  # the household was not there yet when the copy was made
        except GuichetError:
            copy_db.close()
            housekeeping.delete_copy(copy)
            continue
        copy_db.close()
        housekeeping.compact(copy)


@dataclass(frozen=True)
class RetentionReport:
    cutoff: datetime
    households: int
    people: int
    notes_cleared: int


def apply_retention(db: Database, actor: Actor, now: datetime | None = None) -> RetentionReport:
    """After the retention period since the last contact: households that left
    the roster are anonymised; households still on it keep the names the
    landlord gives, but lose their visit notes. The same in every local copy."""
    report = _retention_in(db, actor, now, db.path.parent if db.path else None)
    if db.path is not None:
        in_local_copies(db.path, lambda copy: _retention_in(copy, actor, now, None))
    return report


def _retention_targets(s, now: datetime):  # type: ignore[no-untyped-def]
    """(cutoff, households gone past it, the condition on old notes)."""
    centre = s.get(Centre, 1)
    months = centre.retention_months if centre else RETENTION_MONTHS
    cutoff = now - timedelta(days=round(months * 30.44))
    last_contact = func.coalesce(Dwelling.last_contact_at, Dwelling.updated_at)
    stale_left = list(s.scalars(select(Dwelling.id).where(
        Dwelling.on_roster.is_(False), last_contact < cutoff)))
    stale_on_roster = select(Dwelling.id).where(Dwelling.on_roster.is_(True),
                                               last_contact < cutoff)
    old_notes = (or_(Visit.dwelling_id.in_(stale_on_roster), Visit.dwelling_id.is_(None)),
                 Visit.arrived_at < cutoff, Visit.note != "")
    old_household_notes = (Dwelling.id.in_(stale_on_roster), Dwelling.note != "")
    return cutoff, stale_left, old_notes, old_household_notes


def retention_preview(db: Database, actor: Actor, now: datetime | None = None) -> RetentionReport:
    """What applying the retention period would do, counted, nothing written:
    the question asked before the irreversible act."""
    require(actor, Permission.APPLY_RETENTION)
    with db.read() as s:
        cutoff, stale_left, old_notes, old_household_notes = _retention_targets(
            s, now or clock.now())
        people = s.scalar(select(func.count()).select_from(Person).where(
            Person.dwelling_id.in_(stale_left), Person.anonymised_at.is_(None))) or 0
        notes = (s.scalar(select(func.count()).select_from(Visit).where(*old_notes)) or 0) + (
            s.scalar(select(func.count()).select_from(Dwelling).where(*old_household_notes))
            or 0)
    return RetentionReport(cutoff, len(stale_left), people, notes)


def _retention_in(db: Database, actor: Actor, now: datetime | None,
                  data_dir: Path | None) -> RetentionReport:
    with unit_of_work(db, actor, Permission.APPLY_RETENTION) as uow:
        s = uow.session
        cutoff, stale_left, old_notes, old_household_notes = _retention_targets(
            s, now or uow.now)
        people = _anonymise(uow, stale_left, data_dir)
        notes = s.execute(update(Visit).where(*old_notes).values(note="")).rowcount + \
            s.execute(update(Dwelling).where(*old_household_notes).values(note="")).rowcount
        uow.audit("retention_applied", "database", "", cutoff=cutoff.date().isoformat(),
                  households=len(stale_left), people=people, notes=notes)
        return RetentionReport(cutoff, len(stale_left), people, notes or 0)
