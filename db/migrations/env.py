"""Alembic environment: always given a live connection by db.migrate."""

from __future__ import annotations

from alembic import context

from db.models import Base
from db.search import is_search_table


def include_name(name, type_, parent_names):  # type: ignore[no-untyped-def]
    # The full-text index is derived data kept by db.search, not a model.
    return not (type_ == "table" and name and is_search_table(name))


connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only db.migrate drives Alembic
    raise RuntimeError("run migrations through db.migrate, which passes a connection")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things in place
    compare_type=True,
    include_name=include_name,
)
with context.begin_transaction():
    context.run_migrations()
