"""The window's one runner: every database operation, read or write, and every
slow job (argon2, files, PDF rasterising, printing) runs here, on one worker
thread, in the order it was asked for. Answers come back on the GUI thread.

It also carries the one change signal: every committed unit of work says what
it changed (`app.services.changes`), and `changed` repeats it on the GUI thread
so each desk showing those things refreshes itself.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from app.domain.errors import GuichetError


class _Relay(QObject):
    """Lives on the GUI thread: signals emitted from the worker are queued to
    it. One per runner (per-job QObjects deleted mid-dispatch crash PySide)."""

    done = Signal(int, object)
    failed = Signal(int, object)
    changed = Signal(object)


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


def _ignore(_value: object) -> None:
    pass


class TaskRunner(QObject):
    """Runs one job at a time, in order: SQLite serialises writes anyway, and
    ordered jobs keep a print from overtaking the save it prints, and a restore
    from overtaking a backup still being written."""

    changed = Signal(object)  # frozenset[str]: what a committed write changed
    busy_changed = Signal(bool)
    unexpected = Signal(object)  # an exception that is a bug, not a refusal

    BUSY_DELAY_MS = 300  # shorter jobs show no indicator: it would only flicker

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # one worker thread for the window's life
        self._relay = _Relay(self)
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)
        self._relay.changed.connect(self.changed)
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[Callable[[Any], None], Callable[[GuichetError], None],
                                       QObject | None]] = {}
        self._busy_shown = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(self.BUSY_DELAY_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    def submit(self, work: Callable[[], Any], on_done: Callable[[Any], None] = _ignore,
               on_error: Callable[[GuichetError], None] | None = None, *,
               owner: QObject | None = None) -> None:
        """Run `work` on the worker; `on_done(result)` or `on_error(error)`
        follows on the GUI thread. `on_error` gets a GuichetError, ready for
        `describe`: anything else is a bug, reported (`unexpected`) and handed
        on as a plain GuichetError so the screen still says something.
        When `owner` (the page that asked) is deleted meanwhile, say by a
        sign-out, its answers are dropped: the work itself is done."""
        job_id = next(self._ids)
        if not self._pending and not self._busy_shown:
            self._busy_timer.start()
        self._pending[job_id] = (on_done, on_error or self._unhandled, owner)
        self._pool.start(_Job(job_id, work, self._relay))

    def bound(self, owner: QObject) -> Callable[..., None]:
        """`submit` for one page: its answers go nowhere once it is deleted."""
        def submit(work: Callable[[], Any], on_done: Callable[[Any], None] = _ignore,
                   on_error: Callable[[GuichetError], None] | None = None) -> None:
            self.submit(work, on_done, on_error, owner=owner)
        return submit

    def publish(self, topics: frozenset[str]) -> None:
        """Called on the worker by `app.services.changes` after a commit."""
        self._relay.changed.emit(topics)

    def _show_busy(self) -> None:
        self._busy_shown = True
        self.busy_changed.emit(True)

    def _settle(self) -> None:
        """After each answer: once nothing is left to do, no indicator."""
        if self._pending:
            return
        self._busy_timer.stop()
        if self._busy_shown:
            self._busy_shown = False
            self.busy_changed.emit(False)

    def _on_done(self, job_id: int, result: Any) -> None:
        on_done, on_error, owner = self._pending.pop(job_id)
        try:
            if owner is not None and not shiboken6.isValid(owner):
                return
            on_done(result)
        except GuichetError as exc:
            on_error(exc)
        except Exception as exc:
            self._report(exc)
        finally:
            self._settle()

    def _on_failed(self, job_id: int, exc: BaseException) -> None:
        _, on_error, owner = self._pending.pop(job_id)
        try:
            if not isinstance(exc, GuichetError):
                self._report(exc)
                exc = GuichetError()
            if owner is not None and not shiboken6.isValid(owner):
                return
            on_error(exc)
        except Exception as bug:
            self._report(bug)
        finally:
            self._settle()

    def _unhandled(self, exc: GuichetError) -> None:
        self.unexpected.emit(exc)

    def _report(self, exc: BaseException) -> None:
        # the traceback goes where Python sends it (stderr; the test harness
        # fails the test), the window shows a sentence (`unexpected`)
        sys.excepthook(type(exc), exc, exc.__traceback__)
        self.unexpected.emit(exc)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def wait(self, timeout_ms: int = -1) -> bool:
        """Block until the worker is idle: closing the window, tests. Never
        from a GUI handler in normal use."""
        return self._pool.waitForDone(timeout_ms)
