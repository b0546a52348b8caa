"""The Ateliers desk driven as the reception does, on the demo centre's real
database: people signed up until the waiting list, a place freed and the
first waiting person moved up (the screen says who), the slip printed
through the real CUPS queue and its QR code read back from the printed page,
then scanned into the desk on the day — the person ticked present, a
cancelled slip refused in red —, the attendance sheet with the names, and a
sign-up from the household's card with its slip scanned at Accueil."""

from __future__ import annotations

from datetime import datetime, time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from app.domain import clock
from app.services import households, workshops
from app.services.context import Actor
from db.engine import Database
from db.models import Visit, WorkshopAttendance, WorkshopSignup
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


def member(db: Database, ref: str) -> workshops.Member:
    actor = Actor.command_line()
    return workshops.members(db, actor, households.find_by_reference(db, actor, ref))[0]


def open_desk(qtbot: QtBot, window, workshop_id: int):  # type: ignore[no-untyped-def]
    desk = window.desk("workshops")
    window.desk_tabs.setCurrentWidget(desk)
    page = desk.workshops
    qtbot.waitUntil(lambda: any(r.id == workshop_id for r in page.model.rows), timeout=30_000)
    page.list_view.selectRow(next(n for n, r in enumerate(page.model.rows)
                                  if r.id == workshop_id))
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.workshop.id == workshop_id,
                    timeout=30_000)
    return desk, page


def sign_up_in_dialog(qtbot: QtBot, window, page, ref: str):  # type: ignore[no-untyped-def]
    page.sign_up_button.click()
    dialog = page.sign_up_dialog
    qtbot.keyClicks(dialog.search, ref)
    qtbot.waitUntil(lambda: dialog.hits.rowCount() > 0 and dialog.member.count() > 0,
                    timeout=30_000)
    with qtbot.waitSignal(page.signed_up, timeout=30_000) as signed:
        dialog.ok_button.click()
    settle(qtbot, window.runner)
    return signed.args[0]


