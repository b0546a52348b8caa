from __future__ import annotations

import pytest

from app.domain.money import format_euros
from app.domain.text import clean, fold


@pytest.mark.parametrize(("typed", "stored"), [
    ("helene le gall", "Hélène LE GALL"),
    ("quemener", "Quéméner"),
    ("ozturk", "Öztürk"),
    ("sukru", "Şükrü"),
    ("lukasz wrobel", "Łukasz Wróbel"),
    ("nguyen thi huong", "Nguyễn Thị Hương"),
    ("dang", "Đặng"),
    ("yilmaz", "Yılmaz"),
    ("zoe l'henaff-kerbrat", "Zoé L’Hénaff-Kerbrat"),
    ("coeurdevey", "Cœurdevey"),
])
def test_fold_matches_what_people_type(typed: str, stored: str) -> None:
    assert fold(typed) == fold(stored)


def test_fold_collapses_spaces_and_keeps_other_scripts() -> None:
    assert fold("  Le   Bihan \t") == "le bihan"
    assert fold("بن علي") == "بن علي"


def test_clean_normalises_to_nfc_and_trims() -> None:
    decomposed = "Ze\u0301lie  "
    assert clean(decomposed) == "Zélie"
    assert clean(None) == ""


def test_money_is_formatted_from_integer_cents() -> None:
    assert format_euros(4000) == "40,00\u00a0€"
    assert format_euros(118) == "1,18\u00a0€"
    assert format_euros(123456) == "1\u202f234,56\u00a0€"
    assert format_euros(-5) == "-0,05\u00a0€"


def test_invisible_format_characters_go_but_joiners_stay() -> None:
    from app.domain.text import clean

    assert clean("Evil\u202etxt.exe") == "Eviltxt.exe"  # read "Evilexe.txt" otherwise
    assert clean("\u2066Anne\u2069") == "Anne"
    assert clean("می\u200cخواهم") == "می\u200cخواهم"  # Persian keeps its non-joiner


def test_a_right_to_left_name_is_drawn_joined_and_in_visual_order() -> None:
    from app.documents.fonts import visual

    assert visual("Foyer : LE GALL Hélène") == "Foyer : LE GALL Hélène"  # untouched
    drawn = visual("Foyer : بن علي Fatima")
    assert drawn.startswith("Foyer : ") and drawn.endswith(" Fatima")
    arabic = drawn[len("Foyer : "):-len(" Fatima")]
    # joined letter forms (presentation forms), the first word read first from the right
    assert all("\ufe70" <= ch <= "\ufeff" or ch == " " for ch in arabic)
    assert arabic.split(" ")[-1] == visual("بن")
