"""Text folding shared by roster headers and search.

`fold("Hélène LE GALL")` and `fold("helene le gall")` are equal; so are
`fold("Öztürk")` and `fold("ozturk")`, `fold("Łukasz")` and `fold("lukasz")`.
"""

from __future__ import annotations

import unicodedata

# Letters that carry no combining mark to strip under NFKD.
_SPECIAL = str.maketrans(
    {
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ð": "d",
        "ı": "i",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "þ": "th",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
    }
)


def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form of `text`."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.translate(_SPECIAL).split())


def clean(text: str | None) -> str:
    """Trimmed, single-spaced, NFC form of a field as typed or exported."""
    if text is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", text).split())
