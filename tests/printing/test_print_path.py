"""A receipt through the real Qt print path to a real CUPS queue, and the
failures a counter meets: no printer, a printer that went away."""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.documents.model import ReceiptDoc, ReceiptLine, SlipDoc
from app.domain import clock
from app.domain.enums import ReceiptSeries
from app.domain.errors import PrintFailed
from app.domain.roles import Permission
from app.services import accounts, documents
from app.services.context import Actor, unit_of_work
from app.services.receipts import issue_receipt, receipt_label
from app.settings import PrinterChoice
from db.engine import Database
from db.models import AuditEntry, PrintedDocument, Receipt
from tests.pdf_tools import page_count, qr_codes, text_of
from ui.print_path import PrintController
from ui.tasks import TaskRunner


def label_of(db: Database, document_id: int) -> str:
    with db.read() as s:
        return receipt_label(s.get(Receipt, s.get(PrintedDocument, document_id).receipt_id))


def issue(db: Database, actor: Actor) -> int:
    """What the handout desk will do: the receipt number and the document together."""
    with unit_of_work(db, actor, Permission.CHECK_IN) as uow:
        receipt = issue_receipt(uow, ReceiptSeries.HANDOUT)
        number = receipt_label(receipt)
        return documents.store(uow, ReceiptDoc(
            kind="handout", number=number, issued_at=uow.now, household="WRÓBEL Łukasz",
            landlord_ref="KER-00004", address="3 rue du Languedoc, porte 0B",
            lines=(ReceiptLine("Décodeur TV HD", "DEC000123-0042"),), staff=actor.label),
            receipt_id=receipt.id)


def outputs(folder: Path) -> set[Path]:
    return set(folder.glob("*.pdf")) if folder.is_dir() else set()


def wait_for_output(folder: Path, job: str, before: set[Path], timeout: float = 60) -> Path:
    """The file cups-pdf wrote for this job (names repeat across runs: only new ones count)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = [p for p in outputs(folder) - before if job in p.name and p.stat().st_size > 0]
        if found:
            time.sleep(0.3)  # cups-pdf writes, then closes
            return found[0]
        time.sleep(0.2)
    raise AssertionError(f"no new PDF for {job} in {folder} after {timeout}s")


@pytest.fixture
def reception(demo_db: Database) -> Actor:
    return accounts.sign_in(demo_db, "Accueil", "1234")


def test_receipt_printed_through_cups_comes_out_whole(
        qtbot: QtBot, demo_db: Database, reception: Actor, cups_queue: str,
        cups_pdf_output: Path) -> None:
    document_id = issue(demo_db, reception)
    controller = PrintController(demo_db, reception, TaskRunner())
    before = outputs(cups_pdf_output)
    with qtbot.waitSignal(controller.printed, timeout=60_000) as printed:
        controller.print_document(document_id, PrinterChoice(cups_queue, "roll"))
    assert printed.args == [document_id, cups_queue]
    out = wait_for_output(cups_pdf_output, f"guichet-receipt-{document_id}", before)
    pdf = out.read_bytes()
    assert page_count(pdf) == 1
    assert qr_codes(pdf, 203) == [f"GUICHET-RECU:handout:{label_of(demo_db, document_id)}"]
    assert label_of(demo_db, document_id).startswith(f"REM-{clock.now().year}-")
    with demo_db.read() as s:
        row = s.get(PrintedDocument, document_id)
        assert (row.prints, row.last_printer, row.last_error) == (1, cups_queue, None)
        kept = demo_db.path.parent / row.kept_pdf
    assert kept.is_file() and "Łukasz" in text_of(kept.read_bytes())
    assert kept.parent.parent.name == "receipt"


def test_reprint_is_a_duplicata_and_is_audited(
        qtbot: QtBot, demo_db: Database, reception: Actor, cups_queue: str,
        cups_pdf_output: Path) -> None:
    document_id = issue(demo_db, reception)
    controller = PrintController(demo_db, reception, TaskRunner())
    for _ in range(2):
        with qtbot.waitSignal(controller.printed, timeout=60_000):
            controller.print_document(document_id, PrinterChoice(cups_queue, "a4"))
    with demo_db.read() as s:
        row = s.get(PrintedDocument, document_id)
        actions = s.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "printed_document", AuditEntry.entity_id == str(document_id))
            .order_by(AuditEntry.id)).all()
        kept = demo_db.path.parent / row.kept_pdf
    assert row.prints == 2
    assert actions == ["document_recorded", "document_printed", "document_reprinted"]
    assert "DUPLICATA" in text_of(kept.read_bytes()) and kept.name.count("duplicata") == 1


def test_missing_printer_loses_nothing(qtbot: QtBot, demo_db: Database, reception: Actor) -> None:
    document_id = issue(demo_db, reception)
    controller = PrintController(demo_db, reception, TaskRunner())
    with qtbot.waitSignal(controller.failed, timeout=60_000) as failed:
        controller.print_document(document_id, PrinterChoice("Imprimante-Debranchee", "roll"))
    error = failed.args[1]
    assert isinstance(error, PrintFailed) and error.reason == "unavailable"
    with demo_db.read() as s:
        row = s.get(PrintedDocument, document_id)
        assert s.scalar(select(Receipt.series).where(Receipt.id == row.receipt_id)) == "handout"
        assert (row.prints, row.last_error) == (0, "unavailable")
        assert (demo_db.path.parent / row.kept_pdf).is_file()  # ready to reprint or save
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc())) == "print_failed"
    # once a printer is back, the same document prints (not as a duplicate: it never did)
    rendered = documents.render_document(demo_db, reception, document_id)
    assert rendered.duplicate is False


def test_slip_prints_with_its_qr(
        qtbot: QtBot, demo_db: Database, reception: Actor, cups_queue: str,
        cups_pdf_output: Path) -> None:
    document_id = documents.record_document(demo_db, reception, SlipDoc(
        qr_payload="GUICHET-RDV:AB12CD34EF56", starts_at=datetime(2026, 12, 1, 10, 0),
        place="Accueil", purpose="Retrait de décodeur", household="ÖZTÜRK Şükrü",
        landlord_ref="KER-00012"))
    controller = PrintController(demo_db, reception, TaskRunner())
    before = outputs(cups_pdf_output)
    with qtbot.waitSignal(controller.printed, timeout=60_000):
        controller.print_document(document_id, PrinterChoice(cups_queue, "a6"))
    pdf = wait_for_output(cups_pdf_output, f"guichet-slip-{document_id}", before).read_bytes()
    assert page_count(pdf) == 1
    assert qr_codes(pdf, 150) == ["GUICHET-RDV:AB12CD34EF56"]
