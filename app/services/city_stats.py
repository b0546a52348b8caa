"""The anonymous statistics a centre sends to the city, and the city's side:
importing the centres' files and adding them up.

The file (JSON, UTF-8) holds counts only: the centre's name (no address), the
period, when it was made, per sector (its name) and for the centre. No
person, no address, no landlord reference, no code, no serial. Every count
from 1 to 4 is written "<5" (a small count could point at a household); a
rate is given only when the counts it comes from are not hidden, else null.

It is signed with the centre's Ed25519 key (made at the first export, kept in
`centre.stats_key`): the verify key and the signature over the canonical JSON
(sorted keys, no spaces) of everything else are in the file, so the city sees
a file changed after export. One centre key and one period are one row of
`city_stats`: a newer export of the same replaces the older, never the other
way round.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.errors import ReportRefused, StatsFileProblem, StatsRejected
from app.domain.roles import Permission
from app.domain.text import fold
from app.services.context import Actor, require, unit_of_work
from app.services.report import ProgrammeReport, programme_report
from db.engine import Database
from db.models import Centre, CityStats

FORMAT = "guichet-statistiques-ville"
VERSION = 1
HIDDEN = "<5"  # a count from 1 to 4
MAX_FILE_BYTES = 5_000_000

# what each sector gives, and what the centre gives (the keys of the file)
SECTOR_COUNTS = ("dwellings", "equipped", "handed_out", "computers_sold", "polls_closed",
                 "help_sessions")
CENTRE_COUNTS = SECTOR_COUNTS + ("workshops_held", "people_trained", "attendances",
                                 "certificates", "appointments_kept", "appointments_missed")

Count = int | str  # a number, or "<5"


def hide(value: int) -> Count:
    return HIDDEN if 1 <= value <= 4 else value


def _rate(equipped: Count, dwellings: Count) -> float | None:
    if isinstance(equipped, str) or isinstance(dwellings, str) or not dwellings:
        return None
    return round(100 * equipped / dwellings, 1)


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")


def payload(report: ProgrammeReport, exported_at: datetime) -> dict[str, Any]:
    """The file's content before signing: counts only."""
    total = report.total
    centre = {name: hide(getattr(total, name)) for name in SECTOR_COUNTS}
    centre.update(workshops_held=hide(report.workshops_held),
                  people_trained=hide(report.people_trained),
                  attendances=hide(report.attendances), certificates=hide(report.certificates),
                  appointments_kept=hide(report.appointments_kept),
                  appointments_missed=hide(report.appointments_missed))
    centre["uptake_percent"] = _rate(centre["equipped"], centre["dwellings"])
    sectors = []
    for row in report.sectors:
        counts: dict[str, Any] = {"name": row.name}
        counts.update({name: hide(getattr(row, name)) for name in SECTOR_COUNTS})
        counts["uptake_percent"] = _rate(counts["equipped"], counts["dwellings"])
        sectors.append(counts)
    return {
        "format": FORMAT, "version": VERSION, "centre": report.centre,
        "period": {"start": report.start.isoformat(), "end": report.end.isoformat()},
        "exported_at": exported_at.isoformat(timespec="seconds"),
        "centre_counts": centre, "sectors": sectors,
        "needs": [{"topic": n.topic, "people": hide(n.people)} for n in report.needs],
    }


def export_stats(db: Database, actor: Actor, start: date, end: date) -> bytes:
    """The signed file for the city, for the period, every sector."""
    from nacl.signing import SigningKey

    permit = require(actor, Permission.VIEW_REPORT)
    report = programme_report(db, actor, start, end, None)
    with unit_of_work(db, permit) as uow:
        centre = uow.session.get(Centre, 1)
        if centre is None:
            raise ReportRefused("no_centre")
        if centre.stats_key is None:
            centre.stats_key = bytes(SigningKey.generate())
            uow.audit("stats_key_created", "centre", 1)
        key = SigningKey(centre.stats_key)
        body = payload(report, uow.now)
        uow.audit("stats_exported", "centre", 1, start=start.isoformat(), end=end.isoformat())
    signature = key.sign(_canonical(body)).signature
    document = dict(body, signature={"key": key.verify_key.encode().hex(),
                                     "value": signature.hex()})
    return json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")


# --- the city's side ----------------------------------------------------------------


@dataclass(frozen=True)
class StatsFile:
    """A file read and checked, not yet imported."""

    file: str
    centre_key: str
    centre: str
    start: date
    end: date
    exported_at: datetime
    body: dict[str, Any]


@dataclass(frozen=True)
class FileImported:
    """outcome: added, replaced (an older export of the same centre and
    period), kept_newer (the one already imported is newer: this one was
    not imported), same (already imported)."""

    file: str
    centre: str
    start: date
    end: date
    outcome: str


