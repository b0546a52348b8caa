"""Rendering a sector's invitation letters, 6,000 A4 pages each with its own
dwelling and QR code, vs a bare reportlab document of the same 6,000 pages
drawing the same text lines and the same QR modules as rectangles."""

from __future__ import annotations

import io
import random
from datetime import date

from bench.common import median_ms, report

LETTERS = 6000


def run(repeat: int = 1) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from app.documents import fonts, labels, qr, render
    from app.documents.model import Header, InvitationLetter, InvitationSet

    header = Header("Centre social de Kerourien", "Rue du Languedoc, 29200 Brest",
                    "02 98 00 00 00")
    rng = random.Random(2026)
    codes = rng.sample(range(10**11, 10**12), LETTERS)  # distinct, as a poll's codes are
    letters = tuple(
        InvitationLetter(code=f"{code:012d}", address=f"{1 + n % 40} rue du Languedoc",
                         building=f"Bâtiment {'ABCDEFGH'[n % 8]}, entrée {1 + n % 3}",
                         door=f"Étage {n % 12}, porte {n % 12}{1 + n % 4}",
                         landlord_ref=f"KER-{n:05d}")
        for n, code in enumerate(codes))
    batch = InvitationSet(
        sector="Kerourien",
        question=("Êtes-vous favorable à l'offre collective Internet et TV proposée pour "
                  "tous les logements du secteur, à 5 € par mois ajoutés aux charges ?"),
        blank_allowed=True, place="Centre social de Kerourien, 2 rue du Languedoc, 29200 Brest",
        until=date(2026, 12, 14), hours="du lundi au vendredi, de 9 h à 12 h et de 14 h à 18 h",
        caretakers=True, letters=letters)

    fonts.register()
    modules = [qr.matrix.__wrapped__(letter.code) for letter in letters]
    shared = [header.name, header.address, header.phone, labels.INVITATION_TITLE,
              labels.INVITATION_SUBTITLE, labels.INVITATION_SECTOR.format(sector=batch.sector),
              labels.INVITATION_DWELLING, labels.INVITATION_QUESTION,
              "Êtes-vous favorable à l'offre collective Internet et TV",
              "proposée pour tous les logements du secteur, à 5 € par",
              "mois ajoutés aux charges ?", labels.INVITATION_ANSWERS,
              *labels.INVITATION_ANSWER_WORDS, labels.INVITATION_BLANK, labels.INVITATION_WHERE,
              labels.INVITATION_PLACE.format(place=batch.place),
              labels.INVITATION_UNTIL.format(until=labels.until(batch.until)),
              labels.INVITATION_HOURS.format(hours=batch.hours),
              "Vous pouvez aussi remettre votre bulletin au gardien ou à la gardienne de",
              "votre immeuble.", labels.INVITATION_SECRET, labels.INVITATION_SCAN]

    def floor() -> None:
        buffer = io.BytesIO()
        c = Canvas(buffer, pagesize=A4, invariant=True)
        for letter, cells_rows in zip(letters, modules):
            c.setFont(fonts.REGULAR, 14)
            lines = [*shared, letter.address, letter.building, letter.door,
                     labels.INVITATION_REFERENCE.format(ref=letter.landlord_ref),
                     labels.code_groups(letter.code)]
            for n, line in enumerate(lines):
                c.drawString(18 * mm, (280 - 7 * n) * mm, line)
            for row, cells in enumerate(cells_rows):
                for col, dark in enumerate(cells):
                    if dark:
                        c.rect((90 + col * 1.2) * mm, (60 - row * 1.2) * mm, 1.2 * mm,
                               1.2 * mm, stroke=0, fill=1)
            c.showPage()
        c.save()

    def ours() -> None:
        qr.matrix.cache_clear()  # every dwelling has its own code: encode each one
        render.invitations_a4(batch, header)

    return report(f"invitations-{LETTERS}", median_ms(ours, repeat), median_ms(floor, repeat))
