"""Typed errors raised by services. The UI and the CLI turn them into messages.

Each error carries the facts the message needs as attributes, never a sentence
in French: translation is the front end's job.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path


class GuichetError(Exception):
    """Base of every error the user is meant to read."""


# --- storage ---------------------------------------------------------------


class DatabaseError(GuichetError):
    """`path`: the SQLite file, or the server as `postgresql://user@host/db`
    (never with its password), kept as said."""

    def __init__(self, path: Path | str, detail: str = "") -> None:
        super().__init__(f"{path}: {detail}" if detail else str(path))
        self.path = path if isinstance(path, str) and "://" in path else Path(path)
        self.detail = detail


class NotADatabase(DatabaseError):
    """The file exists but is not an SQLite database."""


class DiskFull(DatabaseError):
    """The disk under the database is full: the write was undone, nothing is damaged."""


class NoDatabase(DatabaseError):
    """No file there, or an empty one: only the first run and the demo create one."""


class DatabaseDamaged(DatabaseError):
    """quick_check failed: the file must not be written to."""


class DatabaseReadOnly(DatabaseError):
    """The file or its folder cannot be written."""


class DatabaseBusy(DatabaseError):
    """Another program holds a lock on the database."""


class ServerUnreachable(DatabaseError):
    """The centre's server did not answer, the connection was cut, or a
    statement ran out of time: the server rolled the act back whole.
    reason: "lost" (no answer, cut), "slow" (time-out), "refused" (the server
    answered but refused the name or password, or none was given),
    "no_database" (the server has no database of that name), "address" (the
    address itself cannot be read)."""

    def __init__(self, path: Path | str, detail: str = "", reason: str = "lost") -> None:
        super().__init__(path, detail)
        self.reason = reason


class CopyRefused(GuichetError):
    """A whole centre not copied between databases (nothing was written).
    reason: "target_not_empty" (the target holds a centre already),
    "different" (a table read back from the target differed: undone),
    "same" (source and target are one database)."""

    def __init__(self, reason: str, table: str = "", detail: str = "") -> None:
        super().__init__(f"{reason}: {table} {detail}".strip())
        self.reason = reason
        self.table = table
        self.detail = detail


class DatabaseNotEmpty(GuichetError):
    """The demo goes only into a new, empty database (no account, no dwelling)."""

    def __init__(self, path: Path | str | None) -> None:
        super().__init__(str(path))
        self.path = path


class SchemaTooNew(DatabaseError):
    """The file was written by a newer Guichet."""


# --- accounts --------------------------------------------------------------


class AuthenticationFailed(GuichetError):
    """Unknown name or wrong secret; deliberately does not say which."""


class AccountLocked(GuichetError):
    def __init__(self, seconds_left: int) -> None:
        super().__init__(f"locked for {seconds_left}s")
        self.seconds_left = seconds_left


class WeakSecret(GuichetError):
    """reason: "short", "not_digits" (a PIN is digits), "one_digit" (1111)."""

    def __init__(self, min_length: int, reason: str = "short") -> None:
        super().__init__(f"secret refused: {reason} (at least {min_length})")
        self.min_length = min_length
        self.reason = reason


class AccountChangeRefused(GuichetError):
    """reason: "last_coordinator", "yourself", "unknown", "wrong_secret",
    "past_end_date"."""

    def __init__(self, reason: str, name: str = "") -> None:
        super().__init__(f"{reason}: {name}")
        self.reason = reason
        self.name = name


class AccountExists(GuichetError):
    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class AccountNoLongerValid(GuichetError):
    """The signed-in account was disabled, ended or changed since the sign-in."""

    def __init__(self, name: str) -> None:
        super().__init__(name)
        self.name = name


class SettingRefused(GuichetError):
    """A setting or a correction that cannot be written; `field` says which
    ("phone", "address_too_long", "price", ...) and `detail` the limit or value."""

    def __init__(self, field: str, detail: str = "") -> None:
        super().__init__(f"{field}: {detail}")
        self.field = field
        self.detail = detail


class PermissionDenied(GuichetError):
    def __init__(self, action: str, role: str) -> None:
        super().__init__(f"{role} may not {action}")
        self.action = action
        self.role = role


# --- backups -----------------------------------------------------------------


class FileActionFailed(GuichetError):
    """A backup or restore that did not happen, with why (a code) and on which file."""

    def __init__(self, reason: str, path: Path | str, detail: str = "",
                 errno: int | None = None) -> None:
        super().__init__(f"{reason}: {path} {detail}")
        self.reason = reason
        self.path = Path(path)
        self.detail = detail
        self.errno = errno  # the system's reason, said in French by app.messages

    @classmethod
    def from_os(cls, path: Path | str, exc: OSError):  # type: ignore[no-untyped-def]
        """A FileNotRead or FileNotWritten from the OSError that stopped it."""
        return cls(path, exc.strerror or str(exc), exc.errno)  # type: ignore[call-arg]


class BackupFailed(FileActionFailed):
    """Nothing usable was written at the destination; the live database is untouched.
    reason: disk_full, removed, not_writable, verify_failed."""


class RestoreRefused(FileActionFailed):
    """The current database was not touched. reason: unreadable, not_a_backup,
    wrong_passphrase, damaged, newer_schema, passphrase_needed."""


class AnchorUnusable(FileActionFailed):
    """A copy given to check the audit trail against cannot be read. reason:
    unreadable, passphrase_needed, wrong_passphrase, not_a_backup."""


class FileNotRead(FileActionFailed):
    """A file the person chose could not be read (gone, not allowed...)."""

    def __init__(self, path: Path | str, detail: str = "", errno: int | None = None) -> None:
        super().__init__("not_read", path, detail, errno)


class FileNotWritten(FileActionFailed):
    """A file could not be written where the person chose (stick full, pulled out...)."""

    def __init__(self, path: Path | str, detail: str = "", errno: int | None = None) -> None:
        super().__init__("not_written", path, detail, errno)


# --- printing ------------------------------------------------------------------


class UnknownDocument(GuichetError):
    def __init__(self, document_id: int) -> None:
        super().__init__(str(document_id))
        self.document_id = document_id


class PrintFailed(GuichetError):
    """The act that made the document stands; its PDF is kept for a reprint.
    reason: no_printer, unavailable, job_error."""

    def __init__(self, reason: str, printer: str = "", detail: str = "") -> None:
        super().__init__(f"{reason}: {printer} {detail}")
        self.reason = reason
        self.printer = printer
        self.detail = detail


# --- counter -----------------------------------------------------------------


class UnknownHousehold(GuichetError):
    def __init__(self, key: object) -> None:
        super().__init__(str(key))
        self.key = key


class AlreadyCheckedInToday(GuichetError):
    """The household already has a visit today; the desk asks before a second."""

    def __init__(self, visit_id: int, arrived_at: datetime, reason: str) -> None:
        super().__init__(f"visit {visit_id} at {arrived_at:%H:%M}")
        self.visit_id = visit_id
        self.arrived_at = arrived_at
        self.reason = reason


class UnknownVisit(GuichetError):
    def __init__(self, visit_id: int) -> None:
        super().__init__(str(visit_id))
        self.visit_id = visit_id


class VisitNotToday(GuichetError):
    """Only a visit of the day can be cancelled at the counter."""

    def __init__(self, visit_id: int, arrived_at: datetime) -> None:
        super().__init__(f"visit {visit_id} of {arrived_at:%d/%m/%Y}")
        self.visit_id = visit_id
        self.arrived_at = arrived_at


# --- roster import -----------------------------------------------------------


@dataclass(frozen=True)
class RosterProblem:
    """One problem found in a roster file; line 0 means the file as a whole."""

    line: int
    code: str
    detail: str = ""
    ref: str = ""
    column: str = ""  # for a conflict: which dwelling fact differs
    other_line: int = 0  # for a conflict: the line it differs from
    other_value: str = ""


class RosterRejected(GuichetError):
    """The roster has errors: nothing was written."""

    def __init__(self, problems: list[RosterProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in roster")
        self.problems = problems


class DeliveryRejected(GuichetError):
    """The operator's delivery list has errors: no decoder was added."""

    def __init__(self, problems: list[RosterProblem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the delivery list")
        self.problems = problems


# --- vote --------------------------------------------------------------------


class VoteRefused(GuichetError):
    """A poll act refused; nothing was written. reason (messages.describe):
    already_voted (at, channel), not_eligible, poll_not_open, poll_not_draft,
    poll_not_closed, already_counted, open_poll_exists, no_dwellings,
    question_missing, code_mistyped, code_unknown, code_replaced (at),
    batch_unbalanced (detail "signatures/ballots"), batch_empty, duplicate_in_batch,
    batch_cancelled, bearer_missing, urn_needed, urn_not_used, urn_entered,
    urn_unbalanced (detail), counts_disagree (detail), choice_missing,
    blank_not_allowed, choice_not_on_screen, commission_size, member_name_missing,
    passphrase_short (detail: name), passphrase_same, wrong_passphrase (detail:
    names), not_enough_members, quorum, closes_on_past, reason_missing."""

    def __init__(self, reason: str, detail: str = "", at: datetime | None = None,
                 channel: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail
        self.at = at
        self.channel = channel


# --- decoders ------------------------------------------------------------------


class HandoutRefused(GuichetError):
    """A stock or handout act refused; nothing was written. reason
    (messages.describe): serial_missing, serial_too_long, serial_known,
    serial_unknown, not_a_decoder, serial_out (detail: the dwelling's
    reference, at, by), serial_unavailable (detail: the state),
    sector_not_adopted (detail: the sector), dwelling_has_one (detail: its
    serial, at), dwelling_has_one_now, collector_missing, collector_too_long,
    reason_missing, nothing_to_replace, nothing_to_return, nothing_to_cancel,
    replacement_not_cancelled, price_not_a_tier, payment_not_taken,
    not_a_computer, computer_sold, computer_not_sold (detail: the serial);
    the daily closing's: closing_note_missing, closing_amount_negative,
    closing_note_too_long (detail: the limit), closing_day_future."""

    def __init__(self, reason: str, detail: str = "", at: datetime | None = None,
                 by: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail
        self.at = at
        self.by = by


# --- appointments ----------------------------------------------------------------


class AppointmentRefused(GuichetError):
    """A slot or booking act refused; nothing was written. reason
    (messages.describe): code_mistyped, code_unknown, cancelled, moved (at:
    the new slot's start), already_used (at: when), earlier_day (at: the
    slot's start), later_day (at: the slot's start), slot_full, slot_past,
    slot_cancelled, unknown_slot, unknown_appointment, overlap (at: the other
    slot's start, detail: its place), holiday (at, detail: the holiday's
    name), pending_of_kind (at: the pending booking's start), already_booked,
    not_booked (detail: the status), same_slot, kind_differs, reason_missing,
    note_too_long (detail: the limit), place_missing, place_too_long (detail),
    length_invalid (detail: the limit in minutes), capacity_invalid (detail:
    the limit), series_end_invalid, series_too_long (detail: weeks),
    days_invalid."""

    def __init__(self, reason: str, detail: str = "", at: datetime | None = None) -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail
        self.at = at


# --- the needs survey and the Visa Internet ------------------------------------------


class ListEditRefused(GuichetError):
    """A change to the survey's topics or the Visa grid refused, or a
    person's needs not recorded; nothing was written. what: "topic" or
    "skill". reason (messages.describe): label_missing, label_too_long
    (detail: the limit), label_exists (detail: the label), unknown_item,
    already_retired, not_retired, first, last, topic_retired (detail: the
    label), unknown_person."""

    def __init__(self, what: str, reason: str, detail: str = "") -> None:
        super().__init__(what, reason, detail)
        self.what = what
        self.reason = reason
        self.detail = detail


class VisaRefused(GuichetError):
    """A Visa Internet act refused; nothing was written. reason
    (messages.describe): unknown_person, unknown_skill, skill_retired,
    date_future, facilitator_missing, facilitator_too_long (detail: the
    limit), already_validated (at: the day, detail: the facilitator),
    not_validated, certificate_issued (detail: its number), incomplete
    (count: skills missing), already_issued (detail: its number), no_certificate."""

    def __init__(self, reason: str, detail: str = "", count: int = 0,
                 at: date | None = None) -> None:
        super().__init__(reason, detail, count)
        self.reason = reason
        self.detail = detail
        self.count = count
        self.at = at


# --- workshops --------------------------------------------------------------------


class WorkshopRefused(GuichetError):
    """A workshop, sign-up or attendance act refused; nothing was written.
    reason (messages.describe): title_missing, title_too_long, place_missing,
    place_too_long, facilitator_too_long, capacity_invalid (detail: the
    limit), sessions_invalid (detail: the limit), times_invalid, start_past,
    holiday (at, detail: the holiday's name), unknown_workshop,
    unknown_session, unknown_signup, unknown_person, unknown_topic,
    workshop_cancelled, session_cancelled, session_attended (at: its start),
    workshop_over, capacity_under
    (detail: the registered count), already_registered, already_waiting
    (detail: the rank), not_active (a cancelled sign-up), not_registered,
    not_held_yet (at: the session's start), reason_missing, reason_too_long
    (detail), code_mistyped, code_unknown, signup_cancelled, waiting
    (detail: the rank), no_session_today (at: the next session, if any),
    already_recorded (at: when)."""

    def __init__(self, reason: str, detail: str = "", at: datetime | None = None) -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail
        self.at = at


# --- programme report and the city's statistics ---------------------------------------


class ReportRefused(GuichetError):
    """A report or a statistics export not made. reason (messages.describe):
    period_order (detail: "start/end"), period_unreadable (detail: the text
    typed), unknown_sector, no_centre (the centre is not set up)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason, detail)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class StatsFileProblem:
    """One statistics file refused at import. reason: not_json, not_stats,
    version (detail: the file's version), signature, counts (detail: the
    field), period_order, not_read (detail: the system's reason)."""

    file: str
    reason: str
    detail: str = ""


class StatsRejected(GuichetError):
    """At least one statistics file was refused: none was imported."""

    def __init__(self, problems: list[StatsFileProblem], accepted: int = 0) -> None:
        super().__init__(f"{len(problems)} statistics file(s) refused")
        self.problems = problems
        self.accepted = accepted  # the files that were fine, not imported either
