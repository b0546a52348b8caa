"""The vote as the coordinator and the counter run it, on a real SQLite file."""

from __future__ import annotations

import multiprocessing
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.domain import clock, dwelling_code
from app.domain.enums import BallotChoice, OfferState, Role
from app.domain.errors import VoteRefused
from app.services import accounts, households, polls
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import Database, open_database
from db.models import AuditEntry, Ballot, DwellingCode, Poll, Sector, VoteRegister

HEADER = "Reference logement;Adresse;Batiment;Porte;Nom;Prenom;Telephone;Secteur"
COMMISSION = [("Anne Coord", "première phrase secrète"), ("Yvonne", "deuxième phrase secrète"),
              ("Mehmet", "troisième phrase secrète")]


def roster(kerourien: int = 8, other: int = 2) -> bytes:
    rows = [f"K{n};{3 + n % 2} rue du Languedoc;{'AB'[n % 2]};{n};NOM{n};Prénom{n};;Kerourien"
            for n in range(1, kerourien + 1)]
    rows += [f"P{n};1 rue de Pen ar Creac'h;C;{n};AUTRE{n};X;;Pen ar Creac'h"
             for n in range(1, other + 1)]
    return ("\n".join((HEADER, *rows)) + "\n").encode()


@pytest.fixture
def centre(db: Database, coordinator: Actor) -> dict[str, Actor]:
    import_roster(db, coordinator, roster())
    accounts.create_account(db, coordinator, "Accueil", Role.RECEPTION, "2468")
    accounts.create_account(db, coordinator, "Bénévole", Role.VOLUNTEER, "1357")
    return {"coordinator": coordinator, "reception": accounts.sign_in(db, "Accueil", "2468"),
            "volunteer": accounts.sign_in(db, "Bénévole", "1357")}


def sector_id(db: Database, name: str = "Kerourien") -> int:
    with db.read() as s:
        return s.scalar(select(Sector.id).where(Sector.name == name))


def dwelling(db: Database, actor: Actor, ref: str) -> int:
    return households.find_by_reference(db, actor, ref)


def last_day() -> date:
    """Two weeks from the centre's today (the tests' frozen clocks included)."""
    return clock.now().date() + timedelta(days=14)


def open_kerourien(db: Database, actor: Actor, **rules: object) -> int:
    poll_id = polls.create_poll(db, actor, polls.PollDraft(
        sector_id(db), "Êtes-vous pour l'offre collective ?", closes_on=last_day(),
        **rules))  # type: ignore[arg-type]
    assert polls.open_poll(db, actor, poll_id, COMMISSION) == 8
    return poll_id


def test_a_poll_from_creation_to_minutes(db: Database, centre: dict[str, Actor]) -> None:
    coord, desk = centre["coordinator"], centre["reception"]
    poll_id = open_kerourien(db, coord)
    with db.read() as s:
        assert s.get(Sector, sector_id(db)).offer_state == OfferState.VOTE_PENDING.value
    choices = [BallotChoice.FOR, BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.BLANK]
    for n, choice in enumerate(choices, start=1):
        voter = polls.voter(db, desk, dwelling(db, desk, f"K{n}"))
        polls.vote_at_counter(db, desk, poll_id, voter.dwelling_id, voter.members[0][0], choice)
    polls.enter_caretaker_batch(db, coord, poll_id, "M. Caretaker",
                                [dwelling(db, coord, "K5"), dwelling(db, coord, "K6")],
                                polls.BatchCounts(for_=1, against=0, blank=0, spoiled=1))
    summary = polls.poll_summary(db, coord, poll_id)
    assert (summary.took_part, summary.at_counter, summary.by_caretakers) == (6, 4, 2)
    with pytest.raises(VoteRefused) as refused:  # no count while the poll is open
        polls.count_poll(db, coord, poll_id, {0: COMMISSION[0][1], 1: COMMISSION[1][1]})
    assert refused.value.reason == "poll_not_closed"
    polls.close_poll(db, coord, poll_id)
    result = polls.count_poll(db, coord, poll_id, {0: COMMISSION[0][1], 2: COMMISSION[2][1]})
    f = result.figures
    assert (f.eligible, f.took_part, f.for_, f.against, f.blank, f.spoiled) == (8, 6, 3, 1, 1, 1)
    assert f.expressed == 4 and f.adopted
    assert sum(b.took_part for b in result.buildings) == 6
    assert sum(b.eligible for b in result.buildings) == 8
    with db.read() as s:  # the box gave way to the totals; the key is gone
        assert s.scalar(select(func.count()).select_from(Ballot)) == 0
        poll = s.get(Poll, poll_id)
        assert poll.sealed_key is None and poll.counted_at is not None
        assert s.get(Sector, poll.sector_id).offer_state == OfferState.ADOPTED.value
    assert polls.results(db, coord, poll_id).figures == f
    document_id = polls.record_minutes(db, coord, poll_id)
    assert document_id > 0
    csv_text = polls.results_csv(db, coord, poll_id)
    assert "75,0" in csv_text  # share for: 3 of 4 expressed
    with pytest.raises(VoteRefused) as again:
        polls.count_poll(db, coord, poll_id, {0: COMMISSION[0][1], 1: COMMISSION[1][1]})
    assert again.value.reason == "already_counted"


