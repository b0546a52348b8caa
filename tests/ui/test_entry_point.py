from __future__ import annotations

from ui.main import _gui_arguments


def test_a_database_named_like_a_verb_still_opens_the_window() -> None:
    args, rest = _gui_arguments(["--db", "backup", "--demo"])
    assert (args.db, args.demo, rest) == ("backup", True, [])


def test_a_verb_goes_to_the_command_line() -> None:
    _, rest = _gui_arguments(["--db", "x.sqlite3", "import-roster", "liste.csv"])
    assert rest == ["import-roster", "liste.csv"]
