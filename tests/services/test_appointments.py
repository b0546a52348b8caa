"""Appointments (#14) on a real SQLite file: slots and weekly series around a
public holiday, bookings within capacity (even from two processes), moves,
cancellations, no-shows, the check-in by a slip's code with each refusal,
the slip, the agenda read back as iCalendar, and an audit log without names."""

from __future__ import annotations

import json
import multiprocessing
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from stdnum import verhoeff

from app.domain import appointment_code, clock, dwelling_code
from app.domain.enums import AppointmentKind, AppointmentStatus, Role, VisitReason
from app.domain.errors import AppointmentRefused, PermissionDenied
from app.messages import describe
from app.services import accounts, appointments, households, visits
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import Database, open_database
from db.models import Appointment, AppointmentSlot, AuditEntry, Visit
from tests.services.test_polls import roster

DECODER, HELP = AppointmentKind.DECODER_PICKUP, AppointmentKind.HELP_SESSION
PLACE = "Accueil du centre social"
MONDAY = datetime(2026, 11, 2, 8, 0)  # 11 November 2026 is a Wednesday


class Clock:
    def __init__(self, monkeypatch: pytest.MonkeyPatch, now: datetime) -> None:
        self.now = now
        monkeypatch.setattr(clock, "now", lambda: self.now)


@pytest.fixture
def centre(db: Database, coordinator: Actor) -> dict[str, Actor]:
    import_roster(db, coordinator, roster(kerourien=12))
    accounts.create_account(db, coordinator, "Accueil", Role.RECEPTION, "2468")
    accounts.create_account(db, coordinator, "Bénévole", Role.VOLUNTEER, "1357")
    return {"coordinator": coordinator, "reception": accounts.sign_in(db, "Accueil", "2468"),
            "volunteer": accounts.sign_in(db, "Bénévole", "1357")}


@pytest.fixture
def now(monkeypatch: pytest.MonkeyPatch, centre: dict[str, Actor]) -> Clock:
    return Clock(monkeypatch, MONDAY)


def home(db: Database, ref: str) -> int:
    return households.find_by_reference(db, Actor.command_line(), ref)


def refused(call, *args, **kwargs) -> AppointmentRefused:  # type: ignore[no-untyped-def]
    with pytest.raises(AppointmentRefused) as error:
        call(*args, **kwargs)
    return error.value


def one_slot(db: Database, actor: Actor, start: datetime, capacity: int = 2,
             kind: AppointmentKind = DECODER, place: str = PLACE, minutes: int = 30) -> int:
    made = appointments.create_slots(db, actor, kind, place, start, minutes, capacity)
    assert len(made.slot_ids) == 1 and made.skipped == ()
    return made.slot_ids[0]


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Appointment)) or 0,
                s.scalar(select(func.count()).select_from(Visit)) or 0,
                s.scalar(select(func.count()).select_from(AuditEntry)) or 0)


# --- the code ---------------------------------------------------------------------


def test_the_code_is_13_digits_with_a_check_digit_that_catches_swaps() -> None:
    codes = {appointment_code.new_code() for _ in range(200)}
    assert len(codes) == 200
    for code in list(codes)[:40]:
        assert len(code) == 13 and code.isdigit() and appointment_code.is_valid(code)
        assert not dwelling_code.looks_like_code(code)  # never taken for a letter's code
        grouped = appointment_code.grouped(code)
        assert grouped.replace(" ", "") == code and len(grouped.split()) == 4
        assert appointment_code.is_valid(grouped)
        for i in range(12):  # every swap of two neighbouring digits is caught
            if code[i] != code[i + 1]:
                swapped = code[:i] + code[i + 1] + code[i] + code[i + 2:]
                assert not appointment_code.is_valid(swapped), (code, i)
        for i in range(13):  # and every single wrong digit
            wrong = code[:i] + str((int(code[i]) + 3) % 10) + code[i + 1:]
            assert not appointment_code.is_valid(wrong)
    assert not appointment_code.looks_like_code(dwelling_code.new_code())


# --- slots -------------------------------------------------------------------------


