"""The append-only, hash-chained audit log."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
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

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


def verify(session: Session) -> ChainReport:
    """Walk the chain; the first entry whose hash or link does not hold is named."""
    prev_hash = GENESIS
    count = 0
    for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.id)):
        count += 1
        expected = _digest(prev_hash, entry.at, entry.actor_id, entry.actor_label,
                           entry.action, entry.entity, entry.entity_id, entry.details)
        if entry.prev_hash != prev_hash or entry.hash != expected:
            return ChainReport(entries=count, first_bad_id=entry.id)
        prev_hash = entry.hash
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


def recent(session: Session, text: str = "", limit: int = 500) -> list[AuditRow]:
    """Newest first; `text` filters on who, what and which record."""
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if text.strip():
        pattern = f"%{text.strip()}%"
        stmt = stmt.where(AuditEntry.actor_label.ilike(pattern) | AuditEntry.action.ilike(pattern)
                          | AuditEntry.entity.ilike(pattern) | AuditEntry.entity_id.ilike(pattern))
    return [AuditRow(e.id, e.at, e.actor_label, e.action, e.entity, e.entity_id, e.details)
            for e in session.scalars(stmt)]
