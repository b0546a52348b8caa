"""The real window on a real database, driven as staff would drive it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.settings import Settings
from db.engine import Database
from tests.ui.conftest import GuiThreadWatchdog
from tests.ui.helpers import open_window, settle, sign_in
from ui.application import acquire_instance_lock, open_for_window, start_window


def test_first_run_creates_coordinator_then_login_then_home(qtbot: QtBot, db: Database) -> None:
    window = open_window(qtbot, db)
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
    with qtbot.waitSignal(setup.coordinator_created):
        qtbot.keyClick(setup.confirm_edit, Qt.Key.Key_Return)
    settle(qtbot, window.runner)

    assert window.pages.currentWidget() is window.login_page
    assert window.login_page.names.currentItem().text() == "Gwenaëlle"
    assert window.centre_name.text() == "Centre social de Pen ar Creac'h"
    qtbot.keyClicks(window.login_page.secret_edit, "coordination")
    with qtbot.waitSignal(window.login_page.signed_in):
        qtbot.keyClick(window.login_page.secret_edit, Qt.Key.Key_Return)
    settle(qtbot, window.runner)
    assert window.pages.currentWidget() is window.desk_tabs
    assert window.desk("overview").greeting.text() == "Bonjour, Gwenaëlle"
    assert window.desk("overview").cards["dwellings"].value.text() == "0"


def test_short_password_at_first_run_is_explained(qtbot: QtBot, db: Database) -> None:
    window = open_window(qtbot, db)
    setup = window.setup_page
    for edit, typed in ((setup.centre_edit, "Centre"), (setup.name_edit, "Anne"),
                        (setup.secret_edit, "court"), (setup.confirm_edit, "court")):
        qtbot.keyClicks(edit, typed)
    qtbot.mouseClick(setup.create_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)
    assert window.pages.currentWidget() is setup
    assert setup.error.text() == "Trop court : au moins 8 caractères."


def test_demo_login_wrong_then_right_secret_and_switch_user(qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(qtbot, demo_db)
    assert window.pages.currentWidget() is window.login_page
    assert window.centre_name.text() == "Centre social de Kerourien (démo)"
    sign_in(qtbot, window, "Accueil", "9999", expect_refusal=True)
    assert window.login_page.error.text() == "Nom ou code incorrect. Réessayez."
    assert window.pages.currentWidget() is window.login_page
    sign_in(qtbot, window, "Accueil", "1234")
    assert window.pages.currentWidget() is window.desk_tabs
    assert [window.desk_tabs.tabText(i) for i in range(window.desk_tabs.count())] == [
        "Accueil", "Vue d'ensemble", "Impressions", "Décodeurs", "Stock", "Rendez-vous",
        "Ateliers"]
    assert window.desk("overview").role_line.text() == "Votre rôle : accueil."
    assert window.desk("overview").cards["dwellings"].value.text() == "1\u202f020"
    assert window.switch_button.isVisible()
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.login_page
    assert window.actor is None and window.login_page.secret_edit.text() == ""
    settle(qtbot, window.runner)


def test_closing_leaves_the_database_clean(qtbot: QtBot, db_path: Path,
                                           gui_thread_watchdog: GuiThreadWatchdog) -> None:
    settings = Settings(db_path=db_path)
    with gui_thread_watchdog.allowed():  # what the runner does at start, done by the test
        db = open_for_window(settings, demo=True)
    window = open_window(qtbot, db)
    sign_in(qtbot, window, "Coordination", "coordination")
    window.close()
    wal = Path(str(db_path) + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    raw = sqlite3.connect(db_path)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert raw.execute("SELECT count(*) FROM dwelling").fetchone()[0] == 1020
    raw.close()
    with gui_thread_watchdog.allowed():
        again = open_for_window(settings, demo=True)  # and the demo is not loaded twice
    with again.read() as session:
        assert session.execute(text("SELECT count(*) FROM dwelling")).scalar() == 1020
        assert session.execute(text("SELECT count(*) FROM staff_account")).scalar() == 3
    again.close()


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
    settle(qtbot, runner)
    assert window.pages.currentWidget() is window.login_page
    assert [window.login_page.names.item(i).text() for i in range(3)] == [
        "Accueil", "Bénévole", "Coordination"]


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


def test_the_window_at_rest_on_the_sign_in_page_holds_no_orm(demo_db: Database) -> None:
    """Memory at rest (bench rss-idle): SQLAlchemy, the models, reportlab and
    PDFium load when a signed-in desk needs them, not for the sign-in page."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from app.settings import Settings\n"
        "from ui.application import create_application, start_window\n"
        "app = create_application()\n"
        "window, runner = start_window(Settings(db_path=sys.argv[1]))\n"
        "def look():\n"
        "    assert window.pages.currentWidget() is window.login_page\n"
        "    assert window.login_page.names.count() == 3\n"
        "    heavy = ('sqlalchemy', 'db.models', 'reportlab', 'pypdfium2', 'alembic', 'PIL')\n"
        "    print(sorted({m for m in sys.modules if m.startswith(heavy)}))\n"
        "    app.quit()\n"
        "window.database_ready.connect(lambda: window.login_page.reloaded.connect(\n"
        "    lambda: QTimer.singleShot(200, look)))\n"
        "app.exec()\n"
        "runner.wait()\n")
    path = str(demo_db.path)
    demo_db.close()
    result = subprocess.run([sys.executable, "-c", code, path], capture_output=True, text=True,
                            timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_a_journal_that_is_not_the_databases_is_said_at_the_sign_in_page(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    from tests.db.test_engine import _wal_of_another_file

    path = demo_db.path
    demo_db.close()
    Path(f"{path}-wal").write_bytes(_wal_of_another_file(tmp_path))
    window, runner = start_window(Settings(db_path=path))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.database_ready, timeout=60_000):
        pass
    settle(qtbot, runner)
    assert window.pages.currentWidget() is window.login_page
    assert window.login_page.error.text().startswith(
        "Un fichier journal à côté de la base ne lui appartenait pas")
    assert window.login_page.names.count() == 3  # the demo centre, whole
