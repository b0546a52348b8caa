"""Starting the window: translators, style, the one-instance lock, the database."""

from __future__ import annotations

import sys

from PySide6.QtCore import QLockFile
from PySide6.QtWidgets import QApplication, QMessageBox

from app.domain.errors import DatabaseError
from app.resources import resource_path
from app.settings import Settings
from db.engine import Database, open_database
from ui.i18n import install_translators
from ui.main_window import MainWindow
from ui.messages import describe_database


def create_application(argv: list[str] | None = None, language: str = "fr") -> QApplication:
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    app.setApplicationName("Guichet")
    app.setOrganizationName("Guichet")
    app._guichet_translators = install_translators(app, language)  # type: ignore[attr-defined]
    app.setStyleSheet(resource_path("styles", "guichet.qss").read_text(encoding="utf-8"))
    return app  # type: ignore[return-value]


def acquire_instance_lock(settings: Settings) -> QLockFile | None:
    """One Guichet per database file on this PC; None if another one holds it."""
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    lock = QLockFile(str(settings.db_path) + ".lock")
    lock.setStaleLockTime(0)  # a crashed Guichet's lock is recognised by its dead PID
    return lock if lock.tryLock(100) else None


def open_for_window(settings: Settings, demo: bool) -> Database:
    db = open_database(settings.db_path)
    if demo:
        from app.services import demo as demo_service
        from app.services.context import Actor

        if demo_service.is_empty(db):
            demo_service.load_demo(db, Actor.system())
    return db


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
    try:
        db = open_for_window(settings, demo)
    except DatabaseError as exc:
        QMessageBox.critical(None, app.translate("Messages", "Guichet"), describe_database(exc))
        return 1
    window = MainWindow(db)
    window.show()
    try:
        return app.exec()
    finally:
        db.close()
        lock.unlock()
