"""printed documents

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('printed_document',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('data', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('receipt_id', sa.Integer(), nullable=True),
    sa.Column('kept_pdf', sa.String(length=500), nullable=True),
    sa.Column('prints', sa.Integer(), nullable=False),
    sa.Column('last_printed_at', sa.DateTime(), nullable=True),
    sa.Column('last_printer', sa.String(length=200), nullable=True),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.CheckConstraint("kind IN ('receipt', 'slip', 'minutes')", name=op.f('ck_printed_document_kind_valid')),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], name=op.f('fk_printed_document_receipt_id_receipt')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_account.id'], name=op.f('fk_printed_document_staff_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_printed_document')),
    sa.UniqueConstraint('receipt_id', name=op.f('uq_printed_document_receipt_id'))
    )
    with op.batch_alter_table('printed_document', schema=None) as batch_op:
        batch_op.create_index('ix_printed_document_created_at', ['created_at'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('printed_document', schema=None) as batch_op:
        batch_op.drop_index('ix_printed_document_created_at')

    op.drop_table('printed_document')
