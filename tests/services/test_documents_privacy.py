"""Erasure and retention reach printed documents: the stored content of a
household's receipts and slips, and every PDF kept of them. Checked on the
database file's bytes and on the text a reader extracts from the PDFs."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select, update

from app.documents.model import ReceiptDoc, ReceiptLine, SlipDoc
from app.domain import clock
from app.services import documents, households, privacy
from app.services.context import Actor
from db.engine import Database
from db.models import Dwelling, Person, PrintedDocument
from tests.pdf_tools import text_of

FAMILY, GIVEN = "NGUYỄN-ÖZTÜRK", "Thị Hương Şükrü"
DOOR = "porte 7B bis"


def _read(path: Path) -> str:
    """The PDF's text as one line: a narrow roll wraps names and addresses."""
    return " ".join(text_of(path.read_bytes()).split())


def _household_with_documents(db: Database, ref: str) -> tuple[list[int], list[Path]]:
    """A household with a name in no other row, a receipt and a slip made for
    it, each printed (kept) on two papers, once as a duplicate."""
    actor = Actor.command_line()
    dwelling_id = households.find_by_reference(db, actor, ref)
    with db.write() as session:
        session.execute(update(Person).where(Person.dwelling_id == dwelling_id)
                        .values(family_name=FAMILY, given_name=GIVEN))
    now = clock.now()
    name = households.display_name(FAMILY, GIVEN)
    receipt = documents.record_document(db, actor, ReceiptDoc(
        kind="handout", number="2026-000042", issued_at=now, household=name,
        landlord_ref=ref, address=f"3 rue de Kerourien, {DOOR}",
        lines=(ReceiptLine("Décodeur TV", "DEC-7781"),), staff="Accueil"))
    slip = documents.record_document(db, actor, SlipDoc(
        qr_payload="GUICHET-RDV:QX7M2K9RT4ZW", starts_at=now + timedelta(days=3),
        place="Accueil du centre social", purpose="Retrait de décodeur", household=name,
        landlord_ref=ref))
    other = documents.record_document(db, actor, SlipDoc(  # another household's: untouched
        qr_payload="GUICHET-RDV:AAAA2K9RT4ZW", starts_at=now, place="Accueil",
        purpose="Atelier", household="LE GALL Yann", landlord_ref="PAC-00001"))
    kept = []
    for document_id, paper, duplicate in ((receipt, "a4", False), (receipt, "roll", True),
                                          (slip, "a6", False), (slip, "roll", False),
                                          (other, "a6", False)):
        rendered = documents.render_document(db, actor, document_id, paper, duplicate)
        kept.append(documents.keep(db.path.parent, rendered, now))
        now += timedelta(seconds=1)  # one file per print
    for path in kept[:4]:
        assert name in _read(path)  # the test can fail: the names were there
    return [receipt, slip, other], kept


