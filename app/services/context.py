"""The mechanism every service goes through: role check, unit of work, audit."""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.orm import Session

from app.domain import clock
from app.domain.enums import Role
from app.domain.errors import AccountNoLongerValid, PermissionDenied
from app.domain.roles import Permission, allows
from app.services import audit, changes
from db.engine import Database


@dataclass(frozen=True)
class Actor:
    """Who acts: a signed-in staff account, or the PC's command line."""

    staff_id: int | None
    label: str
    role: Role

    @classmethod
    def command_line(cls) -> Actor:
        # Whoever can run the CLI can read the database file anyway: it acts
        # as the PC's administrator and is recorded under the OS user's name.
        try:
            user = getpass.getuser()
        except Exception:  # no login name on some service accounts
            user = "?"
        return cls(staff_id=None, label=f"cli:{user}", role=Role.COORDINATOR)

    @classmethod
    def system(cls) -> Actor:
        """Guichet itself (first-run set-up, automatic jobs)."""
        return cls(staff_id=None, label="system", role=Role.COORDINATOR)


@dataclass(frozen=True)
class Permit:
    """What `require` hands back: this actor may do this. A service that must
    refuse early (before parsing a file, copying a database) checks once with
    `require`, then opens its unit of work with the permit."""

    actor: Actor
    permission: Permission


def require(actor: Actor, permission: Permission) -> Permit:
    if not allows(actor.role, permission):
        raise PermissionDenied(permission.value, actor.role.value)
    return Permit(actor, permission)


@dataclass
class UnitOfWork:
    session: Session
    actor: Actor
    now: datetime
    changed: set[str] = field(default_factory=set)  # told to the screens after the commit
    audit_ids: set[int] = field(default_factory=set)

    def audit(self, action: str, entity: str = "", entity_id: object = "",
              **details: object) -> None:
        """Record what was done. Never personal data, never a ballot choice.
        The entity is also what the screens hear has changed."""
        if entity:
            self.changed.update(changes.with_consequences({entity}))
        entry = audit.append(self.session, at=self.now, actor_id=self.actor.staff_id,
                             actor_label=self.actor.label, action=action, entity=entity,
                             entity_id="" if entity_id is None else str(entity_id),
                             details=details)
        self.audit_ids.add(entry.id)


def _still_allowed(session: Session, actor: Actor, now: datetime) -> None:
    """A session opened before its account was disabled, ended or given
    another role writes nothing more (checked in the write's own transaction)."""
    if actor.staff_id is None:
        return
    from sqlalchemy import select

    from db.models import StaffAccount

    row = session.execute(select(StaffAccount.active, StaffAccount.active_until,
                                 StaffAccount.role)
                          .where(StaffAccount.id == actor.staff_id)).first()
    if row is None or not row.active or row.role != actor.role.value or (
            row.active_until is not None and row.active_until < now.date()):
        raise AccountNoLongerValid(actor.label)


@contextmanager
def unit_of_work(db: Database, actor: Actor | Permit,
                 permission: Permission | None = None) -> Iterator[UnitOfWork]:
    """Check the role (unless given a Permit: checked already), then one write
    transaction that commits once; then tell the screens what changed."""
    if isinstance(actor, Permit):
        actor = actor.actor
    else:
        if permission is None:
            raise TypeError("unit_of_work needs a permission or a Permit")
        require(actor, permission)
    with db.write() as session:
        work = UnitOfWork(session=session, actor=actor, now=clock.now())
        _still_allowed(session, actor, work.now)
        yield work
    changes.publish(db, work.changed, work.audit_ids)  # committed: whoever shows it refreshes
