"""Roster import on a real SQLite file: counts, updates, all-or-nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select

from app.domain import roster as rules
from app.domain.enums import Role
from app.domain.errors import DiskFull, PermissionDenied, RosterRejected
from app.messages import describe
from app.services import accounts
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import Database
from db.models import AuditEntry, Building, Dwelling, Person, Sector
from tests.conftest import DATA, another_counter_can_write

HEADER = "Reference logement;Adresse;Batiment;Porte;Nom;Prenom;Telephone;Secteur"


def csv(*lines: str) -> bytes:
    return ("\n".join((HEADER, *lines)) + "\n").encode("utf-8")


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(model))  # type: ignore[return-value]
                     for model in (Sector, Building, Dwelling, Person))


def test_first_import_creates_sectors_buildings_dwellings_and_people(
        db: Database, cli_actor: Actor) -> None:
    report = import_roster(db, cli_actor, (DATA / "rosters/excel_csv_utf8_bom.csv").read_bytes(),
                           default_sector="Kerourien")
    assert (report.sectors_new, report.dwellings_new, report.people_new) == (1, 8, 9)
    assert counts(db) == (1, 2, 8, 9)
    with db.read() as s:
        names = set(s.scalars(select(Person.given_name)))
    assert {"Şükrü", "Łukasz", "Thị Hương", "Zoé", "Maïwenn"} <= names


def test_reimporting_the_same_file_changes_nothing(db: Database, cli_actor: Actor) -> None:
    data = (DATA / "rosters/libreoffice_cp1252_comma.csv").read_bytes()
    import_roster(db, cli_actor, data, default_sector="Kerbernard")
    before = counts(db)
    report = import_roster(db, cli_actor, data, default_sector="Kerbernard")
    assert (report.dwellings_new, report.dwellings_updated, report.dwellings_unchanged,
            report.dwellings_missing, report.people_new, report.people_updated,
            report.people_left) == (0, 0, 5, 0, 0, 0, 0)
    assert counts(db) == before


def test_new_export_updates_by_reference_and_reports_missing(db: Database, cli_actor: Actor) -> None:
    import_roster(db, cli_actor, csv(
        "K1;1 rue A;A;1;Le Goff;Yann;;Kerourien",
        "K1;1 rue A;A;1;Le Goff;Soizic;;Kerourien",
        "K2;1 rue A;A;2;Morvan;Erwan;;Kerourien",
        "K3;1 rue A;A;3;Tanguy;Anne;;Kerourien",
        "P1;9 rue B;;1;Diallo;Mamadou;;Pen ar Creac'h"))
    report = import_roster(db, cli_actor, csv(
        "K1;1 rue A;A;1;Le Goff;Yann;06 00 00 00 01;Kerourien",  # phone added, Soizic left
        "K2;1 rue A;A;2B;Morvan;Erwan;;Kerourien",               # door corrected
        "K4;1 rue A;A;4;Kılıç;Ömer;;Kerourien"))                  # new; K3 missing
    assert (report.dwellings_new, report.dwellings_updated, report.dwellings_unchanged,
            report.dwellings_missing) == (1, 1, 1, 1)
    assert report.missing_refs == ("K3",)  # P1 is in another sector: not "missing"
    assert (report.people_new, report.people_updated, report.people_left) == (1, 1, 1)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Dwelling)) == 5  # nothing deleted
        k3 = s.scalar(select(Dwelling).where(Dwelling.landlord_ref == "K3"))
        assert k3.on_roster is False
        assert s.scalar(select(Dwelling.door).where(Dwelling.landlord_ref == "K2")) == "2B"
        soizic = s.scalar(select(Person).where(Person.given_name == "Soizic"))
        assert soizic.on_roster is False
    # K3 comes back in a later export: on the roster again, counted as updated
    again = import_roster(db, cli_actor, csv("K3;1 rue A;A;3;Tanguy;Anne;;Kerourien"))
    assert again.dwellings_updated == 1


def test_any_error_writes_nothing_and_names_every_line(db: Database, cli_actor: Actor) -> None:
    with pytest.raises(RosterRejected) as rejected:
        import_roster(db, cli_actor, (DATA / "rosters/conflicting_lines.csv").read_bytes())
    assert [p.line for p in rejected.value.problems] == [3, 4, 5]
    assert counts(db) == (0, 0, 0, 0)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 0


def _dump(db: Database) -> list[object]:
    """Every table's rows (count and digest), on either engine."""
    from db.copy import check_table, tables

    with db.read() as s:
        return [check_table(s, table) for table in tables()]


