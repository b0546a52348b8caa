"""Corrections made at the counter to a household: a phone number, a member
who arrived or left, a note. The landlord's roster stays the source of the
dwelling (address, reference); what is corrected here is marked
(Person.counter_change) so that a later import keeps it and says so."""

from __future__ import annotations

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


def _member(uow: UnitOfWork, dwelling_id: int, person_id: int) -> Person:
    person = uow.session.get(Person, person_id)
    if person is None or person.dwelling_id != dwelling_id or person.anonymised_at is not None:
        raise SettingRefused("unknown_member")
    return person


def set_phone(db: Database, actor: Actor, dwelling_id: int, person_id: int, phone: str) -> None:
    """A number given at the counter ("" removes it); kept over the roster's."""
    phone = french_phone(phone)
    with unit_of_work(db, actor, Permission.CORRECT_HOUSEHOLD) as uow:
        person = _member(uow, dwelling_id, person_id)
        if (person.phone or "") == phone:
            return
        person.phone = phone or None
        if person.counter_change is None:
            person.counter_change = CounterChange.PHONE.value
        search.reindex(uow.session, [dwelling_id])  # the phone is searchable
        uow.audit("household_corrected", "dwelling", dwelling_id, change="phone",
                  person_id=person_id)


def add_member(db: Database, actor: Actor, dwelling_id: int, family_name: str,
               given_name: str, phone: str = "") -> int:
    """Someone who came to live in the household, before the landlord's roster
    says so."""
    family, given, phone = clean(family_name).upper(), clean(given_name), french_phone(phone)
    if not family:
        raise SettingRefused("name_required")
    key = fold(f"{family} {given}")
    with unit_of_work(db, actor, Permission.CORRECT_HOUSEHOLD) as uow:
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


def member_left(db: Database, actor: Actor, dwelling_id: int, person_id: int) -> None:
    """Someone who no longer lives in the household (kept for the history)."""
    with unit_of_work(db, actor, Permission.CORRECT_HOUSEHOLD) as uow:
        person = _member(uow, dwelling_id, person_id)
        if not person.on_roster:
            return
        person.on_roster = False
        person.counter_change = CounterChange.LEFT.value
        search.reindex(uow.session, [dwelling_id])
        uow.audit("household_corrected", "dwelling", dwelling_id, change="member_left",
                  person_id=person_id)


def set_note(db: Database, actor: Actor, dwelling_id: int, note: str) -> None:
    """A note on the household for the next person at the counter (personal
    data: exported, erased and expired with the household)."""
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise SettingRefused("note_too_long", str(MAX_NOTE))
    with unit_of_work(db, actor, Permission.CORRECT_HOUSEHOLD) as uow:
        dwelling = uow.session.get(Dwelling, dwelling_id)
        if dwelling is None:
            raise UnknownHousehold(dwelling_id)
        if dwelling.note != note:
            dwelling.note = note
            uow.audit("household_corrected", "dwelling", dwelling_id, change="note")
