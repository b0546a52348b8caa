"""the programme's follow-up: workshops become a series of sessions with
sign-ups (registered or on the waiting list, a slip code each) and an
attendance per session; the needs survey's topics and each person's
needs; the Visa Internet grid, its validations and certificates (a printed
document kind); the centre's key that signs its anonymous statistics, and
the statistics imported from the city's centres. The database keeps a
workshop's registered people within its capacity (triggers)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-14
"""

from __future__ import annotations

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

# Spelled out, as 0006-0008 do: a restore compares schemas word for word, and
# SQLite changes a CHECK only by copying the table. Foreign keys are off
# during migrations (db.migrate) and checked before the commit.
TOPIC_SQL = """CREATE TABLE topic (
	id INTEGER NOT NULL,
	code VARCHAR(40),
	label VARCHAR(120) NOT NULL,
	position INTEGER NOT NULL,
	retired_at DATETIME,
	CONSTRAINT pk_topic PRIMARY KEY (id),
	CONSTRAINT ck_topic_label_not_blank CHECK (length(trim(label)) > 0),
	CONSTRAINT uq_topic_code UNIQUE (code)
)"""

# the survey's fixed list (the coordinator adds to it, renames, retires)
TOPICS = (
    ("first_steps", "Premiers pas sur l'ordinateur"),
    ("email", "Messagerie (e-mail)"),
    ("online_procedures", "Démarches en ligne"),
    ("parental_control", "Contrôle parental"),
    ("safety", "Sécurité sur Internet"),
    ("contracts", "Contrats et opérateurs"),
    ("mobile", "Tablette et smartphone"),
)

WORKSHOP_SQL = """CREATE TABLE workshop_new (
	id INTEGER NOT NULL,
	title VARCHAR(200) NOT NULL,
	topic_id INTEGER,
	place VARCHAR(200) NOT NULL,
	capacity INTEGER NOT NULL,
	facilitator VARCHAR(120) DEFAULT '' NOT NULL,
	created_at DATETIME,
	staff_id INTEGER,
	cancelled_at DATETIME,
	CONSTRAINT pk_workshop PRIMARY KEY (id),
	CONSTRAINT ck_workshop_capacity_positive CHECK (capacity >= 1),
	CONSTRAINT ck_workshop_title_not_blank CHECK (length(trim(title)) > 0),
	CONSTRAINT fk_workshop_topic_id_topic FOREIGN KEY(topic_id) REFERENCES topic (id),
	CONSTRAINT fk_workshop_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id)
)"""

SESSION_SQL = """CREATE TABLE workshop_session (
	id INTEGER NOT NULL,
	workshop_id INTEGER NOT NULL,
	starts_at DATETIME NOT NULL,
	ends_at DATETIME NOT NULL,
	cancelled_at DATETIME,
	CONSTRAINT pk_workshop_session PRIMARY KEY (id),
	CONSTRAINT ck_workshop_session_ends_after_start CHECK (ends_at > starts_at),
	CONSTRAINT fk_workshop_session_workshop_id_workshop FOREIGN KEY(workshop_id) REFERENCES workshop (id)
)"""

SIGNUP_SQL = """CREATE TABLE workshop_signup (
	id INTEGER NOT NULL,
	workshop_id INTEGER NOT NULL,
	person_id INTEGER NOT NULL,
	status VARCHAR(20) NOT NULL,
	code VARCHAR(64) NOT NULL,
	created_at DATETIME NOT NULL,
	staff_id INTEGER,
	promoted_at DATETIME,
	cancelled_at DATETIME,
	cancel_reason TEXT DEFAULT '' NOT NULL,
	CONSTRAINT pk_workshop_signup PRIMARY KEY (id),
	CONSTRAINT ck_workshop_signup_status_valid CHECK (status IN ('registered', 'waiting', 'cancelled')),
	CONSTRAINT ck_workshop_signup_cancelled_has_time CHECK (status != 'cancelled' OR cancelled_at IS NOT NULL),
	CONSTRAINT fk_workshop_signup_workshop_id_workshop FOREIGN KEY(workshop_id) REFERENCES workshop (id),
	CONSTRAINT fk_workshop_signup_person_id_person FOREIGN KEY(person_id) REFERENCES person (id),
	CONSTRAINT uq_workshop_signup_code UNIQUE (code),
	CONSTRAINT fk_workshop_signup_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id)
)"""

