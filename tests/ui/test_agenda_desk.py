"""The Rendez-vous desk driven as the reception does, on the demo centre's
real database: slots created (a weekly series over a public holiday), a
household booked, its slip printed through the real CUPS queue, the code read
back from the printed page and scanned at Accueil in both keyboard layouts —
the household checked in; a booking from the household's card; a cancelled
appointment whose slip is then refused."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.domain import clock
from app.domain.codes import as_typed_on_azerty
from app.domain.enums import AppointmentKind
from app.services import appointments, documents, households
from app.services.context import Actor
from db.engine import Database
from db.models import Appointment, AppointmentSlot, PrintedDocument, Visit
from tests.pdf_tools import qr_codes, text_of
from tests.printing.test_print_path import outputs, wait_for_output
from tests.ui.helpers import send_keys, settle, signed_in

MORNING = datetime(2027, 3, 2, 8, 0)  # a Tuesday


@pytest.fixture
def times(monkeypatch: pytest.MonkeyPatch) -> dict[str, datetime]:
    now = {"now": MORNING}
    monkeypatch.setattr(clock, "now", lambda: now["now"])
    return now


@pytest.fixture
def slips_to_cups(demo_db: Database, cups_queue: str) -> str:
    from app.settings import PrinterChoice, save_printer_choice

    save_printer_choice(demo_db.path.parent, "slip", PrinterChoice(cups_queue, "a6"))
    return cups_queue


def test_slots_over_a_holiday_a_booking_its_printed_slip_scanned_at_accueil(
        qtbot: QtBot, demo_db: Database, times: dict[str, datetime], slips_to_cups: str,
        cups_pdf_output) -> None:  # type: ignore[no-untyped-def]
    window = signed_in(qtbot, demo_db, "Accueil", "1234")
    agenda, counter = window.desk("agenda"), window.desk("counter")
    window.desk_tabs.setCurrentWidget(agenda)
    settle(qtbot, window.runner)
    # a weekly series of help sessions from 30 March 2027 to 13 April: Easter Monday is
    # a Monday, so Tuesday slots are all kept; a Monday series loses 29 March
    agenda.ask_slots()
    dialog = agenda.slots_dialog
    dialog.kind.setCurrentIndex(dialog.kind.findData(AppointmentKind.DECODER_PICKUP.value))
    dialog.place.setText("Salle des tests")
    dialog.day.setDate(QDate(2027, 3, 22))  # a Monday
    dialog.capacity.setValue(2)
    dialog.weekly.setChecked(True)
    dialog.until.setDate(QDate(2027, 4, 5))
    with qtbot.waitSignal(agenda.answered, timeout=30_000):
        dialog.ok_button.click()
    assert agenda.banner.tone == "ok" and "29/03" in agenda.banner.detail.text()  # Easter Monday
    with demo_db.read() as s:
        days = sorted(d.date() for d in s.scalars(select(AppointmentSlot.starts_at).where(
            AppointmentSlot.place == "Salle des tests")))
    assert days == [date(2027, 3, 22), date(2027, 4, 5)]
    # book a household into the first one, from the desk
    agenda.day_edit.setDate(QDate(2027, 3, 22))
    qtbot.waitUntil(lambda: any(s.place == "Salle des tests" for s in agenda.slots.rows),
                    timeout=30_000)
    row = next(n for n, s in enumerate(agenda.slots.rows) if s.place == "Salle des tests")
    agenda.slot_view.selectRow(row)
    assert agenda.book_button.isEnabled()
    agenda.book_button.click()
    book = agenda.book_dialog
    qtbot.keyClicks(book.search, "PAC-00011")
    qtbot.waitUntil(lambda: book.hits.rowCount() > 0, timeout=30_000)
    qtbot.keyClick(book.search, Qt.Key.Key_Return)  # Enter chooses among the results...
    settle(qtbot, window.runner)
    assert book.isVisible() and QApplication.focusWidget() is book.results  # ...books nothing
    with demo_db.read() as s:
        assert not s.scalar(select(func.count()).select_from(Appointment).join(
            AppointmentSlot, Appointment.slot_id == AppointmentSlot.id).where(
            AppointmentSlot.place == "Salle des tests"))
    before = outputs(cups_pdf_output)
    with qtbot.waitSignal(agenda.booked, timeout=30_000) as booked:
        book.ok_button.click()
    appointment_id = booked.args[0]
    qtbot.waitUntil(lambda: agenda.banner.tone == "ok" and "imprimé" in
                    agenda.banner.headline.text() or "printed" in agenda.banner.headline.text(),
                    timeout=60_000)
    with demo_db.read() as s:
        appointment = s.get(Appointment, appointment_id)
        code, dwelling = appointment.code, appointment.dwelling_id
    printed = wait_for_output(cups_pdf_output, "guichet-slip", before)
    assert qr_codes(printed.read_bytes(), 203) == [code]  # read back from the printed page
    # the day comes: the slip scanned at Accueil, the household checked in
    times["now"] = datetime(2027, 3, 22, 13, 50)
    window.desk_tabs.setCurrentWidget(counter)
    settle(qtbot, window.runner)
    window.activateWindow()
    counter.search_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.search_edit)
    with qtbot.waitSignal(counter.tenant_checked_in, timeout=30_000):
        send_keys(counter.search_edit, as_typed_on_azerty(code))
    settle(qtbot, window.runner)
    with demo_db.read() as s:
        assert s.get(Appointment, appointment_id).status == "attended"
        assert s.scalar(select(func.count()).select_from(Visit).where(
            Visit.dwelling_id == dwelling)) >= 1


def test_a_booking_from_the_household_card_and_a_cancelled_slip_refused(
        qtbot: QtBot, demo_db: Database, times: dict[str, datetime]) -> None:
    created = appointments.create_slots(demo_db, Actor.command_line(),
                                        AppointmentKind.HELP_SESSION, "Salle des tests",
                                        datetime(2027, 3, 2, 15, 0), 45, 1)
    window = signed_in(qtbot, demo_db, "Accueil", "1234")
    counter, agenda = window.desk("counter"), window.desk("agenda")
    dwelling = households.find_by_reference(demo_db, window.actor, "PAC-00012")
    counter.open_household(dwelling)
    settle(qtbot, window.runner)
    assert counter.card_view.appointment_button.isVisible()
    counter.card_view.appointment_button.click()
    assert window.desk_tabs.currentWidget() is agenda
    settle(qtbot, window.runner)
    assert "PAC-00012" in agenda.book_button.text()
    agenda.day_edit.setDate(QDate(2027, 3, 2))
    qtbot.waitUntil(lambda: any(s.id == created.slot_ids[0] for s in agenda.slots.rows),
                    timeout=30_000)
    agenda.slot_view.selectRow(next(n for n, s in enumerate(agenda.slots.rows)
                                    if s.id == created.slot_ids[0]))
    with qtbot.waitSignal(agenda.booked, timeout=30_000) as booked:
        agenda.book_button.click()  # no dialog: the household is known
    appointment_id = booked.args[0]
    qtbot.waitUntil(lambda: agenda.bookings.rowCount() == 1, timeout=30_000)
    agenda.booking_view.selectRow(0)
    agenda.cancel_button.click()
    agenda.cancel_dialog.fields[0].setText("a téléphoné")
    agenda.cancel_dialog.ok_button.click()
    qtbot.waitUntil(lambda: agenda.bookings.rowCount() == 1 and
                    agenda.bookings.rows[0].status.value == "cancelled", timeout=30_000)
    with demo_db.read() as s:
        code = s.get(Appointment, appointment_id).code
        slip_id = s.scalar(select(PrintedDocument.id).where(PrintedDocument.kind == "slip")
                           .order_by(PrintedDocument.id.desc()))
    # its slip, printed again from Impressions: stamped, never taken for a valid one
    for paper in ("a6", "roll"):
        assert "ANNULÉ" in text_of(documents.render_document(demo_db, window.actor, slip_id,
                                                             paper).pdf)
    # the cancelled slip scanned: refused, nothing written
    window.desk_tabs.setCurrentWidget(counter)
    settle(qtbot, window.runner)
    with demo_db.read() as s:
        visits = s.scalar(select(func.count()).select_from(Visit))
    window.activateWindow()
    counter.search_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.search_edit)
    send_keys(counter.search_edit, code)
    qtbot.waitUntil(lambda: counter.message.objectName() == "errorLabel", timeout=30_000)
    settle(qtbot, window.runner)
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Visit)) == visits
        assert s.get(Appointment, appointment_id).status == "cancelled"


def test_an_appointment_moved_gets_a_new_slip_and_the_day_list_shows_it(
        qtbot: QtBot, demo_db: Database, times: dict[str, datetime], tmp_path) -> None:  # type: ignore[no-untyped-def]
    coordinator = Actor.command_line()
    first, later = (appointments.create_slots(
        demo_db, coordinator, AppointmentKind.COMPUTER_PICKUP, "Salle des tests", start, 30, 1)
        for start in (datetime(2027, 3, 2, 10, 0), datetime(2027, 3, 4, 11, 0)))
    dwelling = households.find_by_reference(demo_db, coordinator, "PAC-00013")
    booked = appointments.book(demo_db, coordinator, first.slot_ids[0], dwelling)
    window = signed_in(qtbot, demo_db, "Accueil", "1234")
    agenda = window.desk("agenda")
    window.desk_tabs.setCurrentWidget(agenda)
    agenda.day_edit.setDate(QDate(2027, 3, 2))
    qtbot.waitUntil(lambda: any(s.id == first.slot_ids[0] for s in agenda.slots.rows),
                    timeout=30_000)
    agenda.slot_view.selectRow(next(n for n, s in enumerate(agenda.slots.rows)
                                    if s.id == first.slot_ids[0]))
    agenda.booking_view.selectRow(0)
    agenda.move_button.click()
    qtbot.waitUntil(lambda: getattr(agenda, "move_dialog", None) is not None, timeout=30_000)
    target = agenda.move_dialog.fields[0]
    assert target.currentData() == later.slot_ids[0]
    assert "jeudi 04/03" in target.currentText()  # the day in French
    with qtbot.waitSignal(agenda.booked, timeout=30_000) as moved:
        agenda.move_dialog.ok_button.click()
    with demo_db.read() as s:
        old, new = s.get(Appointment, booked.appointment_id), s.get(Appointment, moved.args[0])
        assert (old.status, new.status, new.slot_id) == ("cancelled", "booked",
                                                          later.slot_ids[0])
        assert new.code != old.code and new.moved_from_id == old.id
    # the counter's sheet of that day: who comes when
    qtbot.waitUntil(lambda: agenda.day == date(2027, 3, 4), timeout=30_000)
    settle(qtbot, window.runner)
    with qtbot.waitSignal(agenda.saved, timeout=30_000):
        agenda.print_day_list(tmp_path / "liste.pdf")
    sheet = " ".join(text_of((tmp_path / "liste.pdf").read_bytes()).split())
    name = households.household_card(demo_db, coordinator, dwelling).members[0]
    assert "Rendez-vous du jeudi 4 mars 2027" in sheet
    assert "PAC-00013" in sheet and name.given_name in sheet and "attendu" in sheet
