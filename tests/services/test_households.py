"""Search, household card and check-in on the demo centre (a real SQLite file)."""

from __future__ import annotations

import dataclasses
import secrets
from datetime import datetime

import pytest
from sqlalchemy import select

from app.domain import clock
from app.domain.enums import BallotChoice, Role, VisitReason
from app.domain.errors import AlreadyCheckedInToday, PermissionDenied, UnknownHousehold
from app.services import accounts, households, visits
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import Database
from db.models import AuditEntry, Ballot, Dwelling, Poll, VoteRegister

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
    return [hit.name for hit in households.search_households(db, actor, query)]


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
    found = names(db, centre["reception"], "le gall")
    assert set(found[:2]) == {"LE GALL Hélène", "LE GALL Yann"}  # then rue Le Gall's tenants
    assert set(found[2:]) == {"ÖZTÜRK Şükrü", "WRÓBEL Łukasz"}


def test_search_returns_at_most_fifty(db: Database, coordinator: Actor) -> None:
    rows = [f"R{n};1 rue A;;{n};Martin;Jean{n};;S" for n in range(80)]
    import_roster(db, coordinator, ("\n".join((HEADER, *rows)) + "\n").encode())
    assert len(households.search_households(db, coordinator, "martin")) == 50
    assert households.search_households(db, coordinator, "   ") == []
    assert households.search_households(db, coordinator, '"*) OR (') == []


def test_search_follows_a_new_roster(db: Database, centre: dict[str, Actor]) -> None:
    import_roster(db, centre["coordinator"], ("\n".join((
        HEADER, "K2;3 rue du Languedoc;A;2;Quéméner;Maïwenn;;Kerourien")) + "\n").encode())
    assert names(db, centre["reception"], "maiwenn") == ["QUÉMÉNER Maïwenn"]
    assert names(db, centre["reception"], "soizic") == []  # left the household


def test_card_shows_the_register_never_the_choice(db: Database, centre: dict[str, Actor]) -> None:
    dwelling_id = households.find_by_reference(db, centre["reception"], "K1")
    with db.write() as s:
        sector_id = s.get(Dwelling, dwelling_id).building.sector_id
        poll = Poll(sector_id=sector_id, question="Offre ?", state="open",
                    opened_at=datetime(2026, 11, 20))
        s.add(poll)
        s.flush()
        s.add(VoteRegister(poll_id=poll.id, dwelling_id=dwelling_id, channel="caretaker",
                           recorded_at=datetime(2026, 11, 21, 10, 0)))
        s.add(Ballot(id=secrets.token_hex(16), poll_id=poll.id, choice="against"))
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
    assert {"LE GALL Hélène", "LE GALL Yann"} <= set(names(db, centre["volunteer"], "le gall"))
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
    assert [v.reason for v in card.visits] == [VisitReason.DECODER_PICKUP,
                                              VisitReason.HELP_SESSION]
    with db.read() as s:
        details = s.scalars(select(AuditEntry.details)
                            .where(AuditEntry.action == "visit_recorded")).all()
    assert len(details) == 3 and not any("fille" in d for d in details)


def test_roles_are_checked_by_the_services(db: Database, coordinator: Actor) -> None:
    nobody = Actor(staff_id=None, label="?", role=Role.VOLUNTEER)
    with pytest.raises(PermissionDenied):
        import_roster(db, nobody, b"")
    with pytest.raises(ValueError):
        visits.check_in(db, coordinator, None, "not-a-reason")  # type: ignore[arg-type]
