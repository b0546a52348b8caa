"""The main window: first-run set-up, sign-in, then the desks."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMainWindow, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from app.services import accounts, centre
from app.services.context import Actor
from db.engine import Database
from ui.home_page import HomePage
from ui.login_page import LoginPage
from ui.setup_page import SetupPage


class MainWindow(QMainWindow):
    signed_out = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Guichet"))
        self.resize(1200, 820)

        self.centre_name = QLabel()
        self.centre_name.setObjectName("centreName")
        self.user_label = QLabel()
        self.switch_button = QPushButton(self.tr("Switch user"))
        self.switch_button.setToolTip(self.tr("Sign out and let someone else sign in"))
        top = QFrame()
        top.setObjectName("topBar")
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(20, 10, 20, 10)
        top_layout.addWidget(self.centre_name, 1)
        top_layout.addWidget(self.user_label)
        top_layout.addWidget(self.switch_button)

        self.setup_page = SetupPage(db)
        self.login_page = LoginPage(db)
        self.home_page = HomePage(db)
        self.pages = QStackedWidget()
        for page in (self.setup_page, self.login_page, self.home_page):
            self.pages.addWidget(page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.setup_page.coordinator_created.connect(self._show_login)
        self.login_page.signed_in.connect(self._on_signed_in)
        self.switch_button.clicked.connect(self.sign_out)

        if accounts.has_accounts(db):
            self._show_login()
        else:
            self._refresh_top()
            self.pages.setCurrentWidget(self.setup_page)

    def _refresh_top(self) -> None:
        info = centre.centre_info(self._db)
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
        self._db.close()
        super().closeEvent(event)
