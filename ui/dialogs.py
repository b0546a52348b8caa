"""Confirmation dialogs that a scanner's trailing Enter can never answer, and
the small form of a secondary act (a reason, a name, a choice)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ui.widgets import form_dialog, message_line, show_message


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


class ActDialog(QDialog):
    """A few fields and one primary button; `chosen` carries their texts."""

    chosen = Signal(list)

    def __init__(self, title: str, intro: str, fields: list[tuple[str, QWidget]], ok_text: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.fields = [widget for _label, widget in fields]
        form = QFormLayout()
        intro_label = QLabel(intro)
        intro_label.setWordWrap(True)
        form.addRow(intro_label)
        for label, widget in fields:
            form.addRow(label, widget)
        self.error = message_line(1)
        # an act is often itself a cancellation (« Annuler la remise »): the way
        # out must not read the same
        self.ok_button = form_dialog(self, form, ok_text, self.error,
                                     cancel_text=self.tr("Change nothing"))
        self.ok_button.clicked.connect(self._ok)

    @staticmethod
    def text_of(widget: QWidget) -> str:
        if isinstance(widget, QComboBox):  # an item's data (a serial...), else its text
            data = widget.currentData()
            return data if isinstance(data, str) else widget.currentText().strip()
        if isinstance(widget, QSpinBox):
            return str(widget.value())
        assert isinstance(widget, QLineEdit)
        return widget.text().strip()

    def _ok(self) -> None:
        values = [self.text_of(widget) for widget in self.fields]
        for widget, value in zip(self.fields, values, strict=True):
            if not value:
                show_message(self.error, self.tr("Fill in every field."), error=True)
                widget.setFocus()
                return
        self.accept()
        self.chosen.emit(values)
