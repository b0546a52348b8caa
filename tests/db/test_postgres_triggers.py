"""The rules the database keeps itself hold on PostgreSQL as on SQLite: the
triggers of `db.postgres.triggers` refuse the same rows with the same
messages (an IntegrityError, as SQLite's) and move an equipment's state the
same way. On a database of its own, made and dropped here, on the server
named by GUICHET_TEST_PG_URL; each test runs in a transaction rolled back
at its end, each refused write in a savepoint."""

from __future__ import annotations

import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.models import (
    Appointment,
    AppointmentSlot,
    AuditEntry,
    Ballot,
    Building,
    DailyClosing,
    Dwelling,
    Equipment,
    Handout,
    Person,
    Poll,
    PollEligible,
    PrintedDocument,
    Receipt,
    Sale,
    Sector,
    VisaCertificate,
    VisaSkill,
    VisaValidation,
    VoteRegister,
    Workshop,
    WorkshopAttendance,
    WorkshopSession,
    WorkshopSignup,
)

pytestmark = pytest.mark.postgresql

NOW = datetime(2026, 11, 23, 10, 0)


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, 8, hour, minute)


@pytest.fixture(scope="module")
def engine(pg_server: str) -> Iterator[Engine]:
    """A database of its own on the test server (tests/conftest.py pg_server)."""
    from db.models import Base
    from db.postgres import triggers

    server = make_url(pg_server).set(drivername="postgresql+psycopg")
    name = f"t_triggers_{secrets.token_hex(6)}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f"CREATE DATABASE {name}")
    engine = create_engine(server.set(database=name))
    try:
        with engine.begin() as conn:
            Base.metadata.create_all(conn)
            triggers.install(conn)
        yield engine
    finally:
        engine.dispose()
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        admin.dispose()


@pytest.fixture
def s(engine: Engine) -> Iterator[Session]:
    """A session in a transaction rolled back at the end of the test."""
    with engine.connect() as conn:
        outer = conn.begin()
        with Session(bind=conn, join_transaction_mode="create_savepoint") as session:
            yield session
        outer.rollback()


@contextmanager
def refused(s: Session, match: str) -> Iterator[None]:
    """The writes of the block, flushed in a savepoint, are refused with
    `match` (an IntegrityError, SQLSTATE 23000 as a constraint's family)."""
    with pytest.raises(IntegrityError, match=match) as error:
        with s.begin_nested():
            yield
            s.flush()
    assert error.value.orig.sqlstate.startswith("23")  # type: ignore[union-attr]


def add(s: Session, *rows: object) -> None:
    s.add_all(rows)
    s.flush()


@pytest.fixture
def world(s: Session) -> Session:
    """A sector, three dwellings, people, a draft poll, three decoders, two computers."""
    add(s, Sector(id=1, name="Kerourien", offer_state="vote_pending", monthly_cost_cents=118))
    add(s, Building(id=1, sector_id=1, address="3 rue du Languedoc", name="A", entrance="1"))
    add(s, *(Dwelling(id=n, landlord_ref=f"KER-{n}", building_id=1, floor="0", door=str(n),
                      on_roster=True, created_at=NOW, updated_at=NOW) for n in (1, 2, 3)))
    add(s, *(Person(id=n, dwelling_id=1, family_name="NOM", given_name=f"P{n}",
                    name_key=f"nom p{n}") for n in (1, 2, 3, 4)))
    add(s, Poll(id=1, sector_id=1, question="?", state="draft"))
    add(s, *(Equipment(id=n, kind="decoder", serial=f"DEC-{n}", received_at=NOW)
             for n in (1, 2, 3)))
    add(s, *(Equipment(id=n, kind="computer", serial=f"PC-{n}", price_cents=4000,
                       received_at=NOW) for n in (4, 5)))
    return s


def receipt(s: Session, number: int, series: str = "handout", year: int = 2026) -> int:
    row = Receipt(series=series, year=year, number=number, issued_at=NOW)
    add(s, row)
    return row.id


def state(s: Session, equipment_id: int) -> str:
    s.expire_all()
    return s.get(Equipment, equipment_id).state


# --- the triggers themselves ------------------------------------------------------


