"""Timing helpers shared by the cases."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


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
