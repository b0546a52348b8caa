"""Vue d'ensemble: who is signed in and the centre at a glance, kept up to date
by the change signal (an import, a handout, a new vote)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from app.services import centre
from ui import labels
from ui.desks import DeskContext
from ui.widgets import intro_label, title_label


class _StatCard(QFrame):
    """A figure and its caption, which agrees with it ("1 vote en cours")."""

    def __init__(self, caption: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self._caption = caption
        self.value = QLabel("0")
        self.value.setObjectName("statValue")
        self.caption = QLabel(caption(0))
        self.caption.setObjectName("statLabel")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)

    def show_figure(self, figure: int) -> None:
        self.value.setText(f"{figure:,}".replace(",", "\u202f"))  # 1 020, as French writes it
        self.caption.setText(self._caption(figure))


class OverviewDesk(QWidget):
    refreshed = Signal()

    REFRESH_ON = frozenset({"roster", "dwelling", "centre", "database", "poll", "equipment",
                            "sector"})

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = context.db
        self._runner = context.runner
        self._submit = context.runner.bound(self)
        actor = context.actor
        self.greeting = title_label(self.tr("Hello, {name}").format(name=actor.label))
        self.role_line = intro_label(self.tr("Signed in as {role}.").format(
            role=labels.role(actor.role)))
        # "%n" is the figure above the caption: the French forms leave it out
        self.cards = {
            "dwellings": _StatCard(lambda n: self.tr("%n dwelling(s) on the roster", "", n)),
            "people": _StatCard(lambda n: self.tr("%n person(s) in the households", "", n)),
            "sectors": _StatCard(lambda n: self.tr("%n sector(s)", "", n)),
            "open_polls": _StatCard(lambda n: self.tr("%n vote(s) in progress", "", n)),
            "decoders_in_stock": _StatCard(lambda n: self.tr("%n decoder(s) in stock", "", n)),
        }
        grid = QGridLayout()
        grid.setSpacing(16)
        for index, card in enumerate(self.cards.values()):
            grid.addWidget(card, index // 3, index % 3)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.setSpacing(18)
        layout.addWidget(self.greeting)
        layout.addWidget(self.role_line)
        layout.addLayout(grid)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._runner.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & self.REFRESH_ON:
            self.refresh()

    def refresh(self) -> None:
        db = self._db
        self._submit(lambda: centre.overview(db), self._show)

    def _show(self, figures: centre.CentreOverview) -> None:
        for key, card in self.cards.items():
            card.show_figure(getattr(figures, key))
        self.refreshed.emit()
