"""Appointments (#14): slots by kind and place, one-off or weekly (the French
public holidays skipped), bookings with their slip's code, moves,
cancellations, no-shows, the check-in by the slip's code, the slip itself and
the agenda as an iCalendar file.

Times are the centre's wall-clock time (naive datetimes, like every other
time in the database); the agenda export says they are Europe/Paris. The
database keeps a slot's bookings within its capacity and one place's slots
apart (triggers, migration 0008); the checks here give the reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.documents.model import DayListDoc, SlipDoc
from app.domain import appointment_code, clock
from app.domain.defaults import (
    APPOINTMENT_BRING,
    APPOINTMENT_MAX_CAPACITY,
    APPOINTMENT_MAX_MINUTES,
    APPOINTMENT_MAX_WEEKS,
    APPOINTMENT_PURPOSE,
)
from app.domain.enums import AppointmentKind, AppointmentStatus
from app.domain.errors import AppointmentRefused, UnknownHousehold
from app.domain.roles import Permission, allows
from app.domain.text import clean
from app.services.context import Actor, UnitOfWork, require, unit_of_work
from app.services.households import display_name
from db.engine import Database
from db.models import Appointment, AppointmentSlot, Dwelling, Person, Visit

TIMEZONE = "Europe/Paris"
MAX_PLACE = 200
MAX_NOTE = 500
MAX_REASON = 300
MAX_ICS_DAYS = 366

ACTIVE = (AppointmentStatus.BOOKED.value, AppointmentStatus.ATTENDED.value,
          AppointmentStatus.NO_SHOW.value)  # they hold a place in their slot


# --- what the services return ---------------------------------------------------


@dataclass(frozen=True)
class Skipped:
    starts_at: datetime
    reason: str  # "holiday" or "overlap"
    detail: str = ""  # the holiday's name (French), or the other slot's place


@dataclass(frozen=True)
class SlotsCreated:
    slot_ids: tuple[int, ...]
    starts: tuple[datetime, ...]  # of the slots created, in order
    skipped: tuple[Skipped, ...]
    series_id: int | None  # a weekly series' id (its first slot's), else None


@dataclass(frozen=True)
class BookingView:
    id: int
    dwelling_id: int
    household: str  # display name of the household's first member on the roster
    landlord_ref: str
    status: AppointmentStatus
    note: str  # only for those who may see contact details
    moved_from_id: int | None


@dataclass(frozen=True)
class SlotView:
    id: int
    kind: AppointmentKind
    place: str
    starts_at: datetime
    ends_at: datetime
    capacity: int
    booked: int  # bookings holding a place (booked, attended, no-show)
    cancelled: bool
    series_id: int | None
    bookings: tuple[BookingView, ...]

    @property
    def free(self) -> int:
        return 0 if self.cancelled else max(0, self.capacity - self.booked)


@dataclass(frozen=True)
class Booked:
    appointment_id: int
    code: str  # 13 digits
    slot_id: int
    kind: AppointmentKind
    starts_at: datetime
    second_of_kind: bool  # allowed with a reason although one of that kind was pending


@dataclass(frozen=True)
class CheckedIn:
    appointment_id: int
    dwelling_id: int
    kind: AppointmentKind
    visit_id: int
    starts_at: datetime


# --- helpers --------------------------------------------------------------------


def _holidays(years: range) -> dict[date, str]:
    import holidays

    return dict(holidays.country_holidays("FR", years=list(years), language="fr"))


def _place(text: str) -> str:
    place = clean(text)
    if not place:
        raise AppointmentRefused("place_missing")
    if len(place) > MAX_PLACE:
        raise AppointmentRefused("place_too_long", str(MAX_PLACE))
    return place


def _text(text: str, limit: int, reason: str) -> str:
    value = (text or "").strip()
    if len(value) > limit:
        raise AppointmentRefused(reason, str(limit))
    return value


def _overlapping(s: Session, place: str, starts_at: datetime, ends_at: datetime,
                 but: int | None = None) -> AppointmentSlot | None:
    query = select(AppointmentSlot).where(
        AppointmentSlot.place == place, AppointmentSlot.cancelled_at.is_(None),
        AppointmentSlot.starts_at < ends_at, AppointmentSlot.ends_at > starts_at)
    if but is not None:
        query = query.where(AppointmentSlot.id != but)
    return s.scalars(query.order_by(AppointmentSlot.starts_at)).first()


def _slot(s: Session, slot_id: int) -> AppointmentSlot:
    slot = s.get(AppointmentSlot, slot_id)
    if slot is None:
        raise AppointmentRefused("unknown_slot")
    return slot


def _appointment(s: Session, appointment_id: int) -> Appointment:
    appointment = s.get(Appointment, appointment_id)
    if appointment is None:
        raise AppointmentRefused("unknown_appointment")
    return appointment


def _active_count(s: Session, slot_id: int) -> int:
    return s.scalar(select(func.count()).select_from(Appointment).where(
        Appointment.slot_id == slot_id, Appointment.status.in_(ACTIVE))) or 0


def _bookable(s: Session, slot: AppointmentSlot, now: datetime) -> None:
    if slot.cancelled_at is not None:
        raise AppointmentRefused("slot_cancelled", at=slot.starts_at)
    if slot.starts_at < now:
        raise AppointmentRefused("slot_past", at=slot.starts_at)
    if _active_count(s, slot.id) >= slot.capacity:
        raise AppointmentRefused("slot_full", at=slot.starts_at)


def _new_code(s: Session) -> str:
    while True:  # 10^12 codes: a second draw is already unlikely
        code = appointment_code.new_code()
        if s.scalar(select(Appointment.id).where(Appointment.code == code)) is None:
            return code


def _insert(uow: UnitOfWork, appointment: Appointment) -> None:
    uow.session.add(appointment)
    try:
        uow.session.flush()
    except IntegrityError as exc:  # the database's own check (another counter, same moment)
        if "slot cancelled" in str(exc):
            raise AppointmentRefused("slot_cancelled") from None
        if "slot full" in str(exc):
            raise AppointmentRefused("slot_full") from None
        raise


def _pending_of_kind(s: Session, dwelling_id: int, kind: str, now: datetime,
                     but: int | None = None) -> AppointmentSlot | None:
    query = (select(AppointmentSlot).join(Appointment, Appointment.slot_id == AppointmentSlot.id)
             .where(Appointment.dwelling_id == dwelling_id,
                    Appointment.status == AppointmentStatus.BOOKED.value,
                    AppointmentSlot.kind == kind, AppointmentSlot.cancelled_at.is_(None),
                    AppointmentSlot.starts_at >= now))
    if but is not None:
        query = query.where(Appointment.id != but)
    return s.scalars(query.order_by(AppointmentSlot.starts_at)).first()


def _first_members(s: Session, dwelling_ids: set[int]) -> dict[int, Person]:
    first: dict[int, Person] = {}
    if not dwelling_ids:
        return first
    for person in s.scalars(select(Person).where(
            Person.dwelling_id.in_(dwelling_ids), Person.anonymised_at.is_(None),
            Person.family_name != "").order_by(Person.on_roster.desc(), Person.id)):
        first.setdefault(person.dwelling_id, person)
    return first


# --- slots ----------------------------------------------------------------------


def create_slots(db: Database, actor: Actor, kind: AppointmentKind, place: str,
                 first_start: datetime, minutes: int, capacity: int,
                 weekly_until: date | None = None) -> SlotsCreated:
    """One slot, or one a week from `first_start` to `weekly_until` (same
    wall-clock time, summer time or not). A week falling on a French public
    holiday, or over a slot of the same place, is skipped and said so; a
    one-off slot on a holiday or over another is refused."""
    kind = AppointmentKind(kind)
    place = _place(place)
    first_start = first_start.replace(second=0, microsecond=0)
    if not 5 <= minutes <= APPOINTMENT_MAX_MINUTES:
        raise AppointmentRefused("length_invalid", str(APPOINTMENT_MAX_MINUTES))
    if not 1 <= capacity <= APPOINTMENT_MAX_CAPACITY:
        raise AppointmentRefused("capacity_invalid", str(APPOINTMENT_MAX_CAPACITY))
    starts = [first_start]
    if weekly_until is not None:
        if weekly_until < first_start.date():
            raise AppointmentRefused("series_end_invalid")
        weeks = (weekly_until - first_start.date()).days // 7
        if weeks + 1 > APPOINTMENT_MAX_WEEKS:
            raise AppointmentRefused("series_too_long", str(APPOINTMENT_MAX_WEEKS))
        starts = [first_start + timedelta(weeks=n) for n in range(weeks + 1)]
    length = timedelta(minutes=minutes)
    holidays = _holidays(range(starts[0].year, starts[-1].year + 1))
    with unit_of_work(db, actor, Permission.MANAGE_APPOINTMENTS) as uow:
        s = uow.session
        if first_start < uow.now:
            raise AppointmentRefused("slot_past", at=first_start)
        created: list[AppointmentSlot] = []
        skipped: list[Skipped] = []
        for start in starts:
            holiday = holidays.get(start.date())
            other = _overlapping(s, place, start, start + length)
            if weekly_until is None and holiday:
                raise AppointmentRefused("holiday", holiday, start)
            if weekly_until is None and other is not None:
                raise AppointmentRefused("overlap", other.place, other.starts_at)
            if holiday:
                skipped.append(Skipped(start, "holiday", holiday))
                continue
            if other is not None:
                skipped.append(Skipped(start, "overlap", other.place))
                continue
            slot = AppointmentSlot(starts_at=start, ends_at=start + length, kind=kind.value,
                                   capacity=capacity, place=place, created_at=uow.now)
            s.add(slot)
            try:
                s.flush()
            except IntegrityError as exc:
                if "overlaps" in str(exc):
                    raise AppointmentRefused("overlap", place, start) from None
                raise
            created.append(slot)
        series_id = None
        if weekly_until is not None and created:
            series_id = created[0].id
            for slot in created:
                slot.series_id = series_id
            s.flush()
        uow.audit("slots_created", "appointment_slot", created[0].id if created else "",
                  kind=kind.value, count=len(created), weekly=weekly_until is not None,
                  series_id=series_id, minutes=minutes, capacity=capacity,
                  skipped_holidays=sum(1 for k in skipped if k.reason == "holiday"),
                  skipped_overlaps=sum(1 for k in skipped if k.reason == "overlap"))
        return SlotsCreated(tuple(slot.id for slot in created),
                            tuple(slot.starts_at for slot in created), tuple(skipped), series_id)


def cancel_slot(db: Database, actor: Actor, slot_id: int, reason: str = "") -> int:
    """The slot is cancelled with its bookings; returns how many households
    had a booking there (to be told)."""
    reason = _text(reason, MAX_REASON, "reason_too_long")
    with unit_of_work(db, actor, Permission.MANAGE_APPOINTMENTS) as uow:
        s = uow.session
        slot = _slot(s, slot_id)
        if slot.cancelled_at is not None:
            raise AppointmentRefused("slot_cancelled", at=slot.starts_at)
        if slot.starts_at < uow.now:
            raise AppointmentRefused("slot_past", at=slot.starts_at)
        bookings = list(s.scalars(select(Appointment).where(
            Appointment.slot_id == slot_id,
            Appointment.status == AppointmentStatus.BOOKED.value).order_by(Appointment.id)))
        for appointment in bookings:
            appointment.status = AppointmentStatus.CANCELLED.value
            appointment.cancelled_at = uow.now
            appointment.cancel_reason = reason
            uow.audit("appointment_cancelled", "appointment", appointment.id, slot_id=slot_id,
                      dwelling_id=appointment.dwelling_id, with_slot=True)
        slot.cancelled_at = uow.now
        uow.audit("slot_cancelled", "appointment_slot", slot_id, kind=slot.kind,
                  starts_at=slot.starts_at.isoformat(timespec="minutes"),
                  bookings=len(bookings))
        return len(bookings)


def _views(s: Session, actor: Actor, start: datetime, end: datetime,
           with_cancelled: bool) -> list[SlotView]:
    see_notes = allows(actor.role, Permission.VIEW_CONTACT)
    query = select(AppointmentSlot).where(AppointmentSlot.starts_at >= start,
                                          AppointmentSlot.starts_at < end)
    if not with_cancelled:
        query = query.where(AppointmentSlot.cancelled_at.is_(None))
    slots = list(s.scalars(query.order_by(AppointmentSlot.starts_at, AppointmentSlot.place)))
    rows = s.execute(
        select(Appointment, Dwelling.landlord_ref)
        .join(Dwelling, Appointment.dwelling_id == Dwelling.id)
        .where(Appointment.slot_id.in_([slot.id for slot in slots]))
        .order_by(Appointment.created_at, Appointment.id)).all()
    first = _first_members(s, {a.dwelling_id for a, _ in rows})
    by_slot: dict[int, list[BookingView]] = {}
    for a, ref in rows:
        if a.status == AppointmentStatus.CANCELLED.value and not with_cancelled:
            continue
        person = first.get(a.dwelling_id)
        by_slot.setdefault(a.slot_id, []).append(BookingView(
            id=a.id, dwelling_id=a.dwelling_id,
            household=display_name(person.family_name, person.given_name) if person else "",
            landlord_ref=ref, status=AppointmentStatus(a.status),
            note=a.note if see_notes else "", moved_from_id=a.moved_from_id))
    return [SlotView(id=slot.id, kind=AppointmentKind(slot.kind), place=slot.place,
                     starts_at=slot.starts_at, ends_at=slot.ends_at, capacity=slot.capacity,
                     booked=sum(1 for b in by_slot.get(slot.id, ())
                                if b.status.value in ACTIVE),
                     cancelled=slot.cancelled_at is not None, series_id=slot.series_id,
                     bookings=tuple(by_slot.get(slot.id, ()))) for slot in slots]


def open_slots(db: Database, actor: Actor, kind: AppointmentKind,
               days: int = 28) -> list[SlotView]:
    """The slots of one kind still to come with a place left, in time order:
    where a booking may move."""
    require(actor, Permission.MANAGE_APPOINTMENTS)
    now = clock.now()
    with db.read() as s:
        return [slot for slot in _views(s, actor, now, now + timedelta(days=days), False)
                if slot.kind == kind and slot.free > 0]


# printed on the day list (French, like every printed document)
_KIND_PRINTED = {"decoder_pickup": "Retrait de décodeur", "computer_pickup": "Retrait d'ordinateur",
                 "help_session": "Permanence d'aide", "contract_advice": "Conseil contrat",
                 "other": "Autre"}
_STATUS_PRINTED = {"booked": "attendu", "attended": "venu", "no_show": "absent",
                   "cancelled": "annulé"}


def day_list(db: Database, actor: Actor, day_: date) -> DayListDoc:
    """The counter's sheet of the day: every slot, who is expected, with the
    state of each booking (cancelled ones left out)."""
    from app.documents.model import DayListSlot

    slots = day(db, actor, day_, with_cancelled=True)
    return DayListDoc(day_, tuple(
        DayListSlot(f"{s.starts_at:%H:%M}–{s.ends_at:%H:%M}", _KIND_PRINTED[s.kind.value],
                    s.place, s.free, s.cancelled,
                    tuple((b.household or "—", b.landlord_ref, _STATUS_PRINTED[b.status.value],
                           b.note) for b in s.bookings
                          if b.status != AppointmentStatus.CANCELLED))
        for s in slots))


def day(db: Database, actor: Actor, day: date, with_cancelled: bool = False) -> list[SlotView]:
    """The day's slots in time order, with their bookings (the day list)."""
    require(actor, Permission.MANAGE_APPOINTMENTS)
    start = datetime.combine(day, time())
    with db.read() as s:
        return _views(s, actor, start, start + timedelta(days=1), with_cancelled)


