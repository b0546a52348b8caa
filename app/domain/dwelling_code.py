"""The dwelling's code printed on its letters (vote invitation, handout day):
11 random digits and a Verhoeff check digit (app.domain.check_code). The code
says nothing about the dwelling: it is found through the dwelling_code table
only."""

from __future__ import annotations

from app.domain.check_code import CheckedCode, grouped, normalise

LENGTH = 12  # 11 random digits (10^11 codes for a few thousand dwellings) + check
_CODES = CheckedCode(LENGTH)
new_code = _CODES.new_code
looks_like_code = _CODES.looks_like_code  # twelve digits: a dwelling code, maybe mistyped
is_valid = _CODES.is_valid

__all__ = ["LENGTH", "grouped", "is_valid", "looks_like_code", "new_code", "normalise"]
