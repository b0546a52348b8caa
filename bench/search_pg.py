"""Search latency per keystroke at 100,000 people on a PostgreSQL server.

The same people and keystrokes as `bench.search` (its SQLite file, copied to
the server with db.copy). `ours` is the service the Accueil desk calls; the
floor is one raw psycopg query doing the same match, order and joins on the
same server, over the same local socket. The server: GUICHET_BENCH_PG_URL
(a role that may create databases), else a throwaway cluster started with
scripts/postgres-test-cluster.sh (Debian's postgresql package needed),
reached through its Unix socket.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.search import per_keystroke, populate


def floor_query(query: str) -> tuple[str, dict[str, object]]:
    """The service's statement for this keystroke (hits and the display rows'
    joins) as psycopg takes it, with the walk led by the first word: what a
    hand-written query would do, without the service's choosing."""
    import re

    from db.postgres.search import SCORED, query_words, tsquery, walk
    from db.search import display_sql

    words = [w for w in query_words(query) if w]
    hits, params = walk(words, SCORED)
    sql = display_sql(hits, "score DESC, id")
    params = {**params, "q": tsquery(words, phones=True), "limit": 150}
    return re.sub(r"(?<!:):(\w+)", r"%(\1)s", sql), params


SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "postgres-test-cluster.sh"


@contextmanager
def server() -> Iterator[str]:
    if os.environ.get("GUICHET_BENCH_PG_URL"):
        yield os.environ["GUICHET_BENCH_PG_URL"]
        return
    folder = Path(tempfile.mkdtemp(prefix="guichet-bench-pg-"))
    started = subprocess.run([str(SCRIPT), "start", str(folder)], capture_output=True, text=True,
                             check=True)
    try:  # the cluster's Unix socket, as a counter on the server PC itself would use
        tcp = started.stdout.strip()
        port = (folder / "port").read_text().strip()
        yield tcp.replace("@127.0.0.1:" + port + "/", "@/", 1) + f"?host={folder}&port={port}"
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
        base, _, query = url.partition("?")
        target = base.rsplit("/", 1)[0] + "/" + name + (f"?{query}" if query else "")
        try:
            source, db = open_database(path), open_database(target)
            copy_database(source, db)
            source.close()
            # as autovacuum leaves a server after an import: statistics, visibility map
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
                conn.exec_driver_sql("VACUUM ANALYZE")
            raw = psycopg.connect(db._libpq_dsn())

            def floor(query: str) -> object:
                sql, params = floor_query(query)
                return raw.execute(sql, params).fetchall()

            try:
                return per_keystroke("search-100k-pg",
                                     lambda query: search_households(db, actor, query),
                                     floor, rounds)
            finally:
                raw.close()
                db.close()
        finally:
            with admin.connect() as conn:
                conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
