"""The handout desk driven as a volunteer does, on the demo centre's real
database: the tenant's letter scanned, the decoder scanned, Enter; twenty in a
row; a decoder already out refused; a replacement, a return; and a receipt
that no printer took, kept for a reprint.

The desk's sentences are compared through Qt's translate(), so that the tests
hold before and after the French catalogue has them."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import exists, select

from app.domain.codes import as_typed_on_azerty
from app.domain.enums import EquipmentKind, EquipmentState
from app.domain.errors import PrintFailed
from app.messages import describe
from app.services import accounts, changes, handouts
from db.engine import Database
from db.models import Dwelling, DwellingCode, Equipment, Handout, Person, Sector
from tests.ui.helpers import print_jobs_to, send_keys, settle
from ui.desks import DeskContext
from ui.desks.handout import HandoutDesk
from ui.tasks import TaskRunner

RECEIPT = re.compile(r"(REM|RET|VEN)-\d{4}-\d{6}")


def tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("HandoutDesk", text, None, n)


@pytest.fixture
def adopted(demo_db: Database) -> Database:
    with demo_db.write() as s:
        s.execute(Sector.__table__.update().values(offer_state="adopted"))
    return demo_db


@pytest.fixture
def printed(monkeypatch: pytest.MonkeyPatch, cups_queue: str, demo_db: Database) -> list[str]:
    """The receipts go to the real CUPS queue (cups-pdf) as this PC's receipt
    printer; the names of the jobs sent are kept, in order."""
    return print_jobs_to(monkeypatch, demo_db, "receipt", cups_queue, "roll")


def open_desk(qtbot: QtBot, db: Database, name: str = "Bénévole",
              secret: str = "5678") -> HandoutDesk:
    actor = accounts.sign_in(db, name, secret)
    runner = TaskRunner()  # the window's part: one runner, told of every commit
    changes.subscribe(db, runner.publish)
    desk = HandoutDesk(DeskContext(db, actor, runner))
    runner.setParent(desk)
    qtbot.addWidget(desk)
    desk.resize(1366, 768)
    desk.show()
    qtbot.waitExposed(desk)
    desk.activateWindow()
    settle(qtbot, runner)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.scan_edit)
    return desk


@pytest.fixture
def desk(qtbot: QtBot, adopted: Database) -> HandoutDesk:
    return open_desk(qtbot, adopted)


def letters(db: Database, count: int) -> list[tuple[str, str]]:
    """(letter code, landlord reference) of dwellings with members and no decoder."""
    with db.read() as s:
        return [tuple(row) for row in s.execute(
            select(DwellingCode.code, Dwelling.landlord_ref)
            .join(Dwelling, DwellingCode.dwelling_id == Dwelling.id)
            .where(DwellingCode.replaced_at.is_(None),
                   exists().where(Person.dwelling_id == Dwelling.id,
                                  Person.on_roster.is_(True)),
                   ~exists().where(Handout.dwelling_id == Dwelling.id,
                                   Handout.ended_at.is_(None)))
            .order_by(Dwelling.id).limit(count))]


def in_stock(db: Database, count: int) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Equipment.serial).where(
            Equipment.kind == EquipmentKind.DECODER.value,
            Equipment.state == EquipmentState.IN_STOCK.value).order_by(Equipment.id)
            .limit(count)))


def active_serial(db: Database, ref: str) -> str | None:
    with db.read() as s:
        return s.scalar(select(Equipment.serial)
                        .join(Handout, Handout.equipment_id == Equipment.id)
                        .join(Dwelling, Handout.dwelling_id == Dwelling.id)
                        .where(Dwelling.landlord_ref == ref, Handout.ended_at.is_(None)))


def scan(qtbot: QtBot, desk: HandoutDesk, code: str) -> None:
    """A scanner's burst into whatever has the focus."""
    send_keys(QApplication.focusWidget(), code)


def scan_letter(qtbot: QtBot, desk: HandoutDesk, code: str) -> None:
    with qtbot.waitSignal(desk.dwelling_opened, timeout=30_000):
        scan(qtbot, desk, code)
    assert QApplication.focusWidget() is desk.serial_edit


