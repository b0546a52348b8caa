"""The command line, run as a coordinator would: real files, real exit codes."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app import cli
from db.engine import open_database
from tests.conftest import DATA

ROSTERS = DATA / "rosters"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli.main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db_path(db_path: Path) -> Path:
    """A centre's database, made as the first start of the window makes it."""
    open_database(db_path).close()
    return db_path


def test_only_demo_makes_a_new_database(tmp_path: Path) -> None:
    missing, empty = tmp_path / "absent.sqlite3", tmp_path / "empty.sqlite3"
    empty.write_bytes(b"")
    for path in (missing, empty):
        for argv in (("audit", "verify"), ("privacy", "retention"),
                     ("import-roster", str(ROSTERS / "excel_csv_utf8_bom.csv"))):
            code, out, err = run(*argv, "--db", str(path))
            assert code == cli.EXIT_DATABASE, (argv, out, err)
            assert "Il n'y a pas de base Guichet" in err and "Rien n'a été créé" in err
        assert not path.exists() or path.read_bytes() == b""  # nothing created, nothing written
        assert not Path(str(path) + "-wal").exists()
    code, out, _ = run("demo", "--db", str(missing))
    assert code == cli.EXIT_OK and "1020 logements" in out


def test_import_prints_counts_then_reimport_is_unchanged(db_path: Path) -> None:
    args = ("import-roster", str(ROSTERS / "excel_csv_utf8_bom.csv"), "--sector", "Kerourien",
            "--db", str(db_path))
    code, out, _ = run(*args)
    assert code == cli.EXIT_OK
    assert "logements nouveaux    : 8" in out and "9 nouvelles" in out
    code, out, _ = run(*args)
    assert code == cli.EXIT_OK and "logements inchangés   : 8" in out


def test_dry_run_writes_nothing(db_path: Path) -> None:
    code, out, _ = run("--db", str(db_path), "import-roster",
                       str(ROSTERS / "excel_unicode_text_utf16.txt"), "--dry-run")
    assert code == cli.EXIT_OK and "rien n'a été écrit" in out
    code, out, _ = run("--db", str(db_path), "import-roster",
                       str(ROSTERS / "excel_unicode_text_utf16.txt"))
    assert "logements nouveaux    : 3" in out


def test_rejected_file_lists_each_error_with_its_line(db_path: Path) -> None:
    code, _, err = run("import-roster", str(ROSTERS / "conflicting_lines.csv"), "--db", str(db_path))
    assert code == cli.EXIT_REJECTED
    assert "conflicting_lines.csv : 3 erreurs, rien n'a été importé." in err
    assert "ligne 3 : KER-0201 : adresse «\u00a09 rue de Gascogne\u00a0» ici, mais «\u00a01 rue de Gascogne\u00a0» ligne 2" in err
    assert "ligne 4 : référence logement manquante" in err
    assert "ligne 5 : plus de cellules que de colonnes" in err
    assert "Traceback" not in err


def test_spreadsheet_file_and_missing_file_are_clear(db_path: Path, tmp_path: Path) -> None:
    code, _, err = run("import-roster", str(ROSTERS / "saved_as_xlsx.xlsx"), "--db", str(db_path))
    assert code == cli.EXIT_REJECTED and "un export CSV est attendu" in err
    code, _, err = run("import-roster", str(tmp_path / "absent.csv"), "--db", str(db_path))
    assert code == cli.EXIT_USAGE and "Impossible de lire" in err


def test_not_a_database_is_a_clear_message(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"PK\x03\x04 not sqlite at all")
    code, _, err = run("demo", "--db", str(bogus))
    assert code == cli.EXIT_DATABASE
    assert "n'est pas une base Guichet" in err and "Traceback" not in err


def test_demo_fills_an_empty_database_once(db_path: Path) -> None:
    code, out, _ = run("demo", "--db", str(db_path))
    assert code == cli.EXIT_OK and "1020 logements" in out
    code, _, err = run("demo", "--db", str(db_path))
    assert code == cli.EXIT_REJECTED and "déjà des données" in err


