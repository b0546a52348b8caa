"""The operator's delivery list into the stock: the roster's care, all or nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from app import messages
from app.domain.errors import DeliveryRejected
from app.services import handouts
from app.services.context import Actor
from db.engine import Database
from db.models import AuditEntry, Equipment


def count(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Equipment)) or 0


def test_a_windows_spreadsheet_list_goes_in_whole(db: Database, coordinator: Actor) -> None:
    data = ("N° de série;Modèle\r\nab-001;Décodeur HD\r\nAB-002;Décodeur HD\r\n\r\n"
            "ab-003;Décodeur 4K\r\n").encode("cp1252")
    assert handouts.import_delivery(db, coordinator, data) == 3
    with db.read() as s:
        rows = s.execute(select(Equipment.serial, Equipment.model, Equipment.state)
                         .order_by(Equipment.serial)).all()
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc())) == \
            "delivery_imported"
    assert [tuple(r) for r in rows] == [("AB-001", "Décodeur HD", "in_stock"),
                                        ("AB-002", "Décodeur HD", "in_stock"),
                                        ("AB-003", "Décodeur 4K", "in_stock")]


def test_every_problem_with_its_line_and_nothing_added(db: Database, coordinator: Actor) -> None:
    handouts.add_decoder(db, coordinator, "AB-009", "HD")
    bad = "serial,model\nAB-001,HD\n,HD\nAB-001,HD\n".encode()
    with pytest.raises(DeliveryRejected) as rejected:
        handouts.import_delivery(db, coordinator, bad)
    said = messages.describe(rejected.value)
    assert "2 problèmes" in said and "ligne 3" in said and "ligne 4" in said
    assert "ligne 2" in said  # the serial twice names the line it is on first
    assert count(db) == 1
    with pytest.raises(DeliveryRejected) as known:  # a serial already in the stock
        handouts.import_delivery(db, coordinator, b"serial;model\nAB-010;HD\nab-009;HD\n")
    assert "AB-009" in messages.describe(known.value) and count(db) == 1
    for data in (b"", b"\x00\x01\x02binary", "Modèle\nHD\n".encode()):
        with pytest.raises(DeliveryRejected):
            handouts.import_delivery(db, coordinator, data)
    assert count(db) == 1
