"""Sign-in: pick your name in a large list, type your PIN or password."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QWidget

from app.domain.errors import GuichetError
from app.messages import describe
from app.services import front_door
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


class LoginPage(QWidget):
    signed_in = Signal(object)  # Actor
    refused = Signal()
    reloaded = Signal()

    def __init__(self, db: Database, runner: TaskRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.runner = runner  # argon2 takes a tenth of a second or more
        self._submit = runner.bound(self)
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

        # a name chosen, by a click or the keyboard: the PIN is what comes next
        self.names.itemActivated.connect(lambda _item: self.secret_edit.setFocus())
        self.names.itemClicked.connect(lambda _item: self.secret_edit.setFocus())
        # another name: what was typed for the previous one goes (a refused PIN
        # left selected would otherwise get the new one appended to it)
        self.names.currentItemChanged.connect(lambda _new, _old: self.secret_edit.clear())
        self.names.currentItemChanged.connect(lambda *_: show_message(self.error, ""))
        self.sign_in_button.clicked.connect(self._sign_in)
        self.secret_edit.returnPressed.connect(self._sign_in)
        self._names_timer = QTimer(self)
        self._names_timer.setInterval(20_000)
        self._names_timer.timeout.connect(self.refresh_names)

    def show_notice(self, text: str, error: bool = False) -> None:
        """A message for whoever signs in next (after a restore, say)."""
        show_message(self.error, text, error)

    def reload(self, preselect: str | None = None, notice: str = "",
               error: bool = False) -> None:
        """The list of names, read on the runner; then `notice`, if any."""
        self.secret_edit.clear()
        db = self._db

        def shown(names: list[str]) -> None:
            self.names.clear()
            for name in names:
                item = QListWidgetItem(name)
                self.names.addItem(item)
                if name == preselect:
                    self.names.setCurrentItem(item)
            if self.names.currentItem() is None and self.names.count():
                self.names.setCurrentRow(0)
            if self.isVisible():
                (self.secret_edit if self.names.currentItem() else self.names).setFocus()
            self.show_notice(notice, error)
            self.reloaded.emit()

        def failed(error: GuichetError) -> None:
            show_message(self.error, describe(error), error=True)

        self._submit(lambda: front_door.account_names(db),
                           shown, failed)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        (self.secret_edit if self.names.currentItem() else self.names).setFocus()
        self._names_timer.start()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self._names_timer.stop()
        super().hideEvent(event)

    def refresh_names(self) -> None:
        """An account added or disabled elsewhere (the command line, another
        counter) shows here without a restart; the name chosen and the secret
        being typed stay."""
        db = self._db

        def shown(names: list[str]) -> None:
            if names == [self.names.item(i).text() for i in range(self.names.count())]:
                return
            chosen = self.names.currentItem().text() if self.names.currentItem() else None
            self.names.blockSignals(True)  # the same person goes on typing their secret
            self.names.clear()
            self.names.addItems(names)
            for row, name in enumerate(names):
                if name == chosen:
                    self.names.setCurrentRow(row)
            self.names.blockSignals(False)
            self.reloaded.emit()

        self._submit(lambda: front_door.account_names(db), shown, lambda _error: None)

    def _sign_in(self) -> None:
        item = self.names.currentItem()
        if item is None:
            show_message(self.error, self.tr("Choose your name in the list first."), error=True)
            self.names.setFocus()
            return
        name, secret = item.text(), self.secret_edit.text()
        self.sign_in_button.setEnabled(False)  # checking a secret takes a moment, on purpose
        db = self._db

        def work() -> Actor:  # on the worker: SQLAlchemy and the desks load here
            from app.services import accounts
            from ui.desks import preload

            actor = accounts.sign_in(db, name, secret)
            preload(actor.role)
            return actor

        self._submit(work, self._accepted, self._refused)

    def _accepted(self, actor: Actor) -> None:
        self.sign_in_button.setEnabled(True)
        self.secret_edit.clear()
        show_message(self.error, "")
        self.signed_in.emit(actor)

    def _refused(self, exc: GuichetError) -> None:
        self.sign_in_button.setEnabled(True)
        refuse_secret(self.error, self.secret_edit, exc)
        self.refused.emit()
