"""Two short sounds, heard across a busy room: a rising chime when an act
went through, a low double buzz when it was refused. Qt's own multimedia
module is not shipped with Guichet, so the sound goes to the system's player:
winsound on Windows, paplay or aplay on Linux; the bell where none is found."""

from __future__ import annotations

import shutil
import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

OK = "ok"
ERROR = "error"

_players: list[str] | None = None


def _player() -> str | None:
    global _players
    if _players is None:
        _players = [p for p in (shutil.which("paplay"), shutil.which("aplay")) if p]
    return _players[0] if _players else None


def play(name: str) -> None:
    """Play one of the two sounds, without waiting for it."""
    path = str(resource_path("sounds", f"{name}.wav"))
    if sys.platform == "win32":
        import winsound

        winsound.PlaySound(path, winsound.SND_FILENAME | winsound.SND_ASYNC
                           | winsound.SND_NODEFAULT)
        return
    player = _player()
    if player is None:
        QApplication.beep()
        return
    args = [path] if player.endswith("paplay") else ["-q", path]
    QProcess.startDetached(player, args)
