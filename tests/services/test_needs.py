"""The needs survey on the demo centre's real database: the topics list kept
by the coordinator (blank and duplicate labels refused, retired topics off
the form but still counted), a person's needs set in one transaction, the
counts by topic (optionally since a day), an audit without names."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from app.domain import clock
from app.domain.enums import VisitReason
from app.domain.errors import ListEditRefused, PermissionDenied
from app.messages import describe
from app.services import accounts, needs, visits
from app.services.context import Actor
from db.engine import Database
from db.models import AuditEntry, Person, PersonNeed


def coordinator(db: Database) -> Actor:
    return accounts.sign_in(db, "Coordination", "coordination")


def reception(db: Database) -> Actor:
    return accounts.sign_in(db, "Accueil", "1234")


def person_without_needs(db: Database) -> int:
    with db.read() as s:
        return s.scalar(select(Person.id).where(
            Person.id.not_in(select(PersonNeed.person_id))).order_by(Person.id.desc()))


def count_of(result: needs.NeedsCounts, topic_id: int) -> int:
    return next(c.people for c in result.active + result.retired if c.topic_id == topic_id)


def test_seven_topics_and_the_coordinators_edits(demo_db: Database) -> None:
    boss, desk = coordinator(demo_db), reception(demo_db)
    seven = needs.topics(demo_db, desk)
    assert [t.code for t in seven][:2] == ["first_steps", "email"] and len(seven) == 7
    with pytest.raises(PermissionDenied):
        needs.add_topic(demo_db, desk, "Jeux vidéo")
    added = needs.add_topic(demo_db, boss, " Jeux   vidéo ")
    assert added.label == "Jeux vidéo" and added.code is None
    with pytest.raises(ListEditRefused) as refused:
        needs.add_topic(demo_db, boss, "   ")
    assert refused.value.reason == "label_missing"
    with pytest.raises(ListEditRefused) as refused:
        needs.add_topic(demo_db, boss, "JEUX VIDEO")  # case and accents aside, the same
    assert refused.value.reason == "label_exists" and "Jeux vidéo" in describe(refused.value)
    with pytest.raises(ListEditRefused) as refused:
        needs.rename_topic(demo_db, boss, added.id, seven[0].label)
    assert refused.value.reason == "label_exists"
    assert needs.rename_topic(demo_db, boss, added.id, "Jeux et écrans").label == \
        "Jeux et écrans"
    needs.retire_topic(demo_db, boss, added.id)
    assert added.id not in [t.id for t in needs.topics(demo_db, desk)]
    with pytest.raises(ListEditRefused) as refused:
        needs.retire_topic(demo_db, boss, added.id)
    assert refused.value.reason == "already_retired"
    needs.retire_topic(demo_db, boss, added.id, retired=False)
    assert added.id in [t.id for t in needs.topics(demo_db, desk)]


def test_a_persons_needs_set_and_counted(demo_db: Database) -> None:
    boss, desk = coordinator(demo_db), reception(demo_db)
    topics = needs.topics(demo_db, desk)
    person = person_without_needs(demo_db)
    before = needs.counts(demo_db, desk)
    assert before.people >= 25  # the demo's survey
    assert needs.set_needs(demo_db, desk, person, [topics[0].id, topics[3].id]) == (2, 0)
    assert needs.needs_of(demo_db, desk, person) == {topics[0].id, topics[3].id}
    after = needs.counts(demo_db, desk)
    assert count_of(after, topics[0].id) == count_of(before, topics[0].id) + 1
    assert after.people == before.people + 1
    assert [c.people for c in after.active] == sorted((c.people for c in after.active),
                                                      reverse=True)
    # untick one, tick another: one transaction
    assert needs.set_needs(demo_db, desk, person, [topics[3].id, topics[5].id]) == (1, 1)
    assert needs.needs_of(demo_db, desk, person) == {topics[3].id, topics[5].id}
    # a retired topic leaves the form but its answers stay, counted apart
    needs.retire_topic(demo_db, boss, topics[5].id)
    counted = needs.counts(demo_db, desk)
    assert topics[5].id in [c.topic_id for c in counted.retired]
    assert topics[5].id not in [c.topic_id for c in counted.active]
    needs.set_needs(demo_db, desk, person, [topics[3].id])  # the form no longer shows it
    assert needs.needs_of(demo_db, desk, person) == {topics[3].id, topics[5].id}
    with pytest.raises(ListEditRefused) as refused:
        needs.set_needs(demo_db, desk, person, [topics[5].id])
    assert refused.value.reason == "topic_retired"
    volunteer = accounts.sign_in(demo_db, "Bénévole", "5678")
    with pytest.raises(PermissionDenied):
        needs.set_needs(demo_db, volunteer, person, [])


def test_counts_since_a_day(demo_db: Database) -> None:
    desk = reception(demo_db)
    topics = needs.topics(demo_db, desk)
    person = person_without_needs(demo_db)
    needs.set_needs(demo_db, desk, person, [topics[6].id])
    long_ago = clock.now() - timedelta(days=400)
    with demo_db.write() as s:  # answered long ago, never seen since
        s.execute(update(PersonNeed).where(PersonNeed.person_id == person)
                  .values(recorded_at=long_ago))
    since = (clock.now() - timedelta(days=30)).date()
    everyone = needs.counts(demo_db, desk)
    recent = needs.counts(demo_db, desk, since)
    assert recent.people < everyone.people and recent.since == since
    base = count_of(recent, topics[6].id)
    # seen at the counter since: counted again
    with demo_db.read() as s:
        dwelling = s.get(Person, person).dwelling_id
    visits.check_in(demo_db, desk, dwelling, VisitReason.OTHER, person_id=person,
                    confirm_second=True)
    assert count_of(needs.counts(demo_db, desk, since), topics[6].id) == base + 1


def test_the_audit_has_ids_never_labels_or_names(demo_db: Database) -> None:
    boss, desk = coordinator(demo_db), reception(demo_db)
    added = needs.add_topic(demo_db, boss, "Sujet très confidentiel")
    person = person_without_needs(demo_db)
    needs.set_needs(demo_db, desk, person, [added.id])
    with demo_db.read() as s:
        entries = s.scalars(select(AuditEntry).where(
            AuditEntry.action.in_(("topic_added", "needs_recorded")))).all()
        name = s.get(Person, person).family_name
    assert {e.action for e in entries} == {"topic_added", "needs_recorded"}
    text = " ".join(e.details + e.entity_id for e in entries)
    assert "confidentiel" not in text and name not in text and str(added.id) in text


def test_the_personal_data_export_holds_the_needs(demo_db: Database) -> None:
    from app.services import privacy
    from db.models import Dwelling

    desk = reception(demo_db)
    topics = needs.topics(demo_db, desk)
    person = person_without_needs(demo_db)
    needs.set_needs(demo_db, desk, person, [topics[1].id])
    with demo_db.read() as s:
        ref = s.scalar(select(Dwelling.landlord_ref).join(Person, Person.dwelling_id ==
                                                         Dwelling.id).where(Person.id == person))
    exported = privacy.export_household(demo_db, Actor.command_line(), ref)
    assert topics[1].label in [n["topic"] for n in exported["needs"]]
    privacy.erase_household(demo_db, Actor.command_line(), ref)
    assert needs.needs_of(demo_db, desk, person) == {topics[1].id}  # counts still add up
