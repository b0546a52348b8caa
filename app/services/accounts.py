"""Staff accounts: first coordinator, creation, sign-in with rate limiting."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from app.domain import clock
from app.domain.defaults import IDLE_LOCK_MINUTES, RETENTION_MONTHS
from app.domain.enums import Role
from app.domain.errors import (
    AccountChangeRefused,
    AccountExists,
    AccountLocked,
    AuthenticationFailed,
    SettingRefused,
    WeakSecret,
)
from app.domain.roles import Permission
from app.domain.text import clean, fold
from app.services.context import Actor, require, unit_of_work
from db.engine import Database
from db.models import Centre, StaffAccount

# A PIN is enough at the counter (the PC sits in a staffed room and locks when
# idle); the coordinator, who can export and erase, needs a password.
MIN_SECRET = {Role.COORDINATOR: 8, Role.RECEPTION: 4, Role.VOLUNTEER: 4}
MAX_NAME = 40  # as the sign-in list and the top bar show it
MAX_FAILED_ATTEMPTS = 5  # then the account waits...
LOCK_SECONDS = 60  # ...a minute, then twice as long after each next series of failures,
MAX_LOCK_SECONDS = 3600  # up to an hour: a 4-digit PIN would take months to guess online


def lock_seconds(failures: int) -> int:
    """How long the account waits after `failures` failed attempts in a row
    (0 between two series)."""
    if failures == 0 or failures % MAX_FAILED_ATTEMPTS:
        return 0
    series = failures // MAX_FAILED_ATTEMPTS
    return min(LOCK_SECONDS * 2 ** (series - 1), MAX_LOCK_SECONDS)


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


@dataclass(frozen=True)
class AccountInfo:
    id: int
    name: str
    role: Role
    active: bool


@dataclass(frozen=True)
class AccountRow:
    """An account as the team list shows it (never its secret)."""

    id: int
    name: str
    role: Role
    active: bool
    active_until: date | None
    last_sign_in_at: datetime | None
    failed_attempts: int

    def expired(self, today: date) -> bool:
        return self.active_until is not None and self.active_until < today


def _check_secret(role: Role, secret: str) -> None:
    """Coordinators: a password of 8+ characters. Others: a PIN of 4+ digits,
    not one digit repeated."""
    minimum = MIN_SECRET[role]
    if role is not Role.COORDINATOR:
        if not secret.isdigit() and len(secret) >= minimum:
            raise WeakSecret(minimum, "not_digits")
        if len(secret) >= minimum and len(set(secret)) == 1:
            raise WeakSecret(minimum, "one_digit")
    if len(secret) < minimum:
        raise WeakSecret(minimum)


def hash_secret(secret: str) -> str:
    """argon2, a tenth of a second or more on purpose: done before the write
    transaction, never while holding the lock another counter waits for."""
    return _hasher().hash(secret)


def insert_account(uow_session, name: str, role: Role, secret_hash: str, now) -> StaffAccount:  # type: ignore[no-untyped-def]
    """Within an open unit of work; the caller checked the role, hashed the
    secret (hash_secret) and audits."""
    name = clean(name)
    key = fold(name)
    if not key:
        raise SettingRefused("staff_name_required")
    if len(name) > MAX_NAME:
        raise SettingRefused("staff_name_too_long", str(MAX_NAME))
    if uow_session.scalar(select(StaffAccount.id).where(StaffAccount.name_key == key)):
        raise AccountExists(name)
    account = StaffAccount(name=name, name_key=key, role=role.value,
                           secret_hash=secret_hash, active=True,
                           failed_attempts=0, created_at=now)
    uow_session.add(account)
    uow_session.flush()
    return account


def create_first_coordinator(db: Database, name: str, secret: str,
                             centre_name: str = "") -> AccountInfo:
    """First run: allowed only while no account exists at all. Also names the
    centre when it has no name yet (printed on every document)."""
    _check_secret(Role.COORDINATOR, secret)
    secret_hash = hash_secret(secret)
    with unit_of_work(db, Actor.system(), Permission.MANAGE_ACCOUNTS) as uow:
        if uow.session.scalar(select(func.count()).select_from(StaffAccount)):
            raise AccountExists(name)
        if centre_name.strip() and uow.session.get(Centre, 1) is None:
            uow.session.add(Centre(id=1, name=clean(centre_name), address="", phone="",
                                   idle_lock_minutes=IDLE_LOCK_MINUTES,
                                   retention_months=RETENTION_MONTHS))
            uow.audit("centre_named", "centre", 1)
        account = insert_account(uow.session, name, Role.COORDINATOR, secret_hash, uow.now)
        uow.audit("account_created", "staff_account", account.id, role=account.role,
                  first_run=True)
        return AccountInfo(account.id, account.name, Role.COORDINATOR, True)


def create_account(db: Database, actor: Actor, name: str, role: Role, secret: str,
                   active_until: date | None = None) -> AccountInfo:
    """`active_until`: a civic-service volunteer's last day (no sign-in after)."""
    permit = require(actor, Permission.MANAGE_ACCOUNTS)
    role = Role(role)
    _check_secret(role, secret)
    secret_hash = hash_secret(secret)
    with unit_of_work(db, permit) as uow:
        _check_end_date(active_until, uow.now.date())
        account = insert_account(uow.session, name, role, secret_hash, uow.now)
        account.active_until = active_until
        uow.audit("account_created", "staff_account", account.id, role=role.value,
                  active_until=active_until.isoformat() if active_until else None)
        return AccountInfo(account.id, account.name, role, True)


