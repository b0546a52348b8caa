"""Opening the database: checks, pragmas, migrations, units of work.

SQLite specifics (header check, pragmas, quick_check, BEGIN IMMEDIATE) stay in
this module. The checks at opening use Python's sqlite3 alone; SQLAlchemy (and
its 40 MB) is loaded when a session is first needed, so a window waiting at
the sign-in page does not hold it (`Database.plain` serves those few reads).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.domain.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    DiskFull,
    NoDatabase,
    NotADatabase,
    SchemaTooNew,
)
from db import claims

if TYPE_CHECKING:
    from sqlalchemy import Engine, Table
    from sqlalchemy.orm import Session

    from db.claims import Claim

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Kept in step with the newest file in migrations/versions (a test checks), so
# that a start on an up-to-date database need not import Alembic at all.
SCHEMA_HEAD = "0009"


def _check_sqlite_file(path: Path) -> None:
    """Refuse, before SQLite touches it, a file we must not write to."""
    if path.exists():
        if path.is_dir():
            raise NotADatabase(path, "is a folder")
        try:
            with path.open("rb") as fh:
                header = fh.read(len(SQLITE_HEADER))
        except PermissionError as exc:
            raise DatabaseReadOnly(path, "cannot be read") from exc
        if header and header != SQLITE_HEADER:
            raise NotADatabase(path)
        if not os.access(path, os.W_OK):
            raise DatabaseReadOnly(path, "file is read-only")
        folder = path.parent
    else:
        folder = path.parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise DatabaseReadOnly(path, "cannot create its folder") from exc
    # WAL needs to create -wal and -shm files beside the database.
    if not os.access(folder, os.W_OK):
        raise DatabaseReadOnly(path, "folder is read-only")


def _install_sqlite_pragmas(engine: Engine) -> None:
    from sqlalchemy import event

    from db.search import register_functions as register_search_functions

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: object) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own
        # implicit BEGIN comes too late and is always DEFERRED).
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = FULL")
        cur.close()
        register_search_functions(dbapi_conn)

    @event.listens_for(engine, "begin")
    def _on_begin(conn) -> None:  # type: ignore[no-untyped-def]
        # Writers take the write lock at BEGIN: two counters allocating the
        # next receipt number cannot both read the same last number.
        mode = "IMMEDIATE" if conn.get_execution_options().get("write") else "DEFERRED"
        conn.exec_driver_sql(f"BEGIN {mode}")


def _translate_sqlite_error(path: Path, exc: BaseException) -> Exception:
    message = str(exc).lower()
    if "disk is full" in message or getattr(exc, "errno", None) == errno.ENOSPC:
        return DiskFull(path, str(exc))
    if "locked" in message or "busy" in message:
        return DatabaseBusy(path, str(exc))
    if "not a database" in message or "encrypted" in message:
        return NotADatabase(path, str(exc))
    if "readonly" in message or "read-only" in message:
        return DatabaseReadOnly(path, str(exc))
    return DatabaseDamaged(path, str(exc))


class Database:
    """One SQLite file. Create with `open_database`. The SQLAlchemy engine and
    its session factories are made on first use."""

    dialect = "sqlite"

    def __init__(self, path: Path, claim: Claim | None = None) -> None:
        self.path = path
        self.where = str(path)  # said to a person
        self.location: str | Path = path  # what open_database opens again
        self._claim = claim  # shared with every other process that has it open
        self.set_aside: list[Path] = []  # journals found beside it that were not its own

    @cached_property
    def engine(self) -> Engine:
        from sqlalchemy import create_engine

        engine = create_engine(f"sqlite:///{self.path}")
        _install_sqlite_pragmas(engine)
        return engine

    @cached_property
    def _sessions(self):  # type: ignore[no-untyped-def]
        from sqlalchemy.orm import sessionmaker

        return (sessionmaker(self.engine, expire_on_commit=False),
                sessionmaker(self.engine.execution_options(write=True), expire_on_commit=False))

    @contextmanager
    def plain(self) -> Iterator[sqlite3.Connection]:
        """A read-only sqlite3 connection, for the few reads made before anyone
        signs in (names at the sign-in page, the centre's name): no ORM."""
        conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            yield conn
        except sqlite3.OperationalError as exc:
            raise _translate_sqlite_error(self.path, exc) from exc
        finally:
            conn.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A look at the data; closing discards anything written, and the
        objects read stay usable (detached, loaded) afterwards."""
        with self._sessions[0]() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits once at the end, or rolls back whole."""
        from sqlalchemy.exc import OperationalError

        with self._sessions[1]() as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                raise _translate_sqlite_error(self.path, exc.orig or exc) from exc
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def scratch(self) -> Iterator[Session]:
        """A private copy of the whole database in memory (SQLite's online
        backup API), to try changes on: nothing reaches the file, and the file
        is never locked for writing (a roster's dry run, say)."""
        from sqlalchemy import create_engine
        from sqlalchemy.orm import Session
        from sqlalchemy.pool import StaticPool

        from db.search import register_functions as register_search_functions

        memory = sqlite3.connect(":memory:", check_same_thread=False)
        raw = self.engine.raw_connection()
        try:
            raw.driver_connection.backup(memory)  # type: ignore[union-attr]
        finally:
            raw.close()
        memory.isolation_level = None
        memory.execute("PRAGMA foreign_keys = ON")
        register_search_functions(memory)
        engine = create_engine("sqlite://", creator=lambda: memory, poolclass=StaticPool)
        try:
            with Session(engine) as session:
                yield session
        finally:
            engine.dispose()
            memory.close()

    def close(self) -> None:
        if "engine" in self.__dict__:  # made only if it was used
            self.engine.dispose()
        if self._claim is not None:
            self._claim.release()
            self._claim = None


def open_database(path: Path | str, *, migrate: bool = True, create: bool = True) -> Database:
    """Check, open and (unless told not to) migrate the SQLite file at `path`.
    With `create=False`, a missing or empty file is refused (NoDatabase): a
    command meant for an existing centre never makes a new database.
    A `postgresql://` URL opens the centre's server instead (db.postgres)."""
    from db.postgres import is_server_url

    if is_server_url(path):
        from db.postgres import open_server

        return open_server(str(path), migrate=migrate, create=create)  # type: ignore[return-value]
    path = Path(path).expanduser().resolve()
    if not create and (not path.is_file() or path.stat().st_size == 0):
        raise NoDatabase(path)
    _check_sqlite_file(path)
    set_aside = _set_aside_foreign_journals(path)
    claim = claims.shared(path, BUSY_TIMEOUT_MS / 1000)  # waits while a restore runs
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        claim.release()
        raise _translate_sqlite_error(path, exc) from exc
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise DatabaseDamaged(path, str(result))
        revision = _revision(conn)
    except sqlite3.Error as exc:
        claim.release()
        raise _translate_sqlite_error(path, exc) from exc
    except BaseException:
        claim.release()
        raise
    finally:
        conn.close()
    db = Database(path, claim)
    db.set_aside = set_aside
    if migrate and revision != SCHEMA_HEAD:
        try:
            _migrate(db, revision)
        except BaseException:
            db.close()
            raise
    return db


def _tables_if_sound(path: Path) -> set[str] | None:
    """The tables of a file that passes quick_check, else None."""
    try:
        conn = sqlite3.connect(path)
        try:
            if conn.execute("PRAGMA quick_check").fetchone() != ("ok",):
                return None
            return {name for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error:
        return None


def _set_aside_foreign_journals(path: Path) -> list[Path]:
    """A -wal or hot -journal beside the file that is not its own (another
    file's, or the database put back by hand behind a newer journal) would be
    replayed into it by SQLite at the first read. Tried first on copies, while
    nobody else has the database open: if the file is sound alone but not with
    its journals, they are set aside untouched (renamed) and said; if it is
    damaged either way, DatabaseDamaged before anything is replayed."""
    journals = [j for j in (Path(f"{path}-wal"), Path(f"{path}-journal"))
                if j.is_file() and j.stat().st_size > 0]
    if not journals or not path.is_file():
        return []
    with claims.exclusive(path) as alone:
        if not alone:  # someone has it open: the journal is theirs, live
            return []
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=".guichet-probe-") as tmp:
            probe = Path(tmp) / path.name
            shutil.copyfile(path, probe)
            for journal in journals:
                shutil.copyfile(journal, Path(tmp) / journal.name)
            bare = Path(tmp) / "bare" / path.name
            bare.parent.mkdir()
            shutil.copyfile(path, bare)
            with_journal, alone_tables = _tables_if_sound(probe), _tables_if_sound(bare)
            # its own journal leaves a sound file that is still this one (a
            # foreign WAL's frames replace whole pages: another database comes out)
            if with_journal is not None and (
                    (alone_tables is not None and alone_tables <= with_journal)
                    or "alembic_version" in with_journal):
                return []  # SQLite replays it as it should
            if alone_tables is None:
                raise DatabaseDamaged(path, "damaged, with or without its journal")
        stamp = time.strftime("%Y%m%d-%H%M%S")
        moved = []
        for journal in journals:
            aside = journal.with_name(f"{journal.name}.set-aside-{stamp}")
            os.replace(journal, aside)
            moved.append(aside)
        Path(f"{path}-shm").unlink(missing_ok=True)  # an index of the WAL set aside
        return moved


def _revision(conn: sqlite3.Connection) -> str | None:
    if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                        "AND name = 'alembic_version'").fetchone():
        return None
    row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def current_revision(db: Database) -> str | None:
    if db.path is None:
        from db.postgres import revision

        return revision(db)  # type: ignore[arg-type]
    with db.plain() as conn:
        return _revision(conn)


