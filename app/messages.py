"""Every sentence Guichet says to a person, for the window and the command
line alike: typed errors turned into French, and the command line's reports.

Sentences are written in English as `translate(context, text)` calls, which
`make translations` (pyside6-lupdate) collects into the one French catalogue,
resources/translations/guichet_fr.ts. The window plugs in Qt's translator
(`set_translator`); anywhere else, the catalogue file itself is read.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import cache

from app.domain import delivery, roster
from app.domain.errors import (
    AccountChangeRefused,
    AccountExists,
    AccountLocked,
    AccountNoLongerValid,
    AnchorUnusable,
    AppointmentRefused,
    AuthenticationFailed,
    BackupFailed,
    CopyRefused,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseNotEmpty,
    DatabaseReadOnly,
    DeliveryRejected,
    DiskFull,
    FileNotRead,
    FileNotWritten,
    GuichetError,
    HandoutRefused,
    ListEditRefused,
    NoDatabase,
    NotADatabase,
    PermissionDenied,
    PrintFailed,
    ReportRefused,
    RestoreRefused,
    RosterProblem,
    SchemaTooNew,
    ServerUnreachable,
    SettingRefused,
    StatsFileProblem,
    StatsRejected,
    UnknownHousehold,
    UnknownVisit,
    VisaRefused,
    VisitNotToday,
    VoteRefused,
    WeakSecret,
    WorkshopRefused,
)
from app.resources import resource_path

LANGUAGE = "fr"
_lock = threading.Lock()
# (context, text, disambiguation, count): QCoreApplication.translate's shape
_translator: Callable[[str, str, str | None, int], str] | None = None


def set_translator(translator: Callable[[str, str, str | None, int], str] | None) -> None:
    """The window's Qt translator (which may speak English in tests); None
    goes back to the shipped French catalogue."""
    global _translator
    with _lock:
        _translator = translator


@cache
def _catalogue() -> dict[tuple[str, str], tuple[str, ...]]:
    """(context, source) -> the translation, or its plural forms in order."""
    import xml.etree.ElementTree as ET

    path = resource_path("translations", f"guichet_{LANGUAGE}.ts")
    entries: dict[tuple[str, str], tuple[str, ...]] = {}
    for context in ET.parse(path).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or \
                    translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = tuple(form.text or "" for form in translation.iter("numerusform")) \
                or (translation.text or "",)
            if all(forms):
                entries[(name, message.findtext("source") or "")] = forms
    return entries


def _plural_form(count: int) -> int:
    """French: 0 and 1 take the singular (Qt's rule for French, too)."""
    return 0 if count <= 1 else 1


def translate(context: str, text: str, count: int = -1) -> str:
    """`text` in the person's language; with a `count`, `text` holds %n and
    the catalogue gives one form per plural (see `Sentences.tr`)."""
    translator = _translator
    if translator is not None:
        return translator(context, text, None, count)
    forms = _catalogue().get((context, text), (text,))
    chosen = forms[min(_plural_form(count), len(forms) - 1)] if count >= 0 else forms[0]
    return chosen.replace("%n", str(count)) if count >= 0 else chosen


class Sentences:
    """A context's sentences with a count: `Messages.tr("%n household(s)", "", n)`
    gives "1 foyer" or "3 foyers". Spelled like Qt's `tr` so that
    pyside6-lupdate files it as a plural entry; lupdate takes the object's
    name for the context, hence objects named exactly like their context."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str = "", count: int = -1) -> str:
        return translate(self.context, text, count)


Messages = Sentences("Messages")
Cli = Sentences("Cli")


def describe(error: GuichetError) -> str:
    """One sentence a volunteer can act on. (translate() is spelled out each
    time so that pyside6-lupdate finds every sentence.)"""
    if isinstance(error, DatabaseError):
        return describe_database(error)
    if isinstance(error, CopyRefused):
        if error.reason == "target_not_empty":
            return translate("Messages", "The target database already holds a centre: nothing "
                                         "was copied. Copy into a new, empty database.")
        if error.reason == "same":
            return translate("Messages", "The source and the target are the same database: "
                                         "nothing was copied.")
        return translate("Messages", "The copy of table {table} came out different ({detail}): "
                                     "it was undone, the target is as it was.").format(
            table=error.table, detail=error.detail)
    if isinstance(error, AuthenticationFailed):
        return translate("Messages", "Wrong name or secret. Try again.")
    if isinstance(error, AccountLocked):
        return translate("Messages", "Too many attempts. Wait {seconds} seconds, then try again.").format(
            seconds=error.seconds_left)
    if isinstance(error, WeakSecret):
        if error.reason == "not_digits":
            return translate("Messages", "A PIN is made of digits only (at least {count}).").format(
                count=error.min_length)
        if error.reason == "one_digit":
            return translate("Messages", "A PIN of one digit repeated is guessed at once: "
                                         "choose another.")
        return translate("Messages", "Too short: at least {count} characters.").format(count=error.min_length)
    if isinstance(error, AccountNoLongerValid):
        return translate("Messages", "The account {name} was disabled or changed since it "
                                     "signed in: nothing was recorded. Switch user and sign "
                                     "in again.").format(name=error.name)
    if isinstance(error, SettingRefused):
        return {
            "phone": translate("Messages", "« {detail} » is not a French phone number (10 "
                                           "digits, 02 98 00 00 00): nothing was saved."),
            "name_missing": translate("Messages", "The centre needs a name: nothing was saved."),
            "name_too_long": translate("Messages", "The centre's name is too long for a receipt "
                                                   "(at most {detail} characters)."),
            "address_too_long": translate("Messages", "The address is too long for a receipt's "
                                                      "header (at most {detail} characters)."),
            "idle_lock": translate("Messages", "The idle lock must be between 1 and 60 "
                                               "minutes."),
            "retention": translate("Messages", "The retention period must be between 6 and "
                                               "120 months."),
            "price": translate("Messages", "Each computer price must be more than 0 and at "
                                           "most 1 000 €: nothing was saved."),
            "price_unreadable": translate("Messages", "« {detail} » is not a list of amounts in "
                                                      "euros (40 ; 70,50): nothing was saved."),
            "cost": translate("Messages", "The monthly cost must be between 0 and 1 000 €."),
            "reason_missing": translate("Messages", "Say why (it goes in the audit log): "
                                                    "nothing was changed."),
            "unknown_sector": translate("Messages", "This sector no longer exists."),
            "name_required": translate("Messages", "Type the person's family name."),
            "staff_name_required": translate("Messages", "Type the name shown at sign-in."),
            "staff_name_too_long": translate("Messages", "A name at sign-in is at most {detail} "
                                                         "characters."),
            "member_exists": translate("Messages", "{detail} is already in this household."),
            "person_name_too_long": translate("Messages", "A name is at most {detail} "
                                                          "characters."),
            "note_too_long": translate("Messages", "The note is too long (at most {detail} "
                                                   "characters)."),
            "unknown_member": translate("Messages", "This person is no longer in the household "
                                                    "(another counter may have changed it)."),
        }.get(error.field, error.field).format(detail=error.detail)
    if isinstance(error, AccountChangeRefused):
        return {
            "last_coordinator": translate(
                "Messages", "{name} is the last active coordinator: the centre would have no "
                "one to manage it. Add another coordinator first."),
            "yourself": translate("Messages", "You cannot disable your own account: ask "
                                              "another coordinator."),
            "unknown": translate("Messages", "No account named {name}."),
            "wrong_secret": translate("Messages", "Your current PIN or password is wrong: "
                                                  "nothing was changed."),
            "past_end_date": translate("Messages", "The end date is already past: choose a "
                                                   "later one, or disable the account."),
        }.get(error.reason, error.reason).format(name=error.name)
    if isinstance(error, AccountExists):
        return translate("Messages", "An account named {name} already exists.").format(name=error.name)
    if isinstance(error, FileNotRead):
        return could_not_read(error.path, system_reason(error.errno, error.detail))
    if isinstance(error, FileNotWritten):
        return translate("Messages", "Could not write {file}: {reason}").format(
            file=error.path, reason=system_reason(error.errno, error.detail))
    if isinstance(error, BackupFailed):
        reason = {
            "disk_full": translate("Messages", "the stick is full"),
            "removed": translate("Messages", "the stick was removed or does not answer"),
            "no_folder": translate("Messages", "the folder {folder} does not exist (is the stick "
                                               "plugged in?)").format(folder=error.path),
            "not_writable": translate("Messages", "nothing can be written there"),
            "verify_failed": translate("Messages", "the copy read back differs"),
        }.get(error.reason, error.reason)
        return translate(
            "Messages", "Backup failed: {reason}. No file was left there and the database "
            "was not touched.").format(reason=reason)
    if isinstance(error, (RestoreRefused, AnchorUnusable)):
        reason = {
            "unreadable": translate("Messages", "the file cannot be read"),
            "not_a_backup": translate("Messages", "it is not a Guichet backup"),
            "wrong_passphrase": translate("Messages", "wrong passphrase, or a damaged file"),
            "passphrase_needed": translate("Messages", "this backup needs its passphrase"),
            "damaged": translate("Messages", "the backup is damaged"),
            "newer_schema": translate("Messages", "it comes from a newer Guichet"),
            "disk_full": translate("Messages", "the disk is full"),
            "in_use": translate("Messages", "the database is open in another Guichet window or "
                                            "command on this computer: close it first"),
        }.get(error.reason, error.reason)
        if isinstance(error, AnchorUnusable):
            return translate("Messages", "The copy {file} cannot be used to check the trail: "
                                         "{reason}.").format(file=error.path.name, reason=reason)
        return translate(
            "Messages", "Restore refused: {reason}. The current database was not changed.").format(
            reason=reason)
    if isinstance(error, PrintFailed):
        reason = {
            "no_printer": translate("Messages", "no printer is chosen for this kind of document "
                                                "on this PC (Impressions desk, « Preview and "
                                                "print… », chooses it)"),
            "unavailable": translate("Messages", "the printer {printer} is off, unplugged or missing"),
            "job_error": translate("Messages", "the printer {printer} refused the job"),
        }.get(error.reason, error.reason).format(printer=error.printer)
        return translate(
            "Messages", "Not printed: {reason}. Nothing is lost: the document is kept in "
            "Impressions, to print again or save on a USB stick.").format(reason=reason)
    if isinstance(error, UnknownHousehold):
        return translate("Messages", "No household with the reference {ref}.").format(
            ref=error.key)
    if isinstance(error, UnknownVisit):
        return translate("Messages", "This visit is no longer in today's list (another counter "
                                     "may have cancelled it).")
    if isinstance(error, VisitNotToday):
        return translate("Messages", "Only today's visits can be cancelled; this one dates from "
                                     "{date}.").format(date=error.arrived_at.strftime("%d/%m/%Y"))
    if isinstance(error, DatabaseNotEmpty):
        return translate("Messages", "The database {path} already holds data: the demo was not "
                                     "loaded.").format(path=error.path)
    if isinstance(error, PermissionDenied):
        return translate("Messages", "Your account may not do this. Ask the coordinator.")
    if isinstance(error, VoteRefused):
        return describe_vote_refusal(error)
    if isinstance(error, HandoutRefused):
        return describe_handout_refusal(error)
    if isinstance(error, AppointmentRefused):
        return describe_appointment_refusal(error)
    if isinstance(error, WorkshopRefused):
        return describe_workshop_refusal(error)
    if isinstance(error, ReportRefused):
        return describe_report_refusal(error)
    if isinstance(error, StatsRejected):
        return stats_rejected(error)
    if isinstance(error, ListEditRefused):
        return describe_list_edit_refusal(error)
    if isinstance(error, VisaRefused):
        return describe_visa_refusal(error)
    if isinstance(error, DeliveryRejected):
        shown = error.problems[:5]
        text = Messages.tr("The delivery list was not imported, no decoder was added: "
                           "%n problem(s). ", "", len(error.problems))
        return text + " ; ".join(describe_roster_problem(p) for p in shown) + (
            " …" if len(error.problems) > len(shown) else "")
    return translate("Messages", "The operation could not be completed.")


def describe_database(error: DatabaseError) -> str:
    path = str(error.path)
    if isinstance(error, ServerUnreachable):
        if error.reason == "refused":
            return translate("Messages", "The centre's server {path} refused the connection "
                                         "(user name or password). Nothing was written. Ask "
                                         "the coordinator to check this PC's connection "
                                         "settings.").format(path=path)
        if error.reason == "no_database":
            return translate("Messages", "The centre's server {path} answers, but has no "
                                         "database of that name. Check the name (the server's "
                                         "set-up script makes it: guichet by default).").format(
                path=path)
        if error.reason == "address":
            return translate("Messages", "{path} is not an address Guichet can read. Write it "
                                         "as postgresql://user@server:5432/database.").format(
                path=path)
        if error.reason == "slow":
            return translate("Messages", "The centre's server {path} took too long to answer: "
                                         "nothing was written. Try again in a moment; if it "
                                         "keeps happening, tell the coordinator.").format(path=path)
        return translate("Messages", "The centre's server {path} does not answer (network cable, "
                                     "Wi-Fi or the server itself): nothing was written. Try "
                                     "again once it is back.").format(path=path)
    if isinstance(error, DiskFull):
        return translate("Messages", "The disk of {path} is full: nothing was written, and the "
                                     "database is as it was. Free some space (or ask the "
                                     "coordinator), then do it again.").format(path=path)
    if isinstance(error, NoDatabase):
        return translate("Messages", "There is no Guichet database at {path} (no file, or an "
                                     "empty one). Nothing was created: check the path, or "
                                     "start Guichet once to set the centre up.").format(path=path)
    if isinstance(error, NotADatabase):
        return translate("Messages", "{path} is not a Guichet database. Nothing was changed.").format(path=path)
    if isinstance(error, DatabaseDamaged):
        return translate("Messages", "The database {path} is damaged. It was not modified: "
                   "ask the coordinator to restore a backup.").format(path=path)
    if isinstance(error, DatabaseReadOnly):
        return translate("Messages", "The database {path} cannot be written (read-only file or folder).").format(
            path=path)
    if isinstance(error, DatabaseBusy):
        return translate("Messages", "The database {path} is in use by another Guichet. "
                   "Close it, then try again.").format(path=path)
    if isinstance(error, SchemaTooNew):
        return translate("Messages", "The database {path} was written by a newer Guichet. "
                   "Update Guichet on this PC.").format(path=path)
    return translate("Messages", "The database {path} cannot be opened.").format(path=path)


def describe_roster_problem(problem: RosterProblem) -> str:
    """One line of a rejected roster, with its line number."""
    texts = {
        roster.EMPTY: translate("Roster", "the file is empty"),
        roster.BINARY: translate("Roster", "not a text file (a CSV export is expected)"),
        roster.TOO_LARGE: translate("Roster", "file too large (over {detail} bytes)"),
        roster.TOO_MANY_LINES: translate(
            "Roster", "too many lines (over {detail}): is it the right file? Split it by sector"),
        roster.ENCODING: translate("Roster", "unreadable encoding (UTF-8 or Windows-1252 expected)"),
        roster.MISSING_COLUMN: translate("Roster", "required column missing: « {detail} »"),
        roster.DUPLICATE_COLUMN: translate("Roster", "column twice: « {detail} »"),
        roster.NO_DATA: translate("Roster", "no dwelling in the file"),
        roster.UNREADABLE_LINE: translate("Roster", "unreadable line ({detail})"),
        roster.TOO_MANY_CELLS: translate(
            "Roster", "more cells than columns ({detail}): a separator inside a cell?"),
        roster.MISSING_REFERENCE: translate("Roster", "landlord reference missing"),
        roster.MISSING_ADDRESS: translate("Roster", "address missing for {ref}"),
        roster.NO_SECTOR: translate("Roster", "no sector for {ref} (Secteur column, or choose a sector)"),
        roster.MIXED_ENCODING: translate(
            "Roster", "a character in another encoding than the rest of the file (UTF-8 mixed "
                      "with Windows-1252): save the file again as CSV UTF-8"),
        roster.SPANS_LINES: translate(
            "Roster", "a quote opened here is closed only on line {detail}: check the quotes "
                      "in this line"),
        roster.TOO_LONG: translate(
            "Roster", "a cell longer than {detail} characters: is a separator missing?"),
        roster.NOT_A_FILE: translate("Roster", "not a file (choose the CSV export itself)"),
        roster.CONFLICT: translate(
            "Roster", "{ref}: {column} « {detail} » here, but « {other_value} » on line {other_line}"),
        delivery.MISSING_SERIAL: translate("Roster", "serial number missing"),
        delivery.SERIAL_TWICE: translate("Roster", "the serial {detail} is also on line "
                                                   "{other_line}"),
        delivery.SERIAL_IN_STOCK: translate("Roster", "the decoder {detail} is already in the "
                                                      "stock"),
    }
    columns = {
        "sector": translate("Roster", "sector"),
        "address": translate("Roster", "address"),
        "building": translate("Roster", "building"),
        "entrance": translate("Roster", "staircase"),
        "floor": translate("Roster", "floor"),
        "door": translate("Roster", "door"),
    }
    text = texts.get(problem.code, problem.code).format(
        detail=problem.detail, ref=problem.ref, other_value=problem.other_value,
        other_line=problem.other_line, column=columns.get(problem.column, problem.column))
    if not problem.line:
        return text
    return translate("Roster", "line {line}: {text}").format(line=problem.line, text=text)


# --- reports said the same way by the window and the command line -------------


def audit_checked(entries: int, first_bad_id: int | None, unreadable: bool = False) -> str:
    if first_bad_id is None:
        return translate("Messages", "Audit trail intact: {count} entries checked.").format(
            count=entries)
    if unreadable:
        return translate("Messages", "Audit trail damaged: entry {id} cannot be read (a date or "
                                     "a detail that is not one).").format(id=first_bad_id)
    return translate("Messages", "Audit trail altered: entry {id} was changed, or an entry "
                                 "before it was deleted.").format(id=first_bad_id)


def retention_applied(cutoff, households: int, people: int, notes: int) -> str:  # type: ignore[no-untyped-def]
    return translate("Messages", "Retention applied (last contact before {date}): "
                                 "{households}, {people}, {notes}.").format(
        date=cutoff.strftime("%d/%m/%Y"),
        households=Messages.tr("%n household(s) anonymised", "", households),
        people=Messages.tr("%n person(s) anonymised", "", people),
        notes=Messages.tr("%n visit note(s) erased", "", notes))


def role_name(role) -> str:  # type: ignore[no-untyped-def]
    """A role in words (the window's team list and the command line)."""
    return {
        "coordinator": translate("Messages", "coordinator"),
        "reception": translate("Messages", "reception"),
        "volunteer": translate("Messages", "volunteer"),
    }[str(role)]


def correction_kept(kept) -> str:  # type: ignore[no-untyped-def]
    """One change made at the counter that a roster import kept (KeptCorrection)."""
    what = {
        "phone": translate("Messages", "the phone number given at the counter is kept"),
        "added": translate("Messages", "arrived in the household (recorded at the counter), "
                                       "kept although not on the file"),
        "left": translate("Messages", "left the household (recorded at the counter), kept "
                                      "out although still on the file"),
    }.get(str(kept.change), str(kept.change))
    return f"{kept.landlord_ref} — {kept.name} : {what}"


def corrections_kept(count: int) -> str:
    return Messages.tr("%n correction made at the counter kept:", "", count)


def household_erased(count: int, ref: str) -> str:
    return Messages.tr("%n person(s) of {ref} anonymised.", "", count).format(ref=ref)


def system_reason(number: int | None, detail: str) -> str:
    """The system's reason for a file that could not be read or written, in
    French for the usual ones (the system says them in English)."""
    import errno

    return {
        errno.ENOENT: translate("Messages", "the file or folder does not exist"),
        errno.EACCES: translate("Messages", "this account may not open it"),
        errno.EPERM: translate("Messages", "this account may not open it"),
        errno.EISDIR: translate("Messages", "it is a folder, not a file"),
        errno.ENOSPC: translate("Messages", "the disk is full"),
        errno.EROFS: translate("Messages", "the disk or stick is read-only"),
        errno.EIO: translate("Messages", "the disk or stick does not answer"),
    }.get(number or -1, detail)


def could_not_read(path: object, reason: object) -> str:
    return translate("Messages", "Could not read {file}: {reason}").format(file=path,
                                                                          reason=reason)


def audit_anchor(copy_name: str, copy_entries: int, live_entries: int, holds: bool) -> str:
    if holds:
        return translate("Messages", "It begins exactly as in the copy {file} ({count} entries "
                                     "then).").format(file=copy_name, count=copy_entries)
    return translate("Messages", "It no longer begins as in the copy {file}: entries were "
                                 "deleted or rewritten since ({count} entries in the copy, "
                                 "{live} now).").format(file=copy_name, count=copy_entries,
                                                        live=live_entries)


def audit_fingerprint(entries: int, fingerprint: str) -> str:
    return translate("Messages", "Fingerprint of the trail to note down: {count} entries, "
                                 "{fingerprint}.").format(count=entries, fingerprint=fingerprint)


def journal_set_aside(paths: list) -> str:  # type: ignore[type-arg]
    return translate("Messages", "A journal file beside the database did not belong to it: it "
                                 "was set aside, untouched, as {files}, and the database was "
                                 "opened without it. Nothing was lost from the database; tell "
                                 "the coordinator.").format(
        files=", ".join(str(p) for p in paths))


def vote_channel(channel: str) -> str:
    """How a vote came in, as the card and the refusals say it."""
    if channel == "caretaker":
        return translate("Messages", "through the caretaker")
    return translate("Messages", "at the counter")


def describe_vote_refusal(error: VoteRefused) -> str:
    when = error.at.strftime("%d/%m/%Y %H:%M") if error.at else ""
    if error.reason == "already_voted":
        text = translate("Messages", "This dwelling has already voted ({channel}, on {when}): "
                                     "one vote per dwelling. Nothing was recorded.")
        if error.detail:
            text = translate("Messages", "The dwelling {ref} has already voted ({channel}, on "
                                         "{when}): one vote per dwelling. Nothing was recorded.")
        return text.format(channel=vote_channel(error.channel), when=when, ref=error.detail)
    return {
        "already_voted_now": translate("Messages", "Another counter recorded this dwelling's "
                                                   "vote at the same moment: nothing was "
                                                   "recorded here."),
        "not_eligible": translate("Messages", "This dwelling is not invited to this vote "
                                              "(another sector, or not on the roster when the "
                                              "vote opened). Nothing was recorded."),
        "poll_not_open": translate("Messages", "No vote is open for this dwelling's sector: "
                                               "nothing was recorded."),
        "poll_not_draft": translate("Messages", "This vote is already open: its question and "
                                                "rules can no longer change."),
        "poll_not_closed": translate("Messages", "Close the vote first: the count comes after "
                                                 "the last ballot."),
        "already_counted": translate("Messages", "This vote has already been counted."),
        "not_counted": translate("Messages", "This vote has not been counted yet."),
        "unknown_poll": translate("Messages", "This vote no longer exists."),
        "unknown_sector": translate("Messages", "This sector no longer exists."),
        "unknown_batch": translate("Messages", "This batch no longer exists."),
        "open_poll_exists": translate("Messages", "A vote is already open in this sector: close "
                                                  "it before opening another."),
        "no_dwellings": translate("Messages", "This sector has no dwelling on the roster: "
                                              "import the landlord's list first."),
        "question_missing": translate("Messages", "Type the question put to the tenants."),
        "question_too_long": translate("Messages", "The question is too long (at most {detail} "
                                                   "characters)."),
        "quorum": translate("Messages", "The quorum is a participation between 1 and 100 %."),
        "closes_on_past": translate("Messages", "The last day of the vote is already past."),
        "closes_on_missing": translate("Messages", "Set the vote's last day first: the "
                                                   "invitations print it."),
        "code_mistyped": translate("Messages", "This code is mistyped (its last digit does not "
                                               "match): check the 12 digits on the letter."),
        "code_unknown": translate("Messages", "Unknown code: this letter was not printed by "
                                              "this centre's Guichet."),
        "code_replaced": translate("Messages", "This letter was replaced on {when} by a new "
                                               "one: ask for the new letter, or search the "
                                               "household by name."),
        "batch_unbalanced": translate("Messages", "The batch does not balance: {signed} "
                                                  "signatures for {ballots} ballots. Nothing was "
                                                  "recorded."),
        "urn_unbalanced": translate("Messages", "The urn does not balance: {signed} signatures "
                                                "at the counter for {ballots} ballots. Count "
                                                "again; nothing was recorded."),
        "batch_empty": translate("Messages", "The batch is empty: tick the dwellings and type "
                                             "the counts."),
        "count_negative": translate("Messages", "A count cannot be negative."),
        "duplicate_in_batch": translate("Messages", "A dwelling is twice in this batch."),
        "bearer_missing": translate("Messages", "Type the caretaker's name."),
        "bearer_too_long": translate("Messages", "The name is too long (at most {detail} "
                                                 "characters)."),
        "batch_cancelled": translate("Messages", "This batch is already cancelled."),
        "caretakers_not_used": translate("Messages", "This vote does not collect ballots "
                                                     "through the caretakers."),
        "urn_not_used": translate("Messages", "This vote has no paper urn: its ballots were "
                                              "cast on screen."),
        "urn_entered": translate("Messages", "The urn has already been entered (cancel it "
                                             "first to enter it again)."),
        "urn_needed": translate("Messages", "Enter the paper urn's count first ({detail} "
                                            "signatures at the counter)."),
        "counts_disagree": translate("Messages", "The register and the ballots disagree: the "
                                                 "results cannot be published. Nothing was "
                                                 "changed."),
        "choice_missing": translate("Messages", "No choice was made: nothing was recorded."),
        "choice_not_on_screen": translate("Messages", "This vote uses the paper urn: no choice "
                                                      "is recorded on screen."),
        "blank_not_allowed": translate("Messages", "Blank votes are not offered in this vote."),
        "signer_unknown": translate("Messages", "This person is no longer in the household."),
        "commission_size": translate("Messages", "The commission has two or three members: no one alone may open the ballot box."),
        "member_name_missing": translate("Messages", "Type each commission member's name."),
        "passphrase_short": translate("Messages", "The passphrase of {detail} is too short: at "
                                                  "least 12 characters (a few words)."),
        "passphrase_same": translate("Messages", "Each member has their own name and their own "
                                                 "passphrase."),
        "wrong_passphrase": translate("Messages", "Wrong passphrase for {detail}: nothing was "
                                                  "opened. Try again."),
        "not_enough_members": translate("Messages", "Two members of the commission must type "
                                                    "their passphrases."),
        "reason_missing": translate("Messages", "Say why (it goes in the audit log): nothing "
                                                "was changed."),
    }.get(error.reason, error.reason).format(
        detail=error.detail, when=when,
        signed=error.detail.partition("/")[0], ballots=error.detail.partition("/")[2])


def describe_handout_refusal(error: HandoutRefused) -> str:
    when = error.at.strftime("%d/%m/%Y %H:%M") if error.at else ""
    if error.reason == "serial_out":
        return translate("Messages", "This decoder is already handed out: to {ref}, on {when}"
                                     "{by}. Scan another one.").format(
            ref=error.detail, when=when,
            by=translate("Messages", ", by {name}").format(name=error.by) if error.by else "")
    return {
        "serial_missing": translate("Messages", "Scan or type the decoder's serial number."),
        "serial_too_long": translate("Messages", "A serial number is at most {detail} "
                                                 "characters: was something else scanned?"),
        "serial_known": translate("Messages", "The decoder {detail} is already in the stock."),
        "serial_is_letter": translate("Messages", "{detail} is a tenant's letter code, not a "
                                                  "serial: scan the label on the box."),
        "serial_is_reference": translate("Messages", "{detail} is a dwelling's reference, not a "
                                                     "serial: scan the label on the box."),
        "serial_unknown": translate("Messages", "Unknown serial « {detail} »: this decoder is "
                                                "not in the stock. Check the label, or add it "
                                                "to the stock first."),
        "not_a_decoder": translate("Messages", "« {detail} » is a computer, not a decoder."),
        "serial_unavailable": translate("Messages", "This decoder cannot go out (it is marked "
                                                    "faulty or sold): take another one."),
        "sector_not_adopted": translate("Messages", "The sector {detail} has not adopted the "
                                                    "offer: no decoder is handed out there."),
        "dwelling_has_one": translate("Messages", "This dwelling already has a decoder ({detail}, "
                                                  "since {when}): one per dwelling. A faulty "
                                                  "one is replaced, not doubled."),
        "dwelling_has_one_now": translate("Messages", "Another counter handed a decoder to this "
                                                      "dwelling at the same moment: nothing was "
                                                      "recorded here."),
        "collector_missing": translate("Messages", "Who collects the decoder? Choose a member "
                                                   "of the household or type the name."),
        "collector_too_long": translate("Messages", "The name is too long (at most {detail} "
                                                    "characters)."),
        "reason_missing": translate("Messages", "Say why (it goes in the audit log): nothing "
                                                "was changed."),
        "nothing_to_replace": translate("Messages", "This dwelling has no decoder to replace."),
        "nothing_to_return": translate("Messages", "This dwelling has no decoder to bring back."),
        "nothing_to_cancel": translate("Messages", "This dwelling has no handout to cancel."),
        "replacement_not_cancelled": translate("Messages", "A replacement is not cancelled: "
                                                           "bring the decoder back instead."),
        "price_not_a_tier": translate("Messages", "{detail} is not one of the centre's computer "
                                                  "prices (Settings)."),
        "payment_not_taken": translate("Messages", "A computer is paid in cash or by cheque."),
        "not_a_computer": translate("Messages", "« {detail} » is a decoder, not a computer."),
        "computer_sold": translate("Messages", "The computer {detail} is already sold."),
        "letters_not_adopted": translate("Messages", "The sector {detail} has not adopted the "
                                                     "offer: there is no handout day to "
                                                     "announce there. Its offer is set after the "
                                                     "vote, or in Settings › Sectors."),
        "no_dwelling_without_decoder": translate("Messages", "Every dwelling of {detail} on the "
                                                             "roster already has a decoder: no "
                                                             "letter to make."),
        "handout_day_missing": translate("Messages", "Choose the handout day."),
        "too_many_handout_days": translate("Messages", "At most {detail} handout days on a "
                                                       "letter."),
        "handout_day_past": translate("Messages", "The day {detail} is past: choose today or a "
                                                  "later day."),
        "handout_hours_missing": translate("Messages", "Type the hours of the handout day (for "
                                                       "example: 9 am to 12 noon)."),
        "letter_text_too_long": translate("Messages", "The hours, the place and what to bring "
                                                      "are at most {detail} characters each, to "
                                                      "stay large on the letter."),
        "unknown_sector": translate("Messages", "This sector no longer exists: choose another "
                                                "one."),
        "computer_not_sold": translate("Messages", "The computer {detail} has no sale to "
                                                   "cancel: it is in the stock, or its sale "
                                                   "was cancelled already."),
        "closing_note_missing": translate("Messages", "The count differs from what the day's "
                                                      "sales say: write a note saying why (it "
                                                      "is printed on the closing sheet). "
                                                      "Nothing was recorded."),
        "closing_amount_negative": translate("Messages", "An amount counted or a number of "
                                                         "cheques is zero or more, under "
                                                         "100 000 €: nothing was recorded."),
        "closing_note_too_long": translate("Messages", "The note is too long (at most {detail} "
                                                       "characters): nothing was recorded."),
        "closing_day_future": translate("Messages", "A day that has not come yet cannot be "
                                                    "closed: choose today or an earlier day."),
    }.get(error.reason, error.reason).format(detail=error.detail, when=when)


def describe_appointment_refusal(error: AppointmentRefused) -> str:
    """A slot, a booking or a scanned slip refused: what happened, and that
    nothing was written."""
    from app.documents.labels import long_date

    day = long_date(error.at) if error.at else ""
    hour = error.at.strftime("%H:%M") if error.at else ""
    when = error.at.strftime("%d/%m/%Y %H:%M") if error.at else ""
    return {
        "code_mistyped": translate("Messages", "This slip's code is mistyped (its last digit "
                                               "does not match): check the 13 digits under "
                                               "the QR code. Nothing was recorded."),
        "code_unknown": translate("Messages", "Unknown appointment code: this slip was not "
                                              "printed by this centre's Guichet. Nothing was "
                                              "recorded."),
        "cancelled": translate("Messages", "This appointment was cancelled: the slip is no "
                                           "longer valid. Nothing was recorded."),
        "moved": translate("Messages", "This appointment was moved to {day} at {hour}: this "
                                       "slip is no longer valid. Nothing was recorded."),
        "already_used": translate("Messages", "This slip was already used on {when}: the "
                                              "household was checked in then. Nothing was "
                                              "recorded."),
        "earlier_day": translate("Messages", "This slip was for {day} at {hour}, a day already "
                                             "past. Book another appointment. Nothing was "
                                             "recorded."),
        "later_day": translate("Messages", "This slip is for {day} at {hour}, not today: come "
                                           "back that day. Nothing was recorded."),
        "slot_full": translate("Messages", "This slot is full: choose another one. Nothing was "
                                           "recorded."),
        "slot_past": translate("Messages", "This slot has already begun or is past: choose a "
                                           "later one. Nothing was recorded."),
        "slot_cancelled": translate("Messages", "This slot was cancelled: choose another one. "
                                                "Nothing was recorded."),
        "unknown_slot": translate("Messages", "This slot no longer exists (another counter "
                                              "may have changed it)."),
        "unknown_appointment": translate("Messages", "This appointment no longer exists "
                                                     "(another counter may have changed it)."),
        "overlap": translate("Messages", "Another slot at « {detail} » overlaps this one "
                                         "({when}): one place, one slot at a time. Nothing was "
                                         "created."),
        "holiday": translate("Messages", "{day} is a public holiday ({detail}): the centre "
                                         "is closed. Nothing was created."),
        "pending_of_kind": translate("Messages", "This household already has an appointment "
                                                 "of this kind on {day} at {hour}. Move it, or "
                                                 "say why a second one is needed."),
        "already_booked": translate("Messages", "This household is already booked in this "
                                                "slot."),
        "not_booked": translate("Messages", "This appointment is no longer booked (attended, "
                                            "missed or cancelled): nothing was changed."),
        "same_slot": translate("Messages", "The appointment is already in this slot."),
        "kind_differs": translate("Messages", "An appointment moves to a slot of the same "
                                              "kind: cancel it and book the other kind "
                                              "instead."),
        "reason_missing": translate("Messages", "Say why (it is kept with the appointment): "
                                                "nothing was changed."),
        "reason_too_long": translate("Messages", "The reason is too long (at most {detail} "
                                                 "characters)."),
        "note_too_long": translate("Messages", "The note is too long (at most {detail} "
                                               "characters)."),
        "place_missing": translate("Messages", "Type where the appointment takes place."),
        "place_too_long": translate("Messages", "The place is too long (at most {detail} "
                                                "characters)."),
        "length_invalid": translate("Messages", "A slot lasts between 5 and {detail} "
                                                "minutes."),
        "capacity_invalid": translate("Messages", "A slot takes between 1 and {detail} "
                                                  "households."),
        "series_end_invalid": translate("Messages", "The last day of the series comes before "
                                                    "its first slot."),
        "series_too_long": translate("Messages", "A weekly series has at most {detail} "
                                                 "slots: choose an earlier last day."),
        "days_invalid": translate("Messages", "The agenda covers between 1 and {detail} "
                                              "days."),
    }.get(error.reason, error.reason).format(detail=error.detail, day=day, hour=hour,
                                             when=when)


def describe_list_edit_refusal(error: ListEditRefused) -> str:
    """A topic of the survey or a skill of the Visa grid not changed, or a
    person's needs not recorded."""
    if error.what == "skill":
        texts = {
            "label_missing": translate("Messages", "Type the skill's wording: nothing was "
                                                   "changed."),
            "label_exists": translate("Messages", "The grid already has the skill « {detail} »: "
                                                  "nothing was changed."),
            "unknown_item": translate("Messages", "This skill no longer exists (another PC "
                                                  "may have changed the grid)."),
            "already_retired": translate("Messages", "This skill is already off the grid."),
            "not_retired": translate("Messages", "This skill is already on the grid."),
            "first": translate("Messages", "This skill is already first."),
            "last": translate("Messages", "This skill is already last."),
        }
    else:
        texts = {
            "label_missing": translate("Messages", "Type the topic's name: nothing was "
                                                   "changed."),
            "label_exists": translate("Messages", "The list already has the topic « {detail} »: "
                                                  "nothing was changed."),
            "unknown_item": translate("Messages", "This topic no longer exists (another PC may "
                                                  "have changed the list)."),
            "already_retired": translate("Messages", "This topic is already off the survey."),
            "not_retired": translate("Messages", "This topic is already on the survey."),
            "topic_retired": translate("Messages", "The topic « {detail} » was taken off the "
                                                   "survey meanwhile: nothing was recorded."),
            "unknown_person": translate("Messages", "This person is no longer in the database "
                                                    "(another counter may have changed it)."),
        }
    if error.reason == "label_too_long":
        return translate("Messages", "The wording is too long (at most {detail} "
                                     "characters).").format(detail=error.detail)
    return texts.get(error.reason, error.reason).format(detail=error.detail)


def describe_visa_refusal(error: VisaRefused) -> str:
    """A Visa Internet act refused: what to do, and that nothing was written."""
    if error.reason == "incomplete":
        return Messages.tr("The grid is not complete: %n skill(s) still to validate. No "
                           "certificate was issued.", "", error.count)
    day = error.at.strftime("%d/%m/%Y") if error.at else ""
    return {
        "unknown_person": translate("Messages", "This person is no longer in the database "
                                                "(another counter may have changed it)."),
        "unknown_skill": translate("Messages", "This skill no longer exists (another PC may "
                                               "have changed the grid)."),
        "skill_retired": translate("Messages", "The skill « {detail} » was taken off the grid: "
                                               "nothing was recorded."),
        "date_future": translate("Messages", "A skill is validated on a day already come: "
                                             "choose today or an earlier day."),
        "date_too_old": translate("Messages", "That day is before the programme began ({detail}): "
                                              "check the date."),
        "facilitator_missing": translate("Messages", "Type the name of the facilitator who saw "
                                                     "the skill: nothing was recorded."),
        "facilitator_too_long": translate("Messages", "The facilitator's name is too long (at "
                                                      "most {detail} characters)."),
        "already_validated": translate("Messages", "This skill was already validated on {day} "
                                                   "with {detail}."),
        "not_validated": translate("Messages", "This skill is not validated: nothing to "
                                               "withdraw."),
        "certificate_issued": translate("Messages", "The certificate {detail} is issued: its "
                                                    "skills can no longer be withdrawn."),
        "already_issued": translate("Messages", "This person already holds the certificate "
                                                "{detail}: reprint it instead (it comes out "
                                                "marked DUPLICATA)."),
    }.get(error.reason, error.reason).format(detail=error.detail, day=day)


def _rank(value: str) -> str:
    """« 1re », « 2e »: a place on a waiting list, in French."""
    return "1re" if value == "1" else f"{value}e"


def describe_workshop_refusal(error: WorkshopRefused) -> str:
    """A workshop, a sign-up or a scanned workshop slip refused: what
    happened, and that nothing was written."""
    from app.documents.labels import long_date

    day = long_date(error.at) if error.at else ""
    hour = error.at.strftime("%H:%M") if error.at else ""
    rank = _rank(error.detail) if error.detail.isdigit() else error.detail
    sentence = {
        "title_missing": translate("Messages", "Type the workshop's title."),
        "title_too_long": translate("Messages", "The title is too long (at most {detail} "
                                                "characters)."),
        "place_missing": translate("Messages", "Type where the workshop takes place."),
        "place_too_long": translate("Messages", "The place is too long (at most {detail} "
                                                "characters)."),
        "facilitator_too_long": translate("Messages", "The facilitator's name is too long (at "
                                                      "most {detail} characters)."),
        "capacity_invalid": translate("Messages", "A workshop takes between 1 and {detail} "
                                                  "people."),
        "sessions_invalid": translate("Messages", "A series has between 1 and {detail} "
                                                  "sessions."),
        "times_invalid": translate("Messages", "A session ends after it starts and lasts "
                                               "15 minutes to {detail} hours."),
        "start_past": translate("Messages", "The first session is in the past: choose a later "
                                            "day or time. Nothing was created."),
        "holiday": translate("Messages", "{day} is a public holiday ({detail}): the centre is "
                                         "closed. Nothing was created."),
        "unknown_workshop": translate("Messages", "This workshop no longer exists (another "
                                                  "counter may have changed it)."),
        "unknown_session": translate("Messages", "This session no longer exists (another "
                                                 "counter may have changed it)."),
        "unknown_signup": translate("Messages", "This sign-up no longer exists (another "
                                                "counter may have changed it)."),
        "unknown_person": translate("Messages", "This person is no longer on the household's "
                                                "list: choose another one."),
        "unknown_topic": translate("Messages", "This theme no longer exists: choose another "
                                               "one."),
        "workshop_cancelled": translate("Messages", "This workshop was cancelled. Nothing was "
                                                    "recorded."),
        "session_cancelled": translate("Messages", "The session of {day} was cancelled. "
                                                   "Nothing was recorded."),
        "session_attended": translate("Messages", "The session of {day} has attendance "
                                                  "recorded: it cannot be cancelled."),
        "workshop_over": translate("Messages", "This workshop is over: every session has been "
                                               "held. Nothing was recorded."),
        "capacity_under": translate("Messages", "{detail} people are registered already: the "
                                                "capacity cannot be lower. Cancel sign-ups "
                                                "first."),
        "already_registered": translate("Messages", "This person is already registered for "
                                                    "this workshop. Nothing was recorded."),
        "already_waiting": translate("Messages", "This person is already on the waiting list "
                                                 "({rank}). Nothing was recorded."),
        "not_active": translate("Messages", "This sign-up was cancelled already: nothing was "
                                            "changed."),
        "not_registered": translate("Messages", "Only a registered person can be ticked "
                                                "present (not someone on the waiting list)."),
        "not_held_yet": translate("Messages", "This session has not come yet ({day} at "
                                              "{hour}): attendance is ticked on its day."),
        "reason_missing": translate("Messages", "Say why (it is kept with the sign-up): "
                                                "nothing was changed."),
        "reason_too_long": translate("Messages", "The reason is too long (at most {detail} "
                                                 "characters)."),
        "code_mistyped": translate("Messages", "This workshop slip's code is mistyped (its last "
                                               "digit does not match): check the 14 digits "
                                               "under the QR code. Nothing was recorded."),
        "code_unknown": translate("Messages", "Unknown workshop code: this slip was not "
                                              "printed by this centre's Guichet. Nothing was "
                                              "recorded."),
        "signup_cancelled": translate("Messages", "This sign-up was cancelled: the slip is no "
                                                  "longer valid. Nothing was recorded."),
        "waiting": translate("Messages", "This person is still on the waiting list ({rank}), "
                                         "not registered: no place is free for them yet. "
                                         "Nothing was recorded."),
        "no_session_today": translate("Messages", "This workshop has no session today. "
                                                  "Nothing was recorded."),
        "already_recorded": translate("Messages", "This person was already recorded present "
                                                  "today at {hour}. Nothing was recorded."),
    }.get(error.reason, error.reason)
    if error.reason == "no_session_today" and error.at is not None:
        sentence += " " + translate("Messages", "Next session: {day} at {hour}.")
    return sentence.format(detail=error.detail, day=day, hour=hour, rank=rank)


def describe_report_refusal(error: ReportRefused) -> str:
    """A programme report or a statistics file not made."""
    start, _, end = error.detail.partition("/")

    def day(text: str) -> str:
        return "/".join(reversed(text.split("-")))

    return {
        "period_order": translate("Messages", "The period ends ({end}) before it starts "
                                              "({start}): choose the dates again."),
        "period_unreadable": translate("Messages", "« {detail} » is not a period: type a year "
                                                   "(2026), a half-year (2026-S1), a quarter "
                                                   "(2026-Q3) or two dates "
                                                   "(2026-01-01:2026-06-30)."),
        "unknown_sector": translate("Messages", "This sector no longer exists: choose another "
                                                "one."),
        "no_centre": translate("Messages", "The centre is not set up yet: nothing was "
                                           "exported."),
    }.get(error.reason, error.reason).format(detail=error.detail, start=day(start), end=day(end))


def stats_problem(problem: StatsFileProblem) -> str:
    """Why one statistics file was refused, after its name."""
    reason = {
        "not_json": translate("Messages", "not a statistics file (it cannot be read as JSON)"),
        "not_stats": translate("Messages", "not a Guichet statistics file"),
        "version": translate("Messages", "made by another version of Guichet (version "
                                         "{detail}): ask the centre for a new export"),
        "signature": translate("Messages", "its signature does not match: the file was changed "
                                           "after it was exported"),
        "counts": translate("Messages", "a count is neither a number nor « <5 » ({detail})"),
        "period_order": translate("Messages", "its period ends before it starts"),
        "not_read": translate("Messages", "it cannot be read ({detail})"),
        "other_key": translate("Messages", "« {detail} » was imported before with another key: "
                                           "a reinstalled Guichet, or a file not made by "
                                           "that centre. Check with the centre, then import "
                                           "it again accepting its new key"),
    }.get(problem.reason, problem.reason).format(detail=problem.detail)
    return translate("Messages", "{file}: {reason}").format(file=problem.file, reason=reason)


def stats_rejected(error: StatsRejected) -> str:
    return Messages.tr("%n file(s) refused, nothing was imported: ", "",
                       len(error.problems)) + " ; ".join(stats_problem(p) for p in error.problems)


def stats_imported(file: str, centre: str, outcome: str) -> str:
    """One imported file's line: added, replaced, kept_newer, same."""
    return {
        "added": translate("Messages", "{file}: {centre}, imported."),
        "replaced": translate("Messages", "{file}: {centre}, imported; it replaces an older "
                                          "export of the same period."),
        "kept_newer": translate("Messages", "{file}: {centre}, not imported: a newer export of "
                                            "the same period is already there."),
        "same": translate("Messages", "{file}: {centre}, already imported."),
    }.get(outcome, outcome).format(file=file, centre=centre)
