"""Secrecy of the ballots cast on screen, as an attacker holding the database
file, every automatic backup taken during the poll, the audit log and the
logs would try to break it.

Two polls are run vote for vote alike, on frozen clocks, except that every
FOR of the first is an AGAINST in the second and the reverse. A backup is
kept after each vote. Whatever an attacker computes from a backup, or from
any pair of backups, is the same in both worlds unless it reads the fields
that are fresh randomness in every run whatever the choices (the sealed
boxes, the random ballot keys, the poll's key pair, the dwelling codes, the
argon2 salts): so no backup and no pair of backups tells a choice. With the
commission's passphrases the same backups do give the choices back (the
test could fail), and without them nothing in the file opens a ballot.
"""

from __future__ import annotations

import itertools
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from nacl.exceptions import CryptoError
from nacl.public import PrivateKey, SealedBox

from app.domain import ballot_box, clock
from app.domain.enums import BallotChoice
from app.services import accounts, backup, households, polls
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import Database, open_database
from tests.services.test_polls import COMMISSION, last_day, roster, sector_id

F, A, B = BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.BLANK
CHOICES = [F, A, F, B, F, A, A, F]  # one per dwelling, in this order
SWAP = {F: A, A: F, B: B}

# columns that hold fresh randomness in every run, whatever the choices
RANDOM = {("ballot", "id"), ("ballot", "sealed"), ("poll", "public_key"),
          ("poll", "sealed_key"), ("dwelling_code", "code"), ("staff_account", "secret_hash")}


