"""The code of a workshop sign-up, printed on its slip (QR code and digit
groups): 13 random digits and a Verhoeff check digit (app.domain.check_code),
14 digits in all — one more than an appointment's slip and two more than a
dwelling's letter, so that none of them meet. It says nothing about the
person or the workshop: the sign-up is found through its unique index only."""

from __future__ import annotations

from app.domain.check_code import CheckedCode, grouped, normalise

LENGTH = 14  # 13 random digits + the check digit
_CODES = CheckedCode(LENGTH)
new_code = _CODES.new_code
looks_like_code = _CODES.looks_like_code  # fourteen digits: a workshop slip, maybe mistyped
is_valid = _CODES.is_valid

__all__ = ["LENGTH", "grouped", "is_valid", "looks_like_code", "new_code", "normalise"]
