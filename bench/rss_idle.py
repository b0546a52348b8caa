"""Memory at rest: the window idle at the sign-in page, against a bare PySide6
window idle, each measured in a process of its own (resident set, VmRSS)."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
from pathlib import Path

from bench.common import demo_database

ROOT = Path(__file__).resolve().parent.parent

SETTLE_MS = 1500

RSS = """
def rss_mb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
"""

BARE = RSS + f"""
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("Guichet"))
window.resize(1200, 820)
window.show()
QTimer.singleShot({SETTLE_MS}, lambda: (print("rss", rss_mb(), flush=True), app.quit()))
app.exec()
"""

OURS = RSS + f"""
import sys
from PySide6.QtCore import QTimer
from app.settings import Settings
from ui.application import create_application, start_window
app = create_application()
window, runner = start_window(Settings(db_path=sys.argv[1]))
def measure():
    assert window.pages.currentWidget() is window.login_page, "not at the sign-in page"
    print("rss", rss_mb(), flush=True)
    app.quit()
window.database_ready.connect(lambda: QTimer.singleShot({SETTLE_MS}, measure))
app.exec()
runner.wait()
window.db.close()
"""


def _sample(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    out = subprocess.run([sys.executable, "-c", code, *args], cwd=ROOT, env=env, check=True,
                         capture_output=True, text=True).stdout
    return float(next(line.split()[1] for line in out.splitlines() if line.startswith("rss")))


def run(repeat: int = 3) -> str:
    with demo_database() as path:
        bare, ours = [], []
        for _ in range(repeat):
            bare.append(_sample(BARE))
            ours.append(_sample(OURS, str(path)))
    floor, mine = statistics.median(bare), statistics.median(ours)
    line = f"bench: rss-idle ours={mine:.1f}MB floor={floor:.1f}MB ratio={mine / floor:.2f}"
    print(line, flush=True)
    return line


if __name__ == "__main__":
    run()
