"""The programme report (« bilan »): what the centre did over a period, for
one sector or all of them, as figures (this module), a PDF and a CSV
(app/documents/report.py). Coordinator only (Permission.VIEW_REPORT).

What each figure counts, over the period [start, end] (whole days):

- dwellings: on the roster today, per sector (dwelling → building → sector);
- equipped: dwellings on the roster with an active decoder at the end of the
  period (a handout begun by then and not ended by then; a handout cancelled
  as a mistake never counts); uptake = equipped / dwellings;
- handed out: first handouts made in the period (a replacement is counted
  apart, a cancelled handout not at all); returned: decoders brought back;
- computers sold: sales of the period not cancelled, by price tier;
- polls: polls closed in the period, with their counted results;
- workshops held: sessions begun in the period and by now, neither the
  session nor its workshop cancelled; attendances at those sessions, people
  trained (distinct people with at least one), Visa Internet certificates
  issued in the period;
- help sessions: visits of the period with the reason help_session (an
  attended help appointment records such a visit at check-in: counting the
  visits counts each help once);
- appointments kept and missed, by kind, for slots of the period;
- needs: people per topic, needs recorded in the period;
- uptake over time: equipped dwellings at the end of each month.

Workshops, certificates and needs belong to the centre; with one sector
chosen, they count the people of that sector's dwellings (sessions held stay
the centre's).
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from fractions import Fraction

from sqlalchemy import and_, func, or_, select

from app.domain import clock
from app.domain.enums import AppointmentStatus, HandoutEnd, PollState, VisitReason
from app.domain.errors import ReportRefused
from app.domain.results import PollResults
from app.domain.roles import Permission
from app.services.context import Actor, require
from db.engine import Database
from db.models import (
    Appointment,
    AppointmentSlot,
    Building,
    Centre,
    Dwelling,
    Handout,
    Person,
    PersonNeed,
    Poll,
    Sale,
    Sector,
    Topic,
    VisaCertificate,
    Visit,
    Workshop,
    WorkshopAttendance,
    WorkshopSession,
    WorkshopSignup,
)


@dataclass(frozen=True)
class SectorFigures:
    """One sector's figures, or the total (sector_id None)."""

    sector_id: int | None
    name: str
    dwellings: int = 0
    equipped: int = 0  # at the end of the period
    handed_out: int = 0
    replaced: int = 0
    returned: int = 0
    computers_sold: int = 0
    polls_closed: int = 0
    help_sessions: int = 0

    @property
    def uptake(self) -> Fraction | None:
        return Fraction(self.equipped, self.dwellings) if self.dwellings else None


@dataclass(frozen=True)
class PollFigures:
    poll_id: int
    sector: str
    question: str
    closed_on: date
    eligible: int
    counted: bool
    for_: int = 0
    against: int = 0
    blank: int = 0
    spoiled: int = 0
    adopted: bool | None = None  # None until counted

    @property
    def took_part(self) -> int:
        return self.for_ + self.against + self.blank + self.spoiled

    @property
    def turnout(self) -> Fraction:
        return Fraction(self.took_part, self.eligible) if self.eligible else Fraction(0)


@dataclass(frozen=True)
class PriceTier:
    price_cents: int
    sold: int


@dataclass(frozen=True)
class AppointmentFigures:
    kind: str  # AppointmentKind's value
    kept: int
    missed: int


@dataclass(frozen=True)
class NeedFigures:
    topic: str
    people: int


@dataclass(frozen=True)
class MonthFigures:
    month: date  # its first day
    equipped: int  # at the end of the month (or of the period, if sooner)


@dataclass(frozen=True)
class ProgrammeReport:
    centre: str
    start: date
    end: date
    sector_id: int | None
    sector_name: str | None  # None: every sector
    sectors: tuple[SectorFigures, ...]
    total: SectorFigures
    polls: tuple[PollFigures, ...]
    computers_by_price: tuple[PriceTier, ...]
    workshops_held: int
    attendances: int
    people_trained: int
    certificates: int
    appointments: tuple[AppointmentFigures, ...]
    needs: tuple[NeedFigures, ...]
    months: tuple[MonthFigures, ...]
    empty: bool  # nothing happened in the period: « Aucune activité sur cette période »

    @property
    def appointments_kept(self) -> int:
        return sum(a.kept for a in self.appointments)

    @property
    def appointments_missed(self) -> int:
        return sum(a.missed for a in self.appointments)


