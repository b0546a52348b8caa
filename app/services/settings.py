"""The centre's settings and its sectors, changed by the coordinator. The
centre's name, address and telephone are read at each rendering: every
receipt and slip printed after a change carries the new ones."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select

from app.domain.defaults import (
    DEFAULT_COMPUTER_PRICES,
    DEFAULT_HANDOUT_BRING,
    IDLE_LOCK_MINUTES,
    RETENTION_MONTHS,
)
from app.domain.enums import OfferState
from app.domain.errors import SettingRefused
from app.domain.roles import Permission
from app.domain.text import clean
from app.services.context import Actor, require, unit_of_work
from db.engine import Database
from db.models import Building, Centre, Dwelling, Sector

# what a receipt's header holds on a 58 mm roll without wrapping twice
MAX_NAME, MAX_ADDRESS, MAX_PHONE = 80, 120, 20
IDLE_LOCK_RANGE = (1, 60)  # minutes
RETENTION_RANGE = (6, 120)  # months: the programme's follow-up needs at least half a year
MAX_PRICE_CENTS = 100_000


@dataclass(frozen=True)
class CentreSettings:
    name: str
    address: str
    phone: str
    idle_lock_minutes: int
    retention_months: int
    computer_prices: tuple[int, ...]  # cents, cheapest first
    handout_bring: tuple[str, ...]  # one item per line


def parse_prices(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip())


def french_phone(value: str) -> str:
    """A French number as the centre writes it ("02 98 00 00 00"), or "" for
    none; anything else is refused."""
    digits = re.sub(r"[\s.\-/]", "", value)
    if not digits:
        return ""
    if digits.startswith("+33") and len(digits) == 12 and digits[3:].isdigit():
        digits = "0" + digits[3:]
    if not (len(digits) == 10 and digits.isdigit() and digits[0] == "0" and digits[1] != "0"):
        raise SettingRefused("phone", value)
    return " ".join(digits[i:i + 2] for i in range(0, 10, 2))


def read_settings(db: Database, actor: Actor) -> CentreSettings:
    require(actor, Permission.EDIT_SETTINGS)
    with db.read() as session:
        centre = session.get(Centre, 1)
        if centre is None:
            return CentreSettings("", "", "", IDLE_LOCK_MINUTES, RETENTION_MONTHS,
                                  parse_prices(DEFAULT_COMPUTER_PRICES),
                                  tuple(DEFAULT_HANDOUT_BRING.splitlines()))
        return CentreSettings(centre.name, centre.address, centre.phone,
                              centre.idle_lock_minutes, centre.retention_months,
                              parse_prices(centre.computer_prices),
                              tuple(line for line in centre.handout_bring.splitlines() if line))


def _checked(settings: CentreSettings) -> CentreSettings:
    name, address = clean(settings.name), clean(settings.address)
    if not name:
        raise SettingRefused("name_missing", "")
    for field, value, limit in (("name", name, MAX_NAME), ("address", address, MAX_ADDRESS)):
        if len(value) > limit:
            raise SettingRefused(f"{field}_too_long", str(limit))
    low, high = IDLE_LOCK_RANGE
    if not low <= settings.idle_lock_minutes <= high:
        raise SettingRefused("idle_lock", f"{low}-{high}")
    low, high = RETENTION_RANGE
    if not low <= settings.retention_months <= high:
        raise SettingRefused("retention", f"{low}-{high}")
    prices = tuple(sorted(settings.computer_prices))
    if not prices or any(p <= 0 or p > MAX_PRICE_CENTS for p in prices):
        raise SettingRefused("price", "")
    bring = tuple(clean(line) for line in settings.handout_bring if clean(line))
    return CentreSettings(name, address, french_phone(settings.phone),
                          settings.idle_lock_minutes, settings.retention_months, prices, bring)


def save_settings(db: Database, actor: Actor, settings: CentreSettings) -> CentreSettings:
    """Checked as a whole first: one bad value writes nothing."""
    permit = require(actor, Permission.EDIT_SETTINGS)
    settings = _checked(settings)
    with unit_of_work(db, permit) as uow:
        centre = uow.session.get(Centre, 1)
        if centre is None:
            centre = Centre(id=1)
            uow.session.add(centre)
        before = {"name": centre.name, "address": centre.address, "phone": centre.phone,
                  "idle_lock_minutes": centre.idle_lock_minutes,
                  "retention_months": centre.retention_months,
                  "computer_prices": centre.computer_prices,
                  "handout_bring": centre.handout_bring}
        after = {"name": settings.name, "address": settings.address, "phone": settings.phone,
                 "idle_lock_minutes": settings.idle_lock_minutes,
                 "retention_months": settings.retention_months,
                 "computer_prices": ",".join(map(str, settings.computer_prices)),
                 "handout_bring": "\n".join(settings.handout_bring)}
        for key, value in after.items():
            setattr(centre, key, value)
        changed = sorted(k for k in after if before[k] != after[k])
        if changed:
            uow.audit("centre_changed", "centre", 1, fields=changed)
    return settings


@dataclass(frozen=True)
class SectorRow:
    id: int
    name: str
    dwellings: int  # on the landlord's latest roster
    offer_state: OfferState
    monthly_cost_cents: int


def list_sectors(db: Database, actor: Actor) -> list[SectorRow]:
    require(actor, Permission.EDIT_SETTINGS)
    with db.read() as session:
        counts = dict(session.execute(
            select(Building.sector_id, func.count(Dwelling.id))
            .join(Dwelling, Dwelling.building_id == Building.id)
            .where(Dwelling.on_roster.is_(True)).group_by(Building.sector_id)).all())
        return [SectorRow(s.id, s.name, counts.get(s.id, 0), OfferState(s.offer_state),
                          s.monthly_cost_cents)
                for s in session.scalars(select(Sector).order_by(Sector.name))]


def change_sector(db: Database, actor: Actor, sector_id: int, offer_state: OfferState,
                  monthly_cost_cents: int, reason: str) -> None:
    """The offer's state and monthly cost per dwelling, with the reason, in the
    audit log (a sector that voted before Guichet, a new price)."""
    permit = require(actor, Permission.EDIT_SETTINGS)
    offer_state = OfferState(offer_state)
    reason = clean(reason)
    if not reason:
        raise SettingRefused("reason_missing", "")
    if not 0 <= monthly_cost_cents <= MAX_PRICE_CENTS:
        raise SettingRefused("cost", "")
    with unit_of_work(db, permit) as uow:
        sector = uow.session.get(Sector, sector_id)
        if sector is None:
            raise SettingRefused("unknown_sector", str(sector_id))
        details: dict[str, object] = {"reason": reason}
        if sector.offer_state != offer_state.value:
            details["offer_state"] = [sector.offer_state, offer_state.value]
        if sector.monthly_cost_cents != monthly_cost_cents:
            details["monthly_cost_cents"] = [sector.monthly_cost_cents, monthly_cost_cents]
        if len(details) == 1:
            return  # nothing changed: nothing to record
        sector.offer_state = offer_state.value
        sector.monthly_cost_cents = monthly_cost_cents
        uow.audit("sector_changed", "sector", sector_id, **details)