def _check_end_date(active_until: date | None, today: date) -> None:
    if active_until is not None and active_until < today:
        raise AccountChangeRefused("past_end_date")


def list_accounts(db: Database, actor: Actor) -> list[AccountRow]:
    require(actor, Permission.MANAGE_ACCOUNTS)
    with db.read() as session:
        return [AccountRow(a.id, a.name, Role(a.role), a.active, a.active_until,
                           a.last_sign_in_at, a.failed_attempts)
                for a in session.scalars(select(StaffAccount).order_by(
                    StaffAccount.active.desc(), StaffAccount.name_key))]


def find_account(db: Database, actor: Actor, name: str) -> int:
    """An account's id by its name, as typed (case and accents aside)."""
    require(actor, Permission.MANAGE_ACCOUNTS)
    with db.read() as session:
        found = session.scalar(select(StaffAccount.id).where(
            StaffAccount.name_key == fold(clean(name))))
    if found is None:
        raise AccountChangeRefused("unknown", name)
    return found


def _account(session, account_id: int) -> StaffAccount:  # type: ignore[no-untyped-def]
    account = session.get(StaffAccount, account_id)
    if account is None:
        raise AccountChangeRefused("unknown", str(account_id))
    return account


def _other_active_coordinators(session, account_id: int) -> int:  # type: ignore[no-untyped-def]
    return session.scalar(select(func.count()).select_from(StaffAccount).where(
        StaffAccount.role == Role.COORDINATOR.value, StaffAccount.active.is_(True),
        StaffAccount.id != account_id)) or 0


def update_account(db: Database, actor: Actor, account_id: int, role: Role,
                   active_until: date | None, secret: str | None = None) -> None:
    """Change an account's role and end date; a new secret (a reset) when
    given, and always when the role asks for a stronger one (a coordinator's
    password). The last active coordinator stays a coordinator."""
    permit = require(actor, Permission.MANAGE_ACCOUNTS)
    role = Role(role)
    secret_hash = None
    if secret is not None:
        _check_secret(role, secret)
        secret_hash = hash_secret(secret)
    with unit_of_work(db, permit) as uow:
        account = _account(uow.session, account_id)
        old_role = Role(account.role)
        if old_role is Role.COORDINATOR and role is not Role.COORDINATOR and account.active \
                and not _other_active_coordinators(uow.session, account_id):
            raise AccountChangeRefused("last_coordinator", account.name)
        if secret is None and MIN_SECRET[role] > MIN_SECRET[old_role]:
            raise WeakSecret(MIN_SECRET[role])  # a PIN is not a coordinator's password
        if active_until != account.active_until:
            _check_end_date(active_until, uow.now.date())
        changed = {}
        if role is not old_role:
            changed["role"] = role.value
        if active_until != account.active_until:
            changed["active_until"] = active_until.isoformat() if active_until else None
        account.role = role.value
        account.active_until = active_until
        if secret_hash is not None:
            account.secret_hash = secret_hash
            account.failed_attempts = 0
            account.locked_until = None
            uow.audit("secret_reset", "staff_account", account_id)
        if changed:
            uow.audit("account_changed", "staff_account", account_id, **changed)


def reset_secret(db: Database, actor: Actor, account_id: int, secret: str) -> None:
    """A forgotten PIN or password: the coordinator sets a new one (and the
    account may sign in again at once)."""
    with db.read() as session:
        account = _account(session, account_id)
        role, active_until = Role(account.role), account.active_until
    update_account(db, actor, account_id, role, active_until, secret)


