"""Backups: automatic ones beside the database (rotated, verified), encrypted
ones on a USB stick, and restore with the current database kept first."""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import tempfile
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain import clock, crypto
from app.domain.defaults import MIN_PASSPHRASE_LENGTH
from app.domain.errors import BackupFailed, CopyRefused, RestoreRefused, WeakSecret
from app.domain.roles import Permission
from app.services.context import Actor, Permit, require, unit_of_work
from app.services.housekeeping import (
    backups_folder,
    local_anchor,
    rotate_before_restore,
    work_folder,
)
from db import claims
from db.backup import check_copy, copy_live, inspect_copy
from db.engine import SCHEMA_HEAD, Database, open_database

if TYPE_CHECKING:
    from db.copy import TableCheck

KEEP_DAILY = 7
KEEP_WEEKLY = 4
SUFFIX = ".guichet-backup"
_AUTO_NAME = re.compile(r"^auto-(\d{8})-(\d{6})\.sqlite3$")


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def auto_backup(db: Database, now: datetime | None = None) -> Path:
    """A verified copy in backups/ beside the database, then the rotation."""
    assert db.path is not None
    now = now or clock.now()
    folder = backups_folder(db.path)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"auto-{_stamp(now)}.sqlite3"
    with _written_whole(target) as partial:
        copy_live(db, partial)
        if check_copy(partial) is None:
            raise BackupFailed("verify_failed", target)
    rotate(folder, now)
    return target


def last_auto_backup(db_path: Path) -> datetime | None:
    stamps = [_parse(p.name) for p in backups_folder(db_path).glob("auto-*.sqlite3")]
    return max((s for s in stamps if s), default=None)


def _parse(name: str) -> datetime | None:
    match = _AUTO_NAME.match(name)
    return datetime.strptime(f"{match[1]}{match[2]}", "%Y%m%d%H%M%S") if match else None


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Keep the newest backup of each of the last 7 days and of each of the last
    4 weeks; delete the other automatic backups. Returns what was deleted."""
    dated = sorted(((when, path) for path in folder.glob("auto-*.sqlite3")
                    if (when := _parse(path.name))), reverse=True)
    keep: set[Path] = set()
    days: set[object] = set()
    weeks: set[object] = set()
    for when, path in dated:
        day, week = when.date(), when.isocalendar()[:2]
        if day not in days and len(days) < KEEP_DAILY and now - when < timedelta(days=KEEP_DAILY):
            days.add(day)
            keep.add(path)
        if week not in weeks and len(weeks) < KEEP_WEEKLY:
            weeks.add(week)
            keep.add(path)
    deleted = [path for _, path in dated if path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted


def export_file_name(centre_name: str, now: datetime) -> str:
    ascii_name = unicodedata.normalize("NFKD", centre_name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^A-Za-z0-9]+", "-", ascii_name).strip("-")[:40] or "centre"
    return f"Guichet-{slug}-{now:%Y-%m-%d-%H%M}{SUFFIX}"


@dataclass(frozen=True)
class ExportedBackup:
    path: Path
    size: int


def export_backup(db: Database, actor: Actor, folder: Path, passphrase: str,
                  centre_name: str, now: datetime | None = None) -> ExportedBackup:
    """One encrypted file in `folder` (a USB stick): written under a temporary
    name, read back and checked, then renamed. Any failure leaves no file."""
    permit = require(actor, Permission.BACKUP)
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:  # whoever calls: window, CLI, a script
        raise WeakSecret(MIN_PASSPHRASE_LENGTH)
    if not Path(folder).is_dir():  # a mistyped folder, or a stick not plugged in
        raise BackupFailed("no_folder", Path(folder))
    now = now or clock.now()
    target = Path(folder) / export_file_name(centre_name, now)
    with tempfile.TemporaryDirectory(prefix=f"{os.getpid()}-",
                                     dir=work_folder(local_anchor(db))) as tmp:
        plain = Path(tmp) / "copy.sqlite3"
        copy_live(db, plain)
        if check_copy(plain) is None:
            raise BackupFailed("verify_failed", target)
        blob = crypto.encrypt(plain.read_bytes(), passphrase)
        with _written_whole(target) as partial:
            with partial.open("wb") as fh:
                fh.write(blob)
                fh.flush()
                os.fsync(fh.fileno())
            written = partial.read_bytes()  # what the stick really holds
            if written != blob:
                raise BackupFailed("verify_failed", target)
            check = Path(tmp) / "check.sqlite3"
            check.write_bytes(crypto.decrypt(written, passphrase))
            if check_copy(check) is None:
                raise BackupFailed("verify_failed", target)
            # audited before the file takes its name: a database too busy to
            # record it leaves no unrecorded backup on the stick
            with unit_of_work(db, permit) as uow:
                uow.audit("backup_exported", "database", "", file=target.name, size=len(blob))
    return ExportedBackup(target, len(blob))


@contextmanager
def _written_whole(target: Path) -> Iterator[Path]:
    """Yield a temporary name beside `target`; renamed to `target` only if the
    block succeeds, removed otherwise. Disk errors become BackupFailed."""
    partial = target.with_name(target.name + ".partial")
    try:
        yield partial
        os.replace(partial, target)
    except OSError as exc:
        _discard(partial)
        raise _failure(exc, target) from exc
    except BaseException:
        _discard(partial)
        raise


def _discard(path: Path) -> None:
    """Remove a partial file if we can (a read-only or pulled-out stick cannot)."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _failure(exc: OSError, target: Path) -> BackupFailed:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return BackupFailed("disk_full", target, str(exc))
    if exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO, errno.ENXIO):
        return BackupFailed("removed", target, str(exc))
    return BackupFailed("not_writable", target, str(exc))


