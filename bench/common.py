"""Timing helpers shared by the cases."""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path


def median_ms(run: Callable[[], object], repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def report(case: str, ours_ms: float, floor_ms: float, **extra: float) -> str:
    tail = "".join(f" {key}={value:.1f}ms" for key, value in extra.items())
    line = (f"bench: {case} ours={ours_ms:.1f}ms floor={floor_ms:.1f}ms "
            f"ratio={ours_ms / floor_ms:.2f}{tail}")
    print(line, flush=True)
    return line


@contextmanager
def demo_database() -> Iterator[Path]:
    """A demo centre's database file in a temporary folder, closed."""
    from app.services import demo
    from app.services.context import Actor
    from db.engine import open_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "demo.sqlite3"
        db = open_database(path)
        demo.load_demo(db, Actor.system())
        db.close()
        yield path
