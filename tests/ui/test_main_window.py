"""The real window on a real database, driven as staff would drive it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.settings import Settings
from db.engine import Database, open_database
from ui.application import acquire_instance_lock, open_for_window, start_window
from ui.main_window import MainWindow


def sign_in(qtbot: QtBot, window: MainWindow, name: str, secret: str) -> None:
    page = window.login_page
    page.names.setCurrentItem(page.names.findItems(name, Qt.MatchFlag.MatchExactly)[0])
    page.secret_edit.clear()
    qtbot.keyClicks(page.secret_edit, secret)
    qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.runner.busy)  # the secret is checked off the GUI thread


def test_first_run_creates_coordinator_then_login_then_home(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.setup_page
    setup = window.setup_page
    assert setup.create_button.text() == "Créer le compte de coordination"
    qtbot.keyClicks(setup.centre_edit, "Centre social de Pen ar Creac'h")
    setup.name_edit.setText("Gwenaëlle")  # QTest types ASCII only
    qtbot.keyClicks(setup.secret_edit, "coordination")
    qtbot.keyClicks(setup.confirm_edit, "coordinatioN")
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert setup.error.text() == "Les deux mots de passe sont différents. Tapez-les à nouveau."
    assert window.pages.currentWidget() is setup
    qtbot.keyClicks(setup.confirm_edit, "coordination")
    qtbot.keyClick(setup.confirm_edit, Qt.Key.Key_Return)

    assert window.pages.currentWidget() is window.login_page
    assert window.login_page.names.currentItem().text() == "Gwenaëlle"
    assert window.centre_name.text() == "Centre social de Pen ar Creac'h"
    qtbot.keyClicks(window.login_page.secret_edit, "coordination")
    with qtbot.waitSignal(window.login_page.signed_in):
        qtbot.keyClick(window.login_page.secret_edit, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.desk_tabs
    assert window.desk("overview").greeting.text() == "Bonjour, Gwenaëlle"
    assert window.desk("overview").cards["dwellings"].value.text() == "0"


def test_short_password_at_first_run_is_explained(qtbot: QtBot, db: Database) -> None:
    window = MainWindow(db)
    qtbot.addWidget(window)
    setup = window.setup_page
    for edit, text in ((setup.centre_edit, "Centre"), (setup.name_edit, "Anne"),
                       (setup.secret_edit, "court"), (setup.confirm_edit, "court")):
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    assert setup.error.text() == "Trop court : au moins 8 caractères."


def test_demo_login_wrong_then_right_secret_and_switch_user(qtbot: QtBot, demo_db: Database) -> None:
    window = MainWindow(demo_db)
    qtbot.addWidget(window)
    window.show()
    assert window.pages.currentWidget() is window.login_page
    assert window.centre_name.text() == "Centre social de Kerourien (démo)"
    sign_in(qtbot, window, "Accueil", "9999")
    assert window.login_page.error.text() == "Nom ou code incorrect. Réessayez."
    assert window.pages.currentWidget() is window.login_page
    sign_in(qtbot, window, "Accueil", "1234")
    assert window.pages.currentWidget() is window.desk_tabs
    assert [window.desk_tabs.tabText(i) for i in range(window.desk_tabs.count())] == [
        "Accueil", "Vue d'ensemble", "Impressions"]
    assert window.desk("overview").role_line.text() == "Connecté(e) en tant que : accueil."
    assert window.desk("overview").cards["dwellings"].value.text() == "1\u202f020"
    assert window.switch_button.isVisible()
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.login_page
    assert window.actor is None and window.login_page.secret_edit.text() == ""


def test_closing_leaves_the_database_clean(qtbot: QtBot, db_path: Path) -> None:
    settings = Settings(db_path=db_path)
    db = open_for_window(settings, demo=True)
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    sign_in(qtbot, window, "Coordination", "coordination")
    window.close()
    wal = Path(str(db_path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert raw.execute("SELECT count(*) FROM dwelling").fetchone()[0] == 1020
    raw.close()
    reopened = open_database(db_path)  # and the demo is not loaded twice
    assert open_for_window(settings, demo=True) is not None
    reopened.close()


def test_a_second_guichet_on_the_same_database_is_refused(db_path: Path) -> None:
    settings = Settings(db_path=db_path)
    first = acquire_instance_lock(settings)
    assert first is not None
    assert acquire_instance_lock(settings) is None
    first.unlock()
    again = acquire_instance_lock(settings)
    assert again is not None
    again.unlock()


def test_window_shows_first_then_opens_the_database_off_the_gui_thread(
        qtbot: QtBot, db_path: Path) -> None:
    window, runner = start_window(Settings(db_path=db_path), demo=True)
    qtbot.addWidget(window)
    assert window.isVisible() and window.db is None  # on screen before the database
    assert window.opening_label.text() == "Ouverture de la base de données…"
    with qtbot.waitSignal(window.database_ready, timeout=60_000):
        pass
    assert window.pages.currentWidget() is window.login_page
    assert window.login_page.names.count() == 3
    runner.wait()


def test_a_bad_database_file_is_explained_in_the_window(qtbot: QtBot, tmp_path: Path) -> None:
    bogus = tmp_path / "guichet.sqlite3"
    bogus.write_bytes(b"Nom;Prenom\nLe Gall;Yann\n")
    window, runner = start_window(Settings(db_path=bogus))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: "n'est pas une base Guichet" in window.opening_label.text(),
                    timeout=30_000)
    assert window.db is None
    assert bogus.read_bytes() == b"Nom;Prenom\nLe Gall;Yann\n"
    runner.wait()
