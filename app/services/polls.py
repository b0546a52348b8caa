"""The tenants' vote: polls, dwelling codes, the counter's secret ballot,
caretakers' and the urn's batches, the count, results and minutes.

Secrecy (app.domain.ballot_box): a ballot cast on screen is sealed to the
poll's public key in the same transaction as its register entry, and nothing
else about it is stored (random key, no time, no agent). The audit log and the
register say who took part, by which channel, never how. Only the count, with
the commission's passphrases, opens the box; it then keeps the totals, erases
the sealed ballots and the key.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import Integer, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.documents.model import InvitationLetter, InvitationSet, MinutesDoc
from app.domain import ballot_box, dwelling_code
from app.domain.enums import BallotChoice, BatchKind, OfferState, PollState, VoteChannel
from app.domain.errors import UnknownHousehold, VoteRefused
from app.domain.results import PollResults
from app.domain.roles import Permission
from app.domain.text import clean
from app.services import documents
from app.services.context import Actor, UnitOfWork, require, unit_of_work
from app.services.households import address_line
from db import ballots
from db.engine import Database, bulk_insert
from db.models import (
    Ballot,
    Building,
    Centre,
    Dwelling,
    DwellingCode,
    Person,
    Poll,
    PollEligible,
    Sector,
    VoteBatch,
    VoteRegister,
)

MAX_QUESTION = 500
MAX_BEARER = 100


# --- what the screens show ----------------------------------------------------------


@dataclass(frozen=True)
class PollDraft:
    sector_id: int
    question: str
    blank_allowed: bool = True
    paper_urn: bool = False  # the counter's ballots go in the centre's paper urn
    caretakers: bool = True  # caretakers collect ballots in the buildings
    quorum_percent: int | None = None
    closes_on: date | None = None
    place: str = ""
    hours: str = ""


@dataclass(frozen=True)
class PollSummary:
    id: int
    sector_id: int
    sector: str
    question: str
    state: PollState
    blank_allowed: bool
    paper_urn: bool
    caretakers: bool
    quorum_percent: int | None
    closes_on: date | None
    place: str
    hours: str
    created_at: datetime | None
    opened_at: datetime | None
    closed_at: datetime | None
    counted_at: datetime | None
    eligible: int  # frozen at opening; the sector's dwellings on the roster before
    took_part: int
    at_counter: int
    by_caretakers: int
    commission: tuple[str, ...]
    adopted: bool | None  # after the count

    @property
    def counted(self) -> bool:
        return self.counted_at is not None


@dataclass(frozen=True)
class BuildingTurnout:
    label: str
    eligible: int
    took_part: int


@dataclass(frozen=True)
class BatchSummary:
    id: int
    kind: BatchKind
    bearer: str
    dwellings: int
    for_: int
    against: int
    blank: int
    spoiled: int
    entered_at: datetime
    cancelled_at: datetime | None
    cancel_reason: str


@dataclass(frozen=True)
class BatchCounts:
    for_: int
    against: int
    blank: int = 0
    spoiled: int = 0

    @property
    def total(self) -> int:
        return self.for_ + self.against + self.blank + self.spoiled


@dataclass(frozen=True)
class Voter:
    """A dwelling that may vote now, as the counter shows it before the ballot."""

    poll_id: int
    question: str
    blank_allowed: bool
    paper_urn: bool
    dwelling_id: int
    landlord_ref: str
    address: str
    members: tuple[tuple[int, str], ...]  # (person id, "FAMILY Given")


@dataclass(frozen=True)
class EligibleDwelling:
    """For ticking a caretaker's list: the dwellings of a building."""

    dwelling_id: int
    building: str
    door: str
    landlord_ref: str
    voted: str | None  # the channel, if recorded


@dataclass(frozen=True)
class Results:
    poll: PollSummary
    figures: PollResults
    buildings: tuple[BuildingTurnout, ...]
    at_counter: int
    by_caretakers: int
    batches: tuple[BatchSummary, ...] = field(default_factory=tuple)


# --- helpers -------------------------------------------------------------------------


def _poll(session: Session, poll_id: int) -> Poll:
    poll = session.get(Poll, poll_id)
    if poll is None:
        raise VoteRefused("unknown_poll")
    return poll


def _channels(session: Session, poll_id: int) -> dict[str, int]:
    return dict(session.execute(
        select(VoteRegister.channel, func.count()).where(VoteRegister.poll_id == poll_id)
        .group_by(VoteRegister.channel)).all())


def _eligible_now(session: Session, sector_id: int) -> int:
    return session.scalar(
        select(func.count()).select_from(Dwelling)
        .join(Building, Dwelling.building_id == Building.id)
        .where(Building.sector_id == sector_id, Dwelling.on_roster.is_(True))) or 0


