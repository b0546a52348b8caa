"""Random polls over both channels, with batches cancelled, checked against
every invariant of the results (Hypothesis)."""

from __future__ import annotations

import shutil
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.domain.enums import BallotChoice
from app.domain.errors import VoteRefused
from app.services import accounts, households, polls
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import open_database
from tests.services.test_polls import COMMISSION, last_day, roster, sector_id

DWELLINGS = 12
F, A, B, S = BallotChoice.FOR, BallotChoice.AGAINST, BallotChoice.BLANK, BallotChoice.SPOILED


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("poll-template") / "centre.sqlite3"
    db = open_database(path)
    accounts.create_first_coordinator(db, "Anne Coord", "coordination", centre_name="Centre")
    import_roster(db, accounts.sign_in(db, "Anne Coord", "coordination"),
                  roster(kerourien=DWELLINGS, other=2))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


# an act: ("counter", dwelling, choice) or ("batch", dwellings, ballots, cancel it?)
counter_vote = st.tuples(st.just("counter"), st.integers(1, DWELLINGS),
                         st.sampled_from([F, A, B]))
caretaker_batch = st.tuples(
    st.just("batch"), st.lists(st.integers(1, DWELLINGS), min_size=1, max_size=4, unique=True),
    st.lists(st.sampled_from([F, A, B, S]), min_size=4, max_size=4), st.booleans())
acts = st.lists(st.one_of(counter_vote, caretaker_batch), max_size=14)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(acts=acts, quorum=st.one_of(st.none(), st.integers(1, 100)))
def test_results_hold_every_invariant(template: Path, tmp_path_factory: pytest.TempPathFactory,
                                      acts: list[tuple], quorum: int | None) -> None:
    folder = tmp_path_factory.mktemp("poll")
    shutil.copyfile(template, folder / "centre.sqlite3")
    db = open_database(folder / "centre.sqlite3")
    actor = Actor.command_line()
    try:
        poll_id = polls.create_poll(db, actor, polls.PollDraft(
            sector_id(db), "Pour ?", quorum_percent=quorum, closes_on=last_day()))
        polls.open_poll(db, actor, poll_id, COMMISSION)
        ids = {n: households.find_by_reference(db, actor, f"K{n}")
               for n in range(1, DWELLINGS + 1)}
        voted: dict[int, str] = {}  # dwelling → channel, as the model expects
        expected = dict.fromkeys((F, A, B, S), 0)
        for act in acts:
            if act[0] == "counter":
                _, n, choice = act
                try:
                    polls.vote_at_counter(db, actor, poll_id, ids[n], None, choice)
                except VoteRefused as refused:
                    assert n in voted and refused.reason == "already_voted"
                    assert refused.channel == voted[n]
                    continue
                assert n not in voted
                voted[n] = "counter"
                expected[choice] += 1
            else:
                _, dwellings, ballots, cancel = act
                ballots = ballots[:len(dwellings)]  # a balanced batch
                counts = polls.BatchCounts(ballots.count(F), ballots.count(A),
                                           ballots.count(B), ballots.count(S))
                try:
                    batch = polls.enter_caretaker_batch(db, actor, poll_id, "Gardien",
                                                        [ids[n] for n in dwellings], counts)
                except VoteRefused as refused:
                    assert refused.reason == "already_voted"
                    assert any(n in voted for n in dwellings)
                    continue
                assert not any(n in voted for n in dwellings)
                if cancel:
                    assert polls.cancel_batch(db, actor, batch, "erreur") == len(dwellings)
                    continue
                for n in dwellings:
                    voted[n] = "caretaker"
                for choice in ballots:
                    expected[choice] += 1
        summary = polls.poll_summary(db, actor, poll_id)
        assert summary.took_part == len(voted)
        assert summary.at_counter == sum(1 for c in voted.values() if c == "counter")
        polls.close_poll(db, actor, poll_id)
        result = polls.count_poll(db, actor, poll_id, {1: COMMISSION[1][1],
                                                       2: COMMISSION[2][1]})
        f = result.figures
        assert (f.for_, f.against, f.blank, f.spoiled) == (expected[F], expected[A],
                                                          expected[B], expected[S])
        assert f.eligible == DWELLINGS and f.took_part == len(voted) <= f.eligible
        assert f.for_ + f.against + f.blank + f.spoiled == f.took_part
        assert f.expressed == f.for_ + f.against
        assert f.participation == Fraction(len(voted), DWELLINGS)
        assert f.share_for == (Fraction(f.for_, f.expressed) if f.expressed else 0)
        assert f.adopted == (f.for_ > f.against and (
            quorum is None or Fraction(len(voted) * 100, DWELLINGS) >= quorum))
        assert result.at_counter + result.by_caretakers == f.took_part
        assert sum(b.took_part for b in result.buildings) == f.took_part
        assert sum(b.eligible for b in result.buildings) == f.eligible
        assert all(0 <= b.took_part <= b.eligible for b in result.buildings)
        assert polls.results(db, actor, poll_id).figures == f  # the same once stored
    finally:
        db.close()
