"""household search index (SQLite FTS5)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op
from sqlalchemy.orm import Session

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from db import search

    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(search.CREATE_SQL)
    bind = op.get_bind()
    # whatever engine runs the migration, the index needs our folding function
    search.register_functions(bind.connection.driver_connection)
    search.reindex(Session(bind=bind))


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS household_search")
