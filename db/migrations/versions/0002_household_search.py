"""household search index (SQLite FTS5)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23

Frozen: the table and the rows it is filled with are written out here as they
were in this revision, never imported from the live code. The filling calls the
SQL functions guichet_fold and guichet_digits, which Guichet's engine registers
on every connection (db/engine.py): run this migration through Guichet
(`guichet` opens and migrates the file), not through a bare Alembic command.
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CREATE_SQL = (
    "CREATE VIRTUAL TABLE household_search USING fts5("
    "dwelling_id UNINDEXED, person_id UNINDEXED, names, place, phone, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3')"
)

FILL_SQL = """
INSERT INTO household_search (rowid, dwelling_id, person_id, names, place, phone)
SELECT coalesce(p.id, -d.id), d.id, p.id,
       coalesce(guichet_fold(p.family_name || ' ' || p.given_name), ''),
       guichet_fold(d.landlord_ref || ' ' || b.address || ' ' || b.name || ' ' || b.entrance
                    || ' ' || d.door || ' ' || s.name),
       coalesce(guichet_digits(p.phone), '')
FROM dwelling d
JOIN building b ON b.id = d.building_id
JOIN sector s ON s.id = b.sector_id
LEFT JOIN person p ON p.dwelling_id = d.id AND p.on_roster = 1 AND p.anonymised_at IS NULL
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute(CREATE_SQL)
    op.execute(FILL_SQL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS household_search")
