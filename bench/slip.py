"""Rendering an A6 appointment slip with its QR code vs a bare reportlab page
drawing the same text and the same QR modules as rectangles."""

from __future__ import annotations

import io
from datetime import datetime

from bench.common import median_ms, report


def run(repeat: int = 30) -> str:
    from reportlab.lib.pagesizes import A6
    from reportlab.lib.units import mm
    from reportlab.pdfgen.canvas import Canvas

    from app.documents import fonts, qr, render
    from app.documents.model import Header, SlipDoc

    header = Header("Centre social de Kerourien", "Rue du Languedoc, 29200 Brest",
                    "02 98 00 00 00")
    slip = SlipDoc(qr_payload="GUICHET-RDV:7KQ2M9XR4TZW", starts_at=datetime(2026, 11, 30, 14),
                   place="Accueil du centre social", purpose="Retrait de décodeur",
                   household="NGUYỄN Thị Hương", landlord_ref="KER-00079",
                   bring=("Pièce d'identité", "Carte du bailleur ou quittance de loyer"))
    fonts.register()
    modules = qr.matrix(slip.qr_payload)
    lines = [header.name, header.address, header.phone, "Votre rendez-vous", slip.household,
             "Le lundi 30 novembre 2026", "à 14:00", f"Lieu : {slip.place}",
             f"Pour : {slip.purpose}", "À apporter :", *(f"• {b}" for b in slip.bring),
             "Présentez ce papier à l'accueil : il sera scanné.", slip.landlord_ref]

    def floor() -> None:
        buffer = io.BytesIO()
        c = Canvas(buffer, pagesize=A6, invariant=True)
        c.setFont(fonts.REGULAR, 10)
        for n, line in enumerate(lines):
            c.drawString(8 * mm, (140 - 5 * n) * mm, line)
        for row, cells in enumerate(modules):
            for col, dark in enumerate(cells):
                if dark:
                    c.rect((70 + col * 0.75) * mm, (30 - row * 0.75) * mm, 0.75 * mm, 0.75 * mm,
                           stroke=0, fill=1)
        c.showPage()
        c.save()

    def ours() -> None:
        qr.matrix.cache_clear()  # every slip has its own token: encode it each time
        render.slip_a6(slip, header)

    ours(), floor()
    return report("slip-a6", median_ms(ours, repeat), median_ms(floor, repeat))
