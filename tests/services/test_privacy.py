"""Right of access, erasure, retention; and the audit chain as a whole."""

from __future__ import annotations

import io
import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app import cli
from app.domain import clock
from app.domain.enums import ReceiptSeries, VisitReason
from app.domain.errors import PermissionDenied
from app.domain.roles import Permission
from app.services import accounts, households, privacy, visits
from app.services.context import Actor, unit_of_work
from app.services.receipts import issue_receipt, receipt_label
from db.engine import Database
from db.models import AuditEntry, Dwelling, Person, Receipt, Visit


def test_export_holds_everything_about_the_household(demo_db: Database) -> None:
    reception = accounts.sign_in(demo_db, "Accueil", "1234")
    dwelling_id = households.find_by_reference(demo_db, reception, "KER-00001")
    visits.check_in(demo_db, reception, dwelling_id, VisitReason.CONTRACT_ADVICE, "résiliation")
    data = privacy.export_household(demo_db, Actor.command_line(), "KER-00001")
    assert data["dwelling"]["landlord_ref"] == "KER-00001"
    assert data["members"] and all(m["family_name"] for m in data["members"])
    assert data["visits"][0]["note"] == "résiliation"
    json.dumps(data, ensure_ascii=False)  # plain data, ready to hand over


def test_erasure_anonymises_and_keeps_counts_and_receipts(demo_db: Database) -> None:
    coordinator = Actor.command_line()
    dwelling_id = households.find_by_reference(demo_db, coordinator, "KER-00002")
    visits.check_in(demo_db, coordinator, dwelling_id, VisitReason.HELP_SESSION, "tablette")
    with demo_db.read() as s:
        receipts = s.scalar(select(func.count()).select_from(Receipt))
    with unit_of_work(demo_db, coordinator, Permission.CHECK_IN) as uow:
        issue_receipt(uow, ReceiptSeries.HANDOUT)
    with demo_db.read() as s:
        names = [f"{p.family_name}" for p in s.scalars(
            select(Person).where(Person.dwelling_id == dwelling_id))]
        visits_before = s.scalar(select(func.count()).select_from(Visit))
    assert names
    erased = privacy.erase_household(demo_db, coordinator, "KER-00002")
    assert erased == len(names)
    with demo_db.read() as s:
        people = s.scalars(select(Person).where(Person.dwelling_id == dwelling_id)).all()
        assert all(p.family_name == privacy.ANONYMISED and p.phone is None for p in people)
        assert s.scalar(select(func.count()).select_from(Visit)) == visits_before
        assert s.scalar(select(Visit.note).where(Visit.dwelling_id == dwelling_id)) == ""
        assert s.scalar(select(func.count()).select_from(Receipt)) == receipts + 1
    hits = households.search_households(demo_db, coordinator, names[0])
    assert dwelling_id not in {h.dwelling_id for h in hits}


def test_retention_anonymises_households_gone_for_two_years(demo_db: Database) -> None:
    coordinator = Actor.command_line()
    old = clock.now() - timedelta(days=800)
    with demo_db.write() as s:
        gone = s.scalar(select(Dwelling).where(Dwelling.landlord_ref == "PAC-00010"))
        gone.on_roster, gone.last_contact_at, gone.updated_at = False, old, old
        recent = s.scalar(select(Dwelling).where(Dwelling.landlord_ref == "PAC-00011"))
        recent.on_roster, recent.last_contact_at = False, clock.now() - timedelta(days=30)
        stays = s.scalar(select(Dwelling).where(Dwelling.landlord_ref == "PAC-00012"))
        stays.last_contact_at, stays.updated_at = old, old
        s.add(Visit(dwelling_id=stays.id, reason="help_session", note="difficultés", arrived_at=old))
        stays.note = "parle breton"  # the household's note, untouched for two years too
        recent.note = "revient en mars"
        ids = gone.id, recent.id, stays.id
    asked = privacy.retention_preview(demo_db, coordinator)
    report = privacy.apply_retention(demo_db, coordinator)
    assert report.households == 1 and report.notes_cleared == 2 == asked.notes_cleared
    with demo_db.read() as s:
        def anonymised(dwelling_id: int) -> bool:
            people = s.scalars(select(Person).where(Person.dwelling_id == dwelling_id)).all()
            return bool(people) and all(p.anonymised_at is not None for p in people)
        assert anonymised(ids[0]) and not anonymised(ids[1]) and not anonymised(ids[2])
        assert s.scalar(select(Visit.note).where(Visit.dwelling_id == ids[2])) == ""
        assert [s.get(Dwelling, i).note for i in ids[1:]] == ["revient en mars", ""]


