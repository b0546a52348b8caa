from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.enums import Role
from app.domain.errors import (
    AccountExists,
    AccountLocked,
    AuthenticationFailed,
    PermissionDenied,
    WeakSecret,
)
from app.services import accounts, audit, front_door
from app.services.context import Actor
from db.engine import Database
from db.models import AuditEntry, StaffAccount


def test_first_run_creates_the_coordinator_and_names_the_centre(db: Database) -> None:
    assert not front_door.has_accounts(db)
    info = accounts.create_first_coordinator(db, "  Anne   Coord ", "coordination",
                                             centre_name="Centre social de Kerourien")
    assert (info.name, info.role) == ("Anne Coord", Role.COORDINATOR)
    assert front_door.centre_info(db).name == "Centre social de Kerourien"
    with pytest.raises(AccountExists):  # only while no account exists
        accounts.create_first_coordinator(db, "Mallory", "coordination")


def test_secrets_are_stored_as_argon2_hashes(coordinator: Actor, db: Database) -> None:
    with db.read() as s:
        stored = s.scalar(select(StaffAccount.secret_hash))
    assert stored.startswith("$argon2") and "coordination" not in stored


def test_sign_in_ignores_case_and_accents_of_the_name(db: Database, coordinator: Actor) -> None:
    accounts.create_account(db, coordinator, "Bénévole Lucie", Role.VOLUNTEER, "4321")
    actor = accounts.sign_in(db, "benevole lucie", "4321")
    assert actor.role is Role.VOLUNTEER and actor.label == "Bénévole Lucie"


def test_weak_secrets_are_refused_per_role(db: Database, coordinator: Actor) -> None:
    with pytest.raises(WeakSecret):
        accounts.create_account(db, coordinator, "Accueil", Role.RECEPTION, "12")
    with pytest.raises(WeakSecret):
        accounts.create_account(db, coordinator, "Coord 2", Role.COORDINATOR, "1234")


def test_wrong_secret_and_unknown_name_look_the_same(db: Database, coordinator: Actor) -> None:
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(db, "Anne Coord", "wrong secret")
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(db, "Nobody", "coordination")


def test_repeated_failures_lock_the_account_for_a_while(db: Database, coordinator: Actor) -> None:
    for _ in range(accounts.MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthenticationFailed):
            accounts.sign_in(db, "Anne Coord", "guess")
    with pytest.raises(AccountLocked) as locked:
        accounts.sign_in(db, "Anne Coord", "coordination")  # even the right secret waits
    assert 0 < locked.value.seconds_left <= accounts.LOCK_SECONDS + 1


def test_the_wait_grows_with_each_series_of_failures(
        db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    """A minute, two, four... up to an hour: guessing a 4-digit PIN online takes
    months, and the coordinator sees who is being guessed."""
    from datetime import timedelta

    from app.domain import clock

    now = clock.now()
    waits = []
    for _series in range(8):
        for _ in range(accounts.MAX_FAILED_ATTEMPTS):
            monkeypatch.setattr(clock, "now", lambda: now)
            with pytest.raises((AuthenticationFailed, AccountLocked)):
                accounts.sign_in(db, "Anne Coord", "guess")
        with pytest.raises(AccountLocked) as locked:
            accounts.sign_in(db, "Anne Coord", "coordination")
        waits.append(locked.value.seconds_left)
        now += timedelta(seconds=locked.value.seconds_left + 1)  # wait it out
    assert waits == [61, 121, 241, 481, 961, 1921, 3601, 3601]
    troubles = accounts.refused_sign_ins(db, coordinator)
    assert [(t.name, t.failures) for t in troubles] == [("Anne Coord", 40)]
    monkeypatch.setattr(clock, "now", lambda: now)
    accounts.sign_in(db, "Anne Coord", "coordination")  # the right secret, after the wait
    assert accounts.refused_sign_ins(db, coordinator) == []


def test_only_the_coordinator_manages_accounts(db: Database, coordinator: Actor) -> None:
    accounts.create_account(db, coordinator, "Accueil", Role.RECEPTION, "1234")
    reception = accounts.sign_in(db, "Accueil", "1234")
    with pytest.raises(PermissionDenied):
        accounts.create_account(db, reception, "Intrus", Role.COORDINATOR, "longenough")
    assert front_door.account_names(db) == ["Accueil", "Anne Coord"]


def test_account_acts_are_in_the_audit_chain(db: Database, coordinator: Actor) -> None:
    accounts.create_account(db, coordinator, "Accueil", Role.RECEPTION, "1234")
    with db.read() as s:
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
        assert audit.verify(s).ok
    assert actions == ["centre_named", "account_created", "signed_in", "account_created"]


def test_audit_chain_detects_an_edited_entry(db: Database, coordinator: Actor) -> None:
    with db.engine.begin() as conn:  # someone with the file and sqlite3 (or psql) in hand
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_update" + (
            " ON audit_log" if db.path is None else ""))
        conn.exec_driver_sql("UPDATE audit_log SET actor_label = 'someone else' WHERE id = 2")
    with db.read() as s:
        report = audit.verify(s)
    assert report.first_bad_id == 2


def test_cli_actor_is_recorded_with_the_os_user() -> None:
    actor = Actor.command_line()
    assert actor.label.startswith("cli:") and actor.staff_id is None


def test_the_secret_is_checked_while_other_counters_can_write(
        db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2 takes a tenth of a second or more: no write lock is held meanwhile,
    and the outcome is still recorded (through the one write path)."""
    from argon2 import PasswordHasher

    from tests.conftest import another_counter_can_write

    real_verify = PasswordHasher.verify
    others_wrote: list[bool] = []

    def verify_while_another_counter_writes(self, hash_, secret):  # type: ignore[no-untyped-def]
        others_wrote.append(another_counter_can_write(db))
        return real_verify(self, hash_, secret)

    monkeypatch.setattr(PasswordHasher, "verify", verify_while_another_counter_writes)
    accounts.sign_in(db, coordinator.label, "coordination")
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(db, coordinator.label, "pas le bon")
    assert others_wrote == [True, True]
    with db.read() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        account = session.scalar(select(StaffAccount).where(StaffAccount.id == coordinator.staff_id))
    assert actions[-2:] == ["signed_in", "sign_in_failed"]
    assert account.failed_attempts == 1
