"""Codes printed for people to scan or type: random digits from `secrets` and
a Verhoeff check digit (python-stdnum), which catches a mistyped or swapped
digit before any look-up. Digits only, because a scanner set for QWERTY on an
AZERTY PC moves letters. The dwelling's letters and the appointment slips each
have their own length, so the two never meet."""

from __future__ import annotations

import secrets

from stdnum import verhoeff


def normalise(text: str) -> str:
    """What was typed or scanned, without the spaces and dashes of the print."""
    return "".join(c for c in text.strip() if c not in " -\u00a0")


def grouped(code: str) -> str:
    """As printed, read and typed four digits at a time: 4821 0937 5526 3."""
    code = normalise(code)
    return " ".join(code[i:i + 4] for i in range(0, len(code), 4))


class CheckedCode:
    """Codes of one length, check digit included."""

    def __init__(self, length: int) -> None:
        self.length = length

    def new_code(self) -> str:
        body = "".join(secrets.choice("0123456789") for _ in range(self.length - 1))
        return body + verhoeff.calc_check_digit(body)

    def looks_like_code(self, text: str) -> bool:
        """The right number of digits, whatever the check digit: maybe mistyped."""
        code = normalise(text)
        return len(code) == self.length and code.isascii() and code.isdigit()

    def is_valid(self, text: str) -> bool:
        code = normalise(text)
        if not self.looks_like_code(code):
            return False
        try:
            verhoeff.validate(code)
        except Exception:  # stdnum's InvalidChecksum / InvalidFormat
            return False
        return True
