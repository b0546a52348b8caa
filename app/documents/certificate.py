"""The Visa Internet certificate, as stored (JSON) and as printed (one A4
page, like a diploma): the person's name large, the skills validated each
with its day and facilitator, the centre, « Fait à … le … », a signature box
and the certificate's number. Printed data, hence French, as in render.py;
fonts from fonts.py (any script a name is written in: DejaVu Sans)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from datetime import date
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from app.documents import fonts, labels
from app.documents.model import Header
from app.documents.render import _duplicate_stamp, _pdf

__all__ = ["CertificateDoc", "CertificateSkill", "certificate_a4", "certificate_from_json",
           "number_of", "to_json"]


@dataclass(frozen=True)
class CertificateSkill:
    label: str  # as the grid said it on the day of issue
    validated_on: date
    facilitator: str


@dataclass(frozen=True)
class CertificateDoc:
    number: str  # VISA-2026-0007
    person: str  # personal: replaced on erasure
    landlord_ref: str  # the household's dwelling, never printed: finds it on erasure
    issued_on: date
    skills: tuple[CertificateSkill, ...]
    issued_by: str  # the staff member who issued it


def number_of(certificate_id: int, issued_on: date) -> str:
    return f"VISA-{issued_on.year}-{certificate_id:04d}"


def to_json(doc: CertificateDoc) -> dict[str, Any]:
    data = asdict(doc)
    data["issued_on"] = doc.issued_on.isoformat()
    data["skills"] = [{**asdict(s), "validated_on": s.validated_on.isoformat()}
                      for s in doc.skills]
    return data


def certificate_from_json(data: dict[str, Any]) -> CertificateDoc:
    return CertificateDoc(
        number=data["number"], person=data["person"], landlord_ref=data.get("landlord_ref", ""),
        issued_on=date.fromisoformat(data["issued_on"]), issued_by=data.get("issued_by", ""),
        skills=tuple(CertificateSkill(s["label"], date.fromisoformat(s["validated_on"]),
                                      s["facilitator"]) for s in data.get("skills", ())))


# --- the printed wording ---------------------------------------------------------------

TITLE = "Visa Internet"
SUBTITLE = "Attestation de compétences numériques de base"
AWARDED = "Le centre social atteste que"
HAS_SHOWN = "a montré qu'elle ou il sait\u00a0:"
VALIDATED = "validé le {day} avec {who}"
MADE_AT = "Fait à {town}, le {day}"
MADE_ON = "Fait le {day}"
SIGNATURE = "Pour le centre social\u00a0: nom et signature"
NUMBER = "Attestation n° {number}"
PROGRAMME = "Programme «\u00a0Internet pour tous en habitat social\u00a0»"

_TOWN = re.compile(r"\b\d{5}\s+(.+?)\s*$")


def town_of(address: str) -> str:
    """« Rue du Languedoc, 29200 Brest » → « Brest » ("" when no post code)."""
    found = _TOWN.search(address.replace("\n", " "))
    return found.group(1) if found else ""


def _centred(c: Canvas, text: str, y_mm: float, font: str, size: float,
             width_mm: float) -> float:
    """Centred lines, shrunk to fit one line when a name is long; returns the
    y below them."""
    while size > 12 and stringWidth(text, font, size) > width_mm * mm:
        size -= 1
    for line in simpleSplit(text, font, size, width_mm * mm) or [""]:
        y_mm -= size * 0.42
        c.setFont(font, size)
        c.drawCentredString(105 * mm, y_mm * mm, fonts.visual(line))
        y_mm -= size * 0.12
    return y_mm


def certificate_a4(doc: CertificateDoc, header: Header, duplicate: bool = False) -> bytes:
    """One A4 page, a double frame around it, centred like a diploma."""
    fonts.register()
    width_mm = 210 - 2 * 30

    def draw(c: Canvas) -> None:
        page_w, page_h = A4
        c.saveState()
        c.setStrokeColorRGB(0.12, 0.29, 0.49)
        c.setLineWidth(2.2)
        c.rect(12 * mm, 12 * mm, page_w - 24 * mm, page_h - 24 * mm)
        c.setLineWidth(0.6)
        c.rect(15 * mm, 15 * mm, page_w - 30 * mm, page_h - 30 * mm)
        c.restoreState()
        y = 297 - 24.0
        y = _centred(c, header.name, y, fonts.BOLD, 13, width_mm)
        if header.address:
            y = _centred(c, header.address, y, fonts.REGULAR, 10, width_mm)
        y = _centred(c, PROGRAMME, y - 1, fonts.REGULAR, 9, width_mm)
        c.setFillColorRGB(0.12, 0.29, 0.49)
        y = _centred(c, TITLE, y - 14, fonts.BOLD, 40, width_mm)
        c.setFillColorRGB(0, 0, 0)
        y = _centred(c, f"«\u00a0{SUBTITLE}\u00a0»", y - 3, fonts.REGULAR, 15, width_mm)
        y = _centred(c, AWARDED, y - 12, fonts.REGULAR, 12, width_mm)
        y = _centred(c, doc.person, y - 4, fonts.BOLD, 28, width_mm)
        y = _centred(c, HAS_SHOWN, y - 4, fonts.REGULAR, 12, width_mm)
        y -= 6
        left = 30.0
        skill_pt, detail_pt = (11.5, 9.5) if len(doc.skills) <= 9 else (9.5, 8.0)
        for skill in doc.skills:
            lines = simpleSplit(skill.label, fonts.BOLD, skill_pt, (width_mm - 8) * mm) or [""]
            y -= skill_pt * 0.42
            c.setFont(fonts.BOLD, skill_pt)
            c.drawString(left * mm, y * mm, "✓")
            for n, line in enumerate(lines):
                if n:
                    y -= skill_pt * 0.42
                c.drawString((left + 7) * mm, y * mm, line)
            y -= detail_pt * 0.45
            c.setFont(fonts.REGULAR, detail_pt)
            c.drawString((left + 7) * mm, y * mm, VALIDATED.format(
                day=skill.validated_on.strftime("%d/%m/%Y"), who=skill.facilitator))
            y -= 3.2
        town = town_of(header.address)
        day = labels.long_date(doc.issued_on).split(" ", 1)[1]  # « 1er décembre 2026 »
        made = MADE_AT.format(town=town, day=day) if town else MADE_ON.format(day=day)
        box_top = min(y - 10, 95.0)
        c.setFont(fonts.REGULAR, 11)
        c.drawString(30 * mm, box_top * mm, made)
        c.setLineWidth(0.6)
        c.rect(105 * mm, (box_top - 42) * mm, 75 * mm, 36 * mm)
        c.setFont(fonts.REGULAR, 9)
        c.drawString(108 * mm, (box_top - 11) * mm, SIGNATURE)
        c.setFont(fonts.BOLD, 10)
        c.drawString(30 * mm, 22 * mm, NUMBER.format(number=doc.number))
        if duplicate:
            _duplicate_stamp(c, 105, 150, 70)

    return _pdf(draw, A4, f"{TITLE} {doc.number}")