def test_volunteers_cannot_touch_personal_data_duties(demo_db: Database) -> None:
    volunteer = accounts.sign_in(demo_db, "Bénévole", "5678")
    reception = accounts.sign_in(demo_db, "Accueil", "1234")
    for actor in (volunteer, reception):
        with pytest.raises(PermissionDenied):
            privacy.export_household(demo_db, actor, "KER-00001")
        with pytest.raises(PermissionDenied):
            privacy.erase_household(demo_db, actor, "KER-00001")
        with pytest.raises(PermissionDenied):
            privacy.apply_retention(demo_db, actor)
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Person)
                        .where(Person.anonymised_at.is_not(None))) == 0


def test_audit_verify_detects_a_deleted_entry(demo_db: Database) -> None:
    out, err = io.StringIO(), io.StringIO()
    args = ["audit", "verify", "--db", str(demo_db.location)]
    assert cli.main(args, out=out, err=err) == cli.EXIT_OK
    with demo_db.engine.begin() as conn:  # someone with sqlite3 (or psql) in hand
        conn.exec_driver_sql("DROP TRIGGER audit_log_no_delete" + (
            " ON audit_log" if demo_db.path is None else ""))
        conn.exec_driver_sql("DELETE FROM audit_log WHERE id = 3")
    demo_db.close()
    assert cli.main(args, out=out, err=err) == cli.EXIT_REJECTED
    assert "l'entrée n° 4" in err.getvalue()


def test_no_personal_data_in_the_audit_log(demo_db: Database) -> None:
    coordinator = Actor.command_line()
    dwelling_id = households.find_by_reference(demo_db, coordinator, "KER-00003")
    visits.check_in(demo_db, coordinator, dwelling_id, VisitReason.OTHER, "santé fragile")
    privacy.export_household(demo_db, coordinator, "KER-00003")
    privacy.erase_household(demo_db, coordinator, "KER-00003")
    with demo_db.read() as s:
        people = s.scalars(select(Person.given_name)).all()
        text = " ".join(s.scalars(select(AuditEntry.details)))
    assert "santé" not in text
    assert not any(len(name) > 3 and name in text for name in people)


def test_card_and_export_show_the_same_decoder(demo_db: Database) -> None:
    from db.models import Equipment, Handout

    coordinator = Actor.command_line()
    dwelling_id = households.find_by_reference(demo_db, coordinator, "KER-00005")
    with unit_of_work(demo_db, coordinator, Permission.CHECK_IN) as uow:
        receipt = issue_receipt(uow, ReceiptSeries.HANDOUT)
        decoder = uow.session.scalar(select(Equipment).where(Equipment.kind == "decoder"))
        uow.session.add(Handout(receipt_id=receipt.id, dwelling_id=dwelling_id,
                                equipment_id=decoder.id, handed_at=uow.now))
        serial, number = decoder.serial, receipt_label(receipt)
    card = households.household_card(demo_db, coordinator, dwelling_id)
    exported = privacy.export_household(demo_db, coordinator, "KER-00005")["decoders"]
    assert [d.serial for d in card.decoders] == [e["serial"] for e in exported] == [serial]
    assert card.decoders[0].receipt == exported[0]["receipt"] == number
    assert number.startswith(f"REM-{clock.now().year}-")


def test_erasure_clears_what_an_appointment_says_about_the_tenant(
        demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import datetime

    from app.domain import clock
    from app.domain.enums import AppointmentKind
    from app.services import appointments
    from db.models import Appointment

    monkeypatch.setattr(clock, "now", lambda: datetime(2027, 3, 2, 8, 0))
    coordinator = Actor.command_line()
    created = appointments.create_slots(demo_db, coordinator, AppointmentKind.HELP_SESSION,
                                        "Salle des tests", datetime(2027, 3, 2, 10, 0), 30, 2)
    dwelling_id = households.find_by_reference(demo_db, coordinator, "KER-00003")
    booked = appointments.book(demo_db, coordinator, created.slot_ids[0], dwelling_id,
                               note="vient avec sa fille, problème de vue")
    privacy.erase_household(demo_db, coordinator, "KER-00003")
    with demo_db.read() as s:
        appointment = s.get(Appointment, booked.appointment_id)
        assert (appointment.note, appointment.pending_reason) == ("", "")