def set_active(db: Database, actor: Actor, account_id: int, active: bool) -> None:
    """Disable someone who left (never deleted: the audit log keeps the name),
    or enable them again. Not oneself, not the last active coordinator."""
    permit = require(actor, Permission.MANAGE_ACCOUNTS)
    with unit_of_work(db, permit) as uow:
        account = _account(uow.session, account_id)
        if account.active == active:
            return
        if not active:
            if account_id == actor.staff_id:
                raise AccountChangeRefused("yourself", account.name)
            if account.role == Role.COORDINATOR.value \
                    and not _other_active_coordinators(uow.session, account_id):
                raise AccountChangeRefused("last_coordinator", account.name)
        account.active = active
        uow.audit("account_enabled" if active else "account_disabled", "staff_account",
                  account_id)


def change_own_secret(db: Database, actor: Actor, current: str, new: str) -> None:
    """Anyone signed in changes their own PIN or password, knowing the current one."""
    if actor.staff_id is None:
        raise AccountChangeRefused("unknown", actor.label)
    with db.read() as session:
        account = _account(session, actor.staff_id)
        role, secret_hash = Role(account.role), account.secret_hash
    _check_secret(role, new)
    try:  # argon2 outside the transaction, as at sign-in
        _hasher().verify(secret_hash, current)
    except (VerificationError, InvalidHashError):
        raise AccountChangeRefused("wrong_secret", actor.label) from None
    new_hash = hash_secret(new)
    with unit_of_work(db, actor, Permission.SIGN_IN) as uow:
        _account(uow.session, actor.staff_id).secret_hash = new_hash
        uow.audit("own_secret_changed", "staff_account", actor.staff_id)


@dataclass(frozen=True)
class _Credentials:
    actor: Actor
    secret_hash: str
    locked_until: datetime | None


def sign_in(db: Database, name: str, secret: str) -> Actor:
    """Check name and secret; after repeated failures the account waits a while.

    The secret is checked (argon2, a tenth of a second or more) outside any
    transaction; the outcome is then written through the one write path, so
    a sign-in never holds the write lock another counter is waiting for."""
    key = fold(clean(name))
    with db.read() as session:
        account = session.scalar(select(StaffAccount).where(StaffAccount.name_key == key))
        today = clock.now().date()
        usable = account is not None and account.active and not (
            account.active_until is not None and account.active_until < today)
        found = None if not usable else _Credentials(
            Actor(account.id, account.name, Role(account.role)), account.secret_hash,
            account.locked_until)
    if found is None:
        # Same work and answer as a wrong secret: names cannot be probed.
        try:
            _hasher().verify(_dummy_hash(), secret)
        except VerificationError:
            pass
        raise AuthenticationFailed()
    now = clock.now()
    if found.locked_until and found.locked_until > now:
        raise AccountLocked(int((found.locked_until - now).total_seconds()) + 1)
    try:
        _hasher().verify(found.secret_hash, secret)
        accepted = True
    except (VerificationError, InvalidHashError):
        accepted = False
    with unit_of_work(db, found.actor, Permission.SIGN_IN) as uow:
        account = uow.session.get(StaffAccount, found.actor.staff_id)
        if account.locked_until and account.locked_until > uow.now:  # locked meanwhile
            raise AccountLocked(int((account.locked_until - uow.now).total_seconds()) + 1)
        if accepted:
            account.failed_attempts = 0
            account.locked_until = None
            account.last_sign_in_at = uow.now
        else:
            account.failed_attempts += 1  # counted until the next success
            wait = lock_seconds(account.failed_attempts)
            if wait:
                account.locked_until = uow.now + timedelta(seconds=wait)
        uow.audit("signed_in" if accepted else "sign_in_failed", "staff_account", account.id)
    if not accepted:
        raise AuthenticationFailed()  # after the commit: the failure is counted
    return found.actor


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher().hash("not a real secret")


@dataclass(frozen=True)
class RefusedSignIns:
    name: str
    failures: int  # in a row, since the last successful sign-in
    locked_until: datetime | None


WORTH_TELLING = 3  # failures in a row: one typo is not worth a red line


def refused_sign_ins(db: Database, actor: Actor) -> list[RefusedSignIns]:
    """For the coordinator: accounts with several failed sign-ins since their
    last success (someone guessing a PIN shows here), most failures first."""
    require(actor, Permission.MANAGE_ACCOUNTS)
    with db.read() as session:
        rows = session.scalars(select(StaffAccount)
                               .where(StaffAccount.failed_attempts >= WORTH_TELLING)
                               .order_by(StaffAccount.failed_attempts.desc()))
        now = clock.now()
        return [RefusedSignIns(a.name, a.failed_attempts,
                               a.locked_until if a.locked_until and a.locked_until > now
                               else None) for a in rows]
