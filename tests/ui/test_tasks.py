"""The background runner: work off the GUI thread, answers on it, in order."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from app.domain.errors import GuichetError, UnknownHousehold
from db.engine import Database
from tests.ui.conftest import UI_DIR, GuiThreadWatchdog
from ui.tasks import TaskRunner


def test_results_and_errors_arrive_on_the_gui_thread_in_order(qtbot: QtBot) -> None:
    runner = TaskRunner()
    gui = QCoreApplication.instance().thread()
    seen: list[tuple[str, object, bool]] = []
    workers: list[int] = []

    def work(n: int) -> int:
        workers.append(threading.get_ident())
        if n == 2:
            raise UnknownHousehold("bad input")
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


def test_the_watchdog_catches_sql_run_by_window_code_on_the_gui_thread(
        db: Database, gui_thread_watchdog: GuiThreadWatchdog) -> None:
    """The watchdog the UI suite runs under can fail: window code (a frame of
    ui/ on the stack) reading the database on the GUI thread is an offence."""
    window_code = compile("with db.read() as session:\n"
                          "    session.execute(text('SELECT count(*) FROM dwelling'))\n",
                          str(UI_DIR / "a_desk_that_reads_on_the_gui_thread.py"), "exec")
    exec(window_code, {"db": db, "text": text})
    offences = list(gui_thread_watchdog.offences)
    gui_thread_watchdog.offences.clear()
    assert any(o.startswith("SQL SELECT from") and "a_desk_that_reads" in o for o in offences)
    with db.read() as session:  # the test's own reads are not the window's
        session.execute(text("SELECT 1"))
    assert gui_thread_watchdog.offences == []


def test_a_bug_in_a_job_is_reported_and_the_screen_still_gets_a_message(qtbot: QtBot) -> None:
    runner = TaskRunner()
    reported: list[BaseException] = []
    answers: list[object] = []
    runner.unexpected.connect(reported.append)
    hook, sys.excepthook = sys.excepthook, lambda *_args: None  # the traceback goes nowhere
    try:
        runner.submit(lambda: 1 / 0, answers.append, answers.append)
        runner.submit(lambda: (_ for _ in ()).throw(UnknownHousehold("KER-1")),
                      answers.append, answers.append)
        qtbot.waitUntil(lambda: len(answers) == 2)
    finally:
        sys.excepthook = hook
    assert type(answers[0]) is GuichetError  # a plain refusal the page can describe
    assert isinstance(answers[1], UnknownHousehold)
    assert [type(e) for e in reported] == [ZeroDivisionError]


def test_commits_are_announced_on_the_gui_thread(qtbot: QtBot, demo_db: Database) -> None:
    from app.domain.enums import VisitReason
    from app.services import accounts, changes, visits

    runner = TaskRunner()
    changes.subscribe(demo_db, runner.publish)
    heard: list[tuple[frozenset[str], bool]] = []
    gui = QCoreApplication.instance().thread()
    runner.changed.connect(lambda topics: heard.append((topics, QThread.currentThread() is gui)))
    actor = accounts.sign_in(demo_db, "Accueil", "1234")
    heard.clear()
    runner.submit(lambda: visits.check_in(demo_db, actor, None, VisitReason.OTHER))
    qtbot.waitUntil(lambda: not runner.busy)
    qtbot.waitUntil(lambda: bool(heard))
    assert heard == [(frozenset({"visit"}), True)]
    changes.unsubscribe(demo_db, runner.publish)


def test_the_busy_indicator_goes_away_when_a_slow_job_asks_for_a_quick_one(
        qtbot: QtBot) -> None:
    """Seen in a real window: a slow job (sign-in) whose answer submits a quick
    one (a refresh) left "Un instant…" on screen for good."""
    import time

    runner = TaskRunner()
    states: list[bool] = []
    runner.busy_changed.connect(states.append)
    runner.submit(lambda: time.sleep(0.5),
                  lambda _none: runner.submit(lambda: None))  # answered with more work
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    qtbot.waitUntil(lambda: states[-1:] == [False], timeout=2_000)
    assert states == [True, False]
    runner.submit(lambda: None)  # a quick job alone shows nothing
    qtbot.waitUntil(lambda: not runner.busy)
    qtbot.wait(400)
    assert states == [True, False]
