"""Parsing landlord exports, byte for byte as spreadsheets write them."""

from __future__ import annotations

import codecs

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import roster as r
from tests.conftest import DATA

ROSTERS = DATA / "rosters"
HEADER = "Reference logement;Adresse;Porte;Nom;Prenom;Secteur"


def codes(result: r.Roster) -> list[str]:
    return [p.code for p in result.problems]


def test_excel_utf8_bom_semicolons_and_households() -> None:
    result = r.parse((ROSTERS / "excel_csv_utf8_bom.csv").read_bytes(), "Kerourien")
    assert result.problems == []
    assert result.encoding == "utf-8-sig" and result.delimiter == ";"
    assert len(result.dwellings) == 8
    household = result.dwellings["KER-0101"]
    assert [(m.family_name, m.given_name) for m in household.members] == [
        ("ÖZTÜRK", "Şükrü"), ("ÖZTÜRK", "Ayşe")]
    assert household.members[0].phone == "06 12 34 56 78"
    assert result.dwellings["KER-0104"].members == []  # vacant: a dwelling, nobody in it
    assert result.dwellings["KER-0103"].members[0].given_name == "Thị Hương"
    # trailing empty cells dropped by the spreadsheet: padded, sector from the option
    assert result.dwellings["KER-0108"].sector == "Kerourien"


def test_trailing_cells_dropped_without_sector_option_is_an_error_per_line() -> None:
    result = r.parse((ROSTERS / "excel_csv_utf8_bom.csv").read_bytes())
    assert [(p.line, p.code, p.ref) for p in result.problems] == [
        (10, r.NO_SECTOR, "KER-0108"), (11, r.NO_SECTOR, "KER-0108")]


def test_libreoffice_cp1252_commas_quotes_and_loose_headers() -> None:
    result = r.parse((ROSTERS / "libreoffice_cp1252_comma.csv").read_bytes(), "Kerbernard")
    assert result.problems == []
    assert result.encoding == "cp1252" and result.delimiter == ","
    entry = result.dwellings["PAC-2001"]
    assert (entry.address, entry.building, entry.floor, entry.door) == (
        "12, rue Anatole France", "C", "RDC", "1")
    assert [m.family_name for m in result.dwellings["PAC-2004"].members] == ["Cœurdevey"] * 2
    assert result.dwellings["PAC-2003"].members[0].family_name == "L'Hénaff-Kerbrat"
    assert result.dwellings["PAC-2002"].members[0].phone == "06 11 22 33 44"


def test_excel_unicode_text_is_utf16_with_tabs() -> None:
    result = r.parse((ROSTERS / "excel_unicode_text_utf16.txt").read_bytes())
    assert result.problems == []
    assert result.delimiter == "\t"
    assert result.dwellings["KB-303"].members[0].family_name == "بن علي"
    assert result.dwellings["KB-301"].sector == "Pen ar Creac'h / Kerbernard"


def test_conflicts_missing_reference_and_extra_cells_name_their_lines() -> None:
    result = r.parse((ROSTERS / "conflicting_lines.csv").read_bytes())
    assert [(p.line, p.code) for p in result.problems] == [
        (3, r.CONFLICT), (4, r.MISSING_REFERENCE), (5, r.TOO_MANY_CELLS)]
    conflict = result.problems[0]
    assert (conflict.ref, conflict.column, conflict.detail, conflict.other_value,
            conflict.other_line) == ("KER-0201", "address", "9 rue de Gascogne",
                                     "1 rue de Gascogne", 2)


@pytest.mark.parametrize(("data", "code"), [
    (b"", r.EMPTY),
    (b"  \r\n\r\n", r.EMPTY),
    ((ROSTERS / "saved_as_xlsx.xlsx").read_bytes(), r.BINARY),
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, r.BINARY),
    ((ROSTERS / "no_reference_column.csv").read_bytes(), r.MISSING_COLUMN),
    (HEADER.encode() + b"\n", r.NO_DATA),
    ("Référence;Adresse;Porte;Nom;Prénom;Secteur;Adresse\n".encode(), r.DUPLICATE_COLUMN),
])
def test_files_that_are_not_rosters_get_one_clear_problem(data: bytes, code: str) -> None:
    assert codes(r.parse(data)) == [code]


def test_missing_sector_column_is_required_only_without_option() -> None:
    data = b"Reference logement;Adresse;Porte;Nom;Prenom\nX1;1 rue A;1;Le Goff;Yann\n"
    assert [(p.code, p.detail) for p in r.parse(data).problems] == [
        (r.MISSING_COLUMN, "secteur")]
    assert r.parse(data, "Kerourien").problems == []


def test_headers_match_without_case_accents_spaces_or_punctuation() -> None:
    data = ("  RÉFÉRENCE   Logement ;ADRESSE;N° Porte;nom;PRÉNOM;Téléphone :;secteur\n"
            "X1;1 rue A;1;Le Goff;Yann;0600000000;Kerourien\n").encode("utf-8")
    result = r.parse(data)
    assert result.problems == []
    assert result.dwellings["X1"].door == "1"
    assert result.dwellings["X1"].members[0].phone == "0600000000"


def test_too_many_lines_is_refused_whole() -> None:
    lines = [HEADER] + [f"R{n};1 rue A;{n};Nom;Prenom;S" for n in range(r.MAX_DATA_LINES + 1)]
    result = r.parse("\n".join(lines).encode())
    assert codes(result) == [r.TOO_MANY_LINES]
    assert result.dwellings == {}


