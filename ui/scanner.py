"""USB 2D scanners type a code and Enter in a burst, wherever the focus is.

`ScannerInput` watches key presses application-wide (while its desk is shown),
recognises a burst by timing and shape, takes the burst's characters back out
of whatever field received them, swallows the trailing Enter, and hands the
code to a `ScanRouter`. Normal typing is never held back or reordered: a person
cannot type 4+ characters at under 30 ms each and then Enter.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QTextEdit

from app.domain.codes import candidates
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from app.services.context import Actor
    from db.engine import Database

MAX_INTERVAL_S = 0.030  # scanners send a character every 1-15 ms
# ...and keep that pace over the whole code: a quick typist's keys may come
# 25 ms apart now and then, never 15 ms apart on average over a word and Enter
MAX_MEAN_INTERVAL_S = 0.015
MIN_LENGTH = 4
_MODIFIERS = frozenset({Qt.Key.Key_Shift, Qt.Key.Key_AltGr, Qt.Key.Key_Control, Qt.Key.Key_Alt,
                        Qt.Key.Key_Meta, Qt.Key.Key_CapsLock})

Lookup = Callable[[str], object | None]  # on the worker: the record the code names, or None
Action = Callable[[object], None]  # on the GUI thread: open what was found


def dwelling_code_lookup(db: Database, actor: Actor) -> Lookup:
    """The lookup of a letter's code (vote invitation, handout day) for a
    router: the dwelling it names, or why not (a mistyped, unknown or replaced
    code is said as such); None when the code is not twelve digits."""
    from app.domain import dwelling_code
    from app.domain.errors import VoteRefused
    from app.services import polls

    def lookup(code: str) -> object | None:
        if not dwelling_code.looks_like_code(code):
            return None
        try:
            return polls.find_code(db, actor, code)
        except VoteRefused as refused:
            return refused

    return lookup


def appointment_code_lookup(db: Database, actor: Actor) -> Lookup:
    """The lookup of an appointment slip's code for the Accueil desk's router:
    scanning a slip IS the arrival, so the lookup checks the household in
    (appointments.check_in_by_code: attended and checked in, in one
    transaction) and returns what was done, or why not (a mistyped, unknown,
    cancelled, used or other-day slip, nothing written); None when the code
    is not thirteen digits."""
    from app.domain import appointment_code
    from app.domain.errors import AppointmentRefused
    from app.services import appointments

    def lookup(code: str) -> object | None:
        if not appointment_code.looks_like_code(code):
            return None
        try:
            return appointments.check_in_by_code(db, actor, code)
        except AppointmentRefused as refused:
            return refused

    return lookup


def workshop_code_lookup(db: Database, actor: Actor) -> Lookup:
    """The lookup of a workshop slip's code (Accueil, Ateliers): scanning the
    slip records the person present at today's session and checks the
    household in (workshops.check_in_by_code, one transaction); returns what
    was done, or why not (nothing written); None when the code is not
    fourteen digits."""
    from app.domain import workshop_code
    from app.domain.errors import WorkshopRefused
    from app.services import workshops

    def lookup(code: str) -> object | None:
        if not workshop_code.looks_like_code(code):
            return None
        try:
            return workshops.check_in_by_code(db, actor, code)
        except WorkshopRefused as refused:
            return refused

    return lookup


class ScanRouter(QObject):
    """Kinds of code register a lookup and an action; the first lookup that
    recognises the code (as typed, then repaired for a QWERTY scanner on
    AZERTY) wins and its action opens the record. Lookups read the database,
    so they run on the window's runner, never on the GUI thread."""

    routed = Signal(str)  # the kind that took the code
    unknown = Signal(str)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._kinds: list[tuple[str, Lookup, Action]] = []

    def register(self, kind: str, lookup: Lookup, action: Action) -> None:
        self._kinds.append((kind, lookup, action))

    def route(self, raw: str) -> None:
        """Look the code up; then its action and `routed`, or `unknown`."""
        kinds = list(self._kinds)

        def find() -> tuple[int, object] | None:
            for code in candidates(raw):
                for index, (_kind, lookup, _action) in enumerate(kinds):
                    found = lookup(code)
                    if found is not None:
                        return index, found
            return None

        def act(result: tuple[int, object] | None) -> None:
            if result is None:
                self.unknown.emit(raw.strip())
                return
            index, found = result
            kind, _lookup, action = kinds[index]
            action(found)
            self.routed.emit(kind)

        self._runner.submit(find, act, owner=self)  # a database failure is the window's message


class ScannerInput(QObject):
    scanned = Signal(str)
    blocked = Signal(str)  # a burst arrived while a dialog was open

    def __init__(self, router: ScanRouter, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.router = router
        self._chars: list[str] = []  # characters typed in one fast run, so far
        self._last = 0.0  # in the key events' own clock
        self._seen = 0.0  # time.monotonic() when the last key was handled
        self._started = 0.0  # when the run's first character came
        self._active = False

    @property
    def in_burst(self) -> bool:
        """Keys are arriving faster than a person types: probably a scan, so
        work done per keystroke (search as you type) can wait for the end."""
        return len(self._chars) >= 2 and time.monotonic() - self._seen <= MAX_INTERVAL_S

    @staticmethod
    def _time_of(event: QKeyEvent) -> float:
        """When the key was pressed: the window system's own time stamp (ms),
        so that a pause of the GUI thread (a search redrawing its results
        while the first digits arrive) does not split a scan in two. Events
        made by the program carry none: then when it is handled."""
        stamp = event.timestamp()
        return stamp / 1000 if stamp else time.monotonic()

    def set_active(self, active: bool) -> None:
        app = QApplication.instance()
        if active and not self._active:
            app.installEventFilter(self)
        elif not active and self._active:
            app.removeEventFilter(self)
        self._active = active
        self._chars.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        # the same key event is offered to every object on its way: count it once
        if watched is not (QApplication.focusWidget() or QApplication.activeWindow()):
            return False
        if event.key() in _MODIFIERS:  # a scanner presses Shift for a capital, AltGr on
            return False  # AZERTY for some signs: part of the burst, not a break in it
        now = self._time_of(event)
        gap = now - self._last
        if gap < 0:  # the clock changed (program-made keys, then real ones): a pause
            gap = 2 * MAX_INTERVAL_S
        self._last = now
        self._seen = time.monotonic()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            code = "".join(self._chars)
            mean = (now - self._started) / len(code) if code else 1.0
            is_scan = (len(code) >= MIN_LENGTH and gap <= MAX_INTERVAL_S
                       and mean <= MAX_MEAN_INTERVAL_S)
            self._chars.clear()
            if not is_scan:
                return False
            self._take_back(code)
            if QApplication.activeModalWidget() is not None:
                self.blocked.emit(code)
            else:
                self.scanned.emit(code)
                self.router.route(code)
            return True  # the Enter never reaches a field or a dialog
        text = event.text()
        if not text or not text.isprintable():
            self._chars.clear()
            return False
        if gap > MAX_INTERVAL_S:  # a pause: whatever came before was typed by a person
            self._chars.clear()
        if not self._chars:
            self._started = now
        self._chars.append(text)
        return False

    @staticmethod
    def _take_back(code: str) -> None:
        """Remove the burst from the field that received it (search box...)."""
        widget = QApplication.focusWidget()
        if isinstance(widget, QLineEdit) and widget.text().endswith(code):
            widget.setText(widget.text()[: -len(code)])
        elif isinstance(widget, (QPlainTextEdit, QTextEdit)) and widget.toPlainText().endswith(code):
            cursor = widget.textCursor()
            for _ in code:
                cursor.deletePreviousChar()
