"""The invariants of DOMAIN.md hold in the database itself, whatever the code."""

from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from db.engine import Database
from db.models import (
    AuditEntry,
    Ballot,
    Building,
    Dwelling,
    Equipment,
    Handout,
    Poll,
    PollEligible,
    Receipt,
    Sale,
    Sector,
    VoteRegister,
)

NOW = datetime(2026, 11, 23, 10, 0)


@pytest.fixture
def world(db: Database) -> Database:
    with db.write() as s:
        s.add(Sector(id=1, name="Kerourien", offer_state="vote_pending", monthly_cost_cents=118))
        s.flush()
        s.add(Building(id=1, sector_id=1, address="3 rue du Languedoc", name="A", entrance="1"))
        for n in (1, 2):
            s.add(Dwelling(id=n, landlord_ref=f"KER-{n}", building_id=1, floor="0", door=str(n),
                           on_roster=True, created_at=NOW, updated_at=NOW))
        s.flush()
        s.add(Poll(id=1, sector_id=1, question="?", state="draft"))
        s.flush()
        s.add_all([PollEligible(poll_id=1, dwelling_id=1), PollEligible(poll_id=1, dwelling_id=2)])
        s.flush()
        s.get(Poll, 1).state = "open"
        for n in (1, 2, 3):
            s.add(Equipment(id=n, kind="decoder", serial=f"DEC-{n}", received_at=NOW))
        s.add(Equipment(id=4, kind="computer", serial="PC-1", price_cents=4000, received_at=NOW))
    return db


def _receipt(s, number: int, series: str = "handout", year: int = 2026) -> Receipt:  # type: ignore[no-untyped-def]
    receipt = Receipt(series=series, year=year, number=number, issued_at=NOW)
    s.add(receipt)
    s.flush()
    return receipt


def test_one_register_entry_per_poll_and_dwelling(world: Database) -> None:
    with world.write() as s:
        s.add(VoteRegister(poll_id=1, dwelling_id=1, channel="counter", recorded_at=NOW))
    with pytest.raises(IntegrityError):
        with world.write() as s:
            s.add(VoteRegister(poll_id=1, dwelling_id=1, channel="caretaker", recorded_at=NOW))


def test_ballot_table_holds_nothing_that_links_to_a_dwelling(world: Database) -> None:
    columns = {c["name"] for c in inspect(world.engine).get_columns("ballot")}
    assert columns == {"id", "poll_id", "sealed"}  # no choice in clear, no time, no agent
    with world.engine.connect() as conn:
        sql = conn.exec_driver_sql(
            "SELECT sql FROM sqlite_master WHERE name = 'ballot'").scalar()
    assert "WITHOUT ROWID" in sql.upper()  # no insertion order to read back


def test_one_open_poll_per_sector(world: Database) -> None:
    with pytest.raises(IntegrityError):
        with world.write() as s:
            s.add(Poll(sector_id=1, question="Encore ?", state="open", opened_at=NOW))
    with world.write() as s:  # a draft beside it is fine
        s.add(Poll(sector_id=1, question="Plus tard ?", state="draft"))


def test_no_register_entry_or_ballot_outside_an_open_poll(world: Database) -> None:
    with world.write() as s:
        s.get(Poll, 1).state = "closed"
    with pytest.raises(IntegrityError, match="poll not open"):
        with world.write() as s:
            s.add(VoteRegister(poll_id=1, dwelling_id=1, channel="counter", recorded_at=NOW))
    with pytest.raises(IntegrityError, match="poll not open"):
        with world.write() as s:
            s.add(Ballot(id=b"\x01" * 16, poll_id=1, sealed=b"x" * 49))
    with pytest.raises(IntegrityError, match="frozen"):
        with world.write() as s:
            s.add(PollEligible(poll_id=1, dwelling_id=3))


def test_register_entry_only_for_an_eligible_dwelling(world: Database) -> None:
    with world.write() as s:
        s.add(Dwelling(id=3, landlord_ref="KER-3", building_id=1, floor="1", door="3",
                       on_roster=True, created_at=NOW, updated_at=NOW))
    with pytest.raises(IntegrityError, match="not eligible"):
        with world.write() as s:
            s.add(VoteRegister(poll_id=1, dwelling_id=3, channel="counter", recorded_at=NOW))


def test_receipt_numbers_are_unique_gap_free_and_immutable(world: Database) -> None:
    with world.write() as s:
        _receipt(s, 1)
        _receipt(s, 2)
        _receipt(s, 1, series="sale")
        _receipt(s, 1, year=2027)
    with pytest.raises(IntegrityError, match="out of sequence"):
        with world.write() as s:
            _receipt(s, 4)  # 3 skipped
    with pytest.raises(IntegrityError):
        with world.write() as s:
            _receipt(s, 2)  # reused
    with pytest.raises(IntegrityError, match="never changed"):
        with world.write() as s:
            s.get(Receipt, 1).number = 7
    with pytest.raises(IntegrityError, match="never deleted"):
        with world.write() as s:
            s.delete(s.get(Receipt, 2))


def _state(s, equipment_id: int) -> str:  # type: ignore[no-untyped-def]
    return s.get(Equipment, equipment_id).state


