"""Two counters on one PostgreSQL server, each its own window: what one
records, the other shows within two seconds, without a click."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.engine import Database, open_database
from tests.ui.helpers import open_window, settle, sign_in
from ui.desks.counter import CounterDesk

pytestmark = pytest.mark.postgresql


@pytest.fixture
def engine_name() -> str:
    return "postgresql"


def test_an_arrival_at_one_counter_shows_at_the_other_within_two_seconds(
        qtbot: QtBot, demo_db: Database) -> None:
    other_db = open_database(demo_db.location)  # the second PC
    try:
        first, second = open_window(qtbot, demo_db), open_window(qtbot, other_db)
        sign_in(qtbot, first, "Accueil", "1234")
        # in one test process the first window's scanner router would take a
        # quickly typed "1234⏎" for a scan: the second counter types as a person
        page = second.login_page
        page.names.setCurrentItem(page.names.findItems("Accueil", Qt.MatchFlag.MatchExactly)[0])
        qtbot.keyClicks(page.secret_edit, "1234", delay=120)
        with qtbot.waitSignal(page.signed_in, timeout=30_000):
            qtbot.wait(150)
            qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
        here, there = first.desk("counter"), second.desk("counter")
        assert isinstance(here, CounterDesk) and isinstance(there, CounterDesk)
        settle(qtbot, first.runner)
        settle(qtbot, second.runner)
        before = there.today.rowCount()
        qtbot.wait(1500)  # the other window's watch has found where the log stands

        first.activateWindow()
        qtbot.waitUntil(first.isActiveWindow)
        qtbot.keyClicks(here.search_edit, "ozturk sukru", delay=60)  # a person typing
        with qtbot.waitSignal(here.household_opened):
            qtbot.keyClick(here.search_edit, Qt.Key.Key_Return)
        with qtbot.waitSignal(here.tenant_checked_in):
            qtbot.mouseClick(here.card_view.check_in_button, Qt.MouseButton.LeftButton)
        recorded = time.monotonic()
        qtbot.waitUntil(lambda: there.today.rowCount() == before + 1, timeout=2000)
        assert time.monotonic() - recorded < 2.0
        names = [there.today.data(there.today.index(row, 1))
                 for row in range(there.today.rowCount())]
        assert any("ÖZTÜRK" in str(name) for name in names), names
        first.close()
        second.close()
    finally:
        other_db.close()
