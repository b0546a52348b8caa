"""Importing a landlord's roster: new dwellings, updates by landlord reference,
dwellings missing from the file reported (never deleted). All or nothing."""

from __future__ import annotations

import gc
import hashlib
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.orm import Session

from app.domain import clock
from app.domain.defaults import DEFAULT_MONTHLY_COST_CENTS
from app.domain.enums import CounterChange
from app.domain.errors import FileNotRead, RosterProblem, RosterRejected
from app.domain.roles import Permission
from app.domain.roster import MAX_BYTES, NOT_A_FILE, TOO_LARGE, DwellingEntry, Roster, parse
from app.domain.text import fold
from app.services.context import Actor, UnitOfWork, require, unit_of_work
from app.services.households import display_name
from db import search
from db.engine import Database, bulk_insert
from db.models import Building, Dwelling, Person, Sector

DWELLING: Table = Dwelling.__table__  # type: ignore[assignment]
PERSON: Table = Person.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class RosterReport:
    dry_run: bool
    sectors_new: int
    dwellings_new: int
    dwellings_updated: int
    dwellings_unchanged: int
    dwellings_missing: int
    missing_refs: tuple[str, ...]
    people_new: int
    people_updated: int
    people_left: int
    people_in_file: int
    encoding: str
    delimiter: str
    corrections_kept: tuple[KeptCorrection, ...] = ()


class _Plan:
    """Differences between the file and the database, computed before writing."""

    def __init__(self, session: Session, roster: Roster) -> None:
        self.session = session
        self.roster = roster
        self.sector_ids = {fold(name): sid for sid, name in session.execute(
            select(Sector.id, Sector.name))}
        self.building_ids = {
            (sector_id, fold(address), fold(name), fold(entrance)): bid
            for bid, sector_id, address, name, entrance in session.execute(
                select(Building.id, Building.sector_id, Building.address, Building.name,
                       Building.entrance))}
        self.dwellings = {row.landlord_ref: row for row in session.execute(
            select(Dwelling.id, Dwelling.landlord_ref, Dwelling.building_id, Dwelling.floor,
                   Dwelling.door, Dwelling.on_roster, Building.sector_id)
            .join(Building, Dwelling.building_id == Building.id))}

    def sectors_to_create(self) -> list[str]:
        seen: dict[str, str] = {}
        for entry in self.roster.dwellings.values():
            key = fold(entry.sector)
            if key not in self.sector_ids and key not in seen:
                seen[key] = entry.sector
        return list(seen.values())


