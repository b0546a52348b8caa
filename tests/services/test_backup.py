"""Backups and restore for real: online backup API, encryption, a full or
read-only filesystem, restore that finds every row again."""

from __future__ import annotations

import hashlib
import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from app.domain.errors import BackupFailed, PermissionDenied, RestoreRefused
from app.services import accounts, backup, housekeeping
from app.services.context import Actor
from db import migrate
from db.engine import Database, open_database
from tests.conftest import small_filesystem

# backups of the SQLite file itself (its journal, the copies beside it); a server
# centre's backups: tests/services/test_server.py
pytestmark = pytest.mark.sqlite_file

PASSPHRASE = "le phare du Minou, 2026"


def fingerprint(path: Path) -> dict[str, str]:
    """Every row of every table, hashed per table."""
    conn = sqlite3.connect(path)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' "
        "AND name NOT LIKE 'household_search%' ORDER BY name")]
    result = {}
    for table in tables:
        digest = hashlib.sha256()
        for row in conn.execute(f'SELECT * FROM "{table}" ORDER BY 1'):
            digest.update(repr(row).encode())
        result[table] = digest.hexdigest()
    conn.close()
    return result


def test_auto_backup_is_a_verified_copy_of_the_live_database(demo_db: Database) -> None:
    path = backup.auto_backup(demo_db, datetime(2026, 11, 23, 12, 0))
    assert path.parent == demo_db.path.parent / "backups"
    assert not Path(str(path) + "-wal").exists()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert conn.execute("SELECT count(*) FROM dwelling").fetchone() == (1020,)
    conn.close()
    assert backup.last_auto_backup(demo_db.path) == datetime(2026, 11, 23, 12, 0)


def test_rotation_keeps_seven_days_and_four_weeks(tmp_path: Path) -> None:
    now = datetime(2026, 11, 23, 18, 0)
    for hours in range(0, 24 * 60, 5):  # a backup every 5 hours for 60 days
        (tmp_path / f"auto-{now - timedelta(hours=hours):%Y%m%d-%H%M%S}.sqlite3").touch()
    backup.rotate(tmp_path, now)
    kept = sorted(datetime.strptime(p.name[5:20], "%Y%m%d-%H%M%S")
                  for p in tmp_path.glob("auto-*"))
    days = {k.date() for k in kept if now - k < timedelta(days=7)}
    assert len(days) == 7 and len({k.date() for k in kept}) == len(kept)
    assert len({k.isocalendar()[:2] for k in kept}) == 4
    assert len(kept) <= 11
    assert max(kept) == now  # the newest is always kept


