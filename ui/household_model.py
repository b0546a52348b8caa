"""Search results as a table model."""

from __future__ import annotations

from app.services.households import HouseholdHit
from ui.rows_model import RowsModel


class HouseholdHitModel(RowsModel):
    COLUMNS = ("name", "address", "landlord_ref", "sector")

    def set_hits(self, hits: list[HouseholdHit]) -> None:
        self.set_rows(hits)

    def hit(self, row: int) -> HouseholdHit:
        return self.row(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Address"), self.tr("Reference"), self.tr("Sector"))

    def display(self, hit: HouseholdHit, column: int) -> str:
        key = self.COLUMNS[column]
        if key == "name":
            return hit.name or self.tr("(nobody on the roster)")
        return str(getattr(hit, key))
