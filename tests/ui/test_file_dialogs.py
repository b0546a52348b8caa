"""Choosing a file: Qt's own dialog, all in French, wide enough to read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QTreeView
from pytestqt.qtbot import QtBot

from ui import file_dialogs


class _Spy(QTranslator):
    """Records every sentence looked up, to find those left in English."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str, str | None]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def]
        self.asked.add((context, source, disambiguation))
        return None  # no answer: the real catalogues answer


def test_the_file_dialog_speaks_french_and_shows_the_names(
        qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "sauvegardes").mkdir()
    (tmp_path / "liste-kerourien-2026.csv").write_text("x\n", encoding="utf-8")
    spy = _Spy()
    QApplication.instance().installTranslator(spy)
    try:
        dialog = file_dialogs._dialog(None, "Choisir la liste du bailleur",
                                      QFileDialog.FileMode.ExistingFile,
                                      "Exports de tableur (*.csv *.txt)")
        qtbot.addWidget(dialog)
        dialog.setDirectory(str(tmp_path))
        dialog.show()
        tree = dialog.findChild(QTreeView)
        qtbot.waitUntil(lambda: tree.model().rowCount(tree.rootIndex()) == 2, timeout=10_000)
        qtbot.wait(100)
    finally:
        QApplication.instance().removeTranslator(spy)
    qtbot.wait(100)  # the dialog retranslates itself once the spy is gone
    english = sorted((c, s) for c, s, d in spy.asked
                     if QCoreApplication.translate(c, s, d) == s and any(ch.isalpha() for ch in s)
                     and s not in {"Type", "OK", "%1 KB", "%1 bytes"}
                     and c not in {"QMimeType", "QShortcut"})  # file kinds and key names
    assert english == []
    labels = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Regarder dans" in labels and "Type de fichiers" in labels
    model = tree.model()
    kinds = {model.index(row, 0, tree.rootIndex()).data():
             model.index(row, 2, tree.rootIndex()).data() for row in range(2)}
    assert kinds["sauvegardes"] == "Dossier"
    assert "File" not in kinds["liste-kerourien-2026.csv"]  # "document CSV", from the system
    name_width = tree.header().sectionSize(0)
    assert name_width >= tree.fontMetrics().horizontalAdvance("liste-kerourien-2026.csv")


def test_it_starts_on_a_plugged_in_stick_else_at_home() -> None:
    sticks = file_dialogs.removable_folders()
    assert file_dialogs.start_folder() == (sticks[0] if sticks else Path.home())
    assert all(str(p).startswith(("/media/", "/run/media/", "/mnt/")) for p in sticks)
