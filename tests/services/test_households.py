"""Search, household card and check-in on the demo centre (a real SQLite file)."""

from __future__ import annotations

import dataclasses
from datetime import timedelta

import pytest
from sqlalchemy import select

from app.domain import clock
from app.domain.enums import BallotChoice, Role, VisitReason
from app.domain.errors import (
    AlreadyCheckedInToday,
    PermissionDenied,
    UnknownHousehold,
    UnknownVisit,
    VisitNotToday,
)
from app.services import accounts, households, polls, visits
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import Database
from db.models import AuditEntry, Dwelling, Visit
from tests.services.test_polls import last_day

HEADER = "Reference logement;Adresse;Batiment;Porte;Nom;Prenom;Telephone;Secteur"
ROWS = (
    "K1;3 rue du Languedoc;A;1;LE GALL;Hélène;06 12 34 56 78;Kerourien",
    "K1;3 rue du Languedoc;A;1;LE GALL;Yann;;Kerourien",
    "K2;3 rue du Languedoc;A;2;Quéméner;Soizic;;Kerourien",
    "K3;5 rue Le Gall;B;3;Öztürk;Şükrü;07 00 00 00 01;Kerourien",
    "K4;5 rue Le Gall;B;4;Wróbel;Łukasz;;Kerourien",
    "K5;7 rue de Provence;C;5;Nguyễn;Thị Hương;;Kerourien",
    "K6;7 rue de Provence;C;6;L'Hénaff-Kerbrat;Zoé;;Kerourien",
)


@pytest.fixture
def centre(db: Database, coordinator: Actor) -> dict[str, Actor]:
    import_roster(db, coordinator, ("\n".join((HEADER, *ROWS)) + "\n").encode())
    for name, role in (("Accueil", Role.RECEPTION), ("Bénévole", Role.VOLUNTEER)):
        accounts.create_account(db, coordinator, name, role, "1234")
    return {"coordinator": coordinator,
            "reception": accounts.sign_in(db, "Accueil", "1234"),
            "volunteer": accounts.sign_in(db, "Bénévole", "1234")}


def names(db: Database, actor: Actor, query: str) -> list[str]:
    """The best-matching name of each household found, best first."""
    return [hit.names[0] if hit.names else "" for hit in
            households.search_households(db, actor, query)]


@pytest.mark.parametrize(("query", "expected"), [
    ("helene le gall", "LE GALL Hélène"),
    ("le gall helene", "LE GALL Hélène"),   # any order
    ("HELENE", "LE GALL Hélène"),
    ("quemener", "QUÉMÉNER Soizic"),
    ("ozturk", "ÖZTÜRK Şükrü"),
    ("sukru", "ÖZTÜRK Şükrü"),
    ("lukasz wrobel", "WRÓBEL Łukasz"),
    ("nguyen huong", "NGUYỄN Thị Hương"),
    ("zoe henaff", "L'HÉNAFF-KERBRAT Zoé"),
    ("kerbrat", "L'HÉNAFF-KERBRAT Zoé"),
    ("06 12 34", "LE GALL Hélène"),          # phone, typed with spaces
    ("K4", "WRÓBEL Łukasz"),                 # landlord reference
    ("provence 6", "L'HÉNAFF-KERBRAT Zoé"),  # street and door
    ("quem", "QUÉMÉNER Soizic"),             # as you type: a prefix
])
def test_search_ignores_case_accents_and_word_order(
        db: Database, centre: dict[str, Actor], query: str, expected: str) -> None:
    assert names(db, centre["reception"], query)[0] == expected


def test_names_rank_before_street_names(db: Database, centre: dict[str, Actor]) -> None:
    hits = households.search_households(db, centre["reception"], "le gall")
    # one row for the Le Gall household, both matched; then rue Le Gall's tenants
    assert set(hits[0].names) == {"LE GALL Hélène", "LE GALL Yann"} and hits[0].others == 0
    assert {hit.names for hit in hits[1:]} == {("ÖZTÜRK Şükrü",), ("WRÓBEL Łukasz",)}


def test_a_household_is_one_row_saying_who_matched(
        db: Database, centre: dict[str, Actor]) -> None:
    hits = households.search_households(db, centre["reception"], "yann")
    assert [(h.landlord_ref, h.names, h.members, h.others) for h in hits] == [
        ("K1", ("LE GALL Yann",), 2, 1)]
    assert hits[0].person_id is not None
    hits = households.search_households(db, centre["reception"], "languedoc")
    assert [h.landlord_ref for h in hits] == ["K1", "K2"] or \
        [h.landlord_ref for h in hits] == ["K2", "K1"]
    assert {h.landlord_ref: len(h.names) for h in hits} == {"K1": 2, "K2": 1}