ATTENDANCE_SQL = """CREATE TABLE workshop_attendance_new (
	id INTEGER NOT NULL,
	session_id INTEGER NOT NULL,
	signup_id INTEGER NOT NULL,
	recorded_at DATETIME NOT NULL,
	staff_id INTEGER,
	CONSTRAINT pk_workshop_attendance PRIMARY KEY (id),
	CONSTRAINT fk_workshop_attendance_session_id_workshop_session FOREIGN KEY(session_id) REFERENCES workshop_session (id),
	CONSTRAINT fk_workshop_attendance_signup_id_workshop_signup FOREIGN KEY(signup_id) REFERENCES workshop_signup (id),
	CONSTRAINT uq_workshop_attendance_session_id_signup_id UNIQUE (session_id, signup_id),
	CONSTRAINT fk_workshop_attendance_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id)
)"""

WORKSHOP_TRIGGERS = (
    """CREATE TRIGGER workshop_no_delete BEFORE DELETE ON workshop
       BEGIN SELECT RAISE(ABORT, 'workshops are cancelled, never deleted'); END""",
    """CREATE TRIGGER workshop_capacity_kept BEFORE UPDATE OF capacity ON workshop
       WHEN NEW.capacity < (SELECT count(*) FROM workshop_signup
                            WHERE workshop_id = NEW.id AND status = 'registered')
       BEGIN SELECT RAISE(ABORT, 'capacity under the registered people'); END""",
    """CREATE TRIGGER workshop_session_no_delete BEFORE DELETE ON workshop_session
       BEGIN SELECT RAISE(ABORT, 'sessions are cancelled, never deleted'); END""",
    # a workshop's registered people never exceed its capacity, whoever writes
    """CREATE TRIGGER workshop_signup_within_capacity BEFORE INSERT ON workshop_signup
       WHEN NEW.status = 'registered'
            AND (SELECT count(*) FROM workshop_signup
                 WHERE workshop_id = NEW.workshop_id AND status = 'registered')
                >= (SELECT capacity FROM workshop WHERE id = NEW.workshop_id)
       BEGIN SELECT RAISE(ABORT, 'workshop full'); END""",
    """CREATE TRIGGER workshop_signup_within_capacity_update
       BEFORE UPDATE OF status, workshop_id ON workshop_signup
       WHEN NEW.status = 'registered'
            AND (OLD.status != 'registered' OR NEW.workshop_id IS NOT OLD.workshop_id)
            AND (SELECT count(*) FROM workshop_signup
                 WHERE workshop_id = NEW.workshop_id AND status = 'registered'
                   AND id != NEW.id)
                >= (SELECT capacity FROM workshop WHERE id = NEW.workshop_id)
       BEGIN SELECT RAISE(ABORT, 'workshop full'); END""",
    """CREATE TRIGGER workshop_signup_not_cancelled_workshop BEFORE INSERT ON workshop_signup
       WHEN NEW.status != 'cancelled'
            AND (SELECT cancelled_at FROM workshop WHERE id = NEW.workshop_id) IS NOT NULL
       BEGIN SELECT RAISE(ABORT, 'workshop cancelled'); END""",
    """CREATE TRIGGER workshop_signup_no_delete BEFORE DELETE ON workshop_signup
       BEGIN SELECT RAISE(ABORT, 'sign-ups are cancelled, never deleted'); END""",
    # attendance is for a registered person, in a session of their workshop
    """CREATE TRIGGER workshop_attendance_registered BEFORE INSERT ON workshop_attendance
       WHEN (SELECT status FROM workshop_signup WHERE id = NEW.signup_id) != 'registered'
            OR (SELECT workshop_id FROM workshop_signup WHERE id = NEW.signup_id)
               IS NOT (SELECT workshop_id FROM workshop_session WHERE id = NEW.session_id)
       BEGIN SELECT RAISE(ABORT, 'attendance of a person not registered in that workshop'); END""",
)

NEED_SQL = """CREATE TABLE person_need (
	id INTEGER NOT NULL,
	person_id INTEGER NOT NULL,
	topic_id INTEGER NOT NULL,
	recorded_at DATETIME NOT NULL,
	staff_id INTEGER,
	CONSTRAINT pk_person_need PRIMARY KEY (id),
	CONSTRAINT fk_person_need_person_id_person FOREIGN KEY(person_id) REFERENCES person (id),
	CONSTRAINT fk_person_need_topic_id_topic FOREIGN KEY(topic_id) REFERENCES topic (id),
	CONSTRAINT uq_person_need_person_id_topic_id UNIQUE (person_id, topic_id),
	CONSTRAINT fk_person_need_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id)
)"""

