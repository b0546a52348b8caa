"""Counting 6,000 sealed ballots (the commission's key unwrapped from two
passphrases at the centre's argon2 cost, every ballot opened, the totals
written, the box and the key erased) vs raw sqlite3 reading the same 6,000
sealed ballots and libsodium opening them: what is left above is the key
derivation and our own work. Target: under 2 s."""

from __future__ import annotations

import sqlite3
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from bench.common import report

BALLOTS = 6000
COMMISSION = [("Coordination", "première phrase secrète"), ("Yvonne", "deuxième phrase secrète"),
              ("Mehmet", "troisième phrase secrète")]


def _poll_with_ballots(path: Path) -> int:
    """A closed poll of 6,000 dwellings that all voted on screen. The ballots
    are sealed as the counter seals them, written in bulk (the set-up is not
    what is measured)."""
    from app.domain import ballot_box, clock
    from app.domain.enums import BallotChoice
    from app.services import polls
    from app.services.context import Actor
    from db.engine import bulk_insert, open_database
    from db.models import Ballot, Building, Dwelling, Poll, Sector, VoteRegister

    db = open_database(path)
    actor = Actor.command_line()
    now = clock.now()
    with db.write() as s:
        s.add(Sector(id=1, name="Kerourien"))
        s.flush()
        bulk_insert(s, Building.__table__, [{"id": n, "sector_id": 1, "address": f"{n} rue",
                                             "name": "", "entrance": ""} for n in range(1, 61)])
        bulk_insert(s, Dwelling.__table__, [
            {"id": n, "landlord_ref": f"K{n:05d}", "building_id": n % 60 + 1, "floor": "0",
             "door": str(n), "on_roster": True, "created_at": now, "updated_at": now}
            for n in range(1, BALLOTS + 1)])
    poll_id = polls.create_poll(db, actor, polls.PollDraft(
        1, "Pour l'offre ?", closes_on=now.date() + timedelta(days=14)))
    polls.open_poll(db, actor, poll_id, COMMISSION)
    with db.write() as s:
        public_key = s.get(Poll, poll_id).public_key
        choices = [BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.BLANK]
        bulk_insert(s, VoteRegister.__table__, [
            {"poll_id": poll_id, "dwelling_id": n, "channel": "counter", "recorded_at": now,
             "recorded_by": None, "batch_id": None, "signer_id": None}
            for n in range(1, BALLOTS + 1)])
        bulk_insert(s, Ballot.__table__, [
            {"id": ballot_box.random_id(), "poll_id": poll_id,
             "sealed": ballot_box.seal(public_key, choices[n % 3])} for n in range(BALLOTS)])
    polls.close_poll(db, actor, poll_id)
    db.close()
    return poll_id


def run() -> str:
    from nacl.public import SealedBox

    from app.domain import ballot_box
    from app.services import polls
    from app.services.context import Actor
    from db.engine import open_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "count.sqlite3"
        poll_id = _poll_with_ballots(path)
        conn = sqlite3.connect(path)
        wrapped = conn.execute("SELECT sealed_key FROM poll").fetchone()[0]
        conn.close()
        key = ballot_box.unwrap(wrapped, {0: COMMISSION[0][1], 1: COMMISSION[1][1]})

        start = time.perf_counter()  # the floor: read and open, nothing else
        conn = sqlite3.connect(path)
        box = SealedBox(key)
        opened = [box.decrypt(row[0]) for row in conn.execute("SELECT sealed FROM ballot")]
        conn.close()
        floor_ms = (time.perf_counter() - start) * 1000
        assert len(opened) == BALLOTS

        db = open_database(path)
        start = time.perf_counter()
        result = polls.count_poll(db, Actor.command_line(), poll_id,
                                  {0: COMMISSION[0][1], 1: COMMISSION[1][1]})
        ours_ms = (time.perf_counter() - start) * 1000
        db.close()
        assert result.figures.took_part == BALLOTS
    return report("count-6000", ours_ms, floor_ms, limit=2000.0)
