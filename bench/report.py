"""The programme report for a year, on a city-sized centre: 6,000 dwellings in
11 sectors, 900 of them equipped over the year (15 % uptake, the programme's
figure), against raw sqlite3 counting the dwellings and the active decoders
per sector and the year's handouts — the figures a report cannot do without.
What is left above is everything else the report says (months, polls, sales,
workshops, appointments, needs) and our own work."""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from bench.common import median_ms, report

DWELLINGS, SECTORS, EQUIPPED = 6000, 11, 900
YEAR = 2026

FLOOR_SQL = (
    """SELECT b.sector_id, count(*) FROM dwelling d JOIN building b ON b.id = d.building_id
       WHERE d.on_roster GROUP BY b.sector_id""",
    """SELECT b.sector_id, count(DISTINCT h.dwelling_id) FROM handout h
       JOIN dwelling d ON d.id = h.dwelling_id JOIN building b ON b.id = d.building_id
       WHERE d.on_roster AND h.handed_at < ? AND (h.ended_at IS NULL OR h.ended_at >= ?)
       GROUP BY b.sector_id""",
    """SELECT b.sector_id, count(*) FROM handout h JOIN dwelling d ON d.id = h.dwelling_id
       JOIN building b ON b.id = d.building_id WHERE h.handed_at >= ? AND h.handed_at < ?
       GROUP BY b.sector_id""",
)


def _centre(path: Path) -> None:
    from db.engine import bulk_insert, open_database
    from db.models import Building, Dwelling, Equipment, Handout, Receipt, Sector

    db = open_database(path)
    now = datetime(YEAR, 1, 1)
    with db.write() as s:
        bulk_insert(s, Sector.__table__, [{"id": n, "name": f"Secteur {n}",
                                           "offer_state": "adopted",
                                           "monthly_cost_cents": 118}
                                          for n in range(1, SECTORS + 1)])
        bulk_insert(s, Building.__table__, [
            {"id": n, "sector_id": n % SECTORS + 1, "address": f"{n} rue", "name": "",
             "entrance": ""} for n in range(1, 301)])
        bulk_insert(s, Dwelling.__table__, [
            {"id": n, "landlord_ref": f"B{n:05d}", "building_id": n % 300 + 1, "floor": "0",
             "door": str(n), "on_roster": True, "created_at": now, "updated_at": now,
             "note": ""} for n in range(1, DWELLINGS + 1)])
        bulk_insert(s, Equipment.__table__, [
            {"id": n, "kind": "decoder", "serial": f"DEC{n:06d}", "model": "HD",
             "state": "in_stock", "received_at": now} for n in range(1, EQUIPPED + 1)])
        handed = [now + timedelta(hours=9 + n * 8) for n in range(EQUIPPED)]  # over the year
        bulk_insert(s, Receipt.__table__, [
            {"id": n + 1, "series": "handout", "year": YEAR, "number": n + 1,
             "issued_at": handed[n]} for n in range(EQUIPPED)])
        bulk_insert(s, Handout.__table__, [
            {"id": n + 1, "receipt_id": n + 1, "dwelling_id": n * 6 + 1, "equipment_id": n + 1,
             "handed_at": handed[n]} for n in range(EQUIPPED)])
    db.close()


def run() -> str:
    from app.services import report as programme
    from app.services.context import Actor
    from db.engine import open_database

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "report.sqlite3"
        _centre(path)
        start, end = date(YEAR, 1, 1), date(YEAR, 12, 31)
        since, until = datetime(YEAR, 1, 1), datetime(YEAR + 1, 1, 1)

        def floor() -> None:
            conn = sqlite3.connect(path)
            conn.execute(FLOOR_SQL[0]).fetchall()
            conn.execute(FLOOR_SQL[1], (until, until)).fetchall()
            conn.execute(FLOOR_SQL[2], (since, until)).fetchall()
            conn.close()

        db = open_database(path)
        actor = Actor.command_line()
        result = programme.programme_report(db, actor, start, end, None)
        assert result.total.dwellings == DWELLINGS and result.total.handed_out == EQUIPPED, \
            result.total
        ours = median_ms(lambda: programme.programme_report(db, actor, start, end, None), 5)
        db.close()
        return report("report-6000", ours, median_ms(floor, 5))
