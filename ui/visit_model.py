"""Today's list at the counter as a table model."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtGui import QColor

from app.services.visits import VisitRow
from ui import labels
from ui.rows_model import RowsModel


class TodayVisitsModel(RowsModel):
    def __init__(self) -> None:
        super().__init__()
        self._now = datetime.now()

    def set_rows(self, rows: list[VisitRow], now: datetime | None = None) -> None:  # type: ignore[override]
        self._now = now or datetime.now()
        super().set_rows(rows)

    def visit(self, row: int) -> VisitRow:
        return self.row(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Arrived"), self.tr("Who"), self.tr("Reason"), self.tr("Waited"))

    def foreground(self, visit: VisitRow, column: int) -> QColor | None:
        return QColor("#5a6570") if visit.served_at is not None else None

    def display(self, visit: VisitRow, column: int) -> str:
        if column == 0:
            return visit.arrived_at.strftime("%H:%M")
        if column == 1:
            return visit.household or visit.landlord_ref or self.tr("Walk-in (no record)")
        if column == 2:
            return labels.visit_reason(visit.reason)
        minutes = int(visit.waited(self._now).total_seconds() // 60)
        if visit.served_at is not None:  # short: the name keeps the width
            return self.tr("✓ {minutes} min").format(minutes=minutes)
        return self.tr("{minutes} min").format(minutes=minutes)
