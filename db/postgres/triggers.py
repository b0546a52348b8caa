"""The rules the database enforces itself, on PostgreSQL.

The PostgreSQL twin of the SQLite triggers made by the migrations
(db/migrations/versions/0001-0009): the same 42 triggers, by the same names,
refusing the same rows with the same messages (services and tests match on
them: "slot full", "workshop full", "poll not open"...) and moving an
equipment's state the same way. Keep the two in step: a migration that adds
or changes a trigger on SQLite changes it here too.

How the SQLite text is carried over:

- a refusal is `RAISE EXCEPTION '<message>' USING ERRCODE =
  'integrity_constraint_violation'`, so that psycopg, then SQLAlchemy, raise
  an IntegrityError as SQLite's RAISE(ABORT, ...) does;
- the pure refusals (never updated, never deleted, or refused on a condition
  of the row itself) share one function, `refuse_change`, the message being
  the trigger's argument; their condition stays in the trigger's WHEN;
- a condition that reads other rows (PostgreSQL allows no sub-query in a
  trigger's WHEN) moves into the function of its trigger, one function per
  trigger and named as it, written as the SQLite WHEN word for word: `IS NOT`
  becomes `IS DISTINCT FROM`, a NULL condition refuses nothing on both;
- the AFTER triggers that move an equipment's state (handout_out,
  handout_ended, sale_sold, sale_cancelled) are AFTER ... FOR EACH ROW
  triggers doing the same UPDATE;
- `UPDATE OF col, ...` means the same on both: the trigger fires when one of
  the columns is set by the UPDATE, whether its value changes or not.

The checks read the table as it stands, as on SQLite: writers run one after
the other (the write lock of `db.postgres`). Where two refusals of one table
apply to the same row, PostgreSQL fires its triggers in the order of their
names, SQLite the newest first: only the message may differ (a booking of a
cancelled slot that is also full, a "replacement" of a handout not replaced
made with a decoder not available). No column read here is a boolean.
`CREATE OR REPLACE TRIGGER` needs PostgreSQL 14 or later; `install` may run
again on a database that has them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy import Connection


def _function(name: str, body: str, declare: str = "") -> str:
    declared = f"DECLARE\n{declare}\n" if declare else ""
    return (f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"{declared}BEGIN\n{body}\nEND\n$$")


def _refusal(trigger: str, event: str, table: str, message: str, when: str = "") -> str:
    condition = f"\n       WHEN ({when})" if when else ""
    return (f"CREATE OR REPLACE TRIGGER {trigger} {event} ON {table} FOR EACH ROW{condition}\n"
            f"       EXECUTE FUNCTION refuse_change('{message}')")


def _trigger(trigger: str, event: str, table: str, when: str = "") -> str:
    """A trigger running the function of its own name."""
    condition = f"\n       WHEN ({when})" if when else ""
    return (f"CREATE OR REPLACE TRIGGER {trigger} {event} ON {table} FOR EACH ROW{condition}\n"
            f"       EXECUTE FUNCTION {trigger}()")


REFUSE_CHANGE = _function("refuse_change", """\
    RAISE EXCEPTION USING MESSAGE = TG_ARGV[0], ERRCODE = 'integrity_constraint_violation';""")

# --- never changed, never deleted ------------------------------------------------

REFUSALS = [
    _refusal("audit_log_no_update", "BEFORE UPDATE", "audit_log", "audit log is append-only"),
    _refusal("audit_log_no_delete", "BEFORE DELETE", "audit_log", "audit log is append-only"),
    _refusal("vote_register_no_move", "BEFORE UPDATE", "vote_register",
             "register entries are not changed"),
    _refusal("receipt_no_update", "BEFORE UPDATE OF series, year, number", "receipt",
             "receipt numbers are never changed"),
    _refusal("receipt_no_delete", "BEFORE DELETE", "receipt", "receipts are never deleted"),
    _refusal("receipt_cancelled_once",
             "BEFORE UPDATE OF cancelled_at, cancelled_by, cancel_reason", "receipt",
             "a cancelled receipt stays as it was cancelled",
             when="OLD.cancelled_at IS NOT NULL"),
    _refusal("handout_ends_once", "BEFORE UPDATE OF ended_at, end_reason, dwelling_id, "
             "equipment_id, receipt_id, replaces_id", "handout",
             "a handout is ended once and never rewritten",
             when="OLD.ended_at IS NOT NULL OR NEW.dwelling_id <> OLD.dwelling_id"
                  " OR NEW.equipment_id <> OLD.equipment_id"
                  " OR NEW.receipt_id <> OLD.receipt_id"
                  " OR NEW.replaces_id IS DISTINCT FROM OLD.replaces_id"),
    _refusal("handout_no_delete", "BEFORE DELETE", "handout",
             "handouts are ended, never deleted"),
    _refusal("daily_closing_no_update", "BEFORE UPDATE", "daily_closing",
             "a closing is never changed: record another one"),
    _refusal("daily_closing_no_delete", "BEFORE DELETE", "daily_closing",
             "closings are never deleted"),
    _refusal("sale_cancelled_once", "BEFORE UPDATE", "sale",
             "a sale is cancelled once and never rewritten",
             when="OLD.cancelled_at IS NOT NULL OR NEW.cancelled_at IS NULL"
                  " OR NEW.id IS DISTINCT FROM OLD.id"
                  " OR NEW.receipt_id IS DISTINCT FROM OLD.receipt_id"
                  " OR NEW.dwelling_id IS DISTINCT FROM OLD.dwelling_id"
                  " OR NEW.equipment_id IS DISTINCT FROM OLD.equipment_id"
                  " OR NEW.amount_cents IS DISTINCT FROM OLD.amount_cents"
                  " OR NEW.payment_method IS DISTINCT FROM OLD.payment_method"
                  " OR NEW.sold_at IS DISTINCT FROM OLD.sold_at"
                  " OR NEW.staff_id IS DISTINCT FROM OLD.staff_id"),
    _refusal("sale_no_delete", "BEFORE DELETE", "sale", "sales are cancelled, never deleted"),
    _refusal("appointment_slot_no_delete", "BEFORE DELETE", "appointment_slot",
             "slots are cancelled, never deleted"),
    _refusal("workshop_no_delete", "BEFORE DELETE", "workshop",
             "workshops are cancelled, never deleted"),
    _refusal("workshop_session_no_delete", "BEFORE DELETE", "workshop_session",
             "sessions are cancelled, never deleted"),
    _refusal("workshop_signup_no_delete", "BEFORE DELETE", "workshop_signup",
             "sign-ups are cancelled, never deleted"),
    _refusal("visa_certificate_no_update", "BEFORE UPDATE OF person_id, issued_on, document_id",
             "visa_certificate", "a certificate is never changed"),
]

# --- vote --------------------------------------------------------------------------

VOTE = [
    _function("vote_register_needs_open_poll", """\
    IF (SELECT state FROM poll WHERE id = NEW.poll_id) IS DISTINCT FROM 'open' THEN
        RAISE EXCEPTION 'poll not open' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("vote_register_needs_open_poll", "BEFORE INSERT", "vote_register"),

    _function("vote_register_needs_eligible", """\
    IF NOT EXISTS (SELECT 1 FROM poll_eligible
                   WHERE poll_id = NEW.poll_id AND dwelling_id = NEW.dwelling_id) THEN
        RAISE EXCEPTION 'dwelling not eligible' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("vote_register_needs_eligible", "BEFORE INSERT", "vote_register"),

    _function("ballot_needs_open_poll", """\
    IF (SELECT state FROM poll WHERE id = NEW.poll_id) IS DISTINCT FROM 'open' THEN
        RAISE EXCEPTION 'poll not open' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("ballot_needs_open_poll", "BEFORE INSERT", "ballot"),

    _function("poll_eligible_frozen", """\
    IF (SELECT state FROM poll WHERE id = NEW.poll_id) IS DISTINCT FROM 'draft' THEN
        RAISE EXCEPTION 'eligible dwellings are frozen at opening'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("poll_eligible_frozen", "BEFORE INSERT", "poll_eligible"),

    _function("poll_eligible_kept", """\
    IF (SELECT state FROM poll WHERE id = OLD.poll_id) IS DISTINCT FROM 'draft' THEN
        RAISE EXCEPTION 'eligible dwellings are frozen at opening'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;"""),
    _trigger("poll_eligible_kept", "BEFORE DELETE", "poll_eligible"),
]

# --- receipts, handouts, sales ---------------------------------------------------

EQUIPMENT = [
    _function("receipt_in_sequence", """\
    IF NEW.number <> (SELECT coalesce(max(number), 0) + 1 FROM receipt
                      WHERE series = NEW.series AND year = NEW.year) THEN
        RAISE EXCEPTION 'receipt number out of sequence'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("receipt_in_sequence", "BEFORE INSERT", "receipt"),

    _function("handout_needs_available_decoder", """\
    IF (SELECT state FROM equipment WHERE id = NEW.equipment_id) NOT IN ('in_stock', 'returned')
       OR (SELECT kind FROM equipment WHERE id = NEW.equipment_id) <> 'decoder' THEN
        RAISE EXCEPTION 'decoder not available' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("handout_needs_available_decoder", "BEFORE INSERT", "handout"),

    _function("handout_replaces_a_replaced_one", """\
    IF NEW.replaces_id IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM handout WHERE id = NEW.replaces_id
           AND dwelling_id = NEW.dwelling_id AND end_reason = 'replaced') THEN
        RAISE EXCEPTION 'a replacement replaces a handout of the same dwelling'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("handout_replaces_a_replaced_one", "BEFORE INSERT", "handout"),

    _function("handout_out", """\
    UPDATE equipment SET state = 'handed_out' WHERE id = NEW.equipment_id;
    RETURN NULL;"""),
    _trigger("handout_out", "AFTER INSERT", "handout"),

    _function("handout_ended", """\
    UPDATE equipment SET state = CASE NEW.end_reason
        WHEN 'returned' THEN 'returned' WHEN 'replaced' THEN 'faulty' ELSE 'in_stock' END
        WHERE id = NEW.equipment_id;
    RETURN NULL;"""),
    _trigger("handout_ended", "AFTER UPDATE OF ended_at", "handout",
             when="OLD.ended_at IS NULL AND NEW.ended_at IS NOT NULL"),

    _function("sale_needs_computer_in_stock", """\
    IF (SELECT kind FROM equipment WHERE id = NEW.equipment_id) IS DISTINCT FROM 'computer'
       OR (SELECT state FROM equipment WHERE id = NEW.equipment_id)
          IS DISTINCT FROM 'in_stock' THEN
        RAISE EXCEPTION 'computer not in stock' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("sale_needs_computer_in_stock", "BEFORE INSERT", "sale"),

    _function("sale_sold", """\
    UPDATE equipment SET state = 'sold' WHERE id = NEW.equipment_id;
    RETURN NULL;"""),
    _trigger("sale_sold", "AFTER INSERT", "sale"),

    _function("sale_cancelled", """\
    UPDATE equipment SET state = 'in_stock' WHERE id = NEW.equipment_id;
    RETURN NULL;"""),
    _trigger("sale_cancelled", "AFTER UPDATE OF cancelled_at", "sale",
             when="OLD.cancelled_at IS NULL AND NEW.cancelled_at IS NOT NULL"),
]

# --- appointments ----------------------------------------------------------------

APPOINTMENTS = [
    _function("appointment_slot_no_overlap", """\
    IF NEW.cancelled_at IS NULL AND EXISTS (
           SELECT 1 FROM appointment_slot AS other
           WHERE other.place = NEW.place AND other.cancelled_at IS NULL
             AND other.starts_at < NEW.ends_at AND NEW.starts_at < other.ends_at) THEN
        RAISE EXCEPTION 'slot overlaps another slot of the same place'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("appointment_slot_no_overlap", "BEFORE INSERT", "appointment_slot"),

    _function("appointment_slot_no_overlap_update", """\
    IF NEW.cancelled_at IS NULL AND EXISTS (
           SELECT 1 FROM appointment_slot AS other
           WHERE other.id <> NEW.id AND other.place = NEW.place
             AND other.cancelled_at IS NULL
             AND other.starts_at < NEW.ends_at AND NEW.starts_at < other.ends_at) THEN
        RAISE EXCEPTION 'slot overlaps another slot of the same place'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("appointment_slot_no_overlap_update",
             "BEFORE UPDATE OF starts_at, ends_at, place, cancelled_at", "appointment_slot"),

    _function("appointment_slot_capacity_kept", """\
    IF NEW.capacity < (SELECT count(*) FROM appointment
                       WHERE slot_id = NEW.id AND status <> 'cancelled') THEN
        RAISE EXCEPTION 'capacity under the bookings of the slot'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("appointment_slot_capacity_kept", "BEFORE UPDATE OF capacity", "appointment_slot"),

    _function("appointment_slot_not_cancelled", """\
    IF NEW.status <> 'cancelled'
       AND (SELECT cancelled_at FROM appointment_slot WHERE id = NEW.slot_id) IS NOT NULL THEN
        RAISE EXCEPTION 'slot cancelled' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("appointment_slot_not_cancelled", "BEFORE INSERT", "appointment"),

    _function("appointment_within_capacity", """\
    IF NEW.status <> 'cancelled'
       AND (SELECT count(*) FROM appointment
            WHERE slot_id = NEW.slot_id AND status <> 'cancelled')
           >= (SELECT capacity FROM appointment_slot WHERE id = NEW.slot_id) THEN
        RAISE EXCEPTION 'slot full' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("appointment_within_capacity", "BEFORE INSERT", "appointment"),

    _function("appointment_within_capacity_update", """\
    IF NEW.status <> 'cancelled'
       AND (NEW.slot_id IS DISTINCT FROM OLD.slot_id OR OLD.status = 'cancelled')
       AND (SELECT count(*) FROM appointment
            WHERE slot_id = NEW.slot_id AND status <> 'cancelled' AND id <> NEW.id)
           >= (SELECT capacity FROM appointment_slot WHERE id = NEW.slot_id) THEN
        RAISE EXCEPTION 'slot full' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("appointment_within_capacity_update", "BEFORE UPDATE OF slot_id, status",
             "appointment"),
]

# --- workshops -------------------------------------------------------------------

WORKSHOPS = [
    _function("workshop_capacity_kept", """\
    IF NEW.capacity < (SELECT count(*) FROM workshop_signup
                       WHERE workshop_id = NEW.id AND status = 'registered') THEN
        RAISE EXCEPTION 'capacity under the registered people'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("workshop_capacity_kept", "BEFORE UPDATE OF capacity", "workshop"),

    _function("workshop_signup_not_cancelled_workshop", """\
    IF NEW.status <> 'cancelled'
       AND (SELECT cancelled_at FROM workshop WHERE id = NEW.workshop_id) IS NOT NULL THEN
        RAISE EXCEPTION 'workshop cancelled' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("workshop_signup_not_cancelled_workshop", "BEFORE INSERT", "workshop_signup"),

    _function("workshop_signup_within_capacity", """\
    IF NEW.status = 'registered'
       AND (SELECT count(*) FROM workshop_signup
            WHERE workshop_id = NEW.workshop_id AND status = 'registered')
           >= (SELECT capacity FROM workshop WHERE id = NEW.workshop_id) THEN
        RAISE EXCEPTION 'workshop full' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("workshop_signup_within_capacity", "BEFORE INSERT", "workshop_signup"),

    _function("workshop_signup_within_capacity_update", """\
    IF NEW.status = 'registered'
       AND (OLD.status <> 'registered' OR NEW.workshop_id IS DISTINCT FROM OLD.workshop_id)
       AND (SELECT count(*) FROM workshop_signup
            WHERE workshop_id = NEW.workshop_id AND status = 'registered' AND id <> NEW.id)
           >= (SELECT capacity FROM workshop WHERE id = NEW.workshop_id) THEN
        RAISE EXCEPTION 'workshop full' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("workshop_signup_within_capacity_update", "BEFORE UPDATE OF status, workshop_id",
             "workshop_signup"),

    _function("workshop_attendance_registered", """\
    IF (SELECT status FROM workshop_signup WHERE id = NEW.signup_id) <> 'registered'
       OR (SELECT workshop_id FROM workshop_signup WHERE id = NEW.signup_id)
          IS DISTINCT FROM (SELECT workshop_id FROM workshop_session WHERE id = NEW.session_id)
    THEN
        RAISE EXCEPTION 'attendance of a person not registered in that workshop'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NEW;"""),
    _trigger("workshop_attendance_registered", "BEFORE INSERT", "workshop_attendance"),
]

# --- Visa Internet -----------------------------------------------------------------

VISA = [
    _function("visa_validation_kept_after_certificate", """\
    IF EXISTS (SELECT 1 FROM visa_certificate WHERE person_id = OLD.person_id) THEN
        RAISE EXCEPTION 'validation behind a certificate'
            USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN OLD;"""),
    _trigger("visa_validation_kept_after_certificate", "BEFORE DELETE", "visa_validation"),
]

DDL: list[str] = [REFUSE_CHANGE, *REFUSALS, *VOTE, *EQUIPMENT, *APPOINTMENTS, *WORKSHOPS, *VISA]

# the names, as on SQLite (a test compares them with the migrations' triggers)
TRIGGER_NAMES: frozenset[str] = frozenset(
    statement.split()[4] for statement in DDL if statement.startswith("CREATE OR REPLACE TRIGGER"))


def install(connection: Connection) -> None:
    """Create (or replace) the functions and triggers, in the connection's
    transaction."""
    for statement in DDL:
        connection.exec_driver_sql(statement)
