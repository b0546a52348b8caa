"""One TTF with wide coverage (DejaVu Sans), registered once for every document,
so that Şükrü Öztürk, Łukasz Wróbel and Nguyễn Thị Hương print as written —
and بن علي Fatima too: reportlab draws characters one after the other, left to
right, so a line holding Arabic (or Hebrew) letters is first shaped (joined
letter forms, arabic-reshaper) and put in visual order (python-bidi) by
`visual`, just before it is drawn."""

from __future__ import annotations

import re
from functools import cache

from app.resources import resource_path

REGULAR = "GuichetSans"
BOLD = "GuichetSans-Bold"


@cache
def register() -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont(REGULAR, str(resource_path("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource_path("fonts", "DejaVuSans-Bold.ttf"))))


# Hebrew, Arabic and its supplements, and their presentation forms
_RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def visual(line: str) -> str:
    """One line as it must be drawn: unchanged unless it holds right-to-left
    letters, then joined and reordered within a left-to-right line (a French
    document: « Foyer : بن علي Fatima »)."""
    if not _RIGHT_TO_LEFT.search(line):
        return line
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(line), base_dir="L")
