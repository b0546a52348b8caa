"""Confirmation dialogs that a scanner's trailing Enter can never answer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget


def ask(parent: QWidget, title: str, text: str, confirm: str, cancel: str,
        on_confirm: Callable[[], None]) -> QMessageBox:
    """Non-blocking, window-modal question with NO default button: Enter does
    nothing, the person must click or Tab to a choice."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton,
                      parent)
    yes = box.addButton(confirm, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(cancel, QMessageBox.ButtonRole.RejectRole)
    for button in (yes, no):
        button.setAutoDefault(False)
        button.setDefault(False)
    box.setEscapeButton(no)

    def finished() -> None:
        if box.clickedButton() is yes:
            on_confirm()
        box.deleteLater()

    box.finished.connect(finished)
    box.open()
    # Showing the box's button row makes its first accept button the default
    # (QDialogButtonBox does so when nothing is): undo it, or Enter confirms.
    for button in (yes, no):
        button.setDefault(False)
    no.setFocus()  # a stray Space lands on "cancel", never on "confirm"
    return box


def buttons_of(box: QMessageBox) -> dict[str, QPushButton]:
    return {b.text(): b for b in box.buttons() if isinstance(b, QPushButton)}
