"""Sign-in: pick your name in a large list, type your PIN or password."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.services import accounts
from app.services.context import Actor
from db.engine import Database
from ui.tasks import TaskRunner
from ui.widgets import (
    centred_column,
    error_label,
    intro_label,
    primary_button,
    refuse_secret,
    show_error,
    title_label,
)


class LoginPage(QWidget):
    signed_in = Signal(object)  # Actor
    refused = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.runner = TaskRunner(self)  # argon2 takes a tenth of a second or more
        self.names = QListWidget()
        self.names.setMinimumHeight(240)
        self.names.setMaximumHeight(360)
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(self.tr("PIN or password"))
        self.sign_in_button = primary_button(self.tr("Sign in"))
        self.error = error_label()

        secret_row = QHBoxLayout()
        secret_row.addWidget(self.secret_edit, 1)
        secret_row.addWidget(self.sign_in_button)

        inner = centred_column(self, 720, 16)
        inner.addWidget(title_label(self.tr("Who is at the counter?")))
        inner.addWidget(intro_label(self.tr("Choose your name, then type your PIN or password.")))
        inner.addWidget(self.names)
        secret_label = QLabel(self.tr("PIN or password"))
        secret_label.setBuddy(self.secret_edit)
        inner.addWidget(secret_label)
        inner.addLayout(secret_row)
        inner.addWidget(self.error)

        self.names.itemActivated.connect(lambda _item: self.secret_edit.setFocus())
        self.names.currentItemChanged.connect(lambda *_: show_error(self.error, ""))
        self.sign_in_button.clicked.connect(self._sign_in)
        self.secret_edit.returnPressed.connect(self._sign_in)

    def show_notice(self, text: str, error: bool = False) -> None:
        """A message for whoever signs in next (after a restore, say)."""
        self.error.setObjectName("errorLabel" if error else "noticeLabel")
        self.error.setStyleSheet("")
        show_error(self.error, text)

    def reload(self, preselect: str | None = None) -> None:
        self.names.clear()
        for account in accounts.list_accounts(self._db):
            if not account.active:
                continue
            item = QListWidgetItem(account.name)
            self.names.addItem(item)
            if account.name == preselect:
                self.names.setCurrentItem(item)
        if self.names.currentItem() is None and self.names.count():
            self.names.setCurrentRow(0)
        self.secret_edit.clear()
        show_error(self.error, "")

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        (self.secret_edit if self.names.currentItem() else self.names).setFocus()

    def _sign_in(self) -> None:
        item = self.names.currentItem()
        if item is None:
            show_error(self.error, self.tr("Choose your name in the list first."))
            self.names.setFocus()
            return
        name, secret = item.text(), self.secret_edit.text()
        self.sign_in_button.setEnabled(False)  # checking a secret takes a moment, on purpose
        self.runner.submit(lambda: accounts.sign_in(self._db, name, secret),
                           self._accepted, self._refused)

    def _accepted(self, actor: Actor) -> None:
        self.sign_in_button.setEnabled(True)
        self.secret_edit.clear()
        show_error(self.error, "")
        self.signed_in.emit(actor)

    def _refused(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        refuse_secret(self.error, self.secret_edit, exc)
        self.refused.emit()
