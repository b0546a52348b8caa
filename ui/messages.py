"""Typed errors from the core turned into translated sentences."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.errors import (
    AccountExists,
    AccountLocked,
    AuthenticationFailed,
    DatabaseBusy,
    DatabaseDamaged,
    DatabaseError,
    DatabaseReadOnly,
    GuichetError,
    NotADatabase,
    PermissionDenied,
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
