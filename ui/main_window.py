"""The main window: shown at once, then first-run set-up or sign-in once the
database is open (opened off the GUI thread), then the desks.

Page modules are imported when the database arrives: they pull in SQLAlchemy
and the services, which the first frame does not need.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.defaults import IDLE_LOCK_MINUTES
from app.domain.errors import GuichetError
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.context import Actor
    from app.services.front_door import CentreInfo
    from db.engine import Database
    from ui.idle import IdleWatcher
    from ui.lock_page import LockPage
    from ui.login_page import LoginPage
    from ui.setup_page import SetupPage


PREFERRED_SIZE = QSize(1200, 820)


def size_for_screen(available: QSize) -> QSize | None:
    """The window's size on a screen offering `available` pixels, or None to
    open maximised: the counter's laptops (1366x768, 1024x768) have no room
    for a window frame around the desks."""
    if available.width() < PREFERRED_SIZE.width() + 80 or \
            available.height() < PREFERRED_SIZE.height() + 80:
        return None
    return PREFERRED_SIZE


class MainWindow(QMainWindow):
    database_ready = Signal()
    database_restored = Signal()
    signed_out = Signal()

    def __init__(self, db: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self._live = None  # other counters' writes, on a server (ui.live)
        self.actor: Actor | None = None
        self.setup_page: SetupPage
        self.login_page: LoginPage
        self.lock_page: LockPage
        self.idle: IdleWatcher
        self.desk_tabs: QTabWidget | None = None
        self._desks: dict[str, QWidget] = {}
        self._focus_before_lock: QWidget | None = None
        self.setWindowTitle(self.tr("Guichet"))
        self.resize(PREFERRED_SIZE)
        self._centre: CentreInfo | None = None
        self.runner = TaskRunner(self)  # the one runner: every desk and page uses it
        self.runner.busy_changed.connect(self._show_busy)
        self.runner.unexpected.connect(self._unexpected)
        # the centre's name in the top bar and the idle delay follow the settings
        self.runner.changed.connect(
            lambda topics: self._reload_centre() if "centre" in topics else None)
        self.backup_timer = QTimer(self)  # the daily automatic backup
        self.backup_timer.setInterval(3_600_000)
        self.backup_timer.timeout.connect(self.backup_if_due)

        self.centre_name = QLabel(self.tr("Guichet"))
        self.centre_name.setObjectName("centreName")
        # a long centre name gives way (cut, in full on hover) rather than widen the window
        self.centre_name.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.user_label = QLabel()
        self.switch_button = QPushButton(self.tr("Switch user"))
        self.switch_button.setToolTip(self.tr("Sign out and let someone else sign in"))
        self.switch_button.hide()
        self.own_secret_button = QPushButton(self.tr("My PIN…"))
        self.own_secret_button.setToolTip(self.tr("Change my PIN or password"))
        self.own_secret_button.hide()
        self.busy_label = QLabel(self.tr("Working…"))
        self.busy_label.setObjectName("busyLabel")
        self.busy_label.hide()
        top = QFrame()
        top.setObjectName("topBar")
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(20, 10, 20, 10)
        top_layout.addWidget(self.centre_name, 1)
        top_layout.addWidget(self.busy_label)
        top_layout.addWidget(self.user_label)
        top_layout.addWidget(self.own_secret_button)
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
        self.own_secret_button.clicked.connect(self.change_own_secret)
        if db is not None:
            self.attach_database(db)

    def show_fitted(self) -> None:
        """Shown at a size the screen can hold: maximised on a small screen."""
        screen = self.screen() or QApplication.primaryScreen()
        size = size_for_screen(screen.availableGeometry().size()) if screen else PREFERRED_SIZE
        if size is None:
            if screen is not None:  # where no window manager maximises (a bare X server)
                self.setGeometry(screen.availableGeometry())
            self.showMaximized()
        else:
            self.resize(size)
            self.show()

    @property
    def db(self) -> Database | None:
        return self._db

    def _unexpected(self, exc: BaseException) -> None:
        """A bug or an error no screen handles: say so, the window goes on."""
        from app.messages import describe

        text = describe(exc) if isinstance(exc, GuichetError) else describe(GuichetError())
        self.statusBar().showMessage(text)

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

    def attach_database(self, db: Database, notice: str = "", error: bool = False) -> None:
        """The database is open: build the pages on it, then (read on the
        runner) show the first-run set-up or the sign-in, with `notice` for
        whoever signs in next (after a restore, say)."""
        from app.services import changes, front_door
        from ui.idle import IdleWatcher
        from ui.lock_page import LockPage
        from ui.login_page import LoginPage
        from ui.setup_page import SetupPage

        if self._db is not None:  # again, after a restore: drop the old pages
            changes.unsubscribe(self._db, self.runner.publish)
            for page in (self.setup_page, self.login_page, self.lock_page):
                self.pages.removeWidget(page)
                page.deleteLater()
        self._db = db
        changes.subscribe(db, self.runner.publish)
        if self._live is not None:
            self._live.stop()
        if db.path is None:  # several counters on the centre's server
            from ui.live import LiveChanges

            self._live = LiveChanges(db)
        self.setup_page = SetupPage(db, self.runner)
        self.login_page = LoginPage(db, self.runner)
        self.lock_page = LockPage(db, self.runner)
        for page in (self.setup_page, self.login_page, self.lock_page):
            self.pages.addWidget(page)
        self.setup_page.coordinator_created.connect(self._show_login)
        self.setup_page.server_chosen.connect(self.switch_database)
        self.login_page.signed_in.connect(self._on_signed_in)
        self.lock_page.unlocked.connect(self._unlock)
        self.lock_page.switch_user_requested.connect(self.sign_out)
        if not hasattr(self, "idle"):
            self.idle = IdleWatcher(IDLE_LOCK_MINUTES * 60_000, self)
            self.idle.idle.connect(self.lock)

        def first_page(state: tuple[CentreInfo | None, bool]) -> None:
            info, has_accounts = state
            self._centre = info
            self.idle.set_delay_ms((info.idle_lock_minutes if info else IDLE_LOCK_MINUTES)
                                   * 60_000)
            said, as_error = notice, error
            if db.set_aside:  # said once, to whoever is at the counter
                from app.messages import journal_set_aside

                said, as_error = journal_set_aside(db.set_aside), True
            if has_accounts:
                self._show_login(notice=said, error=as_error)
            else:
                self._refresh_top()
                self.pages.setCurrentWidget(self.setup_page)
            self.database_ready.emit()

        self.runner.submit(lambda: (front_door.centre_info(db), front_door.has_accounts(db)),
                           first_page, self._background_failed)

    def switch_database(self, db: Database) -> None:
        """The first-run page pointed this PC at the centre's server (kept for
        the next starts): the window goes on with it, as after a restore, and
        the empty file opened at this start is closed."""
        old = self._db
        self.attach_database(db)
        if old is not None:
            self.runner.submit(old.close, on_error=self._background_failed)

    def _refresh_top(self) -> None:
        info = self._centre
        self.centre_name.setText(info.name if info else self.tr("Guichet"))
        self.centre_name.setToolTip(self.centre_name.text())
        if self.actor is None:
            self.user_label.clear()
            self.switch_button.hide()
            self.own_secret_button.hide()
        else:
            from ui import labels

            role = labels.role(self.actor.role)
            self.user_label.setText(self.actor.label if self.actor.label.casefold() ==
                                    role.casefold() else f"{self.actor.label} ({role})")
            self.switch_button.show()
            self.own_secret_button.setVisible(self.actor.staff_id is not None)

    def _show_login(self, preselect: str | None = None, notice: str = "",
                    error: bool = False) -> None:
        if preselect is not None:  # just made at first run: the centre has its name now
            self._reload_centre()
        self.actor = None
        self._drop_desks()
        self._refresh_top()
        self.login_page.reload(preselect, notice, error)
        self.pages.setCurrentWidget(self.login_page)
        self.login_page.setFocus()

    def _reload_centre(self) -> None:
        from app.services import front_door

        db = self._db

        def shown(info: CentreInfo | None) -> None:
            self._centre = info
            self._refresh_top()
            if info is not None:  # a new idle delay counts from now
                self.idle.set_delay_ms(info.idle_lock_minutes * 60_000)

        self.runner.submit(lambda: front_door.centre_info(db), shown, self._background_failed)

    def _on_signed_in(self, actor: Actor) -> None:
        from ui.desks import DeskContext, desks_for

        assert self._db is not None
        self.actor = actor
        self._refresh_top()
        self._drop_desks()
        self.desk_tabs = QTabWidget()
        self.desk_tabs.setObjectName("deskTabs")
        context = DeskContext(self._db, actor, self.runner)
        for desk in desks_for(actor.role):
            page = desk.build(context)
            self._desks[desk.key] = page
            self.desk_tabs.addTab(page, desk.title())
        self.pages.addWidget(self.desk_tabs)
        self.pages.setCurrentWidget(self.desk_tabs)
        counter, handout = self._desks.get("counter"), self._desks.get("handout")
        if counter is not None and handout is not None:
            counter.handout_requested.connect(self.open_in_handout)  # type: ignore[attr-defined]
        agenda = self._desks.get("agenda")
        if counter is not None and agenda is not None:
            counter.appointment_requested.connect(  # type: ignore[attr-defined]
                lambda dwelling_id, ref: (self.desk_tabs.setCurrentWidget(agenda),
                                          agenda.book_for(dwelling_id, ref)))
        workshops = self._desks.get("workshops")
        if counter is not None and workshops is not None:
            counter.workshop_requested.connect(  # type: ignore[attr-defined]
                lambda person_id, name: (self.desk_tabs.setCurrentWidget(workshops),
                                         workshops.sign_up_for(person_id, name)))
        admin = self._desks.get("administration")
        if admin is not None:
            admin.restore_requested.connect(self.restore_database)  # type: ignore[attr-defined]
        self.idle.start()
        self.backup_if_due()
        self.backup_timer.start()

    def open_in_handout(self, dwelling_id: int, then: str = "") -> None:
        """From a household's card: the handout desk, that dwelling open."""
        handout = self._desks.get("handout")
        if handout is None or self.desk_tabs is None:
            return
        self.desk_tabs.setCurrentWidget(handout)
        handout.open_dwelling(dwelling_id, then or None)  # type: ignore[attr-defined]

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
        self.switch_button.hide()  # the lock page has its own "someone else"
        self.own_secret_button.hide()
        self.lock_page.secret_edit.setFocus()

    def _unlock(self) -> None:
        if self.desk_tabs is None:
            return
        self.pages.setCurrentWidget(self.desk_tabs)
        self._refresh_top()
        if self._focus_before_lock is not None:
            self._focus_before_lock.setFocus()
        self.idle.start()

    def change_own_secret(self) -> None:
        from ui.own_secret_dialog import OwnSecretDialog

        if self.actor is None or self._db is None:
            return
        self.own_secret_dialog = OwnSecretDialog(self._db, self.actor, self.runner, self)
        self.own_secret_dialog.changed.connect(lambda: self.statusBar().showMessage(
            self.tr("Your new PIN or password is saved."), 8000))
        self.own_secret_dialog.open()

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
        self.runner.submit(lambda: backup.auto_backup(db), on_error=self._background_failed)

    def backup_if_due(self) -> None:
        from app.domain import clock
        from app.services import backup

        db = self._db
        if db is None or db.path is None:
            return
        path = db.path

        def check_and_back_up() -> None:
            last = backup.last_auto_backup(path)
            if last is None or clock.now() - last >= timedelta(days=1):
                backup.auto_backup(db)

        self.runner.submit(check_and_back_up, on_error=self._background_failed)

    def _background_failed(self, exc: GuichetError) -> None:
        from app.messages import describe

        self.statusBar().showMessage(describe(exc), 20000)  # not left once things work again

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setVisible(busy)
        if busy:
            self.statusBar().clearMessage()

    def restore_database(self, backup_file: Path, passphrase: str | None) -> None:
        """Everyone is signed out; on the runner, after whatever it is still
        doing (a backup to a stick, a print record), the database is closed,
        replaced and reopened."""
        from app.services import backup, changes
        from db.engine import open_database

        assert self._db is not None
        # the file, or on the centre's server its URL: restored the same way
        db, actor, path = self._db, self.actor, self._db.location
        assert actor is not None
        self.backup_timer.stop()
        self.actor = None
        self._drop_desks()
        self._refresh_top()
        self.opening_label.setText(self.tr("Restoring the backup…"))
        self.pages.setCurrentWidget(self.opening_label)
        changes.unsubscribe(db, self.runner.publish)

        def work():  # type: ignore[no-untyped-def]
            db.close()
            try:
                report = backup.restore_backup(path, backup_file, passphrase, actor)
            except GuichetError as exc:
                return open_database(path), exc
            return open_database(path), report

        def done(result) -> None:  # type: ignore[no-untyped-def]
            reopened, outcome = result
            if isinstance(outcome, GuichetError):
                from app.messages import describe

                self.attach_database(reopened, describe(outcome), error=True)
            else:
                self.database_ready.connect(self._restored, Qt.ConnectionType.SingleShotConnection)
                self.attach_database(reopened, self.tr("Backup restored. Sign in again."))

        def failed(exc: GuichetError) -> None:  # the database could not be reopened
            from app.messages import describe

            self._db = None
            self.show_startup_failure(describe(exc))

        self.runner.submit(work, done, failed)

    def _restored(self) -> None:
        self.database_restored.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._live is not None:
            self._live.stop()
        self.runner.wait()  # let a backup in progress finish
        if self._db is not None:
            self._db.close()
        super().closeEvent(event)
