from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ui.application import create_application

UI_DIR = Path(__file__).resolve().parents[2] / "ui"


@pytest.fixture(scope="session", autouse=True)
def guichet_app(qapp: QApplication) -> QApplication:
    """The real application set-up: French translators and the style sheet."""
    return create_application()


class GuiThreadWatchdog:
    """Slow work done on the GUI thread on behalf of a window's code. The
    test's own set-up (services called straight from a test) is not counted:
    only calls with a frame of ui/ on the stack."""

    def __init__(self) -> None:
        self.offences: list[str] = []
        self.paused = False

    @contextmanager
    def allowed(self) -> Iterator[None]:
        """A test calling the worker's side of the window itself, as set-up."""
        self.paused = True
        try:
            yield
        finally:
            self.paused = False

    def check(self, what: str) -> None:
        if self.paused or threading.current_thread() is not threading.main_thread():
            return
        frame = sys._getframe(1)
        while frame is not None:
            filename = frame.f_code.co_filename
            if filename.startswith(str(UI_DIR)):
                self.offences.append(f"{what} from {filename}:{frame.f_lineno} "
                                     f"({frame.f_code.co_name})")
                return
            frame = frame.f_back


@pytest.fixture(autouse=True)
def gui_thread_watchdog(monkeypatch: pytest.MonkeyPatch) -> Iterator[GuiThreadWatchdog]:
    """Fails a UI test if the window ran SQL (through SQLAlchemy or plain
    sqlite3), checked or hashed a secret, or rasterised a PDF on the GUI
    thread: the one runner is for that."""
    import argon2
    import pypdfium2
    from sqlalchemy import event
    from sqlalchemy.engine import Engine

    watchdog = GuiThreadWatchdog()

    def on_sql(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        watchdog.check(f"SQL {statement.split()[0] if statement else ''}")

    event.listen(Engine, "before_cursor_execute", on_sql)
    from db.engine import Database
    from db.postgres import ServerDatabase

    for owner, name in ((argon2.PasswordHasher, "verify"), (argon2.PasswordHasher, "hash"),
                        (pypdfium2.PdfPage, "render"), (Database, "plain"),
                        (Database, "scratch"), (ServerDatabase, "plain"),
                        (ServerDatabase, "scratch")):
        original = getattr(owner, name)

        def guarded(*args, _original=original, _what=f"{owner.__name__}.{name}", **kwargs):  # type: ignore[no-untyped-def]
            watchdog.check(_what)
            return _original(*args, **kwargs)

        monkeypatch.setattr(owner, name, guarded)
    try:
        yield watchdog
    finally:
        event.remove(Engine, "before_cursor_execute", on_sql)
    assert watchdog.offences == [], "slow work on the GUI thread:\n" + "\n".join(
        dict.fromkeys(watchdog.offences))