def test_a_second_vote_is_refused_whatever_the_channel(
        db: Database, centre: dict[str, Actor]) -> None:
    coord, desk = centre["coordinator"], centre["reception"]
    poll_id = open_kerourien(db, coord)
    k1, k2 = dwelling(db, desk, "K1"), dwelling(db, desk, "K2")
    at = polls.vote_at_counter(db, desk, poll_id, k1, None, BallotChoice.AGAINST)
    with pytest.raises(VoteRefused) as counter:
        polls.vote_at_counter(db, desk, poll_id, k1, None, BallotChoice.FOR)
    assert (counter.value.reason, counter.value.channel, counter.value.at) == (
        "already_voted", "counter", at)
    with pytest.raises(VoteRefused) as batch:
        polls.enter_caretaker_batch(db, coord, poll_id, "Gardien", [k2, k1],
                                    polls.BatchCounts(2, 0))
    assert (batch.value.reason, batch.value.detail, batch.value.channel) == (
        "already_voted", "K1", "counter")
    polls.enter_caretaker_batch(db, coord, poll_id, "Gardien", [k2], polls.BatchCounts(0, 1))
    with pytest.raises(VoteRefused) as by_caretaker:
        polls.voter(db, desk, k2)
    assert by_caretaker.value.channel == "caretaker"
    with db.read() as s:  # nothing half-written by the refusals
        assert s.scalar(select(func.count()).select_from(VoteRegister)) == 2
        assert s.scalar(select(func.count()).select_from(Ballot)) == 1


