"""The counter as a first-time volunteer meets it, on the laptops' screens."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.engine import Database
from tests.ui.helpers import open_window, settle, sign_in
from ui.main_window import MainWindow, size_for_screen


def test_small_screens_open_maximised() -> None:
    assert size_for_screen(QSize(1366, 738)) is None
    assert size_for_screen(QSize(1024, 738)) is None
    assert size_for_screen(QSize(1920, 1050)) == QSize(1200, 820)


def _fully_inside(window: MainWindow, widget: QWidget) -> bool:
    top_left = widget.mapTo(window, QPoint(0, 0))
    return window.rect().contains(QRect(top_left, widget.size())) and widget.isVisible()


@pytest.mark.parametrize("screen", [QSize(1366, 738), QSize(1024, 738)])
def test_the_counter_fits_the_laptops_screens(
        qtbot: QtBot, demo_db: Database, screen: QSize) -> None:
    window = open_window(qtbot, demo_db)
    window.resize(screen)  # what a maximised window gets under a task bar
    sign_in(qtbot, window, "Accueil", "1234")
    settle(qtbot, window.runner)
    # no desk may ask for more than the screen: Qt would make the window wider
    assert window.minimumSizeHint().width() <= screen.width()
    assert window.width() <= screen.width()
    counter = window.desk("counter")
    with qtbot.waitSignal(counter.household_opened):
        counter.open_household(12)
    settle(qtbot, window.runner)
    qtbot.wait(50)
    for widget in (counter.card_view.check_in_button, counter.card_view.note,
                   counter.card_view.reason, counter.code_edit, counter.code_button,
                   counter.walk_in_button, counter.search_edit):
        assert _fully_inside(window, widget), widget.objectName() or type(widget).__name__


def test_a_click_on_a_name_leads_to_the_pin_and_so_does_switching_user(
        qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(qtbot, demo_db)
    window.activateWindow()
    page = window.login_page
    item = page.names.findItems("Bénévole", Qt.MatchFlag.MatchExactly)[0]
    qtbot.mouseClick(page.names.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.names.visualItemRect(item).center())
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.secret_edit)
    sign_in(qtbot, window, "Accueil", "1234")
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.login_page.secret_edit)


def test_nothing_chosen_in_impressions_means_nothing_to_print(
        qtbot: QtBot, demo_db: Database) -> None:
    from datetime import datetime

    from app.documents.model import SlipDoc
    from app.services import accounts, documents

    actor = accounts.sign_in(demo_db, "Accueil", "1234")
    documents.record_document(demo_db, actor, SlipDoc(
        qr_payload="GUICHET-RDV:AAAA2K9RT4ZW", starts_at=datetime(2026, 12, 2, 9, 30),
        place="Accueil", purpose="Atelier", household="LE GALL Yann", landlord_ref="PAC-00001"))
    window = open_window(qtbot, demo_db)
    sign_in(qtbot, window, "Accueil", "1234")
    printing = window.desk("printing")
    assert printing.reprint_button.isEnabled()  # the newest document is chosen
    printing.view.clearSelection()
    assert not printing.reprint_button.isEnabled()
    assert not printing.preview_button.isEnabled()


@pytest.mark.parametrize("screen", [QSize(1366, 738), QSize(1024, 738)])
def test_every_desk_of_the_coordinator_fits_the_laptops_screens(
        qtbot: QtBot, demo_db: Database, screen: QSize) -> None:
    window = open_window(qtbot, demo_db)
    window.resize(screen)
    sign_in(qtbot, window, "Coordination", "coordination")
    for index in range(window.desk_tabs.count()):
        window.desk_tabs.setCurrentIndex(index)
        settle(qtbot, window.runner)
        hint = window.minimumSizeHint()
        assert hint.width() <= screen.width() and hint.height() <= screen.height(), \
            window.desk_tabs.tabText(index)
    assert window.size() == screen


def test_a_coordinators_desk_tabs_fit_a_1024_screen(qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(qtbot, demo_db)
    window.resize(QSize(1024, 738))
    sign_in(qtbot, window, "Coordination", "coordination")
    settle(qtbot, window.runner)
    tabs = window.desk_tabs.tabBar()
    assert tabs.count() == 11
    # every tab whole, side by side: no scroll arrows hide "Administration"
    assert tabs.tabRect(tabs.count() - 1).right() <= window.width()