@dataclass(frozen=True)
class RestoreReport:
    restored_from: Path
    previous_kept_as: Path | None
    migrated_from: str | None  # schema revision of an older backup, if migrated


def plain_bytes(backup: Path, passphrase: str | None) -> bytes:
    """A backup's database bytes, decrypted when it is encrypted. Refusals:
    RestoreRefused unreadable, passphrase_needed, wrong_passphrase."""
    try:
        data = Path(backup).read_bytes()
    except OSError as exc:
        raise RestoreRefused("unreadable", backup, str(exc)) from exc
    if crypto.is_encrypted(data[:64]):
        if not passphrase:
            raise RestoreRefused("passphrase_needed", backup)
        try:
            data = crypto.decrypt(data, passphrase)
        except crypto.WrongPassphraseOrDamaged:
            raise RestoreRefused("wrong_passphrase", backup) from None
    return data


def restore_backup(db_path: Path | str, backup: Path, passphrase: str | None, actor: Actor,
                   now: datetime | None = None) -> RestoreReport:
    """Replace the database at `db_path` by a checked backup. The caller has
    closed every connection to `db_path`. Refusals leave it untouched.
    `db_path` may be a server's URL: see `_restore_on_server`."""
    permit = require(actor, Permission.RESTORE)
    now = now or clock.now()
    data = plain_bytes(backup, passphrase)
    if isinstance(db_path, str) and "://" in db_path:
        return _restore_on_server(db_path, data, backup, passphrase, permit, now)
    db_path = Path(db_path)
    with claims.exclusive(db_path) as alone:
        if not alone:  # a window, a command, a backup still has it open
            raise RestoreRefused("in_use", db_path)
        kept, revision = _swap_in(db_path, data, backup, now)
        db = open_database(db_path)
        try:
            # the restored file may not hold the account: recorded by name only
            with unit_of_work(db, replace(permit, actor=Actor(None, actor.label,
                                                              actor.role))) as uow:
                uow.audit("database_restored", "database", "", file=Path(backup).name,
                          migrated_from=None if revision == SCHEMA_HEAD else revision)
        finally:
            db.close()
    return RestoreReport(Path(backup), kept, None if revision == SCHEMA_HEAD else revision)


def _checked_in(incoming: Path, data: bytes, backup: Path) -> str:
    """The backup's bytes written at `incoming`, checked, brought to the
    current schema; returns the backup's own revision."""
    _write_or_refuse(incoming, data, backup)
    kind, revision = inspect_copy(incoming)
    if revision is None:  # an unrelated SQLite file is no damaged backup
        raise RestoreRefused("damaged" if kind == "damaged" else "not_a_backup", backup)
    from db import migrate

    if not migrate.is_known_revision(revision):
        raise RestoreRefused("newer_schema", backup, revision)
    # exactly what Guichet's migrations make at that revision: no extra
    # trigger, view or table, none missing (a file could plant or remove one)
    if migrate.schema_of(incoming) != migrate.schema_at(revision):
        raise RestoreRefused("not_a_backup", backup, "schema")
    restored = open_database(incoming)  # migrates an older schema forward
    restored.close()
    return revision


