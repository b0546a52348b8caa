"""Administration desk: backup to a stick, restore, audit trail; automatic backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.domain import clock, crypto
from app.domain.enums import VisitReason
from app.services import backup, visits
from db.engine import Database
from tests.ui.helpers import settle, signed_in
from ui.desks.administration import AdministrationDesk
from ui.dialogs import buttons_of

PASSPHRASE = "la rade de Brest sous la pluie"


def test_backup_then_restore_from_the_coordinators_desk(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    tabs = window.desk_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Accueil", "Vue d'ensemble", "Impressions", "Décodeurs", "Stock", "Rendez-vous",
        "Ateliers", "Vote", "Bilan", "Réglages", "Administration"]
    admin = window.desk("administration")
    assert isinstance(admin, AdministrationDesk)
    stick = tmp_path / "usb"
    stick.mkdir()
    with qtbot.waitSignal(admin.backup_done, timeout=30_000) as done:
        admin.backup_to(stick, PASSPHRASE)
    exported: Path = done.args[0]
    assert exported.parent == stick and exported.suffix == ".guichet-backup"
    assert admin.status.text().startswith("Sauvegarde écrite et vérifiée")
    settle(qtbot, window.runner)  # the trail refreshes itself: the export is audited
    assert admin.audit.rows[0].action == "backup_exported"

    # a check-in after the backup: the restore takes the database back before it
    visits.check_in(demo_db, window.actor, None, VisitReason.OTHER)
    admin.confirm_restore(exported, PASSPHRASE)
    assert admin.restore_box.defaultButton() is None
    with qtbot.waitSignal(window.database_restored, timeout=60_000):
        qtbot.mouseClick(buttons_of(admin.restore_box)["Restaurer"], Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)
    assert window.pages.currentWidget() is window.login_page
    assert window.login_page.error.text() == "Sauvegarde restaurée. Reconnectez-vous."
    with window.db.read() as session:
        assert session.execute(
            text("SELECT count(*) FROM visit")).scalar() == 0
    assert list((demo_db.path.parent / "backups").glob("before-restore-*.sqlite3"))


def test_wrong_passphrase_restore_keeps_everything(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    admin = window.desk("administration")
    with qtbot.waitSignal(admin.backup_done, timeout=30_000) as done:
        admin.backup_to(tmp_path, PASSPHRASE)
    admin.confirm_restore(done.args[0], "pas la bonne phrase")
    qtbot.mouseClick(buttons_of(admin.restore_box)["Restaurer"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Restauration refusée" in window.login_page.error.text(),
                    timeout=60_000)
    settle(qtbot, window.runner)
    assert "phrase de passe incorrecte" in window.login_page.error.text()
    with window.db.read() as session:
        assert session.execute(
            text("SELECT count(*) FROM dwelling")).scalar() == 1020


def test_a_removed_stick_is_a_message_in_the_window(qtbot: QtBot, demo_db: Database) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    admin = window.desk("administration")
    admin.backup_to(Path("/media/guichet-stick-pulled-out"), PASSPHRASE)
    qtbot.waitUntil(lambda: bool(admin.error.text()), timeout=30_000)
    assert admin.error.text() == (
        "Sauvegarde impossible : le dossier /media/guichet-stick-pulled-out n'existe pas (la "
        "clé est-elle branchée ?). Aucun fichier n'y a été laissé et la base n'a pas été "
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
    settle(qtbot, window.runner)
    today = clock.now().strftime("%Y%m%d")
    assert len(list(folder.glob(f"auto-{today}-*.sqlite3"))) == 1


def test_audit_trail_filter_and_check(qtbot: QtBot, demo_db: Database) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    admin = window.desk("administration")
    settle(qtbot, window.runner)
    window.desk_tabs.setCurrentWidget(admin)
    settle(qtbot, window.runner)
    assert len({row.action for row in admin.audit.rows}) > 1
    qtbot.keyClicks(admin.audit_filter, "account_created")  # one search per keystroke
    settle(qtbot, window.runner)
    assert {row.action for row in admin.audit.rows} == {"account_created"}
    assert len(admin.audit.rows) == 3  # the demo's three accounts
    # in words, with the account's name: "Compte Accueil", not "staff_account 2"
    assert {admin.audit.data(admin.audit.index(r, 3)) for r in range(3)} == {
        "Compte Coordination", "Compte Accueil", "Compte Bénévole"}
    assert admin.audit.data(admin.audit.index(0, 2)) == "compte créé"
    with qtbot.waitSignal(admin.said):
        qtbot.mouseClick(admin.verify_button, Qt.MouseButton.LeftButton)
    # the answer shows under the button that asked, in view
    assert admin.audit_result.text().startswith("Journal d'audit intact")
    assert admin.audit_result.isVisible()
    below = admin.audit_result.mapTo(admin, admin.audit_result.rect().topLeft())
    button = admin.verify_button.mapTo(admin, admin.verify_button.rect().bottomLeft())
    assert 0 <= below.y() - button.y() < 40 and admin.rect().contains(below)


def test_roster_import_from_the_coordinators_desk(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    from tests.conftest import DATA

    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    admin = window.desk("administration")
    admin.sector_edit.setText("Kerourien")
    admin.check_roster(DATA / "rosters" / "excel_csv_utf8_bom.csv")
    qtbot.waitUntil(lambda: hasattr(admin, "import_box") and admin.import_box.isVisible(),
                    timeout=30_000)
    assert "8 logements nouveaux, 0 mis à jour, 0 inchangé" in admin.import_box.text()
    with qtbot.waitSignal(admin.roster_imported, timeout=30_000) as imported:
        qtbot.mouseClick(buttons_of(admin.import_box)["Importer"], Qt.MouseButton.LeftButton)
    assert imported.args[0].dwellings_new == 8
    assert admin.status.text().startswith("Liste importée : 8 logements nouveaux, 0 mis à jour")

    admin.check_roster(DATA / "rosters" / "conflicting_lines.csv")
    qtbot.waitUntil(lambda: bool(admin.error.text()), timeout=30_000)
    assert admin.error.text().startswith("Rien n'a été importé : 3 problèmes dans le fichier.")
    assert "ligne 4 : référence logement manquante" in admin.error.text()
    assert "ligne 3 : KER-0201 : adresse «\u00a09 rue de Gascogne\u00a0» ici" in admin.error.text()


def test_an_import_updates_the_overview_without_a_restart(
        qtbot: QtBot, demo_db: Database) -> None:
    from tests.conftest import DATA

    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    overview = window.desk("overview")
    assert overview.cards["dwellings"].value.text() == "1\u202f020"
    # each caption agrees with its figure: no "vote(s)"
    captions = {key: card.caption.text() for key, card in overview.cards.items()}
    assert captions["dwellings"] == "logements sur la liste"
    polls = overview.cards["open_polls"]
    assert captions["open_polls"] == ("vote en cours" if polls.value.text() in ("0", "1")
                                      else "votes en cours")
    polls.show_figure(1)
    assert (polls.value.text(), polls.caption.text()) == ("1", "vote en cours")
    polls.show_figure(2)
    assert (polls.value.text(), polls.caption.text()) == ("2", "votes en cours")
    admin = window.desk("administration")
    admin.sector_edit.setText("Kerourien")
    admin.check_roster(DATA / "rosters" / "excel_csv_utf8_bom.csv")
    qtbot.waitUntil(lambda: hasattr(admin, "import_box") and admin.import_box.isVisible(),
                    timeout=30_000)
    with qtbot.waitSignal(overview.refreshed, timeout=30_000):
        qtbot.mouseClick(buttons_of(admin.import_box)["Importer"], Qt.MouseButton.LeftButton)
    # the file is Kerourien's new roster: 8 dwellings instead of the demo's 600
    assert overview.cards["dwellings"].value.text() == "428"


def test_a_restore_waits_for_a_backup_being_written(
        qtbot: QtBot, demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The restore is asked for while the backup to the stick is still being
    written: it starts only once the backup is whole and checked."""
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    admin = window.desk("administration")
    first = tmp_path / "first"
    first.mkdir()
    with qtbot.waitSignal(admin.backup_done, timeout=30_000) as done:
        admin.backup_to(first, PASSPHRASE)
    earlier: Path = done.args[0]
    visits.check_in(demo_db, window.actor, None, VisitReason.OTHER)
    stick = tmp_path / "stick"
    stick.mkdir()
    steps: list[str] = []

    def recorded(name: str, real):  # type: ignore[no-untyped-def]
        def run(*args, **kwargs):  # type: ignore[no-untyped-def]
            steps.append(f"{name} starts")
            try:
                return real(*args, **kwargs)
            finally:
                steps.append(f"{name} ends")
        return run

    monkeypatch.setattr(backup, "export_backup", recorded("backup", backup.export_backup))
    monkeypatch.setattr(backup, "restore_backup", recorded("restore", backup.restore_backup))
    admin.backup_to(stick, PASSPHRASE)
    qtbot.waitUntil(lambda: bool(steps))  # the backup is being written (scrypt: ~0.1 s)...
    with qtbot.waitSignal(window.database_restored, timeout=60_000):
        window.restore_database(earlier, PASSPHRASE)  # ...when the restore is asked for
    assert steps == ["backup starts", "backup ends", "restore starts", "restore ends"]
    written = list(stick.glob("*.guichet-backup"))
    assert len(written) == 1
    # the stick holds the database as it was before the restore, whole
    copy = tmp_path / "copy.sqlite3"
    copy.write_bytes(crypto.decrypt(written[0].read_bytes(), PASSPHRASE))
    raw = sqlite3.connect(copy)
    assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert raw.execute("SELECT count(*) FROM visit").fetchone() == (1,)
    raw.close()
    with window.db.read() as session:  # and the restore took the earlier state
        assert session.execute(text("SELECT count(*) FROM visit")).scalar() == 0
    settle(qtbot, window.runner)


