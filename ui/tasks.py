"""The one small runner for slow work (opening the database, rendering,
printing, exports): the work runs on a worker thread, its callbacks arrive on
the GUI thread, and the window never freezes."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread: signals emitted from the worker are queued to
    it. One per runner (per-job QObjects deleted mid-dispatch crash PySide)."""

    done = Signal(int, object)
    failed = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, job_id: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._job_id = job_id
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:  # handed to the GUI thread, never lost
            self._relay.failed.emit(self._job_id, exc)
        else:
            self._relay.done.emit(self._job_id, result)


class TaskRunner(QObject):
    """Runs one job at a time, in order: SQLite serialises writes anyway, and
    ordered jobs keep a print from overtaking the save it prints."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None],
               on_error: Callable[[BaseException], None]) -> None:
        job_id = next(self._ids)
        self._pending[job_id] = (on_done, on_error)
        self._pool.start(_Job(job_id, work, self._relay))

    def _on_done(self, job_id: int, result: Any) -> None:
        on_done, _ = self._pending.pop(job_id)
        on_done(result)

    def _on_failed(self, job_id: int, exc: BaseException) -> None:
        _, on_error = self._pending.pop(job_id)
        on_error(exc)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the worker is idle (closing the window, tests)."""
        return self._pool.waitForDone(timeout_ms)
