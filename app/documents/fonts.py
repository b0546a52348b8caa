"""One TTF with wide coverage (DejaVu Sans), registered once for every document,
so that Şükrü Öztürk, Łukasz Wróbel and Nguyễn Thị Hương print as written."""

from __future__ import annotations

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
