"""Search results as a table model: one row per dwelling, with who matched."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QTableView

from app.services.households import HouseholdHit
from ui.rows_model import RowsModel
from ui.widgets import table_view


class HouseholdHitModel(RowsModel):
    COLUMNS = ("names", "place", "landlord_ref")

    def set_hits(self, hits: list[HouseholdHit]) -> None:
        self.set_rows(hits)

    def hit(self, row: int) -> HouseholdHit:
        return self.row(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Household"), self.tr("Address and sector"), self.tr("Reference"))

    def display(self, hit: HouseholdHit, column: int) -> str:
        key = self.COLUMNS[column]
        if key == "names":
            if not hit.names:
                return self.tr("(nobody on the roster)")
            names = ", ".join(hit.names)
            if hit.others:
                names += " " + self.tr("(+ %n other(s) in the household)", "", hit.others)
            return names
        if key == "place":
            return f"{hit.address}\n{hit.sector}"
        return hit.landlord_ref


def results_view(model: HouseholdHitModel) -> QTableView:
    """The search results as the counter and the handout desk show them: each
    row as tall as its text (a household's names, the address, then the
    sector), names and address sharing the width, nothing scrolling sideways."""
    view = table_view(model)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.verticalHeader().setMinimumSectionSize(44)
    header = view.horizontalHeader()
    header.setStretchLastSection(False)
    for column, mode in ((0, QHeaderView.ResizeMode.Stretch),
                         (1, QHeaderView.ResizeMode.Stretch),
                         (2, QHeaderView.ResizeMode.ResizeToContents)):
        header.setSectionResizeMode(column, mode)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    return view
