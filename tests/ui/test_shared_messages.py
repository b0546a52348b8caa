"""One catalogue: the command line says exactly what the window says, in French."""

from __future__ import annotations

from pathlib import Path

import pytest

from app import messages
from app.domain import roster
from app.domain.errors import BackupFailed, RestoreRefused, RosterProblem, UnknownHousehold

CASES = [
    BackupFailed("disk_full", Path("/media/cle/Guichet.guichet-backup")),
    RestoreRefused("wrong_passphrase", Path("sauvegarde.guichet-backup")),
    UnknownHousehold("KER-99999"),
]


@pytest.mark.parametrize("error", CASES, ids=lambda e: type(e).__name__)
def test_cli_and_window_say_the_same_french(error: Exception) -> None:
    window = messages.describe(error)  # the window's Qt translator, installed by the app
    messages.set_translator(None)  # what the command line uses: the .ts file itself
    try:
        cli = messages.describe(error)
    finally:
        from PySide6.QtCore import QCoreApplication

        messages.set_translator(QCoreApplication.translate)
    assert cli == window
    assert cli.startswith(("Sauvegarde impossible", "Restauration refusée", "Aucun foyer"))


def test_roster_problem_with_its_line_in_french_both_ways() -> None:
    problem = RosterProblem(code=roster.MISSING_REFERENCE, line=4)
    window = messages.describe_roster_problem(problem)
    messages.set_translator(None)
    try:
        cli = messages.describe_roster_problem(problem)
    finally:
        from PySide6.QtCore import QCoreApplication

        messages.set_translator(QCoreApplication.translate)
    assert cli == window == "ligne 4 : référence logement manquante"
