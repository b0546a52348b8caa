"""The daily closing page driven as the reception does at the end of a handout
day, on the demo centre's real database: the cash counted with a difference,
the note it then needs, the closing recorded and its sheet printed on the
test CUPS queue (or kept when the printer is missing), the figures as CSV.

The page's sentences are compared through Qt's translate(), so that the tests
hold before and after the French catalogue has them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.domain import clock
from app.domain.enums import PaymentMethod
from app.domain.errors import PrintFailed
from app.domain.money import format_euros
from app.messages import describe
from app.services import accounts, changes, closing, handouts
from app.services.context import Actor
from app.settings import PrinterChoice, save_printer_choice
from db.engine import Database
from db.models import DailyClosing, Dwelling, PrintedDocument
from tests.ui.helpers import print_jobs_to, send_keys, settle
from ui.daily_closing import DailyClosingPage
from ui.desks import DeskContext
from ui.tasks import TaskRunner


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("DailyClosingPage", text, None, n)


def typed(cents: int) -> str:
    """An amount as typed at a French counter: "35,50"."""
    return f"{cents // 100},{cents % 100:02d}"


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch, cups_queue: str, demo_db: Database) -> list[str]:
    """The closing sheets go to the real CUPS queue (cups-pdf) as this PC's A4
    printer for closings; the names of the jobs sent are kept."""
    return print_jobs_to(monkeypatch, demo_db, "closing", cups_queue, "a4")


def open_page(qtbot: QtBot, db: Database, name: str = "Accueil",
              secret: str = "1234") -> DailyClosingPage:
    actor = accounts.sign_in(db, name, secret)
    runner = TaskRunner()  # the window's part: one runner, told of every commit
    changes.subscribe(db, runner.publish)
    page = DailyClosingPage(DeskContext(db, actor, runner))
    runner.setParent(page)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: page.summary is not None)
    return page


def closings(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(DailyClosing)) or 0


def expected(db: Database) -> closing.ClosingSummary:
    return closing.day_summary(db, Actor.command_line(), clock.now().date())


def fill(qtbot: QtBot, page: DailyClosingPage, cash: str, cheques: str, count: str) -> None:
    for field, text in ((page.cash_edit, cash), (page.cheque_amount_edit, cheques),
                        (page.cheque_count_edit, count)):
        field.clear()
        qtbot.keyClicks(field, text)


def test_a_count_that_differs_needs_a_note_then_is_recorded_and_printed(
        qtbot: QtBot, demo_db: Database, printed: list[str]) -> None:
    with demo_db.read() as s:
        buyer = s.scalar(select(Dwelling.id).order_by(Dwelling.id))
    handouts.sell_computer(demo_db, Actor.command_line(), buyer, "PC-RECY-0002",
                           PaymentMethod.CHEQUE, "Prénom NOM")
    day = expected(demo_db)
    assert day.expected_cash_cents > 0 and day.cheques_expected == 1  # the demo's sale, ours
    page = open_page(qtbot, demo_db)
    assert page.expected["cash"].text() == format_euros(day.expected_cash_cents)
    assert page.expected["count"].text() == "1"
    assert page.agents.rowCount() == len(day.agents) >= 2
    assert page.sales.rowCount() == 2

    # 5 € short in the cash box, typed with a French comma
    fill(qtbot, page, typed(day.expected_cash_cents - 500), typed(day.expected_cheque_cents),
         "1")
    assert page.differences["cash"].text() == tr("{amount} short").format(
        amount=format_euros(500))
    assert "#a00000" in page.differences["cash"].styleSheet()  # red
    assert page.differences["cheques"].text() == tr("✓ matches")
    assert "#0b5d1e" in page.differences["cheques"].styleSheet()  # green
    assert page.note_caption.text() == tr("Note required: why is there a difference?")

    # no note: refused on the spot, nothing recorded, the note field has the keys
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == tr("The count differs from what the sales say: write in "
                                     "the note why, then record.")
    assert page.message.objectName() == "errorLabel"
    assert QApplication.focusWidget() is page.note_edit
    settle(qtbot, page._runner)
    assert closings(demo_db) == 0

    send_keys(page.note_edit, "Billet de 5 € rendu en trop", enter=False)  # any character
    with qtbot.waitSignal(page.answered, timeout=60_000,
                          check_params_cb=lambda tone: tone == "ok"):
        qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._runner)
    assert page.message.text() == tr("Closing recorded and printed: sign the sheet and keep it "
                                     "with the cash box.")
    assert closings(demo_db) == 1
    with demo_db.read() as s:
        row = s.scalar(select(DailyClosing))
        assert (row.counted_cash_cents, row.expected_cash_cents, row.note) == (
            day.expected_cash_cents - 500, day.expected_cash_cents,
            "Billet de 5 € rendu en trop")
        document = s.scalar(select(PrintedDocument).where(PrintedDocument.kind == "closing"))
        assert document.prints == 1 and document.last_error is None
    assert printed == [f"guichet-closing-{document.id}"]
    # ready for a recount: fields empty, the recorded count listed
    assert page.cash_edit.text() == "" and page.note_edit.toPlainText() == ""
    qtbot.waitUntil(lambda: page.summary is not None and len(page.summary.closings) == 1)
    assert format_euros(-500).replace("\u00a0", " ") in page.earlier.text().replace(
        "\u00a0", " ")


def test_a_balanced_count_needs_no_note_and_a_missing_printer_keeps_the_closing(
        qtbot: QtBot, demo_db: Database) -> None:
    save_printer_choice(demo_db.path.parent, "closing", PrinterChoice("Nulle-Part", "a4"))
    day = expected(demo_db)
    page = open_page(qtbot, demo_db)
    fill(qtbot, page, typed(day.expected_cash_cents), typed(day.expected_cheque_cents),
         str(day.cheques_expected))
    assert page.differences["cash"].text() == tr("✓ matches")
    assert page.note_caption.text() == tr("Note (optional)")
    with qtbot.waitSignal(page.answered, timeout=60_000,
                          check_params_cb=lambda tone: tone == "warn"):
        qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._runner)
    assert closings(demo_db) == 1  # the closing stands
    assert page.message.text() == tr("Closing recorded all the same.") + " " + describe(
        PrintFailed("unavailable", "Nulle-Part"))
    with demo_db.read() as s:
        assert s.scalar(select(PrintedDocument.last_error).where(
            PrintedDocument.kind == "closing")) == "unavailable"


def test_unreadable_or_missing_counts_are_said_before_anything(
        qtbot: QtBot, demo_db: Database) -> None:
    page = open_page(qtbot, demo_db)
    qtbot.keyClicks(page.cash_edit, "douze")
    assert page.differences["cash"].text() == tr("Not an amount")
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == tr("« {text} » is not an amount: type it as 35 or "
                                     "35,50.").format(text="douze")
    assert QApplication.focusWidget() is page.cash_edit
    page.cash_edit.clear()
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == tr("Type the cash counted (0 if the box is empty).")
    settle(qtbot, page._runner)
    assert closings(demo_db) == 0


def test_the_figures_follow_a_sale_made_at_another_desk_and_export_as_csv(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    page = open_page(qtbot, demo_db)
    before = page.summary.expected_cash_cents
    with demo_db.read() as s:
        buyer = s.scalar(select(Dwelling.id).order_by(Dwelling.id.desc()))
    with qtbot.waitSignal(page.refreshed, timeout=30_000):  # the change signal, then a read
        handouts.sell_computer(demo_db, Actor.command_line(), buyer, "PC-RECY-0003",
                               PaymentMethod.CASH, "Prénom NOM")
    settle(qtbot, page._runner)
    assert page.summary.expected_cash_cents > before
    assert page.expected["cash"].text() == format_euros(page.summary.expected_cash_cents)

    target = tmp_path / "cloture.csv"
    with qtbot.waitSignal(page.csv_saved, timeout=30_000):
        page.export_csv_to(target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 with its BOM: Excel reads the accents
    text = data.decode("utf-8-sig")
    assert f"Espèces attendues (€);{typed(page.summary.expected_cash_cents)}" in text
    assert "PC-RECY-0003" in text


def test_a_volunteer_is_told_the_closing_is_not_theirs(
        qtbot: QtBot, demo_db: Database) -> None:
    actor = accounts.sign_in(demo_db, "Bénévole", "5678")
    runner = TaskRunner()
    page = DailyClosingPage(DeskContext(demo_db, actor, runner))
    runner.setParent(page)
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.answered, timeout=30_000):
        pass
    settle(qtbot, runner)
    assert page.message.objectName() == "errorLabel" and page.message.text()