def _check_count(value: Any, field: str) -> None:
    if value == HIDDEN:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _Refused("counts", field)


class _Refused(Exception):
    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason, self.detail = reason, detail


def read_stats(name: str, data: bytes) -> StatsFile:
    """Check one file: a Guichet statistics file, this version, signed by the
    key it carries, counts that are numbers or "<5", a period in order.
    Raises _Refused."""
    from nacl.exceptions import BadSignatureError
    from nacl.signing import VerifyKey

    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise _Refused("not_json") from None
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise _Refused("not_stats")
    if document.get("version") != VERSION:
        raise _Refused("version", str(document.get("version")))
    signature = document.pop("signature", None)
    try:
        key = VerifyKey(bytes.fromhex(signature["key"]))
        key.verify(_canonical(document), bytes.fromhex(signature["value"]))
    except (BadSignatureError, TypeError, KeyError, ValueError):
        raise _Refused("signature") from None
    try:
        period = document["period"]
        start, end = date.fromisoformat(period["start"]), date.fromisoformat(period["end"])
        exported_at = datetime.fromisoformat(document["exported_at"])
        centre = str(document["centre"])
        counts = document["centre_counts"]
        sectors = document["sectors"]
        needs = document.get("needs", [])
    except (KeyError, TypeError, ValueError):
        raise _Refused("not_stats") from None
    if end < start:
        raise _Refused("period_order")
    if not isinstance(counts, dict) or not isinstance(sectors, list) \
            or not isinstance(needs, list):
        raise _Refused("not_stats")
    for field in CENTRE_COUNTS:
        _check_count(counts.get(field), field)
    for sector in sectors:
        if not isinstance(sector, dict) or not isinstance(sector.get("name"), str):
            raise _Refused("not_stats")
        for field in SECTOR_COUNTS:
            _check_count(sector.get(field), f"{sector['name']}: {field}")
    for need in needs:
        if not isinstance(need, dict):
            raise _Refused("not_stats")
        _check_count(need.get("people"), f"{need.get('topic')}")
    return StatsFile(name, signature["key"], centre, start, end, exported_at,
                     dict(document, signature=signature))


def _other_keys(s: Session, read: list[StatsFile]) -> list[StatsFileProblem]:
    """A centre is known by its key: a file signed with another key under a
    centre's name is a reinstalled Guichet — or a forgery. Either way it is
    not added beside the first (it would count the centre twice)."""
    known = {(fold(name), key) for name, key in s.execute(
        select(CityStats.centre_name, CityStats.centre_key).distinct())}
    known |= {(fold(stats.centre), stats.centre_key) for stats in read}
    problems = []
    for stats in read:
        if any(name == fold(stats.centre) and key != stats.centre_key for name, key in known):
            problems.append(StatsFileProblem(stats.file, "other_key", stats.centre))
    return problems


def import_stats(db: Database, actor: Actor, paths: list[Path],
                 new_key: bool = False) -> list[FileImported]:
    """Every file imported, or none (StatsRejected says which were refused
    and why). `new_key`: a centre whose key changed (Guichet reinstalled) is
    taken under its new key — its earlier files go with it, asked for only
    once the coordinator has checked with the centre."""
    permit = require(actor, Permission.VIEW_REPORT)
    read: list[StatsFile] = []
    problems: list[StatsFileProblem] = []
    for path in paths:
        try:
            if path.stat().st_size > MAX_FILE_BYTES:
                raise _Refused("not_stats")
            data = path.read_bytes()
            read.append(read_stats(path.name, data))
        except _Refused as refused:
            problems.append(StatsFileProblem(path.name, refused.reason, refused.detail))
        except OSError as exc:
            problems.append(StatsFileProblem(path.name, "not_read", exc.strerror or str(exc)))
    if problems:
        raise StatsRejected(problems, accepted=len(read))
    outcomes = []
    with unit_of_work(db, permit) as uow:
        s = uow.session
        clashes = _other_keys(s, read)
        if clashes and not new_key:
            raise StatsRejected(clashes, accepted=len(read) - len(clashes))
        for stats in read if clashes else ():
            for row in s.scalars(select(CityStats).where(
                    CityStats.centre_key != stats.centre_key)):
                if fold(row.centre_name) != fold(stats.centre):
                    continue
                period = (row.period_start, row.period_end)
                taken = period in {(x.start, x.end) for x in read
                                   if x.centre_key == stats.centre_key} or s.scalar(
                    select(CityStats.id).where(CityStats.centre_key == stats.centre_key,
                                               CityStats.period_start == row.period_start,
                                               CityStats.period_end == row.period_end))
                uow.audit("stats_key_changed", "city_stats", row.id, dropped=bool(taken))
                if taken:  # the file under the new key stands for that period
                    s.delete(row)
                else:  # the centre's earlier files follow it
                    row.centre_key = stats.centre_key
        s.flush()
        for stats in read:
            row = s.scalar(select(CityStats).where(
                CityStats.centre_key == stats.centre_key,
                CityStats.period_start == stats.start, CityStats.period_end == stats.end))
            text = json.dumps(stats.body, ensure_ascii=False, sort_keys=True)
            if row is None:
                row = CityStats(centre_key=stats.centre_key, centre_name=stats.centre,
                                period_start=stats.start, period_end=stats.end,
                                exported_at=stats.exported_at, imported_at=uow.now,
                                staff_id=uow.actor.staff_id, payload=text)
                s.add(row)
                outcome = "added"
            elif stats.exported_at > row.exported_at:
                row.centre_name, row.exported_at, row.payload = (stats.centre,
                                                                 stats.exported_at, text)
                row.imported_at, row.staff_id = uow.now, uow.actor.staff_id
                outcome = "replaced"
            elif stats.exported_at < row.exported_at:
                outcome = "kept_newer"
            else:
                outcome = "same"
            s.flush()
            if outcome in ("added", "replaced"):
                uow.audit("stats_imported", "city_stats", row.id, outcome=outcome)
            outcomes.append(FileImported(stats.file, stats.centre, stats.start, stats.end,
                                         outcome))
    return outcomes


