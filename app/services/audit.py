"""The append-only, hash-chained audit log."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from db.models import AuditEntry

GENESIS = "0" * 64


def _digest(prev_hash: str, at: datetime, actor_id: int | None, actor_label: str,
            action: str, entity: str, entity_id: str, details: str) -> str:
    canonical = json.dumps(
        [prev_hash, at.isoformat(), actor_id, actor_label, action, entity, entity_id, details],
        ensure_ascii=False, separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(session: Session, *, at: datetime, actor_id: int | None, actor_label: str,
           action: str, entity: str, entity_id: str, details: dict[str, object]) -> AuditEntry:
    # Called inside a write transaction (BEGIN IMMEDIATE): nobody else can
    # append between reading the last hash and inserting.
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    prev_hash = prev or GENESIS
    details_json = json.dumps(details, ensure_ascii=False, sort_keys=True, default=str)
    entry = AuditEntry(
        at=at, actor_id=actor_id, actor_label=actor_label, action=action, entity=entity,
        entity_id=entity_id, details=details_json, prev_hash=prev_hash,
        hash=_digest(prev_hash, at, actor_id, actor_label, action, entity, entity_id,
                     details_json),
    )
    session.add(entry)
    session.flush()
    return entry


@dataclass(frozen=True)
class ChainReport:
    entries: int
    first_bad_id: int | None
    unreadable: bool = False  # the first bad entry cannot even be read (not a date...)

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


def _stored_time(value: object) -> datetime:
    """`at` as SQLAlchemy stored it (ISO text); anything else is damage."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        raise TypeError(f"not a date: {type(value).__name__}")
    return datetime.fromisoformat(value)


def verify(session: Session) -> ChainReport:
    """Walk the chain; the first entry whose hash or link does not hold is named.
    Rows are read as stored (plain SQL, no ORM conversion), so that an entry
    edited into nonsense (a date that is not one, a BLOB) is named too."""
    prev_hash = GENESIS
    count = 0
    rows = session.execute(text(
        "SELECT id, at, actor_id, actor_label, action, entity, entity_id, details, prev_hash, "
        "hash FROM audit_log ORDER BY id"))
    for row in rows:
        count += 1
        try:
            if not all(isinstance(v, str) for v in (row.actor_label, row.action, row.entity,
                                                     row.entity_id, row.details)):
                raise TypeError("text expected")
            expected = _digest(prev_hash, _stored_time(row.at), row.actor_id, row.actor_label,
                               row.action, row.entity, row.entity_id, row.details)
        except (TypeError, ValueError):
            return ChainReport(entries=count, first_bad_id=row.id, unreadable=True)
        if row.prev_hash != prev_hash or row.hash != expected:
            return ChainReport(entries=count, first_bad_id=row.id)
        prev_hash = row.hash
    return ChainReport(entries=count, first_bad_id=None)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    details: str
    record_name: str = ""  # the account's name, for an entry about a staff account


def recent(session: Session, text: str = "", limit: int = 500) -> list[AuditRow]:
    """Newest first; `text` filters on who, what and which record."""
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if text.strip():
        pattern = f"%{text.strip()}%"
        stmt = stmt.where(AuditEntry.actor_label.ilike(pattern) | AuditEntry.action.ilike(pattern)
                          | AuditEntry.entity.ilike(pattern) | AuditEntry.entity_id.ilike(pattern))
    return [AuditRow(e.id, e.at, e.actor_label, e.action, e.entity, e.entity_id, e.details)
            for e in session.scalars(stmt)]


def hash_after(session: Session, entries: int) -> str | None:
    """The chain's hash after its first `entries` entries (None if shorter)."""
    if entries == 0:
        return GENESIS
    return session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id)
                          .offset(entries - 1).limit(1))


def head(session: Session) -> tuple[int, str]:
    """How many entries, and the newest one's hash: the chain's anchor."""
    count = session.scalar(select(func.count()).select_from(AuditEntry)) or 0
    return count, hash_after(session, count) or GENESIS