SKILL_SQL = """CREATE TABLE visa_skill (
	id INTEGER NOT NULL,
	code VARCHAR(40),
	label VARCHAR(200) NOT NULL,
	position INTEGER NOT NULL,
	retired_at DATETIME,
	CONSTRAINT pk_visa_skill PRIMARY KEY (id),
	CONSTRAINT ck_visa_skill_label_not_blank CHECK (length(trim(label)) > 0),
	CONSTRAINT uq_visa_skill_code UNIQUE (code)
)"""

# the Visa Internet's basic skills (the coordinator edits the grid)
SKILLS = (
    ("computer_basics", "Allumer l'ordinateur, utiliser la souris et le clavier"),
    ("files", "Ranger ses documents et ses photos dans des dossiers"),
    ("web_search", "Naviguer sur Internet et faire une recherche"),
    ("email", "Créer et utiliser une adresse e-mail"),
    ("attachment", "Envoyer et ouvrir une pièce jointe"),
    ("online_procedures", "Faire une démarche en ligne"),
    ("safety", "Protéger ses données et ses mots de passe"),
)

VALIDATION_SQL = """CREATE TABLE visa_validation (
	id INTEGER NOT NULL,
	person_id INTEGER NOT NULL,
	skill_id INTEGER NOT NULL,
	validated_on DATE NOT NULL,
	facilitator VARCHAR(120) NOT NULL,
	recorded_at DATETIME NOT NULL,
	staff_id INTEGER,
	CONSTRAINT pk_visa_validation PRIMARY KEY (id),
	CONSTRAINT ck_visa_validation_facilitator_named CHECK (length(trim(facilitator)) > 0),
	CONSTRAINT fk_visa_validation_person_id_person FOREIGN KEY(person_id) REFERENCES person (id),
	CONSTRAINT fk_visa_validation_skill_id_visa_skill FOREIGN KEY(skill_id) REFERENCES visa_skill (id),
	CONSTRAINT uq_visa_validation_person_id_skill_id UNIQUE (person_id, skill_id),
	CONSTRAINT fk_visa_validation_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id)
)"""

CERTIFICATE_SQL = """CREATE TABLE visa_certificate (
	id INTEGER NOT NULL,
	person_id INTEGER NOT NULL,
	issued_on DATE NOT NULL,
	issued_at DATETIME NOT NULL,
	staff_id INTEGER,
	document_id INTEGER NOT NULL,
	CONSTRAINT pk_visa_certificate PRIMARY KEY (id),
	CONSTRAINT fk_visa_certificate_person_id_person FOREIGN KEY(person_id) REFERENCES person (id),
	CONSTRAINT uq_visa_certificate_person_id UNIQUE (person_id),
	CONSTRAINT fk_visa_certificate_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id),
	CONSTRAINT fk_visa_certificate_document_id_printed_document FOREIGN KEY(document_id) REFERENCES printed_document (id),
	CONSTRAINT uq_visa_certificate_document_id UNIQUE (document_id)
)"""

CERTIFICATE_TRIGGERS = (
    """CREATE TRIGGER visa_certificate_no_update BEFORE UPDATE OF person_id, issued_on,
       document_id ON visa_certificate
       BEGIN SELECT RAISE(ABORT, 'a certificate is never changed'); END""",
    # a validation behind an issued certificate stays
    """CREATE TRIGGER visa_validation_kept_after_certificate BEFORE DELETE ON visa_validation
       WHEN EXISTS (SELECT 1 FROM visa_certificate WHERE person_id = OLD.person_id)
       BEGIN SELECT RAISE(ABORT, 'validation behind a certificate'); END""",
)