def week(db: Database, actor: Actor, monday: date,
         with_cancelled: bool = False) -> list[SlotView]:
    """The week's slots from `monday` (any day: the week starts there)."""
    require(actor, Permission.MANAGE_APPOINTMENTS)
    start = datetime.combine(monday, time())
    with db.read() as s:
        return _views(s, actor, start, start + timedelta(days=7), with_cancelled)


# --- bookings ---------------------------------------------------------------------


def book(db: Database, actor: Actor, slot_id: int, dwelling_id: int, note: str = "",
         reason_if_pending: str = "") -> Booked:
    """A household in a slot. Refused: a full, past or cancelled slot, a
    household already in it; a household with a booking of that kind still
    to come is refused (pending_of_kind) unless a reason is given."""
    note = _text(note, MAX_NOTE, "note_too_long")
    reason = _text(reason_if_pending, MAX_REASON, "reason_too_long")
    with unit_of_work(db, actor, Permission.MANAGE_APPOINTMENTS) as uow:
        s = uow.session
        slot = _slot(s, slot_id)
        if s.get(Dwelling, dwelling_id) is None:
            raise UnknownHousehold(dwelling_id)
        _bookable(s, slot, uow.now)
        if s.scalar(select(Appointment.id).where(
                Appointment.slot_id == slot_id, Appointment.dwelling_id == dwelling_id,
                Appointment.status.in_(ACTIVE))) is not None:
            raise AppointmentRefused("already_booked", at=slot.starts_at)
        pending = _pending_of_kind(s, dwelling_id, slot.kind, uow.now)
        if pending is not None and not reason:
            raise AppointmentRefused("pending_of_kind", at=pending.starts_at)
        appointment = Appointment(slot_id=slot_id, dwelling_id=dwelling_id, code=_new_code(s),
                                  status=AppointmentStatus.BOOKED.value, note=note,
                                  pending_reason=reason if pending is not None else "",
                                  created_at=uow.now, staff_id=actor.staff_id)
        _insert(uow, appointment)
        uow.audit("appointment_booked", "appointment", appointment.id, slot_id=slot_id,
                  dwelling_id=dwelling_id, kind=slot.kind, second_of_kind=pending is not None)
        return Booked(appointment.id, appointment.code, slot_id, AppointmentKind(slot.kind),
                      slot.starts_at, pending is not None)