def run_poll(folder: Path, choices: list[BallotChoice],
             monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    ticks = itertools.count()
    monkeypatch.setattr(clock, "now",
                        lambda: datetime(2026, 11, 30, 9) + timedelta(seconds=next(ticks)))
    folder.mkdir()
    db = open_database(folder / "centre.sqlite3")
    accounts.create_first_coordinator(db, "Anne Coord", "coordination", centre_name="Centre")
    coord = accounts.sign_in(db, "Anne Coord", "coordination")
    import_roster(db, coord, roster())
    poll_id = polls.create_poll(db, coord, polls.PollDraft(sector_id(db), "Pour l'offre ?",
                                                               closes_on=last_day()))
    polls.open_poll(db, coord, poll_id, COMMISSION)
    backups = []
    for n, choice in enumerate(choices, start=1):
        dwelling_id = households.find_by_reference(db, coord, f"K{n}")
        polls.vote_at_counter(db, coord, poll_id, dwelling_id, None, choice)
        taken = backup.auto_backup(db, now=datetime(2026, 11, 30, 10, n))
        kept = folder / f"kept-{n}.sqlite3"  # the rotation would thin them out: kept aside
        shutil.copyfile(taken, kept)
        backups.append(kept)
    db.close()
    return backups


def dump(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, random fields masked."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    tables = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    rows = {}
    for table in tables:
        cursor = conn.execute(f'SELECT * FROM "{table}"')
        names = [d[0] for d in cursor.description]
        rows[table] = sorted(
            (tuple("<random>" if (table, name) in RANDOM else value
                   for name, value in zip(names, row)) for row in cursor), key=repr)
    conn.close()
    return rows


def sealed_ballots(path: Path) -> list[bytes]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT sealed FROM ballot")]
    finally:
        conn.close()


def wrapped_key(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT sealed_key FROM poll").fetchone()[0]
    finally:
        conn.close()


@pytest.fixture
def worlds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[Path], list[Path]]:
    first = run_poll(tmp_path / "first", CHOICES, monkeypatch)
    second = run_poll(tmp_path / "second", [SWAP[c] for c in CHOICES], monkeypatch)
    return first, second


def test_no_backup_and_no_pair_of_backups_tells_a_choice(
        worlds: tuple[list[Path], list[Path]]) -> None:
    first, second = worlds
    assert len(first) == len(second) == len(CHOICES)
    for k in range(len(CHOICES)):
        # one backup: the same rows, the same file size, in both worlds
        assert dump(first[k]) == dump(second[k])
        assert first[k].stat().st_size == second[k].stat().st_size
        if k:  # two backups one vote apart: what changed is the same too
            new_first = set(sealed_ballots(first[k])) - set(sealed_ballots(first[k - 1]))
            new_second = set(sealed_ballots(second[k])) - set(sealed_ballots(second[k - 1]))
            assert len(new_first) == len(new_second) == 1
            assert {len(b) for b in new_first | new_second} == {49}
    # every ballot is a sealed box of one length: its size says nothing either
    assert {len(b) for b in sealed_ballots(first[-1]) + sealed_ballots(second[-1])} == {49}


def test_nothing_in_the_file_opens_a_ballot_without_the_commission(
        worlds: tuple[list[Path], list[Path]]) -> None:
    last = worlds[0][-1]
    ballots = sealed_ballots(last)
    conn = sqlite3.connect(last)
    public_key = conn.execute("SELECT public_key FROM poll").fetchone()[0]
    blobs = [v for table, in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
             for row in conn.execute(f'SELECT * FROM "{table}"') for v in row
             if isinstance(v, bytes)]
    conn.close()
    data = last.read_bytes()
    # every 32 bytes of the file tried as the private key: none opens a ballot
    candidates = {public_key, *(b[:32] for b in blobs if len(b) >= 32)}
    candidates |= {data[i:i + 32] for i in range(0, len(data) - 32, 16)}
    for candidate in candidates:
        box = SealedBox(PrivateKey(candidate))
        with pytest.raises(CryptoError):
            box.decrypt(ballots[0])
    # a wrong passphrase opens nothing either
    with pytest.raises(ballot_box.WrongPassphrase):
        ballot_box.unwrap(wrapped_key(last), {0: "pas la phrase", 1: COMMISSION[1][1]})


def test_with_the_commission_the_same_backups_give_the_choices_back(
        worlds: tuple[list[Path], list[Path]]) -> None:
    """The control: the ballots do hold the choices, for the commission only."""
    for backups, choices in zip(worlds, (CHOICES, [SWAP[c] for c in CHOICES])):
        key = ballot_box.unwrap(wrapped_key(backups[-1]),
                                {0: COMMISSION[0][1], 2: COMMISSION[2][1]})
        totals = ballot_box.tally(key, sealed_ballots(backups[-1]))
        assert totals == {c: choices.count(c) for c in (F, A, B)}


@pytest.mark.sqlite_file
def test_after_the_count_the_box_is_gone_from_the_file_its_wal_and_the_copies(
        db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the passphrases, a backup taken during the vote could be set
    against the register; after the count no copy beside the database keeps a
    sealed ballot or the key, and the -wal file no longer holds their pages."""
    import_roster(db, coordinator, roster())
    poll_id = polls.create_poll(db, coordinator, polls.PollDraft(
        sector_id(db), "Pour l'offre ?", closes_on=last_day()))
    polls.open_poll(db, coordinator, poll_id, COMMISSION)
    sealed: list[bytes] = []
    for n, choice in enumerate(CHOICES[:4], start=1):
        dwelling_id = households.find_by_reference(db, coordinator, f"K{n}")
        polls.vote_at_counter(db, coordinator, poll_id, dwelling_id, None, choice)
        backup.auto_backup(db, now=datetime(2026, 11, 30, 10, n))
    copies = sorted((db.path.parent / "backups").glob("auto-*.sqlite3"))
    assert copies and all(sealed_ballots(copy) for copy in copies)
    sealed = sealed_ballots(copies[-1])
    key = wrapped_key(copies[-1])
    polls.close_poll(db, coordinator, poll_id)
    polls.count_poll(db, coordinator, poll_id, {0: COMMISSION[0][1], 1: COMMISSION[1][1]})
    for copy in copies:  # each copy kept, without the box
        assert sealed_ballots(copy) == [] and wrapped_key(copy) is None
    wal = Path(str(db.path) + "-wal")
    for path in (db.path, *copies, *([wal] if wal.exists() else [])):
        data = path.read_bytes()
        assert not any(blob in data for blob in sealed), path.name
        assert key.encode() not in data and key[:64].encode() not in data, path.name