def test_bad_input_is_refused_with_its_reason_and_nothing_written(
        db: Database, centre: dict[str, Actor]) -> None:
    coord, desk = centre["coordinator"], centre["reception"]
    poll_id = open_kerourien(db, coord, blank_allowed=False)
    k1, k2, p1 = (dwelling(db, desk, r) for r in ("K1", "K2", "P1"))

    def reason(call, *args) -> str:  # type: ignore[no-untyped-def]
        with pytest.raises(VoteRefused) as refused:
            call(*args)
        return refused.value.reason

    assert reason(polls.voter, db, desk, p1) == "poll_not_open"  # another sector, no poll
    assert reason(polls.vote_at_counter, db, desk, poll_id, p1, None,
                  BallotChoice.FOR) == "not_eligible"
    assert reason(polls.vote_at_counter, db, desk, poll_id, k1, None,
                  BallotChoice.BLANK) == "blank_not_allowed"
    assert reason(polls.vote_at_counter, db, desk, poll_id, k1, None, None) == "choice_missing"
    counts = polls.BatchCounts
    assert reason(polls.enter_caretaker_batch, db, coord, poll_id, "G", [k1, k2],
                  counts(1, 0)) == "batch_unbalanced"
    assert reason(polls.enter_caretaker_batch, db, coord, poll_id, "G", [k1],
                  counts(2, -1)) == "count_negative"
    assert reason(polls.enter_caretaker_batch, db, coord, poll_id, "G", [],
                  counts(0, 0)) == "batch_empty"
    assert reason(polls.enter_caretaker_batch, db, coord, poll_id, " ", [k1],
                  counts(1, 0)) == "bearer_missing"
    assert reason(polls.enter_caretaker_batch, db, coord, poll_id, "G", [k1, k1],
                  counts(2, 0)) == "duplicate_in_batch"
    # a second open poll in the sector: refused by the service and the database
    second = polls.create_poll(db, coord, polls.PollDraft(sector_id(db), "Encore ?",
                                                          closes_on=last_day()))
    assert reason(polls.open_poll, db, coord, second, COMMISSION) == "open_poll_exists"
    assert reason(polls.open_poll, db, coord, second,
                  [("A", "une phrase assez longue")]) == "commission_size"  # never one alone
    assert reason(polls.open_poll, db, coord, second,
                  [("A", "court"), ("B", "une phrase assez longue")]) == "passphrase_short"
    assert reason(polls.open_poll, db, coord, second,
                  [("A", "la même phrase"), ("B", "la même phrase")]) == "passphrase_same"
    # a volunteer records no vote, a receptionist runs no poll
    from app.domain.errors import PermissionDenied
    with pytest.raises(PermissionDenied):
        polls.vote_at_counter(db, centre["volunteer"], poll_id, k1, None, BallotChoice.FOR)
    with pytest.raises(PermissionDenied):
        polls.close_poll(db, desk, poll_id)
    polls.close_poll(db, coord, poll_id)
    assert reason(polls.vote_at_counter, db, desk, poll_id, k1, None,
                  BallotChoice.FOR) == "poll_not_open"
    assert reason(polls.count_poll, db, coord, poll_id,
                  {0: COMMISSION[0][1], 1: "pas la bonne phrase"}) == "wrong_passphrase"
    assert reason(polls.count_poll, db, coord, poll_id,
                  {0: COMMISSION[0][1]}) == "not_enough_members"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(VoteRegister)) == 0
        assert s.get(Poll, poll_id).counted_at is None


def test_codes_are_opaque_checked_unique_and_reissued(
        db: Database, centre: dict[str, Actor]) -> None:
    coord = centre["coordinator"]
    poll_id = open_kerourien(db, coord)
    letters = polls.invitations(db, coord, poll_id)
    assert len(letters.letters) == 8
    codes = [letter.code for letter in letters.letters]
    assert len(set(codes)) == 8 and all(dwelling_code.is_valid(c) for c in codes)
    k1 = dwelling(db, coord, "K1")
    old = next(letter.code for letter in letters.letters if letter.landlord_ref == "K1")
    assert polls.find_code(db, coord, dwelling_code.grouped(old)).dwelling_id == k1
    mistyped = old[:5] + str((int(old[5]) + 1) % 10) + old[6:]
    with pytest.raises(VoteRefused) as typo:
        polls.find_code(db, coord, mistyped)
    assert typo.value.reason == "code_mistyped"
    forged = dwelling_code.new_code()
    while forged in codes:
        forged = dwelling_code.new_code()
    with pytest.raises(VoteRefused) as unknown:
        polls.find_code(db, coord, forged)
    assert unknown.value.reason == "code_unknown"
    new = polls.reissue_code(db, coord, k1)
    assert new != old and polls.find_code(db, coord, new).dwelling_id == k1
    with pytest.raises(VoteRefused) as replaced:
        polls.find_code(db, coord, old)
    assert replaced.value.reason == "code_replaced" and replaced.value.at is not None
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DwellingCode)
                        .where(DwellingCode.replaced_at.is_(None))) == 8


