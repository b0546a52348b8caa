"""Invitation letters: one A4 page per dwelling, read back as a tenant reads
them (text) and as the counter's scanner reads them (QR codes from pixels)."""

from __future__ import annotations

import io
import random
from dataclasses import replace
from datetime import date

import pytest

from app.documents import labels, render
from app.documents.model import Header, InvitationLetter, InvitationSet
from tests.pdf_tools import page_count, page_size_mm, qr_codes, text_of

HEADER = Header("Centre social de Kerourien", "Rue du Languedoc, 29200 Brest", "02 98 00 00 00")
# who lives there, as the roster knows it: never printed on a letter
HOUSEHOLDS = ("Şükrü Öztürk", "Nguyễn Thị Hương", "Zoé L'Hénaff-Kerbrat")
QUESTION = ("Êtes-vous favorable à l'offre collective Internet et TV proposée pour tous "
            "les logements du secteur, à 5 € par mois ajoutés aux charges ?")


def codes(count: int, seed: int = 7) -> list[str]:
    return [f"{n:012d}" for n in random.Random(seed).sample(range(10**12), count)]


def batch(count: int = 3, **changes: object) -> InvitationSet:
    places = (("3 rue du Languedoc", "Bâtiment A, entrée 1", "Étage 2, porte 21"),
              ("12 rue de Provence", "", "Rez-de-chaussée, porte 3"),
              ("145 boulevard de l'Europe", "Bâtiment C, entrée 4", "Étage 11, porte 1104"))
    letters = tuple(
        InvitationLetter(code=code, address=places[n % 3][0], building=places[n % 3][1],
                         door=places[n % 3][2], landlord_ref=f"KER-{n:05d}")
        for n, code in enumerate(codes(count)))
    base = InvitationSet(sector="Kerourien", question=QUESTION, blank_allowed=True,
                         place="Centre social de Kerourien, 2 rue du Languedoc, 29200 Brest",
                         until=date(2026, 12, 14),
                         hours="du lundi au vendredi, de 9 h à 12 h et de 14 h à 18 h",
                         caretakers=True, letters=letters)
    return replace(base, **changes)  # type: ignore[arg-type]


def page_texts(pdf: bytes) -> list[str]:
    from pypdf import PdfReader

    return [one_line((page.extract_text() or "").replace("\u00a0", " "))
            for page in PdfReader(io.BytesIO(pdf)).pages]


def one_line(text: str) -> str:
    """The extracted text with its line breaks as spaces: a wrapped sentence reads whole."""
    return " ".join(text.split())


def test_one_a4_page_per_dwelling_with_its_address_and_the_poll() -> None:
    letters = batch()
    pdf = render.invitations_a4(letters, HEADER)
    assert page_count(pdf) == 3
    assert page_size_mm(pdf, 2) == pytest.approx((210, 297), abs=0.5)
    text = one_line(text_of(pdf))
    for expected in ("Vote des locataires", "Centre social de Kerourien", "3 rue du Languedoc",
                     "Bâtiment A, entrée 1", "Étage 2, porte 21", "Rez-de-chaussée, porte 3",
                     "KER-00002", QUESTION, "Pour", "Contre", "Blanc",
                     "jusqu'au lundi 14 décembre 2026", "de 9 h à 12 h et de 14 h à 18 h",
                     "gardien", "Le vote est secret", "Un seul vote par logement",
                     "Présentez cette lettre à l'accueil du centre social : elle sera scannée."):
        assert expected in text, expected
    for code in codes(3):
        assert f"{code[:4]} {code[4:8]} {code[8:]}" in text
    for name in HOUSEHOLDS:
        assert name not in text


def test_letters_keep_the_given_order_and_each_code_reads_back_from_the_paper() -> None:
    letters = batch()
    pdf = render.invitations_a4(letters, HEADER)
    pages = page_texts(pdf)
    assert len(pages) == 3
    for page, letter in zip(pages, letters.letters):
        assert labels.code_groups(letter.code) in page and letter.address in page
    for dpi in (150, 96):  # an office scan, a cheap one
        assert qr_codes(pdf, dpi) == codes(3)  # the payload is the code, nothing else