def test_search_returns_at_most_fifty_households(db: Database, coordinator: Actor) -> None:
    rows = [f"R{n};1 rue A;;{n};Martin;Jean{n};;S" for n in range(80)]
    rows += [f"R{n};1 rue A;;{n};Martin;Anne{n};;S" for n in range(80)]  # two per dwelling
    import_roster(db, coordinator, ("\n".join((HEADER, *rows)) + "\n").encode())
    found = households.search_households(db, coordinator, "martin")
    assert len(found) == 50 and len({h.dwelling_id for h in found}) == 50
    assert households.search_households(db, coordinator, "   ") == []
    assert households.search_households(db, coordinator, '"*) OR (') == []


def test_search_follows_a_new_roster(db: Database, centre: dict[str, Actor]) -> None:
    import_roster(db, centre["coordinator"], ("\n".join((
        HEADER, "K2;3 rue du Languedoc;A;2;Quéméner;Maïwenn;;Kerourien")) + "\n").encode())
    assert names(db, centre["reception"], "maiwenn") == ["QUÉMÉNER Maïwenn"]
    assert names(db, centre["reception"], "soizic") == []  # left the household


def test_card_shows_the_register_never_the_choice(db: Database, centre: dict[str, Actor]) -> None:
    dwelling_id = households.find_by_reference(db, centre["reception"], "K1")
    with db.read() as s:
        sector_id = s.get(Dwelling, dwelling_id).building.sector_id
    coordinator = centre["coordinator"]
    poll_id = polls.create_poll(db, coordinator, polls.PollDraft(sector_id, "Offre ?",
                                                                      closes_on=last_day()))
    polls.open_poll(db, coordinator, poll_id, [("Anne", "une phrase assez longue"),
                                               ("Yvonne", "une autre phrase longue")])
    polls.enter_caretaker_batch(db, coordinator, poll_id, "Gardien", [dwelling_id],
                                polls.BatchCounts(for_=0, against=1))
    card = households.household_card(db, centre["reception"], dwelling_id)
    assert [m.given_name for m in card.members] == ["Hélène", "Yann"]
    assert card.members[0].phone == "06 12 34 56 78"
    assert card.open_poll == "Offre ?"
    assert card.vote is not None and card.vote.channel == "caretaker"
    assert card.decoders == () and card.computers == () and card.visits == ()
    # the card says that the household voted, and nothing of what is in the box
    assert {f.name for f in dataclasses.fields(card.vote)} == {"poll_question", "channel",
                                                               "recorded_at"}

    def values(node: object) -> list[object]:
        if dataclasses.is_dataclass(node):
            return [v for f in dataclasses.fields(node) for v in values(getattr(node, f.name))]
        if isinstance(node, (list, tuple)):
            return [v for item in node for v in values(item)]
        return [node]

    choices = {choice.value for choice in BallotChoice}
    assert not choices & {v for v in values(card) if isinstance(v, str)}


def test_volunteers_see_no_phone_numbers(db: Database, centre: dict[str, Actor]) -> None:
    dwelling_id = households.find_by_reference(db, centre["volunteer"], "K1")
    card = households.household_card(db, centre["volunteer"], dwelling_id)
    assert [m.phone for m in card.members] == [None, None]


def test_a_volunteer_cannot_spell_out_a_phone_number_through_the_search(
        db: Database, centre: dict[str, Actor]) -> None:
    """Searching name + digits, one digit more each time, would confirm a number
    the card hides: the search looks only where the actor may look."""
    for query in ("06 12 34", "0612345678", "le gall 0612", "hélène 0612345"):
        assert names(db, centre["reception"], query) == ["LE GALL Hélène"], query
        assert names(db, centre["volunteer"], query) == [], query
    found = households.search_households(db, centre["volunteer"], "le gall")
    assert {"LE GALL Hélène", "LE GALL Yann"} <= {name for hit in found for name in hit.names}
    assert names(db, centre["volunteer"], "K1") != []  # references are for everyone


def test_unknown_reference_is_a_typed_error(db: Database, centre: dict[str, Actor]) -> None:
    with pytest.raises(UnknownHousehold):
        households.find_by_reference(db, centre["reception"], "NOPE-1")


