"""The needs survey: the topics people would like help with (the coordinator
keeps the list), each person's needs, and the counts by topic that plan the
next workshops.

Topics are never deleted: a retired topic leaves the survey but stays in the
counts (listed apart), so that last year's answers still add up."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from app.domain.errors import ListEditRefused
from app.domain.roles import Permission
from app.services.context import Actor, UnitOfWork, require, unit_of_work
from app.services.edited_list import EditedList
from db.engine import Database
from db.models import Person, PersonNeed, Topic, Visit

LABEL_MAX = 120


@dataclass(frozen=True)
class TopicView:
    id: int
    code: str | None  # the built-in topics' (the report's columns); None for added ones
    label: str
    position: int
    retired: bool


@dataclass(frozen=True)
class TopicCount:
    topic_id: int
    label: str
    people: int
    retired: bool


@dataclass(frozen=True)
class NeedsCounts:
    """People per topic, most asked first; retired topics apart."""

    active: tuple[TopicCount, ...]
    retired: tuple[TopicCount, ...]
    people: int  # people with at least one need (counted once)
    since: date | None


def _view(row: Topic) -> TopicView:
    return TopicView(row.id, row.code, row.label, row.position, row.retired_at is not None)


TOPICS = EditedList(Topic, "topic", "topic", LABEL_MAX)


def topics(db: Database, actor: Actor, include_retired: bool = False) -> list[TopicView]:
    """The survey's topics in their order (the retired ones too when asked)."""
    require(actor, Permission.RECORD_NEEDS)
    with db.read() as session:
        return [_view(row) for row in TOPICS.ordered(session, include_retired)]


def add_topic(db: Database, actor: Actor, label: str) -> TopicView:
    """A new topic, at the end of the list."""
    with unit_of_work(db, actor, Permission.EDIT_PROGRAMME_LISTS) as uow:
        return _view(TOPICS.add(uow, label))


def rename_topic(db: Database, actor: Actor, topic_id: int, label: str) -> TopicView:
    with unit_of_work(db, actor, Permission.EDIT_PROGRAMME_LISTS) as uow:
        return _view(TOPICS.rename(uow, topic_id, label))


def retire_topic(db: Database, actor: Actor, topic_id: int, retired: bool = True) -> TopicView:
    """Off the survey (retired=True) or back on it (False); its answers stay."""
    with unit_of_work(db, actor, Permission.EDIT_PROGRAMME_LISTS) as uow:
        return _view(TOPICS.retire(uow, topic_id, retired))


# --- a person's needs ----------------------------------------------------------------


def needs_of(db: Database, actor: Actor, person_id: int) -> frozenset[int]:
    """The topics (ids) this person asked for, retired ones included."""
    require(actor, Permission.RECORD_NEEDS)
    with db.read() as session:
        return frozenset(session.scalars(select(PersonNeed.topic_id)
                                         .where(PersonNeed.person_id == person_id)))


def set_in(uow: UnitOfWork, person_id: int, topic_ids: Iterable[int]) -> tuple[int, int]:
    """Inside a unit of work: the person's needs become `topic_ids` among the
    active topics (a need on a retired topic stays: it is not on the form).
    Returns (added, removed)."""
    session = uow.session
    person = session.get(Person, person_id)
    if person is None:
        raise ListEditRefused("topic", "unknown_person")
    wanted = set(topic_ids)
    rows = {row.id: row for row in session.scalars(select(Topic))}
    for topic_id in wanted:
        row = rows.get(topic_id)
        if row is None:
            raise ListEditRefused("topic", "unknown_item")
        if row.retired_at is not None:
            raise ListEditRefused("topic", "topic_retired", row.label)
    current = {need.topic_id: need for need in session.scalars(
        select(PersonNeed).where(PersonNeed.person_id == person_id))}
    removed = [need for topic_id, need in current.items()
               if topic_id not in wanted and rows[topic_id].retired_at is None]
    added = sorted(wanted - set(current))
    for need in removed:
        session.delete(need)
    session.flush()
    for topic_id in added:
        session.add(PersonNeed(person_id=person_id, topic_id=topic_id, recorded_at=uow.now,
                               staff_id=uow.actor.staff_id))
    if added or removed:
        uow.audit("needs_recorded", "person_need", person_id, added=added,
                  removed=sorted(need.topic_id for need in removed))
    return len(added), len(removed)


def set_needs(db: Database, actor: Actor, person_id: int,
              topic_ids: Iterable[int]) -> tuple[int, int]:
    """Record the person's needs as ticked on the form, in one transaction."""
    with unit_of_work(db, actor, Permission.RECORD_NEEDS) as uow:
        return set_in(uow, person_id, topic_ids)


# --- counts ---------------------------------------------------------------------------


def counts(db: Database, actor: Actor, since: date | None = None) -> NeedsCounts:
    """People per topic (each person once per topic), optionally only people
    seen at the counter since `since` or whose need was recorded since then;
    most asked first, retired topics apart, topics nobody asked for at 0."""
    require(actor, Permission.RECORD_NEEDS)
    with db.read() as session:
        needs = select(PersonNeed.person_id, PersonNeed.topic_id)
        if since is not None:
            start = datetime.combine(since, datetime.min.time())
            seen = select(Visit.person_id).where(Visit.person_id.is_not(None),
                                                 Visit.cancelled_at.is_(None),
                                                 Visit.arrived_at >= start)
            needs = needs.where((PersonNeed.recorded_at >= start)
                                | PersonNeed.person_id.in_(seen))
        rows = session.execute(needs).all()
        per_topic: dict[int, int] = {}
        for _person, topic_id in rows:
            per_topic[topic_id] = per_topic.get(topic_id, 0) + 1
        people = len({person for person, _topic in rows})
        all_topics = list(session.scalars(select(Topic).order_by(Topic.position, Topic.id)))
    lines = [TopicCount(t.id, t.label, per_topic.get(t.id, 0), t.retired_at is not None)
             for t in all_topics]
    order = sorted(lines, key=lambda line: -line.people)  # stable: list order among equals
    return NeedsCounts(tuple(line for line in order if not line.retired),
                       tuple(line for line in order if line.retired and line.people),
                       people, since)
