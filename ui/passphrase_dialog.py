"""Asks for a backup's passphrase (twice when making one)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.domain.defaults import MIN_PASSPHRASE_LENGTH
from ui.widgets import error_label, show_message


class PassphraseDialog(QDialog):
    def __init__(self, confirm: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Backup passphrase"))
        self.setMinimumWidth(560)
        self._confirm = confirm
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        if confirm:
            layout.addWidget(QLabel(self.tr(
                "The backup is encrypted: without this passphrase nobody can read it, "
                "not even you. Write it down and keep it apart from the stick.")))
        layout.addWidget(QLabel(self.tr("Passphrase ({count} characters or more)").format(
            count=MIN_PASSPHRASE_LENGTH) if confirm else self.tr("Passphrase")))
        layout.addWidget(self.passphrase)
        if confirm:
            layout.addWidget(QLabel(self.tr("Passphrase again")))
            layout.addWidget(self.again)
        else:
            self.again.hide()
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)

    def _check(self) -> None:
        if self._confirm and len(self.passphrase.text()) < MIN_PASSPHRASE_LENGTH:
            show_message(self.error, self.tr("Too short: at least {count} characters.").format(
                count=MIN_PASSPHRASE_LENGTH))
            return
        if self._confirm and self.passphrase.text() != self.again.text():
            show_message(self.error, self.tr("The two passphrases differ."))
            return
        self.accept()

    def value(self) -> str:
        return self.passphrase.text()
