"""The main window: shown at once, then first-run set-up or sign-in once the
database is open (opened off the GUI thread), then the desks.

Page modules are imported when the database arrives: they pull in SQLAlchemy
and the services, which the first frame does not need.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.context import Actor
    from db.engine import Database
    from ui.idle import IdleWatcher
    from ui.lock_page import LockPage
    from ui.login_page import LoginPage
    from ui.setup_page import SetupPage


class MainWindow(QMainWindow):
    database_ready = Signal()
    database_restored = Signal()
    signed_out = Signal()

    def __init__(self, db: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self.actor: Actor | None = None
        self.setup_page: SetupPage
        self.login_page: LoginPage
        self.lock_page: LockPage
        self.idle: IdleWatcher
        self.desk_tabs: QTabWidget | None = None
        self._desks: dict[str, QWidget] = {}
        self._focus_before_lock: QWidget | None = None
        self.setWindowTitle(self.tr("Guichet"))
        self.resize(1200, 820)
        self.runner = TaskRunner(self)
        self.backup_timer = QTimer(self)  # the daily automatic backup
        self.backup_timer.setInterval(3_600_000)
        self.backup_timer.timeout.connect(self.backup_if_due)

        self.centre_name = QLabel(self.tr("Guichet"))
        self.centre_name.setObjectName("centreName")
        self.user_label = QLabel()
        self.switch_button = QPushButton(self.tr("Switch user"))
        self.switch_button.setToolTip(self.tr("Sign out and let someone else sign in"))
        self.switch_button.hide()
        top = QFrame()
        top.setObjectName("topBar")
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(20, 10, 20, 10)
        top_layout.addWidget(self.centre_name, 1)
        top_layout.addWidget(self.user_label)
        top_layout.addWidget(self.switch_button)

        self.opening_label = QLabel(self.tr("Opening the database…"))
        self.opening_label.setObjectName("pageIntro")
        self.opening_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.opening_label)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.switch_button.clicked.connect(self.sign_out)
        if db is not None:
            self.attach_database(db)

    @property
    def db(self) -> Database | None:
        return self._db

    def show_startup_failure(self, message: str) -> None:
        """The database could not be opened: say why in the window itself (a
        modal box would sit behind nothing) and offer only to close."""
        self.opening_label.setText(message)
        self.opening_label.setObjectName("errorLabel")
        self.opening_label.setWordWrap(True)
        self.opening_label.setStyleSheet("")  # re-polish with the new name
        close = QPushButton(self.tr("Close Guichet"))
        close.clicked.connect(self.close)
        self.pages.currentWidget().setFocus()
        self.statusBar().addPermanentWidget(close)
        close.setFocus()

    def attach_database(self, db: Database) -> None:
        from app.services import accounts, centre
        from ui.idle import IdleWatcher
        from ui.lock_page import LockPage
        from ui.login_page import LoginPage
        from ui.setup_page import SetupPage

        if self._db is not None:  # again, after a restore: drop the old pages
            for page in (self.setup_page, self.login_page, self.lock_page):
                self.pages.removeWidget(page)
                page.deleteLater()
        self._db = db
        self.setup_page = SetupPage(db)
        self.login_page = LoginPage(db)
        self.lock_page = LockPage(db)
        for page in (self.setup_page, self.login_page, self.lock_page):
            self.pages.addWidget(page)
        self.setup_page.coordinator_created.connect(self._show_login)
        self.login_page.signed_in.connect(self._on_signed_in)
        self.lock_page.unlocked.connect(self._unlock)
        self.lock_page.switch_user_requested.connect(self.sign_out)
        info = centre.centre_info(db)
        minutes = info.idle_lock_minutes if info else 5
        if not hasattr(self, "idle"):
            self.idle = IdleWatcher(minutes * 60_000, self)
            self.idle.idle.connect(self.lock)
        self.idle.set_delay_ms(minutes * 60_000)
        if accounts.has_accounts(db):
            self._show_login()
        else:
            self._refresh_top()
            self.pages.setCurrentWidget(self.setup_page)
        self.database_ready.emit()

    def _refresh_top(self) -> None:
        from app.services import centre

        info = centre.centre_info(self._db) if self._db else None
        self.centre_name.setText(info.name if info else self.tr("Guichet"))
        if self.actor is None:
            self.user_label.clear()
            self.switch_button.hide()
        else:
            from ui import labels

            self.user_label.setText(f"{self.actor.label} ({labels.role(self.actor.role)})")
            self.switch_button.show()

    def _show_login(self, preselect: str | None = None) -> None:
        self.actor = None
        self._drop_desks()
        self._refresh_top()
        self.login_page.reload(preselect)
        self.pages.setCurrentWidget(self.login_page)
        self.login_page.setFocus()

    def _on_signed_in(self, actor: Actor) -> None:
        from ui.desks import desks_for

        assert self._db is not None
        self.actor = actor
        self._refresh_top()
        self._drop_desks()
        self.desk_tabs = QTabWidget()
        self.desk_tabs.setObjectName("deskTabs")
        for desk in desks_for(actor.role):
            page = desk.build(self._db, actor)
            self._desks[desk.key] = page
            self.desk_tabs.addTab(page, desk.title())
        self.pages.addWidget(self.desk_tabs)
        self.pages.setCurrentWidget(self.desk_tabs)
        admin = self._desks.get("admin")
        if admin is not None:
            admin.restore_requested.connect(self.restore_database)  # type: ignore[attr-defined]
        self.idle.start()
        self.backup_if_due()
        self.backup_timer.start()

    def desk(self, key: str) -> QWidget | None:
        """The signed-in user's desk of that kind, if their role has it."""
        return self._desks.get(key)

    def _drop_desks(self) -> None:
        if hasattr(self, "idle"):
            self.idle.stop()
        if self.desk_tabs is not None:
            self.pages.removeWidget(self.desk_tabs)
            self.desk_tabs.deleteLater()
            self.desk_tabs = None
        self._desks.clear()

    def lock(self) -> None:
        """Idle delay reached: hide the desks (kept as they are) behind the lock."""
        if self.actor is None or self.desk_tabs is None:
            return
        self._focus_before_lock = QApplication.focusWidget()
        self.lock_page.lock_for(self.actor)
        self.pages.setCurrentWidget(self.lock_page)
        self.lock_page.secret_edit.setFocus()

    def _unlock(self) -> None:
        if self.desk_tabs is None:
            return
        self.pages.setCurrentWidget(self.desk_tabs)
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus()
        self.idle.start()

    def sign_out(self) -> None:
        self.signed_out.emit()
        self._show_login()
        self.auto_backup()

    # --- automatic backups and restore ------------------------------------------

    def auto_backup(self) -> None:
        """A verified copy beside the database (at each sign-out, and daily)."""
        from app.services import backup

        db = self._db
        if db is None or db.path is None:
            return
        self.runner.submit(lambda: backup.auto_backup(db), lambda _path: None,
                           self._background_failed)

    def backup_if_due(self) -> None:
        from app.domain import clock
        from app.services import backup

        if self._db is None or self._db.path is None:
            return
        last = backup.last_auto_backup(self._db.path)
        if last is None or clock.now() - last >= timedelta(days=1):
            self.auto_backup()

    def _background_failed(self, exc: BaseException) -> None:
        from app.domain.errors import GuichetError
        from ui.messages import describe

        if not isinstance(exc, GuichetError):
            raise exc
        self.statusBar().showMessage(describe(exc))

    def restore_database(self, backup_file: Path, passphrase: str | None) -> None:
        """Everyone is signed out, the database closed, replaced, reopened."""
        from app.services import backup
        from db.engine import open_database

        assert self._db is not None and self._db.path is not None
        actor, path = self.actor, self._db.path
        assert actor is not None
        self.backup_timer.stop()
        self.actor = None
        self._drop_desks()
        self._refresh_top()
        self.opening_label.setText(self.tr("Restoring the backup…"))
        self.pages.setCurrentWidget(self.opening_label)
        self.runner.wait()  # no backup may be copying the file we replace
        self._db.close()

        def work():  # type: ignore[no-untyped-def]
            try:
                report = backup.restore_backup(path, backup_file, passphrase, actor)
            finally:
                reopened = open_database(path)
            return reopened, report

        def done(result) -> None:  # type: ignore[no-untyped-def]
            reopened, _report = result
            self.attach_database(reopened)
            self.login_page.show_notice(self.tr("Backup restored. Sign in again."))
            self.database_restored.emit()

        def failed(exc: BaseException) -> None:
            from app.domain.errors import GuichetError
            from ui.messages import describe

            if not isinstance(exc, GuichetError):
                raise exc
            self.attach_database(open_database(path))
            self.login_page.show_notice(describe(exc), error=True)

        self.runner.submit(work, done, failed)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.runner.wait()  # let a backup in progress finish
        if self._db is not None:
            self._db.close()
        super().closeEvent(event)
