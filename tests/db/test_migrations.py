"""The migrations build exactly the models' schema and keep existing rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine, event

from db import migrate
from db.engine import SCHEMA_HEAD, current_revision, open_database
from db.models import Base
from db.search import is_search_table, register_functions

FIRST = "0001"


def test_schema_head_constant_is_alembic_head() -> None:
    assert migrate.head_revision() == SCHEMA_HEAD


def test_upgrade_from_empty_gives_exactly_the_models_schema(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={
            "compare_type": True,
            "include_name": lambda name, type_, _parents: not (
                type_ == "table" and is_search_table(name))})
        assert compare_metadata(context, Base.metadata) == []
    assert current_revision(db) == SCHEMA_HEAD
    db.close()


def test_database_at_first_revision_with_rows_upgrades_without_loss(db_path: Path) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    migrate.upgrade(engine, FIRST)
    engine.dispose()
    raw = sqlite3.connect(db_path)
    raw.execute("INSERT INTO sector (id, name, offer_state, monthly_cost_cents) "
                "VALUES (1, 'Kerourien', 'vote_pending', 118)")
    raw.execute("INSERT INTO building (id, sector_id, address, name, entrance) "
                "VALUES (1, 1, '3 rue du Languedoc', 'A', '1')")
    raw.execute("INSERT INTO dwelling (id, landlord_ref, building_id, floor, door, on_roster, "
                "created_at, updated_at) VALUES (1, 'KER-1', 1, '0', '0A', 1, "
                "'2026-01-01 10:00:00', '2026-01-01 10:00:00')")
    raw.execute("INSERT INTO person (dwelling_id, family_name, given_name, name_key, on_roster) "
                "VALUES (1, 'Öztürk', 'Şükrü', 'ozturk sukru', 1)")
    raw.commit()
    raw.close()

    db = open_database(db_path)  # migrates to head on open
    assert current_revision(db) == SCHEMA_HEAD
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT landlord_ref FROM dwelling").scalar() == "KER-1"
        assert conn.exec_driver_sql("SELECT given_name FROM person").scalar() == "Şükrü"
        # the search index made by a later migration covers the rows already there
        assert conn.exec_driver_sql(
            "SELECT names FROM household_search").scalar() == "ozturk sukru"
    db.close()


def test_sqlite_triggers_exist_after_migration(db_path: Path) -> None:
    db = open_database(db_path)
    with db.engine.connect() as conn:
        triggers = {row[0] for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    db.close()
    assert {"audit_log_no_update", "audit_log_no_delete", "receipt_in_sequence",
            "receipt_no_update", "receipt_no_delete"} <= triggers


def test_migrations_are_frozen_they_import_no_live_code() -> None:
    """A released migration never changes: it may use Alembic and SQLAlchemy,
    never the project's own modules (which will change)."""
    import ast

    versions = Path(__file__).resolve().parents[2] / "db" / "migrations" / "versions"
    files = sorted(versions.glob("*.py"))
    assert len(files) >= 3
    live = {}
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([alias.name for alias in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            bad = [n for n in names if n.split(".")[0] not in {"__future__", "alembic",
                                                                 "sqlalchemy"}]
            if bad:
                live.setdefault(path.name, []).extend(bad)
    assert live == {}


def test_migrations_write_the_same_schema_every_time(db_path: Path) -> None:
    """A restore compares a backup's schema with the migrations' word for word:
    a migration must not write a table's constraints in an arbitrary order
    (Alembic's batch copy does; 0004 spells its copy out)."""
    db = open_database(db_path)
    db.close()
    assert migrate.schema_of(db_path) == migrate.schema_at(SCHEMA_HEAD) == \
        migrate.schema_at(SCHEMA_HEAD)


def test_the_offer_can_be_not_proposed_and_nothing_else(db_path: Path) -> None:
    db = open_database(db_path)
    db.close()
    raw = sqlite3.connect(db_path)
    raw.execute("INSERT INTO sector (name, offer_state, monthly_cost_cents) "
                "VALUES ('Bellevue', 'not_proposed', 118)")
    with pytest.raises(sqlite3.IntegrityError):
        raw.execute("INSERT INTO sector (name, offer_state, monthly_cost_cents) "
                    "VALUES ('Recouvrance', 'maybe', 118)")
    raw.close()


def test_0006_keeps_receipts_gap_free_and_append_only_and_links_old_replacements(
        db_path: Path) -> None:
    """The receipt table is rebuilt for its new series: its triggers come back;
    an old-style replacement is linked to the handout it replaced."""
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", lambda conn, _record: register_functions(conn))
    migrate.upgrade(engine, "0005")
    engine.dispose()
    raw = sqlite3.connect(db_path)
    register_functions(raw)  # the search index's triggers call them
    now = "2026-11-23 10:00:00.000000"
    raw.executescript(f"""
        INSERT INTO sector (id, name, offer_state, monthly_cost_cents)
            VALUES (1, 'Kerourien', 'adopted', 118);
        INSERT INTO building (id, sector_id, address, name, entrance)
            VALUES (1, 1, '3 rue du Languedoc', 'A', '1');
        INSERT INTO dwelling (id, landlord_ref, building_id, floor, door, on_roster, created_at,
            updated_at, note) VALUES (1, 'KER-1', 1, '0', '0A', 1, '{now}', '{now}', '');
        INSERT INTO equipment (id, kind, serial, model, state, received_at) VALUES
            (1, 'decoder', 'DEC-1', 'HD', 'faulty', '{now}'),
            (2, 'decoder', 'DEC-2', 'HD', 'handed_out', '{now}');
        INSERT INTO receipt (id, series, year, number, issued_at) VALUES
            (1, 'handout', 2026, 1, '{now}'), (2, 'handout', 2026, 2, '{now}');
        INSERT INTO handout (id, receipt_id, dwelling_id, equipment_id, handed_at, is_replacement,
            replacement_reason) VALUES (1, 1, 1, 1, '{now}', 0, NULL),
            (2, 2, 1, 2, '2026-11-24 10:00:00.000000', 1, 'écran noir');
    """)
    raw.commit()
    raw.close()

    db = open_database(db_path)  # migrates to head
    assert current_revision(db) == SCHEMA_HEAD
    db.close()
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA foreign_keys = ON")
    assert raw.execute("SELECT id, replaces_id, replacement_reason, end_reason, ended_at "
                       "FROM handout ORDER BY id").fetchall() == [
        (1, None, None, "replaced", "2026-11-24 10:00:00.000000"),
        (2, 1, "écran noir", None, None)]
    assert raw.execute("SELECT state FROM equipment ORDER BY id").fetchall() == [
        ("faulty",), ("handed_out",)]
    triggers = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"receipt_in_sequence", "receipt_no_update", "receipt_no_delete"} <= triggers
    with pytest.raises(sqlite3.IntegrityError, match="out of sequence"):  # gap-free still
        raw.execute(f"INSERT INTO receipt (series, year, number, issued_at) "
                    f"VALUES ('handout', 2026, 4, '{now}')")
    with pytest.raises(sqlite3.IntegrityError, match="never deleted"):  # append-only still
        raw.execute("DELETE FROM receipt WHERE id = 1")
    with pytest.raises(sqlite3.IntegrityError, match="never changed"):
        raw.execute("UPDATE receipt SET number = 9 WHERE id = 2")
    raw.execute(f"INSERT INTO receipt (series, year, number, issued_at) "
                f"VALUES ('return', 2026, 1, '{now}')")  # the new series, from 1
    raw.close()


def test_0007_keeps_the_sales_lets_a_mistaken_one_be_cancelled_and_adds_the_closings(
        db_path: Path) -> None:
    """The sale table is rebuilt for its cancellation: its rows stay, its
    triggers keep it append-only, one standing sale per computer (a partial
    unique index); the closings are append-only; documents take the new kind."""
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", lambda conn, _record: register_functions(conn))
    migrate.upgrade(engine, "0006")
    engine.dispose()
    raw = sqlite3.connect(db_path)
    register_functions(raw)  # the search index's triggers call them
    now = "2026-11-30 10:00:00.000000"
    raw.executescript(f"""
        INSERT INTO sector (id, name, offer_state, monthly_cost_cents)
            VALUES (1, 'Kerourien', 'adopted', 118);
        INSERT INTO building (id, sector_id, address, name, entrance)
            VALUES (1, 1, '3 rue du Languedoc', 'A', '1');
        INSERT INTO dwelling (id, landlord_ref, building_id, floor, door, on_roster, created_at,
            updated_at, note) VALUES (1, 'KER-1', 1, '0', '0A', 1, '{now}', '{now}', ''),
            (2, 'KER-2', 1, '0', '0B', 1, '{now}', '{now}', '');
        INSERT INTO equipment (id, kind, serial, model, price_cents, state, received_at) VALUES
            (1, 'computer', 'PC-1', 'Portable', 4000, 'sold', '{now}');
        INSERT INTO receipt (id, series, year, number, issued_at) VALUES
            (1, 'sale', 2026, 1, '{now}');
        INSERT INTO sale (id, receipt_id, dwelling_id, equipment_id, amount_cents, payment_method,
            sold_at) VALUES (1, 1, 1, 1, 4000, 'cash', '{now}');
        INSERT INTO printed_document (id, kind, title, data, created_at, receipt_id, prints)
            VALUES (1, 'receipt', 'Reçu 2026-000001', '{{}}', '{now}', 1, 1);
    """)
    raw.commit()
    raw.close()

    db = open_database(db_path)  # migrates to head
    assert current_revision(db) == SCHEMA_HEAD
    db.close()
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA foreign_keys = ON")
    try:
        assert raw.execute("SELECT id, receipt_id, dwelling_id, equipment_id, amount_cents, "
                           "payment_method, sold_at, cancelled_at FROM sale").fetchall() == [
            (1, 1, 1, 1, 4000, "cash", now, None)]
        assert raw.execute("SELECT id, kind, receipt_id FROM printed_document").fetchall() == [
            (1, "receipt", 1)]
        with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
            raw.execute("DELETE FROM sale")
        with pytest.raises(sqlite3.IntegrityError, match="never rewritten"):
            raw.execute("UPDATE sale SET amount_cents = 7000")
        with pytest.raises(sqlite3.IntegrityError, match="not in stock"):  # sold already
            raw.execute("INSERT INTO receipt (series, year, number, issued_at) "
                        f"VALUES ('sale', 2026, 2, '{now}')")
            raw.execute(f"INSERT INTO sale (receipt_id, dwelling_id, equipment_id, amount_cents, "
                        f"payment_method, sold_at) VALUES (2, 2, 1, 4000, 'cash', '{now}')")
        raw.rollback()
        # cancelled: the computer is back in the stock, and the sale stays as cancelled
        raw.execute(f"UPDATE sale SET cancelled_at = '{now}' WHERE id = 1")
        assert raw.execute("SELECT state FROM equipment").fetchone() == ("in_stock",)
        with pytest.raises(sqlite3.IntegrityError, match="never rewritten"):
            raw.execute("UPDATE sale SET cancelled_at = NULL WHERE id = 1")
        raw.execute("INSERT INTO receipt (series, year, number, issued_at) "
                    f"VALUES ('sale', 2026, 2, '{now}')")
        raw.execute(f"INSERT INTO sale (receipt_id, dwelling_id, equipment_id, amount_cents, "
                    f"payment_method, sold_at) VALUES (2, 2, 1, 4000, 'cheque', '{now}')")
        assert raw.execute("SELECT state FROM equipment").fetchone() == ("sold",)
        # one standing sale per computer, whatever the state says
        raw.execute("UPDATE equipment SET state = 'in_stock'")
        raw.execute("INSERT INTO receipt (series, year, number, issued_at) "
                    f"VALUES ('sale', 2026, 3, '{now}')")
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE.*sale.equipment_id"):
            raw.execute(f"INSERT INTO sale (receipt_id, dwelling_id, equipment_id, amount_cents, "
                        f"payment_method, sold_at) VALUES (3, 1, 1, 4000, 'cash', '{now}')")
        raw.execute("INSERT INTO equipment (id, kind, serial, model, price_cents, state, "
                    f"received_at) VALUES (2, 'computer', 'PC-2', 'Tour', 7000, 'in_stock', '{now}')")
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE.*sale.receipt_id"):
            raw.execute(f"INSERT INTO sale (receipt_id, dwelling_id, equipment_id, amount_cents, "
                        f"payment_method, sold_at) VALUES (2, 1, 2, 7000, 'cash', '{now}')")

        raw.execute("INSERT INTO daily_closing (day, closed_at, expected_cash_cents, "
                    "counted_cash_cents, expected_cheque_cents, counted_cheque_cents, "
                    f"cheques_expected, cheques_counted) VALUES ('2026-11-30', '{now}', 0, 0, "
                    "4000, 4000, 1, 1)")
        with pytest.raises(sqlite3.IntegrityError, match="never changed"):
            raw.execute("UPDATE daily_closing SET note = 'x'")
        with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
            raw.execute("DELETE FROM daily_closing")
        raw.execute(f"INSERT INTO printed_document (kind, title, data, created_at, prints) "
                    f"VALUES ('closing', 'Clôture de caisse du 30/11/2026', '{{}}', '{now}', 0)")
        with pytest.raises(sqlite3.IntegrityError):
            raw.execute(f"INSERT INTO printed_document (kind, title, data, created_at, prints) "
                        f"VALUES ('letter', 'x', '{{}}', '{now}', 0)")
        triggers = {r[0] for r in raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'")}
        assert {"sale_no_delete", "sale_cancelled_once", "sale_cancelled", "sale_sold",
                "daily_closing_no_update", "daily_closing_no_delete", "receipt_no_delete",
                "handout_no_delete"} <= triggers
    finally:
        raw.close()


def test_0008_keeps_slots_and_bookings_and_holds_capacity_and_places_apart(
        db_path: Path) -> None:
    """The slot and appointment tables are rebuilt: the old purposes become
    kinds, the old tokens codes, checked_in and missed attended and no_show;
    the database then refuses a booking beyond a slot's capacity or in a
    cancelled slot, and two overlapping slots of one place."""
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", lambda conn, _record: register_functions(conn))
    migrate.upgrade(engine, "0007")
    engine.dispose()
    raw = sqlite3.connect(db_path)
    register_functions(raw)  # the search index's triggers call them
    now = "2026-12-07 10:00:00.000000"
    raw.executescript(f"""
        INSERT INTO sector (id, name, offer_state, monthly_cost_cents)
            VALUES (1, 'Kerourien', 'adopted', 118);
        INSERT INTO building (id, sector_id, address, name, entrance)
            VALUES (1, 1, '3 rue du Languedoc', 'A', '1');
        INSERT INTO dwelling (id, landlord_ref, building_id, floor, door, on_roster, created_at,
            updated_at, note) VALUES (1, 'KER-1', 1, '0', '0A', 1, '{now}', '{now}', ''),
            (2, 'KER-2', 1, '0', '0B', 1, '{now}', '{now}', ''),
            (3, 'KER-3', 1, '0', '0C', 1, '{now}', '{now}', '');
        INSERT INTO appointment_slot (id, starts_at, ends_at, purpose, capacity, place) VALUES
            (1, '2026-12-08 09:00:00.000000', '2026-12-08 10:00:00.000000', 'decoder_pickup',
             2, 'Accueil'),
            (2, '2026-12-08 10:00:00.000000', '2026-12-08 11:00:00.000000', 'computer', 1,
             'Accueil'),
            (3, '2026-12-08 10:00:00.000000', '2026-12-08 11:00:00.000000', 'Atelier CV', 1,
             'Salle 2');
        INSERT INTO appointment (id, slot_id, dwelling_id, token, status, bring, created_at,
            checked_in_at) VALUES
            (1, 1, 1, 'GUICHET-RDV:7KQ2M9XR4TZW', 'checked_in', '', '{now}',
             '2026-12-08 09:05:00.000000'),
            (2, 1, 2, 'GUICHET-RDV:AAAA', 'missed', '', '{now}', NULL),
            (3, 2, 3, 'GUICHET-RDV:BBBB', 'cancelled', '', '{now}', NULL),
            (4, 3, 3, 'GUICHET-RDV:CCCC', 'booked', 'Un CV', '{now}', NULL);
    """)
    raw.commit()
    raw.close()

    db = open_database(db_path)  # migrates to head
    assert current_revision(db) == SCHEMA_HEAD
    db.close()
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA foreign_keys = ON")
    try:
        assert raw.execute("SELECT id, kind, capacity, place, series_id, cancelled_at "
                           "FROM appointment_slot ORDER BY id").fetchall() == [
            (1, "decoder_pickup", 2, "Accueil", None, None),
            (2, "computer_pickup", 1, "Accueil", None, None),
            (3, "other", 1, "Salle 2", None, None)]
        assert raw.execute("SELECT id, slot_id, dwelling_id, code, status, attended_at, "
                           "cancelled_at, note FROM appointment ORDER BY id").fetchall() == [
            (1, 1, 1, "GUICHET-RDV:7KQ2M9XR4TZW", "attended", "2026-12-08 09:05:00.000000",
             None, ""),
            (2, 1, 2, "GUICHET-RDV:AAAA", "no_show", None, None, ""),
            (3, 2, 3, "GUICHET-RDV:BBBB", "cancelled", None, now, ""),
            (4, 3, 3, "GUICHET-RDV:CCCC", "booked", None, None, "")]
        # capacity: slot 1 holds two (attended and no-show keep their places)
        with pytest.raises(sqlite3.IntegrityError, match="slot full"):
            raw.execute("INSERT INTO appointment (slot_id, dwelling_id, code, status, "
                        f"created_at) VALUES (1, 3, '1234567890123', 'booked', '{now}')")
        # slot 2's only booking was cancelled: one place free, then none
        raw.execute("INSERT INTO appointment (slot_id, dwelling_id, code, status, created_at) "
                    f"VALUES (2, 1, '1234567890123', 'booked', '{now}')")
        with pytest.raises(sqlite3.IntegrityError, match="slot full"):
            raw.execute("UPDATE appointment SET status = 'booked' WHERE id = 3")
        with pytest.raises(sqlite3.IntegrityError, match="slot full"):
            raw.execute("UPDATE appointment SET slot_id = 2 WHERE id = 4")
        with pytest.raises(sqlite3.IntegrityError, match="UNIQUE.*appointment.code"):
            raw.execute("INSERT INTO appointment (slot_id, dwelling_id, code, status, "
                        f"created_at, cancelled_at) VALUES (3, 1, '1234567890123', "
                        f"'cancelled', '{now}', '{now}')")
        with pytest.raises(sqlite3.IntegrityError, match="capacity under"):
            raw.execute("UPDATE appointment_slot SET capacity = 1 WHERE id = 1")
        with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
            raw.execute("UPDATE appointment SET status = 'checked_in' WHERE id = 4")
        # one place, one slot at a time; another place, or a cancelled slot, is no obstacle
        with pytest.raises(sqlite3.IntegrityError, match="overlaps"):
            raw.execute("INSERT INTO appointment_slot (starts_at, ends_at, kind, capacity, "
                        "place) VALUES ('2026-12-08 09:30:00.000000', "
                        "'2026-12-08 10:30:00.000000', 'other', 1, 'Accueil')")
        with pytest.raises(sqlite3.IntegrityError, match="overlaps"):
            raw.execute("UPDATE appointment_slot SET place = 'Accueil' WHERE id = 3")
        raw.execute("INSERT INTO appointment_slot (starts_at, ends_at, kind, capacity, place) "
                    "VALUES ('2026-12-08 11:00:00.000000', '2026-12-08 12:00:00.000000', "
                    "'help_session', 1, 'Accueil')")
        raw.execute(f"UPDATE appointment_slot SET cancelled_at = '{now}' WHERE id = 2")
        raw.execute("INSERT INTO appointment_slot (starts_at, ends_at, kind, capacity, place) "
                    "VALUES ('2026-12-08 10:00:00.000000', '2026-12-08 11:00:00.000000', "
                    "'help_session', 1, 'Accueil')")
        raw.execute(f"UPDATE appointment_slot SET cancelled_at = '{now}' WHERE id = 4")
        with pytest.raises(sqlite3.IntegrityError, match="slot cancelled"):  # empty, cancelled
            raw.execute("INSERT INTO appointment (slot_id, dwelling_id, code, status, "
                        f"created_at) VALUES (4, 2, '9999999999999', 'booked', '{now}')")
        with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
            raw.execute("DELETE FROM appointment_slot WHERE id = 3")
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        raw.close()
