"""The background runner: work off the GUI thread, answers on it, in order."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from ui.tasks import TaskRunner


def test_results_and_errors_arrive_on_the_gui_thread_in_order(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = QCoreApplication.instance().thread()
    seen: list[tuple[str, object, bool]] = []
    workers: list[int] = []

    def work(n: int) -> int:
        workers.append(threading.get_ident())
        if n == 2:
            raise ValueError("bad input")
        return n * 10

    for n in range(4):
        runner.submit(lambda n=n: work(n),
                      lambda value: seen.append(("done", value, QThread.currentThread() is gui)),
                      lambda exc: seen.append(("error", str(exc), QThread.currentThread() is gui)))
    qtbot.waitUntil(lambda: len(seen) == 4, timeout=10_000)
    assert seen == [("done", 0, True), ("done", 10, True), ("error", "bad input", True),
                    ("done", 30, True)]
    assert threading.get_ident() not in workers
    assert not runner.busy