def move(db: Database, actor: Actor, appointment_id: int, new_slot_id: int) -> Booked:
    """The booking goes to another slot of the same kind: a new booking (a new
    code, a new slip) that says which one it replaces; the old one is
    cancelled, its slip refused."""
    with unit_of_work(db, actor, Permission.MANAGE_APPOINTMENTS) as uow:
        s = uow.session
        old = _appointment(s, appointment_id)
        if old.status != AppointmentStatus.BOOKED.value:
            raise AppointmentRefused("not_booked", old.status)
        if new_slot_id == old.slot_id:
            raise AppointmentRefused("same_slot")
        old_slot, slot = _slot(s, old.slot_id), _slot(s, new_slot_id)
        if slot.kind != old_slot.kind:
            raise AppointmentRefused("kind_differs")
        _bookable(s, slot, uow.now)
        old.status = AppointmentStatus.CANCELLED.value
        old.cancelled_at = uow.now
        s.flush()
        new = Appointment(slot_id=slot.id, dwelling_id=old.dwelling_id, code=_new_code(s),
                          status=AppointmentStatus.BOOKED.value, note=old.note,
                          pending_reason=old.pending_reason, created_at=uow.now,
                          staff_id=actor.staff_id, moved_from_id=old.id)
        _insert(uow, new)
        uow.audit("appointment_moved", "appointment", new.id, moved_from=old.id,
                  from_slot=old.slot_id, to_slot=slot.id, dwelling_id=old.dwelling_id,
                  kind=slot.kind)
        return Booked(new.id, new.code, slot.id, AppointmentKind(slot.kind), slot.starts_at,
                      False)


