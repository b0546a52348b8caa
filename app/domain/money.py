"""Money is an integer number of cents, everywhere."""

from __future__ import annotations


def format_euros(cents: int) -> str:
    """French display: 1 234,50 €."""
    sign = "-" if cents < 0 else ""
    euros, rest = divmod(abs(cents), 100)
    grouped = f"{euros:,}".replace(",", "\u202f")
    return f"{sign}{grouped},{rest:02d}\u00a0€"


def parse_euros(text: str) -> int:
    """"40", "40,00", "1,18", "70 €" -> cents. ValueError for anything else
    (at most two decimals, no sign)."""
    import re

    value = text.replace("€", "").replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    match = re.fullmatch(r"(\d{1,7})(?:[.,](\d{1,2}))?", value)
    if match is None:
        raise ValueError(text)
    return int(match.group(1)) * 100 + int((match.group(2) or "0").ljust(2, "0"))
