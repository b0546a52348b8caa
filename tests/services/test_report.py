"""The programme report on a hand-made centre: every figure checked against
what was counted by hand from the acts below (real SQLite file, the real
services for handouts and sales, rows for the rest).

The year reported is 2025; "now" is 10 January 2026.

Sector Kerourien (5 dwellings on the roster, 1 off it), Pontanézen (4),
Bellevue (2, nothing happens there). Decoders (Kerourien): d1 before the
year, d2 in February, d3 in March and replaced in June, d4 in April and
brought back in September, d5 in May and cancelled the same day, the dwelling
off the roster in May. Pontanézen: d1 in July (brought back in January
2026), d2 in November.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from sqlalchemy import select

from app.documents.report import report_csv, report_pdf
from app.domain import clock
from app.domain.enums import AppointmentStatus, OfferState, PaymentMethod, PollState, Role
from app.domain.errors import PermissionDenied, ReportRefused
from app.services import handouts, report
from app.services.context import Actor
from db.engine import Database
from db.models import (
    Appointment,
    AppointmentSlot,
    Building,
    Dwelling,
    Person,
    PersonNeed,
    Poll,
    PrintedDocument,
    Sector,
    Topic,
    VisaCertificate,
    Visit,
    Workshop,
    WorkshopAttendance,
    WorkshopSession,
    WorkshopSignup,
)

YEAR = (date(2025, 1, 1), date(2025, 12, 31))
NOW = datetime(2026, 1, 10, 9, 0)

# every name, address, reference, serial and code of the data set (the city
# statistics' test looks for each of them in the exported file)
PEOPLE = {"ker-1": ("Quéméner", "Maëlys"), "ker-2": ("Le Gall", "Yannick"),
          "ker-3": ("Abgrall", "Soizic"), "ker-4": ("Kerhervé", "Anatole"),
          "ker-5": ("Morvan", "Gwenola"), "ker-6": ("Tanguy", "Rozenn"),
          "pon-1": ("Nguyễn", "Thị Hương"), "pon-2": ("Öztürk", "Şükrü"),
          "pon-3": ("Wróbel", "Łukasz"), "pon-4": ("Lagadec", "Ewen"),
          "bel-1": ("Cloarec", "Nolwenn"), "bel-2": ("Salaün", "Tugdual")}
ADDRESSES = {"Kerourien": "17 rue Quintin-Sanquer", "Pontanézen": "4 allée Ty-Moriou",
             "Bellevue": "88 boulevard Montaigne-Glazik"}
REFS = {key: f"LRF-{key.upper()}-7731" for key in PEOPLE}
SERIALS = ["DEC-KX-90011", "DEC-KX-90012", "DEC-KX-90013", "DEC-KX-90014", "DEC-KX-90015",
           "DEC-KX-90016", "DEC-KX-90017", "DEC-KX-90018", "DEC-KX-90019", "DEC-KX-90020"]
COMPUTERS = ["PC-ZR-40001", "PC-ZR-40002", "PC-ZR-70001", "PC-ZR-70002"]
CODES = ["71830056412893", "71830056412894", "71830056412895", "5512093318271",
         "5512093318272", "5512093318273", "5512093318274", "5512093318275"]


@pytest.fixture
def set_clock(monkeypatch: pytest.MonkeyPatch) -> Callable[[datetime], None]:
    current = [NOW]
    monkeypatch.setattr(clock, "now", lambda: current[0])

    def set_to(value: datetime) -> None:
        current[0] = value

    return set_to


@pytest.fixture
def centre(db: Database, set_clock: Callable[[datetime], None]) -> Iterator[dict[str, int]]:
    """The hand-made centre; returns the dwellings' ids by key."""
    from app.services import accounts

    set_clock(datetime(2024, 11, 1, 9, 0))
    accounts.create_first_coordinator(db, "Anne Coord", "coordination",
                                      centre_name="Centre social de Pontanézen")
    actor = Actor.command_line()
    ids: dict[str, int] = {}
    people: dict[str, int] = {}
    now = clock.now()
    with db.write() as s:
        for name in ("Kerourien", "Pontanézen", "Bellevue"):
            sector = Sector(name=name, offer_state=OfferState.ADOPTED.value
                            if name != "Bellevue" else OfferState.REJECTED.value)
            s.add(sector)
            s.flush()
            building = Building(sector_id=sector.id, address=ADDRESSES[name], name="",
                                entrance="")
            s.add(building)
            s.flush()
            for key in PEOPLE:
                if key[:3] != name[:3].lower():
                    continue
                dwelling = Dwelling(landlord_ref=REFS[key], building_id=building.id,
                                    floor="2", door="B", created_at=now, updated_at=now)
                s.add(dwelling)
                s.flush()
                family, given = PEOPLE[key]
                person = Person(dwelling_id=dwelling.id, family_name=family, given_name=given,
                                phone="0298000000", name_key=f"{family} {given}".lower())
                s.add(person)
                s.flush()
                ids[key], people[key] = dwelling.id, person.id
    for serial in SERIALS:
        handouts.add_decoder(db, actor, serial, "Décodeur TV")
    for serial, price in zip(COMPUTERS, (4000, 4000, 7000, 7000), strict=True):
        handouts.add_computer(db, actor, serial, "Lenovo T460", price)

    def at(day: datetime) -> Actor:
        set_clock(day)
        return actor

    handouts.hand_out(db, at(datetime(2024, 12, 15, 10)), ids["ker-1"], SERIALS[0], "Maëlys")
    handouts.sell_computer(db, at(datetime(2024, 12, 20, 10)), ids["bel-1"], COMPUTERS[3],
                           PaymentMethod.CASH, "Nolwenn")
    handouts.hand_out(db, at(datetime(2025, 2, 10, 10)), ids["ker-2"], SERIALS[1], "Yannick")
    handouts.hand_out(db, at(datetime(2025, 3, 5, 10)), ids["ker-3"], SERIALS[2], "Soizic")
    handouts.sell_computer(db, at(datetime(2025, 3, 10, 10)), ids["ker-1"], COMPUTERS[2],
                           PaymentMethod.CHEQUE, "Maëlys")
    handouts.hand_out(db, at(datetime(2025, 4, 1, 10)), ids["ker-4"], SERIALS[3], "Anatole")
    handouts.hand_out(db, at(datetime(2025, 5, 1, 10)), ids["ker-5"], SERIALS[4], "Gwenola")
    handouts.cancel(db, at(datetime(2025, 5, 1, 11)), ids["ker-5"], "saisie en double")
    handouts.hand_out(db, at(datetime(2025, 5, 2, 10)), ids["ker-6"], SERIALS[5], "Rozenn")
    handouts.replace(db, at(datetime(2025, 6, 20, 10)), ids["ker-3"], SERIALS[6], "écran noir",
                     "Soizic")
    handouts.hand_out(db, at(datetime(2025, 7, 15, 10)), ids["pon-1"], SERIALS[7], "Hương")
    handouts.sell_computer(db, at(datetime(2025, 8, 1, 10)), ids["pon-1"], COMPUTERS[0],
                           PaymentMethod.CASH, "Hương")
    handouts.take_back(db, at(datetime(2025, 9, 1, 10)), ids["ker-4"], "Anatole")
    handouts.sell_computer(db, at(datetime(2025, 10, 1, 10)), ids["ker-2"], COMPUTERS[1],
                           PaymentMethod.CASH, "Yannick")
    handouts.cancel_sale(db, at(datetime(2025, 10, 1, 11)), COMPUTERS[1], "erreur de prix")
    handouts.hand_out(db, at(datetime(2025, 11, 30, 10)), ids["pon-2"], SERIALS[8], "Şükrü")
    handouts.take_back(db, at(datetime(2026, 1, 5, 10)), ids["pon-1"], "Hương")
    set_clock(NOW)

    with db.write() as s:
        s.get(Dwelling, ids["ker-6"]).on_roster = False  # left the landlord's roster
        sectors = {row.name: row.id for row in s.scalars(select(Sector))}
        for sector, closed, counted, eligible, counts in (
                ("Kerourien", datetime(2025, 4, 30, 18), True, 5, (3, 1, 0, 0)),
                ("Pontanézen", datetime(2025, 12, 31, 23), False, 4, (0, 0, 0, 0)),
                ("Bellevue", datetime(2024, 11, 1, 18), True, 2, (0, 2, 0, 0))):
            s.add(Poll(sector_id=sectors[sector], question="L'offre collective ?",
                       state=PollState.CLOSED.value, opened_at=closed.replace(day=1),
                       closed_at=closed, eligible_count=eligible, created_at=closed,
                       counted_at=closed if counted else None,
                       for_count=counts[0] if counted else None,
                       against_count=counts[1] if counted else None,
                       blank_count=counts[2] if counted else None,
                       spoiled_count=counts[3] if counted else None))
        topics = list(s.scalars(select(Topic).order_by(Topic.position)))
        first, second = topics[0], topics[1]
        held = Workshop(title="Premiers pas", topic_id=first.id, place="Salle 2", capacity=8,
                        created_at=now)
        dropped = Workshop(title="Tablettes", topic_id=second.id, place="Salle 2",
                           capacity=8, created_at=now, cancelled_at=datetime(2025, 4, 1))
        s.add_all([held, dropped])
        s.flush()
        sessions = [WorkshopSession(workshop_id=held.id, starts_at=start,
                                    ends_at=start.replace(hour=12), cancelled_at=cancelled)
                    for start, cancelled in ((datetime(2025, 3, 1, 10), None),
                                             (datetime(2025, 3, 8, 10), None),
                                             (datetime(2025, 12, 20, 10),
                                              datetime(2025, 12, 1)),
                                             (datetime(2026, 2, 1, 10), None))]
        sessions.append(WorkshopSession(workshop_id=dropped.id,
                                        starts_at=datetime(2025, 5, 1, 10),
                                        ends_at=datetime(2025, 5, 1, 12)))
        s.add_all(sessions)
        s.flush()
        signups = {}
        for n, key in enumerate(("ker-1", "ker-2", "pon-1")):
            signup = WorkshopSignup(workshop_id=held.id, person_id=people[key],
                                    status="registered", code=CODES[n],
                                    created_at=datetime(2025, 2, 1))
            s.add(signup)
            s.flush()
            signups[key] = signup.id
        for session, key in ((0, "ker-1"), (0, "ker-2"), (1, "ker-1"), (1, "pon-1"),
                             (2, "ker-2")):  # the last one: a cancelled session
            s.add(WorkshopAttendance(session_id=sessions[session].id, signup_id=signups[key],
                                     recorded_at=sessions[session].starts_at))
        for key, issued in (("ker-1", date(2025, 6, 1)), ("pon-1", date(2024, 12, 1))):
            document = PrintedDocument(kind="certificate", title="Visa Internet", data="{}",
                                       created_at=datetime.combine(issued, datetime.min.time()))
            s.add(document)
            s.flush()
            s.add(VisaCertificate(person_id=people[key], issued_on=issued,
                                  issued_at=document.created_at, document_id=document.id))
        for dwelling, reason, arrived, cancelled in (
                (ids["ker-1"], "help_session", datetime(2025, 2, 1, 14), None),
                (None, "help_session", datetime(2025, 3, 1, 14), None),
                (ids["pon-1"], "help_session", datetime(2025, 5, 5, 14), datetime(2025, 5, 5, 15)),
                (ids["pon-2"], "help_session", datetime(2025, 6, 6, 14), None),
                (ids["ker-2"], "other", datetime(2025, 2, 2, 14), None),
                (ids["ker-3"], "help_session", datetime(2024, 12, 30, 14), None)):
            s.add(Visit(dwelling_id=dwelling, reason=reason, arrived_at=arrived,
                        cancelled_at=cancelled))
        help_slot = AppointmentSlot(starts_at=datetime(2025, 4, 10, 14),
                                    ends_at=datetime(2025, 4, 10, 15), kind="help_session",
                                    capacity=3, place="Bureau 1")
        pickup_slot = AppointmentSlot(starts_at=datetime(2025, 9, 10, 14),
                                      ends_at=datetime(2025, 9, 10, 15), kind="decoder_pickup",
                                      capacity=3, place="Accueil")
        later_slot = AppointmentSlot(starts_at=datetime(2026, 2, 1, 14),
                                     ends_at=datetime(2026, 2, 1, 15), kind="help_session",
                                     capacity=3, place="Bureau 1")
        s.add_all([help_slot, pickup_slot, later_slot])
        s.flush()
        for n, (slot, key, status) in enumerate((
                (help_slot, "ker-1", AppointmentStatus.ATTENDED),
                (help_slot, "ker-2", AppointmentStatus.NO_SHOW),
                (help_slot, "pon-1", AppointmentStatus.CANCELLED),
                (pickup_slot, "pon-2", AppointmentStatus.ATTENDED),
                (later_slot, "ker-3", AppointmentStatus.BOOKED))):
            s.add(Appointment(slot_id=slot.id, dwelling_id=ids[key], code=CODES[3 + n],
                              status=status.value, created_at=datetime(2025, 1, 5),
                              attended_at=slot.starts_at
                              if status == AppointmentStatus.ATTENDED else None,
                              cancelled_at=datetime(2025, 4, 1)
                              if status == AppointmentStatus.CANCELLED else None))
        for key, topic, recorded in (("ker-1", first, datetime(2025, 3, 1)),
                                     ("ker-2", first, datetime(2025, 3, 2)),
                                     ("pon-1", second, datetime(2025, 7, 1)),
                                     ("ker-1", second, datetime(2024, 6, 1))):
            s.add(PersonNeed(person_id=people[key], topic_id=topic.id, recorded_at=recorded))
    yield ids


