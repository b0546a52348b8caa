"""The handout-day letters page driven as reception does, on real databases:
the demo's adopted sector chosen, two days, the letters made on the runner
with their progress, saved as a PDF of one page per dwelling without a
decoder; Stop; printed a few pages a job; and a centre where no sector has
adopted the offer yet, told what to do.

The page's sentences are compared through Qt's translate(), so that the
tests hold before and after the French catalogue has them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, Slot
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import clock
from app.domain.enums import OfferState
from app.domain.errors import HandoutRefused
from app.messages import describe
from app.services import accounts, changes, handout_day, polls
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import Database
from db.models import Sector
from tests.pdf_tools import page_count, qr_codes, text_of
from tests.services.test_polls import roster
from tests.ui.helpers import send_keys, settle
from ui import handout_letters
from ui.desks import DeskContext
from ui.handout_letters import HandoutLettersPage
from ui.print_path import pdf_pages
from ui.tasks import TaskRunner

PAC = "Pen ar Creac'h / Kerbernard"


def tr(text: str, n: int = -1, context: str = "HandoutLettersPage") -> str:
    return QCoreApplication.translate(context, text, None, n)


class _Reports(QObject):
    """The progress as the page receives it, and a person pressing Stop at the
    first report."""

    def __init__(self, page: HandoutLettersPage) -> None:
        super().__init__(page)
        self.page = page
        self.seen: list[tuple[int, int]] = []
        self.stop = False
        page.letters_progress.connect(self.report)

    @Slot(int, int)
    def report(self, done: int, total: int) -> None:
        self.seen.append((done, total))
        if self.stop and self.page.progress is not None:
            self.stop = False
            self.page.progress.findChild(QPushButton).click()  # its Stop button


def build(qtbot: QtBot, db: Database, actor: Actor) -> HandoutLettersPage:
    runner = TaskRunner()  # the window's part: one runner, told of every commit
    changes.subscribe(db, runner.publish)
    page = HandoutLettersPage(DeskContext(db, actor, runner))
    runner.setParent(page)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    settle(qtbot, runner)
    return page


@pytest.fixture
def reception(demo_db: Database) -> Actor:
    return accounts.sign_in(demo_db, "Accueil", "1234")


def test_the_letters_of_the_adopted_sector_with_two_days_saved_as_a_pdf(
        qtbot: QtBot, demo_db: Database, reception: Actor, tmp_path: Path) -> None:
    page = build(qtbot, demo_db, reception)
    [sector] = handout_day.adopted_sectors(demo_db, reception)
    assert sector.name == PAC and 0 < sector.without_decoder < 420  # some have theirs
    assert page.form.isVisible() and not page.empty_card.isVisible()
    assert page.sector.count() == 1
    assert page.sector.currentText() == tr("{name} — %n dwelling(s) without a decoder",
                                           sector.without_decoder).format(name=PAC)
    # the place and what to bring come filled in; the hours are the person's
    assert page.place.text().startswith("Centre social")
    assert page.bring.text() == "ce courrier et une pièce d'identité"

    today = clock.now().date()
    page.first_day.setDate(QDate(today + timedelta(days=10)))
    page.second.setChecked(True)
    page.second_day.setDate(QDate(today + timedelta(days=11)))
    send_keys(page.hours, "de 9 h à 12 h et de 14 h à 17 h", enter=False)
    reports = _Reports(page)
    with qtbot.waitSignal(page.letters_made, timeout=120_000):
        qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
        assert page.progress is not None and page.progress.isVisible()
        assert not page.make_button.isEnabled()
    assert page.progress is None and page.make_button.isEnabled()
    total = sector.without_decoder
    assert reports.seen[0] == (0, total) and reports.seen[-1] == (total, total)
    ready = page.ready_dialog
    assert ready is not None and ready.isVisible()
    assert ready.suggested_name == (
        f"remise-decodeurs-pen-ar-creac-h-kerbernard-{today + timedelta(days=10)}.pdf")
    target = tmp_path / ready.suggested_name
    with qtbot.waitSignal(page.letters_saved):
        ready.save_to(target)
    assert ready.message.text() == tr("PDF saved: {file}").format(file=target)
    pdf = target.read_bytes()
    assert page_count(pdf) == total  # one page per dwelling without a decoder
    first = pdf_pages(pdf, 0, 1)
    text = " ".join(text_of(first).split())
    assert "Remise des décodeurs TV" in text and "de 9 h à 12 h et de 14 h à 17 h" in text
    assert "Présentez ce courrier : il sera scanné." in text
    [code] = qr_codes(first, 150)
    found = polls.find_code(demo_db, reception, code)  # what the Decoders desk does
    assert found.landlord_ref.startswith("PAC-")
    ready.accept()
    settle(qtbot, page._runner)
    # the letters touched the sector: the list came back, the choice and fields kept
    assert page.sector.currentData() == sector.id and page.second.isChecked()
    assert page.hours.text() == "de 9 h à 12 h et de 14 h à 17 h"


def test_stop_keeps_nothing_and_a_refusal_is_said(
        qtbot: QtBot, demo_db: Database, reception: Actor) -> None:
    page = build(qtbot, demo_db, reception)
    reports = _Reports(page)
    reports.stop = True  # the person presses Stop as soon as the progress shows
    send_keys(page.hours, "de 14 h à 18 h", enter=False)
    with qtbot.waitSignal(page.letters_stopped, timeout=120_000):
        qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == tr("Stopped: no letter was made and no file was written.")
    assert page.progress is None and page.ready_dialog is None and page.make_button.isEnabled()
    assert reports.seen and reports.seen[-1][0] < reports.seen[-1][1]

    page.hours.clear()  # no hours: said at once, nothing asked of the runner
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    assert page.message.text() == describe(HandoutRefused("handout_hours_missing"))
    assert page.progress is None

    with demo_db.write() as s:  # meanwhile the sector's offer was set back by hand
        s.execute(Sector.__table__.update().where(Sector.name == PAC)
                  .values(offer_state=OfferState.REJECTED.value))
    send_keys(page.hours, "de 14 h à 18 h", enter=False)
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    settle(qtbot, page._runner)
    assert PAC in page.message.text() and page.progress is None
    assert page.make_button.isEnabled()


def test_no_adopted_sector_says_what_to_do(
        qtbot: QtBot, db: Database, coordinator: Actor) -> None:
    import_roster(db, coordinator, roster())
    page = build(qtbot, db, coordinator)
    assert page.empty_card.isVisible() and not page.form.isVisible()
    assert not page.make_button.isVisible()
    assert page.empty.text() == tr(
        "No sector has adopted the offer yet, so there are no letters to make. A sector "
        "adopts it when its vote is counted (Vote desk), or the coordinator sets it in "
        "Settings › Sectors. Its letters are made here afterwards.")
    with db.write() as s:  # the sector's offer set in Settings
        s.execute(Sector.__table__.update().where(Sector.name == "Kerourien")
                  .values(offer_state=OfferState.ADOPTED.value))
    page.refresh()
    settle(qtbot, page._runner)
    assert page.form.isVisible() and not page.empty_card.isVisible()
    assert page.sector.currentText() == tr("{name} — %n dwelling(s) without a decoder",
                                           8).format(name="Kerourien")
    assert page.place.text() == "Centre test"


def test_the_letters_go_to_the_a4_printer_a_few_pages_a_job(
        qtbot: QtBot, db: Database, coordinator: Actor, cups_queue: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.settings import PrinterChoice, save_printer_choice

    import_roster(db, coordinator, roster(kerourien=3, other=1))
    with db.write() as s:
        s.execute(Sector.__table__.update().where(Sector.name == "Kerourien")
                  .values(offer_state=OfferState.ADOPTED.value))
        assert s.scalar(select(Sector.offer_state).where(Sector.name == "Kerourien"))
    save_printer_choice(db.path.parent, "minutes", PrinterChoice(cups_queue, "a4"))
    monkeypatch.setattr(handout_letters, "PRINT_PAGES", 2)
    page = build(qtbot, db, coordinator)
    send_keys(page.hours, "de 9 h à 12 h", enter=False)
    with qtbot.waitSignal(page.letters_made, timeout=60_000):
        qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    ready = page.ready_dialog
    assert ready is not None and cups_queue in ready.print_button.text()
    with qtbot.waitSignal(page.letters_printed, timeout=120_000) as printed:
        qtbot.mouseClick(ready.print_button, Qt.MouseButton.LeftButton)
    assert printed.args == [3]
    assert ready.message.text() == tr("Sent to {printer}: %n page(s).", 3).format(
        printer=cups_queue)
