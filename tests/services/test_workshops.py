"""Workshops (#15) on a real SQLite file: a weekly series around a public
holiday, capacity and the waiting list (even from two processes), the first
waiting person moved up when a place frees, a double sign-up refused,
attendance ticked once a session has begun, the slip's code scanned with
each refusal said, the attendance sheet, and an audit log without names."""

from __future__ import annotations

import multiprocessing
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from stdnum import verhoeff

from app.documents import render
from app.documents.model import slip_from_json
from app.documents.workshops import attendance_sheet_a4
from app.domain import appointment_code, clock, workshop_code
from app.domain.enums import Role, SignupStatus, VisitReason
from app.domain.errors import PermissionDenied, WorkshopRefused
from app.messages import describe
from app.services import accounts, documents, households, visits, workshops
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import Database, open_database
from db.models import AuditEntry, PrintedDocument, Visit, WorkshopAttendance, WorkshopSignup
from tests.pdf_tools import text_of
from tests.services.test_polls import roster

MONDAY = datetime(2026, 11, 2, 8, 0)  # 11 November 2026 is a Wednesday
ROOM = "Salle multimédia"


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


def person(db: Database, n: int) -> int:
    actor = Actor.command_line()
    return workshops.members(db, actor, households.find_by_reference(db, actor, f"K{n}"))[0] \
        .person_id


def refused(call, *args, **kwargs) -> WorkshopRefused:  # type: ignore[no-untyped-def]
    with pytest.raises(WorkshopRefused) as error:
        call(*args, **kwargs)
    return error.value


def one_workshop(db: Database, actor: Actor, start: datetime, capacity: int = 2,
                 sessions: int = 1) -> int:
    made = workshops.create_workshop(db, actor, "Premiers pas", ROOM, capacity, start,
                                     (start + timedelta(hours=2)).time(), sessions,
                                     facilitator="Yann")
    return made.workshop_id


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(table)) or 0  # type: ignore[return-value]
                     for table in (WorkshopSignup, WorkshopAttendance, Visit, AuditEntry))


def test_the_code_is_14_digits_and_meets_no_other_code() -> None:
    code = workshop_code.new_code()
    assert len(code) == 14 and workshop_code.is_valid(code)
    assert not appointment_code.looks_like_code(code)
    assert not workshop_code.looks_like_code(appointment_code.new_code())


