"""Migration 0009 on a database of 0008 holding workshops of old: each
workshop (one date) becomes a workshop with one session, each of its old
attendance rows a registered sign-up, and an attended row an attendance of
that session; the database then holds the capacity and refuses deletes."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine, event

from app.services import workshops
from app.services.context import Actor
from db import migrate
from db.engine import SCHEMA_HEAD, current_revision, open_database
from db.search import register_functions


def test_0009_turns_old_workshops_into_sessions_sign_ups_and_attendance(
        db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    event.listen(engine, "connect", lambda conn, _record: register_functions(conn))
    migrate.upgrade(engine, "0008")
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
            updated_at, note) VALUES (1, 'KER-1', 1, '0', '0A', 1, '{now}', '{now}', '');
        INSERT INTO person (id, dwelling_id, family_name, given_name, name_key, on_roster)
            VALUES (1, 1, 'NOM1', 'Anne', 'nom1 anne', 1),
                   (2, 1, 'NOM1', 'Bruno', 'nom1 bruno', 1),
                   (3, 1, 'NOM1', 'Chloé', 'nom1 chloe', 1);
        INSERT INTO workshop (id, title, starts_at, capacity, place) VALUES
            (1, 'Premiers pas', '2026-11-20 14:00:00.000000', 2, 'Salle multimédia'),
            (2, 'Messagerie', '2026-12-15 10:00:00.000000', 8, 'Salle 2');
        INSERT INTO workshop_attendance (id, workshop_id, person_id, registered_on, attended)
            VALUES (1, 1, 1, '2026-11-01', 1), (2, 1, 2, '2026-11-02', 0),
                   (3, 2, 3, '2026-12-01', 0);
    """)
    raw.commit()
    raw.close()

    db = open_database(db_path)  # migrates to head
    assert current_revision(db) == SCHEMA_HEAD
    raw = sqlite3.connect(db_path)
    raw.execute("PRAGMA foreign_keys = ON")
    try:
        assert raw.execute("SELECT id, title, place, capacity, facilitator, cancelled_at "
                           "FROM workshop ORDER BY id").fetchall() == [
            (1, "Premiers pas", "Salle multimédia", 2, "", None),
            (2, "Messagerie", "Salle 2", 8, "", None)]
        assert raw.execute("SELECT id, workshop_id, starts_at, ends_at FROM workshop_session "
                           "ORDER BY id").fetchall() == [
            (1, 1, "2026-11-20 14:00:00.000000", "2026-11-20 16:00:00"),
            (2, 2, "2026-12-15 10:00:00.000000", "2026-12-15 12:00:00")]
        assert raw.execute("SELECT id, workshop_id, person_id, status, code FROM "
                           "workshop_signup ORDER BY id").fetchall() == [
            (1, 1, 1, "registered", "before-0009-1"), (2, 1, 2, "registered", "before-0009-2"),
            (3, 2, 3, "registered", "before-0009-3")]
        assert raw.execute("SELECT session_id, signup_id FROM workshop_attendance"
                           ).fetchall() == [(1, 1)]
        # full: the database refuses a third registered person, and any delete
        with pytest.raises(sqlite3.IntegrityError, match="workshop full"):
            raw.execute("INSERT INTO workshop_signup (workshop_id, person_id, status, code, "
                        "created_at) VALUES (1, 3, 'registered', 'x', '2026-12-07')")
        with pytest.raises(sqlite3.IntegrityError, match="never deleted"):
            raw.execute("DELETE FROM workshop_signup WHERE id = 3")
    finally:
        raw.close()
    # the services read them back: the person signed up on the old list is on the new one
    from app.domain import clock

    monkeypatch.setattr(clock, "now", lambda: datetime(2026, 12, 8, 9, 0))
    actor = Actor.command_line()
    detail = workshops.detail(db, actor, 2)
    assert [(p.name, p.status.value) for p in detail.registered] == [("NOM1 Chloé",
                                                                      "registered")]
    assert workshops.sign_up(db, actor, 2, 1).status.value == "registered"
    db.close()
