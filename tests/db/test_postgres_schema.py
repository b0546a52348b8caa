"""A centre's schema on a PostgreSQL server: what the models describe, at
the head revision, with the rows the migrations write into a new database."""

from __future__ import annotations

import uuid

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from db.engine import SCHEMA_HEAD, current_revision, open_database
from db.models import Base, Topic, VisaSkill
from db.search import is_search_table

pytestmark = pytest.mark.postgresql


def test_a_new_server_database_is_the_models_at_head_with_the_seeded_lists(
        pg_databases, tmp_path) -> None:  # type: ignore[no-untyped-def]
    name = f"t_schema_{uuid.uuid4().hex[:10]}"
    server = open_database(pg_databases.create(name))
    local = open_database(tmp_path / "reference.sqlite3")
    try:
        assert current_revision(server) == SCHEMA_HEAD
        with server.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={
                "compare_type": True,
                "include_name": lambda n, kind, _parents: not (
                    kind == "table" and n and (is_search_table(n) or n == "alembic_version"))})
            assert compare_metadata(context, Base.metadata) == []
        for model in (Topic, VisaSkill):  # the survey's topics and the Visa grid
            query = select(model.code, model.label, model.position).order_by(model.position)
            with server.read() as a, local.read() as b:
                assert a.execute(query).all() == b.execute(query).all() != []
        # a second counter starting on it finds it ready and changes nothing
        open_database(server.location).close()
        assert current_revision(server) == SCHEMA_HEAD
    finally:
        server.close()
        local.close()
        pg_databases.drop(name)
