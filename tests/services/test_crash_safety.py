"""Kill a writer mid-stream, many times: the database stays sound, every receipt
reported as committed is there, no number is missing or repeated."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from app.services import audit
from db.engine import open_database

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 25


def test_killed_writers_leave_a_consistent_database(tmp_path: Path) -> None:
    path = tmp_path / "crash.sqlite3"
    open_database(path).close()
    rng = random.Random(20261123)
    reported: set[int] = set()
    for _ in range(ROUNDS):
        child = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("crash_writer.py")), str(path)],
            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
            env=dict(os.environ, PYTHONPATH=str(ROOT)))
        assert child.stdout is not None
        wanted = rng.randint(1, 12)
        for _ in range(wanted):
            line = child.stdout.readline()
            if not line:
                break
            reported.add(int(line))
        time.sleep(rng.random() * 0.02)  # land the kill anywhere in the next writes
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        reported.update(int(n) for n in rest.split())

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    numbers = [n for (n,) in conn.execute(
        "SELECT number FROM receipt WHERE series = 'handout' ORDER BY number")]
    counter = conn.execute("SELECT last_number FROM receipt_counter").fetchone()[0]
    receipts_with_their_act = conn.execute(
        "SELECT count(*) FROM visit WHERE note LIKE 'receipt %'").fetchone()[0]
    conn.close()
    assert len(reported) >= ROUNDS
    assert reported <= set(numbers)  # every reported receipt survived
    assert numbers == list(range(1, len(numbers) + 1))  # no gap, no repeat
    assert counter == len(numbers)
    assert receipts_with_their_act == len(numbers)  # never a receipt without its act
    db = open_database(path)
    with db.read() as session:
        assert audit.verify(session).ok
    db.close()
