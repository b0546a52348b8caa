"""Corrections made at the counter to a household: a phone number, a member
who arrived or left, a note. The landlord's roster stays the source of the
dwelling (address, reference); what is corrected here is marked
(Person.counter_change) so that a later import keeps it and says so."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select

from app.domain.enums import CounterChange
from app.domain.errors import SettingRefused, UnknownHousehold
from app.domain.roles import Permission
from app.domain.text import clean, fold
from app.services.context import Actor, UnitOfWork, unit_of_work
from app.services.settings import french_phone
from db import search
from db.engine import Database
from db.models import Dwelling, Person

MAX_NOTE = 500
MAX_NAME = 100  # the person table's columns


@dataclass(frozen=True)
class HouseholdChange:
    """Everything a "Corriger…" form asks at once: written in one transaction,
    checked whole before (one bad field writes nothing)."""

    phones: dict[int, str] = field(default_factory=dict)  # person id -> number ("" none)
    left: frozenset[int] = frozenset()  # person ids who left
    newcomer: tuple[str, str, str] | None = None  # family, given, phone
    note: str | None = None  # None: unchanged


def correct(db: Database, actor: Actor, dwelling_id: int, change: HouseholdChange) -> None:
    phones = {pid: french_phone(phone) for pid, phone in change.phones.items()}
    newcomer = _checked_newcomer(*change.newcomer) if change.newcomer else None
    note = _checked_note(change.note) if change.note is not None else None
    with unit_of_work(db, actor, Permission.CORRECT_HOUSEHOLD) as uow:
        for person_id, phone in phones.items():
            if person_id not in change.left:
                _set_phone(uow, dwelling_id, person_id, phone)
        for person_id in sorted(change.left):
            _member_left(uow, dwelling_id, person_id)
        if newcomer is not None:
            _add_member(uow, dwelling_id, *newcomer)
        if note is not None:
            _set_note(uow, dwelling_id, note)


def _checked_newcomer(family_name: str, given_name: str, phone: str) -> tuple[str, str, str]:
    family, given = clean(family_name).upper(), clean(given_name)
    if not family:
        raise SettingRefused("name_required")
    if len(family) > MAX_NAME or len(given) > MAX_NAME:
        raise SettingRefused("person_name_too_long", str(MAX_NAME))
    return family, given, french_phone(phone)


def _checked_note(note: str) -> str:
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise SettingRefused("note_too_long", str(MAX_NOTE))
    return note


def _member(uow: UnitOfWork, dwelling_id: int, person_id: int) -> Person:
    person = uow.session.get(Person, person_id)
    if person is None or person.dwelling_id != dwelling_id or person.anonymised_at is not None:
        raise SettingRefused("unknown_member")
    return person


def set_phone(db: Database, actor: Actor, dwelling_id: int, person_id: int, phone: str) -> None:
    """A number given at the counter ("" removes it); kept over the roster's."""
    correct(db, actor, dwelling_id, HouseholdChange(phones={person_id: phone}))


def add_member(db: Database, actor: Actor, dwelling_id: int, family_name: str,
               given_name: str, phone: str = "") -> int:
    """Someone who came to live in the household, before the landlord's roster
    says so."""
    family, given, phone = _checked_newcomer(family_name, given_name, phone)
    with unit_of_work(db, actor, Permission.CORRECT_HOUSEHOLD) as uow:
        return _add_member(uow, dwelling_id, family, given, phone)


def member_left(db: Database, actor: Actor, dwelling_id: int, person_id: int) -> None:
    """Someone who no longer lives in the household (kept for the history)."""
    correct(db, actor, dwelling_id, HouseholdChange(left=frozenset({person_id})))


def set_note(db: Database, actor: Actor, dwelling_id: int, note: str) -> None:
    """A note on the household for the next person at the counter (personal
    data: exported, erased and expired with the household)."""
    correct(db, actor, dwelling_id, HouseholdChange(note=note))


def _set_phone(uow: UnitOfWork, dwelling_id: int, person_id: int, phone: str) -> None:
    person = _member(uow, dwelling_id, person_id)
    if (person.phone or "") == phone:
        return
    person.phone = phone or None
    if person.counter_change is None:
        person.counter_change = CounterChange.PHONE.value
    search.reindex(uow.session, [dwelling_id])  # the phone is searchable
    uow.audit("household_corrected", "dwelling", dwelling_id, change="phone",
              person_id=person_id)


def _add_member(uow: UnitOfWork, dwelling_id: int, family: str, given: str, phone: str) -> int:
    key = fold(f"{family} {given}")
    if uow.session.get(Dwelling, dwelling_id) is None:
        raise UnknownHousehold(dwelling_id)
    known = uow.session.scalar(select(Person).where(
        Person.dwelling_id == dwelling_id, Person.name_key == key))
    if known is not None and known.on_roster and known.anonymised_at is None:
        raise SettingRefused("member_exists", f"{family} {given}".strip())
    if known is not None:  # came back: the same person again
        known.on_roster, known.anonymised_at = True, None
        known.family_name, known.given_name = family, given
        known.phone = phone or known.phone
        known.counter_change = CounterChange.ADDED.value
        person = known
    else:
        person = Person(dwelling_id=dwelling_id, family_name=family, given_name=given,
                        phone=phone or None, name_key=key, on_roster=True,
                        counter_change=CounterChange.ADDED.value)
        uow.session.add(person)
    uow.session.flush()
    search.reindex(uow.session, [dwelling_id])
    uow.audit("household_corrected", "dwelling", dwelling_id, change="member_added",
              person_id=person.id)
    return person.id


def _member_left(uow: UnitOfWork, dwelling_id: int, person_id: int) -> None:
    person = _member(uow, dwelling_id, person_id)
    if not person.on_roster:
        return
    person.on_roster = False
    person.counter_change = CounterChange.LEFT.value
    search.reindex(uow.session, [dwelling_id])
    uow.audit("household_corrected", "dwelling", dwelling_id, change="member_left",
              person_id=person_id)


def _set_note(uow: UnitOfWork, dwelling_id: int, note: str) -> None:
    dwelling = uow.session.get(Dwelling, dwelling_id)
    if dwelling is None:
        raise UnknownHousehold(dwelling_id)
    if dwelling.note != note:
        dwelling.note = note
        uow.audit("household_corrected", "dwelling", dwelling_id, change="note")