def _assert_forgotten(db: Database, ids: list[int], kept: list[Path]) -> None:
    name = households.display_name(FAMILY, GIVEN)
    with db.read() as session:
        rows = {r.id: r for r in session.scalars(select(PrintedDocument))}
    for document_id in ids[:2]:
        assert FAMILY not in rows[document_id].data and GIVEN not in rows[document_id].data
        assert DOOR not in rows[document_id].data
    assert "2026-000042" in rows[ids[0]].data and "DEC-7781" in rows[ids[0]].data
    assert "LE GALL Yann" in rows[ids[2]].data
    for path in kept[:4]:
        text = _read(path)
        assert FAMILY not in text and "Hương" not in text and DOOR not in text
        assert privacy.ANONYMISED in text
    assert "2026-000042" in _read(kept[0])
    assert "DUPLICATA" in _read(kept[1])  # still what was printed, minus the names
    assert "LE GALL Yann" in _read(kept[4])
    assert not list(db.path.parent.rglob("*.partial"))
    raw = sqlite3.connect(db.path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.close()
    data = db.path.read_bytes()
    for text in (FAMILY, GIVEN, name):
        assert text.encode("utf-8") not in data, f"{text} is still in the database file"


@pytest.mark.sqlite_file  # PDFs kept beside the file
def test_erasure_reaches_stored_documents_and_kept_pdfs(demo_db: Database) -> None:
    ids, kept = _household_with_documents(demo_db, "KER-00031")
    privacy.erase_household(demo_db, Actor.command_line(), "KER-00031")
    _assert_forgotten(demo_db, ids, kept)


@pytest.mark.sqlite_file  # PDFs kept beside the file
def test_retention_reaches_stored_documents_and_kept_pdfs(demo_db: Database) -> None:
    ids, kept = _household_with_documents(demo_db, "KER-00032")
    long_ago = clock.now() - timedelta(days=900)
    with demo_db.write() as session:
        session.execute(update(Dwelling).where(Dwelling.landlord_ref == "KER-00032")
                        .values(on_roster=False, last_contact_at=long_ago,
                                updated_at=long_ago))
    report = privacy.apply_retention(demo_db, Actor.command_line())
    assert report.households >= 1
    _assert_forgotten(demo_db, ids, kept)


@pytest.mark.sqlite_file  # PDFs kept beside the file
def test_export_lists_the_households_documents(demo_db: Database) -> None:
    ids, _kept = _household_with_documents(demo_db, "KER-00033")
    data = privacy.export_household(demo_db, Actor.command_line(), "KER-00033")
    printed = data["printed_documents"]
    assert [d["kind"] for d in printed] == ["receipt", "slip"]
    assert printed[0]["content"]["number"] == "2026-000042"
    assert printed[1]["content"]["household"] == households.display_name(FAMILY, GIVEN)


@pytest.mark.parametrize("kind", ["minutes"])
def test_minutes_hold_no_personal_field(kind: str) -> None:
    assert kind not in documents.PERSONAL_FIELDS
    from app.documents.model import MinutesDoc

    fields = set(MinutesDoc.__dataclass_fields__)
    assert not fields & {"household", "address", "name", "phone", "landlord_ref"}


@pytest.mark.sqlite_file  # PDFs kept beside the file
def test_erasure_reaches_the_copies_kept_beside_the_database(demo_db: Database) -> None:
    """Automatic backups and the copies kept before a restore hold everyone's
    data: an erased household is erased there too (and the copies compacted,
    so no freed page keeps the name)."""
    from app.services import backup, housekeeping

    _household_with_documents(demo_db, "KER-00034")
    auto = backup.auto_backup(demo_db)
    kept = housekeeping.backups_folder(demo_db.path) / "before-restore-20261120-100000.sqlite3"
    kept.write_bytes(auto.read_bytes())
    for copy in (auto, kept):
        assert FAMILY.encode() in copy.read_bytes()  # the test can fail: the name is there
    privacy.erase_household(demo_db, Actor.command_line(), "KER-00034")
    for copy in (auto, kept):
        data = copy.read_bytes()
        assert FAMILY.encode() not in data and GIVEN.encode() not in data, copy.name
        assert not Path(str(copy) + "-wal").exists() and not Path(str(copy) + ".claim").exists()
        raw = sqlite3.connect(copy)
        assert raw.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert raw.execute("SELECT count(*) FROM dwelling").fetchone()[0] == 1020
        raw.close()


def test_copies_kept_before_a_restore_do_not_pile_up(tmp_path: Path) -> None:
    from datetime import datetime

    from app.services import housekeeping

    db_path = tmp_path / "guichet.sqlite3"
    folder = housekeeping.backups_folder(db_path)
    folder.mkdir()
    stamps = ["20261001-090000", "20261110-090000", "20261120-090000", "20261121-090000",
              "20261122-090000", "20261123-090000"]
    for stamp in stamps:
        (folder / f"before-restore-{stamp}.sqlite3").write_bytes(b"x")
    housekeeping.rotate_before_restore(db_path, datetime(2026, 11, 24, 12, 0))
    left = sorted(p.name for p in folder.iterdir())
    assert left == [f"before-restore-{s}.sqlite3" for s in stamps[3:]]