def press_enter(qtbot: QtBot, desk: HandoutDesk, tone: str) -> tuple[str, str]:
    """Enter in the serial field; the banner's answer once the printer had its say."""
    with qtbot.waitSignal(desk.answered, timeout=30_000,
                          check_params_cb=lambda t, _h: t == tone):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    settle(qtbot, desk._runner)
    return desk.headline.text(), desk.detail.text()


def test_twenty_handouts_in_a_row_from_scanned_bursts(
        qtbot: QtBot, desk: HandoutDesk, adopted: Database, printed: list[str]) -> None:
    people = letters(adopted, 20)
    serials = in_stock(adopted, 20)
    assert len(people) == len(serials) == 20
    before = handouts.handed_out_today(adopted, desk._actor)  # the demo's day has begun
    receipts: list[str] = []
    for number, ((code, ref), serial) in enumerate(zip(people, serials, strict=True)):
        azerty = number % 4 == 3  # a QWERTY scanner on an AZERTY PC, now and then
        scan_letter(qtbot, desk, as_typed_on_azerty(code) if azerty else code)
        assert desk.panel is not None and desk.panel.card.landlord_ref == ref
        assert desk.collectors.checkedButton() is not desk.other_radio  # the first member
        assert desk.collector() == desk.member_names()[0]
        scan(qtbot, desk, as_typed_on_azerty(serial) if azerty else serial)
        qtbot.waitUntil(lambda s=serial: desk.serial_edit.text() == s)
        assert QApplication.focusWidget() is desk.serial_edit
        headline, detail = press_enter(qtbot, desk, "ok")
        assert desk.tone == "ok"
        assert serial in headline
        found = RECEIPT.search(headline)
        assert found is not None
        receipts.append(found.group())
        assert detail == tr("Receipt printed. Next person: scan their letter.")
        assert desk.panel is None and desk.pages.currentWidget() is desk.results_page
        assert QApplication.focusWidget() is desk.scan_edit
        assert active_serial(adopted, ref) == serial
    assert len(set(receipts)) == 20 and receipts == sorted(receipts)
    assert len(printed) == 20
    qtbot.waitUntil(lambda: desk.today_label.text() == tr(
        "%n decoder(s) handed out today by you", before + 20))


def test_a_decoder_already_out_is_refused_in_red_naming_its_dwelling(
        qtbot: QtBot, desk: HandoutDesk, adopted: Database, printed: list[str]) -> None:
    (first_code, first_ref), (second_code, second_ref) = letters(adopted, 2)
    serial = in_stock(adopted, 1)[0]
    scan_letter(qtbot, desk, first_code)
    scan(qtbot, desk, serial)
    qtbot.waitUntil(lambda: desk.serial_edit.text() == serial)
    press_enter(qtbot, desk, "ok")

    scan_letter(qtbot, desk, second_code)
    scan(qtbot, desk, serial)  # the same decoder again, by mistake
    qtbot.waitUntil(lambda: desk.serial_edit.text() == serial)
    headline, detail = press_enter(qtbot, desk, "error")
    assert desk.tone == "error"
    assert headline == tr("Refused: nothing was recorded")
    assert first_ref in detail
    assert active_serial(adopted, second_ref) is None
    # the panel stays for another decoder; the serial is chosen for the next scan
    assert desk.panel is not None and desk.panel.card.landlord_ref == second_ref
    assert QApplication.focusWidget() is desk.serial_edit
    assert desk.serial_edit.selectedText() == serial


def test_a_letter_of_a_sector_that_did_not_adopt_is_said_before_anything(
        qtbot: QtBot, demo_db: Database, printed: list[str]) -> None:
    desk = open_desk(qtbot, demo_db)  # the demo's sectors have not adopted the offer
    code, ref = letters(demo_db, 1)[0]
    serial = in_stock(demo_db, 1)[0]
    scan_letter(qtbot, desk, code)
    assert desk.tone == "warn"
    scan(qtbot, desk, serial)
    qtbot.waitUntil(lambda: desk.serial_edit.text() == serial)
    _headline, detail = press_enter(qtbot, desk, "error")
    assert "Kerourien" in detail
    assert active_serial(demo_db, ref) is None


