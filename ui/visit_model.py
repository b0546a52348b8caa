"""Today's list at the counter as a table model."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from app.services.visits import VisitRow
from ui import labels

Index = QModelIndex | QPersistentModelIndex


class TodayVisitsModel(QAbstractTableModel):
    COLUMNS = ("arrived", "household", "reason", "waited")

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[VisitRow] = []
        self._now = datetime.now()

    def set_rows(self, rows: list[VisitRow], now: datetime) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.endResetModel()

    def visit(self, row: int) -> VisitRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        visit = self._rows[index.row()]
        if role == Qt.ItemDataRole.ForegroundRole and visit.served_at is not None:
            return QColor("#5a6570")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        key = self.COLUMNS[index.column()]
        if key == "arrived":
            return visit.arrived_at.strftime("%H:%M")
        if key == "household":
            return visit.household or visit.landlord_ref or self.tr("Walk-in (no record)")
        if key == "reason":
            return labels.visit_reason(visit.reason)
        minutes = int(visit.waited(self._now).total_seconds() // 60)
        if visit.served_at is not None:
            return self.tr("served after {minutes} min").format(minutes=minutes)
        return self.tr("{minutes} min").format(minutes=minutes)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Arrived"), self.tr("Household"), self.tr("Reason"),
                self.tr("Waiting"))[section]
