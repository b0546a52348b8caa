"""running a centre: staff end dates, centre settings, counter corrections,
visits taken back, offer state 'not proposed'

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

# frozen here (migrations import no live code)
COMPUTER_PRICES = "4000,7000"
HANDOUT_BRING = "Pièce d'identité\nCarte du bailleur ou quittance de loyer"
OLD_STATES = "offer_state IN ('vote_pending', 'adopted', 'rejected')"
NEW_STATES = "offer_state IN ('not_proposed', 'vote_pending', 'adopted', 'rejected')"


# SQLite changes a CHECK only by copying its table. Alembic's batch mode would
# do it, but writes the copy's constraints in an arbitrary order, and a
# restore compares schemas word for word: the copy is spelled out here.
SECTOR_SQL = """CREATE TABLE sector_new (
	id INTEGER NOT NULL,
	name VARCHAR(100) NOT NULL,
	offer_state VARCHAR(20) NOT NULL,
	monthly_cost_cents INTEGER NOT NULL,
	CONSTRAINT pk_sector PRIMARY KEY (id),
	CONSTRAINT ck_sector_offer_state_valid CHECK ({states}),
	CONSTRAINT ck_sector_cost_not_negative CHECK (monthly_cost_cents >= 0),
	CONSTRAINT uq_sector_name UNIQUE (name)
)"""


def _sector_states(states: str) -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint(op.f('ck_sector_offer_state_valid'), 'sector', type_='check')
        op.create_check_constraint(op.f('ck_sector_offer_state_valid'), 'sector', states)
        return
    # foreign keys are off during migrations (db.migrate), checked before the commit
    op.execute(SECTOR_SQL.format(states=states))
    op.execute("INSERT INTO sector_new (id, name, offer_state, monthly_cost_cents) "
               "SELECT id, name, offer_state, monthly_cost_cents FROM sector")
    op.execute("DROP TABLE sector")
    op.execute("ALTER TABLE sector_new RENAME TO sector")


def upgrade() -> None:
    op.add_column('staff_account', sa.Column('active_until', sa.Date(), nullable=True))
    op.add_column('centre', sa.Column('computer_prices', sa.String(length=100),
                                      server_default=COMPUTER_PRICES, nullable=False))
    op.add_column('centre', sa.Column('handout_bring', sa.Text(),
                                      server_default=HANDOUT_BRING, nullable=False))
    op.add_column('dwelling', sa.Column('note', sa.Text(), server_default='', nullable=False))
    op.add_column('visit', sa.Column('cancelled_at', sa.DateTime(), nullable=True))
    # a column CHECK: SQLite adds it in place, no copy of the table
    op.add_column('person', sa.Column(
        'counter_change', sa.String(length=10),
        sa.CheckConstraint("counter_change IN ('phone', 'added', 'left')",
                           name=op.f('ck_person_counter_change_valid')), nullable=True))
    _sector_states(NEW_STATES)


def downgrade() -> None:
    _sector_states(OLD_STATES)
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_column('counter_change')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_column('cancelled_at')
    with op.batch_alter_table('dwelling', schema=None) as batch_op:
        batch_op.drop_column('note')
    with op.batch_alter_table('centre', schema=None) as batch_op:
        batch_op.drop_column('handout_bring')
        batch_op.drop_column('computer_prices')
    with op.batch_alter_table('staff_account', schema=None) as batch_op:
        batch_op.drop_column('active_until')