def test_a_weekly_series_skips_the_public_holiday_and_keeps_its_count(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    made = workshops.create_workshop(db, reception, "Premiers pas", ROOM, 8,
                                     datetime(2026, 11, 4, 14), time(16), sessions=4)
    assert [s.date() for s in made.starts] == [date(2026, 11, 4), date(2026, 11, 18),
                                              date(2026, 11, 25), date(2026, 12, 2)]
    assert [(k.starts_at.date(), k.holiday) for k in made.skipped] == [
        (date(2026, 11, 11), "Armistice")]
    detail = workshops.detail(db, reception, made.workshop_id)
    assert [(x.starts_at.hour, x.ends_at.hour) for x in detail.sessions] == [(14, 16)] * 4
    one_off = refused(workshops.create_workshop, db, reception, "Atelier", ROOM, 8,
                      datetime(2026, 11, 11, 14), time(16))
    assert one_off.reason == "holiday" and "mercredi 11 novembre 2026" in describe(one_off)
    assert refused(workshops.create_workshop, db, reception, "  ", ROOM, 8,
                   datetime(2026, 11, 3, 14), time(16)).reason == "title_missing"
    assert refused(workshops.create_workshop, db, reception, "A", ROOM, 8,
                   datetime(2026, 11, 3, 14), time(13)).reason == "times_invalid"
    assert refused(workshops.create_workshop, db, reception, "A", ROOM, 8,
                   datetime(2026, 10, 30, 14), time(16)).reason == "start_past"
    with pytest.raises(PermissionDenied):
        workshops.create_workshop(db, centre["volunteer"], "A", ROOM, 8,
                                  datetime(2026, 11, 3, 14), time(16))


def test_capacity_then_the_waiting_list_in_order_and_a_double_sign_up_refused(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    workshop = one_workshop(db, reception, datetime(2026, 11, 3, 14), capacity=2)
    answers = [workshops.sign_up(db, reception, workshop, person(db, n)) for n in range(1, 5)]
    assert [(a.status, a.rank) for a in answers] == [
        (SignupStatus.REGISTERED, 0), (SignupStatus.REGISTERED, 0),
        (SignupStatus.WAITING, 1), (SignupStatus.WAITING, 2)]
    again = refused(workshops.sign_up, db, reception, workshop, person(db, 1))
    assert again.reason == "already_registered"
    waiting = refused(workshops.sign_up, db, reception, workshop, person(db, 4))
    assert waiting.reason == "already_waiting" and "(2e)" in describe(waiting)
    [row] = workshops.list_workshops(db, reception)
    assert (row.registered, row.waiting, row.capacity) == (2, 2, 2)
    # the slip of the second waiting person says so, and carries the code
    with db.read() as s:
        data = s.get(PrintedDocument, answers[3].document_id).data
    import json

    slip = slip_from_json(json.loads(data))
    assert slip.qr_payload == answers[3].code and "Liste d'attente\u00a0: 2e" in slip.standing
    # the database itself refuses a registered sign-up beyond the capacity
    with pytest.raises(IntegrityError, match="workshop full"), db.write() as s:
        s.add(WorkshopSignup(workshop_id=workshop, person_id=person(db, 5),
                             status="registered", code="x", created_at=MONDAY))
    under = refused(workshops.set_capacity, db, reception, workshop, 1)
    assert under.reason == "capacity_under"
    # a larger room: the first waiting person takes the new place
    [up] = workshops.set_capacity(db, reception, workshop, 3)
    assert up.person_id == person(db, 3)


def test_cancelling_a_sign_up_moves_the_first_waiting_person_up_in_one_go(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    workshop = one_workshop(db, reception, datetime(2026, 11, 3, 14), capacity=2, sessions=3)
    first, _second, third, fourth = (
        workshops.sign_up(db, reception, workshop, person(db, n)) for n in range(1, 5))
    assert refused(workshops.cancel_signup, db, reception, first.signup_id, " ").reason == \
        "reason_missing"
    done = workshops.cancel_signup(db, reception, first.signup_id, "NOM1 déménage")
    assert done.was == SignupStatus.REGISTERED
    assert done.moved_up is not None and done.moved_up.signup_id == third.signup_id
    assert done.moved_up.name == "NOM3 Prénom3"
    detail = workshops.detail(db, reception, workshop)
    assert [x.name for x in detail.registered] == ["NOM2 Prénom2", "NOM3 Prénom3"]
    assert detail.registered[1].promoted_at == MONDAY
    assert [(x.name, x.rank) for x in detail.waiting] == [("NOM4 Prénom4", 1)]
    # leaving the waiting list moves nobody up
    assert workshops.cancel_signup(db, reception, fourth.signup_id, "plus dispo").moved_up \
        is None
    assert refused(workshops.cancel_signup, db, reception, first.signup_id, "x").reason == \
        "not_active"
    with db.read() as s:
        assert s.get(WorkshopSignup, first.signup_id).cancel_reason == "NOM1 déménage"
    # its slip, reprinted from the print history, says it no longer holds
    from app.services import documents

    reprint = documents.render_document(db, reception, first.document_id, paper="a6")
    assert "ANNULÉ" in text_of(reprint.pdf)
    assert "ANNULÉ" not in text_of(documents.render_document(
        db, reception, third.document_id, paper="a6").pdf)
    # a new sign-up after a cancellation: allowed again
    assert workshops.sign_up(db, reception, workshop, person(db, 1)).status == \
        SignupStatus.WAITING


def test_attendance_is_ticked_on_the_session_s_day_never_before(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    workshop = one_workshop(db, reception, datetime(2026, 11, 2, 14), capacity=1, sessions=2)
    registered = workshops.sign_up(db, reception, workshop, person(db, 1))
    waiting = workshops.sign_up(db, reception, workshop, person(db, 2))
    today, later = workshops.detail(db, reception, workshop).sessions
    assert now.now.date() == today.starts_at.date() and now.now < today.starts_at
    early = refused(workshops.set_present, db, reception, later.id, registered.signup_id, True)
    assert early.reason == "not_held_yet" and "14:00" in describe(early)
    now.now = datetime(2026, 11, 2, 13, 40)  # people come early: as a scanned slip, ticked
    assert workshops.set_present(db, reception, today.id, registered.signup_id, True)
    assert not workshops.set_present(db, reception, today.id, registered.signup_id, True)
    assert refused(workshops.set_present, db, reception, today.id, waiting.signup_id,
                   True).reason == "not_registered"
    assert workshops.detail(db, reception, workshop).registered[0].present_at == {today.id}
    assert workshops.set_present(db, reception, today.id, registered.signup_id, False)
    assert workshops.detail(db, reception, workshop).sessions[0].present == 0
    workshops.cancel_session(db, reception, later.id)
    now.now = datetime(2026, 11, 9, 15)
    assert refused(workshops.set_present, db, reception, later.id, registered.signup_id,
                   True).reason == "session_cancelled"
    # the database refuses attendance of someone on the waiting list
    with pytest.raises(IntegrityError, match="not registered"), db.write() as s:
        s.add(WorkshopAttendance(session_id=today.id, signup_id=waiting.signup_id,
                                 recorded_at=MONDAY))


def test_scanning_a_slip_records_attendance_and_the_arrival_and_refuses_each_bad_slip(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception, volunteer = centre["reception"], centre["volunteer"]
    today = one_workshop(db, reception, datetime(2026, 11, 2, 14), capacity=2)
    later = one_workshop(db, reception, datetime(2026, 11, 10, 14), capacity=2)
    slip = workshops.sign_up(db, reception, today, person(db, 1))
    gone = workshops.sign_up(db, reception, today, person(db, 2))
    workshops.cancel_signup(db, reception, gone.signup_id, "erreur")
    workshops.sign_up(db, reception, today, person(db, 3))
    waiting = workshops.sign_up(db, reception, today, person(db, 4))
    tuesday = workshops.sign_up(db, reception, later, person(db, 5))
    off = one_workshop(db, reception, datetime(2026, 11, 2, 10), capacity=2)
    called_off = workshops.sign_up(db, reception, off, person(db, 6))
    workshops.cancel_workshop(db, reception, off, "animateur malade")
    before = counts(db)

    def refusal(code: str) -> WorkshopRefused:
        error = refused(workshops.check_in_by_code, db, volunteer, code)
        assert counts(db) == before  # nothing written
        return error

    body = slip.code[12::-1]  # well formed, never issued
    forged = body + verhoeff.calc_check_digit(body)
    assert refusal(forged).reason == "code_unknown"
    i = next(i for i in range(13) if slip.code[i] != slip.code[i + 1])
    swapped = slip.code[:i] + slip.code[i + 1] + slip.code[i] + slip.code[i + 2:]
    mistyped = refusal(swapped)
    assert mistyped.reason == "code_mistyped" and "14" in describe(mistyped)
    assert refusal(gone.code).reason == "signup_cancelled"
    on_list = refusal(waiting.code)
    assert on_list.reason == "waiting" and "(1re)" in describe(on_list)
    not_today = refusal(tuesday.code)
    assert not_today.reason == "no_session_today" and "mardi 10 novembre 2026" in \
        describe(not_today)
    assert refusal(called_off.code).reason == "workshop_cancelled"

    now.now = datetime(2026, 11, 2, 13, 50)  # before the start: people arrive early
    done = workshops.check_in_by_code(db, volunteer, workshop_code.grouped(slip.code))
    assert (done.person_id, done.title) == (person(db, 1), "Premiers pas")
    [visit] = visits.todays_visits(db, volunteer, date(2026, 11, 2))
    assert (visit.dwelling_id, visit.reason) == (done.dwelling_id, VisitReason.WORKSHOP)
    assert workshops.detail(db, reception, today).sessions[0].present == 1
    before = counts(db)
    again = refusal(slip.code)
    assert again.reason == "already_recorded" and "13:50" in describe(again)
    for error in (again, not_today, on_list, mistyped):
        assert "Nothing was recorded" in describe(error) or "enregistré" in describe(error)


def test_the_attendance_sheet_lists_the_registered_people_with_room_for_walk_ins(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    workshop = one_workshop(db, reception, datetime(2026, 11, 3, 14), capacity=2, sessions=2)
    for n in (1, 2, 3):
        workshops.sign_up(db, reception, workshop, person(db, n))
    sheet = workshops.attendance_sheet(db, reception, workshop)
    assert sheet.people == ("NOM1 Prénom1", "NOM2 Prénom2") and len(sheet.sessions) == 2
    text = text_of(attendance_sheet_a4(sheet, documents.header(db, reception)))
    assert "NOM2 Prénom2" in text and "NOM3" not in text  # waiting: not on the sheet
    assert "mardi 3 novembre 2026" in text and "mardi 10 novembre 2026" in text
    assert "Signature" in text and "sans inscription" in text and "Yann" in text
    one = workshops.attendance_sheet(db, reception, workshop,
                                     workshops.detail(db, reception, workshop).sessions[1].id)
    assert len(one.sessions) == 1
    assert render.slip_a6  # the slip itself is the appointment's renderer


def test_the_audit_log_holds_no_name_nor_reason(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    reception = centre["reception"]
    workshop = one_workshop(db, reception, datetime(2026, 11, 2, 14), capacity=1)
    a = workshops.sign_up(db, reception, workshop, person(db, 1))
    workshops.sign_up(db, reception, workshop, person(db, 2))
    workshops.cancel_signup(db, reception, a.signup_id, "Prénom1 hospitalisée")
    other = one_workshop(db, reception, datetime(2026, 11, 4, 14), capacity=1)
    workshops.sign_up(db, reception, other, person(db, 3))
    workshops.cancel_workshop(db, reception, other, "SECRET raison")
    now.now = datetime(2026, 11, 2, 14, 30)
    workshops.check_in_by_code(db, reception, workshops.slip_of(
        db, reception, workshops.detail(db, reception, workshop).registered[0].id).qr_payload)
    with db.read() as s:
        details = " ".join(s.scalars(select(AuditEntry.details)))
        actions = set(s.scalars(select(AuditEntry.action)))
    for word in ("NOM", "Prénom", "hospitalis", "SECRET", "Premiers"):
        assert word not in details
    assert {"workshop_created", "workshop_signed_up", "workshop_signup_cancelled",
            "workshop_signup_moved_up", "workshop_cancelled", "workshop_attended",
            "visit_recorded"} <= actions


# --- two counters, the last place -------------------------------------------------------


def _take_last_place(path: str, workshop_id: int, person_id: int, start, out) -> None:  # type: ignore[no-untyped-def]
    db = open_database(path)
    start.wait(60)
    try:
        signed = workshops.sign_up(db, Actor.command_line(), workshop_id, person_id)
        out.put(signed.status.value)
    except WorkshopRefused as error:
        out.put(error.reason)
    finally:
        db.close()


def test_two_processes_taking_the_last_place_one_registered_one_waiting(
        db: Database, centre: dict[str, Actor]) -> None:
    import holidays

    coordinator = centre["coordinator"]  # real time: the workers run on the real clock
    day = clock.now().date() + timedelta(days=30)
    while day in holidays.country_holidays("FR", years=day.year):
        day += timedelta(days=1)
    workshop = one_workshop(db, coordinator, datetime.combine(day, time(10)), capacity=2)
    workshops.sign_up(db, coordinator, workshop, person(db, 1))
    ctx = multiprocessing.get_context("spawn")
    out, start = ctx.Queue(), ctx.Barrier(2)
    workers = [ctx.Process(target=_take_last_place,
                           args=(str(db.location), workshop, person(db, n), start, out))
               for n in (2, 3)]
    for w in workers:
        w.start()
    results = [out.get(timeout=120), out.get(timeout=120)]
    for w in workers:
        w.join(60)
    assert sorted(results) == ["registered", "waiting"]
    [row] = workshops.list_workshops(db, coordinator)
    assert (row.registered, row.waiting) == (2, 1)


def test_erasing_a_household_clears_why_its_sign_ups_were_cancelled(
        db: Database, centre: dict[str, Actor], now: Clock) -> None:
    from app.services import privacy

    reception = centre["reception"]
    workshop = one_workshop(db, reception, datetime(2026, 11, 3, 14), capacity=2)
    signed = workshops.sign_up(db, reception, workshop, person(db, 1))
    workshops.cancel_signup(db, reception, signed.signup_id, "NOM1 est hospitalisée")
    kept = workshops.sign_up(db, reception, workshop, person(db, 2))
    workshops.cancel_signup(db, reception, kept.signup_id, "a déménagé")
    privacy.erase_household(db, centre["coordinator"], "K1")
    with db.read() as s:
        assert s.get(WorkshopSignup, signed.signup_id).cancel_reason == ""
        assert s.get(WorkshopSignup, kept.signup_id).cancel_reason == "a déménagé"  # not K1's
        # the slip stored for K1 names nobody now
        data = s.get(PrintedDocument, signed.document_id).data
    assert "NOM1" not in data


def test_the_demo_has_a_past_series_a_workshop_today_and_a_full_one_with_a_waiting_list(
        demo_db: Database) -> None:
    actor = Actor.command_line()
    upcoming = workshops.list_workshops(demo_db, actor)
    today = next(r for r in upcoming if r.next_start and r.next_start.date() == clock.now().date())
    assert today.registered >= 4
    full = next(r for r in upcoming if r.waiting)
    assert (full.registered, full.waiting) == (full.capacity, 2)
    [series] = [r for r in workshops.list_workshops(demo_db, actor, past=True)
                if r.title == "Premiers pas avec l'ordinateur"]
    detail = workshops.detail(demo_db, actor, series.id)
    assert len(detail.sessions) == 4 and len(detail.registered) == 8
    assert all(s.present > 0 for s in detail.sessions)
    # a slip of today's workshop scans at once
    code = workshops.slip_of(demo_db, actor, workshops.detail(demo_db, actor, today.id)
                             .registered[0].id).qr_payload
    assert workshops.check_in_by_code(demo_db, actor, code).workshop_id == today.id