def hand_one(qtbot: QtBot, desk: HandoutDesk, code: str, serial: str) -> None:
    scan_letter(qtbot, desk, code)
    scan(qtbot, desk, serial)
    qtbot.waitUntil(lambda: desk.serial_edit.text() == serial)
    press_enter(qtbot, desk, "ok")


def answer_dialog(qtbot: QtBot, desk: HandoutDesk, button, fill: Callable[[], None],  # type: ignore[no-untyped-def]
                  tone: str = "ok") -> str:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(desk, "act_dialog", None) is not None
                    and desk.act_dialog.isVisible())
    fill()
    with qtbot.waitSignal(desk.answered, timeout=30_000,
                          check_params_cb=lambda t, _h: t == tone):
        qtbot.mouseClick(desk.act_dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, desk._runner)
    return desk.headline.text()


def test_a_faulty_decoder_replaced_with_the_new_one_scanned_in_the_dialog(
        qtbot: QtBot, desk: HandoutDesk, adopted: Database, printed: list[str]) -> None:
    (code, ref), = letters(adopted, 1)
    old, new = in_stock(adopted, 2)
    hand_one(qtbot, desk, code, old)
    scan_letter(qtbot, desk, code)
    assert desk.tone == "warn"  # already has one: said before anything
    assert old in desk.lines["decoder"].text()
    assert desk.replace_button.isEnabled()

    def fill() -> None:
        dialog = desk.act_dialog
        send_keys(QApplication.focusWidget(), new)  # the scanner, into the open dialog
        assert dialog.serial_field.text() == new
        dialog.fields[1].setText("Pas d'image")

    headline = answer_dialog(qtbot, desk, desk.replace_button, fill)
    assert new in headline and RECEIPT.search(headline)
    assert active_serial(adopted, ref) == new
    with adopted.read() as s:
        assert s.scalar(select(Equipment.state).where(Equipment.serial == old)) == "faulty" \
            or s.scalar(select(Handout.end_reason).join(Equipment).where(
                Equipment.serial == old)) == "replaced"
    assert QApplication.focusWidget() is desk.scan_edit
    assert len(printed) == 2


def test_a_decoder_brought_back(
        qtbot: QtBot, desk: HandoutDesk, adopted: Database, printed: list[str]) -> None:
    (code, ref), = letters(adopted, 1)
    serial = in_stock(adopted, 1)[0]
    hand_one(qtbot, desk, code, serial)
    scan(qtbot, desk, serial)  # the decoder itself, scanned with no letter: its dwelling opens
    qtbot.waitUntil(lambda: desk.panel is not None and desk.panel.card.landlord_ref == ref)
    names = desk.member_names()

    def fill() -> None:
        assert desk.act_dialog.fields[0].currentText() == names[0]

    headline = answer_dialog(qtbot, desk, desk.return_button, fill)
    assert headline == tr("Brought back: {serial} — receipt {receipt}").format(
        serial=serial, receipt=RECEIPT.search(headline).group())
    assert active_serial(adopted, ref) is None
    with adopted.read() as s:
        assert s.scalar(select(Equipment.state).where(Equipment.serial == serial)) == "returned"
    assert QApplication.focusWidget() is desk.scan_edit


def test_a_mistaken_handout_cancelled_at_the_reception_not_by_a_volunteer(
        qtbot: QtBot, desk: HandoutDesk, adopted: Database, printed: list[str]) -> None:
    assert desk.cancel_button.isHidden()  # a volunteer may not cancel
    desk.hide()  # one desk shown at a time: its scanner stops listening
    reception = open_desk(qtbot, adopted, "Accueil", "1234")
    (code, ref), = letters(adopted, 1)
    hand_one(qtbot, reception, code, in_stock(adopted, 1)[0])
    scan_letter(qtbot, reception, code)
    assert not reception.cancel_button.isHidden()
    headline = answer_dialog(qtbot, reception, reception.cancel_button,
                             lambda: reception.act_dialog.fields[0].setText("Mauvais logement"))
    assert RECEIPT.search(headline)
    assert active_serial(adopted, ref) is None


