"""Table models over plain result objects, tested without a window."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt

from app.domain.enums import VisitReason
from app.services.households import HouseholdHit
from app.services.visits import VisitRow
from ui.household_model import HouseholdHitModel
from ui.visit_model import TodayVisitsModel


def test_household_hits_model() -> None:
    model = HouseholdHitModel()
    model.set_hits([
        HouseholdHit(1, 10, ("LE GALL Hélène",), 3, "3 rue du Languedoc", "K1", "Kerourien",
                     True),
        HouseholdHit(2, None, (), 0, "5 rue Le Gall", "K2", "Kerourien", True),
        HouseholdHit(3, 12, ("KERBRAT Zoé", "KERBRAT Anna"), 3, "7 rue de Provence", "K3",
                     "Kerourien", True),
        HouseholdHit(4, 14, ("WRÓBEL Łukasz",), 1, "5 rue Le Gall", "K4", "Kerourien", True),
    ])
    assert (model.rowCount(), model.columnCount()) == (4, 3)
    assert model.data(model.index(0, 0)) == "LE GALL Hélène (+ 2 autres personnes au foyer)"
    assert model.data(model.index(1, 0)) == "(personne sur la liste)"
    assert model.data(model.index(2, 0)) == "KERBRAT Zoé, KERBRAT Anna (+ 1 autre personne au foyer)"
    assert model.data(model.index(3, 0)) == "WRÓBEL Łukasz"
    assert model.data(model.index(1, 1)) == "5 rue Le Gall\nKerourien"
    assert model.data(model.index(1, 2)) == "K2"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Adresse et secteur"
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) == \
        model.data(model.index(0, 0))  # what an elided cell hides, on hover
    assert model.hit(1).dwelling_id == 2


def test_today_model_shows_waiting_time_and_walk_ins() -> None:
    model = TodayVisitsModel()
    arrived = datetime(2026, 11, 23, 9, 5)
    rows = [
        VisitRow(1, 7, "ÖZTÜRK Şükrü", "K7", VisitReason.DECODER_PICKUP, "", arrived, None),
        VisitRow(2, None, "", "", VisitReason.INFORMATION, "", arrived,
                 datetime(2026, 11, 23, 9, 17)),
    ]
    model.set_rows(rows, now=datetime(2026, 11, 23, 9, 50))
    assert [model.data(model.index(0, c)) for c in range(4)] == [
        "09:05", "ÖZTÜRK Şükrü", "Retrait de décodeur", "45 min"]
    assert [model.data(model.index(1, c)) for c in range(4)] == [
        "09:05", "Visiteur sans dossier", "Information", "✓ 12 min"]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
