"""The coordinator's screen: audit trail and its check, with the role check."""

from __future__ import annotations

from app.domain.roles import Permission
from app.services import audit
from app.services.context import Actor, require
from db.engine import Database


def audit_trail(db: Database, actor: Actor, text: str = "") -> list[audit.AuditRow]:
    require(actor, Permission.VIEW_AUDIT)
    with db.read() as session:
        return audit.recent(session, text)


def verify_audit(db: Database, actor: Actor) -> audit.ChainReport:
    require(actor, Permission.VIEW_AUDIT)
    with db.read() as session:
        return audit.verify(session)