def test_guichet_entry_point_dispatches_verbs_to_the_cli(db_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "ui.main", "import-roster", str(ROSTERS / "no_reference_column.csv"),
         "--db", str(db_path)], capture_output=True, text=True, timeout=60)
    assert result.returncode == cli.EXIT_REJECTED
    assert "colonne obligatoire absente" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("damage", ["at = 'le 3 mars'", "details = x'00ff10'", "at = 42"])
def test_a_malformed_audit_entry_is_named_not_a_traceback(db_path: Path, damage: str) -> None:
    code, _, _ = run("demo", "--db", str(db_path))
    raw = sqlite3.connect(db_path)
    raw.execute("DROP TRIGGER audit_log_no_update")  # someone with the file and sqlite3 in hand
    raw.execute(f"UPDATE audit_log SET {damage} WHERE id = 3")
    raw.commit()
    raw.close()
    code, out, err = run("audit", "verify", "--db", str(db_path))
    assert code == cli.EXIT_REJECTED and "Traceback" not in err + out
    assert err.strip() == ("Journal d'audit endommagé : l'entrée n° 3 est illisible (une date ou "
                           "un détail qui n'en est pas un).")


def test_only_regular_files_of_a_sane_size_are_read(db_path: Path, tmp_path: Path) -> None:
    """A named pipe would wait for ever, /dev/zero never end, a 200 MB file
    fill the memory: each is refused before reading, with the reason."""
    import os

    pipe = tmp_path / "liste.csv"
    os.mkfifo(pipe)
    huge = tmp_path / "enorme.csv"
    with huge.open("wb") as file:
        file.truncate(200 * 1024 * 1024)  # sparse: no disk used
    for path, reason in ((pipe, "ce n'est pas un fichier"), (Path("/dev/zero"),
                         "ce n'est pas un fichier"), (huge, "fichier trop gros")):
        code, _, err = run("import-roster", str(path), "--sector", "K", "--db", str(db_path))
        assert code == cli.EXIT_REJECTED, (path, err)
        assert reason in err and "Traceback" not in err


def test_a_trail_cut_or_rewritten_after_a_backup_shows_against_that_backup(
        db_path: Path, tmp_path: Path) -> None:
    """Deleting the newest entries, or rewriting one and computing the chain
    again, still verifies on its own: held against a backup made before, it
    does not."""
    import hashlib
    import json
    from datetime import datetime

    run("demo", "--db", str(db_path))
    secret = tmp_path / "phrase.txt"
    secret.write_text("une phrase de passe assez longue\n")
    stick = tmp_path / "cle"
    stick.mkdir()
    assert run("backup", str(stick), "--passphrase-file", str(secret), "--db", str(db_path))[0] == 0
    saved = next(stick.glob("*.guichet-backup"))
    code, out, _ = run("audit", "verify", "--against", str(saved), "--passphrase-file",
                       str(secret), "--db", str(db_path))
    assert code == cli.EXIT_OK and "commence exactement comme dans la copie" in out
    assert "Empreinte du journal à noter" in out

    raw = sqlite3.connect(db_path)  # someone with the file and sqlite3 in hand...
    raw.execute("DROP TRIGGER audit_log_no_update")
    raw.execute("DROP TRIGGER audit_log_no_delete")
    raw.execute("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)")
    rows = raw.execute("SELECT id, at, actor_id, actor_label, action, entity, entity_id, details "
                       "FROM audit_log ORDER BY id").fetchall()
    previous = "0" * 64  # ...rewrites an entry and computes the whole chain again
    for index, (entry_id, at, actor_id, label, action, entity, entity_id, details) in \
            enumerate(rows):
        if index == 2:
            label = "quelqu'un d'autre"
        canonical = json.dumps([previous, datetime.fromisoformat(at).isoformat(), actor_id,
                                label, action, entity, entity_id, details],
                               ensure_ascii=False, separators=(",", ":"))
        digest = hashlib.sha256(canonical.encode()).hexdigest()
        raw.execute("UPDATE audit_log SET actor_label = ?, prev_hash = ?, hash = ? WHERE id = ?",
                    (label, previous, digest, entry_id))
        previous = digest
    raw.commit()
    raw.close()
    code, out, _ = run("audit", "verify", "--db", str(db_path))
    assert code == cli.EXIT_OK  # on its own, the forged chain holds
    code, out, err = run("audit", "verify", "--against", str(saved), "--passphrase-file",
                         str(secret), "--db", str(db_path))
    assert code == cli.EXIT_REJECTED
    assert "ne commence plus comme dans la copie" in err