def test_sign_ups_to_the_waiting_list_a_place_freed_and_printed_slips_scanned_on_the_day(
        qtbot: QtBot, demo_db: Database, times: dict[str, datetime], slips_to_cups: str,
        cups_pdf_output, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    made = workshops.create_workshop(demo_db, Actor.command_line(), "Atelier des tests",
                                     "Salle des tests", 2, datetime(2027, 3, 2, 14),
                                     time(16), facilitator="Yann Quéré")
    window = signed_in(qtbot, demo_db, "Accueil", "1234")
    _desk, page = open_desk(qtbot, window, made.workshop_id)
    before = outputs(cups_pdf_output)
    first = sign_up_in_dialog(qtbot, window, page, "PAC-00011")
    printed = wait_for_output(cups_pdf_output, "guichet-slip", before)
    code = qr_codes(printed.read_bytes(), 203)[0]  # read back from the printed page
    assert code == first.code and len(code) == 14
    sign_up_in_dialog(qtbot, window, page, "PAC-00012")
    third = sign_up_in_dialog(qtbot, window, page, "PAC-00013")
    assert third.status.value == "waiting"
    assert third.name in page.banner.headline.text()
    qtbot.waitUntil(lambda: page.waiting.rowCount() == 1 and page.registered.rowCount() == 2,
                    timeout=30_000)
    assert "2" in page.model.places(page.model.rows[0])  # « 2 inscrits sur 2 · 1 … »
    window.resize(1366, 768)
    settle(qtbot, window.runner)
    qtbot.wait(200)

    # the second registered person cancels: the first waiting moves up, and the screen says so
    page.tabs.setCurrentIndex(0)
    page.registered_view.selectRow(1)
    page.cancel_signup_button.click()
    page.cancel_signup_dialog.fields[0].setText("a téléphoné")
    page.cancel_signup_dialog.ok_button.click()
    qtbot.waitUntil(lambda: "PAC-00013" in page.banner.detail.text(), timeout=30_000)
    assert page.banner.tone == "ok" and third.name in page.banner.headline.text()
    qtbot.waitUntil(lambda: page.waiting.rowCount() == 0 and
                    [r.name for r in page.registered.rows] == [first.name, third.name],
                    timeout=30_000)
    with demo_db.read() as s:
        gone = s.scalar(select(WorkshopSignup.code).where(
            WorkshopSignup.workshop_id == made.workshop_id,
            WorkshopSignup.status == "cancelled"))

    # the day comes: the printed slip scanned into the desk ticks its person
    times["now"] = datetime(2027, 3, 2, 13, 55)
    page.refresh()
    settle(qtbot, window.runner)
    page.tabs.setCurrentIndex(2)
    qtbot.waitUntil(lambda: page.attendance.count() == 2, timeout=30_000)
    window.activateWindow()
    page.scan_field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.scan_field)
    with qtbot.waitSignal(page.answered, timeout=30_000):
        send_keys(page.scan_field, code)
    assert page.banner.tone == "ok" and first.name in page.banner.headline.text()
    qtbot.waitUntil(lambda: page.attendance.present() == [
        page.attendance.item(0).text()], timeout=30_000)
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(WorkshopAttendance).where(
            WorkshopAttendance.signup_id == first.signup_id)) == 1
        assert s.scalar(select(func.count()).select_from(Visit).where(
            Visit.reason == "workshop", Visit.dwelling_id == households.find_by_reference(
                demo_db, Actor.command_line(), "PAC-00011"))) == 1
        recorded = s.scalar(select(func.count()).select_from(WorkshopAttendance))
    # the cancelled person's slip: a buzz and a red banner, nothing written
    with qtbot.waitSignal(page.answered, timeout=30_000):
        send_keys(page.scan_field, gone)
    assert page.banner.tone == "error"
    settle(qtbot, window.runner)
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(WorkshopAttendance)) == recorded
    # ticked by hand as well, a few minutes early on the day (as a scanned slip is)
    page.attendance.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.waitUntil(lambda: len(page.attendance.present()) == 2 and page.banner.tone != "error",
                    timeout=30_000)
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(WorkshopAttendance)) == recorded + 1

    # the attendance sheet: the names, saved as a PDF when no A4 printer is chosen
    target = tmp_path / "emargement.pdf"
    with qtbot.waitSignal(page.saved, timeout=30_000):
        page.print_sheet(target)
    text = text_of(target.read_bytes())
    assert first.name in text and third.name in text and "Signature" in text
    assert "mardi 2 mars 2027" in text and "Salle des tests" in text
    window.resize(1024, 738)
    settle(qtbot, window.runner)
    qtbot.wait(200)  # the new size laid out


def test_a_sign_up_from_the_household_card_and_its_slip_scanned_at_accueil(
        qtbot: QtBot, demo_db: Database, times: dict[str, datetime]) -> None:
    made = workshops.create_workshop(demo_db, Actor.command_line(), "Atelier des tests",
                                     "Salle des tests", 4, datetime(2027, 3, 2, 14), time(16))
    window = signed_in(qtbot, demo_db, "Accueil", "1234")
    counter, desk = window.desk("counter"), window.desk("workshops")
    person = member(demo_db, "PAC-00014")
    counter.open_household(households.find_by_reference(demo_db, window.actor, "PAC-00014"))
    settle(qtbot, window.runner)
    assert counter.card_view.workshop_button.isVisible()
    counter.card_view.workshop_button.click()
    assert window.desk_tabs.currentWidget() is desk
    page = desk.workshops
    assert person.name in page.sign_up_button.text()
    qtbot.waitUntil(lambda: any(r.id == made.workshop_id for r in page.model.rows),
                    timeout=30_000)
    page.list_view.selectRow(next(n for n, r in enumerate(page.model.rows)
                                  if r.id == made.workshop_id))
    qtbot.waitUntil(lambda: page.detail is not None and
                    page.detail.workshop.id == made.workshop_id, timeout=30_000)
    with qtbot.waitSignal(page.signed_up, timeout=30_000) as signed:
        page.sign_up_button.click()  # no dialog: the person is known
    assert signed.args[0].person_id == person.person_id
    settle(qtbot, window.runner)
    # the day comes: the slip scanned at Accueil — present, checked in, the household open
    times["now"] = datetime(2027, 3, 2, 13, 50)
    window.desk_tabs.setCurrentWidget(counter)
    settle(qtbot, window.runner)
    window.activateWindow()
    counter.search_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.search_edit)
    with qtbot.waitSignal(counter.tenant_checked_in, timeout=30_000):
        send_keys(counter.search_edit, signed.args[0].code)
    settle(qtbot, window.runner)
    assert counter.card_view.card is not None and \
        counter.card_view.card.landlord_ref == "PAC-00014"
    # the card says where the household's people are signed up
    assert "Atelier des tests — 02/03 14:00" in counter.card_view.lines["workshops"].text()
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(WorkshopAttendance).where(
            WorkshopAttendance.signup_id == signed.args[0].signup_id)) == 1



