"""Starting the window: translators, style, the one-instance lock, then the
database opened off the GUI thread while the window is already on screen."""

from __future__ import annotations

import signal
import sys
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.errors import DatabaseError, GuichetError
from app.messages import describe, describe_database
from app.resources import resource_path
from app.settings import Settings
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from db.engine import Database


def create_application(argv: list[str] | None = None, language: str = "fr") -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Guichet")
    app.setOrganizationName("Guichet")
    app._guichet_translators = install_translators(app, language)  # type: ignore[attr-defined]
    if not hasattr(app, "_guichet_enter"):  # Enter presses the focused button, everywhere
        from ui.widgets import EnterClicks

        app._guichet_enter = EnterClicks(app)  # type: ignore[attr-defined]
        app.focusChanged.connect(app._guichet_enter.follow_focus)  # type: ignore[attr-defined]
    style = resource_path("styles", "guichet.qss").read_text(encoding="utf-8")
    app.setStyleSheet(style.replace("@ICONS@", resource_path("icons").as_posix()))
    return app  # type: ignore[return-value]


def acquire_instance_lock(settings: Settings) -> QLockFile | None:
    """One Guichet per database (file, or server) on this PC; None if another
    one holds it."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    name = str(settings.db_path) + ".lock"
    if settings.server_url is not None:
        import hashlib

        digest = hashlib.sha256(settings.server_url.encode()).hexdigest()[:16]
        name = str(settings.data_dir / f"server-{digest}.lock")
    lock = QLockFile(name)
    lock.setStaleLockTime(0)  # a crashed Guichet's lock is recognised by its dead PID
    return lock if lock.tryLock(100) else None


def open_for_window(settings: Settings, demo: bool) -> Database:
    """Open (check, migrate) the database, loading the demo on an empty one."""
    from db.engine import open_database

    db = open_database(settings.database)
    from app.services import housekeeping

    if settings.server_url is None:
        housekeeping.remove_leftovers(settings.db_path)  # a backup killed half-way, say
    if demo:
        from app.services import front_door

        if front_door.is_empty(db):  # a cheap look first: the demo service loads the ORM
            from app.services import demo as demo_service
            from app.services.context import Actor

            demo_service.load_demo(db, Actor.system())  # refuses by itself a non-empty one
    return db


def _open_and_preload(settings: Settings, demo: bool) -> Database:
    db = open_for_window(settings, demo)
    # The first pages pull in the services: import them here, off the GUI
    # thread. The desks are imported at sign-in, for the role signing in.
    import ui.lock_page  # noqa: F401
    import ui.login_page  # noqa: F401
    import ui.setup_page  # noqa: F401

    return db


def start_window(settings: Settings, *, demo: bool = False) -> tuple[MainWindow, TaskRunner]:
    """Show the window now; attach the database when it is open."""
    window = MainWindow()
    runner = window.runner
    window.show_fitted()

    def failed(exc: GuichetError) -> None:
        if isinstance(exc, DatabaseError):
            window.show_startup_failure(describe_database(exc))
        else:  # a bug (reported by the runner), not a bad file
            window.show_startup_failure(describe(exc))

    runner.submit(lambda: _open_and_preload(settings, demo), window.attach_database, failed)
    return window, runner


def _close_on_termination(app: QApplication, window: MainWindow) -> None:
    """A shutdown or Ctrl+C closes the window the normal way: the database is
    closed cleanly and the lock released. Qt's loop never gives Python a turn
    on its own, so a light timer lets the signal handler run."""
    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, lambda *_: window.close())
    ticker = QTimer(app)
    ticker.timeout.connect(lambda: None)
    ticker.start(250)


def run(settings: Settings, *, demo: bool = False, language: str = "fr") -> int:
    app = create_application(language=language)
    try:
        lock = acquire_instance_lock(settings)
    except OSError:
        lock = None
    if lock is None:
        QMessageBox.critical(None, app.translate("Messages", "Guichet"), app.translate(
            "Messages", "Guichet is already open on this computer with the same database. "
            "Use the window that is already open."))
        return 1
    window, runner = start_window(settings, demo=demo)
    _close_on_termination(app, window)
    try:
        code = app.exec()
        return code if window.db is not None else 1
    finally:
        runner.wait()
        if window.db is not None:
            window.db.close()
        lock.unlock()
