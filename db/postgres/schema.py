"""The schema on a PostgreSQL server.

A server centre starts at the head revision: the tables, keys, checks and
partial indexes come from the models (`db.models`, which the migrations and
`tests/db` keep equal to the SQLite schema), the rules the database enforces
itself from `db.postgres.triggers`, the search index from `db.postgres.search`.
Migrations 0001-0009 are SQLite's history (table rebuilds, SQLite triggers)
and never run on a server; every migration after 0009 is written for both
engines and is run by Alembic as on SQLite.
"""

from __future__ import annotations

from sqlalchemy import Engine


def create(conn) -> None:  # type: ignore[no-untyped-def]
    from db.engine import SCHEMA_HEAD
    from db.models import Base
    from db.postgres import search, triggers

    Base.metadata.create_all(conn)
    triggers.install(conn)
    search.create(conn)
    _seed(conn)
    conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL, "
                         "CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num))")
    conn.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (%s)", (SCHEMA_HEAD,))


def _seed(conn) -> None:  # type: ignore[no-untyped-def]
    """The rows the migrations write into a new database: the needs survey's
    topics and the Visa Internet grid, taken from migration 0009 itself."""
    import importlib.util

    from db.engine import MIGRATIONS_DIR
    from db.models import Topic, VisaSkill

    path = MIGRATIONS_DIR / "versions" / "0009_programme_follow_up.py"
    spec = importlib.util.spec_from_file_location("guichet_migration_0009", path)
    assert spec is not None and spec.loader is not None
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    for model, rows in ((Topic, migration.TOPICS), (VisaSkill, migration.SKILLS)):
        conn.execute(model.__table__.insert(), [
            {"code": code, "label": label, "position": position}
            for position, (code, label) in enumerate(rows, start=1)])


def bring_to_head(engine: Engine, current: str | None) -> None:
    """One transaction, under the write lock: two counters starting at once
    on a new server make the schema once."""
    from db.postgres import WRITE_LOCK

    with engine.begin() as conn:
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")
        found = conn.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar()
        if found is not None:
            current = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
        if current is None:
            create(conn)
            return
        from db import migrate

        config = migrate.alembic_config()
        config.attributes["connection"] = conn
        from alembic import command

        command.upgrade(config, "head")
