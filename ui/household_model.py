"""Search results as a table model."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from app.services.households import HouseholdHit

Index = QModelIndex | QPersistentModelIndex


class HouseholdHitModel(QAbstractTableModel):
    COLUMNS = ("name", "address", "landlord_ref", "sector")

    def __init__(self) -> None:
        super().__init__()
        self._hits: list[HouseholdHit] = []

    def set_hits(self, hits: list[HouseholdHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> HouseholdHit:
        return self._hits[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        hit = self._hits[index.row()]
        key = self.COLUMNS[index.column()]
        if key == "name":
            return hit.name or self.tr("(nobody on the roster)")
        return getattr(hit, key)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Name"), self.tr("Address"), self.tr("Reference"),
                self.tr("Sector"))[section]