def _summary(session: Session, poll: Poll, sector: str) -> PollSummary:
    channels = _channels(session, poll.id)
    eligible = (poll.eligible_count if poll.eligible_count is not None
                else _eligible_now(session, poll.sector_id))
    adopted = None
    if poll.counted_at is not None:
        adopted = _figures(poll, sum(channels.values())).adopted
    return PollSummary(
        id=poll.id, sector_id=poll.sector_id, sector=sector, question=poll.question,
        state=PollState(poll.state), blank_allowed=poll.blank_allowed,
        paper_urn=poll.paper_urn, caretakers=poll.caretakers,
        quorum_percent=poll.quorum_percent, closes_on=poll.closes_on, place=poll.place,
        hours=poll.hours, created_at=poll.created_at, opened_at=poll.opened_at,
        closed_at=poll.closed_at, counted_at=poll.counted_at, eligible=eligible,
        took_part=sum(channels.values()),
        at_counter=channels.get(VoteChannel.COUNTER.value, 0),
        by_caretakers=channels.get(VoteChannel.CARETAKER.value, 0),
        commission=tuple(n for n in poll.commission.splitlines() if n), adopted=adopted)


def _figures(poll: Poll, took_part: int) -> PollResults:
    return PollResults(eligible=poll.eligible_count or 0, took_part=took_part,
                       blank=poll.blank_count or 0, spoiled=poll.spoiled_count or 0,
                       for_=poll.for_count or 0, against=poll.against_count or 0,
                       quorum_percent=poll.quorum_percent)


def _clean_draft(draft: PollDraft, today: date, kept: date | None = None) -> PollDraft:
    """`kept`: the last day already set (an open vote past it may still
    change its place or hours)."""
    question = clean(draft.question)
    if not question:
        raise VoteRefused("question_missing")
    if len(question) > MAX_QUESTION:
        raise VoteRefused("question_too_long", str(MAX_QUESTION))
    if draft.quorum_percent is not None and not 1 <= draft.quorum_percent <= 100:
        raise VoteRefused("quorum")
    if draft.closes_on is not None and draft.closes_on < today and draft.closes_on != kept:
        raise VoteRefused("closes_on_past")
    return PollDraft(draft.sector_id, question, draft.blank_allowed, draft.paper_urn,
                     draft.caretakers, draft.quorum_percent, draft.closes_on,
                     clean(draft.place), clean(draft.hours))


def _recorded(session: Session, poll_id: int, dwelling_id: int) -> VoteRegister | None:
    return session.scalar(select(VoteRegister).where(VoteRegister.poll_id == poll_id,
                                                     VoteRegister.dwelling_id == dwelling_id))


def _already(entry: VoteRegister) -> VoteRefused:
    return VoteRefused("already_voted", at=entry.recorded_at, channel=entry.channel)


def _building_label(building: Building) -> str:
    return address_line(building.address, building.name, building.entrance, "", "")


# --- polls ---------------------------------------------------------------------------


def list_polls(db: Database, actor: Actor) -> list[PollSummary]:
    """Every poll, open ones first, then drafts, then the closed ones by date."""
    require(actor, Permission.MANAGE_POLLS)
    order = {PollState.OPEN.value: 0, PollState.DRAFT.value: 1, PollState.CLOSED.value: 2}
    with db.read() as session:
        rows = session.execute(select(Poll, Sector.name).join(
            Sector, Poll.sector_id == Sector.id)).all()
        polls = [_summary(session, poll, sector) for poll, sector in rows]
    return sorted(polls, key=lambda p: (order[p.state.value], -p.id))


def poll_summary(db: Database, actor: Actor, poll_id: int) -> PollSummary:
    require(actor, Permission.MANAGE_POLLS)
    with db.read() as session:
        poll = _poll(session, poll_id)
        return _summary(session, poll, session.get(Sector, poll.sector_id).name)


def sectors(db: Database, actor: Actor) -> list[tuple[int, str, int]]:
    """(id, name, dwellings on the roster) of every sector, for a new poll."""
    require(actor, Permission.MANAGE_POLLS)
    with db.read() as session:
        return [(s.id, s.name, _eligible_now(session, s.id))
                for s in session.scalars(select(Sector).order_by(Sector.name))]


def create_poll(db: Database, actor: Actor, draft: PollDraft) -> int:
    with unit_of_work(db, actor, Permission.MANAGE_POLLS) as uow:
        draft = _clean_draft(draft, uow.now.date())
        if uow.session.get(Sector, draft.sector_id) is None:
            raise VoteRefused("unknown_sector")
        poll = Poll(sector_id=draft.sector_id, question=draft.question,
                    state=PollState.DRAFT.value, created_at=uow.now,
                    blank_allowed=draft.blank_allowed, paper_urn=draft.paper_urn,
                    caretakers=draft.caretakers, quorum_percent=draft.quorum_percent,
                    closes_on=draft.closes_on, place=draft.place, hours=draft.hours)
        uow.session.add(poll)
        uow.session.flush()
        uow.audit("poll_created", "poll", poll.id, sector=draft.sector_id)
        return poll.id


