"""The anonymous statistics for the city: the file holds counts only (every
name, address, reference, serial and code of the hand-made centre is looked
for in its bytes), small counts hidden, signed; the city's import refuses a
changed, foreign or broken file and adds the centres up."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from nacl.signing import SigningKey, VerifyKey
from sqlalchemy import func, select

from app import cli, messages
from app.domain.enums import Role
from app.domain.errors import PermissionDenied, StatsRejected
from app.messages import describe
from app.services import accounts, city_stats
from app.services.context import Actor
from db.engine import Database, open_database
from db.models import Centre, CityStats
from tests.services import test_report as hand_made
from tests.services.test_report import ADDRESSES, CODES, COMPUTERS, PEOPLE, REFS, SERIALS, YEAR

# the hand-made centre of test_report.py, its fixtures shared
actor, centre, set_clock = hand_made.actor, hand_made.centre, hand_made.set_clock


@pytest.fixture
def exported(db: Database, centre: dict[str, int], actor: Actor) -> bytes:
    with db.write() as s:
        s.get(Centre, 1).address = "3 place Vincent-Auriol-Kerbonne, 29200 Brest"
        s.get(Centre, 1).phone = "02 98 47 11 11"
    return city_stats.export_stats(db, actor, *YEAR)


@pytest.fixture
def city(tmp_path: Path) -> Database:
    database = open_database(tmp_path / "ville.sqlite3")
    accounts.create_first_coordinator(database, "Ville", "coordination",
                                      centre_name="Ville de Brest")
    yield database
    database.close()


def test_the_file_holds_counts_only(exported: bytes) -> None:
    text = exported.decode("utf-8")
    secrets = [*ADDRESSES.values(), *REFS.values(), *SERIALS, *COMPUTERS, *CODES,
               "Vincent-Auriol", "02 98 47 11 11", "0298000000", "Lenovo", "Maëlys",
               "saisie en double", "écran noir", "Salle 2", "Bureau 1"]
    for family, given in PEOPLE.values():
        secrets += [family, given]
    leaked = [value for value in secrets
              if value in text or value.encode("utf-8") in exported
              or json.dumps(value)[1:-1] in text]
    assert leaked == []
    data = json.loads(text)
    assert (data["format"], data["version"], data["centre"]) == (
        city_stats.FORMAT, city_stats.VERSION, "Centre social de Pontanézen")
    assert data["period"] == {"start": "2025-01-01", "end": "2025-12-31"}
    assert set(data) == {"format", "version", "centre", "period", "exported_at",
                         "centre_counts", "sectors", "needs", "signature"}


def test_counts_from_one_to_four_are_hidden(exported: bytes) -> None:
    data = json.loads(exported)
    sectors = {row["name"]: row for row in data["sectors"]}
    ker, pon, bel = sectors["Kerourien"], sectors["Pontanézen"], sectors["Bellevue"]
    assert (ker["dwellings"], ker["equipped"], ker["handed_out"]) == (5, "<5", "<5")
    assert ker["uptake_percent"] is None  # 3 of 5: the 3 is hidden, so is the rate
    assert (pon["dwellings"], pon["equipped"], pon["uptake_percent"]) == ("<5", "<5", None)
    assert (bel["dwellings"], bel["equipped"], bel["handed_out"]) == ("<5", 0, 0)
    counts = data["centre_counts"]
    assert (counts["dwellings"], counts["equipped"], counts["handed_out"]) == (11, 5, 6)
    assert counts["uptake_percent"] == 45.5
    assert (counts["workshops_held"], counts["certificates"], counts["help_sessions"]) == \
        ("<5", "<5", "<5")
    for value in [*counts.values(), *(v for row in data["sectors"] for v in row.values())]:
        assert value not in (1, 2, 3, 4)


def test_the_file_is_signed_with_the_centre_s_key(db: Database, exported: bytes,
                                                  actor: Actor) -> None:
    data = json.loads(exported)
    signature = data.pop("signature")
    body = json.dumps(data, sort_keys=True, separators=(",", ":"),
                      ensure_ascii=False).encode("utf-8")
    VerifyKey(bytes.fromhex(signature["key"])).verify(body, bytes.fromhex(signature["value"]))
    with db.read() as s:
        seed = s.get(Centre, 1).stats_key
    assert SigningKey(seed).verify_key.encode().hex() == signature["key"]
    again = json.loads(city_stats.export_stats(db, actor, date(2025, 1, 1), date(2025, 6, 30)))
    assert again["signature"]["key"] == signature["key"]  # made once, kept


def re_signed(data: dict, key: SigningKey | None = None) -> bytes:
    """A file another program signed: valid signature, whatever it says."""
    key = key or SigningKey.generate()
    data = {k: v for k, v in data.items() if k != "signature"}
    body = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    data["signature"] = {"key": key.verify_key.encode().hex(),
                         "value": key.sign(body.encode("utf-8")).signature.hex()}
    return json.dumps(data).encode("utf-8")


def test_refused_files_say_why_and_nothing_is_imported(
        city: Database, exported: bytes, tmp_path: Path, actor: Actor) -> None:
    good = tmp_path / "bon.json"
    good.write_bytes(exported)
    data = json.loads(exported)
    tampered = json.loads(exported)
    tampered["centre_counts"]["dwellings"] = 12  # one count changed after export
    garbage = dict(data, centre_counts=dict(data["centre_counts"], equipped="beaucoup"))
    backwards = dict(data, period={"start": "2025-12-31", "end": "2025-01-01"})
    files = {
        "modifie.json": json.dumps(tampered).encode(),
        "version.json": json.dumps(dict(data, version=2)).encode(),
        "pas-json.json": b"\x89PNG not json at all",
        "autre.json": json.dumps({"format": "autre chose"}).encode(),
        "compte.json": re_signed(garbage),
        "periode.json": re_signed(backwards),
    }
    for name, content in files.items():
        (tmp_path / name).write_bytes(content)
    with pytest.raises(StatsRejected) as rejected:
        city_stats.import_stats(city, actor, [good, *(tmp_path / n for n in files)])
    reasons = {p.file: p.reason for p in rejected.value.problems}
    assert reasons == {"modifie.json": "signature", "version.json": "version",
                       "pas-json.json": "not_json", "autre.json": "not_stats",
                       "compte.json": "counts", "periode.json": "period_order"}
    assert rejected.value.accepted == 1
    with city.read() as s:
        assert s.scalar(select(func.count()).select_from(CityStats)) == 0  # not even the good one
    said = describe(rejected.value)
    assert "modifie.json" in said and "compte.json" in said


def test_two_centres_add_up_and_hidden_counts_make_at_least(
        city: Database, exported: bytes, demo_db: Database, tmp_path: Path,
        actor: Actor) -> None:
    first, second = tmp_path / "pontanezen.json", tmp_path / "kerourien.json"
    first.write_bytes(exported)
    second.write_bytes(city_stats.export_stats(demo_db, actor, *YEAR))
    done = city_stats.import_stats(city, actor, [first, second])
    assert [(d.file, d.outcome) for d in done] == [("pontanezen.json", "added"),
                                                  ("kerourien.json", "added")]
    result = city_stats.city_report(city, actor, *YEAR)
    names = [line.centre for line in result.centres]
    assert names == ["Centre social de Kerourien (démo)", "Centre social de Pontanézen"]
    demo = json.loads(second.read_bytes())["centre_counts"]
    total = result.total.counts
    assert total["dwellings"].shown() == str(11 + demo["dwellings"])
    assert total["dwellings"].exact
    # Pontanézen's 2 computers sold are "<5": the city's total is at least 1 more
    assert result.centres[1].counts["computers_sold"].shown() == "<5"
    if demo["computers_sold"] == 0:
        assert total["computers_sold"].shown() == "<5"
    assert total["handed_out"].shown() == str(6 + demo["handed_out"]) if isinstance(
        demo["handed_out"], int) else total["handed_out"].shown().startswith("≥")
    sectors = {(line.centre, line.sector) for line in result.sectors}
    assert ("Centre social de Pontanézen", "Bellevue") in sectors
    assert len(sectors) == 3 + len(json.loads(second.read_bytes())["sectors"])
    assert city_stats.Total().plus(city_stats.Total() + "<5" + 7).shown() == "≥\u00a08"
    assert city_stats.city_report(city, actor, date(2020, 1, 1), date(2020, 12, 31)).empty


def test_a_newer_export_replaces_an_older_one_never_the_reverse(
        db: Database, centre: dict[str, int], city: Database, tmp_path: Path, actor: Actor,
        set_clock) -> None:
    set_clock(datetime(2026, 1, 10, 9))
    older = tmp_path / "janvier.json"
    older.write_bytes(city_stats.export_stats(db, actor, *YEAR))
    set_clock(datetime(2026, 2, 3, 9))
    newer = tmp_path / "fevrier.json"
    newer.write_bytes(city_stats.export_stats(db, actor, *YEAR))
    outcomes = [d.outcome for d in city_stats.import_stats(city, actor, [older])]
    outcomes += [d.outcome for d in city_stats.import_stats(city, actor, [newer])]
    outcomes += [d.outcome for d in city_stats.import_stats(city, actor, [older])]
    outcomes += [d.outcome for d in city_stats.import_stats(city, actor, [newer])]
    assert outcomes == ["added", "replaced", "kept_newer", "same"]
    with city.read() as s:
        rows = s.execute(select(CityStats.exported_at)).all()
    assert rows == [(datetime(2026, 2, 3, 9),)]


def test_only_a_coordinator_exports_or_imports(db: Database, centre: dict[str, int],
                                               tmp_path: Path) -> None:
    reception = Actor(staff_id=None, label="accueil", role=Role.RECEPTION)
    with pytest.raises(PermissionDenied):
        city_stats.export_stats(db, reception, *YEAR)
    with pytest.raises(PermissionDenied):
        city_stats.import_stats(db, reception, [tmp_path / "x.json"])


def test_the_command_line_exports_and_imports(db: Database, centre: dict[str, int],
                                              db_path: Path, tmp_path: Path) -> None:
    file = tmp_path / "stats-2025.json"
    run = [sys.executable, "-m", "ui.main"]
    result = subprocess.run([*run, "stats", "export", "2025", str(file), "--db", str(db_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == cli.EXIT_OK, result.stderr
    assert "01/01/2025" in result.stdout and "31/12/2025" in result.stdout
    assert json.loads(file.read_bytes())["centre_counts"]["dwellings"] == 11
    city_path = tmp_path / "ville.sqlite3"
    open_database(city_path).close()
    pdf = tmp_path / "ville.pdf"
    result = subprocess.run([*run, "stats", "import", str(file), "--report", str(pdf),
                             "--db", str(city_path)], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == cli.EXIT_OK, result.stderr
    assert "stats-2025.json" in result.stdout and "Centre social de Pontanézen" in result.stdout
    assert "Logements" in result.stdout and ": 11" in result.stdout
    assert pdf.read_bytes().startswith(b"%PDF")
    broken = tmp_path / "casse.json"
    broken.write_text("{", encoding="utf-8")
    result = subprocess.run([*run, "stats", "import", str(broken), "--db", str(city_path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == cli.EXIT_REJECTED
    assert "casse.json" in result.stderr and "Traceback" not in result.stderr
    result = subprocess.run([*run, "stats", "export", "2025-S3", str(file), "--db",
                             str(db_path)], capture_output=True, text=True, timeout=120)
    assert result.returncode == cli.EXIT_USAGE and "2025-S3" in result.stderr


def _signed_by_another_key(exported: bytes, change: dict[str, object]) -> bytes:
    """The centre's file with changed counts, signed again with a new key:
    what a forger — or a reinstalled Guichet — produces."""
    from nacl.signing import SigningKey

    document = json.loads(exported)
    document.pop("signature")
    document["centre_counts"].update(change)
    key = SigningKey.generate()
    signed = key.sign(city_stats._canonical(document)).signature
    document["signature"] = {"key": key.verify_key.encode().hex(), "value": signed.hex()}
    return json.dumps(document).encode()


def test_a_centre_under_another_key_is_not_counted_twice(
        city: Database, exported: bytes, tmp_path: Path, actor: Actor) -> None:
    real, forged = tmp_path / "pontanezen.json", tmp_path / "pontanezen-bis.json"
    real.write_bytes(exported)
    forged.write_bytes(_signed_by_another_key(exported, {"attendances": 5000}))
    city_stats.import_stats(city, actor, [real])
    with pytest.raises(StatsRejected) as refused:
        city_stats.import_stats(city, actor, [forged])
    assert [(p.file, p.reason) for p in refused.value.problems] == [
        ("pontanezen-bis.json", "other_key")]
    assert "Pontanézen" in messages.stats_problem(refused.value.problems[0])
    # the two at once: refused as well, nothing imported
    with pytest.raises(StatsRejected):
        city_stats.import_stats(city, actor, [forged, real])
    [line] = city_stats.city_report(city, actor, *YEAR).centres
    assert line.counts["attendances"].shown() != "5000"
    # checked with the centre (Guichet reinstalled): its new key is taken, once
    done = city_stats.import_stats(city, actor, [forged], new_key=True)
    assert [d.outcome for d in done] == ["added"]
    [line] = city_stats.city_report(city, actor, *YEAR).centres
    assert line.counts["attendances"].shown() == "5000"
    with city.read() as s:
        assert s.scalar(select(func.count()).select_from(CityStats)) == 1
