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

_lock = threading.Lock()
_listeners: weakref.WeakKeyDictionary[object, list[Listener]] = weakref.WeakKeyDictionary()


def subscribe(db: object, listener: Listener) -> None:
    with _lock:
        _listeners.setdefault(db, []).append(listener)


def unsubscribe(db: object, listener: Listener) -> None:
    with _lock:
        listeners = _listeners.get(db, [])
        if listener in listeners:
            listeners.remove(listener)


def publish(db: object, topics: set[str] | frozenset[str]) -> None:
    if not topics:
        return
    with _lock:
        listeners = list(_listeners.get(db, ()))
    for listener in listeners:
        listener(frozenset(topics))
