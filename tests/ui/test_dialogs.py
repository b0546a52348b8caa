"""The confirmation question: Enter never confirms, whatever has the focus."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from ui.dialogs import ask, buttons_of


def test_enter_never_confirms_the_question(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    confirmed: list[bool] = []
    box = ask(parent, "Déjà venu", "Enregistrer un second passage ?", "Oui", "Non",
              lambda: confirmed.append(True))
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    assert not any(b.isDefault() for b in box.findChildren(QPushButton))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is buttons_of(box)["Non"])
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Enter)
    assert confirmed == [] and box.isVisible()  # Enter answers nothing: click or Tab
    qtbot.mouseClick(buttons_of(box)["Oui"], Qt.MouseButton.LeftButton)
    assert confirmed == [True] and not box.isVisible()


def test_enter_presses_the_focused_button_on_every_desk(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Installed once on the application (ui.application): a button of any
    desk, not only the counter's, answers Enter like Space."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    button = QPushButton("Vérifier le journal")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    button.activateWindow()
    button.setFocus()
    qtbot.waitUntil(button.hasFocus)  # the filter follows the focus
    with qtbot.waitSignal(button.clicked):
        qtbot.keyClick(button, Qt.Key.Key_Return)
