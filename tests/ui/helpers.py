"""Driving the real window as staff do: sign in, scan, wait for the runner."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from db.engine import Database
from ui.main_window import MainWindow
from ui.tasks import TaskRunner


def settle(qtbot: QtBot, runner: TaskRunner, timeout: int = 30_000) -> None:
    """Wait until the runner has answered everything asked of it (answers may
    ask for more: a write's change signal asks for refreshes)."""
    qtbot.waitUntil(lambda: not runner.busy, timeout=timeout)


def send_keys(widget: QWidget, text: str, enter: bool = True) -> None:
    """What a USB scanner does: key events in a burst (any character, unlike
    QTest, which only types ASCII), Shift pressed around a capital or a shifted
    sign as a real scanner does, then Enter."""
    def key(kind: QEvent.Type, code: int, char: str = "",
            modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
        QApplication.sendEvent(widget, QKeyEvent(kind, code, modifiers, char))

    for char in text:
        shifted = char.isupper() or char in _SHIFTED
        if shifted:
            key(QEvent.Type.KeyPress, Qt.Key.Key_Shift, modifiers=Qt.KeyboardModifier.ShiftModifier)
        modifiers = Qt.KeyboardModifier.ShiftModifier if shifted else Qt.KeyboardModifier.NoModifier
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key(kind, 0, char, modifiers)
        if shifted:
            key(QEvent.Type.KeyRelease, Qt.Key.Key_Shift)
    if enter:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key(kind, Qt.Key.Key_Return, "\r")


_SHIFTED = frozenset('~!@#$%^&*()_+{}|:"<>?')


def open_window(qtbot: QtBot, db: Database) -> MainWindow:
    """The window on `db`, shown, with its first page loaded."""
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    settle(qtbot, window.runner)
    return window


def sign_in(qtbot: QtBot, window: MainWindow, name: str, secret: str,
            expect_refusal: bool = False) -> None:
    """Pick the name, type the secret, Enter; wait for the answer and the desks."""
    page = window.login_page
    page.names.setCurrentItem(page.names.findItems(name, Qt.MatchFlag.MatchExactly)[0])
    page.secret_edit.clear()
    qtbot.keyClicks(page.secret_edit, secret)
    with qtbot.waitSignal(page.refused if expect_refusal else page.signed_in, timeout=30_000):
        qtbot.keyClick(page.secret_edit, Qt.Key.Key_Return)
    settle(qtbot, window.runner)


def signed_in(qtbot: QtBot, db: Database, name: str, secret: str) -> MainWindow:
    window = open_window(qtbot, db)
    sign_in(qtbot, window, name, secret)
    return window


def print_jobs_to(monkeypatch, db: Database, kind: str, queue: str,  # type: ignore[no-untyped-def]
                  paper: str) -> list[str]:
    """Documents of `kind` go to the real CUPS queue (cups-pdf) as this PC's
    printer for them; the names of the jobs sent are kept, in order."""
    from app.settings import PrinterChoice, save_printer_choice
    from ui import print_path

    save_printer_choice(db.path.parent, kind, PrinterChoice(queue, paper))
    jobs: list[str] = []
    real = print_path.print_pdf

    def sent(pdf: bytes, printer: str, job: str) -> None:
        real(pdf, printer, job)
        jobs.append(job)

    monkeypatch.setattr("ui.print_path.print_pdf", sent)
    return jobs
