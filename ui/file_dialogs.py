"""Choosing a file or a folder: in French, wide enough to read, and starting
on the USB stick when one is plugged in (rosters and backups come on sticks).

The dialogs are Qt's own (not the desktop's), so that they speak the same
French everywhere, a frozen build included: Qt's catalogue plus the few
sentences it lacks (resources/translations/qt_supplement_fr.ts)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QDir, QStorageInfo, QUrl
from PySide6.QtWidgets import QFileDialog, QHeaderView, QTreeView, QWidget

# where Debian, Ubuntu and most desktops mount a stick (udisks), then by hand
_MEDIA_ROOTS = ("/media/", "/run/media/", "/mnt/")


def removable_folders() -> list[Path]:
    """Mounted sticks and cards, newest first; on Windows, every ready drive
    other than the system's."""
    system_drive = os.environ.get("SystemDrive", "C:").upper()
    found = []
    for volume in QStorageInfo.mountedVolumes():
        if not (volume.isValid() and volume.isReady()):
            continue
        root = volume.rootPath()
        if os.name == "nt":
            if not root.upper().startswith(system_drive):
                found.append(Path(root))
        elif root.startswith(_MEDIA_ROOTS):
            found.append(Path(root))
    return sorted(found, key=lambda p: p.stat().st_mtime if p.exists() else 0, reverse=True)


def start_folder() -> Path:
    sticks = removable_folders()
    return sticks[0] if sticks else Path.home()


def _dialog(parent: QWidget | None, title: str, mode: QFileDialog.FileMode,
            name_filter: str = "", suggested: str = "") -> QFileDialog:
    dialog = QFileDialog(parent, title, str(start_folder()))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(mode)
    dialog.setViewMode(QFileDialog.ViewMode.Detail)
    if name_filter:
        dialog.setNameFilter(name_filter)
    if suggested:
        dialog.selectFile(suggested)
    places = [QUrl.fromLocalFile(str(p)) for p in removable_folders()]
    places += [QUrl.fromLocalFile(QDir.homePath()), QUrl.fromLocalFile(QDir.rootPath())]
    dialog.setSidebarUrls(places)
    dialog.resize(960, 600)
    for tree in dialog.findChildren(QTreeView):  # name wide, the other columns fitted
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, header.count()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return dialog


def _run(dialog: QFileDialog) -> Path | None:
    if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
        return None
    return Path(dialog.selectedFiles()[0])


def open_file(parent: QWidget | None, title: str, name_filter: str) -> Path | None:
    return _run(_dialog(parent, title, QFileDialog.FileMode.ExistingFile, name_filter))


def open_files(parent: QWidget | None, title: str, name_filter: str) -> list[Path]:
    """Several files at once (the centres' statistics): none if cancelled."""
    dialog = _dialog(parent, title, QFileDialog.FileMode.ExistingFiles, name_filter)
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return []
    return [Path(name) for name in dialog.selectedFiles()]


def save_file(parent: QWidget | None, title: str, suggested: str,
              name_filter: str) -> Path | None:
    dialog = _dialog(parent, title, QFileDialog.FileMode.AnyFile, name_filter, suggested)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    return _run(dialog)


def choose_folder(parent: QWidget | None, title: str) -> Path | None:
    dialog = _dialog(parent, title, QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    return _run(dialog)


def slug(text: str, empty: str = "guichet") -> str:
    """kerourien, pen-ar-creac-h-kerbernard: a name or a sector in a file's name."""
    import re
    import unicodedata

    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-") or empty
