"""Other counters' writes, shown within about a second.

On the centre's server several PCs write at once; each window hears its own
writes at once (`app.services.changes`), and this watch tells it the others':
a thread of its own asks the server, every second, for the audit entries
committed since the last look (one indexed read) and publishes their kinds
of record as if they were local, so every list that already refreshes on a
local change refreshes on a remote one. A slow or lost server delays the
next look, never the window (the thread waits, the GUI thread does not).
"""

from __future__ import annotations

import threading

from app.domain.errors import GuichetError
from app.services import changes

INTERVAL_S = 1.0


class LiveChanges:
    def __init__(self, db: object) -> None:
        self._db = db
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="guichet-live", daemon=True)
        self._thread.start()

    def _watch(self) -> None:
        last: int | None = None
        while not self._stop.wait(INTERVAL_S):
            if self._db.closed:  # signed out of this database for good
                return
            try:
                if last is None:
                    last = changes.latest(self._db)
                    continue
                last, topics = changes.elsewhere(self._db, last)
            except GuichetError:  # the server is away: the next look will tell
                continue
            except Exception:  # the database was closed under us (sign-out, restore)
                if self._stop.is_set():
                    return
                continue
            if topics:
                changes.publish(self._db, topics)

    def stop(self) -> None:
        self._stop.set()