@pytest.fixture
def actor() -> Actor:
    return Actor.command_line()


def by_name(result: report.ProgrammeReport) -> dict[str, report.SectorFigures]:
    return {row.name: row for row in result.sectors}


def test_every_figure_of_the_year_as_counted_by_hand(db: Database, centre: dict[str, int],
                                                     actor: Actor) -> None:
    result = report.programme_report(db, actor, *YEAR)
    assert result.centre == "Centre social de Pontanézen" and not result.empty
    rows = by_name(result)
    assert [r.name for r in result.sectors] == ["Bellevue", "Kerourien", "Pontanézen"]
    ker, pon, bel = rows["Kerourien"], rows["Pontanézen"], rows["Bellevue"]
    # d1, d2, d3 (replaced: one dwelling); d4 brought back, d5 cancelled, d6 off the roster
    assert (ker.dwellings, ker.equipped, ker.handed_out, ker.replaced, ker.returned) == \
        (5, 3, 4, 1, 1)
    # pon-1 brought back only in January 2026: still equipped at the end of 2025
    assert (pon.dwellings, pon.equipped, pon.handed_out, pon.replaced, pon.returned) == \
        (4, 2, 2, 0, 0)
    assert (bel.dwellings, bel.equipped, bel.handed_out, bel.computers_sold) == (2, 0, 0, 0)
    assert ker.uptake == pytest.approx(3 / 5) and pon.uptake == pytest.approx(2 / 4)
    assert bel.uptake == 0
    assert (ker.computers_sold, pon.computers_sold) == (1, 1)  # the cancelled sale is out
    assert [(t.price_cents, t.sold) for t in result.computers_by_price] == [(4000, 1),
                                                                             (7000, 1)]
    total = result.total
    assert (total.dwellings, total.equipped, total.handed_out, total.replaced,
            total.returned, total.computers_sold) == (11, 5, 6, 1, 1, 2)
    assert total.uptake == pytest.approx(5 / 11)
    # polls closed in 2025: Kerourien (counted, 3 for 1 against, 4 of 5), Pontanézen (not counted)
    assert (ker.polls_closed, pon.polls_closed, bel.polls_closed) == (1, 1, 0)
    first, second = result.polls
    assert (first.sector, first.for_, first.against, first.took_part, first.adopted,
            float(first.turnout)) == ("Kerourien", 3, 1, 4, True, 0.8)
    assert (second.sector, second.counted, second.adopted) == ("Pontanézen", False, None)
    # workshops: two sessions held (a cancelled one, a cancelled workshop, next February's out)
    assert (result.workshops_held, result.attendances, result.people_trained) == (2, 4, 3)
    assert result.certificates == 1
    # help: ker-1, the anonymous walk-in, pon-2 (a cancelled visit, another reason, 2024 out)
    assert (total.help_sessions, ker.help_sessions, pon.help_sessions) == (3, 1, 1)
    assert [(a.kind, a.kept, a.missed) for a in result.appointments] == [
        ("decoder_pickup", 1, 0), ("help_session", 1, 1)]
    assert (result.appointments_kept, result.appointments_missed) == (2, 1)
    needs = {n.topic: n.people for n in result.needs}
    assert list(needs.values())[:2] == [2, 1] and sum(needs.values()) == 3
    # equipped at the end of each month: d1; +d2; +d3; +d4; May: cancelled and off-roster
    # handouts count nothing; June: a replacement; +pon-1; September: d4 back; +pon-2
    assert [m.equipped for m in result.months] == [1, 2, 3, 4, 4, 4, 5, 5, 4, 4, 5, 5]
    assert result.months[0].month == date(2025, 1, 1)


