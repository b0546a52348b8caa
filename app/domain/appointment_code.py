"""The code of an appointment, printed on its slip (QR code and digit groups):
12 random digits and a Verhoeff check digit (app.domain.check_code), 13 digits
in all — one more than a dwelling's letter, so that the two never meet. It
says nothing about the household or the time: the appointment is found
through its unique index only."""

from __future__ import annotations

from app.domain.check_code import CheckedCode, grouped, normalise

LENGTH = 13  # 12 random digits (10^12 codes) + the check digit
_CODES = CheckedCode(LENGTH)
new_code = _CODES.new_code
looks_like_code = _CODES.looks_like_code  # thirteen digits: a slip's code, maybe mistyped
is_valid = _CODES.is_valid

__all__ = ["LENGTH", "grouped", "is_valid", "looks_like_code", "new_code", "normalise"]
