"""Scanned codes: repairing what a QWERTY-configured scanner types on an AZERTY PC.

A USB scanner acts as a keyboard and sends key positions. Set for QWERTY on a
French AZERTY PC, the digit row comes out as `&é"'(-è_çà`, A/Q and Z/W are
swapped, M lands on `,` (and `?` with shift), `-` on `)`, `;` on `m`.
"""

from __future__ import annotations

_QWERTY_ON_AZERTY = str.maketrans({
    "&": "1", "é": "2", '"': "3", "'": "4", "(": "5", "-": "6", "è": "7", "_": "8",
    "ç": "9", "à": "0", ")": "-",
    "a": "q", "q": "a", "z": "w", "w": "z", "A": "Q", "Q": "A", "Z": "W", "W": "Z",
    ",": "m", "?": "M", "m": ";", "M": ":",
})



def as_typed_on_azerty(code: str) -> str:
    """The reverse: what a QWERTY scanner's `code` looks like on an AZERTY PC
    (for tests and for showing staff what went wrong)."""
    reverse = {v: chr(k) for k, v in _QWERTY_ON_AZERTY.items()}
    return "".join(reverse.get(c, c) for c in code)


def repair_qwerty_on_azerty(code: str) -> str:
    """What the scanner meant, assuming QWERTY key positions read on AZERTY."""
    return code.translate(_QWERTY_ON_AZERTY)


def candidates(code: str) -> list[str]:
    """The code as typed, then as repaired when that differs."""
    code = code.strip()
    repaired = repair_qwerty_on_azerty(code)
    return [code] if repaired == code else [code, repaired]


# what a QWERTY scanner types on AZERTY for a digit or a dash, and no serial holds
_ONLY_FROM_QWERTY = frozenset("&é\"'(èçà)")


def serial_as_meant(code: str) -> str:
    """A new serial, which no lookup can confirm: as typed, or repaired whole
    when it holds a character that only a QWERTY scanner on AZERTY types."""
    code = code.strip()
    return repair_qwerty_on_azerty(code) if _ONLY_FROM_QWERTY & set(code) else code
