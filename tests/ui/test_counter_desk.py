"""The Accueil desk driven as staff drive it: real window, real database."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain import clock
from app.domain.codes import as_typed_on_azerty
from db.engine import Database
from tests.ui.helpers import open_window, send_keys, settle, sign_in
from ui.desks.counter import CounterDesk
from ui.dialogs import buttons_of
from ui.main_window import MainWindow


@pytest.fixture
def window(qtbot: QtBot, demo_db: Database) -> Iterator[MainWindow]:
    win = open_window(qtbot, demo_db)
    win.activateWindow()
    sign_in(qtbot, win, "Accueil", "1234")
    yield win


@pytest.fixture
def counter(window: MainWindow, qtbot: QtBot) -> CounterDesk:
    page = window.desk("counter")
    assert isinstance(page, CounterDesk)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.search_edit)
    settle(qtbot, window.runner)
    return page


def test_search_without_accents_open_check_in_and_duplicate_warning(
        qtbot: QtBot, counter: CounterDesk) -> None:
    qtbot.keyClicks(counter.search_edit, "ozturk sukru", delay=40)  # a person typing
    with qtbot.waitSignal(counter.household_opened):  # Enter opens the first result,
        qtbot.keyClick(counter.search_edit, Qt.Key.Key_Return)  # even before it is shown
    assert counter.hits.rowCount() >= 1
    first = counter.hits.hit(0)
    assert first.names[0].startswith("ÖZTÜRK") and "Şükrü" in first.names[0]
    assert counter.left.currentWidget() is counter.card_view
    assert counter.card_view.card.dwelling_id == first.dwelling_id
    assert counter.card_view.lines["vote"].text() == "N'a pas encore voté."

    with qtbot.waitSignal(counter.tenant_checked_in):
        qtbot.mouseClick(counter.card_view.check_in_button, Qt.MouseButton.LeftButton)
    settle(qtbot, counter._runner)  # the change signal refreshes today's list
    assert counter.today.rowCount() == 1
    assert counter.today.data(counter.today.index(0, 2)) == "Retrait de décodeur"
    assert counter.message.text().startswith("Arrivée enregistrée à ")

    qtbot.mouseClick(counter.card_view.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(counter, "duplicate_box", None) is not None)
    box = counter.duplicate_box
    assert box.isVisible() and "déjà venu aujourd'hui" in box.text()
    assert box.defaultButton() is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter never confirms
    settle(qtbot, counter._runner)
    assert counter.today.rowCount() == 1
    # Enter cancelled the question, or (focus on the note) asked it again
    box = counter.duplicate_box
    if not (shiboken6.isValid(box) and box.isVisible()):
        qtbot.mouseClick(counter.card_view.check_in_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: counter.duplicate_box is not box)
        box = counter.duplicate_box
    with qtbot.waitSignal(counter.tenant_checked_in):
        qtbot.mouseClick(buttons_of(box)["Enregistrer un second passage"],
                         Qt.MouseButton.LeftButton)
    settle(qtbot, counter._runner)
    assert counter.today.rowCount() == 2


@pytest.mark.parametrize("layout", ["qwerty", "azerty"])
def test_a_scan_opens_the_household_wherever_the_focus_is(
        qtbot: QtBot, counter: CounterDesk, layout: str) -> None:
    counter.walk_in_button.setFocus()
    counter.code_edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.code_edit)
    counter.code_edit.setText("À")
    with qtbot.waitSignal(counter.household_opened) as opened:
        if layout == "qwerty":  # QTest types ASCII in a burst, as a scanner does
            qtbot.keyClicks(counter.code_edit, "KER-00012")
            qtbot.keyClick(counter.code_edit, Qt.Key.Key_Return)
        else:  # é, è, ç, à: beyond QTest, sent as the scanner's key events
            send_keys(counter.code_edit, as_typed_on_azerty("KER-00012"))
    assert counter.card_view.card.landlord_ref == "KER-00012"
    assert opened.args == [counter.card_view.card.dwelling_id]
    assert counter.code_edit.text() == "À"  # the burst was taken back out of the field


def test_a_scan_into_the_search_field_leaves_it_as_it_was(
        qtbot: QtBot, counter: CounterDesk) -> None:
    qtbot.keyClicks(counter.search_edit, "le", delay=40)
    with qtbot.waitSignal(counter.household_opened):
        send_keys(counter.search_edit, "PAC-00007")
    assert counter.card_view.card.landlord_ref == "PAC-00007"
    assert counter.search_edit.text() == "le"


def test_unknown_code_says_so_and_opens_nothing(qtbot: QtBot, counter: CounterDesk) -> None:
    with qtbot.waitSignal(counter.router.unknown):
        send_keys(counter.search_edit, "ZZ-404-404")
    assert counter.message.text() == "Code inconnu : «\u00a0ZZ-404-404\u00a0». Rien n'a été ouvert."
    assert counter.left.currentWidget() is counter.results_page


def test_typed_code_field_routes_like_a_scan(qtbot: QtBot, counter: CounterDesk) -> None:
    counter.code_edit.setText(as_typed_on_azerty("KER-00100"))
    with qtbot.waitSignal(counter.household_opened):
        qtbot.mouseClick(counter.code_button, Qt.MouseButton.LeftButton)
    assert counter.card_view.card.landlord_ref == "KER-00100"
    assert counter.code_edit.text() == ""  # taken: ready for the next code


def test_slow_typing_then_enter_is_not_a_scan(qtbot: QtBot, counter: CounterDesk) -> None:
    qtbot.keyClicks(counter.search_edit, "KER-00012", delay=60)
    assert counter.search_edit.text() == "KER-00012"  # nothing taken back
    with qtbot.waitSignal(counter.household_opened):
        qtbot.keyClick(counter.search_edit, Qt.Key.Key_Return, delay=60)
    assert counter.card_view.card.landlord_ref == "KER-00012"  # opened as a search result


def test_a_scan_while_a_dialog_is_open_is_swallowed(qtbot: QtBot, counter: CounterDesk) -> None:
    with qtbot.waitSignal(counter.household_opened):
        counter.open_household(5)
    with qtbot.waitSignal(counter.tenant_checked_in):
        qtbot.mouseClick(counter.card_view.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(counter.card_view.check_in_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(counter, "duplicate_box", None) is not None)
    box: QMessageBox = counter.duplicate_box
    assert box.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is box)
    send_keys(QApplication.focusWidget(), "KER-00012")
    assert box.isVisible()  # the trailing Enter did not answer it
    settle(qtbot, counter._runner)
    assert counter.today.rowCount() == 1
    assert "Lecture ignorée" in counter.message.text()
    box.reject()


def test_idle_lock_keeps_what_was_typed_for_the_same_user(
        qtbot: QtBot, window: MainWindow, counter: CounterDesk) -> None:
    qtbot.keyClicks(counter.search_edit, "quem", delay=20)
    settle(qtbot, window.runner)
    window.idle.set_delay_ms(300)
    window.idle.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.lock_page, timeout=5000)
    assert window.lock_page.title.text() == "Verrouillé — Accueil"
    window.lock_page.secret_edit.setText("0000")
    with qtbot.waitSignal(window.lock_page.refused):
        qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    # no name to choose on the lock page: the message names whose code it wants
    assert window.lock_page.error.text() == (
        "Code ou mot de passe incorrect pour Accueil. Réessayez, ou «\u00a0Quelqu'un d'autre\u00a0» "
        "plus bas.")
    assert not window.switch_button.isVisible()  # one way to switch user: the page's
    window.lock_page.secret_edit.setText("1234")
    with qtbot.waitSignal(window.lock_page.unlocked):
        qtbot.mouseClick(window.lock_page.unlock_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.desk_tabs
    assert window.switch_button.isVisible()
    assert counter.search_edit.text() == "quem" and counter.hits.rowCount() > 0


def test_lock_then_switch_user_shows_sign_in(qtbot: QtBot, window: MainWindow) -> None:
    window.lock()
    qtbot.mouseClick(window.lock_page.switch_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.login_page and window.actor is None
    settle(qtbot, window.runner)


def test_volunteers_see_only_the_handout_day_desks(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)
    sign_in(qtbot, window, "Bénévole", "5678")
    tabs = window.desk_tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == ["Accueil", "Impressions",
                                                                 "Décodeurs"]
    assert window.desk("overview") is None


def test_a_new_message_replaces_the_old_one(qtbot: QtBot, counter: CounterDesk) -> None:
    with qtbot.waitSignal(counter.router.unknown):
        send_keys(counter.search_edit, "ZZ-404-404")
    assert counter.message.objectName() == "errorLabel"
    place = counter.left.geometry()
    with qtbot.waitSignal(counter.tenant_checked_in):
        counter.walk_in_menu.actions()[0].trigger()
    # a walk-in is said too, in green, in place of the red "Code inconnu"
    assert counter.message.text().startswith("Visiteur sans dossier enregistré")
    assert counter.message.objectName() == "noticeLabel"
    assert counter.left.geometry() == place  # the message line never moves the layout


def test_keyboard_only_from_search_to_arrival(qtbot: QtBot, counter: CounterDesk) -> None:
    """Arrows choose among the results, Enter opens the one chosen, and Enter
    on the focused arrival button presses it (Qt leaves Enter to nobody outside
    dialogs)."""
    qtbot.keyClicks(counter.search_edit, "le gall", delay=30)
    qtbot.waitUntil(lambda: counter.hits.rowCount() >= 3 and counter._shown_text == "le gall")
    qtbot.keyClick(counter.search_edit, Qt.Key.Key_Down)
    qtbot.keyClick(counter.search_edit, Qt.Key.Key_Down)
    chosen = counter.hits.hit(2)
    assert counter.results.currentIndex().row() == 2
    with qtbot.waitSignal(counter.household_opened) as opened:
        qtbot.keyClick(counter.search_edit, Qt.Key.Key_Return)
    assert opened.args == [chosen.dwelling_id]
    counter.card_view.check_in_button.setFocus()
    with qtbot.waitSignal(counter.tenant_checked_in):
        qtbot.keyClick(counter.card_view.check_in_button, Qt.Key.Key_Return)
    assert counter.message.text().startswith("Arrivée enregistrée")


def test_a_quick_typist_ending_a_note_with_enter_keeps_the_note(
        qtbot: QtBot, counter: CounterDesk) -> None:
    """Keys 20-25 ms apart (a quick typist, with the jitter of a busy PC) then
    Enter: a person typing, not a scan. The note is kept and the arrival
    recorded with it."""
    with qtbot.waitSignal(counter.household_opened):
        counter.open_household(5)
    counter.card_view.note.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.card_view.note)
    with qtbot.waitSignal(counter.tenant_checked_in) as recorded:
        for char in "vient avec sa fille":
            send_keys(counter.card_view.note, char, enter=False)
            time.sleep(0.022)
        send_keys(counter.card_view.note, "", enter=True)
    assert "Code inconnu" not in counter.message.text()
    from app.services import visits

    settle(qtbot, counter._runner)
    rows = visits.todays_visits(counter._db, counter._actor, clock.now().date())
    assert [v.note for v in rows if v.id == recorded.args[0]] == ["vient avec sa fille"]


def test_keyboard_only_from_the_sign_in_page_to_the_arrival(
        qtbot: QtBot, demo_db: Database) -> None:
    """No mouse at all: a name chosen with the arrows, the PIN, a search, the
    card, the arrival (Ctrl+Enter), a new search (F2), a walk-in (F9)."""
    window = open_window(qtbot, demo_db)
    window.activateWindow()
    page = window.login_page
    page.names.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.names)
    while page.names.currentItem() is None or page.names.currentItem().text() != "Accueil":
        qtbot.keyClick(page.names, Qt.Key.Key_Down)
    qtbot.keyClick(page.names, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.secret_edit)
    with qtbot.waitSignal(page.signed_in):
        qtbot.keyClicks(QApplication.focusWidget(), "1234")
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    counter = window.desk("counter")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.search_edit)
    qtbot.keyClicks(QApplication.focusWidget(), "ozturk", delay=30)
    with qtbot.waitSignal(counter.household_opened):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    with qtbot.waitSignal(counter.tenant_checked_in):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    assert counter.message.text().startswith("Arrivée enregistrée à ")
    settle(qtbot, window.runner)
    assert counter.today.rowCount() == 1

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)  # a new search
    assert QApplication.focusWidget() is counter.search_edit
    assert counter.search_edit.selectedText() == "ozturk"  # typing replaces it
    assert counter.left.currentWidget() is counter.results_page

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F9)  # the walk-in's reasons
    qtbot.waitUntil(lambda: counter.walk_in_menu.isVisible())
    qtbot.keyClick(counter.walk_in_menu, Qt.Key.Key_Down)
    with qtbot.waitSignal(counter.tenant_checked_in):
        qtbot.keyClick(counter.walk_in_menu, Qt.Key.Key_Return)
    settle(qtbot, window.runner)
    assert counter.today.rowCount() == 2
    assert counter.today.data(counter.today.index(1, 1)) == "Visiteur sans dossier"
    assert counter.message.text().startswith("Visiteur sans dossier enregistré")


def test_results_one_row_per_household_with_a_count_and_the_card_of_who_was_clicked(
        qtbot: QtBot, counter: CounterDesk) -> None:
    from app.services import households

    # a household of several people, found by the name of one who is not its first
    hits = households.search_households(counter._db, counter._actor, "a")
    wanted = next(h for h in hits if h.members >= 2)
    card = households.household_card(counter._db, counter._actor, wanted.dwelling_id)
    second = card.members[1]
    query = f"{second.given_name} {second.family_name}"
    for char in query:  # typed by a person (QTest types ASCII only)
        send_keys(counter.search_edit, char, enter=False)
        qtbot.wait(35)
    qtbot.waitUntil(lambda: counter._shown_text == query)
    rows = [counter.hits.hit(r) for r in range(counter.hits.rowCount())]
    assert len({h.dwelling_id for h in rows}) == len(rows)  # one row per household
    assert counter.result_count.text() in (
        "1 foyer trouvé.", f"{len(rows)} foyers trouvés.")
    row = next(r for r, h in enumerate(rows) if h.dwelling_id == wanted.dwelling_id)
    counter.results.scrollTo(counter.hits.index(row, 0))
    qtbot.mouseClick(counter.results.viewport(), Qt.MouseButton.LeftButton,
                     pos=counter.results.visualRect(counter.hits.index(row, 0)).center())
    with qtbot.waitSignal(counter.household_opened):  # clicked, then Enter
        qtbot.keyClick(counter.results, Qt.Key.Key_Return)
    title = counter.card_view.title.text()
    assert title.startswith(second.family_name.upper()) and second.given_name in title
    with qtbot.waitSignal(counter.tenant_checked_in):
        qtbot.mouseClick(counter.card_view.check_in_button, Qt.MouseButton.LeftButton)
    settle(qtbot, counter._runner)
    assert counter.today.data(counter.today.index(0, 1)) == title  # who came, not the first

    qtbot.keyClicks(counter.search_edit, "zzqxw")
    qtbot.waitUntil(lambda: counter._shown_text.endswith("zzqxw"))
    assert counter.result_count.text().startswith("Aucun foyer trouvé")


def test_a_mistaken_arrival_is_taken_back_after_a_question(
        qtbot: QtBot, counter: CounterDesk) -> None:
    with qtbot.waitSignal(counter.household_opened):
        counter.open_household(5)
    with qtbot.waitSignal(counter.tenant_checked_in) as recorded:
        qtbot.mouseClick(counter.card_view.check_in_button, Qt.MouseButton.LeftButton)
    settle(qtbot, counter._runner)
    assert counter._chosen_visit().id == recorded.args[0]  # chosen for a quick undo
    assert counter.cancel_visit_button.isEnabled()
    qtbot.mouseClick(counter.cancel_visit_button, Qt.MouseButton.LeftButton)
    box = counter.cancel_box
    assert "Annuler l'arrivée de" in box.text() and box.defaultButton() is None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # Enter keeps it
    settle(qtbot, counter._runner)
    assert counter.today.rowCount() == 1
    qtbot.mouseClick(counter.cancel_visit_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(counter.visit_cancelled):
        qtbot.mouseClick(buttons_of(counter.cancel_box)["Annuler l'arrivée"],
                         Qt.MouseButton.LeftButton)
    settle(qtbot, counter._runner)
    assert counter.today.rowCount() == 0
    assert counter.message.text() == "Arrivée annulée."
    assert not counter.cancel_visit_button.isEnabled()  # nothing left to choose
    assert not counter.served_button.isEnabled()


def test_a_household_is_corrected_from_its_card(qtbot: QtBot, counter: CounterDesk) -> None:
    from app.services import households

    with qtbot.waitSignal(counter.household_opened):
        counter.open_household(5)
    assert counter.card_view.correct_button.isVisible()  # reception may correct
    qtbot.mouseClick(counter.card_view.correct_button, Qt.MouseButton.LeftButton)
    dialog = counter.household_dialog
    first = counter.card_view.card.members[0]
    dialog.phones[first.person_id].setText("pas un numéro")
    dialog.new_family.setText("Kerbrat")  # with a bad phone, nothing at all is written
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    assert "n'est pas un numéro de téléphone français" in dialog.error.text()
    assert dialog.isVisible() and dialog.new_family.text() == "Kerbrat"  # the form kept
    settle(qtbot, counter._runner)
    assert not any(m.family_name == "KERBRAT" for m in households.household_card(
        counter._db, counter._actor, 5).members)
    dialog.phones[first.person_id].setText("0761223344")
    dialog.new_family.setText("Kerbrat")
    dialog.new_given.setText("Anna")
    dialog.note.setPlainText("Vient le mardi")
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, counter._runner)  # the change signal reloads the open card
    card = counter.card_view.card
    assert card.members[0].phone == "07 61 22 33 44"
    assert any(m.family_name == "KERBRAT" and m.given_name == "Anna" for m in card.members)
    assert counter.card_view.lines["note"].text() == "Vient le mardi"
    assert counter.message.text() == "Foyer corrigé."


def test_volunteers_cannot_correct_a_household(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)
    sign_in(qtbot, window, "Bénévole", "5678")
    counter = window.desk("counter")
    with qtbot.waitSignal(counter.household_opened):
        counter.open_household(5)
    assert not counter.card_view.correct_button.isVisible()


def test_tab_leaves_the_tables_and_the_keys_go_on_after_a_take_back(
        qtbot: QtBot, counter: CounterDesk) -> None:
    counter.today_view.setFocus()
    qtbot.keyClick(counter.today_view, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not counter.today_view  # out of the table
    with qtbot.waitSignal(counter.household_opened):
        counter.open_household(5)
    with qtbot.waitSignal(counter.tenant_checked_in):
        qtbot.keyClick(counter.card_view.note, Qt.Key.Key_Return,
                       Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, counter._runner)
    counter.cancel_visit_button.setFocus()
    qtbot.keyClick(counter.cancel_visit_button, Qt.Key.Key_Return)
    with qtbot.waitSignal(counter.visit_cancelled):
        qtbot.mouseClick(buttons_of(counter.cancel_box)["Annuler l'arrivée"],
                         Qt.MouseButton.LeftButton)
    settle(qtbot, counter._runner)
    # the keys go to the search box, not to the disabled button (the window's focus)
    assert counter.window().focusWidget() is counter.search_edit


def test_a_scanned_serial_says_whose_it_is_and_since_when(
        qtbot: QtBot, counter: CounterDesk, demo_db: Database) -> None:
    from sqlalchemy import select

    from app.domain.enums import OfferState
    from app.services import handouts, households
    from app.services.context import Actor
    from db.models import Equipment, Sector

    actor = Actor.command_line()
    with demo_db.write() as s:
        s.execute(Sector.__table__.update().values(offer_state=OfferState.ADOPTED.value))
        first, second = s.scalars(select(Equipment.serial).where(
            Equipment.kind == "decoder").order_by(Equipment.id).limit(2)).all()
    dwelling_id = households.find_by_reference(demo_db, actor, "KER-00040")
    handouts.hand_out(demo_db, actor, dwelling_id, first, "Quelqu'un")
    with qtbot.waitSignal(counter.household_opened):
        send_keys(counter.search_edit, first)
    assert counter.card_view.card.landlord_ref == "KER-00040"
    assert counter.message.text().startswith(f"Décodeur {first} : chez KER-00040 depuis le ")
    counter.new_search()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is counter.search_edit)
    with qtbot.waitSignal(counter.router.routed):
        send_keys(counter.search_edit, second)
    assert counter.message.text() == f"Décodeur {second} : pas remis (en stock)."
    assert counter.left.currentWidget() is counter.results_page
