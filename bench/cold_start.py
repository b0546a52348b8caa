"""Cold start vs a bare PySide6 window, each sample a whole new process.

`ours` is exec to the first idle turn of the event loop with the main window
shown (the database then opens off the GUI thread); `usable` is exec to the
sign-in list filled from the database, what a person waits for before typing.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.common import demo_database, report

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Guichet"))
window.resize(1200, 820)
window.show()
def idle():
    print("shown", time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, idle)
app.exec()
"""

OURS = """
import sys, time
from PySide6.QtCore import QTimer
from app.settings import Settings
from ui.application import create_application, start_window
app = create_application()
window, runner = start_window(Settings(db_path=sys.argv[1]))
QTimer.singleShot(0, lambda: print("shown", time.time(), flush=True))
def ready():
    QTimer.singleShot(0, lambda: (print("usable", time.time(), flush=True), app.quit()))
window.database_ready.connect(ready)
app.exec()
runner.wait()
window.db.close()
"""


def _sample(code: str, *args: str) -> dict[str, float]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout
    marks = dict(line.split() for line in out.splitlines() if line.count(" ") == 1)
    return {name: (float(value) - start) * 1000 for name, value in marks.items()}


def run(repeat: int = 7) -> str:
    with demo_database() as path:
        _sample(BARE), _sample(OURS, str(path))  # warm the OS file cache for both
        bare, ours = [], []
        for _ in range(repeat):  # interleaved, so drift hits both alike
            bare.append(_sample(BARE))
            ours.append(_sample(OURS, str(path)))
    median = lambda samples, key: statistics.median(s[key] for s in samples)  # noqa: E731
    return report("cold-start", median(ours, "shown"), median(bare, "shown"),
                  usable=median(ours, "usable"))
