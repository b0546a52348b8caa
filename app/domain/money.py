"""Money is an integer number of cents, everywhere."""

from __future__ import annotations


def format_euros(cents: int) -> str:
    """French display: 1 234,50 €."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", "\u202f")
    return f"{sign}{grouped},{rest:02d}\u00a0€"
