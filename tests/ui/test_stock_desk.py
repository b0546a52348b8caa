"""The Stock desk and the sale of a computer, driven as the reception staff
do on the demo centre's real database: decoders scanned in one after another
(QWERTY and AZERTY scanners), the operator's delivery list (a bad one adds
nothing), the operator's CSV, computers at their tier; a computer sold from
the household, its receipt through the real CUPS queue; the counter's card
leading to the handout.

Sentences are compared through Qt's translate(), so that the tests hold before
and after the French catalogue has them."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.domain.codes import as_typed_on_azerty
from app.domain.enums import EquipmentState
from app.services import accounts, changes, households
from db.engine import Database
from db.models import Equipment, Receipt, Sale
from tests.ui.helpers import print_jobs_to, send_keys, settle, signed_in
from ui.desks import DeskContext
from ui.desks.stock import StockDesk
from ui.tasks import TaskRunner


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def open_stock(qtbot: QtBot, db: Database) -> StockDesk:
    actor = accounts.sign_in(db, "Accueil", "1234")
    runner = TaskRunner()
    changes.subscribe(db, runner.publish)
    desk = StockDesk(DeskContext(db, actor, runner))
    runner.setParent(desk)
    qtbot.addWidget(desk)
    desk.resize(1366, 700)
    desk.show()
    qtbot.waitExposed(desk)
    desk.activateWindow()
    settle(qtbot, runner)
    return desk


def state_of(db: Database, serial: str) -> tuple[str, str, int | None] | None:
    with db.read() as s:
        row = s.execute(select(Equipment.kind, Equipment.state, Equipment.price_cents)
                        .where(Equipment.serial == serial)).first()
    return tuple(row) if row else None


def test_decoders_scanned_one_after_another_go_into_the_stock(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    desk = open_stock(qtbot, demo_db)
    page = desk.decoders
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.scan_in.field)
    page.model_edit.setCurrentText("Décodeur 4K")
    ready_before = sum(row.available for row in page.counts.rows)
    serials = [f"NEW-4K-{n:04d}" for n in range(1, 9)]
    for number, serial in enumerate(serials):
        azerty = number % 3 == 2  # a QWERTY scanner on an AZERTY PC, now and then
        with qtbot.waitSignal(page.scan_in.scanned, timeout=30_000,
                              check_params_cb=lambda s, added, x=serial: s == x and added):
            send_keys(QApplication.focusWidget(),
                      as_typed_on_azerty(serial) if azerty else serial)
        assert page.scan_in.banner.tone == "ok"
        assert QApplication.focusWidget() is page.scan_in.field  # ready for the next
    settle(qtbot, page.scan_in.router._runner)
    for serial in serials:
        assert state_of(demo_db, serial) == ("decoder", "in_stock", None)
    assert page.scan_in.count.text() == tr("ScanIn", "%n added since this page was opened", 8)
    # the same decoder twice: refused in red, nothing changed
    with qtbot.waitSignal(page.scan_in.scanned, timeout=30_000,
                          check_params_cb=lambda s, added: s == serials[0] and not added):
        send_keys(QApplication.focusWidget(), serials[0])
    assert page.scan_in.banner.tone == "error"
    assert serials[0] in page.scan_in.recent.item(0).text()
    assert page.scan_in.count.text() == tr("ScanIn", "%n added since this page was opened", 8)
    # the stock by model shows them
    qtbot.waitUntil(lambda: any(row.model == "Décodeur 4K" for row in page.counts.rows))
    row = next(row for row in page.counts.rows if row.model == "Décodeur 4K")
    assert row.counts[EquipmentState.IN_STOCK] == 8
    assert sum(r.available for r in page.counts.rows) == ready_before + 8


def test_a_delivery_list_with_a_problem_adds_nothing_and_a_good_one_adds_all(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    desk = open_stock(qtbot, demo_db)
    page = desk.decoders
    bad = tmp_path / "livraison-erreurs.csv"
    bad.write_bytes("N° de série;Modèle\r\nLIV-001;HD\r\n;HD\r\nLIV-001;HD\r\n".encode("cp1252"))
    with qtbot.waitSignal(page.delivery_done, timeout=30_000):
        page.import_delivery(bad)
    said = page.message.text()
    assert "3" in said and "4" in said  # the lines of the problems
    assert state_of(demo_db, "LIV-001") is None
    good = tmp_path / "livraison.csv"
    good.write_bytes("N° de série;Modèle\r\nLIV-001;Décodeur HD\r\nLIV-002;Décodeur HD\r\n"
                     .encode("cp1252"))
    with qtbot.waitSignal(page.delivery_done, timeout=30_000):
        page.import_delivery(good)
    assert page.message.text() == tr("DecodersPage",
                                     "%n decoder(s) added to the stock from {file}.",
                                     2).format(file="livraison.csv")
    assert state_of(demo_db, "LIV-002") == ("decoder", "in_stock", None)


def test_the_operators_list_is_saved_for_a_french_spreadsheet(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    desk = open_stock(qtbot, demo_db)
    target = tmp_path / "decodeurs.csv"
    with qtbot.waitSignal(desk.decoders.saved, timeout=30_000):
        desk.decoders.export_to(target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads the accents right
    lines = data.decode("utf-8-sig").splitlines()
    with demo_db.read() as s:
        out = s.scalar(select(func.count()).select_from(Equipment)
                       .where(Equipment.state == "handed_out"))
    assert out and len(lines) == out + 1
    assert lines[0].startswith("numéro de série;")


def test_computers_scanned_in_at_the_tier_chosen(qtbot: QtBot, demo_db: Database) -> None:
    desk = open_stock(qtbot, demo_db)
    desk.show_section(desk.computers)
    page = desk.computers
    qtbot.waitUntil(lambda: len(page.tiers.buttons()) == 2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.scan_in.field)
    cheap = next(b for b in page.tiers.buttons() if b.property("cents") == 4000)
    cheap.setChecked(True)
    page.model_edit.setCurrentText("Fixe reconditionné")
    with qtbot.waitSignal(page.scan_in.scanned, timeout=30_000,
                          check_params_cb=lambda _s, added: added):
        send_keys(QApplication.focusWidget(), as_typed_on_azerty("PC-NEW-0101"))
    assert state_of(demo_db, "PC-NEW-0101") == ("computer", "in_stock", 4000)
    with qtbot.waitSignal(page.scan_in.scanned, timeout=30_000,
                          check_params_cb=lambda _s, added: not added):
        send_keys(QApplication.focusWidget(), "PC-NEW-0101")
    assert page.scan_in.banner.tone == "error"
    qtbot.waitUntil(lambda: any(row.serial == "PC-NEW-0101" for row in page.rows.rows))


@pytest.fixture
def receipts_printed(monkeypatch: pytest.MonkeyPatch, cups_queue: str,
                     demo_db: Database) -> list[str]:
    return print_jobs_to(monkeypatch, demo_db, "receipt", cups_queue, "roll")


def test_the_counters_card_sells_a_computer_through_the_handout_desk(
        qtbot: QtBot, demo_db: Database, receipts_printed: list[str]) -> None:
    window = signed_in(qtbot, demo_db, "Accueil", "1234")
    counter, handout = window.desk("counter"), window.desk("handout")
    dwelling = households.find_by_reference(demo_db, window.actor, "PAC-00007")
    counter.open_household(dwelling)
    settle(qtbot, window.runner)
    assert counter.card_view.handout_button.isVisible()
    # « Open in Handout »: the desk changes, the dwelling is open there
    with qtbot.waitSignal(handout.dwelling_opened, timeout=30_000):
        counter.card_view.handout_button.click()
    assert window.desk_tabs.currentWidget() is handout
    assert handout.panel.card.dwelling_id == dwelling
    # « Sell a computer… »: the sale dialog over that dwelling; its label scanned
    window.desk_tabs.setCurrentWidget(counter)
    counter.card_view.sale_button.click()
    qtbot.waitUntil(lambda: getattr(handout, "act_dialog", None) is not None
                    and handout.act_dialog.isVisible(), timeout=30_000)
    dialog = handout.act_dialog
    send_keys(QApplication.focusWidget(), as_typed_on_azerty("PC-RECY-0005"))
    assert dialog.computer_field.currentData() == "PC-RECY-0005"
    with qtbot.waitSignal(handout.answered, timeout=30_000,
                          check_params_cb=lambda tone, _h: tone == "ok"):
        dialog.ok_button.click()
    settle(qtbot, window.runner)
    assert "PC-RECY-0005" in handout.headline.text()
    qtbot.waitUntil(lambda: len(receipts_printed) == 1, timeout=30_000)
    with demo_db.read() as s:
        sale, series = s.execute(select(Sale, Receipt.series).join(
            Receipt, Sale.receipt_id == Receipt.id).join(
            Equipment, Sale.equipment_id == Equipment.id)
            .where(Equipment.serial == "PC-RECY-0005")).one()
    assert (sale.dwelling_id, sale.amount_cents, series) == (dwelling, 7000, "sale")
    assert state_of(demo_db, "PC-RECY-0005") == ("computer", "sold", 7000)
    # a serial that is not for sale, scanned in the dialog: said there, nothing chosen
    handout.open_dwelling(dwelling, "sale")  # the panel closed after the sale
    qtbot.waitUntil(lambda: handout.act_dialog is not dialog and handout.act_dialog.isVisible(),
                    timeout=30_000)
    send_keys(QApplication.focusWidget(), "PC-RECY-0005")
    assert "PC-RECY-0005" in handout.act_dialog.error.text()
    handout.act_dialog.reject()


def test_a_volunteer_sees_no_sale(qtbot: QtBot, demo_db: Database) -> None:
    window = signed_in(qtbot, demo_db, "Bénévole", "5678")
    assert window.desk("stock") is None
    counter = window.desk("counter")
    counter.open_household(households.find_by_reference(demo_db, window.actor, "PAC-00007"))
    settle(qtbot, window.runner)
    assert counter.card_view.handout_button.isVisible()
    assert not counter.card_view.sale_button.isVisible()


def test_a_mistaken_sale_is_cancelled_and_the_computer_is_for_sale_again(
        qtbot: QtBot, demo_db: Database) -> None:
    desk = open_stock(qtbot, demo_db)
    desk.show_section(desk.computers)
    page = desk.computers
    qtbot.waitUntil(lambda: any(row.serial == "PC-RECY-0001" for row in page.rows.rows))
    assert not page.cancel_button.isEnabled()
    row = next(n for n, r in enumerate(page.rows.rows) if r.serial == "PC-RECY-0001")
    assert page.rows.rows[row].state == EquipmentState.SOLD  # sold in the demo
    page.table.selectRow(row)
    assert page.cancel_button.isEnabled()
    page.cancel_button.click()
    dialog = page.cancel_dialog
    assert dialog.isVisible()
    dialog.ok_button.click()  # no reason: said in the dialog, nothing done
    assert dialog.isVisible() and dialog.error.text()
    dialog.fields[0].setText("vendu au mauvais foyer")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.scan_in.banner.tone == "ok", timeout=30_000)
    assert state_of(demo_db, "PC-RECY-0001") == ("computer", "in_stock", 7000)
    with demo_db.read() as s:
        receipt = s.execute(select(Receipt).join(Sale, Sale.receipt_id == Receipt.id)
                            .join(Equipment, Sale.equipment_id == Equipment.id)
                            .where(Equipment.serial == "PC-RECY-0001")).scalar_one()
    assert receipt.cancel_reason == "vendu au mauvais foyer" and receipt.cancelled_by
    qtbot.waitUntil(lambda: next(r for r in page.rows.rows if r.serial == "PC-RECY-0001")
                    .state == EquipmentState.IN_STOCK, timeout=30_000)