def test_a_decoder_is_out_once_at_a_time_and_can_go_out_again(world: Database) -> None:
    with world.write() as s:
        s.add(Handout(receipt_id=_receipt(s, 1).id, dwelling_id=1, equipment_id=1, handed_at=NOW))
    with world.read() as s:
        assert _state(s, 1) == "handed_out"  # the state follows the handout
    with pytest.raises(IntegrityError, match="not available"):
        with world.write() as s:
            s.add(Handout(receipt_id=_receipt(s, 2).id, dwelling_id=2, equipment_id=1,
                          handed_at=NOW))
    with world.write() as s:  # brought back, with a receipt of its own series
        handout = s.get(Handout, 1)
        handout.ended_at, handout.end_reason = NOW, "returned"
        handout.end_receipt_id = _receipt(s, 1, series="return").id
    with world.read() as s:
        assert _state(s, 1) == "returned"
    with world.write() as s:  # and out again, to another household
        s.add(Handout(receipt_id=_receipt(s, 2).id, dwelling_id=2, equipment_id=1,
                      handed_at=NOW))
    with world.read() as s:
        assert _state(s, 1) == "handed_out"
    with pytest.raises(IntegrityError, match="ended once"):
        with world.write() as s:
            s.get(Handout, 1).end_reason = "cancelled"
    with pytest.raises(IntegrityError, match="never deleted"):
        with world.write() as s:
            s.delete(s.get(Handout, 2))


def test_one_active_decoder_per_dwelling_and_a_replacement_names_the_one_it_replaces(
        world: Database) -> None:
    with world.write() as s:
        s.add(Handout(receipt_id=_receipt(s, 1).id, dwelling_id=1, equipment_id=1, handed_at=NOW))
    with pytest.raises(IntegrityError):  # a second active decoder
        with world.write() as s:
            s.add(Handout(receipt_id=_receipt(s, 2).id, dwelling_id=1, equipment_id=2,
                          handed_at=NOW))
    with pytest.raises(IntegrityError):  # a "replacement" of a handout still active
        with world.write() as s:
            s.add(Handout(receipt_id=_receipt(s, 2).id, dwelling_id=1, equipment_id=2,
                          handed_at=NOW, replaces_id=1, replacement_reason="en panne"))
    with world.write() as s:  # the faulty one ends as replaced; the new one says so
        old = s.get(Handout, 1)
        old.ended_at, old.end_reason = NOW, "replaced"
        s.flush()
        with pytest.raises(IntegrityError):  # a replacement carries its reason
            with s.begin_nested():
                s.add(Handout(receipt_id=_receipt(s, 2).id, dwelling_id=1, equipment_id=2,
                              handed_at=NOW, replaces_id=1, replacement_reason="  "))
        s.add(Handout(receipt_id=_receipt(s, 2).id, dwelling_id=1, equipment_id=2,
                      handed_at=NOW, replaces_id=1, replacement_reason="écran noir"))
    with world.read() as s:
        assert (_state(s, 1), _state(s, 2)) == ("faulty", "handed_out")
    with pytest.raises(IntegrityError, match="not available"):  # a faulty decoder stays in
        with world.write() as s:
            s.add(Handout(receipt_id=_receipt(s, 3).id, dwelling_id=2, equipment_id=1,
                          handed_at=NOW))


def test_a_cancelled_receipt_keeps_its_number_and_its_reason(world: Database) -> None:
    with world.write() as s:
        _receipt(s, 1)
    with pytest.raises(IntegrityError):  # no cancellation without a reason
        with world.write() as s:
            s.get(Receipt, 1).cancelled_at = NOW
    with world.write() as s:
        receipt = s.get(Receipt, 1)
        receipt.cancelled_at, receipt.cancel_reason = NOW, "mauvais logement"
    with pytest.raises(IntegrityError, match="stays as it was cancelled"):
        with world.write() as s:
            s.get(Receipt, 1).cancel_reason = "autre chose"


def test_money_is_positive_integer_cents(world: Database) -> None:
    with pytest.raises(IntegrityError):
        with world.write() as s:
            s.add(Sale(receipt_id=_receipt(s, 1, series="sale").id, dwelling_id=1,
                       equipment_id=4, amount_cents=0, payment_method="cash", sold_at=NOW))
    with world.write() as s:
        s.add(Sale(receipt_id=_receipt(s, 1, series="sale").id, dwelling_id=1, equipment_id=4,
                   amount_cents=4000, payment_method="cash", sold_at=NOW))
    with world.read() as s:
        assert isinstance(s.get(Sale, 1).amount_cents, int)


def test_audit_log_is_append_only(world: Database) -> None:
    with world.write() as s:
        s.add(AuditEntry(at=NOW, actor_label="x", action="a", prev_hash="0", hash="1"))
    with pytest.raises(IntegrityError, match="append-only"):
        with world.write() as s:
            s.get(AuditEntry, 1).action = "b"
    with pytest.raises(IntegrityError, match="append-only"):
        with world.write() as s:
            s.delete(s.get(AuditEntry, 1))


def test_foreign_keys_are_enforced(world: Database) -> None:
    with pytest.raises(IntegrityError):
        with world.write() as s:
            s.add(Building(id=9, sector_id=999, address="?", name="", entrance=""))