def test_a_weekly_series_skips_the_public_holiday_and_a_slot_already_there(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    # a help session already on Wednesday 18 November, 10:15, at the same place
    one_slot(db, reception, datetime(2026, 11, 18, 10, 15), kind=HELP)
    made = appointments.create_slots(db, reception, DECODER, PLACE,
                                     datetime(2026, 11, 4, 10, 0), 60, 3,
                                     weekly_until=date(2026, 12, 30))
    assert made.starts == tuple(datetime(2026, m, d, 10) for m, d in (
        (11, 4), (11, 25), (12, 2), (12, 9), (12, 16), (12, 23), (12, 30)))
    assert [(k.starts_at, k.reason) for k in made.skipped] == [
        (datetime(2026, 11, 11, 10), "holiday"), (datetime(2026, 11, 18, 10), "overlap")]
    assert made.skipped[0].detail == "Armistice"  # its French name, computed by `holidays`
    with db.read() as s:
        series = s.scalars(select(AppointmentSlot).where(
            AppointmentSlot.series_id == made.series_id)).all()
    assert len(series) == 7 and made.series_id == made.slot_ids[0]
    assert {slot.capacity for slot in series} == {3}
    # Christmas (a Friday in 2026) is skipped too, and the week view shows the series
    fridays = appointments.create_slots(db, reception, HELP, "Bureau 2",
                                        datetime(2026, 12, 18, 14), 30, 1,
                                        weekly_until=date(2027, 1, 8))
    assert [k.starts_at.date() for k in fridays.skipped] == [date(2026, 12, 25),
                                                            date(2027, 1, 1)]
    week = appointments.week(db, reception, date(2026, 11, 23))
    assert [(v.starts_at, v.kind, v.capacity, v.booked) for v in week] == [
        (datetime(2026, 11, 25, 10), DECODER, 3, 0)]
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "slots_created")
                          .order_by(AuditEntry.id.desc())).first()
    assert json.loads(entry.details)["skipped_holidays"] == 2


