from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from ui.application import create_application


@pytest.fixture(scope="session", autouse=True)
def guichet_app(qapp: QApplication) -> QApplication:
    """The real application set-up: French translators and the style sheet."""
    return create_application()
