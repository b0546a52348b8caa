"""Typed errors from the core turned into translated sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain import roster
from app.domain.errors import (
    AccountExists,
    AccountLocked,
    AuthenticationFailed,
    BackupFailed,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseReadOnly,
    FileNotRead,
    FileNotWritten,
    GuichetError,
    NotADatabase,
    PermissionDenied,
    PrintFailed,
    RestoreRefused,
    RosterProblem,
    SchemaTooNew,
    UnknownHousehold,
    WeakSecret,
)


def describe(error: GuichetError) -> str:
    """One sentence a volunteer can act on. (translate() is spelled out each
    time so that pyside6-lupdate finds every sentence.)"""
    if isinstance(error, DatabaseError):
        return describe_database(error)
    if isinstance(error, AuthenticationFailed):
        return QCoreApplication.translate("Messages", "Wrong name or secret. Try again.")
    if isinstance(error, AccountLocked):
        return QCoreApplication.translate("Messages", "Too many attempts. Wait {seconds} seconds, then try again.").format(
            seconds=error.seconds_left)
    if isinstance(error, WeakSecret):
        return QCoreApplication.translate("Messages", "Too short: at least {count} characters.").format(count=error.min_length)
    if isinstance(error, AccountExists):
        return QCoreApplication.translate("Messages", "An account named {name} already exists.").format(name=error.name)
    if isinstance(error, FileNotRead):
        return QCoreApplication.translate("Messages", "Could not read {file}: {reason}").format(
            file=error.path, reason=error.detail)
    if isinstance(error, FileNotWritten):
        return QCoreApplication.translate("Messages", "Could not write {file}: {reason}").format(
            file=error.path, reason=error.detail)
    if isinstance(error, BackupFailed):
        reason = {
            "disk_full": QCoreApplication.translate("Messages", "the stick is full"),
            "removed": QCoreApplication.translate("Messages", "the stick was removed or does not answer"),
            "not_writable": QCoreApplication.translate("Messages", "nothing can be written there"),
            "verify_failed": QCoreApplication.translate("Messages", "the copy read back differs"),
        }.get(error.reason, error.reason)
        return QCoreApplication.translate(
            "Messages", "Backup failed: {reason}. No file was left there and the database "
            "was not touched.").format(reason=reason)
    if isinstance(error, RestoreRefused):
        reason = {
            "unreadable": QCoreApplication.translate("Messages", "the file cannot be read"),
            "not_a_backup": QCoreApplication.translate("Messages", "it is not a Guichet backup"),
            "wrong_passphrase": QCoreApplication.translate("Messages", "wrong passphrase, or a damaged file"),
            "passphrase_needed": QCoreApplication.translate("Messages", "this backup needs its passphrase"),
            "damaged": QCoreApplication.translate("Messages", "the backup is damaged"),
            "newer_schema": QCoreApplication.translate("Messages", "it comes from a newer Guichet"),
        }.get(error.reason, error.reason)
        return QCoreApplication.translate(
            "Messages", "Restore refused: {reason}. The current database was not changed.").format(
            reason=reason)
    if isinstance(error, PrintFailed):
        reason = {
            "no_printer": QCoreApplication.translate("Messages", "no printer is chosen for this document"),
            "unavailable": QCoreApplication.translate("Messages", "the printer {printer} is off, unplugged or missing"),
            "job_error": QCoreApplication.translate("Messages", "the printer {printer} refused the job"),
        }.get(error.reason, error.reason).format(printer=error.printer)
        return QCoreApplication.translate(
            "Messages", "Not printed: {reason}. Nothing is lost: the document is kept in "
            "Impressions, to print again or save on a USB stick.").format(reason=reason)
    if isinstance(error, UnknownHousehold):
        return QCoreApplication.translate("Messages", "No household with the reference {ref}.").format(
            ref=error.key)
    if isinstance(error, PermissionDenied):
        return QCoreApplication.translate("Messages", "Your account may not do this. Ask the coordinator.")
    return QCoreApplication.translate("Messages", "The operation could not be completed.")


def describe_database(error: DatabaseError) -> str:
    path = str(error.path)
    if isinstance(error, NotADatabase):
        return QCoreApplication.translate("Messages", "{path} is not a Guichet database. Nothing was changed.").format(path=path)
    if isinstance(error, DatabaseDamaged):
        return QCoreApplication.translate("Messages", "The database {path} is damaged. It was not modified: "
                   "ask the coordinator to restore a backup.").format(path=path)
    if isinstance(error, DatabaseReadOnly):
        return QCoreApplication.translate("Messages", "The database {path} cannot be written (read-only file or folder).").format(
            path=path)
    if isinstance(error, DatabaseBusy):
        return QCoreApplication.translate("Messages", "The database {path} is in use by another Guichet. "
                   "Close it, then try again.").format(path=path)
    if isinstance(error, SchemaTooNew):
        return QCoreApplication.translate("Messages", "The database {path} was written by a newer Guichet. "
                   "Update Guichet on this PC.").format(path=path)
    return QCoreApplication.translate("Messages", "The database {path} cannot be opened.").format(path=path)


def describe_roster_problem(problem: RosterProblem) -> str:
    """One line of a rejected roster, with its line number."""
    texts = {
        roster.EMPTY: QCoreApplication.translate("Roster", "the file is empty"),
        roster.BINARY: QCoreApplication.translate("Roster", "not a text file (a CSV export is expected)"),
        roster.TOO_LARGE: QCoreApplication.translate("Roster", "file too large (over {detail} bytes)"),
        roster.TOO_MANY_LINES: QCoreApplication.translate(
            "Roster", "too many lines (over {detail}): is it the right file? Split it by sector"),
        roster.ENCODING: QCoreApplication.translate("Roster", "unreadable encoding (UTF-8 or Windows-1252 expected)"),
        roster.MISSING_COLUMN: QCoreApplication.translate("Roster", "required column missing: « {detail} »"),
        roster.DUPLICATE_COLUMN: QCoreApplication.translate("Roster", "column twice: « {detail} »"),
        roster.NO_DATA: QCoreApplication.translate("Roster", "no dwelling in the file"),
        roster.UNREADABLE_LINE: QCoreApplication.translate("Roster", "unreadable line ({detail})"),
        roster.TOO_MANY_CELLS: QCoreApplication.translate(
            "Roster", "more cells than columns ({detail}): a separator inside a cell?"),
        roster.MISSING_REFERENCE: QCoreApplication.translate("Roster", "landlord reference missing"),
        roster.MISSING_ADDRESS: QCoreApplication.translate("Roster", "address missing for {ref}"),
        roster.NO_SECTOR: QCoreApplication.translate("Roster", "no sector for {ref} (Secteur column, or choose a sector)"),
        roster.CONFLICT: QCoreApplication.translate(
            "Roster", "{ref}: {column} « {detail} » here, but « {other_value} » on line {other_line}"),
    }
    columns = {
        "sector": QCoreApplication.translate("Roster", "sector"),
        "address": QCoreApplication.translate("Roster", "address"),
        "building": QCoreApplication.translate("Roster", "building"),
        "entrance": QCoreApplication.translate("Roster", "staircase"),
        "floor": QCoreApplication.translate("Roster", "floor"),
        "door": QCoreApplication.translate("Roster", "door"),
    }
    text = texts.get(problem.code, problem.code).format(
        detail=problem.detail, ref=problem.ref, other_value=problem.other_value,
        other_line=problem.other_line, column=columns.get(problem.column, problem.column))
    if not problem.line:
        return text
    return QCoreApplication.translate("Roster", "line {line}: {text}").format(line=problem.line, text=text)
