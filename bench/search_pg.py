"""Search latency per keystroke at 100,000 people on a PostgreSQL server.

The same people and keystrokes as `bench.search` (its SQLite file, copied to
the server with db.copy). `ours` is the service the Accueil desk calls; the
floor is one raw psycopg query doing the same match, order and joins on the
same server, over the same local TCP socket. The server: GUICHET_BENCH_PG_URL
(a role that may create databases), else a throwaway cluster started with
scripts/postgres-test-cluster.sh (Debian's postgresql package needed).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.common import report
from bench.search import _percentiles, keystrokes, populate

FLOOR_SQL = """
SELECT h.dwelling_id, h.person_id, p.family_name, p.given_name, b.address, b.name,
       b.entrance, d.floor, d.door, d.landlord_ref, s.name, d.on_roster
FROM (SELECT dwelling_id, person_id, id, ts_rank('{0, 0.1, 0.2, 1}', doc, q) AS score
      FROM household_search, CAST(%s AS tsquery) AS q WHERE doc @@ q LIMIT 1000) h
JOIN dwelling d ON d.id = h.dwelling_id
JOIN building b ON b.id = d.building_id
JOIN sector s ON s.id = b.sector_id
LEFT JOIN person p ON p.id = h.person_id
ORDER BY h.score DESC, h.id LIMIT 50
"""

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "postgres-test-cluster.sh"


@contextmanager
def server() -> Iterator[str]:
    if os.environ.get("GUICHET_BENCH_PG_URL"):
        yield os.environ["GUICHET_BENCH_PG_URL"]
        return
    folder = Path(tempfile.mkdtemp(prefix="guichet-bench-pg-"))
    started = subprocess.run([str(SCRIPT), "start", str(folder)], capture_output=True, text=True,
                             check=True)
    try:
        yield started.stdout.strip()
    finally:
        subprocess.run([str(SCRIPT), "stop", str(folder)], capture_output=True)


def run(people: int = 100_000, rounds: int = 3) -> str | None:
    import psycopg
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from app.domain.enums import Role
    from app.services.context import Actor
    from app.services.households import search_households
    from db.copy import copy_database
    from db.engine import open_database
    from db.postgres.search import tsquery

    if not list(Path("/usr/lib/postgresql").glob("*/bin/initdb")) and not os.environ.get(
            "GUICHET_BENCH_PG_URL"):
        print("bench: search-100k-pg skipped (PostgreSQL is not installed)", flush=True)
        return None
    actor = Actor(None, "bench", Role.RECEPTION)
    with server() as url, tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "search.sqlite3"
        populate(path, people)
        name = f"bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(url.replace("postgresql://", "postgresql+psycopg://", 1),
                              isolation_level="AUTOCOMMIT", poolclass=NullPool)
        with admin.connect() as conn:
            conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
        target = url.rsplit("/", 1)[0] + "/" + name
        try:
            source, db = open_database(path), open_database(target)
            copy_database(source, db)
            source.close()
            with db.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE")
                conn.commit()
            raw = psycopg.connect(target)
            strokes = keystrokes()
            for query in strokes:  # warm both caches
                search_households(db, actor, query)
            ours, floor = [], []
            for _ in range(rounds):
                for query in strokes:
                    start = time.perf_counter()
                    search_households(db, actor, query)
                    ours.append((time.perf_counter() - start) * 1000)
                    start = time.perf_counter()
                    raw.execute(FLOOR_SQL, (tsquery(query, phones=True),)).fetchall()
                    floor.append((time.perf_counter() - start) * 1000)
            raw.close()
            db.close()
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    ours_p50, ours_p95 = _percentiles(ours)
    floor_p50, floor_p95 = _percentiles(floor)
    return report("search-100k-pg", ours_p50, floor_p50, p95=ours_p95, floor_p95=floor_p95)
