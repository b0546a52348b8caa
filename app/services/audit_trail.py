"""The audit trail as the coordinator sees it: the latest entries, filtered,
and the check of the whole chain. (The log itself: app/services/audit.py.)"""

from __future__ import annotations

from app.domain.roles import Permission
from app.services import audit
from app.services.context import Actor, require
from db.engine import Database


def entries(db: Database, actor: Actor, text: str = "") -> list[audit.AuditRow]:
    """Newest first; `text` filters on who, what and which record."""
    require(actor, Permission.VIEW_AUDIT)
    with db.read() as session:
        return audit.recent(session, text)


def verify(db: Database, actor: Actor) -> audit.ChainReport:
    """Walk the whole chain (a read: it never blocks a counter)."""
    require(actor, Permission.VIEW_AUDIT)
    with db.read() as session:
        return audit.verify(session)