def test_one_sector_counts_its_own_people_and_the_centre_s_sessions(
        db: Database, centre: dict[str, int], actor: Actor) -> None:
    sectors = dict((name, sid) for sid, name in report.sectors(db, actor))
    result = report.programme_report(db, actor, *YEAR, sector_id=sectors["Kerourien"])
    assert result.sector_name == "Kerourien" and [r.name for r in result.sectors] == ["Kerourien"]
    assert (result.total.dwellings, result.total.equipped, result.total.handed_out) == (5, 3, 4)
    assert result.total.help_sessions == 1  # no walk-in without a dwelling
    assert (result.workshops_held, result.attendances, result.people_trained) == (2, 3, 2)
    assert result.certificates == 1
    assert [(a.kind, a.kept, a.missed) for a in result.appointments] == [("help_session", 1, 1)]
    assert [p.sector for p in result.polls] == ["Kerourien"]
    assert [m.equipped for m in result.months] == [1, 2, 3, 4, 4, 4, 4, 4, 3, 3, 3, 3]


def test_a_quiet_period_is_zeros_and_says_so(db: Database, centre: dict[str, int],
                                             actor: Actor) -> None:
    result = report.programme_report(db, actor, date(2023, 1, 1), date(2023, 6, 30))
    assert result.empty
    assert result.total.dwellings == 11  # the roster is today's
    assert (result.total.equipped, result.total.handed_out, result.workshops_held,
            result.certificates, result.total.help_sessions) == (0, 0, 0, 0, 0)
    assert not result.polls and not result.appointments and len(result.months) == 6
    assert report.programme_report(db, actor, *YEAR).empty is False


