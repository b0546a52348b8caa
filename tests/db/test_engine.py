"""Opening the database: pragmas, and a clear typed error for every bad file."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text

from app.domain.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    NotADatabase,
    SchemaTooNew,
)
from db.engine import Database, open_database
from db.models import Sector


def test_pragmas_on_every_connection(db: Database) -> None:
    with db.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") >= 1000


def test_write_unit_commits_once_or_not_at_all(db: Database) -> None:
    with pytest.raises(RuntimeError):
        with db.write() as session:
            session.add(Sector(name="Kerourien", offer_state="vote_pending", monthly_cost_cents=118))
            session.flush()
            raise RuntimeError("crash mid-way")
    with db.read() as session:
        assert session.query(Sector).count() == 0


def test_a_file_that_is_not_sqlite_is_refused_and_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("liste des locataires\n", encoding="utf-8")
    with pytest.raises(NotADatabase):
        open_database(path)
    assert path.read_text(encoding="utf-8") == "liste des locataires\n"
    assert not (tmp_path / "notes.sqlite3-wal").exists()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(NotADatabase):
        open_database(tmp_path)


def test_read_only_file_is_refused(db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    before = db_path.read_bytes()
    if os.geteuid() != 0:
        db_path.chmod(stat.S_IRUSR)
        target = db_path
    else:  # root ignores permissions: a read-only bind mount, as a locked-down PC would have
        view = tmp_path / "read-only"
        view.mkdir()
        mounted = subprocess.run(["mount", "--bind", str(db_path.parent), str(view)],
                                 capture_output=True, text=True)
        if mounted.returncode != 0:
            pytest.skip(f"cannot make a read-only mount here: {mounted.stderr.strip()}")
        subprocess.run(["mount", "-o", "remount,ro,bind", str(view)], check=True)
        target = view / db_path.name
    try:
        with pytest.raises(DatabaseReadOnly):
            open_database(target)
    finally:
        if target != db_path:
            subprocess.run(["umount", str(target.parent)], check=False)
    assert db_path.read_bytes() == before


def test_read_only_folder_is_refused(tmp_path: Path) -> None:
    """Also as root: a read-only bind is simulated by a folder we cannot create in."""
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseReadOnly):
        open_database(blocker / "sub" / "guichet.sqlite3")


def test_damaged_file_is_refused_and_never_written(db_path: Path) -> None:
    db = open_database(db_path)
    with db.write() as session:
        for n in range(400):
            session.add(Sector(name=f"Secteur {n:04d} " + "x" * 80, offer_state="vote_pending",
                               monthly_cost_cents=118))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    raw = bytearray(db_path.read_bytes())
    page_size = int.from_bytes(raw[16:18], "big")
    # scribble over the middle of a table page, keeping the header valid
    start = page_size * (len(raw) // page_size - 2) + 200
    raw[start:start + 400] = b"\xff" * 400
    db_path.write_bytes(bytes(raw))
    before = db_path.read_bytes()
    with pytest.raises(DatabaseDamaged):
        open_database(db_path)
    assert db_path.read_bytes() == before


def test_locked_by_another_program_gives_busy(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    open_database(db_path).close()
    monkeypatch.setattr("db.engine.BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusy):
            db = open_database(db_path)
            with db.write() as session:
                session.add(Sector(name="X", offer_state="vote_pending", monthly_cost_cents=1))
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_schema_from_a_newer_guichet_is_refused(db_path: Path) -> None:
    open_database(db_path).close()
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE alembic_version SET version_num = '9999'")
    raw.commit()
    raw.close()
    with pytest.raises(SchemaTooNew):
        open_database(db_path)


def _wal_of_another_file(tmp_path: Path) -> bytes:
    """The -wal of a different database, captured while its writer is still open."""
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA wal_autocheckpoint = 0")
    conn.execute("CREATE TABLE notes (x TEXT)")
    conn.executemany("INSERT INTO notes VALUES (?)", [("n" * 500,)] * 200)
    conn.commit()
    wal = Path(f"{other}-wal").read_bytes()
    conn.close()
    return wal


def test_a_journal_that_is_not_the_files_own_is_set_aside_untouched(
        db_path: Path, tmp_path: Path) -> None:
    db = open_database(db_path)
    with db.write() as session:
        session.execute(text("INSERT INTO sector (name, offer_state, monthly_cost_cents) "
                             "VALUES ('Kerourien', 'vote_pending', 118)"))
    db.close()
    foreign = _wal_of_another_file(tmp_path)
    Path(f"{db_path}-wal").write_bytes(foreign)
    reopened = open_database(db_path)
    try:
        assert len(reopened.set_aside) == 1
        assert reopened.set_aside[0].read_bytes() == foreign  # kept as it was, for a look
        assert reopened.set_aside[0].name.startswith("guichet.sqlite3-wal.set-aside-")
        with reopened.read() as session:
            assert session.execute(text("SELECT name FROM sector")).scalars().all() == [
                "Kerourien"]
    finally:
        reopened.close()
    assert not list(db_path.parent.glob(".guichet-probe-*"))  # the trial copies are gone


def test_a_file_damaged_with_or_without_its_journal_is_not_touched(
        db_path: Path, tmp_path: Path) -> None:
    open_database(db_path).close()
    data = bytearray(db_path.read_bytes())
    data[4096 * 2: 4096 * 12] = bytes((i * 37) % 251 for i in range(4096 * 10))  # scribbled
    db_path.write_bytes(bytes(data))
    foreign = _wal_of_another_file(tmp_path)
    Path(f"{db_path}-wal").write_bytes(foreign)
    with pytest.raises(DatabaseDamaged):
        open_database(db_path)
    assert db_path.read_bytes() == bytes(data)  # "not modified" is true
    assert Path(f"{db_path}-wal").read_bytes() == foreign  # nor its journal consumed
