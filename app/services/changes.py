"""What a committed write changed, told to whoever shows it on this PC.

Every unit of work records the kinds of record it touched (the entities of its
audit entries: "visit", "dwelling", "roster", "printed_document"...). After the
commit, and only then, the subscribers of that database hear the set. The
window subscribes its runner, which repeats the set on the GUI thread.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable

Listener = Callable[[frozenset[str]], None]

# What else an act on a kind of record changes, for the screens that show it:
# a handout or a sale moves a device in the stock, opening or counting a poll
# changes the sector's offer and its dwellings' cards, a caretaker's batch
# changes the register, a sector's handout letters change its dwellings. One
# table for this PC's screens and for the other counters' (`elsewhere`).
CONSEQUENCES: dict[str, frozenset[str]] = {
    "handout": frozenset({"equipment"}),
    "sale": frozenset({"equipment"}),
    "poll": frozenset({"dwelling", "sector", "centre"}),
    "vote_batch": frozenset({"vote_register"}),
    "sector": frozenset({"dwelling"}),
}


def with_consequences(entities: set[str] | frozenset[str]) -> frozenset[str]:
    return frozenset(entities).union(*(CONSEQUENCES.get(e, frozenset()) for e in entities))

_lock = threading.Lock()
_listeners: weakref.WeakKeyDictionary[object, list[Listener]] = weakref.WeakKeyDictionary()
_own: weakref.WeakKeyDictionary[object, set[int]] = weakref.WeakKeyDictionary()


def subscribe(db: object, listener: Listener) -> None:
    with _lock:
        _listeners.setdefault(db, []).append(listener)


def unsubscribe(db: object, listener: Listener) -> None:
    with _lock:
        listeners = _listeners.get(db, [])
        if listener in listeners:
            listeners.remove(listener)


def publish(db: object, topics: set[str] | frozenset[str],
            audit_ids: set[int] | frozenset[int] = frozenset()) -> None:
    """`audit_ids`: the entries this window wrote, told already: the watch
    of other counters' writes (`elsewhere`) does not tell them again."""
    with _lock:
        if audit_ids and db in _listeners:
            _own.setdefault(db, set()).update(audit_ids)
        listeners = list(_listeners.get(db, ()))
    if not topics:
        return
    for listener in listeners:
        listener(frozenset(topics))


def latest(db) -> int:  # type: ignore[no-untyped-def]
    """Where the audit log stands: the watch starts from here."""
    from sqlalchemy import func, select

    from db.models import AuditEntry

    with db.read() as session:
        return int(session.scalar(select(func.max(AuditEntry.id))) or 0)


def elsewhere(db, after: int) -> tuple[int, frozenset[str]]:  # type: ignore[no-untyped-def]
    """What other counters (other PCs on the centre's server, another
    process on this file) committed since audit entry `after`: every write is
    one unit of work with its audit entries, and writers commit one after
    the other (the write lock), so the entries' ids come in commit order.
    One indexed read; nothing personal (entities are kinds of record)."""
    from sqlalchemy import select

    from db.models import AuditEntry

    with db.read() as session:
        rows = session.execute(select(AuditEntry.id, AuditEntry.entity)
                               .where(AuditEntry.id > after).order_by(AuditEntry.id)).all()
    if not rows:
        return after, frozenset()
    with _lock:
        own = _own.get(db, set())
        topics = with_consequences(
            {entity for entry_id, entity in rows if entity and entry_id not in own})
        own.difference_update(entry_id for entry_id, _ in rows)
    return rows[-1][0], topics