def test_the_coordinator_sees_refused_sign_ins(qtbot: QtBot, demo_db: Database) -> None:
    from app.domain.errors import AuthenticationFailed
    from app.services import accounts

    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            accounts.sign_in(demo_db, "Bénévole", "0000")
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    admin = window.desk("administration")
    settle(qtbot, window.runner)
    assert "Bénévole : 3 connexions refusées de suite" in admin.refused_sign_ins.text()


def test_irreversible_acts_say_what_they_will_do_and_ask(
        qtbot: QtBot, demo_db: Database) -> None:
    from datetime import timedelta

    from sqlalchemy import update

    from db.models import Dwelling

    long_ago = clock.now() - timedelta(days=900)
    with demo_db.write() as session:
        session.execute(update(Dwelling).where(Dwelling.landlord_ref.in_(("KER-00040",
                                                                          "KER-00041")))
                        .values(on_roster=False, last_contact_at=long_ago, updated_at=long_ago))
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    admin = window.desk("administration")
    qtbot.mouseClick(admin.retention_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(admin, "retention_box") and admin.retention_box.isVisible())
    question = admin.retention_box.text()
    assert "anonymiser 2 foyers qui ont quitté la liste (2 personnes) et effacer 0 note de passage" in question and "ne peut pas être annulé" in question
    assert admin.retention_box.defaultButton() is None
    qtbot.mouseClick(buttons_of(admin.retention_box)["Annuler"], Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)
    with demo_db.read() as session:  # cancelled: nobody anonymised
        assert session.execute(text(
            "SELECT count(*) FROM person WHERE anonymised_at IS NOT NULL")).scalar() == 0

    admin.ref_edit.setText("KER-00012")
    qtbot.mouseClick(admin.erase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: hasattr(admin, "erase_box") and admin.erase_box.isVisible())
    with demo_db.read() as session:
        family = session.execute(text(
            "SELECT p.family_name FROM person p JOIN dwelling d ON d.id = p.dwelling_id "
            "WHERE d.landlord_ref = 'KER-00012' LIMIT 1")).scalar()
    assert family.upper() in admin.erase_box.text() and "KER-00012" in admin.erase_box.text()
    admin.erase_box.reject()
