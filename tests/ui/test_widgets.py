"""Shared widgets: the answer banner keeps its height (a long answer gets smaller type
rather than lose its end), a date field takes digits typed straight in."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from ui.widgets import AnswerBanner


def _needed(label: QLabel, width: int) -> int:
    font = QFont(label.font())
    return QFontMetrics(font).boundingRect(0, 0, width, 10_000, 0x1000, label.text()).height()


def test_a_short_answer_is_large_and_a_long_one_fits_whole(qtbot: QtBot) -> None:
    banner = AnswerBanner()
    qtbot.addWidget(banner)
    banner.resize(700, banner.height())
    banner.show()
    banner.say("ok", "Remis.", "Reçu REM-2026-000042")
    assert banner.headline.font().pixelSize() == 28
    long_detail = ("Inscription annulée : LEFÈVRE Jérôme quitte la liste d'attente et prend la "
                   "place ; prévenez-le par téléphone, son ticket reste valable pour toutes "
                   "les séances de la série.")
    banner.say("warn", "Non imprimé : aucune imprimante n'est choisie pour les tickets sur ce "
               "poste.", long_detail)
    headline, detail = banner.headline.font().pixelSize(), banner.detail.font().pixelSize()
    assert headline < 28 and detail < 18
    width = banner.width() - 32
    assert _needed(banner.headline, width) + _needed(banner.detail, width) <= banner.height() - 16
    assert banner.height() == 92  # nothing below it moved


def test_a_date_is_typed_as_digits_wherever_the_field_was_clicked(qtbot: QtBot) -> None:
    from PySide6.QtCore import QDate, QPoint, Qt
    from PySide6.QtWidgets import QApplication, QDateEdit, QLineEdit, QVBoxLayout, QWidget

    from ui.widgets import day_first

    form = QWidget()
    before = QLineEdit()  # where the focus was
    edit = QDateEdit(QDate(2026, 12, 7))
    edit.setDisplayFormat("dd/MM/yyyy")
    edit.setFixedSize(300, 40)
    day_first(edit)
    column = QVBoxLayout(form)
    column.addWidget(before)
    column.addWidget(edit)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    before.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is before)
    # a click on the year, as a hurried volunteer does, then the digits
    qtbot.mouseClick(edit.lineEdit(), Qt.MouseButton.LeftButton, pos=QPoint(200, 20))
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    qtbot.wait(50)
    qtbot.keyClicks(edit, "28112026")
    assert edit.date() == QDate(2026, 11, 28)
