"""Consistent copies of a live SQLite database (online backup API), and checks
of a copy. Never a file copy: a live WAL database is not one file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.engine import SQLITE_HEADER, Database


def copy_live(db: Database, target: Path) -> None:
    """Copy the whole database into `target` (created or overwritten). A
    server centre is copied into a new SQLite file (db.copy, checked table by
    table): a backup is the same kind of file whichever engine it comes from."""
    if db.path is None:
        from db.copy import copy_database
        from db.engine import open_database

        target.unlink(missing_ok=True)
        local = open_database(target)
        try:
            copy_database(db, local)
        finally:
            local.close()
        plain = sqlite3.connect(target)
        try:
            plain.execute("PRAGMA journal_mode = DELETE")
        finally:
            plain.close()
        return
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)  # type: ignore[union-attr]
            # a backup is one self-contained file: no -wal beside it
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
    finally:
        raw.close()


def check_copy(path: Path) -> str | None:
    """The schema revision of a sound Guichet database file, else None."""
    return inspect_copy(path)[1]


def inspect_copy(path: Path) -> tuple[str, str | None]:
    """What a file is: ("guichet", revision), or ("not_sqlite" | "damaged" |
    "not_guichet", None), so that a refusal can name the real cause."""
    try:
        with path.open("rb") as fh:
            if fh.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return "not_sqlite", None
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if conn.execute("PRAGMA integrity_check").fetchone() != ("ok",):
                return "damaged", None
            if not conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                                "AND name = 'alembic_version'").fetchone():
                return "not_guichet", None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            return ("guichet", row[0]) if row else ("not_guichet", None)
        finally:
            conn.close()
    except OSError:
        return "not_sqlite", None
    except sqlite3.DatabaseError:
        return "damaged", None