def cancel(db: Database, actor: Actor, appointment_id: int, reason: str) -> None:
    """A booking cancelled, with why (kept with the booking, not in the
    audit log: it may say something personal)."""
    reason = _text(reason, MAX_REASON, "reason_too_long")
    if not reason:
        raise AppointmentRefused("reason_missing")
    with unit_of_work(db, actor, Permission.MANAGE_APPOINTMENTS) as uow:
        appointment = _appointment(uow.session, appointment_id)
        if appointment.status != AppointmentStatus.BOOKED.value:
            raise AppointmentRefused("not_booked", appointment.status)
        appointment.status = AppointmentStatus.CANCELLED.value
        appointment.cancelled_at = uow.now
        appointment.cancel_reason = reason
        uow.audit("appointment_cancelled", "appointment", appointment_id,
                  slot_id=appointment.slot_id, dwelling_id=appointment.dwelling_id)


def set_note(db: Database, actor: Actor, appointment_id: int, note: str) -> None:
    """The booking's note (personal data: never in the audit log)."""
    note = _text(note, MAX_NOTE, "note_too_long")
    with unit_of_work(db, actor, Permission.MANAGE_APPOINTMENTS) as uow:
        appointment = _appointment(uow.session, appointment_id)
        if appointment.note != note:
            appointment.note = note
            uow.audit("appointment_note_changed", "appointment", appointment_id)