def test_a_cancelled_batch_frees_its_dwellings_before_closing_only(
        db: Database, centre: dict[str, Actor]) -> None:
    coord = centre["coordinator"]
    poll_id = open_kerourien(db, coord)
    k1, k2 = dwelling(db, coord, "K1"), dwelling(db, coord, "K2")
    batch = polls.enter_caretaker_batch(db, coord, poll_id, "Gardien", [k1, k2],
                                        polls.BatchCounts(1, 1))
    with pytest.raises(VoteRefused):
        polls.cancel_batch(db, coord, batch, "  ")
    assert polls.cancel_batch(db, coord, batch, "liste du mauvais bâtiment") == 2
    assert polls.voter(db, coord, k1).dwelling_id == k1  # may vote again
    again = polls.enter_caretaker_batch(db, coord, poll_id, "Gardien", [k1],
                                        polls.BatchCounts(1, 0))
    polls.close_poll(db, coord, poll_id)
    with pytest.raises(VoteRefused) as closed:
        polls.cancel_batch(db, coord, again, "trop tard")
    assert closed.value.reason == "poll_not_open"
    result = polls.count_poll(db, coord, poll_id, {1: COMMISSION[1][1], 2: COMMISSION[2][1]})
    assert (result.figures.took_part, result.figures.for_, result.figures.against) == (1, 1, 0)


def test_paper_urn_holds_no_choice_and_must_balance(
        db: Database, centre: dict[str, Actor]) -> None:
    coord, desk = centre["coordinator"], centre["reception"]
    poll_id = open_kerourien(db, coord, paper_urn=True)
    for ref in ("K1", "K2", "K3"):
        polls.vote_at_counter(db, desk, poll_id, dwelling(db, desk, ref), None, None)
    with pytest.raises(VoteRefused) as on_screen:
        polls.vote_at_counter(db, desk, poll_id, dwelling(db, desk, "K4"), None,
                              BallotChoice.FOR)
    assert on_screen.value.reason == "choice_not_on_screen"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Ballot)) == 0
    with db.read() as s:  # nothing on screen, so no key and no commission to lose
        poll = s.get(Poll, poll_id)
        assert (poll.public_key, poll.sealed_key, poll.commission) == (None, None, "")
    polls.close_poll(db, coord, poll_id)
    keys: dict[int, str] = {}
    with pytest.raises(VoteRefused) as needed:  # publication waits for the urn
        polls.count_poll(db, coord, poll_id, keys)
    assert needed.value.reason == "urn_needed"
    with pytest.raises(VoteRefused) as unbalanced:
        polls.enter_urn(db, coord, poll_id, polls.BatchCounts(1, 1))
    assert (unbalanced.value.reason, unbalanced.value.detail) == ("urn_unbalanced", "3/2")
    polls.enter_urn(db, coord, poll_id, polls.BatchCounts(1, 1, spoiled=1))
    result = polls.count_poll(db, coord, poll_id, keys)
    assert (result.figures.for_, result.figures.against, result.figures.spoiled) == (1, 1, 1)
    assert not result.figures.adopted  # a tie is no majority
    with db.read() as s:
        assert s.get(Sector, sector_id(db)).offer_state == OfferState.REJECTED.value


def test_quorum_decides_when_set(db: Database, centre: dict[str, Actor]) -> None:
    coord, desk = centre["coordinator"], centre["reception"]
    poll_id = open_kerourien(db, coord, quorum_percent=50)
    for ref in ("K1", "K2", "K3"):  # 3 of 8: 37.5 %, below the quorum
        polls.vote_at_counter(db, desk, poll_id, dwelling(db, desk, ref), None, BallotChoice.FOR)
    polls.close_poll(db, coord, poll_id)
    result = polls.count_poll(db, coord, poll_id, {0: COMMISSION[0][1], 1: COMMISSION[1][1]})
    assert result.figures.for_ == 3 and not result.figures.quorum_reached
    assert not result.figures.adopted


