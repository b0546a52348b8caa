"""Réglages, driven as a coordinator does: real window, real database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.engine import Database
from tests.ui.helpers import open_window, send_keys, settle, sign_in, signed_in
from ui.desks.settings import SettingsDesk
from ui.main_window import MainWindow


def _desk(qtbot: QtBot, window: MainWindow) -> SettingsDesk:
    desk = window.desk("settings")
    assert isinstance(desk, SettingsDesk)
    window.desk_tabs.setCurrentWidget(desk)
    settle(qtbot, window.runner)
    return desk


def _choose(desk: SettingsDesk, name: str) -> None:
    row = next(r for r in range(desk.accounts.rowCount()) if desk.accounts.row(r).name == name)
    desk.accounts_view.selectRow(row)


def test_a_volunteer_added_from_the_window_signs_in_then_is_reset_and_disabled(
        qtbot: QtBot, demo_db: Database) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    desk = _desk(qtbot, window)
    qtbot.mouseClick(desk.add_button, Qt.MouseButton.LeftButton)
    dialog = desk.account_dialog
    send_keys(dialog.name, "Maïwenn", enter=False)  # QTest types ASCII only
    for pin, answer in (("1111", desk.said), ("2580", desk.accounts_shown)):
        dialog.secret.setText(pin)
        dialog.again.setText(pin)
        with qtbot.waitSignal(answer):
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        if pin == "1111":  # refused in the dialog, which stays open with what was typed
            assert dialog.error.text().startswith("Un code PIN d'un seul chiffre répété")
            assert dialog.isVisible() and dialog.name.text() == "Maïwenn"
    assert not dialog.isVisible()
    assert desk.message.text() == "Compte créé : Maïwenn peut se connecter dès maintenant."
    names = [desk.accounts.row(r).name for r in range(desk.accounts.rowCount())]
    assert "Maïwenn" in names

    # the new volunteer signs in at the counter
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)
    sign_in(qtbot, window, "Maïwenn", "2580")
    assert window.actor is not None and window.actor.label == "Maïwenn"
    assert window.desk("settings") is None  # a volunteer's desks only
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)

    # a forgotten PIN: the coordinator gives a new one
    sign_in(qtbot, window, "Coordination", "coordination")
    desk = _desk(qtbot, window)
    _choose(desk, "Maïwenn")
    qtbot.mouseClick(desk.edit_button, Qt.MouseButton.LeftButton)
    dialog = desk.account_dialog
    dialog.secret.setText("9137")
    dialog.again.setText("9137")
    with qtbot.waitSignal(desk.said):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)
    assert desk.message.text() == "Compte de Maïwenn modifié ; nouveau code enregistré."

    # she leaves: disabled, her sign-in refused, her name kept
    settle(qtbot, window.runner)
    _choose(desk, "Maïwenn")
    assert desk.disable_button.text() == "Désactiver"
    with qtbot.waitSignal(desk.accounts_shown):
        qtbot.mouseClick(desk.disable_button, Qt.MouseButton.LeftButton)
    row = next(desk.accounts.row(r) for r in range(desk.accounts.rowCount())
               if desk.accounts.row(r).name == "Maïwenn")
    assert not row.active
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)
    assert not window.login_page.names.findItems("Maïwenn", Qt.MatchFlag.MatchExactly)
    # and her new PIN is refused all the same (a name typed from memory, a stale list)
    from app.domain.errors import AuthenticationFailed
    from app.services import accounts

    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(demo_db, "Maïwenn", "9137")


def test_the_last_coordinator_cannot_disable_themself(qtbot: QtBot, demo_db: Database) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    desk = _desk(qtbot, window)
    _choose(desk, "Coordination")
    with qtbot.waitSignal(desk.said):
        qtbot.mouseClick(desk.disable_button, Qt.MouseButton.LeftButton)
    assert desk.message.text().startswith("Vous ne pouvez pas désactiver votre propre compte")


def test_the_centres_address_is_saved_and_shown_as_a_receipt_header(
        qtbot: QtBot, demo_db: Database) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    desk = _desk(qtbot, window)
    desk.tabs.setCurrentIndex(1)
    desk.address.setText("8 rue Jean-Baptiste Lamarck, 29200 Brest")
    desk.phone.setText("0298451200")
    assert "8 rue Jean-Baptiste Lamarck" in desk.header_preview.text()
    desk.prices.setText("40 ; 70,50")
    with qtbot.waitSignal(desk.settings_shown):
        qtbot.mouseClick(desk.save_button, Qt.MouseButton.LeftButton)
    assert desk.phone.text() == "02 98 45 12 00"  # as the centre writes it
    assert desk.prices.text() == "40,00 ; 70,50"
    desk.phone.setText("12")
    with qtbot.waitSignal(desk.said):
        qtbot.mouseClick(desk.save_button, Qt.MouseButton.LeftButton)
    assert "n'est pas un numéro de téléphone français" in desk.message.text()


def test_own_pin_from_the_top_bar(qtbot: QtBot, demo_db: Database) -> None:
    window = open_window(qtbot, demo_db)
    sign_in(qtbot, window, "Accueil", "1234")
    qtbot.mouseClick(window.own_secret_button, Qt.MouseButton.LeftButton)
    dialog = window.own_secret_dialog
    dialog.current.setText("1234")
    dialog.new.setText("4826")
    dialog.again.setText("4826")
    with qtbot.waitSignal(dialog.changed):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.switch_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)
    sign_in(qtbot, window, "Accueil", "4826")  # waits for the signed_in signal
    assert window.actor is not None and window.actor.label == "Accueil"


def test_the_new_name_shows_at_once_and_the_printers_are_this_pcs(
        qtbot: QtBot, demo_db: Database) -> None:
    from app.settings import load_printer_choices

    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    desk = _desk(qtbot, window)
    desk.tabs.setCurrentIndex(1)
    desk.centre_name.setText("Centre social de Pen ar Creac'h")
    desk.idle_lock.setValue(12)
    with qtbot.waitSignal(desk.settings_shown):
        qtbot.mouseClick(desk.save_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)  # the change signal reloads the top bar and the lock delay
    assert window.centre_name.text() == "Centre social de Pen ar Creac'h"
    assert window.idle._timer.interval() == 12 * 60_000

    printer, paper = desk.printer_boxes["slip"]
    assert printer.itemText(0) == "— aucune —"
    paper.setCurrentIndex(paper.findData("roll"))
    with qtbot.waitSignal(desk.said):
        qtbot.mouseClick(desk.save_printers_button, Qt.MouseButton.LeftButton)
    assert desk.message.text() == "Imprimantes enregistrées pour ce poste."
    assert load_printer_choices(demo_db.path.parent)["slip"].paper == "roll"


def test_an_account_added_elsewhere_shows_on_the_waiting_sign_in_page(
        qtbot: QtBot, demo_db: Database) -> None:
    from app.domain.enums import Role
    from app.services import accounts
    from app.services.context import Actor

    window = open_window(qtbot, demo_db)
    page = window.login_page
    page.secret_edit.setText("12")  # someone was typing
    accounts.create_account(demo_db, Actor.command_line(), "Nolwenn", Role.VOLUNTEER, "4826")
    with qtbot.waitSignal(page.reloaded):
        page.refresh_names()  # what its timer does every 20 s while it is shown
    assert page.names.findItems("Nolwenn", Qt.MatchFlag.MatchExactly)
    assert page.secret_edit.text() == "12"


def test_enter_in_a_dialogs_last_field_means_ok_never_cancel(
        qtbot: QtBot, demo_db: Database) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    desk = _desk(qtbot, window)
    qtbot.mouseClick(desk.add_button, Qt.MouseButton.LeftButton)
    dialog = desk.account_dialog
    qtbot.keyClicks(dialog.name, "Paul")
    dialog.secret.setText("4826")
    qtbot.keyClicks(dialog.again, "4826")
    with qtbot.waitSignal(desk.accounts_shown):
        qtbot.keyClick(dialog.again, Qt.Key.Key_Return)
    assert desk.message.text() == "Compte créé : Paul peut se connecter dès maintenant."
