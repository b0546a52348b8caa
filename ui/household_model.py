"""Search results as a table model: one row per dwelling, with who matched."""

from __future__ import annotations

from app.services.households import HouseholdHit
from ui.rows_model import RowsModel


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