def close_past_days(db: Database, actor: Actor) -> int:
    """At the end of a day, its unattended bookings become no-shows: done for
    every day before today whenever the agenda is opened. Returns how many."""
    with unit_of_work(db, actor, Permission.MANAGE_APPOINTMENTS) as uow:
        s = uow.session
        today = datetime.combine(uow.now.date(), time())
        missed = list(s.scalars(
            select(Appointment).join(AppointmentSlot, Appointment.slot_id == AppointmentSlot.id)
            .where(Appointment.status == AppointmentStatus.BOOKED.value,
                   AppointmentSlot.cancelled_at.is_(None), AppointmentSlot.ends_at <= today)
            .order_by(AppointmentSlot.starts_at, Appointment.id)))
        for appointment in missed:
            appointment.status = AppointmentStatus.NO_SHOW.value
            uow.audit("appointment_no_show", "appointment", appointment.id,
                      slot_id=appointment.slot_id, dwelling_id=appointment.dwelling_id)
        return len(missed)


def mark_no_shows(db: Database, actor: Actor, day: date) -> int:
    """The day's bookings still unattended once their slot has ended become
    no-shows; returns how many."""
    start = datetime.combine(day, time())
    with unit_of_work(db, actor, Permission.MANAGE_APPOINTMENTS) as uow:
        s = uow.session
        missed = list(s.scalars(
            select(Appointment).join(AppointmentSlot, Appointment.slot_id == AppointmentSlot.id)
            .where(Appointment.status == AppointmentStatus.BOOKED.value,
                   AppointmentSlot.cancelled_at.is_(None),
                   AppointmentSlot.starts_at >= start,
                   AppointmentSlot.starts_at < start + timedelta(days=1),
                   AppointmentSlot.ends_at <= uow.now)
            .order_by(AppointmentSlot.starts_at, Appointment.id)))
        for appointment in missed:
            appointment.status = AppointmentStatus.NO_SHOW.value
            uow.audit("appointment_no_show", "appointment", appointment.id,
                      slot_id=appointment.slot_id, dwelling_id=appointment.dwelling_id)
        return len(missed)


