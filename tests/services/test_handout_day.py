"""Handout-day letters on a real SQLite file: one per dwelling of an adopted
sector that has no decoder, the dwelling's code (the vote's, or a new one
issued once) read back from the printed page and found again at the counter."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.documents import render
from app.documents.model import HandoutDayLetters, Header, InvitationLetter
from app.domain import clock, dwelling_code
from app.domain.enums import OfferState, Role
from app.domain.errors import HandoutRefused, PermissionDenied
from app.messages import describe
from app.services import accounts, handout_day, handouts, households, polls
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import Database
from db.models import AuditEntry, DwellingCode, Sector
from tests.pdf_tools import page_count, qr_codes, text_of
from tests.services.test_polls import COMMISSION, roster

KEROURIEN_REFS = [f"K{n}" for n in range(1, 9)]
HOURS = "de 9 h à 12 h et de 14 h à 17 h"


def adopt(db: Database, name: str = "Kerourien") -> None:
    with db.write() as s:
        s.execute(Sector.__table__.update().where(Sector.name == name)
                  .values(offer_state=OfferState.ADOPTED.value))


def sector_id(db: Database, name: str = "Kerourien") -> int:
    with db.read() as s:
        return s.scalar(select(Sector.id).where(Sector.name == name))


def dwelling(db: Database, ref: str) -> int:
    return households.find_by_reference(db, Actor.command_line(), ref)


def next_week() -> tuple[date, ...]:
    return (clock.now().date() + timedelta(days=7),)


@pytest.fixture
def centre(db: Database, coordinator: Actor) -> dict[str, Actor]:
    import_roster(db, coordinator, roster())
    accounts.create_account(db, coordinator, "Accueil", Role.RECEPTION, "2468")
    accounts.create_account(db, coordinator, "Bénévole", Role.VOLUNTEER, "1357")
    for n in range(1, 4):
        handouts.add_decoder(db, coordinator, f"DEC-{n:03d}", "HD")
    return {"coordinator": coordinator, "reception": accounts.sign_in(db, "Accueil", "2468"),
            "volunteer": accounts.sign_in(db, "Bénévole", "1357")}


def make(db: Database, actor: Actor, **changes: object) -> object:
    args: dict[str, object] = dict(sector_id=sector_id(db), days=next_week(), hours=HOURS,
                                   place="", bring="")
    args.update(changes)
    return handout_day.letters(db, actor, **args)  # type: ignore[arg-type]


def refused(db: Database, actor: Actor, **changes: object) -> HandoutRefused:
    with pytest.raises(HandoutRefused) as error:
        make(db, actor, **changes)
    return error.value


def codes_in_db(db: Database) -> dict[int, str]:
    with db.read() as s:
        return dict(s.execute(select(DwellingCode.dwelling_id, DwellingCode.code)
                              .where(DwellingCode.replaced_at.is_(None))).all())


def test_only_dwellings_without_a_decoder_each_page_scans_back_to_its_dwelling(
        db: Database, centre: dict[str, Actor]) -> None:
    adopt(db)
    desk = centre["reception"]
    handouts.hand_out(db, desk, dwelling(db, "K1"), "DEC-001", "Prénom1 NOM1")
    handouts.hand_out(db, desk, dwelling(db, "K4"), "DEC-002", "Prénom4 NOM4")
    handouts.hand_out(db, desk, dwelling(db, "K6"), "DEC-003", "Prénom6 NOM6")
    handouts.take_back(db, desk, dwelling(db, "K6"), "Prénom6 NOM6")  # back: no decoder now

    made = make(db, desk, days=(date(2099, 3, 14), date(2099, 3, 12)))
    assert made.sector == "Kerourien"
    assert made.days == (date(2099, 3, 12), date(2099, 3, 14))  # in order
    assert sorted(letter.landlord_ref for letter in made.letters) == \
        ["K2", "K3", "K5", "K6", "K7", "K8"]
    assert made.place == "Centre test"  # the centre's name (and address, none here)
    assert made.bring == handout_day.DEFAULT_BRING

    pdf = render.handout_day_a4(made, Header("Centre test"))
    assert page_count(pdf) == len(made.letters) == 6
    scanned = qr_codes(pdf, 150)
    assert scanned == [letter.code for letter in made.letters]  # one per page, in order
    for code, letter in zip(scanned, made.letters):
        assert dwelling_code.is_valid(code)  # 12 digits, its check digit: nothing else
        found = polls.find_code(db, desk, code)
        assert (found.landlord_ref, found.dwelling_id) == (letter.landlord_ref,
                                                           dwelling(db, letter.landlord_ref))
    text = " ".join(text_of(pdf).split())
    for expected in ("Remise des décodeurs TV", "Secteur : Kerourien",
                     "Jeudi 12 mars (12/03/2099)", "ou samedi 14 mars (14/03/2099)", HOURS,
                     "Ce courrier et une pièce d'identité",
                     "Présentez ce courrier : il sera scanné.",
                     dwelling_code.grouped(made.letters[0].code)):
        assert expected in text, expected
    for name in ("NOM", "Prénom"):  # the roster's people are never printed
        assert name not in text

    with db.read() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.action == "handout_letters_made"))
    assert (entry.entity, entry.entity_id) == ("sector", str(sector_id(db)))
    details = json.loads(entry.details)
    assert details["count"] == 6 and details["codes_issued"] == 6 and details["days"] == 2
    assert "NOM" not in entry.details and "K2" not in entry.details


def test_codes_are_issued_once_kept_and_the_same_as_the_vote_invitations(
        db: Database, centre: dict[str, Actor]) -> None:
    coordinator = centre["coordinator"]
    poll_id = polls.create_poll(db, coordinator, polls.PollDraft(
        sector_id(db), "Êtes-vous pour l'offre ?", closes_on=clock.now().date()
        + timedelta(days=14)))
    polls.open_poll(db, coordinator, poll_id, COMMISSION)  # the vote gave every dwelling a code
    invited = {letter.landlord_ref: letter.code
               for letter in polls.invitations(db, coordinator, poll_id).letters}
    adopt(db)  # as the count would (set by hand here)
    # and a dwelling that arrived on the roster after the vote has no code yet
    import_roster(db, coordinator, roster(kerourien=9))
    before = codes_in_db(db)
    assert len(before) == 8

    first = make(db, coordinator)
    assert {letter.landlord_ref: letter.code for letter in first.letters if
            letter.landlord_ref in invited} == invited
    assert len(first.letters) == 9
    after = codes_in_db(db)
    assert len(after) == 9 and {k: after[k] for k in before} == before  # only K9's is new

    again = make(db, coordinator, days=(clock.now().date(),))  # today is not past
    assert [letter.code for letter in again.letters] == [letter.code for letter in first.letters]
    assert codes_in_db(db) == after
    with db.read() as s:
        issued = [json.loads(d)["codes_issued"] for d in s.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "handout_letters_made")
            .order_by(AuditEntry.id))]
    assert issued == [1, 0]


def test_only_the_dwellings_asked_for(db: Database, centre: dict[str, Actor]) -> None:
    adopt(db)
    desk = centre["reception"]
    k2, k3, p1 = dwelling(db, "K2"), dwelling(db, "K3"), dwelling(db, "P1")
    handouts.hand_out(db, desk, k3, "DEC-001", "Prénom3 NOM3")
    made = make(db, desk, dwelling_ids=[k2, k3, p1])  # K3 has one, P1 is elsewhere
    assert [letter.landlord_ref for letter in made.letters] == ["K2"]
    assert set(codes_in_db(db)) == {k2}  # no code issued for the others


def test_refusals_write_nothing(db: Database, centre: dict[str, Actor]) -> None:
    adopt(db)
    coordinator = centre["coordinator"]
    today = clock.now().date()
    not_adopted = refused(db, coordinator, sector_id=sector_id(db, "Pen ar Creac'h"))
    assert (not_adopted.reason, not_adopted.detail) == ("letters_not_adopted", "Pen ar Creac'h")
    past = refused(db, coordinator, days=(today + timedelta(days=2), today - timedelta(days=1)))
    assert (past.reason, past.detail) == ("handout_day_past",
                                          (today - timedelta(days=1)).strftime("%d/%m/%Y"))
    three = tuple(today + timedelta(days=n) for n in (1, 2, 3))
    assert refused(db, coordinator, days=three).reason == "too_many_handout_days"
    assert refused(db, coordinator, days=()).reason == "handout_day_missing"
    assert refused(db, coordinator, hours="  ").reason == "handout_hours_missing"
    assert refused(db, coordinator, place="x" * 201).reason == "letter_text_too_long"
    assert refused(db, coordinator, sector_id=9999).reason == "unknown_sector"
    with pytest.raises(PermissionDenied):  # volunteers hand out; letters are the stock's
        make(db, centre["volunteer"])
    with pytest.raises(PermissionDenied):
        handout_day.adopted_sectors(db, centre["volunteer"])
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DwellingCode)) == 0
        assert s.scalar(select(func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "handout_letters_made")) == 0
    # the same day twice is one day
    assert make(db, coordinator, days=next_week() * 2).days == next_week()


def test_every_dwelling_served_is_said(db: Database, centre: dict[str, Actor]) -> None:
    adopt(db, "Pen ar Creac'h")
    desk = centre["reception"]
    handouts.hand_out(db, desk, dwelling(db, "P1"), "DEC-001", "X")
    handouts.hand_out(db, desk, dwelling(db, "P2"), "DEC-002", "Y")
    done = refused(db, desk, sector_id=sector_id(db, "Pen ar Creac'h"))
    assert (done.reason, done.detail) == ("no_dwelling_without_decoder", "Pen ar Creac'h")


def test_adopted_sectors_count_the_dwellings_without_a_decoder(
        db: Database, centre: dict[str, Actor]) -> None:
    desk = centre["reception"]
    assert handout_day.adopted_sectors(db, desk) == []
    adopt(db)
    adopt(db, "Pen ar Creac'h")
    handouts.hand_out(db, desk, dwelling(db, "K1"), "DEC-001", "X")
    assert handout_day.adopted_sectors(db, desk) == [
        handout_day.AdoptedSector(sector_id(db), "Kerourien", 7),
        handout_day.AdoptedSector(sector_id(db, "Pen ar Creac'h"), "Pen ar Creac'h", 2)]
    handouts.hand_out(db, desk, dwelling(db, "P1"), "DEC-002", "X")
    handouts.hand_out(db, desk, dwelling(db, "P2"), "DEC-003", "X")
    assert handout_day.adopted_sectors(db, desk)[1].without_decoder == 0
    assert handout_day.defaults(db, desk) == handout_day.LetterDefaults(
        "Centre test", "ce courrier et une pièce d'identité")


@pytest.mark.parametrize("reason", [
    "letters_not_adopted", "no_dwelling_without_decoder", "handout_day_missing",
    "too_many_handout_days", "handout_day_past", "handout_hours_missing",
    "letter_text_too_long", "unknown_sector"])
def test_every_refusal_is_said_in_a_sentence(reason: str) -> None:
    said = describe(HandoutRefused(reason, "Kerourien"))
    assert said != reason and len(said.split()) > 3


def test_the_letters_render_with_progress_cancel_and_long_texts() -> None:
    letters = tuple(
        InvitationLetter(f"{n:011d}0", f"{n} rue du Languedoc", "", "Étage 1, porte 2",
                                f"K{n}") for n in range(1, 121))
    batch = HandoutDayLetters(
        "Kerourien", (date(2099, 6, 1),), "le matin de 9 h à 12 h 30 et l'après-midi de 13 h 30 "
        "à 18 h 30, sans rendez-vous, même pendant les vacances scolaires",
        "Salle polyvalente de la Maison pour tous, 12 avenue de la Libération, 29200 Brest "
        "(entrée par la cour, à côté de la pharmacie)", "ce courrier, une pièce d'identité et "
        "la carte du bailleur ou une quittance de loyer récente", letters)
    calls: list[tuple[int, int]] = []
    pdf = render.handout_day_a4(batch, Header("Centre"), progress=lambda d, t:
                                calls.append((d, t)))
    assert page_count(pdf) == 120 and calls == [(50, 120), (100, 120), (120, 120)]
    text = " ".join(text_of(pdf).split())
    assert "Lundi 1er juin (01/06/2099)" in text and "vacances scolaires" in text
    assert "quittance de loyer récente" in text
    with pytest.raises(render.Cancelled):
        render.handout_day_a4(batch, Header("Centre"), cancelled=lambda: True)
    with pytest.raises(ValueError):
        render.handout_day_a4(HandoutDayLetters("K", (date(2099, 6, 1),), "h", "p", "b",
                                                       ()), Header("Centre"))