def update_poll(db: Database, actor: Actor, poll_id: int, draft: PollDraft) -> None:
    """A draft's question and rules; the dates and place while open too."""
    with unit_of_work(db, actor, Permission.MANAGE_POLLS) as uow:
        poll = _poll(uow.session, poll_id)
        draft = _clean_draft(draft, uow.now.date(), kept=poll.closes_on)
        if poll.state == PollState.CLOSED.value:
            raise VoteRefused("poll_not_open")
        if poll.state == PollState.DRAFT.value:
            poll.sector_id, poll.question = draft.sector_id, draft.question
            poll.blank_allowed, poll.paper_urn = draft.blank_allowed, draft.paper_urn
            poll.caretakers, poll.quorum_percent = draft.caretakers, draft.quorum_percent
        elif (draft.question, draft.blank_allowed, draft.paper_urn, draft.quorum_percent,
              draft.sector_id) != (poll.question, poll.blank_allowed, poll.paper_urn,
                                   poll.quorum_percent, poll.sector_id):
            raise VoteRefused("poll_not_draft")
        poll.closes_on, poll.place, poll.hours = draft.closes_on, draft.place, draft.hours
        uow.audit("poll_changed", "poll", poll.id)


def open_poll(db: Database, actor: Actor, poll_id: int,
              commission: Sequence[tuple[str, str]]) -> int:
    """Open the poll: its eligible dwellings frozen (the sector's dwellings on
    the roster), each given a code if it has none, the ballot box's key made
    and wrapped for the commission (names, passphrases). A paper-urn poll
    has neither key nor commission: no choice is ever cast on screen.
    Returns how many dwellings may vote."""
    permit = require(actor, Permission.MANAGE_POLLS)
    with db.read() as session:  # refuse before the slow key derivation
        poll = _poll(session, poll_id)
        if poll.state != PollState.DRAFT.value:
            raise VoteRefused("poll_not_draft")
        if poll.closes_on is None:
            raise VoteRefused("closes_on_missing")
        paper_urn = poll.paper_urn
    if paper_urn:  # the ballots are in the centre's urn: no key, no commission
        names, keys = [], None
    else:
        names = _check_commission(commission)
        keys = ballot_box.create([p for _, p in commission])  # argon2: outside the write lock
    with unit_of_work(db, permit) as uow:
        return open_in(uow, poll_id, names, keys)


def _check_commission(commission: Sequence[tuple[str, str]]) -> list[str]:
    names = [clean(name) for name, _ in commission]
    if not ballot_box.MIN_MEMBERS <= len(commission) <= ballot_box.MAX_MEMBERS:
        raise VoteRefused("commission_size")
    if any(not name for name in names):
        raise VoteRefused("member_name_missing")
    for name, (_, passphrase) in zip(names, commission):
        if len(passphrase.strip()) < ballot_box.MIN_PASSPHRASE:
            raise VoteRefused("passphrase_short", name)
    if len({p for _, p in commission}) < len(commission) or len(set(names)) < len(names):
        raise VoteRefused("passphrase_same")
    return names


def open_in(uow: UnitOfWork, poll_id: int, names: Sequence[str],
            keys: ballot_box.Keys | None) -> int:
    """Opening, inside a unit of work (the demo opens its poll in its own)."""
    s = uow.session
    poll = _poll(s, poll_id)
    if poll.state != PollState.DRAFT.value:
        raise VoteRefused("poll_not_draft")
    if s.scalar(select(Poll.id).where(Poll.sector_id == poll.sector_id,
                                      Poll.state == PollState.OPEN.value)) is not None:
        raise VoteRefused("open_poll_exists")
    dwellings = list(s.scalars(
        select(Dwelling.id).join(Building, Dwelling.building_id == Building.id)
        .where(Building.sector_id == poll.sector_id, Dwelling.on_roster.is_(True))
        .order_by(Dwelling.id)))
    if not dwellings:
        raise VoteRefused("no_dwellings")
    s.execute(delete(PollEligible).where(PollEligible.poll_id == poll.id))
    bulk_insert(s, PollEligible.__table__,
                [{"poll_id": poll.id, "dwelling_id": d} for d in dwellings])
    issued = issue_missing_codes(s, dwellings, uow.now)
    poll.state = PollState.OPEN.value
    poll.opened_at = uow.now
    poll.closed_at = None
    poll.eligible_count = len(dwellings)
    poll.public_key = keys.public_key if keys else None
    poll.sealed_key = keys.wrapped if keys else None
    poll.commission = "\n".join(names)
    try:
        s.flush()
    except IntegrityError:  # another window opened one in the same sector
        raise VoteRefused("open_poll_exists") from None
    s.get(Sector, poll.sector_id).offer_state = OfferState.VOTE_PENDING.value
    uow.audit("poll_opened", "poll", poll.id, eligible=len(dwellings),
              codes_issued=issued, commission=len(names))
    return len(dwellings)


def close_poll(db: Database, actor: Actor, poll_id: int) -> None:
    """No ballot after this; the count may follow."""
    with unit_of_work(db, actor, Permission.MANAGE_POLLS) as uow:
        poll = _poll(uow.session, poll_id)
        if poll.state != PollState.OPEN.value:
            raise VoteRefused("poll_not_open")
        poll.state = PollState.CLOSED.value
        poll.closed_at = uow.now
        uow.audit("poll_closed", "poll", poll.id)


