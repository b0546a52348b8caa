"""Local wall-clock time of the centre, to the second."""

from __future__ import annotations

from datetime import datetime


def now() -> datetime:
    return datetime.now().replace(microsecond=0)