def test_blank_answer_only_when_the_poll_allows_it() -> None:
    text = text_of(render.invitations_a4(batch(blank_allowed=False), HEADER))
    assert "Pour" in text and "Contre" in text
    assert "blanc" not in text.lower()


def test_optional_sentences() -> None:
    text = one_line(text_of(render.invitations_a4(batch(hours="", caretakers=False), HEADER)))
    assert "Horaires" not in text and "gardien" not in text
    assert "jusqu'au lundi 14 décembre 2026" in text


def test_first_of_the_month_in_french() -> None:
    assert labels.until(date(2026, 12, 1)) == "jusqu'au mardi 1er décembre 2026"
    assert labels.long_date(date(2027, 8, 15)) == "dimanche 15 août 2027"


def test_progress_is_reported_and_ends_at_the_total() -> None:
    calls: list[tuple[int, int]] = []
    render.invitations_a4(batch(), HEADER, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(3, 3)]
    calls.clear()
    render.invitations_a4(batch(120), HEADER, progress=lambda done, total: calls.append((done, total)))
    assert calls == [(50, 120), (100, 120), (120, 120)]


def test_cancel_stops_the_rendering() -> None:
    with pytest.raises(render.Cancelled):
        render.invitations_a4(batch(), HEADER, cancelled=lambda: True)
    asked: list[int] = []
    calls: list[tuple[int, int]] = []

    def cancel_on_second_look() -> bool:
        asked.append(1)
        return len(asked) >= 2

    with pytest.raises(render.Cancelled):
        render.invitations_a4(batch(120), HEADER, cancelled=cancel_on_second_look,
                              progress=lambda done, total: calls.append((done, total)))
    assert len(asked) == 2 and (120, 120) not in calls


def test_no_letters_is_refused() -> None:
    with pytest.raises(ValueError):
        render.invitations_a4(batch(0), HEADER)


def _char_boxes(pdf: bytes, dpi: int) -> list[tuple[list[tuple[float, float, float, float]],
                                                     tuple[float, float, float, float]]]:
    """Per page: every character's box, and the QR code's box as decoded from
    the pixels; all in points from the lower-left corner."""
    import pypdfium2 as pdfium
    import zxingcpp

    pages = []
    document = pdfium.PdfDocument(pdf)
    try:
        for page in document:
            height = page.get_height()
            text = page.get_textpage()
            chars = [text.get_charbox(i) for i in range(text.count_chars())
                     if text.get_text_range(i, 1).strip()]
            image = page.render(scale=dpi / 72).to_pil().convert("L")
            (found,) = zxingcpp.read_barcodes(image)
            corners = [found.position.top_left, found.position.top_right,
                       found.position.bottom_left, found.position.bottom_right]
            xs = [p.x * 72 / dpi for p in corners]
            ys = [height - p.y * 72 / dpi for p in corners]
            pages.append((chars, (min(xs), min(ys), max(xs), max(ys))))
    finally:
        document.close()
    return pages


def test_a_long_question_wraps_on_the_page_and_clear_of_the_code() -> None:
    long_question = " ".join([QUESTION] * 4)
    long_address = "Résidence des Hortensias, 145 boulevard de l'Europe prolongé, allée des Camélias"
    letters = batch(question=long_question, hours="lundi, mardi, jeudi et vendredi de 9 h à 12 h "
                    "et de 13 h 30 à 18 h ; mercredi de 9 h à 12 h ; samedi sur rendez-vous")
    letters = replace(letters, letters=(replace(letters.letters[0], address=long_address),
                                        *letters.letters[1:]))
    pdf = render.invitations_a4(letters, HEADER)
    assert page_count(pdf) == 3
    text = one_line(text_of(pdf))
    assert long_question in text and long_address in text and "samedi sur rendez-vous" in text
    width_pt, height_pt = 210 / 25.4 * 72, 297 / 25.4 * 72
    for chars, (qr_left, qr_bottom, qr_right, qr_top) in _char_boxes(pdf, 150):
        for left, bottom, right, top in chars:
            assert 28 < left and right < width_pt - 28  # 10 mm from each edge at least
            assert 28 < bottom and top < height_pt - 28
            overlaps = left < qr_right and right > qr_left and bottom < qr_top and top > qr_bottom
            assert not overlaps
