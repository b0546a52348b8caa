"""Importing a 6,000-dwelling roster vs raw sqlite3 executemany of the same rows."""

from __future__ import annotations

import csv
import io
import random
import shutil
import sqlite3
import tempfile
from pathlib import Path

from bench.common import median_ms, report

DWELLINGS = 6000


def roster_bytes(seed: int = 7) -> tuple[bytes, list[tuple[str, ...]]]:
    rng = random.Random(seed)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(["Référence logement", "Adresse", "Bâtiment", "Escalier", "Étage", "Porte",
                     "Nom", "Prénom", "Téléphone", "Secteur"])
    rows = []
    for n in range(DWELLINGS):
        for member in range(rng.choice((1, 1, 2, 3))):
            row = (f"R{n:05d}", f"{n % 60} rue de Brest", "ABCD"[n % 4], str(n % 3),
                   str(n % 6), f"{n % 6}{n % 10}", f"Nom{n}", f"Prénom{member}",
                   "06 00 00 00 00" if member == 0 else "", f"Secteur {n % 11}")
            writer.writerow(row)
            rows.append(row)
    return buffer.getvalue().encode("utf-8-sig"), rows


def _floor(path: Path, rows: list[tuple[str, ...]]) -> None:
    """The same rows into the same schema (a copy of an empty, migrated Guichet
    database: same indexes, constraints and pragmas) with plain sqlite3
    executemany: what is left above this is our own Python work."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA synchronous=FULL")
    now = "2026-11-23 10:00:00.000000"
    conn.execute("BEGIN IMMEDIATE")
    sectors = {name: n for n, name in enumerate(sorted({r[9] for r in rows}), start=1)}
    conn.executemany("INSERT INTO sector (id, name, offer_state, monthly_cost_cents) "
                     "VALUES (?, ?, 'vote_pending', 118)", [(n, s) for s, n in sectors.items()])
    buildings: dict[tuple[str, ...], int] = {}
    for r in rows:
        buildings.setdefault((r[9], r[1], r[2], r[3]), len(buildings) + 1)
    conn.executemany("INSERT INTO building (id, sector_id, address, name, entrance) "
                     "VALUES (?, ?, ?, ?, ?)",
                     [(n, sectors[k[0]], k[1], k[2], k[3]) for k, n in buildings.items()])
    dwellings: dict[str, int] = {}
    dwelling_rows = []
    for r in rows:
        if r[0] not in dwellings:
            dwellings[r[0]] = len(dwellings) + 1
            dwelling_rows.append((dwellings[r[0]], r[0], buildings[(r[9], r[1], r[2], r[3])],
                                  r[4], r[5], now, now))
    conn.executemany("INSERT INTO dwelling (id, landlord_ref, building_id, floor, door, "
                     "on_roster, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                     dwelling_rows)
    conn.executemany("INSERT INTO person (dwelling_id, family_name, given_name, phone, name_key, "
                     "on_roster) VALUES (?, ?, ?, ?, ?, 1)",
                     [(dwellings[r[0]], r[6], r[7], r[8] or None, f"{r[6]} {r[7]}".lower())
                      for r in rows])
    conn.execute("COMMIT")
    conn.close()


def run(repeat: int = 5) -> str:
    from app.services.context import Actor
    from app.services.roster import import_roster
    from db.engine import open_database

    data, rows = roster_bytes()
    with tempfile.TemporaryDirectory() as tmp:
        template = Path(tmp) / "empty.sqlite3"
        open_database(template).close()
        ours_paths, floor_paths = [], []
        for n in range(repeat + 1):  # fresh empty databases, made before any timing
            for paths, name in ((ours_paths, "ours"), (floor_paths, "floor")):
                paths.append(Path(tmp) / f"{name}{n}.sqlite3")
                shutil.copyfile(template, paths[-1])
        opened = [open_database(path) for path in ours_paths]
        next_db, next_floor = iter(opened), iter(floor_paths)

        def ours() -> None:
            import_roster(next(next_db), Actor.system(), data)

        def floor() -> None:
            _floor(next(next_floor), rows)

        ours(), floor()  # warm-up
        ours_ms = median_ms(ours, repeat)
        floor_ms = median_ms(floor, repeat)
        for db in opened:
            db.close()
    return report("roster-import-6000", ours_ms, floor_ms)