def participation(db: Database, actor: Actor, poll_id: int) -> tuple[BuildingTurnout, ...]:
    """Who took part, by building: the register only, shown while open."""
    require(actor, Permission.MANAGE_POLLS)
    with db.read() as session:
        _poll(session, poll_id)
        return _by_building(session, poll_id)


def _by_building(session: Session, poll_id: int) -> tuple[BuildingTurnout, ...]:
    voted = (select(VoteRegister.dwelling_id).where(VoteRegister.poll_id == poll_id)
             .scalar_subquery())
    rows = session.execute(
        select(Building, func.count(PollEligible.dwelling_id),
               func.sum(PollEligible.dwelling_id.in_(voted).cast(Integer)))
        .join(Dwelling, Dwelling.building_id == Building.id)
        .join(PollEligible, (PollEligible.dwelling_id == Dwelling.id)
              & (PollEligible.poll_id == poll_id))
        .group_by(Building.id)
        .order_by(Building.address, Building.name, Building.entrance)).all()
    return tuple(BuildingTurnout(_building_label(b), eligible, int(took or 0))
                 for b, eligible, took in rows)


# --- dwelling codes ------------------------------------------------------------------


def issue_missing_codes(s: Session, dwellings: Sequence[int], now: datetime) -> int:
    """Give each of `dwellings` that has no current code a new one (inside the
    caller's unit of work: the vote's opening, a handout day's letters); a
    dwelling keeps the code it has. Returns how many were issued."""
    have = set(s.scalars(select(DwellingCode.dwelling_id).where(
        DwellingCode.replaced_at.is_(None))))
    missing = [d for d in dwellings if d not in have]
    taken = set(s.scalars(select(DwellingCode.code)))
    rows = []
    for dwelling_id in missing:
        code = dwelling_code.new_code()
        while code in taken:
            code = dwelling_code.new_code()
        taken.add(code)
        rows.append({"code": code, "dwelling_id": dwelling_id, "issued_at": now})
    bulk_insert(s, DwellingCode.__table__, rows)
    return len(rows)


_issue_missing_codes = issue_missing_codes  # its former name


@dataclass(frozen=True)
class CodeMatch:
    dwelling_id: int
    landlord_ref: str


def find_code(db: Database, actor: Actor, text_: str) -> CodeMatch:
    """The dwelling a scanned or typed code names; a mistyped, unknown or
    replaced code is refused with its reason."""
    require(actor, Permission.SEARCH_HOUSEHOLDS)
    code = dwelling_code.normalise(text_)
    if not dwelling_code.is_valid(code):
        raise VoteRefused("code_mistyped")
    with db.read() as session:
        row = session.execute(select(DwellingCode, Dwelling.landlord_ref).join(
            Dwelling, DwellingCode.dwelling_id == Dwelling.id)
            .where(DwellingCode.code == code)).first()
    if row is None:
        raise VoteRefused("code_unknown")
    found, ref = row
    if found.replaced_at is not None:
        raise VoteRefused("code_replaced", at=found.replaced_at)
    return CodeMatch(found.dwelling_id, ref)


def reissue_code(db: Database, actor: Actor, dwelling_id: int) -> str:
    """A new code for a dwelling (a letter lost or seen by others); the old
    one is refused from now on."""
    with unit_of_work(db, actor, Permission.MANAGE_POLLS) as uow:
        s = uow.session
        if s.get(Dwelling, dwelling_id) is None:
            raise UnknownHousehold(dwelling_id)
        s.execute(update(DwellingCode).where(DwellingCode.dwelling_id == dwelling_id,
                                             DwellingCode.replaced_at.is_(None))
                  .values(replaced_at=uow.now))
        s.flush()
        issue_missing_codes(s, [dwelling_id], uow.now)
        uow.audit("dwelling_code_reissued", "dwelling", dwelling_id)
        return s.scalar(select(DwellingCode.code).where(
            DwellingCode.dwelling_id == dwelling_id, DwellingCode.replaced_at.is_(None)))


