"""The dwelling's code printed on its letters (vote invitation, handout day):
11 random digits from `secrets` and a Verhoeff check digit (python-stdnum).
Digits only, because a scanner set for QWERTY on an AZERTY PC moves letters;
the check digit catches a mistyped or swapped digit before any look-up. The
code says nothing about the dwelling: it is found through the dwelling_code
table only."""

from __future__ import annotations

import secrets

from stdnum import verhoeff

LENGTH = 12  # 11 random digits (10^11 codes for a few thousand dwellings) + check


def new_code() -> str:
    body = "".join(secrets.choice("0123456789") for _ in range(LENGTH - 1))
    return body + verhoeff.calc_check_digit(body)


def normalise(text: str) -> str:
    """What was typed or scanned, without the spaces and dashes of the print."""
    return "".join(c for c in text.strip() if c not in " -\u00a0")


def looks_like_code(text: str) -> bool:
    """Twelve digits, whatever their check digit: a dwelling code, maybe mistyped."""
    code = normalise(text)
    return len(code) == LENGTH and code.isascii() and code.isdigit()


def is_valid(text: str) -> bool:
    code = normalise(text)
    if not looks_like_code(code):
        return False
    try:
        verhoeff.validate(code)
    except Exception:  # stdnum's InvalidChecksum / InvalidFormat
        return False
    return True


def grouped(code: str) -> str:
    """As printed: 4821 0937 5526."""
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))
