"""Renderers: text extracted back exactly, QR codes decoded back from pixels."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import datetime
from fractions import Fraction

import pytest

from app.documents import render
from app.documents.model import Header, MinutesDoc, ReceiptDoc, ReceiptLine, SlipDoc
from app.domain.results import PollResults, percent
from tests.pdf_tools import page_count, page_size_mm, qr_codes, text_of

HEADER = Header("Centre social de Pen ar Creac'h", "Rue Sisley, 29200 Brest", "02 98 47 00 00")
NAMES = ("Şükrü Öztürk", "Łukasz Wróbel", "Nguyễn Thị Hương", "Zoé L'Hénaff-Kerbrat")


def receipt(household: str = "ÖZTÜRK Şükrü", lines: int = 1) -> ReceiptDoc:
    return ReceiptDoc(
        kind="sale", number="2026-000042", issued_at=datetime(2026, 11, 23, 10, 42),
        household=household, landlord_ref="PAC-00042",
        address="7 rue Sisley, bât. B, esc. 1, ét. 2, porte 2A",
        lines=tuple(ReceiptLine("Portable reconditionné", f"PC-RECY-{n:04d}", 7000)
                    for n in range(lines)),
        staff="Accueil", payment="cash")


SLIP = SlipDoc(qr_payload="GUICHET-RDV:7KQ2M9XR4TZW", starts_at=datetime(2026, 11, 30, 14, 0),
               place="Accueil du centre social", purpose="Retrait de décodeur",
               household="NGUYỄN Thị Hương", landlord_ref="PAC-00079",
               bring=("Pièce d'identité", "Quittance de loyer"))


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("renderer", [render.receipt_a4, render.receipt_roll])
def test_names_print_exactly_as_written(renderer, name: str) -> None:  # type: ignore[no-untyped-def]
    assert name in text_of(renderer(receipt(household=name), HEADER))


@pytest.mark.parametrize("renderer", [render.slip_a6, render.slip_roll])
def test_slip_names_and_wording(renderer) -> None:  # type: ignore[no-untyped-def]
    text = text_of(renderer(SLIP, HEADER))
    for expected in ("NGUYỄN Thị Hương", "lundi 30 novembre 2026", "à 14 h", "Pièce d'identité",
                     "Centre social de Pen ar Creac'h", "02 98 47 00 00"):
        assert expected in text


@pytest.mark.parametrize("renderer", [render.slip_a6, render.slip_roll])
def test_a_slip_with_its_code_in_digits_half_past(renderer) -> None:  # type: ignore[no-untyped-def]
    from dataclasses import replace

    slip = replace(SLIP, qr_payload="4821093755263", code="4821093755263",
                   starts_at=datetime(2026, 3, 3, 14, 30))
    text = " ".join(text_of(renderer(slip, HEADER)).split())
    assert "mardi 3 mars 2026" in text and "à 14 h 30" in text
    assert "4821 0937 5526 3" in text
    assert qr_codes(renderer(slip, HEADER), 203) == ["4821093755263"]


@pytest.mark.parametrize("dpi", [203, 150])
@pytest.mark.parametrize("renderer", [render.slip_a6, render.slip_roll])
def test_slip_qr_reads_back_from_a_thermal_or_scanned_image(renderer, dpi: int) -> None:  # type: ignore[no-untyped-def]
    assert qr_codes(renderer(SLIP, HEADER), dpi) == ["GUICHET-RDV:7KQ2M9XR4TZW"]


@pytest.mark.parametrize("dpi", [203, 150])
def test_receipt_qr_holds_the_number_only(dpi: int) -> None:
    codes = qr_codes(render.receipt_roll(receipt(), HEADER), dpi)
    assert codes == ["GUICHET-RECU:sale:2026-000042"]
    assert "Şükrü" not in codes[0] and "PAC" not in codes[0]


def test_a4_receipt_has_two_copies_and_a_cut_line() -> None:
    pdf = render.receipt_a4(receipt(), HEADER)
    text = text_of(pdf)
    assert page_count(pdf) == 1 and page_size_mm(pdf) == pytest.approx((210, 297), abs=0.5)
    assert text.count("Reçu n° 2026-000042") == 2
    assert "Exemplaire du locataire" in text and "Exemplaire du centre" in text
    assert "découper ici" in text
    assert "70,00 €" in text and "espèces" in text
    assert len(qr_codes(pdf, 150)) == 2


def test_roll_is_80mm_wide_and_as_long_as_its_content() -> None:
    short = render.receipt_roll(receipt(lines=1), HEADER)
    long = render.receipt_roll(receipt(lines=6), HEADER)
    assert page_size_mm(short)[0] == pytest.approx(80, abs=0.1)
    assert page_size_mm(long)[1] > page_size_mm(short)[1] + 20
    assert "420,00 €" in text_of(long)


def test_slip_formats() -> None:
    assert page_size_mm(render.slip_a6(SLIP, HEADER)) == pytest.approx((105, 148), abs=0.5)
    assert page_size_mm(render.slip_roll(SLIP, HEADER))[0] == pytest.approx(80, abs=0.1)


def test_duplicate_is_marked_on_the_page() -> None:
    assert "DUPLICATA" not in text_of(render.receipt_a4(receipt(), HEADER))
    for renderer in (render.receipt_a4, render.receipt_roll):
        assert "DUPLICATA" in text_of(renderer(receipt(), HEADER, duplicate=True))
    assert "DUPLICATA" in text_of(render.slip_a6(SLIP, HEADER, duplicate=True))


def test_minutes_with_the_2010_figures() -> None:
    doc = MinutesDoc(sector="Kerourien", question="Êtes-vous favorable à l'offre ?",
                     opened_at=datetime(2010, 3, 1, 9), closed_at=datetime(2010, 3, 20, 17),
                     eligible=593, took_part=150, blank=4, spoiled=2, for_=88, against=56,
                     at_counter=102, by_caretakers=48)
    text = text_of(render.minutes_a4(doc, HEADER))
    for expected in ("Procès-verbal du vote des locataires", "593", "150", "144", "61,1 %",
                     "25,3 %", "L'offre est adoptée.", "aucun bulletin ne peut être rattaché"):
        assert expected in text


KEROURIEN = MinutesDoc(
    sector="Kerourien", question="Êtes-vous favorable à l'offre ?",
    opened_at=datetime(2010, 3, 1, 9), closed_at=datetime(2010, 3, 20, 17),
    eligible=593, took_part=150, blank=4, spoiled=2, for_=88, against=56,
    at_counter=102, by_caretakers=48, quorum_percent=20,
    buildings=(("Bâtiment A, 1 rue du Languedoc", 200, 61),
               ("Bâtiment B, 3 rue du Languedoc", 193, 40),
               ("Bâtiment C, 5 rue du Languedoc", 200, 49)))


def test_minutes_show_the_quorum_the_buildings_and_three_signatures() -> None:
    pdf = render.minutes_a4(KEROURIEN, HEADER)
    text = " ".join(text_of(pdf).split())  # a caption wrapped in its box reads whole
    assert page_count(pdf) == 1  # three buildings: the signatures stay with the figures
    for expected in ("Quorum de participation : 20 %, atteint", "L'offre est adoptée.",
                     "Participation par bâtiment", "Bâtiment A, 1 rue du Languedoc",
                     "Bâtiment B, 3 rue du Languedoc", "Bâtiment C, 5 rue du Languedoc",
                     "30,5 %", "20,7 %", "24,5 %", "Ensemble du secteur",
                     "coordinateur·rice", "représentant·e des locataires n° 1",
                     "représentant·e des locataires n° 2"):
        assert expected.lower() in text.lower(), expected
    assert text.count("Nom :") == 3 and text.count("Signature :") == 3


def test_minutes_without_the_quorum_do_not_adopt() -> None:
    doc = replace(KEROURIEN, quorum_percent=30)  # 25.3 % took part
    text = text_of(render.minutes_a4(doc, HEADER))
    assert "Quorum de participation : 30 %, non atteint" in text
    assert "L'offre n'est pas adoptée" in text and "L'offre est adoptée." not in text
    assert "Quorum" not in text_of(render.minutes_a4(replace(doc, quorum_percent=None), HEADER))


def test_forty_entrances_flow_onto_further_pages() -> None:
    buildings = tuple((f"Entrée {n:02d}, {n} rue du Languedoc", 15, n % 15) for n in range(1, 41))
    pdf = render.minutes_a4(replace(KEROURIEN, buildings=buildings), HEADER,
                            printed_at=datetime(2010, 3, 20, 18))
    pages = page_count(pdf)
    text = text_of(pdf)
    assert pages >= 2 and f"Page {pages} / {pages}" in text
    assert "Participation par bâtiment (suite)" in text
    for caption, _, _ in buildings:
        assert text.count(caption) == 1
    assert text.count("Signature :") == 3 and text.count("Imprimé le 20/03/2010") == pages


def test_minutes_csv_opens_in_a_french_spreadsheet() -> None:
    rows = list(csv.reader(io.StringIO(render.minutes_csv(KEROURIEN)), delimiter=";"))
    blank = rows.index([])
    overall, buildings = rows[:blank], rows[blank + 1:]
    assert overall[0] == ["indicateur", "valeur"]
    values = dict(overall[1:])
    assert values["Logements invités à voter"] == "593"
    assert values["Logements ayant voté"] == "150"
    assert values["Bulletins blancs"] == "4" and values["Bulletins nuls"] == "2"
    assert values["Pour"] == "88" and values["Contre"] == "56"
    assert values["Suffrages exprimés"] == "144"
    assert values["Part des « pour » parmi les exprimés"] == "61,1 %"
    assert values["Participation"] == "25,3 %"
    assert values["Quorum de participation"] == "20 %" and values["Quorum atteint"] == "oui"
    assert values["Question posée"] == "Êtes-vous favorable à l'offre ?"
    assert buildings == [["bâtiment", "invités", "votants", "participation"],
                         ["Bâtiment A, 1 rue du Languedoc", "200", "61", "30,5 %"],
                         ["Bâtiment B, 3 rue du Languedoc", "193", "40", "20,7 %"],
                         ["Bâtiment C, 5 rue du Languedoc", "200", "49", "24,5 %"]]


def test_minutes_csv_quotes_a_semicolon_in_a_question() -> None:
    doc = replace(KEROURIEN, question="Internet; TV ?", buildings=())
    rows = list(csv.reader(io.StringIO(render.minutes_csv(doc)), delimiter=";"))
    assert ["Question posée", "Internet; TV ?"] in rows and [] not in rows


def test_poll_results_rules() -> None:
    kerourien = PollResults(eligible=593, took_part=150, blank=4, spoiled=2, for_=88, against=56)
    assert kerourien.expressed == 144
    assert kerourien.share_for == Fraction(88, 144)
    assert percent(kerourien.share_for) == "61,1\u00a0%"
    assert kerourien.adopted
    assert not PollResults(10, 4, 0, 0, 2, 2).adopted  # a tie is not a majority
    with pytest.raises(ValueError):
        PollResults(eligible=10, took_part=5, blank=0, spoiled=0, for_=3, against=1)
