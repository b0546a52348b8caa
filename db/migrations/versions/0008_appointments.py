"""appointments: slots get a kind (from their old purpose), a weekly series
and a cancellation; bookings get a 13-digit code (the old token is kept as
the code of the bookings made before), a note, a move, a cancellation and
an attendance; statuses become booked, attended, no_show, cancelled. The
database refuses overlapping slots of one place and bookings beyond a
slot's capacity or in a cancelled slot (triggers)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07
"""

from __future__ import annotations

from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

# Spelled out, as 0006 and 0007 do: a restore compares schemas word for word,
# and SQLite changes a CHECK only by copying the table. Foreign keys are off
# during migrations (db.migrate) and checked before the commit.
SLOT_SQL = """CREATE TABLE appointment_slot_new (
	id INTEGER NOT NULL,
	starts_at DATETIME NOT NULL,
	ends_at DATETIME NOT NULL,
	kind VARCHAR(20) NOT NULL,
	capacity INTEGER NOT NULL,
	place VARCHAR(200) NOT NULL,
	series_id INTEGER,
	created_at DATETIME,
	cancelled_at DATETIME,
	CONSTRAINT pk_appointment_slot PRIMARY KEY (id),
	CONSTRAINT ck_appointment_slot_capacity_positive CHECK (capacity >= 1),
	CONSTRAINT ck_appointment_slot_ends_after_start CHECK (ends_at > starts_at),
	CONSTRAINT ck_appointment_slot_kind_valid CHECK (kind IN ('decoder_pickup', 'computer_pickup', 'help_session', 'contract_advice', 'other'))
)"""

# the old free purpose, as one of the kinds
SLOT_COPY = """INSERT INTO appointment_slot_new (id, starts_at, ends_at, kind, capacity, place)
    SELECT id, starts_at, ends_at,
           CASE lower(trim(purpose))
               WHEN 'decoder_pickup' THEN 'decoder_pickup'
               WHEN 'decoder' THEN 'decoder_pickup'
               WHEN 'computer' THEN 'computer_pickup'
               WHEN 'computer_pickup' THEN 'computer_pickup'
               WHEN 'help_session' THEN 'help_session'
               WHEN 'contract_advice' THEN 'contract_advice'
               ELSE 'other' END,
           capacity, place
    FROM appointment_slot"""

SLOT_TRIGGERS = (
    # two slots of one place never overlap (cancelled ones aside)
    """CREATE TRIGGER appointment_slot_no_overlap BEFORE INSERT ON appointment_slot
       WHEN NEW.cancelled_at IS NULL AND EXISTS (
            SELECT 1 FROM appointment_slot AS other
            WHERE other.place = NEW.place AND other.cancelled_at IS NULL
              AND other.starts_at < NEW.ends_at AND NEW.starts_at < other.ends_at)
       BEGIN SELECT RAISE(ABORT, 'slot overlaps another slot of the same place'); END""",
    """CREATE TRIGGER appointment_slot_no_overlap_update
       BEFORE UPDATE OF starts_at, ends_at, place, cancelled_at ON appointment_slot
       WHEN NEW.cancelled_at IS NULL AND EXISTS (
            SELECT 1 FROM appointment_slot AS other
            WHERE other.id != NEW.id AND other.place = NEW.place
              AND other.cancelled_at IS NULL
              AND other.starts_at < NEW.ends_at AND NEW.starts_at < other.ends_at)
       BEGIN SELECT RAISE(ABORT, 'slot overlaps another slot of the same place'); END""",
    """CREATE TRIGGER appointment_slot_capacity_kept BEFORE UPDATE OF capacity ON appointment_slot
       WHEN NEW.capacity < (SELECT count(*) FROM appointment
                            WHERE slot_id = NEW.id AND status != 'cancelled')
       BEGIN SELECT RAISE(ABORT, 'capacity under the bookings of the slot'); END""",
    """CREATE TRIGGER appointment_slot_no_delete BEFORE DELETE ON appointment_slot
       BEGIN SELECT RAISE(ABORT, 'slots are cancelled, never deleted'); END""",
)

