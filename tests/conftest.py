"""Shared fixtures: real SQLite files in a tmp dir, never mocks."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.services import accounts, demo  # noqa: E402
from app.services.context import Actor  # noqa: E402
from db.engine import Database, open_database  # noqa: E402

DATA = Path(__file__).parent / "data"


# --- the engines: an SQLite file, and a real PostgreSQL server
# tests/services runs every test on both (its `engine_name` fixture); elsewhere
# `engine_name` is "sqlite". The server is a throwaway cluster started by
# scripts/postgres-test-cluster.sh for the whole run (or GUICHET_TEST_PG_URL).


@pytest.fixture
def engine_name() -> str:
    return "sqlite"


def _why_no_postgres() -> str | None:
    if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")):
        return "PostgreSQL is not installed (scripts/setup-postgres-test.sh needs root and apt-get)"
    if os.geteuid() == 0 and subprocess.run(["id", "postgres"], capture_output=True).returncode:
        return "no `postgres` user to run the test cluster as"
    return None


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """The URL of a PostgreSQL server where role `guichet` may create databases."""
    if os.environ.get("GUICHET_TEST_PG_URL"):
        yield os.environ["GUICHET_TEST_PG_URL"]
        return
    reason = _why_no_postgres()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL must be tested in CI: {reason}")
        pytest.skip(reason)
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="guichet-pg-"))  # /tmp: the cluster's user can reach it
    script = Path(__file__).resolve().parent.parent / "scripts" / "postgres-test-cluster.sh"
    started = subprocess.run([str(script), "start", str(folder)], capture_output=True, text=True)
    if started.returncode != 0:
        subprocess.run([str(script), "stop", str(folder)], capture_output=True)
        pytest.fail(f"the test PostgreSQL cluster did not start: {started.stderr[-2000:]}")
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([str(script), "stop", str(folder)], capture_output=True)


class PgDatabases:
    """Fresh databases on the test server, made from templates (fast)."""

    def __init__(self, url: str) -> None:
        from sqlalchemy import create_engine
        from sqlalchemy.pool import NullPool

        self.url = url
        self.admin = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1),
                                   isolation_level="AUTOCOMMIT", poolclass=NullPool)
        self.templates: set[str] = set()

    def url_of(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + "/" + name

    def create(self, name: str, template: str | None = None) -> str:
        with self.admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"' + (
                f' TEMPLATE "{template}"' if template else ""))
        return self.url_of(name)

    def drop(self, name: str) -> None:
        import time

        from sqlalchemy.exc import DBAPIError

        for attempt in range(20):  # a server's own worker (autovacuum) may be in it a moment
            try:
                with self.admin.connect() as conn:
                    conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                return
            except DBAPIError:
                if attempt == 19:
                    raise
                time.sleep(0.25)

    def template(self, name: str, fill) -> str:  # type: ignore[no-untyped-def]
        """A database made once per run by `fill(url)`, then copied per test."""
        if name not in self.templates:
            self.drop(name)
            url = self.create(name)
            fill(url)
            self.templates.add(name)
        return name


@pytest.fixture(scope="session")
def pg_databases(pg_server: str) -> PgDatabases:
    return PgDatabases(pg_server)


def _head_schema(url: str) -> None:
    open_database(url).close()


@contextmanager
def server_database(pg_databases: PgDatabases, template: str) -> Iterator[Database]:
    import uuid

    name = f"t_{uuid.uuid4().hex[:12]}"
    url = pg_databases.create(name, template)
    database = open_database(url)
    try:
        yield database
    finally:
        database.close()
        pg_databases.drop(name)


@pytest.fixture
def db_path(tmp_path: Path, engine_name: str) -> Path:
    if engine_name != "sqlite":
        pytest.skip("this test works on the SQLite file itself")
    return tmp_path / "guichet.sqlite3"


@pytest.fixture
def db(request: pytest.FixtureRequest, engine_name: str, tmp_path: Path) -> Iterator[Database]:
    if engine_name == "postgresql":
        pg = request.getfixturevalue("pg_databases")
        with server_database(pg, pg.template("guichet_head", _head_schema)) as database:
            yield database
        return
    database = open_database(request.getfixturevalue("db_path"))
    yield database
    database.close()


@pytest.fixture
def cli_actor() -> Actor:
    return Actor.command_line()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = open_database(path)
    demo.load_demo(database, Actor.system())
    # one file, no -wal beside it, so that copying it is a whole database
    with database.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    database.close()
    return path


@pytest.fixture
def demo_db(request: pytest.FixtureRequest, _demo_template: Path, tmp_path: Path,
            engine_name: str) -> Iterator[Database]:
    """A copy of the demo centre (built once per run) in this test's tmp dir,
    or on the test server (copied there once with db.copy)."""
    if engine_name == "postgresql":
        pg = request.getfixturevalue("pg_databases")

        def fill(url: str) -> None:
            from db.copy import copy_database

            source, target = open_database(_demo_template), open_database(url)
            try:
                copy_database(source, target)
            finally:
                source.close()
                target.close()

        with server_database(pg, pg.template("guichet_demo", fill)) as database:
            yield database
        return
    path = tmp_path / "demo.sqlite3"
    shutil.copyfile(_demo_template, path)
    database = open_database(path)
    yield database
    database.close()


@pytest.fixture
def coordinator(db: Database) -> Actor:
    accounts.create_first_coordinator(db, "Anne Coord", "coordination", centre_name="Centre test")
    return accounts.sign_in(db, "Anne Coord", "coordination")


# --- the real spooler: CUPS with the cups-pdf queue of scripts/setup-print-test.sh

CUPS_QUEUE = "GuichetPDF"


def _why_no_queue() -> str | None:
    if not shutil.which("lpstat"):
        return "CUPS is not installed (scripts/setup-print-test.sh needs root and apt-get)"
    if subprocess.run(["lpstat", "-p", CUPS_QUEUE], capture_output=True).returncode != 0:
        return f"no CUPS queue {CUPS_QUEUE} (run scripts/setup-print-test.sh as root)"
    return None


@pytest.fixture(scope="session")
def cups_queue() -> str:
    reason = _why_no_queue()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"printing must be tested in CI: {reason}")
        pytest.skip(reason)
    return CUPS_QUEUE


@pytest.fixture(scope="session")
def cups_pdf_output() -> Path:
    """Where cups-pdf writes what it prints (its `Out` setting, for this user)."""
    out = "${HOME}/PDF"
    try:
        for line in Path("/etc/cups/cups-pdf.conf").read_text().splitlines():
            if re.match(r"^\s*Out\s+", line):
                out = line.split(None, 1)[1].strip()
    except OSError:
        pass
    return Path(os.path.expandvars(out.replace("${HOME}", str(Path.home()))))


def another_counter_can_write(db: Database) -> bool:
    """Whether a second connection gets the write lock at once (no wait):
    nobody else holds it. On a server, the write lock is the advisory lock
    every write transaction takes first (db.postgres)."""
    if db.path is None:
        from db.postgres import WRITE_LOCK

        with db.engine.connect() as conn:
            got = conn.exec_driver_sql(f"SELECT pg_try_advisory_xact_lock({WRITE_LOCK})").scalar()
            conn.rollback()
        return bool(got)
    other = sqlite3.connect(db.path, timeout=0)
    try:
        other.execute("BEGIN IMMEDIATE")
        other.execute("ROLLBACK")
        return True
    except sqlite3.OperationalError:
        return False
    finally:
        other.close()


def refused_by_database(db: Database, sql: str) -> str:
    """Run `sql` as someone with the database in hand, no Guichet in between
    (sqlite3 on the file, psql on the server): the database itself must
    refuse it. Returns its message."""
    from sqlalchemy.exc import IntegrityError

    with db.engine.connect() as conn:
        try:
            conn.exec_driver_sql(sql)
        except IntegrityError as exc:
            conn.rollback()
            return str(exc.orig)
        conn.rollback()
    raise AssertionError(f"the database let this through: {sql}")


@contextmanager
def small_filesystem(tmp_path: Path, size: str) -> Iterator[Path]:
    """A real filesystem of `size` (tmpfs, mounted as root): a full stick, a
    full disk. Skipped where mounting is not allowed; CI runs as root."""
    import subprocess
    import uuid

    point = tmp_path / f"small-{uuid.uuid4().hex[:6]}"
    point.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(point)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a small filesystem here: {result.stderr.strip()}")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", str(point)], check=False)


@pytest.fixture(autouse=True)
def _quick_commission_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    """argon2id at its cheapest for the tests' many polls: the cost is stored
    with each wrapped key, so opening and counting work the same way. (The
    centre's cost is checked in tests/unit/test_ballot_box.py.)"""
    from nacl import pwhash

    from app.domain import ballot_box

    monkeypatch.setattr(ballot_box, "KDF_OPS", pwhash.argon2id.OPSLIMIT_MIN)
    monkeypatch.setattr(ballot_box, "KDF_MEM", pwhash.argon2id.MEMLIMIT_MIN)