def invitations(db: Database, actor: Actor, poll_id: int,
                dwelling_ids: Sequence[int] | None = None) -> InvitationSet:
    """The letters of an open poll, in address order (all, or the ones asked)."""
    require(actor, Permission.MANAGE_POLLS)
    with db.read() as session:
        poll = _poll(session, poll_id)
        if poll.state != PollState.OPEN.value:
            raise VoteRefused("poll_not_open")
        centre = session.get(Centre, 1)
        query = (select(Dwelling, Building, DwellingCode.code)
                 .join(PollEligible, (PollEligible.dwelling_id == Dwelling.id)
                       & (PollEligible.poll_id == poll_id))
                 .join(Building, Dwelling.building_id == Building.id)
                 .join(DwellingCode, (DwellingCode.dwelling_id == Dwelling.id)
                       & DwellingCode.replaced_at.is_(None))
                 .order_by(Building.address, Building.name, Building.entrance,
                           Dwelling.floor, Dwelling.door, Dwelling.id))
        if dwelling_ids is not None:
            query = query.where(Dwelling.id.in_(list(dwelling_ids)))
        letters = tuple(
            InvitationLetter(
                code=code, address=b.address,
                building=address_line("", b.name, b.entrance, "", "").strip(", "),
                door=address_line("", "", "", d.floor, d.door).strip(", "),
                landlord_ref=d.landlord_ref)
            for d, b, code in session.execute(query))
        place = poll.place or (", ".join(p for p in (centre.name, centre.address) if p)
                               if centre else "")
        return InvitationSet(
            sector=session.get(Sector, poll.sector_id).name, question=poll.question,
            blank_allowed=poll.blank_allowed, place=place,
            until=poll.closes_on or poll.opened_at.date(), hours=poll.hours,
            caretakers=poll.caretakers, letters=letters)


# --- voting at the counter ------------------------------------------------------------


def voter(db: Database, actor: Actor, dwelling_id: int) -> Voter:
    """May this dwelling vote now? The sector's open poll, or the reason not."""
    require(actor, Permission.RECORD_VOTE)
    with db.read() as session:
        row = session.execute(
            select(Dwelling, Building).join(Building, Dwelling.building_id == Building.id)
            .where(Dwelling.id == dwelling_id)).first()
        if row is None:
            raise UnknownHousehold(dwelling_id)
        dwelling, building = row
        poll = session.scalar(select(Poll).where(Poll.sector_id == building.sector_id,
                                                 Poll.state == PollState.OPEN.value))
        if poll is None:
            raise VoteRefused("poll_not_open")
        _check_can_vote(session, poll, dwelling_id)
        members = tuple(
            (p.id, f"{p.family_name.upper()} {p.given_name}".strip())
            for p in session.scalars(select(Person).where(
                Person.dwelling_id == dwelling_id, Person.anonymised_at.is_(None),
                Person.on_roster.is_(True)).order_by(Person.id)))
        return Voter(poll.id, poll.question, poll.blank_allowed, poll.paper_urn, dwelling_id,
                     dwelling.landlord_ref,
                     address_line(building.address, building.name, building.entrance,
                                  dwelling.floor, dwelling.door), members)


def _check_can_vote(session: Session, poll: Poll, dwelling_id: int) -> None:
    if poll.state != PollState.OPEN.value:
        raise VoteRefused("poll_not_open")
    entry = _recorded(session, poll.id, dwelling_id)
    if entry is not None:
        raise _already(entry)
    if session.get(PollEligible, (poll.id, dwelling_id)) is None:
        raise VoteRefused("not_eligible")


def vote_at_counter(db: Database, actor: Actor, poll_id: int, dwelling_id: int,
                    signer_id: int | None, choice: BallotChoice | None) -> datetime:
    """The register entry and, unless the poll uses the paper urn, the sealed
    ballot, in one transaction. Returns when it was recorded."""
    with unit_of_work(db, actor, Permission.RECORD_VOTE) as uow:
        s = uow.session
        poll = _poll(s, poll_id)
        _check_can_vote(s, poll, dwelling_id)
        if poll.paper_urn:
            if choice is not None:
                raise VoteRefused("choice_not_on_screen")
        elif choice is None:
            raise VoteRefused("choice_missing")
        elif choice == BallotChoice.BLANK and not poll.blank_allowed:
            raise VoteRefused("blank_not_allowed")
        elif choice not in (BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.BLANK):
            raise VoteRefused("choice_missing")
        if signer_id is not None and s.scalar(select(Person.id).where(
                Person.id == signer_id, Person.dwelling_id == dwelling_id)) is None:
            raise VoteRefused("signer_unknown")
        s.add(VoteRegister(poll_id=poll_id, dwelling_id=dwelling_id,
                           channel=VoteChannel.COUNTER.value, recorded_at=uow.now,
                           recorded_by=actor.staff_id, signer_id=signer_id))
        try:
            s.flush()
        except IntegrityError:
            raise VoteRefused("already_voted_now") from None
        if choice is not None:
            ballots.put_in_box(s, poll_id, ballot_box.seal(poll.public_key, choice))
        uow.audit("vote_registered", "vote_register", dwelling_id, poll=poll_id,
                  channel=VoteChannel.COUNTER.value)
        return uow.now


def already_voted(db: Database, poll_id: int, dwelling_id: int) -> VoteRefused | None:
    """After a refusal for a race: when and by which channel the other won."""
    with db.read() as session:
        entry = _recorded(session, poll_id, dwelling_id)
        return _already(entry) if entry is not None else None


# --- batches ---------------------------------------------------------------------------