def test_a_one_off_slot_over_another_on_a_holiday_or_past_is_refused(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    coordinator = centre["coordinator"]
    one_slot(db, coordinator, datetime(2026, 11, 5, 9, 0), minutes=60)
    error = refused(appointments.create_slots, db, coordinator, HELP, PLACE,
                    datetime(2026, 11, 5, 9, 45), 30, 1)
    assert error.reason == "overlap" and error.at == datetime(2026, 11, 5, 9)
    assert "09:00" in describe(error)
    one_slot(db, coordinator, datetime(2026, 11, 5, 10, 0))  # right after: fine
    one_slot(db, coordinator, datetime(2026, 11, 5, 9, 30), place="Salle multimédia")
    assert refused(appointments.create_slots, db, coordinator, HELP, PLACE,
                   datetime(2026, 11, 11, 9), 30, 1).reason == "holiday"
    assert refused(appointments.create_slots, db, coordinator, HELP, PLACE,
                   datetime(2026, 11, 1, 9), 30, 1).reason == "slot_past"
    assert refused(appointments.create_slots, db, coordinator, HELP, " ",
                   datetime(2026, 11, 6, 9), 30, 1).reason == "place_missing"
    assert refused(appointments.create_slots, db, coordinator, HELP, PLACE,
                   datetime(2026, 11, 6, 9), 30, 0).reason == "capacity_invalid"
    # the database itself keeps one place's slots apart
    with pytest.raises(IntegrityError, match="overlaps"), db.write() as s:
        s.add(AppointmentSlot(starts_at=datetime(2026, 11, 5, 9, 15),
                              ends_at=datetime(2026, 11, 5, 9, 45), kind="other",
                              capacity=1, place=PLACE))
    with pytest.raises(PermissionDenied):
        appointments.create_slots(db, centre["volunteer"], HELP, PLACE,
                                  datetime(2026, 11, 6, 9), 30, 1)


def test_cancelling_a_slot_cancels_its_bookings(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    slot = one_slot(db, reception, datetime(2026, 11, 6, 9), capacity=3)
    booked = appointments.book(db, reception, slot, home(db, "K1"))
    assert appointments.cancel_slot(db, reception, slot, "fermeture") == 1
    assert refused(appointments.book, db, reception, slot, home(db, "K2")).reason == \
        "slot_cancelled"
    assert refused(appointments.check_in_by_code, db, reception,
                   booked.code).reason == "cancelled"
    assert appointments.day(db, reception, date(2026, 11, 6)) == []
    # the place is free again
    one_slot(db, reception, datetime(2026, 11, 6, 9))


# --- bookings ------------------------------------------------------------------------


def test_capacity_is_never_exceeded_nor_a_past_slot_booked(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    slot = one_slot(db, reception, datetime(2026, 11, 3, 14), capacity=2)
    first = appointments.book(db, reception, slot, home(db, "K1"), note="vient avec sa fille")
    appointments.book(db, reception, slot, home(db, "K2"))
    assert len(first.code) == 13 and appointment_code.is_valid(first.code)
    before = counts(db)
    assert refused(appointments.book, db, reception, slot, home(db, "K3")).reason == "slot_full"
    assert refused(appointments.book, db, reception, slot, home(db, "K1")).reason in (
        "slot_full", "already_booked")
    assert counts(db) == before
    # the database refuses it too, whoever writes
    with pytest.raises(IntegrityError, match="slot full"), db.write() as s:
        s.add(Appointment(slot_id=slot, dwelling_id=home(db, "K3"), code="1" * 13,
                          status="booked", created_at=MONDAY))
    with pytest.raises(IntegrityError, match="capacity under"), db.write() as s:
        s.get(AppointmentSlot, slot).capacity = 1
    # a cancellation frees a place
    appointments.cancel(db, reception, first.appointment_id, "empêchée")
    appointments.book(db, reception, slot, home(db, "K3"))
    [view] = appointments.day(db, reception, date(2026, 11, 3))
    assert (view.booked, view.free) == (2, 0)
    assert [b.landlord_ref for b in view.bookings] == ["K2", "K3"]
    assert view.bookings[0].household == "NOM2 Prénom2"
    # past: the clock moves on
    now.now = datetime(2026, 11, 3, 14, 5)
    other = one_slot(db, reception, datetime(2026, 11, 3, 15), capacity=2)
    now.now = datetime(2026, 11, 3, 15, 1)
    assert refused(appointments.book, db, reception, other, home(db, "K4")).reason == \
        "slot_past"


def test_a_second_pending_booking_of_one_kind_needs_a_reason(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    k5 = home(db, "K5")
    first = one_slot(db, reception, datetime(2026, 11, 4, 9))
    second = one_slot(db, reception, datetime(2026, 11, 5, 9))
    help_slot = one_slot(db, reception, datetime(2026, 11, 5, 10), kind=HELP)
    appointments.book(db, reception, first, k5)
    error = refused(appointments.book, db, reception, second, k5)
    assert error.reason == "pending_of_kind" and error.at == datetime(2026, 11, 4, 9)
    assert "mercredi 4 novembre 2026" in describe(error)
    assert not appointments.book(db, reception, help_slot, k5).second_of_kind  # another kind
    again = appointments.book(db, reception, second, k5,
                              reason_if_pending="le deuxième décodeur du foyer")
    assert again.second_of_kind
    with db.read() as s:
        assert s.get(Appointment, again.appointment_id).pending_reason.startswith("le deux")
        entry = s.scalars(select(AuditEntry).where(
            AuditEntry.action == "appointment_booked").order_by(AuditEntry.id.desc())).first()
    details = json.loads(entry.details)
    assert details["second_of_kind"] is True and "deuxième" not in entry.details


def test_move_cancel_and_no_shows(db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    monday_9 = one_slot(db, reception, datetime(2026, 11, 2, 9), capacity=3)
    monday_10 = one_slot(db, reception, datetime(2026, 11, 2, 10), capacity=1)
    help_slot = one_slot(db, reception, datetime(2026, 11, 2, 11), kind=HELP)
    a = appointments.book(db, reception, monday_9, home(db, "K1"), note="à 9 h pile")
    b = appointments.book(db, reception, monday_9, home(db, "K2"))
    c = appointments.book(db, reception, monday_9, home(db, "K3"))
    moved = appointments.move(db, reception, a.appointment_id, monday_10)
    assert moved.code != a.code and moved.slot_id == monday_10
    with db.read() as s:
        old, new = s.get(Appointment, a.appointment_id), s.get(Appointment, moved.appointment_id)
        assert (old.status, new.moved_from_id, new.note) == ("cancelled", old.id, "à 9 h pile")
    assert refused(appointments.move, db, reception, b.appointment_id, monday_10).reason == \
        "slot_full"
    assert refused(appointments.move, db, reception, b.appointment_id, help_slot).reason == \
        "kind_differs"
    assert refused(appointments.move, db, reception, a.appointment_id, monday_9).reason == \
        "not_booked"
    assert refused(appointments.cancel, db, reception, c.appointment_id, " ").reason == \
        "reason_missing"
    appointments.cancel(db, reception, c.appointment_id, "a déménagé")
    # the old slip of a moved booking says where it went
    now.now = datetime(2026, 11, 2, 9, 5)
    error = refused(appointments.check_in_by_code, db, reception, a.code)
    assert error.reason == "moved" and error.at == datetime(2026, 11, 2, 10)
    # the end of the day: K2 (9:00) never came; K1 (10:00) did
    appointments.check_in_by_code(db, reception, moved.code)
    now.now = datetime(2026, 11, 2, 9, 45)
    assert appointments.mark_no_shows(db, reception, date(2026, 11, 2)) == 1
    now.now = datetime(2026, 11, 2, 18)
    assert appointments.mark_no_shows(db, reception, date(2026, 11, 2)) == 0
    statuses = {b.landlord_ref: b.status for v in appointments.day(
        db, reception, date(2026, 11, 2), with_cancelled=True) for b in v.bookings}
    assert statuses == {"K1": AppointmentStatus.ATTENDED, "K2": AppointmentStatus.NO_SHOW,
                        "K3": AppointmentStatus.CANCELLED}
    with db.read() as s:
        actions = [a for (a,) in s.execute(select(AuditEntry.action).where(
            AuditEntry.action.like("appointment_%")).order_by(AuditEntry.id))]
    assert actions == ["appointment_booked"] * 3 + [
        "appointment_moved", "appointment_cancelled", "appointment_attended",
        "appointment_no_show"]


# --- the slip scanned at the counter -------------------------------------------------------


def test_check_in_by_code_attends_and_checks_in_in_one_go_and_refuses_each_bad_slip(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception, volunteer = centre["reception"], centre["volunteer"]
    today = one_slot(db, reception, datetime(2026, 11, 2, 14), capacity=4)
    later = one_slot(db, reception, datetime(2026, 11, 10, 9), kind=HELP)
    k1, k2, k3, k4 = (home(db, f"K{n}") for n in range(1, 5))
    slip = appointments.book(db, reception, today, k1)
    cancelled = appointments.book(db, reception, today, k2)
    appointments.cancel(db, reception, cancelled.appointment_id, "erreur de créneau")
    tomorrow = appointments.book(db, reception, later, k3)
    old = appointments.book(db, reception, today, k4)

    before = counts(db)

    def refusal(code: str) -> AppointmentRefused:
        error = refused(appointments.check_in_by_code, db, volunteer, code)
        assert counts(db) == before  # nothing written
        return error

    body = slip.code[11::-1]  # a well-formed code that Guichet never issued
    forged = body + verhoeff.calc_check_digit(body)
    assert appointment_code.is_valid(forged)
    assert refusal(forged).reason == "code_unknown"
    i = next(i for i in range(12) if slip.code[i] != slip.code[i + 1])
    swapped = slip.code[:i] + slip.code[i + 1] + slip.code[i] + slip.code[i + 2:]
    mistyped = refusal(swapped)
    assert mistyped.reason == "code_mistyped" and "13" in describe(mistyped)
    assert refusal("12345").reason == "code_unknown"
    assert refusal(dwelling_code.new_code()).reason == "code_unknown"
    assert refusal(cancelled.code).reason == "cancelled"
    later_day = refusal(tomorrow.code)
    assert later_day.reason == "later_day" and "mardi 10 novembre 2026" in describe(later_day)

    now.now = datetime(2026, 11, 2, 13, 50)
    done = appointments.check_in_by_code(db, volunteer, appointment_code.grouped(slip.code))
    assert (done.dwelling_id, done.kind) == (k1, DECODER)
    [visit] = visits.todays_visits(db, volunteer, date(2026, 11, 2))
    assert (visit.dwelling_id, visit.reason) == (k1, VisitReason.DECODER_PICKUP)
    before = counts(db)
    used = refusal(slip.code)
    assert used.reason == "already_used" and used.at == datetime(2026, 11, 2, 13, 50)

    now.now = datetime(2026, 11, 3, 9)
    earlier = refusal(old.code)
    assert earlier.reason == "earlier_day" and "lundi 2 novembre 2026" in describe(earlier)
    for error in (used, earlier, later_day, mistyped):
        assert "Nothing was recorded" in describe(error) or "enregistré" in describe(error)

    # a household checked in by name first: the slip's scan uses that visit
    now.now = datetime(2026, 11, 10, 8, 55)
    visit_id = visits.check_in(db, volunteer, k3, VisitReason.HELP_SESSION)
    assert appointments.check_in_by_code(db, volunteer, tomorrow.code).visit_id == visit_id


def test_the_slip_carries_the_code_and_what_to_bring(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    slot = one_slot(db, reception, datetime(2026, 11, 3, 14, 30))
    booked = appointments.book(db, reception, slot, home(db, "K1"))
    doc = appointments.slip_of(db, reception, booked.appointment_id)
    assert doc.qr_payload == booked.code and doc.code == appointment_code.grouped(booked.code)
    assert doc.starts_at == datetime(2026, 11, 3, 14, 30) and doc.place == PLACE
    assert doc.household == "NOM1 Prénom1" and doc.landlord_ref == "K1"
    assert "Pièce d'identité" in doc.bring and "décodeur" in doc.purpose
    with pytest.raises(PermissionDenied):
        appointments.slip_of(db, centre["volunteer"], booked.appointment_id)


# --- the agenda -----------------------------------------------------------------------


def test_the_agenda_reads_back_as_icalendar_in_paris_time_without_last_names(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    from icalendar import Calendar

    reception = centre["reception"]
    # one in winter time, one on a Saturday in March 2027 in summer time
    winter = one_slot(db, reception, datetime(2026, 11, 3, 14, 30), capacity=3)
    summer = one_slot(db, reception, datetime(2027, 4, 3, 10), kind=HELP)
    appointments.book(db, reception, winter, home(db, "K1"), note="NOTE SECRÈTE")
    appointments.book(db, reception, winter, home(db, "K2"))
    gone = appointments.book(db, reception, winter, home(db, "K3"))
    appointments.cancel(db, reception, gone.appointment_id, "annulé")
    appointments.book(db, reception, summer, home(db, "K4"))

    for with_names in (False, True):
        data = appointments.agenda_ics(db, reception, date(2026, 11, 1), 200, with_names)
        text = data.decode("utf-8")
        assert "NOM" not in text and "NOTE" not in text and "K1" not in text
        assert "TZID=Europe/Paris" in text and "BEGIN:VTIMEZONE" in text
        calendar = Calendar.from_ical(data)
        events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
        assert len(events) == 3
        starts = [e.decoded("dtstart") for e in events]
        assert [s.tzinfo.key if hasattr(s.tzinfo, "key") else str(s.tzinfo)
                for s in starts] == ["Europe/Paris"] * 3
        assert [s.replace(tzinfo=None) for s in starts] == [
            datetime(2026, 11, 3, 14, 30)] * 2 + [datetime(2027, 4, 3, 10)]
        assert starts[0].utcoffset() == timedelta(hours=1)  # winter
        assert starts[2].utcoffset() == timedelta(hours=2)  # summer
        assert str(events[0]["location"]) == PLACE
        summaries = [str(e["summary"]) for e in events]
        assert ("Prénom1" in " ".join(summaries)) is with_names
    with pytest.raises(PermissionDenied):
        appointments.agenda_ics(db, centre["volunteer"], date(2026, 11, 1), 7)


def test_the_audit_log_holds_no_name_nor_note(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    slot = one_slot(db, reception, datetime(2026, 11, 2, 9), capacity=3)
    other = one_slot(db, reception, datetime(2026, 11, 2, 10), capacity=3)
    a = appointments.book(db, reception, slot, home(db, "K1"), note="Mme NOM1 malentendante")
    b = appointments.book(db, reception, slot, home(db, "K2"), note="rappeler Prénom2")
    appointments.set_note(db, reception, b.appointment_id, "SECRET NOTE")
    appointments.move(db, reception, a.appointment_id, other)
    appointments.cancel(db, reception, b.appointment_id, "NOM2 hospitalisé")
    appointments.cancel_slot(db, reception, other, "Prénom1 prévenu")
    with db.read() as s:
        details = " ".join(s.scalars(select(AuditEntry.details)))
        actions = set(s.scalars(select(AuditEntry.action)))
    for word in ("NOM", "Prénom", "malentendante", "SECRET", "hospitalis", "prévenu"):
        assert word not in details
    assert {"slots_created", "appointment_booked", "appointment_moved",
            "appointment_cancelled", "slot_cancelled"} <= actions


# --- two counters, the last place -------------------------------------------------------


def _book_last_place(path: str, slot_id: int, ref: str, start, out) -> None:  # type: ignore[no-untyped-def]
    db = open_database(path)
    actor = Actor.command_line()
    dwelling_id = households.find_by_reference(db, actor, ref)
    start.wait(60)
    try:
        appointments.book(db, actor, slot_id, dwelling_id)
        out.put(("won", ref))
    except AppointmentRefused as error:
        out.put((error.reason, ref))
    finally:
        db.close()


def test_two_processes_booking_the_last_place_one_wins(
        db: Database, centre: dict[str, Actor]) -> None:
    import holidays

    coordinator = centre["coordinator"]  # real time: the workers run on the real clock
    day = clock.now().date() + timedelta(days=30)
    while day in holidays.country_holidays("FR", years=day.year):
        day += timedelta(days=1)
    slot = one_slot(db, coordinator, datetime.combine(day, datetime.min.time()).replace(hour=10),
                    capacity=2)
    appointments.book(db, coordinator, slot, home(db, "K1"))
    ctx = multiprocessing.get_context("spawn")
    out, start = ctx.Queue(), ctx.Barrier(2)
    workers = [ctx.Process(target=_book_last_place, args=(str(db.location), slot, ref, start, out))
               for ref in ("K2", "K3")]
    for w in workers:
        w.start()
    results = [out.get(timeout=120), out.get(timeout=120)]
    for w in workers:
        w.join(60)
    assert sorted(reason for reason, _ in results) == ["slot_full", "won"]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Appointment).where(
            Appointment.slot_id == slot, Appointment.status == "booked")) == 2


def test_the_demo_has_todays_slips_to_scan_and_a_living_agenda(demo_db: Database) -> None:
    reception = accounts.sign_in(demo_db, "Accueil", "1234")
    today = clock.now().date()
    slots = appointments.day(demo_db, reception, today)
    assert len(slots) == 6 and all(view.bookings for view in slots)
    past = appointments.day(demo_db, reception, today - timedelta(days=1))
    assert {b.status for view in past for b in view.bookings} == {
        AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW}
    with demo_db.read() as s:
        code = s.scalar(select(Appointment.code).where(
            Appointment.slot_id == slots[0].id, Appointment.status == "booked"))
    volunteer = accounts.sign_in(demo_db, "Bénévole", "5678")
    done = appointments.check_in_by_code(demo_db, volunteer, code)
    assert done.dwelling_id == slots[0].bookings[0].dwelling_id
    assert appointments.slip_of(demo_db, reception, slots[1].bookings[0].id).qr_payload
    assert b"BEGIN:VEVENT" in appointments.agenda_ics(demo_db, reception, today, 14)


def test_the_days_gone_by_close_their_unattended_bookings(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    created = appointments.create_slots(db, reception, HELP, PLACE,
                                        MONDAY.replace(hour=10), 30, 2)
    booked = appointments.book(db, reception, created.slot_ids[0], home(db, "K1"))
    now.now = MONDAY.replace(hour=18)  # the same evening: still « booked »
    assert appointments.close_past_days(db, reception) == 0
    now.now = MONDAY.replace(day=3, hour=8)  # the next morning
    assert appointments.close_past_days(db, reception) == 1
    with db.read() as s:
        assert s.get(Appointment, booked.appointment_id).status == "no_show"
    assert appointments.close_past_days(db, reception) == 0