def test_the_audit_log_names_every_act_and_never_a_choice(
        db: Database, centre: dict[str, Actor]) -> None:
    coord, desk = centre["coordinator"], centre["reception"]
    poll_id = open_kerourien(db, coord)
    polls.vote_at_counter(db, desk, poll_id, dwelling(db, desk, "K1"), None, BallotChoice.AGAINST)
    batch = polls.enter_caretaker_batch(db, coord, poll_id, "G", [dwelling(db, coord, "K2")],
                                        polls.BatchCounts(1, 0))
    polls.cancel_batch(db, coord, batch, "erreur de saisie")
    polls.reissue_code(db, coord, dwelling(db, coord, "K3"))
    polls.close_poll(db, coord, poll_id)
    with db.read() as s:
        entries = list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))
    actions = [e.action for e in entries]
    for act in ("poll_created", "poll_opened", "vote_registered", "vote_batch_entered",
                "vote_batch_cancelled", "dwelling_code_reissued", "poll_closed"):
        assert act in actions
    vote = next(e for e in entries if e.action == "vote_registered")
    assert "against" not in vote.details and "contre" not in vote.details.lower()


def _race(path: str, poll_id: int, dwelling_id: int, start, out) -> None:  # type: ignore[no-untyped-def]
    db = open_database(path)
    actor = Actor.command_line()
    start.wait()
    try:
        polls.vote_at_counter(db, actor, poll_id, dwelling_id, None, BallotChoice.FOR)
        out.put("won")
    except VoteRefused as refused:
        out.put(refused.reason)
    finally:
        db.close()


def test_two_processes_recording_one_dwelling_one_wins(
        db: Database, centre: dict[str, Actor]) -> None:
    poll_id = open_kerourien(db, centre["coordinator"])
    k1 = dwelling(db, centre["coordinator"], "K1")
    ctx = multiprocessing.get_context("spawn")
    start, out = ctx.Event(), ctx.Queue()
    workers = [ctx.Process(target=_race, args=(str(db.location), poll_id, k1, start, out))
               for _ in range(2)]
    for w in workers:
        w.start()
    start.set()
    for w in workers:
        w.join(60)
    answers = sorted(out.get(timeout=5) for _ in workers)
    assert answers[1] == "won" and answers[0] in ("already_voted", "already_voted_now")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Ballot)) == 1
        assert s.scalar(select(func.count()).select_from(VoteRegister)) == 1


def test_eligibility_is_frozen_at_opening(db: Database, centre: dict[str, Actor]) -> None:
    coord = centre["coordinator"]
    poll_id = open_kerourien(db, coord)
    import_roster(db, coord, roster(kerourien=9))  # a new dwelling after opening
    k9 = dwelling(db, coord, "K9")
    with pytest.raises(VoteRefused) as late:
        polls.vote_at_counter(db, coord, poll_id, k9, None, BallotChoice.FOR)
    assert late.value.reason == "not_eligible"
    assert polls.poll_summary(db, coord, poll_id).eligible == 8
    assert polls.poll_summary(db, coord, poll_id).opened_at is not None


def test_an_open_vote_past_its_last_day_may_still_change_its_place(
        db: Database, centre: dict[str, Actor], monkeypatch: pytest.MonkeyPatch) -> None:
    coord = centre["coordinator"]
    poll_id = open_kerourien(db, coord)
    summary = polls.poll_summary(db, coord, poll_id)
    later = datetime.combine(summary.closes_on, datetime.min.time()) + timedelta(days=3)
    monkeypatch.setattr(clock, "now", lambda: later)

    def draft(**change: object) -> polls.PollDraft:
        return polls.PollDraft(summary.sector_id, summary.question,
                               closes_on=change.get("closes_on", summary.closes_on),
                               place=str(change.get("place", summary.place)))

    polls.update_poll(db, coord, poll_id, draft(place="Salle polyvalente"))
    assert polls.poll_summary(db, coord, poll_id).place == "Salle polyvalente"
    with pytest.raises(VoteRefused) as past:
        polls.update_poll(db, coord, poll_id, draft(closes_on=later.date() - timedelta(days=1)))
    assert past.value.reason == "closes_on_past"