def test_the_same_triggers_as_on_sqlite(engine: Engine, tmp_path: Path) -> None:
    from db.engine import open_database
    from db.postgres import triggers

    sqlite = open_database(tmp_path / "guichet.sqlite3")
    try:
        with sqlite.engine.connect() as conn:
            on_sqlite = {row[0] for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    finally:
        sqlite.close()
    with engine.begin() as conn:
        triggers.install(conn)  # a second time: replaced, not doubled
        on_server = {row[0] for row in conn.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")}
    assert len(on_server) == 42
    assert on_server == triggers.TRIGGER_NAMES == on_sqlite - {
        name for name in on_sqlite if name.startswith("household_search")}


# --- append-only tables -------------------------------------------------------------


def test_audit_log_and_closings_are_append_only(s: Session) -> None:
    add(s, AuditEntry(id=1, at=NOW, actor_label="x", action="a", prev_hash="0", hash="1"))
    with refused(s, "audit log is append-only"):
        s.get(AuditEntry, 1).action = "b"
    with refused(s, "audit log is append-only"):
        s.delete(s.get(AuditEntry, 1))
    add(s, DailyClosing(id=1, day=date(2026, 12, 8), closed_at=NOW, expected_cash_cents=0,
                        counted_cash_cents=0, expected_cheque_cents=0, counted_cheque_cents=0,
                        cheques_expected=0, cheques_counted=0))
    with refused(s, "a closing is never changed: record another one"):
        s.get(DailyClosing, 1).note = "recompté"
    with refused(s, "closings are never deleted"):
        s.delete(s.get(DailyClosing, 1))


# --- vote -----------------------------------------------------------------------------


def test_eligible_dwellings_are_frozen_at_opening(world: Session) -> None:
    s = world
    add(s, PollEligible(poll_id=1, dwelling_id=1), PollEligible(poll_id=1, dwelling_id=2),
        PollEligible(poll_id=1, dwelling_id=3))
    s.delete(s.get(PollEligible, (1, 3)))  # still a draft: the list may change
    s.flush()
    with refused(s, "poll not open"):  # nor a register entry, nor a ballot, before opening
        s.add(VoteRegister(poll_id=1, dwelling_id=1, channel="counter", recorded_at=NOW))
    with refused(s, "poll not open"):
        s.add(Ballot(id=b"\x01" * 16, poll_id=1, sealed=b"x" * 49))
    s.get(Poll, 1).state = "open"
    s.flush()
    with refused(s, "eligible dwellings are frozen at opening"):
        s.add(PollEligible(poll_id=1, dwelling_id=3))
    with refused(s, "eligible dwellings are frozen at opening"):
        s.delete(s.get(PollEligible, (1, 2)))


def test_register_and_ballots_only_in_an_open_poll_for_eligible_dwellings(
        world: Session) -> None:
    s = world
    add(s, PollEligible(poll_id=1, dwelling_id=1), PollEligible(poll_id=1, dwelling_id=2))
    s.get(Poll, 1).state = "open"
    s.flush()
    add(s, VoteRegister(id=1, poll_id=1, dwelling_id=1, channel="counter", recorded_at=NOW),
        Ballot(id=b"\x01" * 16, poll_id=1, sealed=b"x" * 49))
    with refused(s, "dwelling not eligible"):
        s.add(VoteRegister(poll_id=1, dwelling_id=3, channel="counter", recorded_at=NOW))
    with refused(s, "register entries are not changed"):
        s.get(VoteRegister, 1).channel = "caretaker"
    with refused(s, "poll not open"):  # no poll at all
        s.add(Ballot(id=b"\x02" * 16, poll_id=99, sealed=b"x" * 49))
    s.get(Poll, 1).state = "closed"
    s.flush()
    with refused(s, "poll not open"):
        s.add(VoteRegister(poll_id=1, dwelling_id=2, channel="counter", recorded_at=NOW))
    with refused(s, "poll not open"):
        s.add(Ballot(id=b"\x03" * 16, poll_id=1, sealed=b"x" * 49))


# --- receipts, handouts, sales ----------------------------------------------------------


def test_receipt_numbers_in_sequence_never_changed_cancelled_once(world: Session) -> None:
    s = world
    receipt(s, 1)
    receipt(s, 2)
    receipt(s, 1, series="sale")
    receipt(s, 1, year=2027)
    with refused(s, "receipt number out of sequence"):
        receipt(s, 4)  # 3 skipped
    with refused(s, "receipt number out of sequence"):
        receipt(s, 2)  # reused
    with refused(s, "receipt number out of sequence"):
        receipt(s, 2, series="return")  # a series starts at 1
    first = s.query(Receipt).filter_by(series="handout", year=2026, number=1).one()
    with refused(s, "receipt numbers are never changed"):
        first.number = 7
    first.staff_id = None  # anything else may change
    first.cancelled_at, first.cancel_reason = NOW, "mauvais logement"
    s.flush()
    with refused(s, "a cancelled receipt stays as it was cancelled"):
        first.cancel_reason = "autre chose"
    with refused(s, "receipts are never deleted"):
        s.delete(s.query(Receipt).filter_by(number=2).one())


def test_a_decoder_goes_out_when_available_and_its_state_follows(world: Session) -> None:
    s = world
    add(s, Handout(id=1, receipt_id=receipt(s, 1), dwelling_id=1, equipment_id=1,
                   handed_at=NOW))
    assert state(s, 1) == "handed_out"  # handout_out
    with refused(s, "decoder not available"):  # out already
        s.add(Handout(receipt_id=receipt(s, 2), dwelling_id=2, equipment_id=1, handed_at=NOW))
    with refused(s, "decoder not available"):  # not a decoder
        s.add(Handout(receipt_id=receipt(s, 2), dwelling_id=2, equipment_id=4, handed_at=NOW))
    with refused(s, "a handout is ended once and never rewritten"):
        s.get(Handout, 1).dwelling_id = 2
    handout = s.get(Handout, 1)
    handout.ended_at, handout.end_reason = NOW, "returned"
    handout.end_receipt_id = receipt(s, 1, series="return")
    s.flush()
    assert state(s, 1) == "returned"  # handout_ended
    with refused(s, "a handout is ended once and never rewritten"):
        s.get(Handout, 1).end_reason = "cancelled"
    add(s, Handout(id=2, receipt_id=receipt(s, 2), dwelling_id=2, equipment_id=1,
                   handed_at=NOW))  # out again, to another household
    assert state(s, 1) == "handed_out"
    add(s, Handout(id=3, receipt_id=receipt(s, 3), dwelling_id=3, equipment_id=3,
                   handed_at=NOW))
    cancelled = s.get(Handout, 3)
    cancelled.ended_at, cancelled.end_reason = NOW, "cancelled"
    s.flush()
    assert state(s, 3) == "in_stock"  # a mistake: the decoder never left
    with refused(s, "handouts are ended, never deleted"):
        s.delete(s.get(Handout, 2))


def test_a_replacement_replaces_a_replaced_handout_of_the_same_dwelling(
        world: Session) -> None:
    s = world
    add(s, Handout(id=1, receipt_id=receipt(s, 1), dwelling_id=1, equipment_id=1,
                   handed_at=NOW))
    with refused(s, "a replacement replaces a handout of the same dwelling"):  # still active
        s.add(Handout(receipt_id=receipt(s, 2), dwelling_id=1, equipment_id=2, handed_at=NOW,
                      replaces_id=1, replacement_reason="en panne"))
    old = s.get(Handout, 1)
    old.ended_at, old.end_reason = NOW, "replaced"
    s.flush()
    assert state(s, 1) == "faulty"
    with refused(s, "a replacement replaces a handout of the same dwelling"):
        s.add(Handout(receipt_id=receipt(s, 2), dwelling_id=2, equipment_id=2, handed_at=NOW,
                      replaces_id=1, replacement_reason="en panne"))
    add(s, Handout(id=2, receipt_id=receipt(s, 2), dwelling_id=1, equipment_id=2,
                   handed_at=NOW, replaces_id=1, replacement_reason="écran noir"))
    assert (state(s, 1), state(s, 2)) == ("faulty", "handed_out")
    with refused(s, "decoder not available"):  # a faulty decoder stays in
        s.add(Handout(receipt_id=receipt(s, 3), dwelling_id=3, equipment_id=1, handed_at=NOW))
    with refused(s, "a handout is ended once and never rewritten"):
        handout = s.get(Handout, 2)
        handout.replaces_id, handout.replacement_reason = None, None


def test_a_computer_is_sold_from_stock_and_back_in_stock_when_cancelled(
        world: Session) -> None:
    s = world
    add(s, Sale(id=1, receipt_id=receipt(s, 1, series="sale"), dwelling_id=1, equipment_id=4,
                amount_cents=4000, payment_method="cash", sold_at=NOW))
    assert state(s, 4) == "sold"  # sale_sold
    with refused(s, "computer not in stock"):  # sold already
        s.add(Sale(receipt_id=receipt(s, 2, series="sale"), dwelling_id=2, equipment_id=4,
                   amount_cents=4000, payment_method="cash", sold_at=NOW))
    with refused(s, "computer not in stock"):  # a decoder
        s.add(Sale(receipt_id=receipt(s, 2, series="sale"), dwelling_id=2, equipment_id=3,
                   amount_cents=4000, payment_method="cash", sold_at=NOW))
    with refused(s, "a sale is cancelled once and never rewritten"):
        s.get(Sale, 1).amount_cents = 5000
    with refused(s, "a sale is cancelled once and never rewritten"):
        sale = s.get(Sale, 1)
        sale.amount_cents, sale.cancelled_at = 5000, NOW
    s.get(Sale, 1).cancelled_at = NOW
    s.flush()
    assert state(s, 4) == "in_stock"  # sale_cancelled
    with refused(s, "a sale is cancelled once and never rewritten"):
        s.get(Sale, 1).cancelled_at = at(11)
    add(s, Sale(id=2, receipt_id=receipt(s, 2, series="sale"), dwelling_id=2, equipment_id=4,
                amount_cents=4000, payment_method="card", sold_at=NOW))  # sold again
    assert state(s, 4) == "sold"
    with refused(s, "sales are cancelled, never deleted"):
        s.delete(s.get(Sale, 1))


# --- appointments -----------------------------------------------------------------------


def slot(s: Session, id: int, start: datetime, end: datetime, capacity: int = 1,
         place: str = "Accueil", cancelled_at: datetime | None = None) -> None:
    add(s, AppointmentSlot(id=id, starts_at=start, ends_at=end, kind="other", capacity=capacity,
                           place=place, cancelled_at=cancelled_at))


def booking(id: int, slot_id: int, dwelling_id: int, status: str = "booked") -> Appointment:
    return Appointment(id=id, slot_id=slot_id, dwelling_id=dwelling_id, code=f"{id:013}",
                       status=status, created_at=NOW,
                       cancelled_at=NOW if status == "cancelled" else None)


def test_slots_of_a_place_never_overlap_and_are_never_deleted(world: Session) -> None:
    s = world
    slot(s, 1, at(9), at(10))
    with refused(s, "slot overlaps another slot of the same place"):
        slot(s, 2, at(9, 30), at(10, 30))
    slot(s, 2, at(9, 30), at(10, 30), cancelled_at=NOW)  # a cancelled one is no obstacle
    slot(s, 3, at(9, 30), at(10, 30), place="Salle 2")  # nor another place
    slot(s, 4, at(10), at(11))  # nor the next hour
    with refused(s, "slot overlaps another slot of the same place"):
        s.get(AppointmentSlot, 3).place = "Accueil"
    with refused(s, "slot overlaps another slot of the same place"):
        s.get(AppointmentSlot, 2).cancelled_at = None
    s.get(AppointmentSlot, 1).ends_at = at(9, 45)  # its own time moves freely
    s.flush()
    with refused(s, "slots are cancelled, never deleted"):
        s.delete(s.get(AppointmentSlot, 2))


def test_bookings_stay_within_a_slot_capacity(world: Session) -> None:
    s = world
    slot(s, 1, at(9), at(10), capacity=2)
    slot(s, 2, at(9), at(10), place="Salle 2")
    add(s, booking(1, 1, 1), booking(2, 1, 2))
    with refused(s, "slot full"):
        s.add(booking(3, 1, 3))
    add(s, booking(3, 1, 3, status="cancelled"))  # a cancelled booking takes no place
    with refused(s, "slot full"):  # ...until it is booked again
        row = s.get(Appointment, 3)
        row.status, row.cancelled_at = "booked", None
    row = s.get(Appointment, 1)  # attended keeps its place, and is no new booking
    row.status, row.attended_at = "attended", NOW
    s.flush()
    add(s, booking(4, 2, 3))
    with refused(s, "slot full"):  # moved into a full slot
        s.get(Appointment, 4).slot_id = 1
    with refused(s, "capacity under the bookings of the slot"):
        s.get(AppointmentSlot, 1).capacity = 1
    s.get(AppointmentSlot, 1).capacity = 3
    s.flush()
    s.get(Appointment, 4).slot_id = 1
    s.flush()
    with refused(s, "capacity under the bookings of the slot"):
        s.get(AppointmentSlot, 1).capacity = 2


def test_no_booking_in_a_cancelled_slot(world: Session) -> None:
    s = world
    slot(s, 1, at(9), at(10), capacity=3, cancelled_at=NOW)
    with refused(s, "slot cancelled"):
        s.add(booking(1, 1, 1))
    add(s, booking(1, 1, 1, status="cancelled"))


# --- workshops ------------------------------------------------------------------------


def signup(id: int, workshop_id: int, person_id: int, status: str) -> WorkshopSignup:
    return WorkshopSignup(id=id, workshop_id=workshop_id, person_id=person_id, status=status,
                          code=f"{id:014}", created_at=NOW,
                          cancelled_at=NOW if status == "cancelled" else None)


def test_registered_people_stay_within_a_workshop_capacity(world: Session) -> None:
    s = world
    add(s, Workshop(id=1, title="Premiers pas", place="Salle", capacity=2),
        Workshop(id=2, title="Messagerie", place="Salle", capacity=1))
    add(s, signup(1, 1, 1, "registered"), signup(2, 1, 2, "registered"),
        signup(5, 2, 4, "registered"))
    with refused(s, "workshop full"):
        s.add(signup(3, 1, 3, "registered"))
    add(s, signup(3, 1, 3, "waiting"))  # the waiting list has no limit
    with refused(s, "workshop full"):
        s.get(WorkshopSignup, 3).status = "registered"
    with refused(s, "workshop full"):  # moved into a full workshop
        s.get(WorkshopSignup, 2).workshop_id = 2
    with refused(s, "capacity under the registered people"):
        s.get(Workshop, 1).capacity = 1
    s.get(Workshop, 1).capacity = 3
    s.flush()
    row = s.get(WorkshopSignup, 3)
    row.status, row.promoted_at = "registered", NOW
    s.flush()
    with refused(s, "capacity under the registered people"):
        s.get(Workshop, 1).capacity = 2


def test_no_signup_in_a_cancelled_workshop_and_nothing_deleted(world: Session) -> None:
    s = world
    add(s, Workshop(id=1, title="Annulé", place="Salle", capacity=4, cancelled_at=NOW))
    add(s, WorkshopSession(id=1, workshop_id=1, starts_at=at(14), ends_at=at(16)))
    with refused(s, "workshop cancelled"):
        s.add(signup(1, 1, 1, "registered"))
    with refused(s, "workshop cancelled"):
        s.add(signup(1, 1, 1, "waiting"))
    add(s, signup(1, 1, 1, "cancelled"))
    with refused(s, "sign-ups are cancelled, never deleted"):
        s.delete(s.get(WorkshopSignup, 1))
    with refused(s, "sessions are cancelled, never deleted"):
        s.delete(s.get(WorkshopSession, 1))
    with refused(s, "workshops are cancelled, never deleted"):
        s.delete(s.get(Workshop, 1))


def test_attendance_only_of_people_registered_in_that_workshop(world: Session) -> None:
    s = world
    add(s, Workshop(id=1, title="Premiers pas", place="Salle", capacity=1),
        Workshop(id=2, title="Messagerie", place="Salle", capacity=1))
    add(s, WorkshopSession(id=1, workshop_id=1, starts_at=at(14), ends_at=at(16)))
    add(s, signup(1, 1, 1, "registered"), signup(2, 1, 2, "waiting"),
        signup(3, 2, 3, "registered"))
    add(s, WorkshopAttendance(session_id=1, signup_id=1, recorded_at=NOW))
    message = "attendance of a person not registered in that workshop"
    with refused(s, message):  # on the waiting list
        s.add(WorkshopAttendance(session_id=1, signup_id=2, recorded_at=NOW))
    with refused(s, message):  # registered in another workshop
        s.add(WorkshopAttendance(session_id=1, signup_id=3, recorded_at=NOW))


# --- Visa Internet ----------------------------------------------------------------------


def test_validations_are_kept_once_a_certificate_is_issued(world: Session) -> None:
    s = world
    add(s, VisaSkill(id=1, label="Souris", position=1))
    add(s, VisaValidation(id=1, person_id=1, skill_id=1, validated_on=date(2026, 12, 8),
                          facilitator="Fanny", recorded_at=NOW),
        VisaValidation(id=2, person_id=2, skill_id=1, validated_on=date(2026, 12, 8),
                       facilitator="Fanny", recorded_at=NOW))
    s.delete(s.get(VisaValidation, 2))  # no certificate yet: a mistake is taken back
    s.flush()
    add(s, PrintedDocument(id=1, kind="certificate", title="Visa", data="{}", created_at=NOW),
        PrintedDocument(id=2, kind="certificate", title="Visa", data="{}", created_at=NOW))
    add(s, VisaCertificate(id=1, person_id=1, issued_on=date(2026, 12, 8), issued_at=NOW,
                           document_id=1))
    with refused(s, "validation behind a certificate"):
        s.delete(s.get(VisaValidation, 1))
    with refused(s, "a certificate is never changed"):
        s.get(VisaCertificate, 1).issued_on = date(2026, 12, 9)
    with refused(s, "a certificate is never changed"):
        s.get(VisaCertificate, 1).document_id = 2
