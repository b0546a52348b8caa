"""handouts have a life: one active decoder per dwelling and per decoder, a
replacement linked to the handout it replaces, returns with their own receipt
series, the decoder's state following its handouts; receipts can be cancelled
(never deleted), and keep their gap-free, append-only triggers

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

# SQLite changes a CHECK or a UNIQUE only by copying the table: spelled out
# (a restore compares schemas word for word). Foreign keys are off during
# migrations (db.migrate) and checked before the commit.
RECEIPT_SQL = """CREATE TABLE receipt_new (
	id INTEGER NOT NULL,
	series VARCHAR(20) NOT NULL,
	year INTEGER NOT NULL,
	number INTEGER NOT NULL,
	issued_at DATETIME NOT NULL,
	staff_id INTEGER,
	cancelled_at DATETIME,
	cancelled_by INTEGER,
	cancel_reason TEXT,
	CONSTRAINT pk_receipt PRIMARY KEY (id),
	CONSTRAINT uq_receipt_series_year_number UNIQUE (series, year, number),
	CONSTRAINT ck_receipt_series_valid CHECK (series IN ('handout', 'sale', 'return')),
	CONSTRAINT ck_receipt_number_positive CHECK (number >= 1),
	CONSTRAINT ck_receipt_cancel_has_reason CHECK (cancelled_at IS NULL OR length(trim(coalesce(cancel_reason, ''))) > 0),
	CONSTRAINT fk_receipt_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id),
	CONSTRAINT fk_receipt_cancelled_by_staff_account FOREIGN KEY(cancelled_by) REFERENCES staff_account (id)
)"""

RECEIPT_TRIGGERS = (
    """CREATE TRIGGER receipt_in_sequence BEFORE INSERT ON receipt
       WHEN NEW.number <> (SELECT coalesce(max(number), 0) + 1 FROM receipt
                           WHERE series = NEW.series AND year = NEW.year)
       BEGIN SELECT RAISE(ABORT, 'receipt number out of sequence'); END""",
    """CREATE TRIGGER receipt_no_update BEFORE UPDATE OF series, year, number ON receipt
       BEGIN SELECT RAISE(ABORT, 'receipt numbers are never changed'); END""",
    """CREATE TRIGGER receipt_no_delete BEFORE DELETE ON receipt
       BEGIN SELECT RAISE(ABORT, 'receipts are never deleted'); END""",
    """CREATE TRIGGER receipt_cancelled_once BEFORE UPDATE OF cancelled_at, cancelled_by,
       cancel_reason ON receipt WHEN OLD.cancelled_at IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'a cancelled receipt stays as it was cancelled'); END""",
)

HANDOUT_SQL = """CREATE TABLE handout_new (
	id INTEGER NOT NULL,
	receipt_id INTEGER NOT NULL,
	dwelling_id INTEGER NOT NULL,
	equipment_id INTEGER NOT NULL,
	handed_at DATETIME NOT NULL,
	staff_id INTEGER,
	replaces_id INTEGER,
	replacement_reason TEXT,
	ended_at DATETIME,
	end_reason VARCHAR(10),
	end_receipt_id INTEGER,
	CONSTRAINT pk_handout PRIMARY KEY (id),
	CONSTRAINT ck_handout_replacement_has_reason CHECK ((replaces_id IS NULL AND replacement_reason IS NULL) OR (replaces_id IS NOT NULL AND length(trim(coalesce(replacement_reason, ''))) > 0)),
	CONSTRAINT ck_handout_end_has_reason CHECK ((ended_at IS NULL) = (end_reason IS NULL)),
	CONSTRAINT ck_handout_end_reason_valid CHECK (end_reason IN ('returned', 'replaced', 'cancelled')),
	CONSTRAINT uq_handout_receipt_id UNIQUE (receipt_id),
	CONSTRAINT fk_handout_receipt_id_receipt FOREIGN KEY(receipt_id) REFERENCES receipt (id),
	CONSTRAINT fk_handout_dwelling_id_dwelling FOREIGN KEY(dwelling_id) REFERENCES dwelling (id),
	CONSTRAINT fk_handout_equipment_id_equipment FOREIGN KEY(equipment_id) REFERENCES equipment (id),
	CONSTRAINT fk_handout_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id),
	CONSTRAINT uq_handout_replaces_id UNIQUE (replaces_id),
	CONSTRAINT fk_handout_replaces_id_handout FOREIGN KEY(replaces_id) REFERENCES handout (id),
	CONSTRAINT uq_handout_end_receipt_id UNIQUE (end_receipt_id),
	CONSTRAINT fk_handout_end_receipt_id_receipt FOREIGN KEY(end_receipt_id) REFERENCES receipt (id)
)"""

HANDOUT_TRIGGERS = (
    # a decoder goes out only from the stock (new or returned), never twice
    """CREATE TRIGGER handout_needs_available_decoder BEFORE INSERT ON handout
       WHEN (SELECT state FROM equipment WHERE id = NEW.equipment_id)
            NOT IN ('in_stock', 'returned')
            OR (SELECT kind FROM equipment WHERE id = NEW.equipment_id) <> 'decoder'
       BEGIN SELECT RAISE(ABORT, 'decoder not available'); END""",
    # a replacement names the handout it replaces: the same dwelling's, ended as replaced
    """CREATE TRIGGER handout_replaces_a_replaced_one BEFORE INSERT ON handout
       WHEN NEW.replaces_id IS NOT NULL AND NOT EXISTS (
            SELECT 1 FROM handout WHERE id = NEW.replaces_id
            AND dwelling_id = NEW.dwelling_id AND end_reason = 'replaced')
       BEGIN SELECT RAISE(ABORT, 'a replacement replaces a handout of the same dwelling'); END""",
    """CREATE TRIGGER handout_out AFTER INSERT ON handout
       BEGIN UPDATE equipment SET state = 'handed_out' WHERE id = NEW.equipment_id; END""",
    """CREATE TRIGGER handout_ended AFTER UPDATE OF ended_at ON handout
       WHEN OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL
       BEGIN UPDATE equipment SET state = CASE NEW.end_reason
            WHEN 'returned' THEN 'returned' WHEN 'replaced' THEN 'faulty' ELSE 'in_stock' END
            WHERE id = NEW.equipment_id; END""",
    """CREATE TRIGGER handout_ends_once BEFORE UPDATE OF ended_at, end_reason, dwelling_id,
       equipment_id, receipt_id, replaces_id ON handout
       WHEN OLD.ended_at IS NOT NULL OR NEW.dwelling_id <> OLD.dwelling_id
            OR NEW.equipment_id <> OLD.equipment_id OR NEW.receipt_id <> OLD.receipt_id
            OR NEW.replaces_id IS NOT OLD.replaces_id
       BEGIN SELECT RAISE(ABORT, 'a handout is ended once and never rewritten'); END""",
    """CREATE TRIGGER handout_no_delete BEFORE DELETE ON handout
       BEGIN SELECT RAISE(ABORT, 'handouts are ended, never deleted'); END""",
)
OLD_TRIGGERS = ("receipt_in_sequence", "receipt_no_update", "receipt_no_delete")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        raise NotImplementedError("Guichet's migrations after 0004 are written for SQLite")
    op.execute(RECEIPT_SQL)
    op.execute("INSERT INTO receipt_new (id, series, year, number, issued_at, staff_id) "
               "SELECT id, series, year, number, issued_at, staff_id FROM receipt")
    op.execute("DROP TABLE receipt")  # its triggers go with it
    op.execute("ALTER TABLE receipt_new RENAME TO receipt")
    for sql in RECEIPT_TRIGGERS:
        op.execute(sql)

    op.execute(HANDOUT_SQL)
    # a replacement of the old model replaces the dwelling's handout before it
    op.execute("""INSERT INTO handout_new (id, receipt_id, dwelling_id, equipment_id, handed_at,
                  staff_id, replaces_id, replacement_reason)
                  SELECT h.id, h.receipt_id, h.dwelling_id, h.equipment_id, h.handed_at,
                  h.staff_id,
                  CASE WHEN h.is_replacement THEN (SELECT max(p.id) FROM handout p
                       WHERE p.dwelling_id = h.dwelling_id AND p.id < h.id) END,
                  CASE WHEN h.is_replacement THEN h.replacement_reason END
                  FROM handout h""")
    op.execute("""UPDATE handout_new SET end_reason = 'replaced', ended_at = (
                  SELECT r.handed_at FROM handout_new r WHERE r.replaces_id = handout_new.id)
                  WHERE id IN (SELECT replaces_id FROM handout_new
                               WHERE replaces_id IS NOT NULL)""")
    op.execute("DROP TABLE handout")
    op.execute("ALTER TABLE handout_new RENAME TO handout")
    op.execute("CREATE INDEX ix_handout_dwelling_id ON handout (dwelling_id)")
    op.execute("CREATE INDEX ix_handout_equipment_id ON handout (equipment_id)")
    op.execute("CREATE UNIQUE INDEX uq_handout_active_per_dwelling ON handout (dwelling_id) "
               "WHERE ended_at IS NULL")
    op.execute("CREATE UNIQUE INDEX uq_handout_active_per_equipment ON handout (equipment_id) "
               "WHERE ended_at IS NULL")
    for sql in HANDOUT_TRIGGERS:
        op.execute(sql)


def downgrade() -> None:
    raise NotImplementedError("0006 is not undone: restore the backup taken before upgrading")
