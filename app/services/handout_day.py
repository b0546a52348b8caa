"""Handout-day letters: once a sector has adopted the collective offer, one
letter per dwelling still without a decoder, saying on which day(s), at what
hours and where to collect it, and what to bring.

Each letter carries the dwelling's code (app.domain.dwelling_code), the same
as on its vote invitation: a dwelling that has none gets one here, in the
same way as when a vote opens (polls.issue_missing_codes). Scanned at the
handout desk, the letter opens its dwelling. Nothing personal is printed
beyond the address and door, and the QR code holds the code only.

Refusals are HandoutRefused (app.messages.describe_handout_refusal):
letters_not_adopted (detail: the sector), no_dwelling_without_decoder (detail:
the sector), handout_day_missing, too_many_handout_days (detail: the most),
handout_day_past (detail: the day), handout_hours_missing, letter_text_too_long
(detail: the limit), unknown_sector.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import ColumnElement, exists, func, select

from app.documents.model import HandoutDayLetters, InvitationLetter
from app.domain.enums import OfferState
from app.domain.errors import HandoutRefused
from app.domain.roles import Permission
from app.domain.text import clean
from app.services.context import Actor, require, unit_of_work
from app.services.households import address_line
from app.services.polls import issue_missing_codes
from db.engine import Database
from db.models import Building, Centre, Dwelling, DwellingCode, Handout, Sector

DEFAULT_BRING = "ce courrier et une pièce d'identité"  # printed as typed: French
MAX_DAYS = 2
MAX_TEXT = 200  # hours, place, what to bring: what fits the letter in large type


@dataclass(frozen=True)
class AdoptedSector:
    """A sector whose tenants adopted the offer, for choosing the letters' sector."""

    id: int
    name: str
    without_decoder: int  # its dwellings on the roster that have no decoder now


@dataclass(frozen=True)
class LetterDefaults:
    """What the letters say unless the person types otherwise."""

    place: str  # the centre's name and address
    bring: str


def _no_decoder() -> ColumnElement[bool]:
    """The dwelling has no active decoder (no handout that has not ended)."""
    return ~exists().where(Handout.dwelling_id == Dwelling.id, Handout.ended_at.is_(None))


def _centre_place(centre: Centre | None) -> str:
    if centre is None:
        return ""
    return ", ".join(part for part in (clean(centre.name), clean(centre.address)) if part)


def adopted_sectors(db: Database, actor: Actor) -> list[AdoptedSector]:
    """The sectors that adopted the offer, by name, each with how many of its
    dwellings on the roster have no decoder yet."""
    require(actor, Permission.MANAGE_STOCK)
    with db.read() as session:
        rows = session.execute(
            select(Sector.id, Sector.name, func.count(Dwelling.id))
            .outerjoin(Building, Building.sector_id == Sector.id)
            .outerjoin(Dwelling, (Dwelling.building_id == Building.id)
                       & Dwelling.on_roster.is_(True) & _no_decoder())
            .where(Sector.offer_state == OfferState.ADOPTED.value)
            .group_by(Sector.id, Sector.name)
            .order_by(Sector.name)).all()
    return [AdoptedSector(sector_id, name, count) for sector_id, name, count in rows]


def defaults(db: Database, actor: Actor) -> LetterDefaults:
    require(actor, Permission.MANAGE_STOCK)
    with db.read() as session:
        return LetterDefaults(_centre_place(session.get(Centre, 1)), DEFAULT_BRING)


def _text(value: str) -> str:
    value = clean(value)
    if len(value) > MAX_TEXT:
        raise HandoutRefused("letter_text_too_long", str(MAX_TEXT))
    return value


def _days(days: Sequence[date], today: date) -> tuple[date, ...]:
    chosen = tuple(sorted(set(days)))
    if not chosen:
        raise HandoutRefused("handout_day_missing")
    if len(chosen) > MAX_DAYS:
        raise HandoutRefused("too_many_handout_days", str(MAX_DAYS))
    for day in chosen:
        if day < today:
            raise HandoutRefused("handout_day_past", day.strftime("%d/%m/%Y"))
    return chosen


def letters(db: Database, actor: Actor, sector_id: int, days: tuple[date, ...], hours: str,
            place: str, bring: str,
            dwelling_ids: Sequence[int] | None = None) -> HandoutDayLetters:
    """The letters of a sector that adopted the offer: one per dwelling on the
    roster without a decoder (all of them, or those of `dwelling_ids`), in
    address order. One or two days, none past; `place` empty is the centre's
    name and address, `bring` empty is DEFAULT_BRING. Dwellings without a code
    get one, in the same unit of work that records how many letters were made."""
    permit = require(actor, Permission.MANAGE_STOCK)
    hours, place, bring = _text(hours), _text(place), _text(bring)
    if not hours:
        raise HandoutRefused("handout_hours_missing")
    with unit_of_work(db, permit) as uow:
        s = uow.session
        chosen = _days(days, uow.now.date())
        sector = s.get(Sector, sector_id)
        if sector is None:
            raise HandoutRefused("unknown_sector")
        if sector.offer_state != OfferState.ADOPTED.value:
            raise HandoutRefused("letters_not_adopted", sector.name)
        which = [Building.sector_id == sector_id, Dwelling.on_roster.is_(True), _no_decoder()]
        if dwelling_ids is not None:
            which.append(Dwelling.id.in_(list(dwelling_ids)))
        wanted = list(s.scalars(select(Dwelling.id)
                                .join(Building, Dwelling.building_id == Building.id)
                                .where(*which).order_by(Dwelling.id)))
        if not wanted:
            raise HandoutRefused("no_dwelling_without_decoder", sector.name)
        issued = issue_missing_codes(s, wanted, uow.now)
        rows = s.execute(
            select(Dwelling, Building, DwellingCode.code)
            .join(Building, Dwelling.building_id == Building.id)
            .join(DwellingCode, (DwellingCode.dwelling_id == Dwelling.id)
                  & DwellingCode.replaced_at.is_(None))
            .where(*which)
            .order_by(Building.address, Building.name, Building.entrance,
                      Dwelling.floor, Dwelling.door, Dwelling.id))
        made = tuple(
            InvitationLetter(
                code=code, address=b.address,
                building=address_line("", b.name, b.entrance, "", "").strip(", "),
                door=address_line("", "", "", d.floor, d.door).strip(", "),
                landlord_ref=d.landlord_ref)
            for d, b, code in rows)
        uow.audit("handout_letters_made", "sector", sector_id, count=len(made),
                  codes_issued=issued, days=len(chosen))
        return HandoutDayLetters(
            sector=sector.name, days=chosen, hours=hours,
            place=place or _centre_place(s.get(Centre, 1)), bring=bring or DEFAULT_BRING,
            letters=made)
