"""Workshops (#15): a workshop is one session or a weekly series (the French
public holidays skipped), for `capacity` people. A person signs up to all its
sessions: registered while a place is left, else on the waiting list, in
order; a sign-up cancelled moves the first waiting person up in the same
transaction. Attendance is ticked per session, or recorded by scanning the
sign-up slip's 14-digit code — which also checks the household in at the
counter (one transaction, like an appointment's slip).

The database keeps the registered people within the capacity, whatever
process writes (triggers, migration 0009); the checks here give the reasons.
Times are the centre's wall-clock time (naive datetimes).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.documents.model import SlipDoc
from app.documents.workshops import AttendanceSheetDoc
from app.domain import clock, workshop_code
from app.domain.enums import SignupStatus, VisitReason
from app.domain.errors import WorkshopRefused
from app.domain.roles import Permission
from app.domain.text import clean
from app.services import documents
from app.services.context import Actor, UnitOfWork, require, unit_of_work
from app.services.households import display_name
from db.engine import Database
from db.models import (
    Dwelling,
    Person,
    Topic,
    Visit,
    Workshop,
    WorkshopAttendance,
    WorkshopSession,
    WorkshopSignup,
)

MAX_TITLE = 200
MAX_PLACE = 200
MAX_FACILITATOR = 120
MAX_REASON = 300
MAX_CAPACITY = 50
MAX_SESSIONS = 10  # a series' dates fit on its A6 slip
MAX_HOURS = 8

REGISTERED, WAITING, CANCELLED = (SignupStatus.REGISTERED.value, SignupStatus.WAITING.value,
                                  SignupStatus.CANCELLED.value)
SLIP_HEADING = "Votre inscription à un atelier"  # printed: French
SLIP_WAITING = "Liste d'attente\u00a0: {rank} — nous vous appellerons si une place se libère."


# --- what the services return ---------------------------------------------------


@dataclass(frozen=True)
class TopicChoice:
    id: int
    label: str


@dataclass(frozen=True)
class Skipped:
    starts_at: datetime
    holiday: str  # its French name


@dataclass(frozen=True)
class WorkshopCreated:
    workshop_id: int
    starts: tuple[datetime, ...]  # of the sessions, in order
    skipped: tuple[Skipped, ...]  # weeks of the series on a public holiday


@dataclass(frozen=True)
class SessionView:
    id: int
    starts_at: datetime
    ends_at: datetime
    cancelled: bool
    present: int  # attendance recorded


@dataclass(frozen=True)
class WorkshopRow:
    id: int
    title: str
    topic: str
    place: str
    capacity: int
    facilitator: str
    registered: int
    waiting: int
    first_start: datetime | None
    last_start: datetime | None
    next_start: datetime | None  # the next session not cancelled, today's included
    sessions: int  # not cancelled
    cancelled: bool

    @property
    def free(self) -> int:
        return max(0, self.capacity - self.registered)


@dataclass(frozen=True)
class SignupView:
    id: int
    person_id: int
    dwelling_id: int
    name: str
    landlord_ref: str
    status: SignupStatus
    rank: int  # on the waiting list: 1, 2...; else 0
    created_at: datetime
    promoted_at: datetime | None
    present_at: frozenset[int]  # the sessions where the person was there


@dataclass(frozen=True)
class WorkshopDetail:
    workshop: WorkshopRow
    sessions: tuple[SessionView, ...]
    registered: tuple[SignupView, ...]  # in sign-up order
    waiting: tuple[SignupView, ...]  # in order: the first moves up first
    called_off: tuple[SignupView, ...]  # a cancelled workshop's people, to be told

    def today(self, day: date) -> SessionView | None:
        """The session held that day (the first not cancelled), if any."""
        return next((s for s in self.sessions
                     if s.starts_at.date() == day and not s.cancelled), None)


@dataclass(frozen=True)
class SignedUp:
    signup_id: int
    workshop_id: int
    person_id: int
    name: str
    status: SignupStatus
    rank: int  # on the waiting list; 0 when registered
    code: str  # 14 digits
    document_id: int  # the slip, stored in the same transaction


@dataclass(frozen=True)
class MovedUp:
    signup_id: int
    person_id: int
    name: str
    landlord_ref: str


@dataclass(frozen=True)
class SignupCancelled:
    signup_id: int
    was: SignupStatus
    moved_up: MovedUp | None  # the first waiting person, registered now


@dataclass(frozen=True)
class WorkshopCheckIn:
    signup_id: int
    workshop_id: int
    session_id: int
    person_id: int
    dwelling_id: int
    name: str
    title: str
    starts_at: datetime
    visit_id: int


@dataclass(frozen=True)
class Member:
    person_id: int
    name: str


# --- helpers --------------------------------------------------------------------


def _holidays(years: range) -> dict[date, str]:
    import holidays

    return dict(holidays.country_holidays("FR", years=list(years), language="fr"))


def _text(text: str, limit: int, missing: str | None, too_long: str) -> str:
    value = clean(text or "")
    if missing and not value:
        raise WorkshopRefused(missing)
    if len(value) > limit:
        raise WorkshopRefused(too_long, str(limit))
    return value


def _reason(text: str) -> str:
    value = (text or "").strip()
    if not value:
        raise WorkshopRefused("reason_missing")
    if len(value) > MAX_REASON:
        raise WorkshopRefused("reason_too_long", str(MAX_REASON))
    return value


def _workshop(s: Session, workshop_id: int) -> Workshop:
    workshop = s.get(Workshop, workshop_id)
    if workshop is None:
        raise WorkshopRefused("unknown_workshop")
    return workshop


def _signup(s: Session, signup_id: int) -> WorkshopSignup:
    signup = s.get(WorkshopSignup, signup_id)
    if signup is None:
        raise WorkshopRefused("unknown_signup")
    return signup


def _sessions(s: Session, workshop_id: int) -> list[WorkshopSession]:
    return list(s.scalars(select(WorkshopSession).where(
        WorkshopSession.workshop_id == workshop_id)
        .order_by(WorkshopSession.starts_at, WorkshopSession.id)))


def _registered_count(s: Session, workshop_id: int) -> int:
    return s.scalar(select(func.count()).select_from(WorkshopSignup).where(
        WorkshopSignup.workshop_id == workshop_id, WorkshopSignup.status == REGISTERED)) or 0


def _waiting(s: Session, workshop_id: int) -> list[WorkshopSignup]:
    return list(s.scalars(select(WorkshopSignup).where(
        WorkshopSignup.workshop_id == workshop_id, WorkshopSignup.status == WAITING)
        .order_by(WorkshopSignup.created_at, WorkshopSignup.id)))


def _rank(s: Session, signup: WorkshopSignup) -> int:
    if signup.status != WAITING:
        return 0
    return 1 + next(n for n, other in enumerate(_waiting(s, signup.workshop_id))
                    if other.id == signup.id)


def _name(person: Person | None) -> str:
    return display_name(person.family_name, person.given_name) if person else ""


def _new_code(s: Session) -> str:
    while True:  # 10^13 codes: a second draw is already unlikely
        code = workshop_code.new_code()
        if s.scalar(select(WorkshopSignup.id).where(WorkshopSignup.code == code)) is None:
            return code


def _over(sessions: list[WorkshopSession], now: datetime) -> bool:
    """Every session held (or cancelled): nobody signs up any more."""
    live = [x for x in sessions if x.cancelled_at is None]
    return not live or live[-1].ends_at <= now


def _move_up_first(uow: UnitOfWork, workshop: Workshop) -> MovedUp | None:
    """The first waiting person takes the place freed (inside the act's unit of work)."""
    s = uow.session
    if workshop.cancelled_at is not None or _registered_count(s, workshop.id) >= workshop.capacity:
        return None
    waiting = _waiting(s, workshop.id)
    if not waiting:
        return None
    first = waiting[0]
    first.status = REGISTERED
    first.promoted_at = uow.now
    s.flush()
    uow.audit("workshop_signup_moved_up", "workshop_signup", first.id,
              workshop_id=workshop.id, person_id=first.person_id)
    person = s.get(Person, first.person_id)
    dwelling = s.get(Dwelling, person.dwelling_id) if person else None
    return MovedUp(first.id, first.person_id, _name(person),
                   dwelling.landlord_ref if dwelling else "")


def _row(s: Session, workshop: Workshop, now: datetime,
         topics: dict[int, str] | None = None) -> WorkshopRow:
    sessions = [x for x in _sessions(s, workshop.id) if x.cancelled_at is None]
    today = datetime.combine(now.date(), time())
    counts = dict(s.execute(select(WorkshopSignup.status, func.count()).where(
        WorkshopSignup.workshop_id == workshop.id).group_by(WorkshopSignup.status)).all())
    if topics is None:
        topics = {t.id: t.label for t in s.scalars(select(Topic))}
    return WorkshopRow(
        id=workshop.id, title=workshop.title, topic=topics.get(workshop.topic_id or 0, ""),
        place=workshop.place, capacity=workshop.capacity, facilitator=workshop.facilitator,
        registered=counts.get(REGISTERED, 0), waiting=counts.get(WAITING, 0),
        first_start=sessions[0].starts_at if sessions else None,
        last_start=sessions[-1].starts_at if sessions else None,
        next_start=next((x.starts_at for x in sessions if x.starts_at >= today), None),
        sessions=len(sessions), cancelled=workshop.cancelled_at is not None)


# --- workshops --------------------------------------------------------------------


def topics(db: Database, actor: Actor) -> list[TopicChoice]:
    """The themes a workshop may have (the needs survey's topics, not retired)."""
    require(actor, Permission.MANAGE_WORKSHOPS)
    with db.read() as s:
        return [TopicChoice(t.id, t.label) for t in s.scalars(
            select(Topic).where(Topic.retired_at.is_(None)).order_by(Topic.position, Topic.id))]


def create_workshop(db: Database, actor: Actor, title: str, place: str, capacity: int,
                    first_start: datetime, ends: time, sessions: int = 1,
                    topic_id: int | None = None, facilitator: str = "") -> WorkshopCreated:
    """One session, or `sessions` sessions a week apart from `first_start`
    (same wall-clock times). A week on a French public holiday is skipped —
    the series goes on the week after, and says which were skipped; a
    one-off session on a holiday is refused."""
    title = _text(title, MAX_TITLE, "title_missing", "title_too_long")
    place = _text(place, MAX_PLACE, "place_missing", "place_too_long")
    facilitator = _text(facilitator, MAX_FACILITATOR, None, "facilitator_too_long")
    if not 1 <= capacity <= MAX_CAPACITY:
        raise WorkshopRefused("capacity_invalid", str(MAX_CAPACITY))
    if not 1 <= sessions <= MAX_SESSIONS:
        raise WorkshopRefused("sessions_invalid", str(MAX_SESSIONS))
    first_start = first_start.replace(second=0, microsecond=0)
    length = datetime.combine(first_start.date(), ends) - first_start
    if not timedelta(minutes=15) <= length <= timedelta(hours=MAX_HOURS):
        raise WorkshopRefused("times_invalid", str(MAX_HOURS))
    holidays = _holidays(range(first_start.year, first_start.year + 2))
    starts: list[datetime] = []
    skipped: list[Skipped] = []
    start = first_start
    while len(starts) < sessions:
        holiday = holidays.get(start.date())
        if holiday and sessions == 1:
            raise WorkshopRefused("holiday", holiday, start)
        if holiday:
            skipped.append(Skipped(start, holiday))
        else:
            starts.append(start)
        start += timedelta(weeks=1)
    with unit_of_work(db, actor, Permission.MANAGE_WORKSHOPS) as uow:
        s = uow.session
        if first_start < uow.now:
            raise WorkshopRefused("start_past", at=first_start)
        if topic_id is not None and s.get(Topic, topic_id) is None:
            raise WorkshopRefused("unknown_topic")
        workshop = Workshop(title=title, topic_id=topic_id, place=place, capacity=capacity,
                            facilitator=facilitator, created_at=uow.now,
                            staff_id=actor.staff_id)
        s.add(workshop)
        s.flush()
        s.add_all(WorkshopSession(workshop_id=workshop.id, starts_at=x, ends_at=x + length)
                  for x in starts)
        s.flush()
        uow.audit("workshop_created", "workshop", workshop.id, sessions=len(starts),
                  capacity=capacity, topic_id=topic_id, skipped_holidays=len(skipped))
        return WorkshopCreated(workshop.id, tuple(starts), tuple(skipped))


def set_capacity(db: Database, actor: Actor, workshop_id: int,
                 capacity: int) -> tuple[MovedUp, ...]:
    """A new capacity, never under the people registered; places added go
    to the waiting list, in order (returned, to be called)."""
    if not 1 <= capacity <= MAX_CAPACITY:
        raise WorkshopRefused("capacity_invalid", str(MAX_CAPACITY))
    with unit_of_work(db, actor, Permission.MANAGE_WORKSHOPS) as uow:
        s = uow.session
        workshop = _workshop(s, workshop_id)
        if workshop.cancelled_at is not None:
            raise WorkshopRefused("workshop_cancelled")
        registered = _registered_count(s, workshop_id)
        if capacity < registered:
            raise WorkshopRefused("capacity_under", str(registered))
        before = workshop.capacity
        workshop.capacity = capacity
        try:
            s.flush()
        except IntegrityError as exc:  # the database's own check
            if "capacity under" in str(exc):
                raise WorkshopRefused("capacity_under", str(registered)) from None
            raise
        uow.audit("workshop_capacity_changed", "workshop", workshop_id, before=before,
                  after=capacity)
        moved: list[MovedUp] = []
        while (up := _move_up_first(uow, workshop)) is not None:
            moved.append(up)
        return tuple(moved)


def cancel_workshop(db: Database, actor: Actor, workshop_id: int, reason: str) -> int:
    """The workshop is cancelled with its sign-ups (the reason is kept on
    each, not in the audit log); returns how many people are to be told."""
    reason = _reason(reason)
    with unit_of_work(db, actor, Permission.MANAGE_WORKSHOPS) as uow:
        s = uow.session
        workshop = _workshop(s, workshop_id)
        if workshop.cancelled_at is not None:
            raise WorkshopRefused("workshop_cancelled")
        signups = list(s.scalars(select(WorkshopSignup).where(
            WorkshopSignup.workshop_id == workshop_id, WorkshopSignup.status != CANCELLED)))
        for signup in signups:
            signup.status = CANCELLED
            signup.cancelled_at = uow.now
            signup.cancel_reason = reason
        workshop.cancelled_at = uow.now
        uow.audit("workshop_cancelled", "workshop", workshop_id, signups=len(signups))
        return len(signups)


def cancel_session(db: Database, actor: Actor, session_id: int) -> None:
    """One session of a series is not held (the others are)."""
    with unit_of_work(db, actor, Permission.MANAGE_WORKSHOPS) as uow:
        s = uow.session
        session = s.get(WorkshopSession, session_id)
        if session is None:
            raise WorkshopRefused("unknown_session")
        if session.cancelled_at is not None:
            raise WorkshopRefused("session_cancelled", at=session.starts_at)
        if s.scalar(select(WorkshopAttendance.id).where(
                WorkshopAttendance.session_id == session_id).limit(1)) is not None:
            raise WorkshopRefused("session_attended", at=session.starts_at)
        session.cancelled_at = uow.now
        uow.audit("workshop_session_cancelled", "workshop", session.workshop_id,
                  session_id=session_id)


def list_workshops(db: Database, actor: Actor, past: bool = False) -> list[WorkshopRow]:
    """Upcoming (a session today or later; the next first) or past (the
    latest first) workshops, cancelled ones included."""
    require(actor, Permission.MANAGE_WORKSHOPS)
    now = clock.now()
    today = datetime.combine(now.date(), time())
    with db.read() as s:
        topic_labels = {t.id: t.label for t in s.scalars(select(Topic))}
        rows = [_row(s, w, now, topic_labels) for w in s.scalars(select(Workshop))]
    if past:
        chosen = [r for r in rows if r.next_start is None]
        return sorted(chosen, key=lambda r: (r.last_start or datetime.min, r.id), reverse=True)
    chosen = [r for r in rows if r.next_start is not None]
    return sorted(chosen, key=lambda r: (r.cancelled, r.next_start or today, r.id))


def _view(s: Session, signup: WorkshopSignup, rank: int,
          present: dict[int, set[int]]) -> SignupView:
    person = s.get(Person, signup.person_id)
    dwelling = s.get(Dwelling, person.dwelling_id) if person else None
    return SignupView(id=signup.id, person_id=signup.person_id,
                      dwelling_id=dwelling.id if dwelling else 0, name=_name(person),
                      landlord_ref=dwelling.landlord_ref if dwelling else "",
                      status=SignupStatus(signup.status), rank=rank,
                      created_at=signup.created_at, promoted_at=signup.promoted_at,
                      present_at=frozenset(present.get(signup.id, ())))


def detail(db: Database, actor: Actor, workshop_id: int) -> WorkshopDetail:
    """The workshop, its sessions with their attendance, its registered
    people in sign-up order and its waiting list in order."""
    require(actor, Permission.MANAGE_WORKSHOPS)
    now = clock.now()
    with db.read() as s:
        workshop = _workshop(s, workshop_id)
        sessions = _sessions(s, workshop_id)
        present: dict[int, set[int]] = {}
        for signup_id, session_id in s.execute(
                select(WorkshopAttendance.signup_id, WorkshopAttendance.session_id)
                .join(WorkshopSession, WorkshopAttendance.session_id == WorkshopSession.id)
                .where(WorkshopSession.workshop_id == workshop_id)):
            present.setdefault(signup_id, set()).add(session_id)
        signups = list(s.scalars(select(WorkshopSignup).where(
            WorkshopSignup.workshop_id == workshop_id)
            .order_by(WorkshopSignup.created_at, WorkshopSignup.id)))
        registered = tuple(_view(s, x, 0, present) for x in signups if x.status == REGISTERED)
        waiting = tuple(_view(s, x, n, present) for n, x in enumerate(
            (x for x in signups if x.status == WAITING), start=1))
        called_off = tuple(_view(s, x, 0, present) for x in signups
                           if x.status == CANCELLED and workshop.cancelled_at is not None
                           and x.cancelled_at == workshop.cancelled_at)
        views = tuple(SessionView(x.id, x.starts_at, x.ends_at, x.cancelled_at is not None,
                                  sum(1 for p in present.values() if x.id in p))
                      for x in sessions)
        return WorkshopDetail(_row(s, workshop, now), views, registered, waiting, called_off)


def members(db: Database, actor: Actor, dwelling_id: int) -> list[Member]:
    """The household's people who may sign up (on the roster first)."""
    require(actor, Permission.MANAGE_WORKSHOPS)
    with db.read() as s:
        return [Member(p.id, _name(p)) for p in s.scalars(
            select(Person).where(Person.dwelling_id == dwelling_id,
                                 Person.anonymised_at.is_(None), Person.family_name != "")
            .order_by(Person.on_roster.desc(), Person.id))]


# --- sign-ups -----------------------------------------------------------------------


def _slip(s: Session, signup: WorkshopSignup, rank: int) -> SlipDoc:
    workshop = s.get(Workshop, signup.workshop_id)
    person = s.get(Person, signup.person_id)
    dwelling = s.get(Dwelling, person.dwelling_id)
    starts = tuple(x.starts_at for x in _sessions(s, workshop.id) if x.cancelled_at is None)
    title = workshop.title + (f" — avec {workshop.facilitator}" if workshop.facilitator else "")
    return SlipDoc(qr_payload=signup.code, starts_at=starts[0] if starts else signup.created_at,
                   place=workshop.place, purpose=title, household=_name(person),
                   landlord_ref=dwelling.landlord_ref, code=signup.code,
                   heading=SLIP_HEADING, sessions=starts,
                   standing=SLIP_WAITING.format(rank=f"{rank}e" if rank > 1 else "1re")
                   if rank else "")


def sign_up(db: Database, actor: Actor, workshop_id: int, person_id: int) -> SignedUp:
    """A person into a workshop (all its sessions): registered if a place is
    left, else on the waiting list; the slip (its 14-digit code in a QR code)
    is stored with the sign-up. Refused: a cancelled or finished workshop, a
    person signed up already (registered or waiting)."""
    with unit_of_work(db, actor, Permission.MANAGE_WORKSHOPS) as uow:
        s = uow.session
        workshop = _workshop(s, workshop_id)
        person = s.get(Person, person_id)
        if person is None or person.anonymised_at is not None:
            raise WorkshopRefused("unknown_person")
        if workshop.cancelled_at is not None:
            raise WorkshopRefused("workshop_cancelled")
        if _over(_sessions(s, workshop_id), uow.now):
            raise WorkshopRefused("workshop_over")
        already = s.scalar(select(WorkshopSignup).where(
            WorkshopSignup.workshop_id == workshop_id, WorkshopSignup.person_id == person_id,
            WorkshopSignup.status != CANCELLED))
        if already is not None:
            if already.status == REGISTERED:
                raise WorkshopRefused("already_registered")
            raise WorkshopRefused("already_waiting", str(_rank(s, already)))
        status = REGISTERED if _registered_count(s, workshop_id) < workshop.capacity \
            else WAITING
        signup = WorkshopSignup(workshop_id=workshop_id, person_id=person_id, status=status,
                                code=_new_code(s), created_at=uow.now, staff_id=actor.staff_id)
        try:
            with s.begin_nested():  # the database's own check: another counter, same moment
                s.add(signup)
                s.flush()
        except IntegrityError as exc:
            if "workshop full" not in str(exc):
                raise
            signup = WorkshopSignup(workshop_id=workshop_id, person_id=person_id,
                                    status=WAITING, code=_new_code(s), created_at=uow.now,
                                    staff_id=actor.staff_id)
            s.add(signup)
            s.flush()
        rank = _rank(s, signup)
        uow.audit("workshop_signed_up", "workshop_signup", signup.id, workshop_id=workshop_id,
                  person_id=person_id, dwelling_id=person.dwelling_id, status=signup.status,
                  rank=rank)
        document_id = documents.store(uow, _slip(s, signup, rank))
        return SignedUp(signup.id, workshop_id, person_id, _name(person),
                        SignupStatus(signup.status), rank, signup.code, document_id)


def cancel_signup(db: Database, actor: Actor, signup_id: int, reason: str) -> SignupCancelled:
    """A sign-up cancelled with why (kept on the sign-up, never in the audit
    log); the place it frees goes to the first waiting person in the same
    transaction (returned, to be called)."""
    reason = _reason(reason)
    with unit_of_work(db, actor, Permission.MANAGE_WORKSHOPS) as uow:
        s = uow.session
        signup = _signup(s, signup_id)
        if signup.status == CANCELLED:
            raise WorkshopRefused("not_active")
        was = SignupStatus(signup.status)
        signup.status = CANCELLED
        signup.cancelled_at = uow.now
        signup.cancel_reason = reason
        s.flush()
        uow.audit("workshop_signup_cancelled", "workshop_signup", signup_id,
                  workshop_id=signup.workshop_id, person_id=signup.person_id, was=was.value)
        workshop = s.get(Workshop, signup.workshop_id)
        moved = None
        if was == SignupStatus.REGISTERED and not _over(_sessions(s, workshop.id), uow.now):
            moved = _move_up_first(uow, workshop)
        return SignupCancelled(signup_id, was, moved)


def slip_of(db: Database, actor: Actor, signup_id: int) -> SlipDoc:
    """The sign-up's slip as it stands now (a person moved up is registered
    on it), to store and print again."""
    require(actor, Permission.MANAGE_WORKSHOPS)
    with db.read() as s:
        signup = _signup(s, signup_id)
        if signup.status == CANCELLED:
            raise WorkshopRefused("not_active")
        return _slip(s, signup, _rank(s, signup))


def reprint_slip(db: Database, actor: Actor, signup_id: int) -> int:
    """The slip stored again, as it stands now; returns the document to print."""
    with unit_of_work(db, actor, Permission.MANAGE_WORKSHOPS) as uow:
        s = uow.session
        signup = _signup(s, signup_id)
        if signup.status == CANCELLED:
            raise WorkshopRefused("not_active")
        return documents.store(uow, _slip(s, signup, _rank(s, signup)))


# --- attendance ---------------------------------------------------------------------


def set_present(db: Database, actor: Actor, session_id: int, signup_id: int,
                present: bool) -> bool:
    """Tick (or untick) a registered person at a session of today (people
    come early: from the start of its day, as a scanned slip does) or of an
    earlier day. Returns whether anything changed."""
    with unit_of_work(db, actor, Permission.MANAGE_WORKSHOPS) as uow:
        s = uow.session
        session = s.get(WorkshopSession, session_id)
        if session is None:
            raise WorkshopRefused("unknown_session")
        signup = _signup(s, signup_id)
        if signup.workshop_id != session.workshop_id:
            raise WorkshopRefused("unknown_signup")
        if session.cancelled_at is not None:
            raise WorkshopRefused("session_cancelled", at=session.starts_at)
        if session.starts_at.date() > uow.now.date():
            raise WorkshopRefused("not_held_yet", at=session.starts_at)
        row = s.scalar(select(WorkshopAttendance).where(
            WorkshopAttendance.session_id == session_id,
            WorkshopAttendance.signup_id == signup_id))
        if present:
            if row is not None:
                return False
            if signup.status != REGISTERED:
                raise WorkshopRefused("not_registered")
            row = WorkshopAttendance(session_id=session_id, signup_id=signup_id,
                                     recorded_at=uow.now, staff_id=actor.staff_id)
            s.add(row)
            s.flush()
            uow.audit("workshop_attended", "workshop_attendance", row.id,
                      session_id=session_id, signup_id=signup_id, scanned=False)
            return True
        if row is None:
            return False
        s.delete(row)
        uow.audit("workshop_attendance_removed", "workshop_attendance", row.id,
                  session_id=session_id, signup_id=signup_id)
        return True


def find_by_code(text: str) -> str:
    """The 14 digits of a scanned or typed slip, or a refusal before any look-up."""
    code = workshop_code.normalise(text)
    if not workshop_code.looks_like_code(code):
        raise WorkshopRefused("code_unknown")
    if not workshop_code.is_valid(code):
        raise WorkshopRefused("code_mistyped")
    return code


def check_in_by_code(db: Database, actor: Actor, code: str) -> WorkshopCheckIn:
    """A workshop slip scanned (at the Ateliers desk or at Accueil): the
    person is present at today's session and the household checked in at
    the counter (reason: workshop), in one transaction. A mistyped or
    unknown code, a cancelled sign-up or workshop, a person still on the
    waiting list, no session today, or a presence already recorded is
    refused and nothing is written."""
    code = find_by_code(code)
    with unit_of_work(db, actor, Permission.CHECK_IN) as uow:
        s = uow.session
        signup = s.scalar(select(WorkshopSignup).where(WorkshopSignup.code == code))
        if signup is None:
            raise WorkshopRefused("code_unknown")
        workshop = s.get(Workshop, signup.workshop_id)
        if workshop.cancelled_at is not None:
            raise WorkshopRefused("workshop_cancelled")
        if signup.status == CANCELLED:
            raise WorkshopRefused("signup_cancelled")
        if signup.status == WAITING:
            raise WorkshopRefused("waiting", str(_rank(s, signup)))
        day = uow.now.date()
        sessions = [x for x in _sessions(s, workshop.id) if x.cancelled_at is None]
        todays = [x for x in sessions if x.starts_at.date() == day]
        if not todays:
            later = next((x.starts_at for x in sessions if x.starts_at.date() > day), None)
            raise WorkshopRefused("no_session_today", at=later)
        # two sessions the same day: the one not over yet, else the last
        session = next((x for x in todays if x.ends_at > uow.now), todays[-1])
        recorded = s.scalar(select(WorkshopAttendance.recorded_at).where(
            WorkshopAttendance.session_id == session.id,
            WorkshopAttendance.signup_id == signup.id))
        if recorded is not None:
            raise WorkshopRefused("already_recorded", at=recorded)
        person = s.get(Person, signup.person_id)
        attendance = WorkshopAttendance(session_id=session.id, signup_id=signup.id,
                                        recorded_at=uow.now, staff_id=actor.staff_id)
        s.add(attendance)
        s.flush()
        start = datetime.combine(day, time())
        reason = VisitReason.WORKSHOP.value
        visit = s.scalar(select(Visit).where(  # checked in by name already: that visit
            Visit.dwelling_id == person.dwelling_id, Visit.reason == reason,
            Visit.arrived_at >= start, Visit.arrived_at < start + timedelta(days=1),
            Visit.cancelled_at.is_(None), Visit.served_at.is_(None)))
        if visit is None:
            visit = Visit(dwelling_id=person.dwelling_id, person_id=person.id, reason=reason,
                          note="", arrived_at=uow.now, staff_id=actor.staff_id)
            s.add(visit)
            s.flush()
            uow.audit("visit_recorded", "visit", visit.id, reason=reason,
                      dwelling_id=person.dwelling_id, anonymous=False, signup_id=signup.id)
        s.get(Dwelling, person.dwelling_id).last_contact_at = uow.now
        uow.audit("workshop_attended", "workshop_attendance", attendance.id,
                  session_id=session.id, signup_id=signup.id, scanned=True, visit_id=visit.id)
        return WorkshopCheckIn(signup.id, workshop.id, session.id, person.id,
                               person.dwelling_id, _name(person), workshop.title,
                               session.starts_at, visit.id)


def attendance_sheet(db: Database, actor: Actor, workshop_id: int,
                     session_id: int | None = None) -> AttendanceSheetDoc:
    """The sheet to sign, for one session or every session of the series
    not cancelled: the registered people, in sign-up order."""
    require(actor, Permission.MANAGE_WORKSHOPS)
    with db.read() as s:
        workshop = _workshop(s, workshop_id)
        sessions = [x for x in _sessions(s, workshop_id) if x.cancelled_at is None]
        if session_id is not None:
            sessions = [x for x in sessions if x.id == session_id]
            if not sessions:
                raise WorkshopRefused("unknown_session")
        people = tuple(_name(s.get(Person, x.person_id)) for x in s.scalars(
            select(WorkshopSignup).where(WorkshopSignup.workshop_id == workshop_id,
                                         WorkshopSignup.status == REGISTERED)
            .order_by(WorkshopSignup.created_at, WorkshopSignup.id)))
        return AttendanceSheetDoc(workshop.title, workshop.place, workshop.facilitator,
                                  tuple((x.starts_at, x.ends_at) for x in sessions), people)