def _refusal_of(s: Session, appointment: Appointment, slot: AppointmentSlot,
                today: date) -> AppointmentRefused | None:
    """Why this slip cannot check its household in today, if it cannot."""
    if appointment.status == AppointmentStatus.CANCELLED.value:
        moved_to = s.scalar(select(AppointmentSlot.starts_at)
                            .join(Appointment, Appointment.slot_id == AppointmentSlot.id)
                            .where(Appointment.moved_from_id == appointment.id))
        if moved_to is not None:
            return AppointmentRefused("moved", at=moved_to)
        return AppointmentRefused("cancelled", at=slot.starts_at)
    if slot.cancelled_at is not None:
        return AppointmentRefused("cancelled", at=slot.starts_at)
    if appointment.status == AppointmentStatus.ATTENDED.value:
        return AppointmentRefused("already_used", at=appointment.attended_at)
    if slot.starts_at.date() < today:  # a no-show of today may still come, late
        return AppointmentRefused("earlier_day", at=slot.starts_at)
    if slot.starts_at.date() > today:
        return AppointmentRefused("later_day", at=slot.starts_at)
    return None


def find_by_code(text: str) -> str:
    """The 13 digits of a scanned or typed slip, or a refusal before any look-up."""
    code = appointment_code.normalise(text)
    if not appointment_code.looks_like_code(code):
        raise AppointmentRefused("code_unknown")
    if not appointment_code.is_valid(code):
        raise AppointmentRefused("code_mistyped")
    return code


def check_in_by_code(db: Database, actor: Actor, code: str) -> CheckedIn:
    """A slip scanned at the Accueil desk: the booking is attended and the
    household checked in, with the appointment's kind as the visit's reason,
    in one transaction. A mistyped, unknown, cancelled or used slip, or one
    for another day, is refused and nothing is written."""
    code = find_by_code(code)
    with unit_of_work(db, actor, Permission.CHECK_IN) as uow:
        s = uow.session
        appointment = s.scalar(select(Appointment).where(Appointment.code == code))
        if appointment is None:
            raise AppointmentRefused("code_unknown")
        slot = s.get(AppointmentSlot, appointment.slot_id)
        refusal = _refusal_of(s, appointment, slot, uow.now.date())
        if refusal is not None:
            raise refusal
        kind = AppointmentKind(slot.kind)
        appointment.status = AppointmentStatus.ATTENDED.value
        appointment.attended_at = uow.now
        reason = kind.visit_reason
        start = datetime.combine(uow.now.date(), time())
        visit = s.scalar(select(Visit).where(  # checked in by name already: that visit
            Visit.dwelling_id == appointment.dwelling_id, Visit.reason == reason.value,
            Visit.arrived_at >= start, Visit.arrived_at < start + timedelta(days=1),
            Visit.cancelled_at.is_(None), Visit.served_at.is_(None)))
        if visit is None:
            visit = Visit(dwelling_id=appointment.dwelling_id, reason=reason.value, note="",
                          arrived_at=uow.now, staff_id=actor.staff_id)
            s.add(visit)
            s.flush()
            uow.audit("visit_recorded", "visit", visit.id, reason=reason.value,
                      dwelling_id=appointment.dwelling_id, anonymous=False,
                      appointment_id=appointment.id)
        s.get(Dwelling, appointment.dwelling_id).last_contact_at = uow.now
        uow.audit("appointment_attended", "appointment", appointment.id, slot_id=slot.id,
                  dwelling_id=appointment.dwelling_id, kind=kind.value, visit_id=visit.id)
        return CheckedIn(appointment.id, appointment.dwelling_id, kind, visit.id,
                         slot.starts_at)