CITY_STATS_SQL = """CREATE TABLE city_stats (
	id INTEGER NOT NULL,
	centre_key VARCHAR(64) NOT NULL,
	centre_name VARCHAR(200) NOT NULL,
	period_start DATE NOT NULL,
	period_end DATE NOT NULL,
	exported_at DATETIME NOT NULL,
	imported_at DATETIME NOT NULL,
	staff_id INTEGER,
	payload TEXT NOT NULL,
	CONSTRAINT pk_city_stats PRIMARY KEY (id),
	CONSTRAINT ck_city_stats_period_in_order CHECK (period_end >= period_start),
	CONSTRAINT uq_city_stats_centre_key_period_start_period_end UNIQUE (centre_key, period_start, period_end),
	CONSTRAINT fk_city_stats_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id)
)"""

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
	CONSTRAINT ck_printed_document_kind_valid CHECK (kind IN ('receipt', 'slip', 'minutes', 'closing', 'certificate')),
	CONSTRAINT fk_printed_document_receipt_id_receipt FOREIGN KEY(receipt_id) REFERENCES receipt (id),
	CONSTRAINT fk_printed_document_staff_id_staff_account FOREIGN KEY(staff_id) REFERENCES staff_account (id),
	CONSTRAINT uq_printed_document_receipt_id UNIQUE (receipt_id)
)"""

PRINTED_DOCUMENT_COLUMNS = ("id, kind, title, data, created_at, staff_id, receipt_id, kept_pdf, "
                            "prints, last_printed_at, last_printer, last_error")


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        raise NotImplementedError("Guichet's migrations after 0004 are written for SQLite")
    op.execute(TOPIC_SQL)
    for position, (code, label) in enumerate(TOPICS, start=1):
        op.execute(f"INSERT INTO topic (code, label, position) "
                   f"VALUES ('{code}', '{label.replace(chr(39), chr(39) * 2)}', {position})")

    # a workshop of old was one session: it keeps its id, as does its session
    op.execute(WORKSHOP_SQL)
    op.execute("INSERT INTO workshop_new (id, title, place, capacity) "
               "SELECT id, title, place, capacity FROM workshop")
    op.execute(SESSION_SQL)
    op.execute("INSERT INTO workshop_session (id, workshop_id, starts_at, ends_at) "
               "SELECT id, id, starts_at, datetime(starts_at, '+2 hours') FROM workshop")
    # an old attendance row was a sign-up (its code says where it comes from)
    op.execute(SIGNUP_SQL)
    op.execute("INSERT INTO workshop_signup (id, workshop_id, person_id, status, code, "
               "created_at) SELECT id, workshop_id, person_id, 'registered', "
               "'before-0009-' || id, registered_on FROM workshop_attendance")
    op.execute(ATTENDANCE_SQL)
    op.execute("INSERT INTO workshop_attendance_new (session_id, signup_id, recorded_at) "
               "SELECT workshop_id, id, (SELECT starts_at FROM workshop "
               "WHERE workshop.id = workshop_attendance.workshop_id) "
               "FROM workshop_attendance WHERE attended")
    op.execute("DROP TABLE workshop_attendance")
    op.execute("DROP TABLE workshop")
    op.execute("ALTER TABLE workshop_new RENAME TO workshop")
    op.execute("ALTER TABLE workshop_attendance_new RENAME TO workshop_attendance")
    op.execute("CREATE INDEX ix_workshop_session_workshop_id ON workshop_session (workshop_id)")
    op.execute("CREATE INDEX ix_workshop_session_starts_at ON workshop_session (starts_at)")
    op.execute("CREATE INDEX ix_workshop_signup_workshop_id ON workshop_signup (workshop_id)")
    op.execute("CREATE INDEX ix_workshop_signup_person_id ON workshop_signup (person_id)")
    op.execute("CREATE UNIQUE INDEX uq_workshop_signup_active_per_person "
               "ON workshop_signup (workshop_id, person_id) WHERE status != 'cancelled'")
    op.execute("CREATE INDEX ix_workshop_attendance_signup_id ON workshop_attendance "
               "(signup_id)")
    for sql in WORKSHOP_TRIGGERS:
        op.execute(sql)

    op.execute(NEED_SQL)
    op.execute("CREATE INDEX ix_person_need_topic_id ON person_need (topic_id)")

    op.execute(SKILL_SQL)
    for position, (code, label) in enumerate(SKILLS, start=1):
        op.execute(f"INSERT INTO visa_skill (code, label, position) "
                   f"VALUES ('{code}', '{label.replace(chr(39), chr(39) * 2)}', {position})")
    op.execute(VALIDATION_SQL)
    op.execute(CERTIFICATE_SQL)
    for sql in CERTIFICATE_TRIGGERS:
        op.execute(sql)

    op.execute("ALTER TABLE centre ADD COLUMN stats_key BLOB")
    op.execute(CITY_STATS_SQL)

    op.execute(PRINTED_DOCUMENT_SQL)
    op.execute(f"INSERT INTO printed_document_new ({PRINTED_DOCUMENT_COLUMNS}) "
               f"SELECT {PRINTED_DOCUMENT_COLUMNS} FROM printed_document")
    op.execute("DROP TABLE printed_document")
    op.execute("ALTER TABLE printed_document_new RENAME TO printed_document")
    op.execute("CREATE INDEX ix_printed_document_created_at ON printed_document (created_at)")


def downgrade() -> None:
    raise NotImplementedError("0009 is not undone: restore the backup taken before upgrading")
