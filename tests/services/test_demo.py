from __future__ import annotations

import pytest
from sqlalchemy import func, select, text

from app.domain.enums import Role
from app.domain.errors import AuthenticationFailed, DatabaseNotEmpty
from app.services import accounts, audit, demo
from app.services.context import Actor
from db.engine import Database
from db.models import Appointment, AppointmentSlot, Equipment, Person, Poll, Sector


def test_demo_is_a_living_centre(demo_db: Database) -> None:
    with demo_db.read() as s:
        sectors = dict(s.execute(select(Sector.name, Sector.id)).all())
        assert set(sectors) == {"Kerourien", "Pen ar Creac'h / Kerbernard"}
        names = {f"{p.given_name} {p.family_name}" for p in s.scalars(select(Person))}
        assert s.scalar(select(func.count()).select_from(Poll).where(Poll.state == "open")) == 1
        assert s.scalar(select(func.count()).select_from(Equipment)
                        .where(Equipment.kind == "decoder")) == 200
        # next week's 30, today's 6 and 2 on each of the two days before
        assert s.scalar(select(func.count()).select_from(AppointmentSlot)) == 40
        statuses = dict(s.execute(select(Appointment.status, func.count())
                                  .group_by(Appointment.status)).all())
        assert statuses == {"booked": 13, "attended": 2, "no_show": 2, "cancelled": 1}
        assert audit.verify(s).ok
    all_names = " ".join(names)
    for letter in ("ş", "ł", "ễ", "ï", "'", "-", "ı", "ب"):
        assert letter in all_names, letter


def test_demo_accounts_sign_in_with_documented_secrets(demo_db: Database) -> None:
    for name, role, secret in demo.DEMO_ACCOUNTS:
        assert accounts.sign_in(demo_db, name, secret).role is role
    assert {role for _, role, _ in demo.DEMO_ACCOUNTS} == set(Role)


def test_demo_is_only_for_an_empty_database(demo_db: Database, db: Database) -> None:
    report = demo.load_demo(db, Actor.command_line())
    assert 600 <= report.dwellings <= 1200
    with pytest.raises(DatabaseNotEmpty):  # not twice
        demo.load_demo(db, Actor.command_line())


def test_demo_never_reaches_a_real_centre(db: Database) -> None:
    """A centre with only its first coordinator is not empty: the service
    itself refuses, whoever calls it, and writes nothing."""
    accounts.create_first_coordinator(db, "Gwenaëlle", "mot de passe sûr", centre_name="Kerourien")

    def snapshot() -> dict[str, int]:
        with db.read() as session:
            return {table: session.scalar(text(f"SELECT count(*) FROM {table}"))
                    for table in ("staff_account", "dwelling", "person", "equipment", "poll",
                                  "audit_log")}

    before = snapshot()
    with pytest.raises(DatabaseNotEmpty):
        demo.load_demo(db, Actor.system())
    assert snapshot() == before
    with pytest.raises(AuthenticationFailed):
        accounts.sign_in(db, "Accueil", "1234")