def test_a_failure_half_way_through_the_writes_leaves_every_row_as_it_was(
        db: Database, cli_actor: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file is good; the database fails after the dwellings and people are
    written (here: while the search index is rebuilt). Nothing stays."""
    import_roster(db, cli_actor, (DATA / "rosters/excel_csv_utf8_bom.csv").read_bytes(),
                  default_sector="Kerourien")
    before = _dump(db)
    written: list[int] = []

    def fail_after_writing(session, dwelling_ids=None):  # type: ignore[no-untyped-def]
        written.append(session.scalar(select(func.count()).select_from(Dwelling)))
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("app.services.roster.search.reindex", fail_after_writing)
    with pytest.raises(OSError):
        import_roster(db, cli_actor, csv("K9;9 rue B;B;1;Kerbrat;Anne;;Kerourien",
                                         "K10;9 rue B;B;2;Le Gall;Yann;;Pen ar Creac'h"))
    assert written and written[0] > 8  # the new dwellings were written in the transaction...
    assert _dump(db) == before  # ...and none of it stayed, audit included


def test_a_dry_run_never_locks_the_file_for_writing(
        db: Database, cli_actor: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    """While a dry run checks a big file, another counter can still write."""
    from app.services import roster as service

    import_roster(db, cli_actor, (DATA / "rosters/excel_csv_utf8_bom.csv").read_bytes(),
                  default_sector="Kerourien")
    real_apply = service._apply
    others_wrote: list[bool] = []

    def apply_while_another_counter_writes(*args, **kwargs):  # type: ignore[no-untyped-def]
        report = real_apply(*args, **kwargs)
        others_wrote.append(another_counter_can_write(db))
        return report

    monkeypatch.setattr(service, "_apply", apply_while_another_counter_writes)
    before = _dump(db)
    report = import_roster(db, cli_actor, (DATA / "rosters/excel_unicode_text_utf16.txt")
                           .read_bytes(), dry_run=True)
    assert report.dry_run and report.dwellings_new == 3
    assert others_wrote == [True]
    assert _dump(db) == before


def test_dry_run_counts_like_the_real_run_and_writes_nothing(db: Database, cli_actor: Actor) -> None:
    data = (DATA / "rosters/excel_unicode_text_utf16.txt").read_bytes()
    dry = import_roster(db, cli_actor, data, dry_run=True)
    assert counts(db) == (0, 0, 0, 0)
    real = import_roster(db, cli_actor, data)
    assert (dry.dwellings_new, dry.people_new, dry.sectors_new) == (
        real.dwellings_new, real.people_new, real.sectors_new) == (3, 3, 1)
    assert dry.dry_run and not real.dry_run


def test_sector_names_match_whatever_their_case(db: Database, cli_actor: Actor) -> None:
    import_roster(db, cli_actor, csv("K1;1 rue A;A;1;Le Goff;Yann;;Kerourien"))
    report = import_roster(db, cli_actor, csv("K2;1 rue A;A;2;Morvan;Erwan;;KEROURIEN"))
    assert report.sectors_new == 0


def test_import_is_audited_without_personal_data(db: Database, cli_actor: Actor) -> None:
    import_roster(db, cli_actor, csv("K1;1 rue A;A;1;Le Goff;Yann;0600000000;Kerourien"),
                  source_name="export.csv")
    with db.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "roster_imported"))
    assert entry.actor_label.startswith("cli:")
    assert "Goff" not in entry.details and "0600000000" not in entry.details
    assert '"dwellings_new": 1' in entry.details


def test_volunteers_and_reception_cannot_import(db: Database, coordinator: Actor) -> None:
    for name, role in (("Accueil", Role.RECEPTION), ("Bénévole", Role.VOLUNTEER)):
        accounts.create_account(db, coordinator, name, role, "1234")
        actor = accounts.sign_in(db, name, "1234")
        with pytest.raises(PermissionDenied):
            import_roster(db, actor, csv("K1;1 rue A;A;1;Le Goff;Yann;;Kerourien"))
    assert counts(db) == (0, 0, 0, 0)


def test_a_large_roster_imports_in_one_go(db: Database, cli_actor: Actor) -> None:
    lines = [f"R{n:05d};{n % 50} rue A;{n % 7};{n};Nom{n};Prénom;;Secteur {n % 3}"
             for n in range(6000)]
    report = import_roster(db, cli_actor, csv(*lines))
    assert report.dwellings_new == 6000 and report.sectors_new == 3
    assert counts(db)[2:] == (6000, 6000)


def test_too_many_lines_is_refused_with_nothing_written(db: Database, cli_actor: Actor) -> None:
    lines = [f"R{n};1 rue A;A;{n};Nom;Prénom;;S" for n in range(rules.MAX_DATA_LINES + 5)]
    with pytest.raises(RosterRejected) as rejected:
        import_roster(db, cli_actor, csv(*lines))
    assert rejected.value.problems[0].code == rules.TOO_MANY_LINES
    assert counts(db) == (0, 0, 0, 0)


def test_a_full_disk_says_so_and_loses_nothing(tmp_path: Path, cli_actor: Actor) -> None:
    """Not "the database is damaged, restore a backup" (which would throw away
    the day's work): the disk is full, nothing was written."""
    from db.engine import open_database
    from tests.conftest import small_filesystem

    with small_filesystem(tmp_path, "1m") as disk:
        db = open_database(disk / "guichet.sqlite3")
        import_roster(db, cli_actor, (DATA / "rosters/excel_csv_utf8_bom.csv").read_bytes(),
                      default_sector="Kerourien")
        before = _dump(db)
        big = csv(*(f"B{n};{n} rue de Kerourien;B{n % 40};{n};Le Gall-{n};Maïwenn-{n};"
                    f"06 00 00 {n % 100:02d} 00;Kerourien" for n in range(12_000)))
        with pytest.raises(DiskFull) as full:
            import_roster(db, cli_actor, big)
        assert "est plein" in describe(full.value) and "comme avant" in describe(full.value)
        assert _dump(db) == before
        raw = sqlite3.connect(db.path)
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        raw.close()
        db.close()
