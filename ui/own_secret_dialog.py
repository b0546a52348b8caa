"""Anyone signed in changes their own PIN or password (knowing the current one)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QWidget

from app.domain.enums import Role
from app.domain.errors import GuichetError
from app.messages import describe
from app.services import accounts
from ui.widgets import form_dialog, message_line, show_message

if TYPE_CHECKING:
    from app.services.context import Actor
    from db.engine import Database
    from ui.tasks import TaskRunner


class OwnSecretDialog(QDialog):
    changed = Signal()

    def __init__(self, db: Database, actor: Actor, runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = db, actor
        self._submit = runner.bound(self)
        self.setWindowTitle(self.tr("My PIN or password — {name}").format(name=actor.label))
        self.setMinimumWidth(560)
        self.current, self.new, self.again = QLineEdit(), QLineEdit(), QLineEdit()
        for edit in (self.current, self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = message_line()  # its place kept: the form never jumps
        form = QFormLayout()
        form.addRow(self.tr("Current PIN or password"), self.current)
        form.addRow(self.tr("New one"), self.new)
        form.addRow(self.tr("New one, again"), self.again)
        rule = QLabel(self.tr("A password of 8 characters or more.") if actor.role is Role.COORDINATOR
                      else self.tr("A PIN of 4 digits or more, not one digit repeated."))
        rule.setWordWrap(True)
        self.ok_button = form_dialog(self, form, self.tr("Change it"), rule, self.error)
        self.ok_button.clicked.connect(self.save)

    def save(self) -> None:
        if self.new.text() != self.again.text():
            show_message(self.error, self.tr("The two new entries differ. Type them again."),
                         error=True)
            self.again.clear()
            return
        db, actor, current, new = self._db, self._actor, self.current.text(), self.new.text()
        self.ok_button.setEnabled(False)

        def failed(exc: GuichetError) -> None:
            self.ok_button.setEnabled(True)
            show_message(self.error, describe(exc), error=True)

        def done(_none: None) -> None:
            self.changed.emit()
            self.accept()

        self._submit(lambda: accounts.change_own_secret(db, actor, current, new), done, failed)