def eligible_dwellings(db: Database, actor: Actor, poll_id: int) -> list[EligibleDwelling]:
    """The poll's dwellings by building, with who has already voted."""
    require(actor, Permission.MANAGE_POLLS)
    with db.read() as session:
        _poll(session, poll_id)
        voted = dict(session.execute(select(VoteRegister.dwelling_id, VoteRegister.channel)
                                     .where(VoteRegister.poll_id == poll_id)).all())
        rows = session.execute(
            select(Dwelling, Building).join(PollEligible, (PollEligible.dwelling_id == Dwelling.id)
                                            & (PollEligible.poll_id == poll_id))
            .join(Building, Dwelling.building_id == Building.id)
            .order_by(Building.address, Building.name, Building.entrance, Dwelling.floor,
                      Dwelling.door))
        return [EligibleDwelling(d.id, _building_label(b),
                                 address_line("", "", "", d.floor, d.door).strip(", "),
                                 d.landlord_ref, voted.get(d.id)) for d, b in rows]


def _check_counts(counts: BatchCounts) -> None:
    if min(counts.for_, counts.against, counts.blank, counts.spoiled) < 0:
        raise VoteRefused("count_negative")
    if counts.total == 0:
        raise VoteRefused("batch_empty")


def enter_caretaker_batch(db: Database, actor: Actor, poll_id: int, bearer: str,
                          dwelling_ids: Sequence[int], counts: BatchCounts) -> int:
    """A caretaker's ballots: the dwellings that signed his list and the counts
    of his ballots, accepted only when they balance."""
    bearer = clean(bearer)
    if not bearer:
        raise VoteRefused("bearer_missing")
    if len(bearer) > MAX_BEARER:
        raise VoteRefused("bearer_too_long", str(MAX_BEARER))
    _check_counts(counts)
    if len(set(dwelling_ids)) != len(dwelling_ids):
        raise VoteRefused("duplicate_in_batch")
    if counts.total != len(dwelling_ids):
        raise VoteRefused("batch_unbalanced", f"{len(dwelling_ids)}/{counts.total}")
    with unit_of_work(db, actor, Permission.MANAGE_POLLS) as uow:
        s = uow.session
        poll = _poll(s, poll_id)
        if poll.state != PollState.OPEN.value:
            raise VoteRefused("poll_not_open")
        if not poll.caretakers:
            raise VoteRefused("caretakers_not_used")
        eligible = set(s.scalars(select(PollEligible.dwelling_id).where(
            PollEligible.poll_id == poll_id, PollEligible.dwelling_id.in_(list(dwelling_ids)))))
        for dwelling_id in dwelling_ids:
            entry = _recorded(s, poll_id, dwelling_id)
            if entry is not None:
                ref = s.get(Dwelling, dwelling_id).landlord_ref
                raise VoteRefused("already_voted", ref, entry.recorded_at, entry.channel)
            if dwelling_id not in eligible:
                dwelling = s.get(Dwelling, dwelling_id)
                raise VoteRefused("not_eligible", dwelling.landlord_ref if dwelling else "?")
        batch = VoteBatch(poll_id=poll_id, kind=BatchKind.CARETAKER.value, bearer=bearer,
                          for_count=counts.for_, against_count=counts.against,
                          blank_count=counts.blank, spoiled_count=counts.spoiled,
                          entered_at=uow.now, entered_by=actor.staff_id, cancel_reason="")
        s.add(batch)
        s.flush()
        bulk_insert(s, VoteRegister.__table__, [
            {"poll_id": poll_id, "dwelling_id": d, "channel": VoteChannel.CARETAKER.value,
             "recorded_at": uow.now, "recorded_by": actor.staff_id, "batch_id": batch.id,
             "signer_id": None} for d in dwelling_ids])
        uow.audit("vote_batch_entered", "vote_batch", batch.id, poll=poll_id,
                  kind=BatchKind.CARETAKER.value, dwellings=len(dwelling_ids))
        return batch.id


def enter_urn(db: Database, actor: Actor, poll_id: int, counts: BatchCounts) -> int:
    """The centre's paper urn, counted after closing: its ballots must equal
    the counter's signatures."""
    _check_counts(counts)
    with unit_of_work(db, actor, Permission.MANAGE_POLLS) as uow:
        s = uow.session
        poll = _poll(s, poll_id)
        if not poll.paper_urn:
            raise VoteRefused("urn_not_used")
        if poll.state != PollState.CLOSED.value:
            raise VoteRefused("poll_not_closed")
        if poll.counted_at is not None:
            raise VoteRefused("already_counted")
        if _active_urn(s, poll_id) is not None:
            raise VoteRefused("urn_entered")
        signatures = _channels(s, poll_id).get(VoteChannel.COUNTER.value, 0)
        if counts.total != signatures:
            raise VoteRefused("urn_unbalanced", f"{signatures}/{counts.total}")
        batch = VoteBatch(poll_id=poll_id, kind=BatchKind.URN.value, bearer="",
                          for_count=counts.for_, against_count=counts.against,
                          blank_count=counts.blank, spoiled_count=counts.spoiled,
                          entered_at=uow.now, entered_by=actor.staff_id, cancel_reason="")
        s.add(batch)
        s.flush()
        uow.audit("vote_batch_entered", "vote_batch", batch.id, poll=poll_id,
                  kind=BatchKind.URN.value, ballots=counts.total)
        return batch.id


