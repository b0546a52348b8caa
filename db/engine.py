"""Opening the database: checks, pragmas, migrations, units of work.

SQLite specifics (header check, pragmas, quick_check, BEGIN IMMEDIATE) stay in
this module; any other SQLAlchemy URL skips them.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Table, create_engine, event, insert
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import (
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseReadOnly,
    NotADatabase,
    SchemaTooNew,
)
from db.search import register_functions as register_search_functions

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Kept in step with the newest file in migrations/versions (a test checks), so
# that a start on an up-to-date database need not import Alembic at all.
SCHEMA_HEAD = "0003"


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
    if "locked" in message or "busy" in message:
        return DatabaseBusy(path, str(exc))
    if "not a database" in message or "encrypted" in message:
        return NotADatabase(path, str(exc))
    if "readonly" in message or "read-only" in message:
        return DatabaseReadOnly(path, str(exc))
    return DatabaseDamaged(path, str(exc))


class Database:
    """An engine with its session factories. Create with `open_database`."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self._read = sessionmaker(engine, expire_on_commit=False)
        self._write = sessionmaker(engine.execution_options(write=True), expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A look at the data; closing discards anything written, and the
        objects read stay usable (detached, loaded) afterwards."""
        with self._read() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One unit of work: commits once at the end, or rolls back whole."""
        with self._write() as session:
            try:
                yield session
                session.commit()
            except OperationalError as exc:
                session.rollback()
                if self.path is not None:
                    raise _translate_sqlite_error(self.path, exc.orig or exc) from exc
                raise
            except BaseException:
                session.rollback()
                raise

    @contextmanager
    def scratch(self) -> Iterator[Session]:
        """A private copy of the whole database in memory (SQLite's online
        backup API), to try changes on: nothing reaches the file, and the file
        is never locked for writing (a roster's dry run, say)."""
        from sqlalchemy.pool import StaticPool

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
        self.engine.dispose()


def open_database(path: Path | str, *, migrate: bool = True) -> Database:
    """Check, open and (unless told not to) migrate the SQLite file at `path`."""
    path = Path(path).expanduser().resolve()
    _check_sqlite_file(path)
    engine = create_engine(f"sqlite:///{path}")
    _install_sqlite_pragmas(engine)
    db = Database(engine, path)
    try:
        with engine.connect() as conn:
            result = conn.exec_driver_sql("PRAGMA quick_check").scalar()
            if result != "ok":
                raise DatabaseDamaged(path, str(result))
        if migrate:
            ensure_schema(db)
    except SADatabaseError as exc:
        engine.dispose()
        raise _translate_sqlite_error(path, exc.orig or exc) from exc
    except BaseException:
        engine.dispose()
        raise
    return db


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        has_table = conn.exec_driver_sql(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).first()
        if not has_table:
            return None
        return conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()


def ensure_schema(db: Database) -> None:
    """Bring the schema to head; refuse a file written by a newer Guichet."""
    revision = current_revision(db)
    if revision == SCHEMA_HEAD:
        return
    from db import migrate  # Alembic is imported only when there is work to do

    if revision is not None and not migrate.is_known_revision(revision):
        raise SchemaTooNew(db.path or "", revision)
    migrate.upgrade(db.engine, "head")


def bulk_insert(session: Session, table: Table, rows: list[dict[str, Any]]) -> None:
    """Insert many rows of the same columns with the driver's executemany.

    For imports of thousands of rows: SQLAlchemy's per-row parameter processing
    costs more than SQLite's own work there. The SQL is still compiled by the
    dialect, so this is not tied to SQLite.
    """
    if not rows:
        return
    columns = list(rows[0])
    connection = session.connection()
    compiled = insert(table).compile(dialect=connection.dialect, column_keys=columns)
    if connection.dialect.positional:
        order = compiled.positiontup or []
        params: list[Any] = [tuple(row[name] for name in order) for row in rows]
    else:
        params = rows
    connection.exec_driver_sql(compiled.string, params)