def test_help_and_usage_errors_are_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        cli.main(["--help"])
    assert done.value.code == 0
    text = capsys.readouterr().out
    assert text.startswith("Utilisation : guichet")
    assert "afficher cette aide et quitter" in text and "commandes" in text
    for english in ("usage:", "show this help", "positional arguments"):
        assert english not in text
    with pytest.raises(SystemExit) as done:
        cli.main(["privacy", "purge"])
    assert done.value.code == cli.EXIT_USAGE
    err = capsys.readouterr().err
    assert "guichet privacy : erreur : argument action : 'purge' n'existe pas" in err
    with pytest.raises(SystemExit):
        cli.main(["backup"])
    assert "il manque : DOSSIER" in capsys.readouterr().err


def test_staff_from_the_command_line(db_path: Path, tmp_path: Path) -> None:
    secret = tmp_path / "pin.txt"
    secret.write_text("2580\n", encoding="utf-8")
    code, out, err = run("staff", "add", "Maïwenn", "--role", "volunteer", "--until",
                         "2099-06-30", "--secret-file", str(secret), "--db", str(db_path))
    assert (code, out.strip()) == (cli.EXIT_OK, "Compte créé : Maïwenn (bénévole).")
    code, out, _ = run("staff", "list", "--db", str(db_path))
    assert "Maïwenn\tbénévole\tactif jusqu'au 30/06/2099" in out
    secret.write_text("1111\n", encoding="utf-8")
    code, _, err = run("staff", "reset", "maiwenn", "--secret-file", str(secret),
                       "--db", str(db_path))
    assert code == cli.EXIT_REJECTED and "un seul chiffre répété" in err
    code, out, _ = run("staff", "disable", "Maïwenn", "--db", str(db_path))
    assert (code, out.strip()) == (cli.EXIT_OK, "Maïwenn ne peut plus se connecter.")
    code, _, err = run("staff", "disable", "Personne", "--db", str(db_path))
    assert code == cli.EXIT_REJECTED and err.strip() == "Aucun compte au nom de Personne."


def test_a_secret_is_never_read_from_a_pipe(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """getpass would echo it and warn in English: without a keyboard, the
    command line asks for --secret-file and writes nothing."""
    monkeypatch.setattr(sys, "stdin", io.StringIO("2580\n2580\n"))
    code, _, err = run("staff", "add", "Pipe", "--db", str(db_path))
    assert code == cli.EXIT_USAGE
    assert err.strip() == "Rien n'a été saisi (option --secret-file)."
    code, out, _ = run("staff", "list", "--db", str(db_path))
    assert "Pipe" not in out


def test_a_missing_file_is_said_in_french(db_path: Path, tmp_path: Path) -> None:
    code, _, err = run("staff", "add", "Nolwenn", "--secret-file", str(tmp_path / "absent.txt"),
                       "--db", str(db_path))
    assert code == cli.EXIT_USAGE
    assert err.strip().endswith(": le fichier ou le dossier n'existe pas")
    code, _, err = run("import-roster", str(tmp_path), "--db", str(db_path))
    assert "No such file" not in err and "Is a directory" not in err