def test_windows_1252_bytes_that_utf8_rejects() -> None:
    data = "Reference logement;Adresse;Porte;Nom;Prenom;Secteur\nX1;1 rue A;1;Lefèvre;Zoé;Kerourien\n"
    result = r.parse(data.encode("cp1252"))
    assert result.encoding == "cp1252"
    assert result.dwellings["X1"].members[0].family_name == "Lefèvre"


def test_same_person_twice_in_a_household_is_one_member() -> None:
    data = (f"{HEADER}\nX1;1 rue A;1;Le Goff;Yann;S\nX1;1 rue A;1;LE GOFF;Yann;S\n").encode()
    assert len(r.parse(data).dwellings["X1"].members) == 1


names = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1,
                max_size=20).filter(lambda s: s.strip() and ";" not in s and '"' not in s)


@given(st.lists(st.tuples(names, names), min_size=1, max_size=8))
def test_any_unicode_name_survives_a_round_trip(people: list[tuple[str, str]]) -> None:
    lines = [HEADER] + [f"R{n};1 rue A;{n};{family};{given_name};S"
                        for n, (family, given_name) in enumerate(people)]
    data = codecs.BOM_UTF8 + "\r\n".join(lines).encode("utf-8")
    result = r.parse(data)
    assert result.problems == []
    got = [(d.members[0].family_name, d.members[0].given_name) for d in result.dwellings.values()]
    assert got == [(r.clean(f), r.clean(g)) for f, g in people]


@pytest.mark.parametrize(("name", "encoding", "delimiter"), [
    ("gnumeric_ssconvert_utf8_comma.csv", "utf-8", ","),
    ("gnumeric_ssconvert_cp1252_semicolon.csv", "cp1252", ";"),
])
def test_real_spreadsheet_exports(name: str, encoding: str, delimiter: str) -> None:
    """Made by Gnumeric's ssconvert from an .xlsx: 'N° logement ', 'NOM', 'Tél.',
    'Quartier' headers, an extra 'Date d'entrée' column, a vacant dwelling."""
    result = r.parse((ROSTERS / name).read_bytes())
    assert result.problems == []
    assert (result.encoding, result.delimiter) == (encoding, delimiter)
    assert sorted(result.dwellings) == ["PAC-3001", "PAC-3002", "PAC-3003", "PAC-3004",
                                        "PAC-3005"]
    assert len(result.dwellings["PAC-3001"].members) == 2
    assert result.dwellings["PAC-3005"].members == []
    assert result.dwellings["PAC-3004"].address == "13, rue Sisley"
    assert result.dwellings["PAC-3001"].sector == "Pen ar Creac'h"
    assert result.dwellings["PAC-3001"].members[0].phone == "0612345678"
    if encoding == "utf-8":
        assert result.dwellings["PAC-3003"].members[0].family_name == "Nguyễn"
        assert result.dwellings["PAC-3002"].members[0].given_name == "Łukasz"


def test_one_windows_1252_byte_in_a_utf8_file_is_refused_with_its_line() -> None:
    """Never mojibake: decoding all of it as Windows-1252 would print HÃ©lÃ¨ne."""
    lines = [HEADER, "X1;1 rue A;1;Le Gall;Hélène;Kerourien", "X2;1 rue A;2;Quéméner;Yann;Kerourien"]
    data = "\n".join(lines).encode("utf-8") + "\nX3;1 rue A;3;Lefèvre;Zoé;Kerourien\n".encode("cp1252")
    result = r.parse(data)
    assert [(p.code, p.line) for p in result.problems] == [(r.MIXED_ENCODING, 4)]
    assert result.dwellings == {}


def test_an_unbalanced_quote_does_not_swallow_the_next_lines() -> None:
    data = "\n".join([HEADER, 'X1;"1 rue A;1;Le Gall;Yann;Kerourien',
                      "X2;2 rue A;2;Kerbrat;Anne;Kerourien",
                      'X3;3 rue A";3;Abgrall;Paul;Kerourien',
                      "X4;4 rue A;4;Diallo;Awa;Kerourien"]).encode()
    result = r.parse(data)
    assert [(p.code, p.line) for p in result.problems] == [(r.SPANS_LINES, 2)]
    assert "X2" not in result.dwellings  # nothing is taken from the swallowed lines


def test_a_cell_longer_than_any_real_address_is_refused_with_its_line() -> None:
    data = "\n".join([HEADER, "X1;1 rue A;1;Le Gall;Yann;Kerourien",
                      f"X2;{'12 rue de Kerourien ' * 20};2;Kerbrat;Anne;Kerourien"]).encode()
    result = r.parse(data)
    assert [(p.code, p.line) for p in result.problems] == [(r.TOO_LONG, 3)]
    # an extra column the import ignores may hold anything
    long_note = HEADER + ";Commentaire\nX1;1 rue A;1;Le Gall;Yann;Kerourien;" + "x" * 900 + "\n"
    assert r.parse(long_note.encode()).problems == []


def test_a_megabyte_header_cell_is_not_called_an_empty_file() -> None:
    data = ("Reference logement;" + "A" * 1_000_000 + "\nX1;1 rue A\n").encode()
    result = r.parse(data)
    assert [(p.code, p.line) for p in result.problems] == [(r.UNREADABLE_LINE, 1)]
