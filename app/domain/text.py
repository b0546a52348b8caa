"""Text folding shared by roster headers and search.

`fold("Hélène LE GALL")` and `fold("helene le gall")` are equal; so are
`fold("Öztürk")` and `fold("ozturk")`, `fold("Łukasz")` and `fold("lukasz")`.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

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


@lru_cache(maxsize=1 << 16)  # rosters repeat the same streets, sectors and names
def fold(text: str) -> str:
    """Lower-case, accent-free, single-spaced form of `text`."""
    if text.isascii():
        return " ".join(text.lower().split())
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(stripped.translate(_SPECIAL).split())


@lru_cache(maxsize=1 << 16)
def clean(text: str | None) -> str:
    """Trimmed, single-spaced, NFC form of a field as typed or exported."""
    if not text:
        return ""
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    stripped = text.strip()
    if "  " not in stripped and stripped.isprintable():
        return stripped
    # invisible format characters go (a right-to-left override makes "Evil‮txt.exe"
    # read "Evilexe.txt"), except the joiners some scripts need (Persian, Indic)
    kept = "".join(c for c in stripped
                   if c in "\u200c\u200d" or unicodedata.category(c) != "Cf")
    return " ".join(kept.split())