# --- the city's totals ----------------------------------------------------------------


@dataclass(frozen=True)
class Total:
    """A sum of counts some of which may be hidden: each "<5" adds at least 1,
    and the total is then shown as "≥ N"."""

    value: int = 0
    hidden: int = 0  # how many "<5" went into it

    def __add__(self, other: Count) -> Total:  # type: ignore[override]
        if other == HIDDEN:
            return Total(self.value + 1, self.hidden + 1)
        return Total(self.value + int(other), self.hidden)

    def plus(self, other: Total) -> Total:
        return Total(self.value + other.value, self.hidden + other.hidden)

    @property
    def exact(self) -> bool:
        return not self.hidden

    def shown(self) -> str:
        if self.hidden == 1 and self.value == 1:
            return HIDDEN
        return str(self.value) if self.exact else f"≥\u00a0{self.value}"


@dataclass(frozen=True)
class CityLine:
    """One centre, or one sector of a centre (sector set), or the city's total."""

    centre: str
    sector: str
    start: date | None
    end: date | None
    counts: dict[str, Total]

    @property
    def uptake(self) -> float | None:
        equipped, dwellings = self.counts.get("equipped"), self.counts.get("dwellings")
        if not equipped or not dwellings or not equipped.exact or not dwellings.exact \
                or not dwellings.value:
            return None
        return 100 * equipped.value / dwellings.value


@dataclass(frozen=True)
class CityReport:
    start: date
    end: date
    centres: tuple[CityLine, ...]
    sectors: tuple[CityLine, ...]
    total: CityLine

    @property
    def empty(self) -> bool:
        return not self.centres


def city_report(db: Database, actor: Actor, start: date, end: date) -> CityReport:
    """Per centre, the imported file that covers most of the period (the latest
    ending, then the longest, then the newest export): stocks such as the
    dwellings equipped are never added across two periods of one centre."""
    require(actor, Permission.VIEW_REPORT)
    if end < start:
        raise ReportRefused("period_order", f"{start.isoformat()}/{end.isoformat()}")
    with db.read() as s:
        rows = s.execute(select(CityStats.centre_key, CityStats.period_start,
                                CityStats.period_end, CityStats.exported_at, CityStats.payload)
                         .where(CityStats.period_start <= end, CityStats.period_end >= start)
                         ).all()
    chosen: dict[str, Any] = {}
    for row in rows:
        rank = (min(row.period_end, end), -(row.period_start.toordinal()), row.exported_at)
        if row.centre_key not in chosen or rank > chosen[row.centre_key][0]:
            chosen[row.centre_key] = (rank, row)
    centres, sectors = [], []
    city = {name: Total() for name in CENTRE_COUNTS}
    for _rank, row in sorted(chosen.values(), key=lambda item: json.loads(item[1].payload)["centre"]):
        body = json.loads(row.payload)
        counts = {name: Total() + body["centre_counts"][name] for name in CENTRE_COUNTS}
        centres.append(CityLine(body["centre"], "", row.period_start, row.period_end, counts))
        city = {name: city[name].plus(counts[name]) for name in CENTRE_COUNTS}
        for sector in body["sectors"]:
            sectors.append(CityLine(body["centre"], sector["name"], row.period_start,
                                    row.period_end,
                                    {name: Total() + sector[name] for name in SECTOR_COUNTS}))
    return CityReport(start, end, tuple(centres), tuple(sectors),
                      CityLine("", "", start, end, city))