def test_a_period_backwards_and_a_reception_account_are_refused(
        db: Database, centre: dict[str, int], actor: Actor) -> None:
    with pytest.raises(ReportRefused) as refused:
        report.programme_report(db, actor, date(2025, 6, 30), date(2025, 1, 1))
    assert refused.value.reason == "period_order"
    reception = Actor(staff_id=None, label="accueil", role=Role.RECEPTION)
    with pytest.raises(PermissionDenied):
        report.programme_report(db, reception, *YEAR)


@pytest.mark.parametrize("text, period", [
    ("2026", (date(2026, 1, 1), date(2026, 12, 31))),
    ("2026-S1", (date(2026, 1, 1), date(2026, 6, 30))),
    ("2026-s2", (date(2026, 7, 1), date(2026, 12, 31))),
    ("2026-Q3", (date(2026, 7, 1), date(2026, 9, 30))),
    ("2026-Q4", (date(2026, 10, 1), date(2026, 12, 31))),
    ("2026-02-01:2026-02-28", (date(2026, 2, 1), date(2026, 2, 28))),
])
def test_periods_as_typed(text: str, period: tuple[date, date]) -> None:
    assert report.parse_period(text) == period


@pytest.mark.parametrize("text, reason", [("2026-S3", "period_unreadable"),
                                          ("26", "period_unreadable"),
                                          ("2026-13-01:2026-12-31", "period_unreadable"),
                                          ("2026-06-30:2026-01-01", "period_order")])
