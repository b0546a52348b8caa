"""The main window: shown at once, then first-run set-up or sign-in once the
database is open (opened off the GUI thread), then the desks.

Page modules are imported when the database arrives: they pull in SQLAlchemy
and the services, which the first frame does not need.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from app.services.context import Actor
    from db.engine import Database
    from ui.home_page import HomePage
    from ui.login_page import LoginPage
    from ui.setup_page import SetupPage


class MainWindow(QMainWindow):
    database_ready = Signal()
    signed_out = Signal()

    def __init__(self, db: Database | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db: Database | None = None
        self.actor: Actor | None = None
        self.setup_page: SetupPage
        self.login_page: LoginPage
        self.home_page: HomePage
        self.setWindowTitle(self.tr("Guichet"))
        self.resize(1200, 820)

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
        from app.services import accounts
        from ui.home_page import HomePage
        from ui.login_page import LoginPage
        from ui.setup_page import SetupPage

        self._db = db
        self.setup_page = SetupPage(db)
        self.login_page = LoginPage(db)
        self.home_page = HomePage(db)
        for page in (self.setup_page, self.login_page, self.home_page):
            self.pages.addWidget(page)
        self.setup_page.coordinator_created.connect(self._show_login)
        self.login_page.signed_in.connect(self._on_signed_in)
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
            self.user_label.setText(self.actor.label)
            self.switch_button.show()

    def _show_login(self, preselect: str | None = None) -> None:
        self.actor = None
        self._refresh_top()
        self.login_page.reload(preselect)
        self.pages.setCurrentWidget(self.login_page)
        self.login_page.setFocus()

    def _on_signed_in(self, actor: Actor) -> None:
        self.actor = actor
        self._refresh_top()
        self.home_page.show_for(actor)
        self.pages.setCurrentWidget(self.home_page)

    def sign_out(self) -> None:
        self.signed_out.emit()
        self._show_login()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._db is not None:
            self._db.close()
        super().closeEvent(event)