APPOINTMENT_SQL = """CREATE TABLE appointment_new (
	id INTEGER NOT NULL,
	slot_id INTEGER NOT NULL,
	dwelling_id INTEGER NOT NULL,
	code VARCHAR(64) NOT NULL,
	status VARCHAR(20) NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	pending_reason TEXT DEFAULT '' NOT NULL,
	created_at DATETIME NOT NULL,
	staff_id INTEGER,
	moved_from_id INTEGER,
	attended_at DATETIME,
	cancelled_at DATETIME,
	cancel_reason TEXT DEFAULT '' NOT NULL,
	CONSTRAINT pk_appointment PRIMARY KEY (id),
	CONSTRAINT ck_appointment_status_valid CHECK (status IN ('booked', 'attended', 'no_show', 'cancelled')),
	CONSTRAINT ck_appointment_attended_has_time CHECK (status != 'attended' OR attended_at IS NOT NULL),
	CONSTRAINT ck_appointment_cancelled_has_time CHECK (status != 'cancelled' OR cancelled_at IS NOT NULL),
	CONSTRAINT fk_appointment_slot_id_appointment_slot FOREIGN KEY(slot_id) REFERENCES appointment_slot (id),
	CONSTRAINT fk_appointment_dwelling_id_dwelling FOREIGN KEY(dwelling_id) REFERENCES dwelling (id),
	CONSTRAINT uq_appointment_code UNIQUE (code),
	CONSTRAINT fk_appointment_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id),
	CONSTRAINT uq_appointment_moved_from_id UNIQUE (moved_from_id),
	CONSTRAINT fk_appointment_moved_from_id_appointment FOREIGN KEY(moved_from_id) REFERENCES appointment (id)
)"""

# the token becomes the code (old slips are found as before); checked_in and
# missed are now attended and no_show
APPOINTMENT_COPY = """INSERT INTO appointment_new (id, slot_id, dwelling_id, code, status,
        created_at, attended_at, cancelled_at)
    SELECT id, slot_id, dwelling_id, token,
           CASE status WHEN 'checked_in' THEN 'attended' WHEN 'missed' THEN 'no_show'
                       ELSE status END,
           created_at,
           CASE WHEN status = 'checked_in' THEN coalesce(checked_in_at, created_at)
                ELSE checked_in_at END,
           CASE WHEN status = 'cancelled' THEN created_at END
    FROM appointment"""

APPOINTMENT_TRIGGERS = (
    """CREATE TRIGGER appointment_slot_not_cancelled BEFORE INSERT ON appointment
       WHEN NEW.status != 'cancelled'
            AND (SELECT cancelled_at FROM appointment_slot WHERE id = NEW.slot_id) IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'slot cancelled'); END""",
    # a slot's active bookings never exceed its capacity, whoever writes
    """CREATE TRIGGER appointment_within_capacity BEFORE INSERT ON appointment
       WHEN NEW.status != 'cancelled'
            AND (SELECT count(*) FROM appointment
                 WHERE slot_id = NEW.slot_id AND status != 'cancelled')
                >= (SELECT capacity FROM appointment_slot WHERE id = NEW.slot_id)
       BEGIN SELECT RAISE(ABORT, 'slot full'); END""",
    """CREATE TRIGGER appointment_within_capacity_update
       BEFORE UPDATE OF slot_id, status ON appointment
       WHEN NEW.status != 'cancelled'
            AND (NEW.slot_id IS NOT OLD.slot_id OR OLD.status = 'cancelled')
            AND (SELECT count(*) FROM appointment
                 WHERE slot_id = NEW.slot_id AND status != 'cancelled' AND id != NEW.id)
                >= (SELECT capacity FROM appointment_slot WHERE id = NEW.slot_id)
       BEGIN SELECT RAISE(ABORT, 'slot full'); END""",
)


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        raise NotImplementedError("Guichet's migrations after 0004 are written for SQLite")
    op.execute(SLOT_SQL)
    op.execute(SLOT_COPY)
    op.execute("DROP TABLE appointment_slot")
    op.execute("ALTER TABLE appointment_slot_new RENAME TO appointment_slot")
    op.execute("CREATE INDEX ix_appointment_slot_starts_at ON appointment_slot (starts_at)")
    op.execute("CREATE INDEX ix_appointment_slot_place_starts_at "
               "ON appointment_slot (place, starts_at)")
    op.execute("CREATE INDEX ix_appointment_slot_series_id ON appointment_slot (series_id)")

    op.execute(APPOINTMENT_SQL)
    op.execute(APPOINTMENT_COPY)
    op.execute("DROP TABLE appointment")
    op.execute("ALTER TABLE appointment_new RENAME TO appointment")
    op.execute("CREATE INDEX ix_appointment_dwelling_id ON appointment (dwelling_id)")
    op.execute("CREATE INDEX ix_appointment_slot_id ON appointment (slot_id)")

    for sql in SLOT_TRIGGERS + APPOINTMENT_TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    raise NotImplementedError("0008 is not undone: restore the backup taken before upgrading")
