"""The answer banner keeps its height: a long answer gets smaller type
rather than lose its end (a cold tester read half-sentences)."""

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