def _active_urn(s: Session, poll_id: int) -> VoteBatch | None:
    return s.scalar(select(VoteBatch).where(VoteBatch.poll_id == poll_id,
                                            VoteBatch.kind == BatchKind.URN.value,
                                            VoteBatch.cancelled_at.is_(None)))


def cancel_batch(db: Database, actor: Actor, batch_id: int, reason: str) -> int:
    """Cancel a batch as a whole (a caretaker's before the poll closes, the
    urn's before the count); its dwellings may then be recorded again.
    Returns how many register entries it freed."""
    reason = clean(reason)
    if not reason:
        raise VoteRefused("reason_missing")
    with unit_of_work(db, actor, Permission.MANAGE_POLLS) as uow:
        s = uow.session
        batch = s.get(VoteBatch, batch_id)
        if batch is None:
            raise VoteRefused("unknown_batch")
        if batch.cancelled_at is not None:
            raise VoteRefused("batch_cancelled")
        poll = _poll(s, batch.poll_id)
        if batch.kind == BatchKind.CARETAKER.value and poll.state != PollState.OPEN.value:
            raise VoteRefused("poll_not_open")
        if poll.counted_at is not None:
            raise VoteRefused("already_counted")
        freed = s.execute(delete(VoteRegister).where(VoteRegister.batch_id == batch_id)).rowcount
        batch.cancelled_at = uow.now
        batch.cancel_reason = reason
        uow.audit("vote_batch_cancelled", "vote_batch", batch_id, poll=poll.id,
                  dwellings=freed, reason=reason)
        return freed


def batches(db: Database, actor: Actor, poll_id: int) -> list[BatchSummary]:
    require(actor, Permission.MANAGE_POLLS)
    with db.read() as session:
        return _batches(session, poll_id)


def _batches(session: Session, poll_id: int) -> list[BatchSummary]:
    sizes = dict(session.execute(
        select(VoteRegister.batch_id, func.count()).where(VoteRegister.poll_id == poll_id,
                                                          VoteRegister.batch_id.is_not(None))
        .group_by(VoteRegister.batch_id)).all())
    return [BatchSummary(b.id, BatchKind(b.kind), b.bearer, sizes.get(b.id, 0), b.for_count,
                         b.against_count, b.blank_count, b.spoiled_count, b.entered_at,
                         b.cancelled_at, b.cancel_reason)
            for b in session.scalars(select(VoteBatch).where(VoteBatch.poll_id == poll_id)
                                     .order_by(VoteBatch.id))]


# --- the count --------------------------------------------------------------------------


def check_member(db: Database, actor: Actor, poll_id: int, member: int,
                 passphrase: str) -> bool:
    """Does a member's passphrase open their part (tried before the count)?"""
    require(actor, Permission.MANAGE_POLLS)
    with db.read() as session:
        wrapped = _poll(session, poll_id).sealed_key
    if wrapped is None:
        raise VoteRefused("already_counted")
    return ballot_box.check_member(wrapped, member, passphrase)


