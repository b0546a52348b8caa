"""Shown after the idle delay: the same person unlocks with their secret and
finds their desk as they left it; anyone else switches user."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from app.domain.errors import AuthenticationFailed, GuichetError
from db.engine import Database
from ui.tasks import TaskRunner
from ui.widgets import (
    centred_column,
    error_label,
    intro_label,
    primary_button,
    refuse_secret,
    show_message,
    title_label,
)

if TYPE_CHECKING:
    from app.services.context import Actor


class LockPage(QWidget):
    unlocked = Signal()
    refused = Signal()
    switch_user_requested = Signal()

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor: Actor | None = None
        self.runner = runner
        self._submit = runner.bound(self)
        self.title = title_label("")
        self.secret_edit = QLineEdit()
        self.secret_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret_edit.setPlaceholderText(self.tr("PIN or password"))
        self.unlock_button = primary_button(self.tr("Unlock"))
        self.switch_button = QPushButton(self.tr("Someone else: sign in with another name"))
        self.error = error_label()
        row = QHBoxLayout()
        row.addWidget(self.secret_edit, 1)
        row.addWidget(self.unlock_button)
        inner = centred_column(self, 720, 16)
        inner.addWidget(self.title)
        inner.addWidget(intro_label(self.tr(
            "The counter locked itself after a while without use. What was being typed "
            "is kept.")))
        inner.addLayout(row)
        inner.addWidget(self.error)
        inner.addWidget(self.switch_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.unlock_button.clicked.connect(self._unlock)
        self.secret_edit.returnPressed.connect(self._unlock)
        self.switch_button.clicked.connect(self.switch_user_requested)

    def lock_for(self, actor: Actor) -> None:
        self._actor = actor
        self.title.setText(self.tr("Locked — {name}").format(name=actor.label))
        self.secret_edit.clear()
        show_message(self.error, "")
        self.secret_edit.setFocus()

    def _unlock(self) -> None:
        if self._actor is None:
            return
        expected, name, secret = self._actor.staff_id, self._actor.label, self.secret_edit.text()
        db = self._db

        def check() -> None:
            from app.services import accounts

            if accounts.sign_in(db, name, secret).staff_id != expected:
                raise AuthenticationFailed()

        self.unlock_button.setEnabled(False)
        self._submit(check, self._accepted, self._refused)

    def _accepted(self, _result: None) -> None:
        self.unlock_button.setEnabled(True)
        self.secret_edit.clear()
        self.unlocked.emit()

    def _refused(self, exc: GuichetError) -> None:
        self.unlock_button.setEnabled(True)
        refuse_secret(self.error, self.secret_edit, exc)
        if isinstance(exc, AuthenticationFailed) and self._actor is not None:
            # no name to get wrong here: only the secret
            show_message(self.error, self.tr(
                "Wrong PIN or password for {name}. Try again, or « Someone else » below.")
                .format(name=self._actor.label), error=True)
        self.refused.emit()