@contextmanager
def _gc_paused() -> Iterator[None]:
    """A roster makes ~100,000 small objects that live until the end of the
    import; the cyclic collector would rescan them over and over (a third of
    the import time for 6,000 dwellings, measured). They hold no cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _building_key(sector_id: int, entry: DwellingEntry) -> tuple[int, str, str, str]:
    return (sector_id, fold(entry.address), fold(entry.building), fold(entry.entrance))


def read_file(path: Path) -> bytes:
    """A roster file's bytes: a regular file only (never a pipe or a device,
    which would wait or never end), its size checked before reading."""
    try:
        info = path.stat()
    except OSError as exc:
        raise FileNotRead.from_os(path, exc) from exc
    if not stat.S_ISREG(info.st_mode):
        raise RosterRejected([RosterProblem(0, NOT_A_FILE)])
    if info.st_size > MAX_BYTES:
        raise RosterRejected([RosterProblem(0, TOO_LARGE, str(MAX_BYTES))])
    try:
        with path.open("rb") as file:
            return file.read(MAX_BYTES + 1)  # grown meanwhile: parse says too large
    except OSError as exc:
        raise FileNotRead.from_os(path, exc) from exc


def import_roster(db: Database, actor: Actor, data: bytes, *, default_sector: str | None = None,
                  dry_run: bool = False, source_name: str = "") -> RosterReport:
    """Check the whole file, then apply it in one transaction (or not at all).

    Raises RosterRejected with every problem and its line number; nothing is
    written then. A dry run reports the same counts and writes nothing.
    """
    permit = require(actor, Permission.IMPORT_ROSTER)
    with _gc_paused():
        roster = parse(data, default_sector)
    if roster.problems:
        raise RosterRejected(roster.problems)
    if dry_run:  # tried on a private copy: the file is never locked for writing
        with db.scratch() as session, _gc_paused():
            return _apply(session, roster, clock.now(), dry_run=True)
    with unit_of_work(db, permit) as uow:
        return import_in(uow, roster, data, source_name)


def import_in(uow: UnitOfWork, roster: Roster, data: bytes, source_name: str) -> RosterReport:
    """Apply a checked roster inside an open unit of work (the demo's, say)."""
    with _gc_paused():
        report = _apply(uow.session, roster, uow.now, dry_run=False)
    uow.audit("roster_imported", "roster", "", file=source_name,
              sha256=hashlib.sha256(data).hexdigest(),
              dwellings_new=report.dwellings_new, dwellings_updated=report.dwellings_updated,
              dwellings_missing=report.dwellings_missing, people_new=report.people_new,
              people_left=report.people_left)
    return report


def _apply(session: Session, roster: Roster, now, dry_run: bool) -> RosterReport:  # type: ignore[no-untyped-def]
    plan = _Plan(session, roster)

    new_sectors = plan.sectors_to_create()
    for name in new_sectors:
        plan.sector_ids[fold(name)] = session.execute(
            insert(Sector).values(name=name, offer_state="vote_pending",
                                  monthly_cost_cents=DEFAULT_MONTHLY_COST_CENTS)
            .returning(Sector.id)).scalar_one()

    # buildings
    wanted_buildings: dict[tuple[int, str, str, str], DwellingEntry] = {}
    for entry in roster.dwellings.values():
        key = _building_key(plan.sector_ids[fold(entry.sector)], entry)
        if key not in plan.building_ids:
            wanted_buildings.setdefault(key, entry)
    if wanted_buildings:
        rows = [{"sector_id": key[0], "address": e.address, "name": e.building,
                 "entrance": e.entrance} for key, e in wanted_buildings.items()]
        created = session.execute(insert(Building).returning(
            Building.id, sort_by_parameter_order=True), rows).scalars().all()
        for key, building_id in zip(wanted_buildings, created, strict=True):
            plan.building_ids[key] = building_id

    # dwellings
    new_rows: list[dict[str, object]] = []
    changed_rows: list[dict[str, object]] = []
    unchanged = 0
    for entry in roster.dwellings.values():
        building_id = plan.building_ids[_building_key(plan.sector_ids[fold(entry.sector)], entry)]
        known = plan.dwellings.get(entry.ref)
        values = {"building_id": building_id, "floor": entry.floor, "door": entry.door,
                  "on_roster": True}
        if known is None:
            new_rows.append({"landlord_ref": entry.ref, "created_at": now, "updated_at": now,
                             **values})
        elif (known.building_id, known.floor, known.door, known.on_roster) != (
                building_id, entry.floor, entry.door, True):
            changed_rows.append({"id": known.id, "updated_at": now, **values})
        else:
            unchanged += 1
    ref_to_id = {ref: row.id for ref, row in plan.dwellings.items()}
    if new_rows:
        bulk_insert(session, DWELLING, new_rows)
        ref_to_id.update(session.execute(select(Dwelling.landlord_ref, Dwelling.id)).all())
    _update_by_id(session, DWELLING, changed_rows)

    # dwellings of the file's sectors that the file no longer lists
    file_sector_ids = {plan.sector_ids[fold(e.sector)] for e in roster.dwellings.values()}
    missing = sorted(ref for ref, row in plan.dwellings.items()
                     if row.sector_id in file_sector_ids and ref not in roster.dwellings
                     and row.on_roster)
    _update_by_id(session, DWELLING, [
        {"id": plan.dwellings[ref].id, "on_roster": False, "updated_at": now} for ref in missing])

    people = _apply_members(session, roster, ref_to_id)
    touched = {ref_to_id[str(row["landlord_ref"])] for row in new_rows}
    touched.update(int(row["id"]) for row in changed_rows)  # type: ignore[call-overload]
    touched.update(plan.dwellings[ref].id for ref in missing)
    touched.update(people[3])
    search.reindex(session, touched)
    return RosterReport(
        dry_run=dry_run, sectors_new=len(new_sectors), dwellings_new=len(new_rows),
        dwellings_updated=len(changed_rows), dwellings_unchanged=unchanged,
        dwellings_missing=len(missing), missing_refs=tuple(missing),
        people_new=people[0], people_updated=people[1], people_left=people[2],
        people_in_file=roster.people, encoding=roster.encoding, delimiter=roster.delimiter,
        corrections_kept=tuple(people[4]))


@dataclass(frozen=True)
class KeptCorrection:
    """A change made at the counter that the file would have undone, kept."""

    landlord_ref: str
    name: str  # "LE GALL Yann"
    change: CounterChange


def _apply_members(session: Session, roster: Roster, ref_to_id: dict[str, int],
                   ) -> tuple[int, int, int, set[int], list[KeptCorrection]]:
    """The file's members onto the database's. What the counter corrected
    (CounterChange) wins over the file, and is reported: a phone given at the
    counter, a member who arrived (not yet on the landlord's roster), a
    member who left (still on it)."""
    imported_ids = {ref_to_id[ref] for ref in roster.dwellings}
    id_to_ref = {dwelling_id: ref for ref, dwelling_id in ref_to_id.items()}
    existing: dict[tuple[int, str], tuple[int, str | None, bool, str, str, str | None]] = {}
    for pid, dwelling_id, key, phone, on_roster, family, given, change in session.execute(
            select(Person.id, Person.dwelling_id, Person.name_key, Person.phone,
                   Person.on_roster, Person.family_name, Person.given_name,
                   Person.counter_change)
            .where(Person.anonymised_at.is_(None))):
        if dwelling_id in imported_ids:
            existing[(dwelling_id, key)] = (pid, phone, on_roster, family, given, change)
    new_rows: list[dict[str, object]] = []
    changed_rows: list[dict[str, object]] = []
    kept: list[KeptCorrection] = []
    seen: set[tuple[int, str]] = set()
    touched: set[int] = set()
    for ref, entry in roster.dwellings.items():
        dwelling_id = ref_to_id[ref]
        for member in entry.members:
            key = (dwelling_id, member.key)
            seen.add(key)
            phone = member.phone or None
            known = existing.get(key)
            if known is None:
                new_rows.append({"dwelling_id": dwelling_id, "family_name": member.family_name,
                                 "given_name": member.given_name, "phone": phone,
                                 "name_key": member.key, "on_roster": True})
                continue
            pid, known_phone, known_on, _family, _given, change = known
            on_roster = True
            if change == CounterChange.LEFT.value:
                on_roster = False  # left at the counter: the landlord has not caught up
                if known_on is False:
                    kept.append(KeptCorrection(ref, display_name(member.family_name,
                                                                 member.given_name),
                                               CounterChange.LEFT))
            elif change == CounterChange.PHONE.value and phone != known_phone:
                kept.append(KeptCorrection(ref, display_name(member.family_name,
                                                             member.given_name),
                                           CounterChange.PHONE))
                phone = known_phone  # the number given at the counter is the newer one
            elif change == CounterChange.ADDED.value:
                change = None  # the landlord's roster knows them now
                phone = phone or known_phone
            if (known_phone, known_on, known[3], known[4], known[5]) != (
                    phone, on_roster, member.family_name, member.given_name, change):
                changed_rows.append({"id": pid, "phone": phone, "on_roster": on_roster,
                                     "family_name": member.family_name,
                                     "given_name": member.given_name, "counter_change": change})
                touched.add(dwelling_id)
    left = []
    for key, known in existing.items():
        if key in seen or not known[2]:
            continue
        if known[5] == CounterChange.ADDED.value:  # arrived at the counter: stays
            kept.append(KeptCorrection(id_to_ref[key[0]], display_name(known[3], known[4]),
                                       CounterChange.ADDED))
            continue
        left.append({"id": known[0], "on_roster": False})
        touched.add(key[0])
    touched.update(int(row["dwelling_id"]) for row in new_rows)  # type: ignore[call-overload]
    bulk_insert(session, PERSON, new_rows)
    _update_by_id(session, PERSON, changed_rows)
    _update_by_id(session, PERSON, left)
    return len(new_rows), len(changed_rows), len(left), touched, kept


def _update_by_id(session: Session, table: Table, rows: list[dict[str, object]]) -> None:
    """One executemany per set of columns (Core: the ORM's per-row bookkeeping
    costs more than the writes themselves on a 6,000-dwelling roster)."""
    by_columns: dict[tuple[str, ...], list[dict[str, object]]] = {}
    for row in rows:
        by_columns.setdefault(tuple(sorted(row)), []).append(
            {("row_id" if k == "id" else k): v for k, v in row.items()})
    for columns, batch in by_columns.items():
        stmt = (update(table).where(table.c.id == bindparam("row_id"))
                .values({c: bindparam(c) for c in columns if c != "id"}))
        session.execute(stmt, batch)

