"""The audit trail as the coordinator sees it: the latest entries, filtered,
and the check of the whole chain. (The log itself: app/services/audit.py.)"""

from __future__ import annotations

import sqlite3
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select

from app.domain.errors import AnchorUnusable, RestoreRefused
from app.domain.roles import Permission
from app.services import audit, housekeeping
from app.services.context import Actor, require
from db.engine import Database
from db.models import StaffAccount


def entries(db: Database, actor: Actor, text: str = "") -> list[audit.AuditRow]:
    """Newest first; `text` filters on who, what and which record. An entry
    about a staff account names it (accounts are never deleted)."""
    require(actor, Permission.VIEW_AUDIT)
    with db.read() as session:
        rows = audit.recent(session, text)
        ids = {int(r.entity_id) for r in rows
               if r.entity == "staff_account" and r.entity_id.isdigit()}
        names = dict(session.execute(select(StaffAccount.id, StaffAccount.name)
                                     .where(StaffAccount.id.in_(ids))).all()) if ids else {}
    return [replace(r, record_name=names.get(int(r.entity_id), "")) if r.entity ==
            "staff_account" and r.entity_id.isdigit() else r for r in rows]


def verify(db: Database, actor: Actor) -> audit.ChainReport:
    """Walk the whole chain (a read: it never blocks a counter)."""
    require(actor, Permission.VIEW_AUDIT)
    with db.read() as session:
        return audit.verify(session)


@dataclass(frozen=True)
class AnchorCheck:
    """The live trail held against a copy made earlier (a backup): the copy's
    first entries must still be there, unchanged."""

    copy: Path
    copy_entries: int
    live_entries: int
    holds: bool  # the live trail begins with the copy's trail, hash for hash


def fingerprint(head_hash: str) -> str:
    """Short enough to note on paper: 4 groups of 4."""
    return "-".join(head_hash[i:i + 4].upper() for i in range(0, 16, 4))


def head(db: Database, actor: Actor) -> tuple[int, str]:
    require(actor, Permission.VIEW_AUDIT)
    with db.read() as session:
        return audit.head(session)


def latest_local_copy(db_path: Path) -> Path | None:
    copies = [p for p in housekeeping.local_copies(db_path) if p.name.startswith("auto-")]
    return copies[-1] if copies else None


def verify_against(db: Database, actor: Actor, copy: Path,
                   passphrase: str | None = None) -> AnchorCheck:
    """Deleting the newest entries, or editing one and computing the chain
    again, leaves a chain that checks: held against a copy made before (an
    encrypted backup on a stick cannot be forged without its passphrase),
    it shows."""
    require(actor, Permission.VIEW_AUDIT)
    assert db.path is not None
    from app.services.backup import plain_bytes

    try:
        data = plain_bytes(copy, passphrase)
    except RestoreRefused as refused:  # the same reasons, said for a check
        raise AnchorUnusable(refused.reason, copy, refused.detail) from None
    with tempfile.TemporaryDirectory(dir=housekeeping.work_folder(db.path)) as work:
        plain = Path(work) / "anchor.sqlite3"
        plain.write_bytes(data)
        conn = sqlite3.connect(plain)
        try:
            count, head_hash = conn.execute(
                "SELECT count(*), (SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1) "
                "FROM audit_log").fetchone()
        except sqlite3.DatabaseError:
            raise AnchorUnusable("not_a_backup", copy) from None
        finally:
            conn.close()
    with db.read() as session:
        live_count, _ = audit.head(session)
        live_hash = audit.hash_after(session, count)
    return AnchorCheck(Path(copy), count, live_count,
                       holds=live_hash == (head_hash or audit.GENESIS))

