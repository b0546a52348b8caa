"""Qt translations: English in the source, French shipped and used by default."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import messages
from app.resources import resource_path

DEFAULT_LANGUAGE = "fr"


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Install Guichet's and Qt's own catalogues; keep the returned list alive."""
    QLocale.setDefault(QLocale(language))
    messages.set_translator(QCoreApplication.translate)  # the window's and the CLI's sentences
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"guichet_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_base = QTranslator(app)  # "Cancel", "Yes", ... in Qt's standard dialogs
    if qt_base.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    supplement = QTranslator(app)  # what qtbase leaves in English ("Look in:"); asked first
    if supplement.load(str(resource_path("translations", f"qt_supplement_{language}.qm"))):
        app.installTranslator(supplement)
        installed.append(supplement)
    return installed
