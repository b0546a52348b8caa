"""the daily closing of a handout day (append-only, a difference needs a note),
printed as a document of its own kind; a mistaken computer sale can be
cancelled (never deleted) and the computer sold again

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from __future__ import annotations

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

# Spelled out, as 0006 does: a restore compares schemas word for word, and
# SQLite changes a CHECK or a UNIQUE only by copying the table. Foreign keys
# are off during migrations (db.migrate) and checked before the commit.
DAILY_CLOSING_SQL = """CREATE TABLE daily_closing (
	id INTEGER NOT NULL,
	day DATE NOT NULL,
	closed_at DATETIME NOT NULL,
	staff_id INTEGER,
	expected_cash_cents INTEGER NOT NULL,
	counted_cash_cents INTEGER NOT NULL,
	expected_cheque_cents INTEGER NOT NULL,
	counted_cheque_cents INTEGER NOT NULL,
	cheques_expected INTEGER NOT NULL,
	cheques_counted INTEGER NOT NULL,
	note TEXT DEFAULT '' NOT NULL,
	CONSTRAINT pk_daily_closing PRIMARY KEY (id),
	CONSTRAINT ck_daily_closing_amounts_not_negative CHECK (expected_cash_cents >= 0 AND counted_cash_cents >= 0 AND expected_cheque_cents >= 0 AND counted_cheque_cents >= 0 AND cheques_expected >= 0 AND cheques_counted >= 0),
	CONSTRAINT ck_daily_closing_difference_has_note CHECK ((counted_cash_cents = expected_cash_cents AND counted_cheque_cents = expected_cheque_cents AND cheques_counted = cheques_expected) OR length(trim(coalesce(note, ''))) > 0),
	CONSTRAINT fk_daily_closing_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id)
)"""

DAILY_CLOSING_TRIGGERS = (
    """CREATE TRIGGER daily_closing_no_update BEFORE UPDATE ON daily_closing
       BEGIN SELECT RAISE(ABORT, 'a closing is never changed: record another one'); END""",
    """CREATE TRIGGER daily_closing_no_delete BEFORE DELETE ON daily_closing
       BEGIN SELECT RAISE(ABORT, 'closings are never deleted'); END""",
)

SALE_SQL = """CREATE TABLE sale_new (
	id INTEGER NOT NULL,
	receipt_id INTEGER NOT NULL,
	dwelling_id INTEGER NOT NULL,
	equipment_id INTEGER NOT NULL,
	amount_cents INTEGER NOT NULL,
	payment_method VARCHAR(10) NOT NULL,
	sold_at DATETIME NOT NULL,
	staff_id INTEGER,
	cancelled_at DATETIME,
	CONSTRAINT pk_sale PRIMARY KEY (id),
	CONSTRAINT ck_sale_amount_positive CHECK (amount_cents > 0),
	CONSTRAINT ck_sale_payment_valid CHECK (payment_method IN ('cash', 'cheque', 'card')),
	CONSTRAINT uq_sale_receipt_id UNIQUE (receipt_id),
	CONSTRAINT fk_sale_receipt_id_receipt FOREIGN KEY(receipt_id) REFERENCES receipt (id),
	CONSTRAINT fk_sale_dwelling_id_dwelling FOREIGN KEY(dwelling_id) REFERENCES dwelling (id),
	CONSTRAINT fk_sale_equipment_id_equipment FOREIGN KEY(equipment_id) REFERENCES equipment (id),
	CONSTRAINT fk_sale_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id)
)"""

SALE_TRIGGERS = (
    # a computer is sold only from the stock, and the stock follows its sales
    """CREATE TRIGGER sale_needs_computer_in_stock BEFORE INSERT ON sale
       WHEN (SELECT kind FROM equipment WHERE id = NEW.equipment_id) IS NOT 'computer'
            OR (SELECT state FROM equipment WHERE id = NEW.equipment_id) IS NOT 'in_stock'
       BEGIN SELECT RAISE(ABORT, 'computer not in stock'); END""",
    """CREATE TRIGGER sale_sold AFTER INSERT ON sale
       BEGIN UPDATE equipment SET state = 'sold' WHERE id = NEW.equipment_id; END""",
    """CREATE TRIGGER sale_cancelled AFTER UPDATE OF cancelled_at ON sale
       WHEN OLD.cancelled_at IS NULL AND NEW.cancelled_at IS NOT NULL
       BEGIN UPDATE equipment SET state = 'in_stock' WHERE id = NEW.equipment_id; END""",
    # only cancelled_at changes, once, from NULL
    """CREATE TRIGGER sale_cancelled_once BEFORE UPDATE ON sale
       WHEN OLD.cancelled_at IS NOT NULL OR NEW.cancelled_at IS NULL
            OR NEW.id IS NOT OLD.id OR NEW.receipt_id IS NOT OLD.receipt_id
            OR NEW.dwelling_id IS NOT OLD.dwelling_id
            OR NEW.equipment_id IS NOT OLD.equipment_id
            OR NEW.amount_cents IS NOT OLD.amount_cents
            OR NEW.payment_method IS NOT OLD.payment_method
            OR NEW.sold_at IS NOT OLD.sold_at OR NEW.staff_id IS NOT OLD.staff_id
       BEGIN SELECT RAISE(ABORT, 'a sale is cancelled once and never rewritten'); END""",
    """CREATE TRIGGER sale_no_delete BEFORE DELETE ON sale
       BEGIN SELECT RAISE(ABORT, 'sales are cancelled, never deleted'); END""",
)

PRINTED_DOCUMENT_SQL = """CREATE TABLE printed_document_new (
	id INTEGER NOT NULL,
	kind VARCHAR(20) NOT NULL,
	title VARCHAR(200) NOT NULL,
	data TEXT NOT NULL,
	created_at DATETIME NOT NULL,
	staff_id INTEGER,
	receipt_id INTEGER,
	kept_pdf VARCHAR(500),
	prints INTEGER NOT NULL,
	last_printed_at DATETIME,
	last_printer VARCHAR(200),
	last_error TEXT,
	CONSTRAINT pk_printed_document PRIMARY KEY (id),
	CONSTRAINT ck_printed_document_kind_valid CHECK (kind IN ('receipt', 'slip', 'minutes', 'closing')),
	CONSTRAINT fk_printed_document_receipt_id_receipt FOREIGN KEY(receipt_id) REFERENCES receipt (id),
	CONSTRAINT fk_printed_document_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id),
	CONSTRAINT uq_printed_document_receipt_id UNIQUE (receipt_id)
)"""

PRINTED_DOCUMENT_COLUMNS = ("id, kind, title, data, created_at, staff_id, receipt_id, kept_pdf, "
                            "prints, last_printed_at, last_printer, last_error")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        raise NotImplementedError("Guichet's migrations after 0004 are written for SQLite")
    op.execute(DAILY_CLOSING_SQL)
    op.execute("CREATE INDEX ix_daily_closing_day ON daily_closing (day)")
    for sql in DAILY_CLOSING_TRIGGERS:
        op.execute(sql)

    op.execute(SALE_SQL)
    op.execute("INSERT INTO sale_new (id, receipt_id, dwelling_id, equipment_id, amount_cents, "
               "payment_method, sold_at, staff_id) SELECT id, receipt_id, dwelling_id, "
               "equipment_id, amount_cents, payment_method, sold_at, staff_id FROM sale")
    op.execute("DROP TABLE sale")
    op.execute("ALTER TABLE sale_new RENAME TO sale")
    op.execute("CREATE INDEX ix_sale_dwelling_id ON sale (dwelling_id)")
    op.execute("CREATE INDEX ix_sale_equipment_id ON sale (equipment_id)")
    op.execute("CREATE UNIQUE INDEX uq_sale_active_per_equipment ON sale (equipment_id) "
               "WHERE cancelled_at IS NULL")
    for sql in SALE_TRIGGERS:
        op.execute(sql)

    op.execute(PRINTED_DOCUMENT_SQL)
    op.execute(f"INSERT INTO printed_document_new ({PRINTED_DOCUMENT_COLUMNS}) "
               f"SELECT {PRINTED_DOCUMENT_COLUMNS} FROM printed_document")
    op.execute("DROP TABLE printed_document")
    op.execute("ALTER TABLE printed_document_new RENAME TO printed_document")
    op.execute("CREATE INDEX ix_printed_document_created_at ON printed_document (created_at)")


def downgrade() -> None:
    raise NotImplementedError("0007 is not undone: restore the backup taken before upgrading")
