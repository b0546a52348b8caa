"""Impressions desk: preview, print through the chosen printer, reprint as a
duplicate, a printer that is missing, and the PDF saved for a USB stick."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from app.documents.model import SlipDoc
from app.services import accounts, changes, documents
from app.settings import PrinterChoice, load_printer_choices, save_printer_choice
from db.engine import Database
from tests.pdf_tools import qr_codes, text_of
from tests.ui.helpers import settle
from ui.desks import DeskContext
from ui.desks.printing import PrintingDesk
from ui.print_path import available_printers
from ui.tasks import TaskRunner


@pytest.fixture
def page(qtbot: QtBot, demo_db: Database) -> PrintingDesk:
    actor = accounts.sign_in(demo_db, "Bénévole", "5678")
    documents.record_document(demo_db, actor, SlipDoc(
        qr_payload="GUICHET-RDV:ZX81QL00PM42", starts_at=datetime(2026, 12, 2, 9, 30),
        place="Accueil du centre social", purpose="Retrait de décodeur",
        household="L'HÉNAFF-KERBRAT Zoé", landlord_ref="KER-00430",
        bring=("Pièce d'identité",)))
    runner = TaskRunner()  # the window's part: one runner, told of every commit
    changes.subscribe(demo_db, runner.publish)
    widget = PrintingDesk(DeskContext(demo_db, actor, runner))
    runner.setParent(widget)
    qtbot.addWidget(widget)
    widget.show()
    settle(qtbot, runner)
    return widget


def test_preview_shows_the_page_and_saves_the_pdf(
        qtbot: QtBot, page: PrintingDesk, tmp_path: Path) -> None:
    # the newest first: the slip, above the demo's handout receipts
    assert page.model.rows[0].kind == "slip" and not page.empty.isVisible()
    assert page.model.data(page.model.index(0, 2)) == "Jamais imprimé"
    with qtbot.waitSignal(page.controller.previewed, timeout=30_000):
        qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    preview = page.preview
    assert preview is not None and preview.isVisible()
    pages = [w for w in preview.findChildren(QLabel) if w.pixmap() and not w.pixmap().isNull()]
    assert len(pages) == 1 and pages[0].pixmap().width() > 300
    assert preview.paper.currentData() == "a6"
    with qtbot.waitSignal(page.controller.previewed, timeout=30_000):
        preview.paper.setCurrentIndex(preview.paper.findData("roll"))
    assert preview.rendered.paper == "roll"
    target = tmp_path / "rdv.pdf"
    with qtbot.waitSignal(page.controller.saved, timeout=30_000):
        preview.save_to(target)
    assert preview.error.text().startswith("PDF enregistré")
    assert "L'HÉNAFF-KERBRAT Zoé" in text_of(target.read_bytes())
    assert qr_codes(target.read_bytes(), 203) == ["GUICHET-RDV:ZX81QL00PM42"]
    preview.reject()


def test_print_then_reprint_as_duplicate(
        qtbot: QtBot, page: PrintingDesk, demo_db: Database, cups_queue_for_ui: str) -> None:
    with qtbot.waitSignal(page.controller.previewed, timeout=30_000):
        page.preview_selected()
    preview = page.preview
    preview.printer.setCurrentText(cups_queue_for_ui)
    with qtbot.waitSignal(page.controller.printed, timeout=60_000):
        qtbot.mouseClick(preview.print_button, Qt.MouseButton.LeftButton)
    assert load_printer_choices(demo_db.path.parent)["slip"].printer == cups_queue_for_ui
    settle(qtbot, page.controller.runner)  # the history refreshes on the change signal
    assert page.model.data(page.model.index(0, 2)).startswith("Imprimé 1 fois")
    with qtbot.waitSignal(page.controller.printed, timeout=60_000):
        qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.controller.runner)
    assert page.model.rows[0].prints == 2
    assert "duplicata" in page.model.rows[0].kept_pdf


def test_a_printer_that_is_gone_is_explained_and_nothing_is_lost(
        qtbot: QtBot, page: PrintingDesk, demo_db: Database) -> None:
    save_printer_choice(demo_db.path.parent, "slip", PrinterChoice("Ticket-Accueil", "roll"))
    with qtbot.waitSignal(page.controller.failed, timeout=60_000):
        qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page.controller.runner)
    assert page.message.text().startswith(
        "Non imprimé : l'imprimante Ticket-Accueil est éteinte, débranchée ou absente.")
    assert "Rien n'est perdu" in page.message.text()
    assert page.model.data(page.model.index(0, 2)) == "Non imprimé : imprimante indisponible"
    assert (demo_db.path.parent / page.model.rows[0].kept_pdf).is_file()


@pytest.fixture
def cups_queue_for_ui(cups_queue: str) -> str:
    assert cups_queue in available_printers()
    return cups_queue
