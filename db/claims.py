"""Who has the database open, across processes: every process that opens it
(the window, a command, a backup) holds a shared claim on `<file>.claim`; a
restore takes the exclusive claim, so it waits for nobody and nobody writes
under it. portalocker gives the same shared/exclusive locks on Linux (flock)
and Windows (LockFileEx); the operating system drops them with the process.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

import portalocker

from app.domain.errors import DatabaseBusy

_held_exclusive: set[Path] = set()  # by this process: its own opens need no claim
_lock = threading.Lock()


def claim_file(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".claim")


class Claim:
    """A shared claim, held until `release` (or the process ends)."""

    def __init__(self, handle: IO[bytes] | None) -> None:
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            try:
                portalocker.unlock(self._handle)
            finally:
                self._handle.close()
                self._handle = None


def shared(db_path: Path, wait_s: float) -> Claim:
    """Claim the database for reading and writing alongside others; waits up
    to `wait_s` while a restore holds it, then DatabaseBusy."""
    with _lock:
        if db_path in _held_exclusive:
            return Claim(None)
    handle = claim_file(db_path).open("a+b")
    deadline = time.monotonic() + wait_s
    while True:
        try:
            portalocker.lock(handle, portalocker.LOCK_SH | portalocker.LOCK_NB)
            return Claim(handle)
        except portalocker.LockException:
            if time.monotonic() >= deadline:
                handle.close()
                raise DatabaseBusy(db_path, "a restore is replacing it") from None
            time.sleep(0.05)


@contextmanager
def exclusive(db_path: Path) -> Iterator[bool]:
    """Yields True with the database to oneself, or False at once if any
    process (this one included, through another open) still holds it."""
    with claim_file(db_path).open("a+b") as handle:
        try:
            portalocker.lock(handle, portalocker.LOCK_EX | portalocker.LOCK_NB)
        except portalocker.LockException:
            yield False
            return
        with _lock:
            _held_exclusive.add(db_path)
        try:
            yield True
        finally:
            with _lock:
                _held_exclusive.discard(db_path)
            portalocker.unlock(handle)