def _restore_on_server(url: str, data: bytes, backup: Path, passphrase: str | None,
                       permit: Permit, now: datetime) -> RestoreReport:
    """The same backup file, restored onto the centre's server: checked in
    this PC's data folder as on a single PC, then every table replaced in one
    transaction under the write lock (db.copy, checked table by table). The
    other counters see the restored centre at their next read.

    The server's current centre is kept first, in this PC's backups/, as an
    ENCRYPTED backup under the passphrase just typed (never a plain copy: it
    may hold a vote's sealed box, which the count erases only on the server,
    and every tenant's data, on a PC that is not the server); restoring an
    unencrypted file keeps no copy."""
    from db.copy import copy_database

    server = open_database(url)
    try:
        anchor = local_anchor(server)
        with tempfile.TemporaryDirectory(prefix=f"{os.getpid()}-",
                                         dir=work_folder(anchor)) as tmp:
            incoming = Path(tmp) / "incoming.sqlite3"
            revision = _checked_in(incoming, data, backup)
            kept = None
            with server.read() as session:
                from db.copy import is_empty

                holds_a_centre = not is_empty(session)
            if holds_a_centre and passphrase:
                folder = backups_folder(anchor)
                folder.mkdir(parents=True, exist_ok=True)
                plain = Path(tmp) / "current.sqlite3"
                copy_live(server, plain)
                kept = folder / f"before-restore-{_stamp(now)}{SUFFIX}"
                descriptor = os.open(kept, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(descriptor, "wb") as fh:
                    fh.write(crypto.encrypt(plain.read_bytes(), passphrase))
            restored = open_database(incoming)
            try:
                copy_database(restored, server, replace=True)
            finally:
                restored.close()
        with unit_of_work(server, replace(permit, actor=Actor(None, permit.actor.label,
                                                              permit.actor.role))) as uow:
            uow.audit("database_restored", "database", "", file=Path(backup).name,
                      migrated_from=None if revision == SCHEMA_HEAD else revision)
    finally:
        server.close()
    return RestoreReport(Path(backup), kept, None if revision == SCHEMA_HEAD else revision)


def _swap_in(db_path: Path, data: bytes, backup: Path, now: datetime) -> tuple[Path | None, str]:
    """Check the backup's bytes beside the database, keep the current file,
    put the backup in its place. Returns (kept copy, the backup's revision)."""
    incoming = db_path.with_name(db_path.name + ".restoring")
    try:
        revision = _checked_in(incoming, data, backup)
        try:
            kept = _keep_current(db_path, now)
        except (OSError, sqlite3.Error) as exc:
            raise _restore_refusal(exc, backup) from exc
        for suffix in ("-wal", "-shm"):  # a stale WAL would be replayed into the restored file
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(incoming, db_path)
    finally:
        for suffix in ("", "-wal", "-shm", ".claim"):
            Path(str(incoming) + suffix).unlink(missing_ok=True)
    return kept, revision


def _restore_refusal(exc: OSError | sqlite3.Error, backup: Path) -> RestoreRefused:
    if getattr(exc, "errno", None) in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG) or \
            "full" in str(exc).lower():
        return RestoreRefused("disk_full", backup, str(exc))
    return RestoreRefused("unreadable", backup, str(exc))


def _write_or_refuse(target: Path, data: bytes, backup: Path) -> None:
    try:
        target.write_bytes(data)
    except OSError as exc:
        raise _restore_refusal(exc, backup) from exc


def _keep_current(db_path: Path, now: datetime) -> Path | None:
    """The database being replaced, kept whole in backups/ (a copy that could
    not be finished, on a full disk say, is removed: never a 0-byte file)."""
    if not db_path.exists():
        return None
    folder = backups_folder(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    kept = folder / f"before-restore-{_stamp(now)}.sqlite3"
    try:
        if check_copy(db_path) is not None:
            current = open_database(db_path, migrate=False)
            try:
                copy_live(current, kept)
            finally:
                current.close()
        else:  # damaged: keep its bytes as they are, for whoever tries to rescue it
            shutil.copyfile(db_path, kept)
    except BaseException:
        kept.unlink(missing_ok=True)
        raise
    rotate_before_restore(db_path, now)
    return kept


def copy_centre(source: str | Path, target: str | Path, actor: Actor) -> list[TableCheck]:
    """Copy a whole centre into a new, empty database (SQLite file or
    PostgreSQL server, either way), checked table by table; the copy is
    recorded in the target's audit trail (never a password: the server is
    named by host and database only)."""
    from db.copy import copy_database

    permit = require(actor, Permission.RESTORE)
    if str(source) == str(target):
        raise CopyRefused("same")
    origin = open_database(source, create=False)
    try:
        destination = open_database(target)
        try:
            checks = copy_database(origin, destination)
            with unit_of_work(destination, replace(permit, actor=Actor(
                    None, actor.label, actor.role))) as uow:
                uow.audit("database_copied", "database", "", source=origin.where,
                          tables=len(checks), rows=sum(c.rows for c in checks))
        finally:
            destination.close()
    finally:
        origin.close()
    return checks