def test_check_in_then_second_visit_is_confirmed(db: Database, centre: dict[str, Actor]) -> None:
    reception = centre["reception"]
    dwelling_id = households.find_by_reference(db, reception, "K3")
    first = visits.check_in(db, reception, dwelling_id, VisitReason.DECODER_PICKUP, "avec sa fille")
    with pytest.raises(AlreadyCheckedInToday) as again:
        visits.check_in(db, reception, dwelling_id, VisitReason.HELP_SESSION)
    assert again.value.visit_id == first and again.value.reason == "decoder_pickup"
    second = visits.check_in(db, reception, dwelling_id, VisitReason.HELP_SESSION,
                             confirm_second=True)
    walk_in = visits.check_in(db, reception, None, VisitReason.INFORMATION)
    today = visits.todays_visits(db, reception, clock.now().date())
    assert [(v.id, v.household, v.reason) for v in today] == [
        (first, "ÖZTÜRK Şükrü", VisitReason.DECODER_PICKUP),
        (second, "ÖZTÜRK Şükrü", VisitReason.HELP_SESSION),
        (walk_in, "", VisitReason.INFORMATION)]
    assert today[0].note == "avec sa fille"
    # volunteers see who is waiting, not the notes
    assert visits.todays_visits(db, centre["volunteer"], clock.now().date())[0].note == ""
    visits.mark_served(db, reception, first)
    served = visits.todays_visits(db, reception, clock.now().date())[0]
    assert served.served_at is not None
    card = households.household_card(db, reception, dwelling_id)
    # the last visits, most recent first (the same second or not)
    assert [v.reason for v in card.visits] == [VisitReason.HELP_SESSION,
                                              VisitReason.DECODER_PICKUP]
    with db.read() as s:
        details = s.scalars(select(AuditEntry.details)
                            .where(AuditEntry.action == "visit_recorded")).all()
    assert len(details) == 3 and not any("fille" in d for d in details)


def test_the_person_who_came_is_recorded_and_a_mistake_taken_back(
        db: Database, centre: dict[str, Actor]) -> None:
    reception = centre["reception"]
    dwelling_id = households.find_by_reference(db, reception, "K1")
    yann = next(m.person_id for m in households.household_card(db, reception, dwelling_id)
                .members if m.given_name == "Yann")
    other_household = households.find_by_reference(db, reception, "K3")
    soizic_or_other = next(m.person_id for m in households.household_card(
        db, reception, other_household).members)
    came = visits.check_in(db, reception, dwelling_id, VisitReason.COMPUTER, person_id=yann)
    # a person of another household is not taken for this one's
    walk = visits.check_in(db, reception, other_household, VisitReason.OTHER,
                           person_id=yann)
    also = visits.check_in(db, reception, other_household, VisitReason.OTHER,
                           person_id=soizic_or_other, confirm_second=True)
    today = {v.id: v.household for v in visits.todays_visits(db, reception, clock.now().date())}
    assert today == {came: "LE GALL Yann", walk: "ÖZTÜRK Şükrü", also: "ÖZTÜRK Şükrü"}

    visits.cancel_visit(db, reception, walk)
    assert [v.id for v in visits.todays_visits(db, reception, clock.now().date())][:2] == [
        came, also]
    with pytest.raises(UnknownVisit):
        visits.cancel_visit(db, reception, walk)  # already taken back (another counter)
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "visit_cancelled")).one()
    assert entry.entity_id == str(walk) and "other" in entry.details
    # only the day's visits: yesterday's stays in the household's history
    with db.write() as s:
        s.get(Visit, came).arrived_at -= timedelta(days=1)
    with pytest.raises(VisitNotToday):
        visits.cancel_visit(db, reception, came)
    # a number taken back is never given to another visit (the audit log names it)
    last = visits.check_in(db, reception, None, VisitReason.OTHER)
    visits.cancel_visit(db, reception, last)
    assert visits.check_in(db, reception, None, VisitReason.OTHER) != last


def test_roles_are_checked_by_the_services(db: Database, coordinator: Actor) -> None:
    nobody = Actor(staff_id=None, label="?", role=Role.VOLUNTEER)
    with pytest.raises(PermissionDenied):
        import_roster(db, nobody, b"")
    with pytest.raises(ValueError):
        visits.check_in(db, coordinator, None, "not-a-reason")  # type: ignore[arg-type]
