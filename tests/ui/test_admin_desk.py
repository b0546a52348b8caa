"""Administration desk: backup to a stick, restore, audit trail; automatic backups."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.domain.enums import VisitReason
from app.services import visits
from db.engine import Database
from ui.admin_page import AdminPage
from ui.dialogs import buttons_of
from ui.main_window import MainWindow

PASSPHRASE = "la rade de Brest sous la pluie"


def signed_in(qtbot: QtBot, db: Database, name: str, secret: str) -> MainWindow:
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    page = window.login_page
    page.names.setCurrentItem(page.names.findItems(name, Qt.MatchFlag.MatchExactly)[0])
    page.secret_edit.setText(secret)
    with qtbot.waitSignal(page.signed_in):
        qtbot.mouseClick(page.sign_in_button, Qt.MouseButton.LeftButton)
    window.runner.wait()
    return window


def test_backup_then_restore_from_the_coordinators_desk(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    tabs = window.desk_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Accueil", "Vue d'ensemble", "Impressions", "Administration"]
    admin = window.desk("admin")
    assert isinstance(admin, AdminPage)
    stick = tmp_path / "usb"
    stick.mkdir()
    with qtbot.waitSignal(admin.backup_done, timeout=30_000) as done:
        admin.backup_to(stick, PASSPHRASE)
    exported: Path = done.args[0]
    assert exported.parent == stick and exported.suffix == ".guichet-backup"
    assert admin.status.text().startswith("Sauvegarde écrite et vérifiée")
    assert admin.audit.rows[0].action == "backup_exported"

    # a check-in after the backup: the restore takes the database back before it
    visits.check_in(demo_db, window.actor, None, VisitReason.OTHER)
    admin.confirm_restore(exported, PASSPHRASE)
    assert admin.restore_box.defaultButton() is None
    with qtbot.waitSignal(window.database_restored, timeout=60_000):
        qtbot.mouseClick(buttons_of(admin.restore_box)["Restaurer"], Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.login_page
    assert window.login_page.error.text() == "Sauvegarde restaurée. Reconnectez-vous."
    with window.db.read() as session:
        assert session.execute(
            text("SELECT count(*) FROM visit")).scalar() == 0
    assert list((demo_db.path.parent / "backups").glob("before-restore-*.sqlite3"))


def test_wrong_passphrase_restore_keeps_everything(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    admin = window.desk("admin")
    with qtbot.waitSignal(admin.backup_done, timeout=30_000) as done:
        admin.backup_to(tmp_path, PASSPHRASE)
    admin.confirm_restore(done.args[0], "pas la bonne phrase")
    qtbot.mouseClick(buttons_of(admin.restore_box)["Restaurer"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Restauration refusée" in window.login_page.error.text(),
                    timeout=60_000)
    assert "phrase de passe incorrecte" in window.login_page.error.text()
    with window.db.read() as session:
        assert session.execute(
            text("SELECT count(*) FROM dwelling")).scalar() == 1020


def test_a_removed_stick_is_a_message_in_the_window(qtbot: QtBot, demo_db: Database) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    admin = window.desk("admin")
    admin.backup_to(Path("/media/guichet-stick-pulled-out"), PASSPHRASE)
    qtbot.waitUntil(lambda: bool(admin.error.text()), timeout=30_000)
    assert admin.error.text() == ("Sauvegarde impossible : la clé a été retirée ou ne répond "
                                  "plus. Aucun fichier n'y a été laissé et la base n'a pas été "
                                  "touchée.")
    assert admin.backup_button.isEnabled()


def test_sign_out_makes_an_automatic_backup(qtbot: QtBot, demo_db: Database) -> None:
    window = signed_in(qtbot, demo_db, "Accueil", "1234")
    folder = demo_db.path.parent / "backups"
    first = set(folder.glob("auto-*.sqlite3"))  # the daily one, made at sign-in
    assert len(first) == 1
    for path in first:
        path.rename(path.with_name("auto-20200101-000000.sqlite3"))
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    window.runner.wait()
    qtbot.waitUntil(lambda: len(list(folder.glob("auto-2026*.sqlite3"))) >= 1, timeout=10_000)


def test_audit_trail_filter_and_check(qtbot: QtBot, demo_db: Database) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    admin = window.desk("admin")
    admin.audit_filter.setText("account_created")
    assert {row.action for row in admin.audit.rows} == {"account_created"}
    qtbot.mouseClick(admin.verify_button, Qt.MouseButton.LeftButton)
    assert admin.status.text().startswith("Journal d'audit intact")


def test_roster_import_from_the_coordinators_desk(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    from tests.conftest import DATA

    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    admin = window.desk("admin")
    admin.sector_edit.setText("Kerourien")
    admin.check_roster(DATA / "rosters" / "excel_csv_utf8_bom.csv")
    qtbot.waitUntil(lambda: hasattr(admin, "import_box") and admin.import_box.isVisible(),
                    timeout=30_000)
    assert "8 logement(s) nouveau(x)" in admin.import_box.text()
    with qtbot.waitSignal(admin.roster_imported, timeout=30_000) as imported:
        qtbot.mouseClick(buttons_of(admin.import_box)["Importer"], Qt.MouseButton.LeftButton)
    assert imported.args[0].dwellings_new == 8
    assert admin.status.text().startswith("Liste importée : 8 nouveau(x)")

    admin.check_roster(DATA / "rosters" / "conflicting_lines.csv")
    qtbot.waitUntil(lambda: bool(admin.error.text()), timeout=30_000)
    assert admin.error.text().startswith("Rien n'a été importé : 3 problème(s) dans le fichier.")
    assert "ligne 4 : référence logement manquante" in admin.error.text()
    assert "ligne 3 : KER-0201 : adresse « 9 rue de Gascogne » ici" in admin.error.text()
