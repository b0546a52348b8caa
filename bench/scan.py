"""A scan at the Accueil desk: from the first key of the burst to the
household's card on screen, vs the same key events into a bare QLineEdit."""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from bench.common import report


def run(repeat: int = 15) -> str:
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication, QLineEdit

    from app.services import accounts, demo
    from app.services.context import Actor
    from db.engine import open_database
    from ui.application import create_application
    from ui.desks import DeskContext
    from ui.desks.counter import CounterDesk
    from ui.tasks import TaskRunner

    app = create_application()

    def burst(widget, code: str) -> None:  # type: ignore[no-untyped-def]
        for char in code:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                         char))
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_Return,
                                                     Qt.KeyboardModifier.NoModifier, "\r"))
        app.processEvents()

    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(Path(tmp) / "demo.sqlite3")
        demo.load_demo(db, Actor.system())
        actor = accounts.sign_in(db, "Accueil", "1234")
        runner = TaskRunner()
        page = CounterDesk(DeskContext(db, actor, runner))
        opened: list[int] = []
        page.household_opened.connect(opened.append)
        page.resize(1366, 700)
        bare = QLineEdit(page)  # same window, so focus moves without re-activation
        bare.move(0, 0)
        page.show()
        page.activateWindow()
        deadline = time.monotonic() + 5
        while QApplication.focusWidget() is not page.search_edit and time.monotonic() < deadline:
            page.search_edit.setFocus()
            app.processEvents()
        ours, floor = [], []
        for n in range(repeat):
            code = f"KER-{(n * 37) % 600 + 1:05d}"
            opened.clear()
            start = time.perf_counter()
            burst(page.search_edit, code)
            while not opened:  # the lookup runs on the runner: wait for the card
                app.processEvents()
            ours.append((time.perf_counter() - start) * 1000)
            assert page.card_view.card is not None and page.card_view.card.landlord_ref == code
            page.scanner.set_active(False)  # the floor: key events into a bare field only
            bare.setFocus()
            start = time.perf_counter()
            burst(bare, code)
            floor.append((time.perf_counter() - start) * 1000)
            bare.clear()
            page.scanner.set_active(True)
            page.search_edit.setFocus()
        page.close()
        runner.wait()
        db.close()
    return report("scan-to-card", statistics.median(ours), statistics.median(floor),
                  p95=sorted(ours)[int(0.95 * (len(ours) - 1))])
