"""Every user-visible string has a French translation, shipped and loaded."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from app.resources import resource_path

TS = resource_path("translations", "guichet_fr.ts")
QM = resource_path("translations", "guichet_fr.qm")
ROOT = Path(__file__).resolve().parents[2]


def messages() -> list[tuple[str, str, ET.Element]]:
    tree = ET.parse(TS)
    return [(context.findtext("name"), message.findtext("source"), message.find("translation"))
            for context in tree.iter("context") for message in context.iter("message")]


def forms(translation: ET.Element) -> list[str]:
    """The translation, or its plural forms (French: singular, plural)."""
    plural = [form.text or "" for form in translation.iter("numerusform")]
    return plural or [translation.text or ""]


def test_catalogue_is_complete() -> None:
    entries = messages()
    assert len(entries) > 30
    unfinished = [source for _, source, tr in entries
                  if tr.get("type") in {"unfinished", "vanished", "obsolete"}
                  or not all(forms(tr))]
    assert unfinished == []
    plurals = [tr for _, _, tr in entries if list(tr.iter("numerusform"))]
    assert len(plurals) > 15 and all(len(forms(tr)) == 2 for tr in plurals)


def test_no_sentence_says_plural_with_brackets() -> None:
    """"1 vote(s)" is for forms on paper: counts take Qt's plural forms."""
    import re

    for _, source, tr in messages():
        for form in forms(tr):
            assert not re.search(r"\w\((s|x|e|es)\)", form), (source, form)


def test_placeholders_survive_translation() -> None:
    import re

    for _, source, tr in messages():
        for form in forms(tr):
            assert set(re.findall(r"\{\w+\}", source)) == set(re.findall(r"\{\w+\}", form)), \
                source


def test_compiled_catalogue_matches_the_sources() -> None:
    translator = QTranslator()
    assert translator.load(str(QM))
    for context, source, tr in messages():
        if list(tr.iter("numerusform")):
            singular, plural = forms(tr)
            assert translator.translate(context, source, None, 1) == singular, source
            assert translator.translate(context, source, None, 3) == plural, source
        else:
            assert translator.translate(context, source) == tr.text, source


def test_counts_read_the_same_in_the_window_and_on_the_command_line() -> None:
    """The command line reads the .ts itself: same plural rule as Qt's."""
    from app import messages as catalogue

    catalogue.set_translator(None)
    try:
        by_file = [catalogue.Messages.tr("%n household(s) anonymised", "", n) for n in (0, 1, 2)]
    finally:
        catalogue.set_translator(QCoreApplication.translate)
    by_qt = [catalogue.Messages.tr("%n household(s) anonymised", "", n) for n in (0, 1, 2)]
    assert by_file == by_qt == ["0 foyer anonymisé", "1 foyer anonymisé", "2 foyers anonymisés"]


def test_every_string_in_the_code_is_in_the_catalogue(tmp_path: Path) -> None:
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    if not lupdate.exists():
        lupdate = Path(shutil.which("pyside6-lupdate") or "")
    if not lupdate.is_file():
        pytest.skip("pyside6-lupdate not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py")) + [
        str(ROOT / "app" / "messages.py"), str(ROOT / "app" / "cli.py")]
    subprocess.run([str(lupdate), *sources, "-ts", str(fresh), "-locations", "none"],
                   check=True, capture_output=True)
    in_code = {(c.findtext("name"), m.findtext("source"))
               for c in ET.parse(fresh).iter("context") for m in c.iter("message")}
    in_catalogue = {(context, source) for context, source, _ in messages()}
    assert in_code - in_catalogue == set(), "run `make translations` and translate"


def test_the_application_speaks_french() -> None:
    assert QCoreApplication.translate("LoginPage", "Sign in") == "Se connecter"


def test_guillemets_hold_their_words() -> None:
    """« and » take a no-break space, as French typesetting has it: a line
    never ends on « nor starts with »."""
    for _, source, tr in messages():
        for form in forms(tr):
            assert "« " not in form and " »" not in form, source