def test_more_places_move_the_waiting_list_up_and_a_session_is_called_off(
        qtbot: QtBot, demo_db: Database, times: dict[str, datetime]) -> None:
    actor = Actor.command_line()
    made = workshops.create_workshop(demo_db, actor, "Atelier des places", "Salle des tests", 1,
                                     datetime(2027, 3, 9, 14), time(16), sessions=3)
    registered = workshops.sign_up(demo_db, actor, made.workshop_id,
                                   member(demo_db, "PAC-00011").person_id)
    waiting = workshops.sign_up(demo_db, actor, made.workshop_id,
                                member(demo_db, "PAC-00012").person_id)
    assert waiting.status.value == "waiting"
    window = signed_in(qtbot, demo_db, "Accueil", "1234")
    _desk, page = open_desk(qtbot, window, made.workshop_id)
    page.capacity_button.click()
    places = page.capacity_dialog.fields[0]
    assert places.minimum() == 1 and places.value() == 1  # never under the people registered
    places.setValue(2)
    page.capacity_dialog.ok_button.click()
    qtbot.waitUntil(lambda: waiting.name in page.banner.detail.text(), timeout=30_000)
    qtbot.waitUntil(lambda: [r.name for r in page.registered.rows] ==
                    [registered.name, waiting.name], timeout=30_000)
    # the second of three sessions is not held; the others are
    page.cancel_session_button.click()
    which = page.session_dialog.fields[0]
    assert which.count() == 3
    which.setCurrentIndex(1)
    page.session_dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.banner.tone == "ok" and page.detail is not None and
                    [s.cancelled for s in page.detail.sessions] == [False, True, False],
                    timeout=30_000)
    assert "<s>" in page.facts.text()


def test_a_person_in_a_workshop_says_what_they_would_like_to_learn(
        qtbot: QtBot, demo_db: Database, times: dict[str, datetime]) -> None:
    from app.services import needs

    actor = Actor.command_line()
    made = workshops.create_workshop(demo_db, actor, "Atelier des besoins", "Salle des tests", 4,
                                     datetime(2027, 3, 9, 14), time(16))
    signed = workshops.sign_up(demo_db, actor, made.workshop_id,
                               member(demo_db, "PAC-00014").person_id)
    window = signed_in(qtbot, demo_db, "Accueil", "1234")
    _desk, page = open_desk(qtbot, window, made.workshop_id)
    page.tabs.setCurrentIndex(0)
    assert not page.needs_button.isEnabled()  # nobody chosen yet
    page.registered_view.selectRow(0)
    assert page.needs_button.isEnabled()
    page.needs_button.click()
    dialog = page.needs_dialog
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=30_000)
    chosen = list(dialog.checks)[3]  # the fourth topic of the survey
    dialog.checks[chosen].setChecked(True)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: signed.name in page.banner.headline.text(), timeout=30_000)
    assert needs.needs_of(demo_db, actor, signed.person_id) == frozenset({chosen})