def test_export_is_encrypted_and_restore_finds_every_row(
        demo_db: Database, tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    before = fingerprint(demo_db.path)
    exported = backup.export_backup(demo_db, Actor.command_line(), stick, PASSPHRASE,
                                    "Centre social de Kerourien (démo)")
    assert exported.path.name.startswith("Guichet-Centre-social-de-Kerourien-demo-")
    assert list(stick.iterdir()) == [exported.path]  # no temporary file left
    blob = exported.path.read_bytes()
    assert b"SQLite format" not in blob and "Öztürk".encode() not in blob
    assert b"Kerourien" not in blob

    # the day after, the database has changed; restore brings back the exported state
    demo_db.close()  # a restore waits for nobody: everyone has closed the database
    conn = sqlite3.connect(demo_db.path)
    conn.execute("DELETE FROM person WHERE id < 100")
    conn.commit()
    conn.close()
    report = backup.restore_backup(demo_db.path, exported.path, PASSPHRASE, Actor.command_line())
    assert report.previous_kept_as is not None and report.previous_kept_as.exists()
    after = fingerprint(demo_db.path)
    changed = {table for table in before if before[table] != after[table]}
    assert changed == {"audit_log"}  # plus the export's and the restore's own entries
    conn = sqlite3.connect(demo_db.path)
    assert conn.execute("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1").fetchone() == (
        "database_restored",)
    conn.close()


def test_wrong_passphrase_or_not_a_backup_leave_the_database_untouched(
        demo_db: Database, tmp_path: Path) -> None:
    exported = backup.export_backup(demo_db, Actor.command_line(), tmp_path, PASSPHRASE, "C")
    demo_db.close()
    before = demo_db.path.read_bytes()
    with pytest.raises(RestoreRefused) as refused:
        backup.restore_backup(demo_db.path, exported.path, "not the passphrase",
                              Actor.command_line())
    assert refused.value.reason == "wrong_passphrase"
    damaged = tmp_path / "damaged.guichet-backup"
    blob = bytearray(exported.path.read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    damaged.write_bytes(bytes(blob))
    with pytest.raises(RestoreRefused) as refused:
        backup.restore_backup(demo_db.path, damaged, PASSPHRASE, Actor.command_line())
    assert refused.value.reason == "wrong_passphrase"
    text = tmp_path / "notes.txt"
    text.write_text("pas une sauvegarde")
    with pytest.raises(RestoreRefused) as refused:
        backup.restore_backup(demo_db.path, text, None, Actor.command_line())
    assert refused.value.reason == "not_a_backup"
    assert demo_db.path.read_bytes() == before
    assert not list(tmp_path.glob("*.restoring"))


def test_backup_from_a_newer_guichet_is_refused(demo_db: Database, tmp_path: Path) -> None:
    copy = backup.auto_backup(demo_db)
    conn = sqlite3.connect(copy)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    demo_db.close()
    with pytest.raises(RestoreRefused) as refused:
        backup.restore_backup(demo_db.path, copy, None, Actor.command_line())
    assert refused.value.reason == "newer_schema"


def test_backup_from_an_older_guichet_is_migrated(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    old = tmp_path / "old.sqlite3"
    engine = create_engine(f"sqlite:///{old}")
    migrate.upgrade(engine, "0001")
    engine.dispose()
    conn = sqlite3.connect(old)
    conn.execute("INSERT INTO sector (name, offer_state, monthly_cost_cents) "
                 "VALUES ('Kerourien', 'vote_pending', 100)")
    conn.commit()
    conn.close()
    live = tmp_path / "live" / "guichet.sqlite3"
    open_database(live).close()
    report = backup.restore_backup(live, old, None, Actor.command_line())
    assert report.migrated_from == "0001"
    db = open_database(live)
    with db.engine.connect() as c:
        assert c.exec_driver_sql("SELECT name FROM sector").scalar() == "Kerourien"
    db.close()


def test_only_the_coordinator_backs_up_or_restores(demo_db: Database, tmp_path: Path) -> None:
    volunteer = accounts.sign_in(demo_db, "Bénévole", "5678")
    reception = accounts.sign_in(demo_db, "Accueil", "1234")
    for actor in (volunteer, reception):
        with pytest.raises(PermissionDenied):
            backup.export_backup(demo_db, actor, tmp_path, PASSPHRASE, "C")
        with pytest.raises(PermissionDenied):
            backup.restore_backup(demo_db.path, tmp_path / "x", None, actor)
    assert list(tmp_path.glob("*.guichet-backup")) == []


@pytest.fixture
def small_mount(tmp_path: Path) -> Iterator[Path]:
    """A real 256 KiB filesystem (tmpfs): the stick that is too small."""
    with small_filesystem(tmp_path, "256k") as point:
        yield point


def test_full_stick_gives_a_clear_error_and_leaves_nothing(
        demo_db: Database, small_mount: Path) -> None:
    before = fingerprint(demo_db.path)
    with pytest.raises(BackupFailed) as failed:
        backup.export_backup(demo_db, Actor.command_line(), small_mount, PASSPHRASE, "C")
    assert failed.value.reason == "disk_full"
    assert list(small_mount.iterdir()) == []  # the partial file was removed
    assert fingerprint(demo_db.path) == before


def test_read_only_stick_and_removed_stick(demo_db: Database, small_mount: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(small_mount)], check=True)
    with pytest.raises(BackupFailed) as failed:
        backup.export_backup(demo_db, Actor.command_line(), small_mount, PASSPHRASE, "C")
    assert failed.value.reason == "not_writable"
    with pytest.raises(BackupFailed) as failed:
        backup.export_backup(demo_db, Actor.command_line(), small_mount / "gone", PASSPHRASE, "C")
    assert failed.value.reason == "no_folder"  # named as what it is, not "removed"


def test_an_unrelated_sqlite_file_is_not_called_a_damaged_backup(
        demo_db: Database, tmp_path: Path) -> None:
    other = tmp_path / "agenda.sqlite3"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE rdv (quand TEXT, qui TEXT)")
    raw.commit()
    raw.close()
    assert _refusal_leaving_the_database_as_it_was(demo_db, other) == "not_a_backup"


def _refusal_leaving_the_database_as_it_was(demo_db: Database, offered: Path) -> str:
    demo_db.close()
    before = demo_db.path.read_bytes()
    with pytest.raises(RestoreRefused) as refused:
        backup.restore_backup(demo_db.path, offered, None, Actor.command_line())
    assert demo_db.path.read_bytes() == before
    assert not list(demo_db.path.parent.glob("*.restoring"))
    return refused.value.reason


def test_cli_backup_then_restore(demo_db: Database, tmp_path: Path) -> None:
    import io

    from app import cli

    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE + "\n")
    out, err = io.StringIO(), io.StringIO()
    db_arg = ("--db", str(demo_db.path))
    assert cli.main(["backup", str(tmp_path), "--passphrase-file", str(secret), *db_arg],
                    out=out, err=err) == cli.EXIT_OK, err.getvalue()
    assert "écrite et vérifiée" in out.getvalue()
    exported = next(tmp_path.glob("*.guichet-backup"))
    demo_db.close()
    out = io.StringIO()
    assert cli.main(["restore", str(exported), "--passphrase-file", str(secret), *db_arg],
                    out=out, err=err) == cli.EXIT_OK, err.getvalue()
    assert "Base restaurée" in out.getvalue()


@pytest.mark.parametrize("tampering", [
    "DROP TABLE dwelling",  # a file with less than Guichet's schema
    "CREATE TRIGGER rename_all AFTER INSERT ON audit_log BEGIN "
    "UPDATE person SET family_name = 'X'; END",  # planted code
    "DROP TRIGGER receipt_in_sequence",  # the gap-free numbering taken away
    "CREATE VIEW names AS SELECT family_name FROM person",
    "CREATE TABLE extra (x)",
])
def test_a_backup_whose_schema_is_not_guichets_is_refused(
        demo_db: Database, tmp_path: Path, tampering: str) -> None:
    """Restore accepts only the schema Guichet's migrations make at the file's
    revision: nothing planted, nothing removed."""
    copy = tmp_path / "copy.sqlite3"
    from db.backup import copy_live

    copy_live(demo_db, copy)
    raw = sqlite3.connect(copy)
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute(tampering)
    raw.commit()
    raw.close()
    assert _refusal_leaving_the_database_as_it_was(demo_db, copy) == "not_a_backup"


def test_an_untouched_plain_copy_still_restores(demo_db: Database, tmp_path: Path) -> None:
    from db.backup import copy_live

    copy = tmp_path / "copy.sqlite3"
    copy_live(demo_db, copy)
    demo_db.close()
    report = backup.restore_backup(demo_db.path, copy, None, Actor.command_line())
    assert report.restored_from == copy


def test_a_folder_given_as_the_backup_is_a_clear_refusal(demo_db: Database, tmp_path: Path) -> None:
    from app import cli

    demo_db.close()
    before = demo_db.path.read_bytes()
    with pytest.raises(RestoreRefused) as refused:
        backup.restore_backup(demo_db.path, tmp_path, None, Actor.command_line())
    assert refused.value.reason == "unreadable"
    code = cli.main(["restore", str(tmp_path), "--db", str(demo_db.path)],
                    out=io.StringIO(), err=(err := io.StringIO()))
    assert code == cli.EXIT_REJECTED and "Traceback" not in err.getvalue()
    assert err.getvalue().startswith("Restauration refusée")
    assert demo_db.path.read_bytes() == before


def test_a_full_disk_during_a_restore_leaves_no_empty_copy_behind(tmp_path: Path) -> None:
    """The copy of the current database cannot be finished: the restore is
    refused as such, the database untouched, and no 0-byte copy is left."""
    from tests.conftest import small_filesystem

    with small_filesystem(tmp_path, "16m") as disk:
        db = open_database(disk / "guichet.sqlite3")
        from app.services import demo

        demo.load_demo(db, Actor.system())
        exported = backup.export_backup(db, Actor.command_line(), tmp_path, PASSPHRASE, "C")
        db.close()
        filler = disk / "filler"
        free = os.statvfs(disk).f_bavail * os.statvfs(disk).f_frsize
        room = (disk / "guichet.sqlite3").stat().st_size + 150_000  # the decrypted copy fits...
        filler.write_bytes(b"\0" * max(0, free - room))  # ...the copy of the current one not
        before = (disk / "guichet.sqlite3").read_bytes()
        with pytest.raises(RestoreRefused) as refused:
            backup.restore_backup(disk / "guichet.sqlite3", exported.path, PASSPHRASE,
                                  Actor.command_line())
        assert refused.value.reason == "disk_full"
        assert (disk / "guichet.sqlite3").read_bytes() == before
        assert not list(disk.glob("backups/before-restore-*"))  # no empty or partial copy
        assert not list(disk.glob("*.restoring"))


def test_plain_copies_never_go_to_the_system_temporary_folder(
        demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    seen: list[Path] = []
    real_copy = backup.copy_live

    def copy_and_look(db, target):  # type: ignore[no-untyped-def]
        seen.append(target)
        return real_copy(db, target)

    monkeypatch.setattr(backup, "copy_live", copy_and_look)
    stick = tmp_path / "stick"
    stick.mkdir()
    backup.export_backup(demo_db, Actor.command_line(), stick, PASSPHRASE, "C")
    assert seen and all(housekeeping.work_folder(demo_db.path) in p.parents for p in seen)
    assert list(system_tmp.iterdir()) == []
    assert list(housekeeping.work_folder(demo_db.path).iterdir()) == []  # cleaned after


def test_leftovers_of_a_killed_backup_are_removed_at_start_unless_still_running(
        demo_db: Database) -> None:
    work = housekeeping.work_folder(demo_db.path)
    dead = subprocess.Popen(["true"])
    dead.wait()
    killed = work / f"{dead.pid}-abcd"
    killed.mkdir()
    (killed / "copy.sqlite3").write_bytes(b"SQLite format 3\0 LE GALL Helene")
    running = work / f"{os.getppid()}-efgh"  # our parent process is alive
    running.mkdir()
    assert housekeeping.remove_leftovers(demo_db.path) == 1
    assert not killed.exists() and running.exists()


def test_a_backup_the_database_is_too_busy_to_record_leaves_no_file(
        demo_db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another counter holds the write lock for longer than the wait: the
    backup is refused (busy) and leaves nothing on the stick, unrecorded."""
    from app.domain.errors import DatabaseBusy

    monkeypatch.setattr("db.engine.BUSY_TIMEOUT_MS", 200)
    demo_db.close()
    db = open_database(demo_db.path)  # its connections take the short wait
    stick = tmp_path / "stick"
    stick.mkdir()
    other = sqlite3.connect(demo_db.path)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseBusy):
            backup.export_backup(db, Actor.command_line(), stick, PASSPHRASE, "C")
    finally:
        other.rollback()
        other.close()
    assert list(stick.iterdir()) == []
    db.close()


def test_a_restore_is_refused_while_another_process_has_the_database_open(
        demo_db: Database, tmp_path: Path) -> None:
    """A command-line writer in another process: its committed work must not
    vanish under a restore. The restore is refused while it runs, and goes
    through once it has finished."""
    import sys
    import textwrap

    exported = backup.export_backup(demo_db, Actor.command_line(), tmp_path, PASSPHRASE, "C")
    demo_db.close()
    writer = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from app.domain.enums import VisitReason
        from app.services import visits
        from app.services.context import Actor
        from db.engine import open_database
        db = open_database({str(demo_db.path)!r})
        visits.check_in(db, Actor.command_line(), None, VisitReason.OTHER)
        print("written", flush=True)
        sys.stdin.readline()  # stays open until told
        db.close()
        """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        cwd=Path(__file__).resolve().parents[2])
    try:
        assert writer.stdout.readline().strip() == "written"
        with pytest.raises(RestoreRefused) as refused:
            backup.restore_backup(demo_db.path, exported.path, PASSPHRASE, Actor.command_line())
        assert refused.value.reason == "in_use"
        raw = sqlite3.connect(demo_db.path)
        assert raw.execute("SELECT count(*) FROM visit").fetchone() == (1,)  # still there
        raw.close()
    finally:
        writer.communicate("\n", timeout=30)
    report = backup.restore_backup(demo_db.path, exported.path, PASSPHRASE, Actor.command_line())
    assert report.previous_kept_as is not None  # the writer's visit is kept aside, not lost
    kept = sqlite3.connect(report.previous_kept_as)
    assert kept.execute("SELECT count(*) FROM visit").fetchone() == (1,)
    kept.close()


def test_a_database_being_restored_cannot_be_opened_meanwhile(demo_db: Database) -> None:
    from app.domain.errors import DatabaseBusy
    from db import claims

    demo_db.close()
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, portalocker\n"
         f"h = open({str(claims.claim_file(demo_db.path))!r}, 'a+b')\n"
         "portalocker.lock(h, portalocker.LOCK_EX)\n"
         "print('held', flush=True)\nsys.stdin.readline()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(DatabaseBusy):
            claims.shared(demo_db.path, wait_s=0.3)
    finally:
        holder.communicate("\n", timeout=30)
    open_database(demo_db.path).close()  # free again
