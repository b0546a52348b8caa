"""What the stock holds, for the Stock desk and the sale dialog: decoders and
computers counted by model and state, the computers one by one, the price
tiers. Reads only; the acts (a decoder in, a delivery list, a computer in, a
sale) are in app/services/handouts.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from app.domain.defaults import DEFAULT_COMPUTER_PRICES
from app.domain.enums import EquipmentKind, EquipmentState
from app.domain.roles import Permission
from app.services.context import Actor, require
from db.engine import Database
from db.models import Centre, Dwelling, Equipment, Receipt, Sale

# a decoder brought back goes out again: it is available, as a new one is
AVAILABLE = (EquipmentState.IN_STOCK.value, EquipmentState.RETURNED.value)


@dataclass(frozen=True)
class ModelCount:
    """One model of one kind: how many in each state."""

    kind: EquipmentKind
    model: str
    counts: dict[EquipmentState, int]

    @property
    def available(self) -> int:
        return sum(self.counts.get(EquipmentState(state), 0) for state in AVAILABLE)

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def by_model(db: Database, actor: Actor, kind: EquipmentKind) -> list[ModelCount]:
    """The stock of one kind, model by model (most held first)."""
    require(actor, Permission.MANAGE_STOCK)
    with db.read() as session:
        rows = session.execute(
            select(Equipment.model, Equipment.state, func.count())
            .where(Equipment.kind == kind.value)
            .group_by(Equipment.model, Equipment.state)).all()
    models: dict[str, dict[EquipmentState, int]] = {}
    for model, state, count in rows:
        models.setdefault(model, {})[EquipmentState(state)] = count
    found = [ModelCount(kind, model, counts) for model, counts in models.items()]
    return sorted(found, key=lambda m: (-m.total, m.model))


def decoder_models(db: Database, actor: Actor) -> list[str]:
    """The decoder models already in the stock, the latest received first:
    what the scan loop offers to file a new decoder under."""
    require(actor, Permission.MANAGE_STOCK)
    with db.read() as session:
        return [model for model, in session.execute(
            select(Equipment.model).where(Equipment.kind == EquipmentKind.DECODER.value,
                                          Equipment.model != "")
            .group_by(Equipment.model).order_by(func.max(Equipment.id).desc()))]


@dataclass(frozen=True)
class Computer:
    id: int
    serial: str
    model: str
    price_cents: int
    state: EquipmentState
    sold_to: str  # the dwelling's reference, for a sold one
    sold_at: datetime | None
    receipt: str  # its sale receipt's number, for a sold one


def computers(db: Database, actor: Actor, *, available_only: bool = False) -> list[Computer]:
    """Every refurbished computer (or only those for sale), in stock first."""
    from app.services.receipts import receipt_label

    require(actor, Permission.MANAGE_STOCK)
    with db.read() as session:
        query = select(Equipment).where(Equipment.kind == EquipmentKind.COMPUTER.value)
        if available_only:
            query = query.where(Equipment.state == EquipmentState.IN_STOCK.value)
        items = list(session.scalars(query.order_by(Equipment.serial)))
        # the sale that stands is the latest of a sold computer (a cancelled
        # one put it back in the stock)
        latest = (select(func.max(Sale.id)).group_by(Sale.equipment_id)).scalar_subquery()
        sales = {item_id: (ref, at, receipt) for item_id, ref, at, receipt in session.execute(
            select(Sale.equipment_id, Dwelling.landlord_ref, Sale.sold_at, Receipt)
            .join(Dwelling, Sale.dwelling_id == Dwelling.id)
            .join(Receipt, Sale.receipt_id == Receipt.id)
            .where(Sale.id.in_(latest)))}
    found = []
    for item in items:
        state = EquipmentState(item.state)
        ref, at, receipt = sales.get(item.id, ("", None, None)) if state == \
            EquipmentState.SOLD else ("", None, None)
        found.append(Computer(item.id, item.serial, item.model, item.price_cents or 0, state,
                              ref, at, receipt_label(receipt)
                              if receipt else ""))
    found.sort(key=lambda c: (c.state != EquipmentState.IN_STOCK, c.serial))
    return found


def price_tiers(db: Database, actor: Actor) -> tuple[int, ...]:
    """The centre's computer prices in cents (40 and 70 € unless changed)."""
    from app.services.settings import parse_prices

    require(actor, Permission.MANAGE_STOCK)
    with db.read() as session:
        centre = session.get(Centre, 1)
        return parse_prices(centre.computer_prices if centre else DEFAULT_COMPUTER_PRICES)
