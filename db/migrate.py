"""Alembic, driven from code (no alembic.ini to find at run time)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from db.engine import MIGRATIONS_DIR


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def is_known_revision(revision: str) -> bool:
    script = ScriptDirectory.from_config(alembic_config())
    return any(rev.revision == revision for rev in script.walk_revisions())


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def upgrade(engine: Engine, target: str = "head") -> None:
    """One transaction. Foreign keys are off while a table is rebuilt (SQLite
    changes a CHECK only by copying the table, and dropping the old copy
    would trip the keys pointing at it); every key is checked before the
    commit, and a broken one rolls the whole upgrade back."""
    config = alembic_config()
    with engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # outside a transaction, or it is ignored
        try:
            with conn.begin():
                config.attributes["connection"] = conn
                command.upgrade(config, target)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").first()
                if broken is not None:
                    raise RuntimeError(f"migration broke a foreign key: {tuple(broken)}")
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def schema_of(path: Path) -> set[tuple[str, str, str, str]]:
    """Every table, index, trigger and view of an SQLite file, with its SQL
    (whitespace-normalised): what a restored file may hold, and nothing else."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
                            "WHERE name NOT LIKE 'sqlite_%'").fetchall()
    finally:
        conn.close()
    return {(kind, name, table, " ".join(sql.split())) for kind, name, table, sql in rows}


def schema_at(revision: str) -> set[tuple[str, str, str, str]]:
    """The schema Guichet's own migrations make at `revision`, built in an
    empty file in the system's temporary folder (a schema holds no data)."""
    import tempfile

    from db.engine import Database

    with tempfile.TemporaryDirectory(prefix="guichet-schema-") as folder:
        db = Database(Path(folder) / "reference.sqlite3")
        try:
            upgrade(db.engine, revision)
        finally:
            db.close()
        return schema_of(db.path)