def count_poll(db: Database, actor: Actor, poll_id: int,
               passphrases: Mapping[int, str]) -> Results:
    """Open the ballot box with the commission's passphrases (member index →
    passphrase), tally, keep the totals, erase the sealed ballots and the key;
    the sector's offer follows the outcome. Refused, with nothing written,
    while the register and the ballots disagree."""
    permit = require(actor, Permission.MANAGE_POLLS)
    with db.read() as session:
        poll = _poll(session, poll_id)
        if poll.counted_at is not None:
            raise VoteRefused("already_counted")
        if poll.state != PollState.CLOSED.value:
            raise VoteRefused("poll_not_closed")
        wrapped, names = poll.sealed_key, poll.commission.splitlines()
    private = None  # a paper-urn poll has no key: nothing was cast on screen
    if wrapped is not None:
        if len(passphrases) < ballot_box.needed(ballot_box.members_of(wrapped)):
            raise VoteRefused("not_enough_members")
        try:
            private = ballot_box.unwrap(wrapped, passphrases)  # argon2: outside the write lock
        except ballot_box.WrongPassphrase as wrong:
            raise VoteRefused("wrong_passphrase", ", ".join(
                names[i] if i < len(names) else str(i + 1) for i in wrong.members)) from None
    with unit_of_work(db, permit) as uow:
        s = uow.session
        poll = _poll(s, poll_id)
        if poll.counted_at is not None:
            raise VoteRefused("already_counted")
        sealed = list(s.scalars(select(Ballot.sealed).where(Ballot.poll_id == poll_id)))
        if private is None and sealed:
            raise VoteRefused("counts_disagree", "no key")
        try:
            screen = (ballot_box.tally(private, sealed) if private is not None
                      else dict.fromkeys((BallotChoice.FOR, BallotChoice.AGAINST,
                                          BallotChoice.BLANK), 0))
        except ballot_box.DamagedBallot:
            raise VoteRefused("counts_disagree", "damaged") from None
        channels = _channels(s, poll_id)
        at_counter = channels.get(VoteChannel.COUNTER.value, 0)
        live = [b for b in _batches(s, poll_id) if b.cancelled_at is None]
        urn = [b for b in live if b.kind == BatchKind.URN]
        if poll.paper_urn:
            if at_counter and not urn:
                raise VoteRefused("urn_needed", str(at_counter))
            if sealed:
                raise VoteRefused("counts_disagree", f"{at_counter}/{len(sealed)}")
        elif len(sealed) != at_counter:
            raise VoteRefused("counts_disagree", f"{at_counter}/{len(sealed)}")
        for batch in live:
            if batch.kind == BatchKind.CARETAKER and batch.dwellings != (
                    batch.for_ + batch.against + batch.blank + batch.spoiled):
                raise VoteRefused("counts_disagree", f"{batch.dwellings}/batch")
        poll.for_count = screen[BallotChoice.FOR] + sum(b.for_ for b in live)
        poll.against_count = screen[BallotChoice.AGAINST] + sum(b.against for b in live)
        poll.blank_count = screen[BallotChoice.BLANK] + sum(b.blank for b in live)
        poll.spoiled_count = sum(b.spoiled for b in live)
        took_part = sum(channels.values())
        figures = _figures(poll, took_part)  # raises if the totals do not add up
        # the sealed ballots and the key go: zeroed on disk, not only unlinked
        ballots.empty_box(s, poll_id)
        poll.sealed_key = None
        poll.counted_at = uow.now
        sector = s.get(Sector, poll.sector_id)
        sector.offer_state = (OfferState.ADOPTED if figures.adopted
                              else OfferState.REJECTED).value
        uow.audit("poll_counted", "poll", poll_id, took_part=took_part,
                  for_=figures.for_, against=figures.against, blank=figures.blank,
                  spoiled=figures.spoiled, adopted=figures.adopted)
        s.flush()
        result = Results(_summary(s, poll, sector.name), figures, _by_building(s, poll_id),
                         at_counter, channels.get(VoteChannel.CARETAKER.value, 0),
                         tuple(_batches(s, poll_id)))
    _erase_box_everywhere(db, permit.actor, poll_id)
    return result


def _erase_box_everywhere(db: Database, actor: Actor, poll_id: int) -> None:
    """After the count the ballot box is gone from the file (zeroed pages);
    its old pages leave the -wal file too, and the copies kept beside the
    database (automatic backups, copies before a restore) lose the sealed
    ballots and the wrapped key as well: no one, commission included, can
    then set a backup taken during the vote against the register."""
    from app.services import privacy

    ballots.settle(db.engine)
    if db.path is not None:
        privacy.in_local_copies(db.path, lambda copy: _erase_box(copy, actor, poll_id))


def _erase_box(copy: Database, actor: Actor, poll_id: int) -> None:
    with unit_of_work(copy, actor, Permission.MANAGE_POLLS) as uow:
        erased = ballots.empty_box(uow.session, poll_id)
        uow.session.execute(update(Poll).where(Poll.id == poll_id).values(sealed_key=None))
        uow.audit("ballot_box_erased", "poll", poll_id, ballots=erased)


def results(db: Database, actor: Actor, poll_id: int) -> Results:
    """The figures of a counted poll."""
    require(actor, Permission.MANAGE_POLLS)
    with db.read() as session:
        poll = _poll(session, poll_id)
        if poll.counted_at is None:
            raise VoteRefused("not_counted")
        channels = _channels(session, poll_id)
        return Results(_summary(session, poll, session.get(Sector, poll.sector_id).name),
                       _figures(poll, sum(channels.values())), _by_building(session, poll_id),
                       channels.get(VoteChannel.COUNTER.value, 0),
                       channels.get(VoteChannel.CARETAKER.value, 0),
                       tuple(_batches(session, poll_id)))


def minutes_doc(result: Results) -> MinutesDoc:
    poll, f = result.poll, result.figures
    return MinutesDoc(sector=poll.sector, question=poll.question, opened_at=poll.opened_at,
                      closed_at=poll.closed_at, eligible=f.eligible, took_part=f.took_part,
                      blank=f.blank, spoiled=f.spoiled, for_=f.for_, against=f.against,
                      at_counter=result.at_counter, by_caretakers=result.by_caretakers,
                      buildings=tuple((b.label, b.eligible, b.took_part)
                                      for b in result.buildings),
                      quorum_percent=poll.quorum_percent)


def record_minutes(db: Database, actor: Actor, poll_id: int) -> int:
    """The minutes as a stored document (printed, kept, reprinted as duplicate)."""
    result = results(db, actor, poll_id)
    with unit_of_work(db, actor, Permission.MANAGE_POLLS) as uow:
        document_id = documents.store(uow, minutes_doc(result))
        uow.audit("minutes_recorded", "poll", poll_id, document=document_id)
        return document_id


def results_csv(db: Database, actor: Actor, poll_id: int) -> str:
    from app.documents import render

    return render.minutes_csv(minutes_doc(results(db, actor, poll_id)))