def _bounds(start: date, end: date) -> tuple[datetime, datetime]:
    if end < start:
        raise ReportRefused("period_order", f"{start.isoformat()}/{end.isoformat()}")
    return datetime.combine(start, time()), datetime.combine(end + timedelta(days=1), time())


def _months(start: date, end: date) -> list[tuple[date, datetime]]:
    """(first day of the month, the instant the month's count is taken)."""
    out = []
    first = start.replace(day=1)
    while first <= end:
        following = (first + timedelta(days=32)).replace(day=1)
        last = min(following - timedelta(days=1), end)
        out.append((first, datetime.combine(last + timedelta(days=1), time())))
        first = following
    return out


def sectors(db: Database, actor: Actor) -> list[tuple[int, str]]:
    """The sectors to choose from, by name."""
    require(actor, Permission.VIEW_REPORT)
    with db.read() as s:
        return [(row.id, row.name) for row in
                s.execute(select(Sector.id, Sector.name).order_by(Sector.name))]


def programme_report(db: Database, actor: Actor, start: date, end: date,
                     sector_id: int | None = None) -> ProgrammeReport:
    require(actor, Permission.VIEW_REPORT)
    since, until = _bounds(start, end)
    held_until = min(until, clock.now())
    with db.read() as s:
        centre = s.get(Centre, 1)
        all_sectors = s.execute(select(Sector.id, Sector.name).order_by(Sector.name)).all()
        if sector_id is not None and sector_id not in {row.id for row in all_sectors}:
            raise ReportRefused("unknown_sector", str(sector_id))
        chosen = [row for row in all_sectors if sector_id is None or row.id == sector_id]
        chosen_ids = [row.id for row in chosen]
        in_sector = Building.sector_id.in_(chosen_ids)

        def per_sector(query) -> dict[int, int]:  # type: ignore[no-untyped-def]
            return {sid: count for sid, count in s.execute(query)}

        dwellings = per_sector(
            select(Building.sector_id, func.count(Dwelling.id))
            .join(Building, Dwelling.building_id == Building.id)
            .where(Dwelling.on_roster.is_(True), in_sector).group_by(Building.sector_id))

        # every handout that ever counted (cancelled ones never happened), up to the end
        handouts = s.execute(
            select(Handout.dwelling_id, Building.sector_id, Handout.handed_at, Handout.ended_at,
                   Handout.end_reason, Handout.replaces_id, Dwelling.on_roster)
            .join(Dwelling, Handout.dwelling_id == Dwelling.id)
            .join(Building, Dwelling.building_id == Building.id)
            .where(in_sector, Handout.handed_at < until,
                   or_(Handout.end_reason.is_(None),
                       Handout.end_reason != HandoutEnd.CANCELLED.value))).all()

        def equipped_at(instant: datetime) -> dict[int, set[int]]:
            found: dict[int, set[int]] = defaultdict(set)
            for h in handouts:
                if h.on_roster and h.handed_at < instant and (
                        h.ended_at is None or h.ended_at >= instant):
                    found[h.sector_id].add(h.dwelling_id)
            return found

        equipped = equipped_at(until)
        handed_out: dict[int, int] = defaultdict(int)
        replaced: dict[int, int] = defaultdict(int)
        returned: dict[int, int] = defaultdict(int)
        for h in handouts:
            if h.handed_at >= since:
                (replaced if h.replaces_id is not None else handed_out)[h.sector_id] += 1
            if h.end_reason == HandoutEnd.RETURNED.value and h.ended_at is not None \
                    and since <= h.ended_at < until:
                returned[h.sector_id] += 1
        # month by month: a dwelling has one active decoder at most (the database
        # keeps it so), so the dwellings equipped at an instant are the handouts
        # begun before it less those ended before it (an end follows its start)
        counted = [h for h in handouts if h.on_roster]
        begun = sorted(h.handed_at for h in counted)
        ended = sorted(h.ended_at for h in counted if h.ended_at is not None)
        today = clock.now().date()  # the months to come have no figure yet
        months = tuple(
            MonthFigures(first, bisect_left(begun, instant) - bisect_left(ended, instant))
            for first, instant in _months(start, min(end, today)) if first <= today)

        sales = s.execute(
            select(Building.sector_id, Sale.amount_cents, func.count(Sale.id))
            .join(Dwelling, Sale.dwelling_id == Dwelling.id)
            .join(Building, Dwelling.building_id == Building.id)
            .where(in_sector, Sale.cancelled_at.is_(None), Sale.sold_at >= since,
                   Sale.sold_at < until)
            .group_by(Building.sector_id, Sale.amount_cents)).all()
        sold: dict[int, int] = defaultdict(int)
        tiers: dict[int, int] = defaultdict(int)
        for sid, price, count in sales:
            sold[sid] += count
            tiers[price] += count

        names = {row.id: row.name for row in all_sectors}
        polls = []
        polls_closed: dict[int, int] = defaultdict(int)
        for poll in s.scalars(select(Poll).where(
                Poll.sector_id.in_(chosen_ids), Poll.state == PollState.CLOSED.value,
                Poll.closed_at >= since, Poll.closed_at < until).order_by(Poll.closed_at)):
            polls_closed[poll.sector_id] += 1
            counted = poll.counted_at is not None
            figures = dict(for_=poll.for_count or 0, against=poll.against_count or 0,
                           blank=poll.blank_count or 0, spoiled=poll.spoiled_count or 0)
            adopted = None
            if counted:
                took = sum(figures.values())
                adopted = PollResults(eligible=max(poll.eligible_count or 0, took),
                                      took_part=took, quorum_percent=poll.quorum_percent,
                                      **figures).adopted
            polls.append(PollFigures(poll.id, names[poll.sector_id], poll.question,
                                     poll.closed_at.date(), poll.eligible_count or 0, counted,
                                     adopted=adopted, **figures))

        visit_in_period = and_(Visit.reason == VisitReason.HELP_SESSION.value,
                               Visit.cancelled_at.is_(None), Visit.arrived_at >= since,
                               Visit.arrived_at < until)
        help_by_sector = per_sector(
            select(Building.sector_id, func.count(Visit.id))
            .join(Dwelling, Visit.dwelling_id == Dwelling.id)
            .join(Building, Dwelling.building_id == Building.id)
            .where(visit_in_period, in_sector).group_by(Building.sector_id))
        if sector_id is None:  # anonymous walk-ins too: the centre's total
            help_total = s.scalar(select(func.count(Visit.id)).where(visit_in_period)) or 0
        else:
            help_total = sum(help_by_sector.values())

        # the people of the chosen sector (None: everyone, with or without a dwelling)
        def of_people(query, person_column):  # type: ignore[no-untyped-def]
            if sector_id is None:
                return query
            return (query.join(Person, person_column == Person.id)
                    .join(Dwelling, Person.dwelling_id == Dwelling.id)
                    .join(Building, Dwelling.building_id == Building.id).where(in_sector))

        sessions_held = and_(WorkshopSession.cancelled_at.is_(None),
                             Workshop.cancelled_at.is_(None),
                             WorkshopSession.starts_at >= since,
                             WorkshopSession.starts_at < held_until)
        workshops_held = s.scalar(
            select(func.count(WorkshopSession.id))
            .join(Workshop, WorkshopSession.workshop_id == Workshop.id)
            .where(sessions_held)) or 0
        attended = of_people(
            select(func.count(WorkshopAttendance.id),
                   func.count(func.distinct(WorkshopSignup.person_id)))
            .join(WorkshopSession, WorkshopAttendance.session_id == WorkshopSession.id)
            .join(Workshop, WorkshopSession.workshop_id == Workshop.id)
            .join(WorkshopSignup, WorkshopAttendance.signup_id == WorkshopSignup.id)
            .where(sessions_held), WorkshopSignup.person_id)
        attendances, people_trained = s.execute(attended).one()
        certificates = s.scalar(of_people(
            select(func.count(VisaCertificate.id))
            .where(VisaCertificate.issued_on >= start, VisaCertificate.issued_on <= end),
            VisaCertificate.person_id)) or 0

        appointments: dict[str, list[int]] = {}
        for kind, status, count in s.execute(
                select(AppointmentSlot.kind, Appointment.status, func.count(Appointment.id))
                .join(AppointmentSlot, Appointment.slot_id == AppointmentSlot.id)
                .join(Dwelling, Appointment.dwelling_id == Dwelling.id)
                .join(Building, Dwelling.building_id == Building.id)
                .where(in_sector, AppointmentSlot.starts_at >= since,
                       AppointmentSlot.starts_at < until,
                       Appointment.status.in_((AppointmentStatus.ATTENDED.value,
                                               AppointmentStatus.NO_SHOW.value)))
                .group_by(AppointmentSlot.kind, Appointment.status)):
            pair = appointments.setdefault(kind, [0, 0])
            pair[0 if status == AppointmentStatus.ATTENDED.value else 1] += count

        need_counts = dict(s.execute(of_people(
            select(PersonNeed.topic_id, func.count(func.distinct(PersonNeed.person_id)))
            .where(PersonNeed.recorded_at >= since, PersonNeed.recorded_at < until),
            PersonNeed.person_id).group_by(PersonNeed.topic_id)).all())
        needs = tuple(NeedFigures(topic.label, need_counts.get(topic.id, 0))
                      for topic in s.scalars(select(Topic).order_by(Topic.position, Topic.id))
                      if topic.retired_at is None or need_counts.get(topic.id))

    rows = tuple(SectorFigures(
        sid, name, dwellings=dwellings.get(sid, 0), equipped=len(equipped.get(sid, ())),
        handed_out=handed_out.get(sid, 0), replaced=replaced.get(sid, 0),
        returned=returned.get(sid, 0), computers_sold=sold.get(sid, 0),
        polls_closed=polls_closed.get(sid, 0), help_sessions=help_by_sector.get(sid, 0))
        for sid, name in chosen)
    total = SectorFigures(
        None, "Total", dwellings=sum(r.dwellings for r in rows),
        equipped=sum(r.equipped for r in rows), handed_out=sum(r.handed_out for r in rows),
        replaced=sum(r.replaced for r in rows), returned=sum(r.returned for r in rows),
        computers_sold=sum(r.computers_sold for r in rows),
        polls_closed=sum(r.polls_closed for r in rows), help_sessions=help_total)
    appointment_rows = tuple(AppointmentFigures(kind, kept, missed)
                             for kind, (kept, missed) in sorted(appointments.items()))
    activity = (total.handed_out + total.replaced + total.returned + total.computers_sold
                + total.polls_closed + total.help_sessions + workshops_held + attendances
                + certificates + sum(a.kept + a.missed for a in appointment_rows)
                + sum(n.people for n in needs))
    return ProgrammeReport(
        centre=centre.name if centre else "", start=start, end=end, sector_id=sector_id,
        sector_name=names[sector_id] if sector_id is not None else None,
        sectors=rows, total=total, polls=tuple(polls),
        computers_by_price=tuple(PriceTier(price, count) for price, count in sorted(tiers.items())),
        workshops_held=workshops_held, attendances=attendances or 0,
        people_trained=people_trained or 0, certificates=certificates,
        appointments=appointment_rows, needs=needs, months=months, empty=activity == 0)


def parse_period(text: str) -> tuple[date, date]:
    """« 2026 », « 2026-S1 », « 2026-Q3 », « 2026-01-01:2026-06-30 »; refused
    (ReportRefused "period_unreadable" or "period_order") otherwise."""
    import re

    value = text.strip().upper()
    try:
        if re.fullmatch(r"\d{4}", value):
            year = int(value)
            return date(year, 1, 1), date(year, 12, 31)
        match = re.fullmatch(r"(\d{4})-([SQT])([1-4])", value)
        if match:
            year, kind, number = int(match[1]), match[2], int(match[3])
            months = 6 if kind == "S" else 3
            if number > 12 // months:
                raise ValueError(value)
            first = date(year, (number - 1) * months + 1, 1)
            following = date(year + 1, 1, 1) if number * months == 12 else \
                date(year, number * months + 1, 1)
            return first, following - timedelta(days=1)
        match = re.fullmatch(r"(\d{4}-\d{2}-\d{2}):(\d{4}-\d{2}-\d{2})", value)
        if match:
            start, end = date.fromisoformat(match[1]), date.fromisoformat(match[2])
            _bounds(start, end)
            return start, end
    except ValueError:
        pass
    raise ReportRefused("period_unreadable", text)
