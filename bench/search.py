"""Search latency per keystroke at 6,000 and 100,000 people.

Each keystroke of a few typed queries ("h", "he", "hel", ...) is one sample.
`ours` is the service the Accueil desk calls (FTS match, then the display
rows); the floor is one raw sqlite3 query doing the same match, order and
joins on the same file.
"""

from __future__ import annotations

import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import report

TYPED = ("helene le gall", "ozturk", "quemener soizic", "nguyen huong", "06 12", "KER-0004",
         "rue de provence", "lukasz")

FLOOR_SQL = """
SELECT h.dwelling_id, h.person_id, p.family_name, p.given_name, b.address, b.name,
       b.entrance, d.floor, d.door, d.landlord_ref, s.name, d.on_roster
FROM (SELECT dwelling_id, person_id,
             bm25(household_search, 0.0, 0.0, 10.0, 2.0, 1.0) AS score
      FROM household_search WHERE household_search MATCH ? LIMIT 1000) h
JOIN dwelling d ON d.id = h.dwelling_id
JOIN building b ON b.id = d.building_id
JOIN sector s ON s.id = b.sector_id
LEFT JOIN person p ON p.id = h.person_id
ORDER BY h.score LIMIT 50
"""


def populate(path: Path, people: int, seed: int = 3) -> None:
    from sqlalchemy.orm import Session

    from app.services.demo import NAMES, STREETS
    from db import search
    from db.engine import open_database

    rng = random.Random(seed)
    db = open_database(path)
    db.close()
    conn = sqlite3.connect(path)
    now = "2026-11-23 10:00:00.000000"
    conn.execute("INSERT INTO sector (id, name, offer_state, monthly_cost_cents) VALUES "
                 "(1, 'Kerourien', 'vote_pending', 118), (2, 'Pen ar Creac''h', 'vote_pending', 118)")
    streets = [(sector, street) for sector, names in enumerate(STREETS.values(), 1)
               for street in names]
    buildings = []
    for n in range(max(1, people // 40)):
        sector, street = streets[n % len(streets)]
        buildings.append((n + 1, sector, f"{2 + n // len(streets)} {street}", "ABCD"[n % 4], "1"))
    conn.executemany("INSERT INTO building (id, sector_id, address, name, entrance) "
                     "VALUES (?, ?, ?, ?, ?)", buildings)
    dwellings, persons = [], []
    n = 0
    while len(persons) < people:
        n += 1
        dwellings.append((n, f"KER-{n:06d}", rng.randrange(len(buildings)) + 1,
                          str(n % 6), f"{n % 6}{'AB'[n % 2]}", now, now))
        families, givens = rng.choice(NAMES)
        family = rng.choice(families)
        for given in rng.sample(givens, min(len(givens), rng.choice((1, 2, 2, 3)))):
            phone = f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} 00"
            persons.append((n, family, given, phone, f"{family} {given}".lower()))
    conn.executemany("INSERT INTO dwelling (id, landlord_ref, building_id, floor, door, on_roster, "
                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)", dwellings)
    conn.executemany("INSERT INTO person (dwelling_id, family_name, given_name, phone, name_key, "
                     "on_roster) VALUES (?, ?, ?, ?, ?, 1)", persons[:people])
    conn.commit()
    conn.close()
    db = open_database(path)
    with db.write() as session:
        assert isinstance(session, Session)
        search.reindex(session)
    db.close()


def keystrokes() -> list[str]:
    return [typed[:end] for typed in TYPED for end in range(1, len(typed) + 1)
            if typed[:end].strip()]


def _percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


def run_size(people: int, label: str, rounds: int = 3) -> str:
    from app.domain.enums import Role
    from app.services.context import Actor
    from app.services.households import search_households
    from db.engine import open_database
    from db.search import match_expression

    actor = Actor(None, "bench", Role.RECEPTION)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "search.sqlite3"
        populate(path, people)
        db = open_database(path)
        raw = sqlite3.connect(path)
        try:
            return per_keystroke(
                label, lambda query: search_households(db, actor, query),
                lambda query: raw.execute(FLOOR_SQL, (match_expression(query),)).fetchall(),
                rounds)
        finally:
            raw.close()
            db.close()


def per_keystroke(label: str, ours: Callable[[str], object], floor: Callable[[str], object],
                  rounds: int) -> str:
    """Each keystroke of the typed queries, ours then the floor, `rounds`
    times after one round to warm both caches; p50 and p95 reported."""
    strokes = keystrokes()
    for query in strokes:
        ours(query)
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(rounds):
        for query in strokes:
            for run, samples in zip((ours, floor), times, strict=True):
                start = time.perf_counter()
                run(query)
                samples.append((time.perf_counter() - start) * 1000)
    ours_p50, ours_p95 = _percentiles(times[0])
    floor_p50, floor_p95 = _percentiles(times[1])
    return report(label, ours_p50, floor_p50, p95=ours_p95, floor_p95=floor_p95)


def run() -> None:
    run_size(6_000, "search-6k")
    run_size(100_000, "search-100k")
