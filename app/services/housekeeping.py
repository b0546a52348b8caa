"""Files beside the database that are not the database: the automatic
backups' folder, and the work folder where plain copies live while a backup
is being made. Light on purpose (no ORM): the window calls it at start."""

from __future__ import annotations

import os
import shutil
from datetime import datetime, timedelta
from pathlib import Path

AUTO_FOLDER = "backups"
WORK_FOLDER = "work"


def local_anchor(db) -> Path:  # type: ignore[no-untyped-def]
    """Where this PC keeps its own files for `db` (the folders below are
    beside it): the SQLite file itself, or for a centre on a server a name in
    the user's data folder (the server's files are the server's business)."""
    if db.path is not None:
        return db.path
    from app.settings import DB_FILENAME, default_data_dir

    return default_data_dir() / DB_FILENAME


def local_folder(db) -> Path:  # type: ignore[no-untyped-def]
    """This PC's own folder for `db`: its printer choices, kept documents."""
    return local_anchor(db).parent


def backups_folder(db_path: Path) -> Path:
    return db_path.parent / AUTO_FOLDER


def work_folder(db_path: Path) -> Path:
    """Plain copies of the database made while a backup is written live here,
    beside the database (the same protection as the file itself), never in the
    system's temporary folder, which others may read and nobody cleans. Each
    process works in a folder named after its PID."""
    folder = db_path.parent / WORK_FOLDER
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, but not ours to signal
        return True
    return True


def remove_leftovers(db_path: Path | str) -> int:
    """What a backup killed half-way left in the work folder: removed, unless
    the process that made it is still running. Returns how many were removed."""
    folder = Path(db_path).parent / WORK_FOLDER
    removed = 0
    for path in folder.glob("*") if folder.is_dir() else ():
        owner = path.name.split("-", 1)[0]
        if owner.isdigit() and int(owner) != os.getpid() and _alive(int(owner)):
            continue
        try:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
            removed += 1
        except OSError:
            pass
    return removed


def local_copies(db_path: Path) -> list[Path]:
    """The plain copies of the database kept beside it: automatic backups and
    the copies kept before a restore (personal-data duties reach them too)."""
    folder = backups_folder(db_path)
    return sorted([*folder.glob("auto-*.sqlite3"), *folder.glob("before-restore-*.sqlite3")])


def delete_copy(copy: Path) -> None:
    for suffix in ("", "-wal", "-shm", "-journal", ".claim"):
        Path(str(copy) + suffix).unlink(missing_ok=True)


def compact(copy: Path) -> None:
    """Rewrite a copy whole (VACUUM), as one file again: freed pages that
    held erased data are gone."""
    import sqlite3

    conn = sqlite3.connect(copy)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()
    Path(str(copy) + ".claim").unlink(missing_ok=True)


KEEP_BEFORE_RESTORE = 3  # copies kept before a restore: the newest three...
BEFORE_RESTORE_DAYS = 30  # ...and none older than a month


def rotate_before_restore(db_path: Path, now: datetime) -> list[Path]:
    """Copies kept before a restore do not pile up (each holds everyone's data)."""
    copies = sorted(backups_folder(db_path).glob("before-restore-*.sqlite3"), reverse=True)
    removed = []
    for index, copy in enumerate(copies):
        stamp = copy.name.removeprefix("before-restore-").removesuffix(".sqlite3")
        try:
            made = datetime.strptime(stamp, "%Y%m%d-%H%M%S")
        except ValueError:
            continue
        if index >= KEEP_BEFORE_RESTORE or now - made > timedelta(days=BEFORE_RESTORE_DAYS):
            delete_copy(copy)
            removed.append(copy)
    return removed
