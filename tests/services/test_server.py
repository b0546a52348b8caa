"""Several counters on one PostgreSQL server (the test cluster): what only a
server shows. (Every other service test also runs there: tests/services/conftest.py.)"""

from __future__ import annotations

import io
import multiprocessing
import threading
import time

import pytest
from sqlalchemy import create_engine, func, select, text

from app.domain.enums import BallotChoice, OfferState, VisitReason
from app.domain.errors import ServerUnreachable
from app.services import backup, changes, handouts, households, polls, visits
from app.services.context import Actor
from app.services.roster import import_roster
from db.copy import check_table, tables
from db.engine import Database, open_database
from db.models import AuditEntry, Ballot, Equipment, Handout, Receipt, Sector, VoteRegister
from tests.services.test_polls import COMMISSION, open_kerourien, roster

pytestmark = pytest.mark.postgresql


@pytest.fixture
def engine_name() -> str:
    return "postgresql"


@pytest.fixture(autouse=True)
def _this_pcs_folder(tmp_path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    """This PC's own folder (backups of a server centre...) in the test's tmp."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))


def _adopted_centre(db: Database, actor: Actor, dwellings: int, decoders: int) -> None:
    import_roster(db, actor, roster(kerourien=dwellings))
    with db.write() as s:
        s.execute(Sector.__table__.update().values(offer_state=OfferState.ADOPTED.value))
    for n in range(1, decoders + 1):
        handouts.add_decoder(db, actor, f"DEC-{n:04d}", "HD")


def _hand_out_many(location: str, first: int, count: int, out) -> None:  # type: ignore[no-untyped-def]
    db = open_database(location)
    actor = Actor.command_line()
    numbers = []
    try:
        for n in range(first, first + count):
            dwelling = households.find_by_reference(db, actor, f"K{n}")
            numbers.append(handouts.hand_out(db, actor, dwelling, f"DEC-{n:04d}", "X").receipt)
    finally:
        db.close()
        out.put(numbers)


@pytest.mark.slow
def test_four_counters_hand_out_200_decoders_each_no_gap_no_duplicate(
        db: Database, coordinator: Actor) -> None:
    _adopted_centre(db, coordinator, 800, 800)
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    workers = [ctx.Process(target=_hand_out_many, args=(db.location, 1 + 200 * k, 200, out))
               for k in range(4)]
    for w in workers:
        w.start()
    numbers = [n for _ in workers for n in out.get(timeout=900)]
    for w in workers:
        w.join(60)
    assert sorted(int(n.split("-")[2]) for n in numbers) == list(range(1, 801))
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Handout)) == 800
        assert s.scalar(select(func.count()).select_from(Receipt)) == 800
        assert s.scalar(select(func.count()).select_from(Handout).where(
            Handout.receipt_id.is_(None))) == 0  # every handout has its receipt
        assert s.scalar(select(func.count(func.distinct(Handout.dwelling_id)))) == 800
        assert s.scalar(select(func.count()).select_from(Equipment).where(
            Equipment.state == "in_stock")) == 0


def test_a_connection_killed_mid_act_writes_nothing_and_the_act_can_be_redone(
        db: Database, coordinator: Actor) -> None:
    """The act waits on a row another session holds (the receipt counter),
    after writing its handout; the server then cuts its connection
    (pg_terminate_backend). Nothing of it stays; done again, it goes through."""
    _adopted_centre(db, coordinator, 4, 4)
    k1, k2 = (households.find_by_reference(db, coordinator, ref) for ref in ("K1", "K2"))
    handouts.hand_out(db, coordinator, k1, "DEC-0001", "X")  # the counter row exists
    with db.read() as s:
        before = [check_table(s, t) for t in tables()]
    holder = create_engine(db.engine.url)
    outcome: list[BaseException | object] = []
    with holder.connect() as conn:
        conn.execute(text("SELECT * FROM receipt_counter FOR UPDATE"))
        act = threading.Thread(target=lambda: outcome.append(_attempt(
            handouts.hand_out, db, coordinator, k2, "DEC-0002", "X")))
        act.start()
        victim = None
        for _ in range(100):  # the act reaches the counter and waits there
            victim = conn.execute(text(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()")).scalar()
            if victim:
                break
            time.sleep(0.05)
        assert victim, "the act never waited on the counter"
        assert conn.execute(text("SELECT pg_terminate_backend(:p)"), {"p": victim}).scalar()
        act.join(30)
        conn.rollback()
    holder.dispose()
    assert isinstance(outcome[0], ServerUnreachable), outcome
    with db.read() as s:
        assert [check_table(s, t) for t in tables()] == before  # nothing half-written
    again = handouts.hand_out(db, coordinator, k2, "DEC-0002", "X")  # the server is back
    assert again.receipt.endswith("-000002")


def _attempt(call, *args):  # type: ignore[no-untyped-def]
    try:
        return call(*args)
    except Exception as exc:  # noqa: BLE001 - the test looks at what came back
        return exc


def test_a_frozen_server_is_cut_off_by_the_counter_and_nothing_is_written(
        db: Database, coordinator: Actor, monkeypatch: pytest.MonkeyPatch) -> None:
    """A server that answers nothing (its process stopped, its PC asleep) sends
    no time-out of its own: the counter's watchdog cuts the connection."""
    import os
    import signal

    import db.postgres as server

    if os.geteuid() != 0:
        pytest.skip("stopping the server's process needs root (CI runs as root)")
    monkeypatch.setattr(server, "CLIENT_TIMEOUT_S", 2.0)
    _adopted_centre(db, coordinator, 2, 2)
    k1 = households.find_by_reference(db, coordinator, "K1")
    with db.read() as s:
        backends = list(s.execute(text(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database()")).scalars())
        before = [check_table(s, t) for t in tables()]
    postmaster = int(open(f"/proc/{backends[0]}/stat").read().rsplit(")", 1)[1].split()[1])
    frozen = [postmaster, *backends]  # the whole server, as far as this counter can tell
    for pid in frozen:
        os.kill(pid, signal.SIGSTOP)
    try:
        started = time.monotonic()
        outcome = _attempt(handouts.hand_out, db, coordinator, k1, "DEC-0001", "X")
        waited = time.monotonic() - started
    finally:
        for pid in frozen:
            os.kill(pid, signal.SIGCONT)
    assert isinstance(outcome, ServerUnreachable), outcome
    assert waited < 15  # the watchdog (2 s here), then a new connection's 5 s time-out
    with db.read() as s:
        assert [check_table(s, t) for t in tables()] == before
    assert handouts.hand_out(db, coordinator, k1, "DEC-0001", "X").receipt.endswith("-000001")


def test_a_server_that_does_not_answer_is_said_in_seconds() -> None:
    import socket

    with socket.socket() as s:  # a port where nothing listens
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.monotonic()
    with pytest.raises(ServerUnreachable) as error:
        open_database(f"postgresql://guichet:pw@127.0.0.1:{port}/guichet")
    assert time.monotonic() - started < 10
    assert error.value.reason == "lost" and "pw" not in str(error.value.path)
    from app.messages import describe

    assert "rien n'a été enregistré" in describe(error.value)


def test_the_ballot_box_on_a_heap_keeps_no_order_and_no_transaction_of_its_own(
        db: Database, coordinator: Actor) -> None:
    """On PostgreSQL a row's place and its xmin would tell which ballot came
    with which register entry: every ballot of the poll shares the last
    vote's transaction and lies in random-id order (db.ballots)."""
    import_roster(db, coordinator, roster())
    poll_id = open_kerourien(db, coordinator)
    for n in range(1, 7):
        polls.vote_at_counter(db, coordinator, poll_id, households.find_by_reference(
            db, coordinator, f"K{n}"), None, [BallotChoice.FOR, BallotChoice.AGAINST][n % 2])
    with db.read() as s:
        rows = s.execute(text("SELECT id, xmin::text FROM ballot WHERE poll_id = :p "
                              "ORDER BY ctid"), {"p": poll_id}).all()
        registers = s.execute(text("SELECT DISTINCT xmin::text FROM vote_register "
                                   "WHERE poll_id = :p"), {"p": poll_id}).scalars().all()
    assert len(rows) == 6
    assert [bytes(r[0]) for r in rows] == sorted(bytes(r[0]) for r in rows)  # random-id order
    assert len({r[1] for r in rows}) == 1  # one transaction for the whole box...
    assert len(registers) == 6  # ...while each register entry has its own
    polls.close_poll(db, coordinator, poll_id)
    result = polls.count_poll(db, coordinator, poll_id, {0: COMMISSION[0][1],
                                                         1: COMMISSION[1][1]})
    assert (result.figures.for_, result.figures.against) == (3, 3)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Ballot)) == 0
        assert s.scalar(select(func.count()).select_from(VoteRegister)) == 6


def test_other_counters_writes_are_seen_within_two_seconds(
        db: Database, coordinator: Actor) -> None:
    from ui.live import LiveChanges

    import_roster(db, coordinator, roster())
    other = open_database(db.location)  # a second counter PC
    heard: list[frozenset[str]] = []
    changes.subscribe(other, heard.append)
    watch = LiveChanges(other)
    try:
        time.sleep(1.5)  # the watch has found where the log stands
        visits.check_in(db, coordinator, households.find_by_reference(db, coordinator, "K1"),
                        VisitReason.INFORMATION)
        written = time.monotonic()
        while not heard and time.monotonic() - written < 2.0:
            time.sleep(0.05)
        assert heard and "visit" in heard[0], heard
        # this counter's own writes are told once, by itself, not again by the watch
        heard.clear()
        visits.check_in(other, coordinator, households.find_by_reference(db, coordinator, "K2"),
                        VisitReason.INFORMATION)
        assert heard == [frozenset({"visit"})]
        time.sleep(2.5)
        assert heard == [frozenset({"visit"})]
    finally:
        watch.stop()
        changes.unsubscribe(other, heard.append)
        other.close()


def test_a_centre_goes_to_the_server_and_back_identical_table_by_table(
        _demo_template, tmp_path, pg_databases) -> None:  # type: ignore[no-untyped-def]
    from app import cli

    name = f"t_copy_{int(time.time() * 1000) % 10**9}"
    url = pg_databases.create(name)
    back = tmp_path / "back.sqlite3"
    try:
        out, err = io.StringIO(), io.StringIO()
        assert cli.main(["copy-database", str(_demo_template), url], out, err) == 0, err.getvalue()
        assert "identiques" in out.getvalue()
        assert cli.main(["copy-database", url, str(back)], io.StringIO(), err) == 0, err.getvalue()
        # a second copy into a centre is refused, nothing written
        refused = io.StringIO()
        assert cli.main(["copy-database", str(_demo_template), url], io.StringIO(), refused) != 0
        assert "contient déjà un centre" in refused.getvalue()
        original, returned = open_database(_demo_template), open_database(back)
        try:
            with original.read() as a, returned.read() as b:
                for table in tables():
                    mine, theirs = check_table(a, table), check_table(b, table)
                    if table.name == "audit_log":  # two more entries: the two copies
                        assert theirs.rows == mine.rows + 2
                        continue
                    assert mine == theirs, table.name
            found = households.search_households(returned, Actor.command_line(), "languedoc")
            assert found  # the search index was rebuilt on the way
        finally:
            original.close()
            returned.close()
    finally:
        pg_databases.drop(name)


def test_a_backup_of_the_server_restores_on_a_single_pc_and_back(
        demo_db: Database, tmp_path, pg_databases) -> None:  # type: ignore[no-untyped-def]
    coordinator = Actor.command_line()
    exported = backup.export_backup(demo_db, coordinator, tmp_path, "le phare du Minou",
                                    "Centre démo")
    single = tmp_path / "single.sqlite3"
    backup.restore_backup(single, exported.path, "le phare du Minou", coordinator)
    restored = open_database(single)
    try:
        with demo_db.read() as a, restored.read() as b:
            for table in tables():
                if table.name != "audit_log":
                    assert check_table(a, table) == check_table(b, table), table.name
        # and the single PC's backup goes back onto a new server database
        again = backup.export_backup(restored, coordinator, tmp_path / "..", "le phare du Minou",
                                     "Centre démo 2")
    finally:
        restored.close()
    name = f"t_restore_{int(time.time() * 1000) % 10**9}"
    url = pg_databases.create(name)
    try:
        report = backup.restore_backup(url, again.path, "le phare du Minou", coordinator)
        assert report.previous_kept_as is None  # a new server: nothing to keep
        # restored again over a centre: the server's centre is kept on this PC,
        # encrypted (a vote's sealed box must not lie there in clear)
        report = backup.restore_backup(url, again.path, "le phare du Minou", coordinator)
        kept = report.previous_kept_as
        assert kept is not None and kept.stat().st_mode & 0o077 == 0
        assert not kept.read_bytes().startswith(b"SQLite format 3")
        assert backup.plain_bytes(kept, "le phare du Minou").startswith(b"SQLite format 3")
        server = open_database(url)
        try:
            with demo_db.read() as a, server.read() as b:
                for table in tables():
                    if table.name != "audit_log":
                        assert check_table(a, table) == check_table(b, table), table.name
                assert b.scalar(select(func.count()).select_from(AuditEntry).where(
                    AuditEntry.action == "database_restored")) == 2
        finally:
            server.close()
    finally:
        pg_databases.drop(name)


def test_the_command_line_works_on_the_server(demo_db: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from app import cli

    secret = tmp_path / "secret"
    secret.write_text("2468\n", encoding="utf-8")
    for args in (["staff", "list"], ["audit", "verify"],
                 ["staff", "add", "Nouvelle", "--role", "reception", "--secret-file", str(secret)],
                 ["privacy", "export", "KER-00003"]):
        out, err = io.StringIO(), io.StringIO()
        assert cli.main([*args, "--db", demo_db.location], out, err) == cli.EXIT_OK, (
            args, err.getvalue())
        assert "Traceback" not in err.getvalue()
    out = io.StringIO()
    assert cli.main(["staff", "list", "--db", demo_db.location], out, io.StringIO()) == 0
    assert "Nouvelle" in out.getvalue()
    password = demo_db.location.split(":")[2].split("@")[0]
    with demo_db.read() as s:  # the server's password is nowhere in what was recorded
        assert all(password not in (details or "") for details in s.scalars(
            select(AuditEntry.details)))
