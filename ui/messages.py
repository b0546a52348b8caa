"""Typed errors from the core turned into translated sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.errors import (
    AccountExists,
    BackupFailed,
    RestoreRefused,
    UnknownHousehold,
    AccountLocked,
    AuthenticationFailed,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseReadOnly,
    GuichetError,
    NotADatabase,
    PermissionDenied,
    PrintFailed,
    SchemaTooNew,
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