# --- the slip and the agenda ----------------------------------------------------------


def slip_of(db: Database, actor: Actor, appointment_id: int) -> SlipDoc:
    """The booking's slip, to store and print (documents.record_document):
    the QR code carries the 13-digit code alone."""
    require(actor, Permission.MANAGE_APPOINTMENTS)
    with db.read() as s:
        appointment = _appointment(s, appointment_id)
        if appointment.status != AppointmentStatus.BOOKED.value:
            raise AppointmentRefused("not_booked", appointment.status)
        slot = s.get(AppointmentSlot, appointment.slot_id)
        dwelling = s.get(Dwelling, appointment.dwelling_id)
        person = _first_members(s, {dwelling.id}).get(dwelling.id)
        return SlipDoc(qr_payload=appointment.code, starts_at=slot.starts_at, place=slot.place,
                       purpose=APPOINTMENT_PURPOSE[slot.kind],
                       household=display_name(person.family_name, person.given_name)
                       if person else "",
                       landlord_ref=dwelling.landlord_ref,
                       bring=tuple(APPOINTMENT_BRING[slot.kind]),
                       code=appointment_code.grouped(appointment.code))


def agenda_ics(db: Database, actor: Actor, start: date, days: int,
               with_names: bool = False) -> bytes:
    """The bookings of `days` days from `start` as an iCalendar file: one event
    per booking, in Europe/Paris time. No personal data but the household's
    first name, when asked."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar, Event

    require(actor, Permission.MANAGE_APPOINTMENTS)
    if not 1 <= days <= MAX_ICS_DAYS:
        raise AppointmentRefused("days_invalid", str(MAX_ICS_DAYS))
    zone = ZoneInfo(TIMEZONE)
    begin = datetime.combine(start, time())
    with db.read() as s:
        rows = s.execute(
            select(Appointment, AppointmentSlot)
            .join(AppointmentSlot, Appointment.slot_id == AppointmentSlot.id)
            .where(AppointmentSlot.starts_at >= begin,
                   AppointmentSlot.starts_at < begin + timedelta(days=days),
                   AppointmentSlot.cancelled_at.is_(None),
                   Appointment.status != AppointmentStatus.CANCELLED.value)
            .order_by(AppointmentSlot.starts_at, Appointment.id)).all()
        counts = {slot.id: 0 for _, slot in rows}
        for _, slot in rows:
            counts[slot.id] += 1
        first = _first_members(s, {a.dwelling_id for a, _ in rows}) if with_names else {}
        stamp = datetime.now(zone).replace(microsecond=0)
    calendar = Calendar()
    calendar.add("prodid", "-//Guichet//Rendez-vous du centre//FR")
    calendar.add("version", "2.0")
    calendar.add("x-wr-timezone", TIMEZONE)
    for appointment, slot in rows:
        event = Event()
        summary = APPOINTMENT_PURPOSE[slot.kind]
        person = first.get(appointment.dwelling_id)
        if person is not None and person.given_name:
            summary += f" — {person.given_name}"
        event.add("uid", f"guichet-rdv-{appointment.id}@guichet.local")
        event.add("dtstamp", stamp)
        event.add("dtstart", slot.starts_at.replace(tzinfo=zone))
        event.add("dtend", slot.ends_at.replace(tzinfo=zone))
        event.add("summary", summary)
        event.add("location", slot.place)
        event.add("description", f"{counts[slot.id]}/{slot.capacity}")
        event.add("status", "CONFIRMED")
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return calendar.to_ical()