def _migrate(db: Database, revision: str | None) -> None:
    """Bring the schema to head; refuse a file written by a newer Guichet.
    Alembic (and SQLAlchemy) are imported only when there is work to do."""
    from sqlalchemy.exc import DatabaseError as SADatabaseError

    from db import migrate

    if revision is not None and not migrate.is_known_revision(revision):
        raise SchemaTooNew(db.path, revision)
    try:
        migrate.upgrade(db.engine, "head")
    except SADatabaseError as exc:
        db.close()
        raise _translate_sqlite_error(db.path, exc.orig or exc) from exc


def ensure_schema(db: Database) -> None:
    revision = current_revision(db)
    if revision != SCHEMA_HEAD and db.path is None:
        from db.postgres import schema

        schema.bring_to_head(db.engine, revision)
    elif revision != SCHEMA_HEAD:
        _migrate(db, revision)


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows of the same columns with the driver's executemany.

    For imports of thousands of rows: SQLAlchemy's per-row parameter processing
    costs more than SQLite's own work there. The SQL is still compiled by the
    dialect, so this is not tied to SQLite.
    """
    if not rows:
        return
    from sqlalchemy import insert

    columns = list(rows[0])
    connection = session.connection()
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=columns)
    # columns the rows leave out take their model default, as the ORM would
    defaults = {c.key: c.default.arg for c in table.columns
                if c.default is not None and c.default.is_scalar}
    if connection.dialect.positional:
        order = compiled.positiontup or []
        params: list[Any] = [tuple(row[name] if name in row else defaults[name]
                                   for name in order) for row in rows]
    else:
        params = [{**defaults, **row} for row in rows]
    connection.exec_driver_sql(compiled.string, params)