def test_with_no_printer_the_handout_stands_and_the_receipt_is_kept(
        qtbot: QtBot, desk: HandoutDesk, adopted: Database) -> None:
    if QPrinterInfo.defaultPrinterName():
        pytest.skip("this computer has a default printer")
    (code, ref), = letters(adopted, 1)
    serial = in_stock(adopted, 1)[0]
    scan_letter(qtbot, desk, code)
    scan(qtbot, desk, serial)
    qtbot.waitUntil(lambda: desk.serial_edit.text() == serial)
    headline, detail = press_enter(qtbot, desk, "warn")
    assert serial in headline and RECEIPT.search(headline)
    assert detail.endswith(describe(PrintFailed("no_printer")))
    assert active_serial(adopted, ref) == serial  # the handout stands
    assert QApplication.focusWidget() is desk.scan_edit


def test_a_typed_name_then_enter_opens_the_first_dwelling(
        qtbot: QtBot, desk: HandoutDesk, adopted: Database) -> None:
    (_code, ref), = letters(adopted, 1)
    qtbot.keyClicks(desk.scan_edit, ref)
    with qtbot.waitSignal(desk.dwelling_opened, timeout=30_000):
        qtbot.keyClick(desk.scan_edit, Qt.Key.Key_Return)
    assert desk.panel.card.landlord_ref == ref


def test_an_unknown_code_with_no_dwelling_shown_is_red(
        qtbot: QtBot, desk: HandoutDesk) -> None:
    with qtbot.waitSignal(desk.answered, timeout=30_000,
                          check_params_cb=lambda t, _h: t == "error"):
        scan(qtbot, desk, "ZZ-NOTHING-99")
    assert "ZZ-NOTHING-99" in desk.detail.text()
    assert QApplication.focusWidget() is desk.scan_edit


def test_a_new_search_closes_the_household_shown_before(
        qtbot: QtBot, desk: HandoutDesk, adopted: Database, printed: list[str]) -> None:
    """Typed over an open household, a name is a new search: the decoder
    scanned next never goes to the household that was shown before."""
    (code, ref), = letters(adopted, 1)
    serial = in_stock(adopted, 1)[0]
    scan_letter(qtbot, desk, code)
    desk.scan_edit.setFocus()
    qtbot.keyClicks(desk.scan_edit, "diallo")
    qtbot.waitUntil(lambda: desk.results.isVisible(), timeout=30_000)
    assert desk.panel is None and desk.pages.currentWidget() is desk.results_page
    desk.hand_out()  # Enter on the old panel's button: nothing
    scan(qtbot, desk, serial)  # the decoder, with no household shown
    qtbot.waitUntil(lambda: desk.tone == "error", timeout=30_000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # and Enter: nothing
    settle(qtbot, desk._runner)
    assert active_serial(adopted, ref) is None and not printed


def test_a_letter_code_typed_by_hand_opens_the_dwelling(
        qtbot: QtBot, desk: HandoutDesk, adopted: Database) -> None:
    """The scanner failed: the code printed on the letter, typed with its
    spaces at a person's pace, then Enter."""
    (code, ref), = letters(adopted, 1)
    printed_form = " ".join(code[i:i + 4] for i in range(0, len(code), 4))
    desk.scan_edit.setFocus()
    with qtbot.waitSignal(desk.dwelling_opened, timeout=30_000):
        for char in printed_form:
            qtbot.keyClick(desk.scan_edit, char, delay=40)
        qtbot.keyClick(desk.scan_edit, Qt.Key.Key_Return, delay=40)
    assert desk.panel is not None and desk.panel.card.landlord_ref == ref
