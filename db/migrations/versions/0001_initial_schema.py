"""initial schema

Revision ID: 0001
Revises: 
Create Date: 2026-11-23

Besides the tables, on SQLite: triggers that keep the audit log append-only
and receipt numbers gap-free and immutable (database-level invariants).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None

SQLITE_TRIGGERS = (
    """CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
       BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END""",
    """CREATE TRIGGER receipt_in_sequence BEFORE INSERT ON receipt
       WHEN NEW.number <> (SELECT coalesce(max(number), 0) + 1 FROM receipt
                           WHERE series = NEW.series AND year = NEW.year)
       BEGIN SELECT RAISE(ABORT, 'receipt number out of sequence'); END""",
    """CREATE TRIGGER receipt_no_update BEFORE UPDATE OF series, year, number ON receipt
       BEGIN SELECT RAISE(ABORT, 'receipt numbers are never changed'); END""",
    """CREATE TRIGGER receipt_no_delete BEFORE DELETE ON receipt
       BEGIN SELECT RAISE(ABORT, 'receipts are never deleted'); END""",
)


def upgrade() -> None:
    op.create_table('appointment_slot',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('purpose', sa.String(length=30), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.CheckConstraint('capacity >= 1', name=op.f('ck_appointment_slot_capacity_positive')),
    sa.CheckConstraint('ends_at > starts_at', name=op.f('ck_appointment_slot_ends_after_start')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment_slot'))
    )
    with op.batch_alter_table('appointment_slot', schema=None) as batch_op:
        batch_op.create_index('ix_appointment_slot_starts_at', ['starts_at'], unique=False)

    op.create_table('centre',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('idle_lock_minutes', sa.Integer(), nullable=False),
    sa.Column('retention_months', sa.Integer(), nullable=False),
    sa.CheckConstraint('id = 1', name=op.f('ck_centre_single_row')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_centre'))
    )
    op.create_table('equipment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('serial', sa.String(length=80), nullable=False),
    sa.Column('model', sa.String(length=100), nullable=False),
    sa.Column('price_cents', sa.Integer(), nullable=True),
    sa.Column('state', sa.String(length=20), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.CheckConstraint("kind IN ('decoder', 'computer')", name=op.f('ck_equipment_kind_valid')),
    sa.CheckConstraint("state IN ('in_stock', 'handed_out', 'sold', 'returned', 'faulty')", name=op.f('ck_equipment_state_valid')),
    sa.CheckConstraint('price_cents IS NULL OR price_cents > 0', name=op.f('ck_equipment_price_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_equipment')),
    sa.UniqueConstraint('serial', name=op.f('uq_equipment_serial'))
    )
    op.create_table('receipt_counter',
    sa.Column('series', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_number', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('series', 'year', name=op.f('pk_receipt_counter'))
    )
    op.create_table('sector',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('offer_state', sa.String(length=20), nullable=False),
    sa.Column('monthly_cost_cents', sa.Integer(), nullable=False),
    sa.CheckConstraint("offer_state IN ('vote_pending', 'adopted', 'rejected')", name=op.f('ck_sector_offer_state_valid')),
    sa.CheckConstraint('monthly_cost_cents >= 0', name=op.f('ck_sector_cost_not_negative')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sector')),
    sa.UniqueConstraint('name', name=op.f('uq_sector_name'))
    )
    op.create_table('staff_account',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('name_key', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('secret_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('last_sign_in_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("role IN ('coordinator', 'reception', 'volunteer')", name=op.f('ck_staff_account_role_valid')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff_account')),
    sa.UniqueConstraint('name_key', name=op.f('uq_staff_account_name_key'))
    )
    op.create_table('workshop',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('place', sa.String(length=200), nullable=False),
    sa.CheckConstraint('capacity >= 1', name=op.f('ck_workshop_capacity_positive')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor_id', sa.Integer(), nullable=True),
    sa.Column('actor_label', sa.String(length=120), nullable=False),
    sa.Column('action', sa.String(length=60), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=40), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('prev_hash', sa.String(length=64), nullable=False),
    sa.Column('hash', sa.String(length=64), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['staff_account.id'], name=op.f('fk_audit_log_actor_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_action'), ['action'], unique=False)

    op.create_table('building',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sector_id', sa.Integer(), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('name', sa.String(length=50), nullable=False),
    sa.Column('entrance', sa.String(length=50), nullable=False),
    sa.Column('caretaker_name', sa.String(length=100), nullable=True),
    sa.ForeignKeyConstraint(['sector_id'], ['sector.id'], name=op.f('fk_building_sector_id_sector')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_building')),
    sa.UniqueConstraint('sector_id', 'address', 'name', 'entrance', name=op.f('uq_building_sector_id_address_name_entrance'))
    )
    with op.batch_alter_table('building', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_building_sector_id'), ['sector_id'], unique=False)

    op.create_table('poll',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sector_id', sa.Integer(), nullable=False),
    sa.Column('question', sa.Text(), nullable=False),
    sa.Column('state', sa.String(length=10), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=True),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.Column('eligible_count', sa.Integer(), nullable=True),
    sa.CheckConstraint("state IN ('draft', 'open', 'closed')", name=op.f('ck_poll_state_valid')),
    sa.ForeignKeyConstraint(['sector_id'], ['sector.id'], name=op.f('fk_poll_sector_id_sector')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_poll'))
    )
    with op.batch_alter_table('poll', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_poll_sector_id'), ['sector_id'], unique=False)

    op.create_table('receipt',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('series', sa.String(length=20), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('issued_at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("series IN ('handout', 'sale')", name=op.f('ck_receipt_series_valid')),
    sa.CheckConstraint('number >= 1', name=op.f('ck_receipt_number_positive')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_account.id'], name=op.f('fk_receipt_staff_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipt')),
    sa.UniqueConstraint('series', 'year', 'number', name=op.f('uq_receipt_series_year_number'))
    )
    op.create_table('ballot',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('poll_id', sa.Integer(), nullable=False),
    sa.Column('choice', sa.String(length=10), nullable=False),
    sa.CheckConstraint("choice IN ('for', 'against', 'blank', 'spoiled')", name=op.f('ck_ballot_choice_valid')),
    sa.ForeignKeyConstraint(['poll_id'], ['poll.id'], name=op.f('fk_ballot_poll_id_poll')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_ballot')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('ballot', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_ballot_poll_id'), ['poll_id'], unique=False)

    op.create_table('dwelling',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('landlord_ref', sa.String(length=50), nullable=False),
    sa.Column('building_id', sa.Integer(), nullable=False),
    sa.Column('floor', sa.String(length=20), nullable=False),
    sa.Column('door', sa.String(length=20), nullable=False),
    sa.Column('on_roster', sa.Boolean(), nullable=False),
    sa.Column('last_contact_at', sa.DateTime(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['building_id'], ['building.id'], name=op.f('fk_dwelling_building_id_building')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dwelling')),
    sa.UniqueConstraint('landlord_ref', name=op.f('uq_dwelling_landlord_ref'))
    )
    with op.batch_alter_table('dwelling', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dwelling_building_id'), ['building_id'], unique=False)

    op.create_table('appointment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('slot_id', sa.Integer(), nullable=False),
    sa.Column('dwelling_id', sa.Integer(), nullable=False),
    sa.Column('token', sa.String(length=64), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('bring', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=True),
    sa.CheckConstraint("status IN ('booked', 'checked_in', 'cancelled', 'missed')", name=op.f('ck_appointment_status_valid')),
    sa.ForeignKeyConstraint(['dwelling_id'], ['dwelling.id'], name=op.f('fk_appointment_dwelling_id_dwelling')),
    sa.ForeignKeyConstraint(['slot_id'], ['appointment_slot.id'], name=op.f('fk_appointment_slot_id_appointment_slot')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_appointment')),
    sa.UniqueConstraint('token', name=op.f('uq_appointment_token'))
    )
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_appointment_dwelling_id'), ['dwelling_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_appointment_slot_id'), ['slot_id'], unique=False)

    op.create_table('handout',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('dwelling_id', sa.Integer(), nullable=False),
    sa.Column('equipment_id', sa.Integer(), nullable=False),
    sa.Column('handed_at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.Column('is_replacement', sa.Boolean(), nullable=False),
    sa.Column('replacement_reason', sa.Text(), nullable=True),
    sa.CheckConstraint("is_replacement = 0 OR length(trim(coalesce(replacement_reason, ''))) > 0", name=op.f('ck_handout_replacement_has_reason')),
    sa.ForeignKeyConstraint(['dwelling_id'], ['dwelling.id'], name=op.f('fk_handout_dwelling_id_dwelling')),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_handout_equipment_id_equipment')),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], name=op.f('fk_handout_receipt_id_receipt')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_account.id'], name=op.f('fk_handout_staff_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_handout')),
    sa.UniqueConstraint('equipment_id', name=op.f('uq_handout_equipment_id')),
    sa.UniqueConstraint('receipt_id', name=op.f('uq_handout_receipt_id'))
    )
    with op.batch_alter_table('handout', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_handout_dwelling_id'), ['dwelling_id'], unique=False)
        batch_op.create_index('uq_handout_first_per_dwelling', ['dwelling_id'], unique=True, sqlite_where=sa.text('is_replacement = 0'), postgresql_where=sa.text('is_replacement = false'))

    op.create_table('person',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dwelling_id', sa.Integer(), nullable=False),
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('phone', sa.String(length=40), nullable=True),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('on_roster', sa.Boolean(), nullable=False),
    sa.Column('anonymised_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['dwelling_id'], ['dwelling.id'], name=op.f('fk_person_dwelling_id_dwelling')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_person')),
    sa.UniqueConstraint('dwelling_id', 'name_key', name=op.f('uq_person_dwelling_id_name_key'))
    )
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_person_dwelling_id'), ['dwelling_id'], unique=False)

    op.create_table('sale',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('receipt_id', sa.Integer(), nullable=False),
    sa.Column('dwelling_id', sa.Integer(), nullable=False),
    sa.Column('equipment_id', sa.Integer(), nullable=False),
    sa.Column('amount_cents', sa.Integer(), nullable=False),
    sa.Column('payment_method', sa.String(length=10), nullable=False),
    sa.Column('sold_at', sa.DateTime(), nullable=False),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("payment_method IN ('cash', 'cheque', 'card')", name=op.f('ck_sale_payment_valid')),
    sa.CheckConstraint('amount_cents > 0', name=op.f('ck_sale_amount_positive')),
    sa.ForeignKeyConstraint(['dwelling_id'], ['dwelling.id'], name=op.f('fk_sale_dwelling_id_dwelling')),
    sa.ForeignKeyConstraint(['equipment_id'], ['equipment.id'], name=op.f('fk_sale_equipment_id_equipment')),
    sa.ForeignKeyConstraint(['receipt_id'], ['receipt.id'], name=op.f('fk_sale_receipt_id_receipt')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_account.id'], name=op.f('fk_sale_staff_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale')),
    sa.UniqueConstraint('equipment_id', name=op.f('uq_sale_equipment_id')),
    sa.UniqueConstraint('receipt_id', name=op.f('uq_sale_receipt_id'))
    )
    with op.batch_alter_table('sale', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_dwelling_id'), ['dwelling_id'], unique=False)

    op.create_table('vote_register',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('poll_id', sa.Integer(), nullable=False),
    sa.Column('dwelling_id', sa.Integer(), nullable=False),
    sa.Column('channel', sa.String(length=20), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_by', sa.Integer(), nullable=True),
    sa.CheckConstraint("channel IN ('counter', 'caretaker')", name=op.f('ck_vote_register_channel_valid')),
    sa.ForeignKeyConstraint(['dwelling_id'], ['dwelling.id'], name=op.f('fk_vote_register_dwelling_id_dwelling')),
    sa.ForeignKeyConstraint(['poll_id'], ['poll.id'], name=op.f('fk_vote_register_poll_id_poll')),
    sa.ForeignKeyConstraint(['recorded_by'], ['staff_account.id'], name=op.f('fk_vote_register_recorded_by_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_vote_register')),
    sa.UniqueConstraint('poll_id', 'dwelling_id', name=op.f('uq_vote_register_poll_id_dwelling_id'))
    )
    with op.batch_alter_table('vote_register', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_vote_register_dwelling_id'), ['dwelling_id'], unique=False)

    op.create_table('visit',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('dwelling_id', sa.Integer(), nullable=True),
    sa.Column('person_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=30), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('arrived_at', sa.DateTime(), nullable=False),
    sa.Column('served_at', sa.DateTime(), nullable=True),
    sa.Column('staff_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("reason IN ('decoder_pickup', 'computer', 'workshop', 'help_session', 'contract_advice', 'vote', 'information', 'other')", name=op.f('ck_visit_reason_valid')),
    sa.ForeignKeyConstraint(['dwelling_id'], ['dwelling.id'], name=op.f('fk_visit_dwelling_id_dwelling')),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_visit_person_id_person')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff_account.id'], name=op.f('fk_visit_staff_id_staff_account')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_visit'))
    )
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.create_index('ix_visit_arrived_at', ['arrived_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_visit_dwelling_id'), ['dwelling_id'], unique=False)

    op.create_table('workshop_attendance',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('workshop_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('registered_on', sa.Date(), nullable=False),
    sa.Column('attended', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_workshop_attendance_person_id_person')),
    sa.ForeignKeyConstraint(['workshop_id'], ['workshop.id'], name=op.f('fk_workshop_attendance_workshop_id_workshop')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_workshop_attendance')),
    sa.UniqueConstraint('workshop_id', 'person_id', name=op.f('uq_workshop_attendance_workshop_id_person_id'))
    )
    with op.batch_alter_table('workshop_attendance', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_workshop_attendance_person_id'), ['person_id'], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_TRIGGERS:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("audit_log_no_update", "audit_log_no_delete", "receipt_in_sequence",
                     "receipt_no_update", "receipt_no_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    with op.batch_alter_table('workshop_attendance', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_workshop_attendance_person_id'))

    op.drop_table('workshop_attendance')
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_visit_dwelling_id'))
        batch_op.drop_index('ix_visit_arrived_at')

    op.drop_table('visit')
    with op.batch_alter_table('vote_register', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_vote_register_dwelling_id'))

    op.drop_table('vote_register')
    with op.batch_alter_table('sale', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sale_dwelling_id'))

    op.drop_table('sale')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_person_dwelling_id'))

    op.drop_table('person')
    with op.batch_alter_table('handout', schema=None) as batch_op:
        batch_op.drop_index('uq_handout_first_per_dwelling', sqlite_where=sa.text('is_replacement = 0'), postgresql_where=sa.text('is_replacement = false'))
        batch_op.drop_index(batch_op.f('ix_handout_dwelling_id'))

    op.drop_table('handout')
    with op.batch_alter_table('appointment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_appointment_slot_id'))
        batch_op.drop_index(batch_op.f('ix_appointment_dwelling_id'))

    op.drop_table('appointment')
    with op.batch_alter_table('dwelling', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dwelling_building_id'))

    op.drop_table('dwelling')
    with op.batch_alter_table('ballot', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_ballot_poll_id'))

    op.drop_table('ballot')
    op.drop_table('receipt')
    with op.batch_alter_table('poll', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_poll_sector_id'))

    op.drop_table('poll')
    with op.batch_alter_table('building', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_building_sector_id'))

    op.drop_table('building')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_action'))

    op.drop_table('audit_log')
    op.drop_table('workshop')
    op.drop_table('staff_account')
    op.drop_table('sector')
    op.drop_table('receipt_counter')
    op.drop_table('equipment')
    op.drop_table('centre')
    with op.batch_alter_table('appointment_slot', schema=None) as batch_op:
        batch_op.drop_index('ix_appointment_slot_starts_at')

    op.drop_table('appointment_slot')