def test_periods_refused(text: str, reason: str) -> None:
    with pytest.raises(ReportRefused) as refused:
        report.parse_period(text)
    assert refused.value.reason == reason


def test_the_csv_and_the_pdf_carry_the_figures(db: Database, centre: dict[str, int],
                                               actor: Actor) -> None:
    from pypdf import PdfReader

    result = report.programme_report(db, actor, *YEAR)
    rows = list(csv.reader(io.StringIO(report_csv(result)), delimiter=";"))
    assert ["Kerourien", "5", "3", "60,0", "4", "1", "1", "1", "1", "1"] in rows
    assert ["Pontanézen", "4", "2", "50,0", "2", "0", "0", "1", "1", "1"] in rows
    assert ["Total", "11", "5", "45,5", "6", "1", "1", "2", "2", "3"] in rows
    assert ["Séances d'ateliers tenues", "2"] in rows
    assert ["12/2025", "5"] in rows
    pdf = report_pdf(result, NOW)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Bilan du programme Internet pour tous" in text
    assert "Du 01/01/2025 au 31/12/2025" in text and "Tous les secteurs" in text
    for needle in ("Kerourien", "Pontanézen", "Bellevue", "60,0", "45,5", "Taux d'équipement",
                   "Permanence d'aide", "adoptée", "non dépouillé", "70,00"):
        assert needle in text, needle
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 3
    empty = report.programme_report(db, actor, date(2023, 1, 1), date(2023, 6, 30))
    text = PdfReader(io.BytesIO(report_pdf(empty))).pages[0].extract_text()
    assert "Aucune activité sur cette période" in text
