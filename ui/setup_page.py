"""First run: name the centre and create the coordinator's account."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.domain.errors import GuichetError
from app.messages import describe
from db.engine import Database
from ui.tasks import TaskRunner
from ui.widgets import (
    centred_column,
    error_label,
    intro_label,
    primary_button,
    show_message,
    title_label,
)

if TYPE_CHECKING:
    from app.services.accounts import AccountInfo


class SetupPage(QWidget):
    coordinator_created = Signal(str)  # the account's name, to preselect at sign-in
    server_chosen = Signal(object)  # the centre's server, open: the window switches to it

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._submit = runner.bound(self)
        self.centre_edit = QLineEdit()
        self.centre_edit.setPlaceholderText(self.tr("e.g. Centre social de Kerourien"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Your name as shown at sign-in"))
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm_edit = QLineEdit()
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.create_button = primary_button(self.tr("Create the coordinator account"))
        self.error = error_label()
        self._runner = runner
        self.server_button = QPushButton(self.tr("Connect to the centre's server…"))
        self.server_button.setAutoDefault(False)
        self.server_button.setVisible(db.path is not None)  # not when already on a server

        # Labels above their fields: long French labels never squeeze the field.
        form = QGridLayout()
        form.setVerticalSpacing(6)
        form.setHorizontalSpacing(24)
        fields = ((self.tr("Name of the centre"), self.centre_edit),
                  (self.tr("Coordinator's name"), self.name_edit),
                  (self.tr("Password (8 characters or more)"), self.secret_edit),
                  (self.tr("Password again"), self.confirm_edit))
        for index, (caption, edit) in enumerate(fields):
            label = QLabel(caption)
            label.setBuddy(edit)
            row, column = 2 * (index // 2), index % 2
            form.addWidget(label, row, column)
            form.addWidget(edit, row + 1, column)

        inner = centred_column(self, 900, 18)
        inner.addWidget(title_label(self.tr("Welcome to Guichet")))
        inner.addWidget(intro_label(self.tr(
            "This is the first start on this computer. Create the coordinator's account: "
            "the coordinator then creates the accounts of reception staff and volunteers.")))
        inner.addLayout(form)
        inner.addWidget(self.error)
        inner.addWidget(self.create_button, 0, Qt.AlignmentFlag.AlignRight)
        if db.path is not None:  # a PC joining a centre that works on its own server
            joining = QHBoxLayout()
            joining.setSpacing(18)
            hint = QLabel(self.tr("Several counters, and the centre already has its server?"))
            hint.setWordWrap(True)
            joining.addWidget(hint, 1)
            joining.addWidget(self.server_button)
            inner.addSpacing(24)
            inner.addLayout(joining)

        self.create_button.clicked.connect(self._create)
        self.server_button.clicked.connect(self._connect_to_server)
        self.confirm_edit.returnPressed.connect(self._create)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.centre_edit.setFocus()

    def _connect_to_server(self) -> None:
        from ui.server_page import ServerPage

        assert self._db.path is not None
        self.server_page = ServerPage(self._db.path.parent, self._runner, self)
        self.server_page.chosen.connect(self.server_chosen)
        self.server_page.open()

    def _create(self) -> None:
        if not self.centre_edit.text().strip() or not self.name_edit.text().strip():
            show_message(self.error, self.tr("Fill in the name of the centre and your name."))
            return
        if self.secret_edit.text() != self.confirm_edit.text():
            show_message(self.error, self.tr("The two passwords differ. Type them again."))
            self.confirm_edit.clear()
            self.confirm_edit.setFocus()
            return
        db = self._db
        name, secret, centre_name = (self.name_edit.text(), self.secret_edit.text(),
                                     self.centre_edit.text())

        def create() -> AccountInfo:  # on the worker: argon2, SQLAlchemy
            from app.services import accounts

            return accounts.create_first_coordinator(db, name, secret, centre_name=centre_name)

        def created(account: AccountInfo) -> None:
            self.create_button.setEnabled(True)
            self.secret_edit.clear()
            self.confirm_edit.clear()
            show_message(self.error, "")
            self.coordinator_created.emit(account.name)

        def refused(error: GuichetError) -> None:
            self.create_button.setEnabled(True)
            show_message(self.error, describe(error))

        self.create_button.setEnabled(False)  # argon2 hashing takes a moment
        self._submit(create, created, refused)
