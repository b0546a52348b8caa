"""The Visa Internet on the demo centre's real database: the grid kept by the
coordinator, validations (dated, named, never in the future), the certificate
once the whole grid is validated (one per person, stored as a printed
document in the act's transaction), withdrawals refused once it is issued —
by the service and by the database itself —, an audit without names, the
PDF in any script, and erasure reaching the stored certificate."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import IntegrityError

from app.documents import certificate
from app.domain import clock
from app.domain.errors import ListEditRefused, PermissionDenied, VisaRefused
from app.messages import describe
from app.services import accounts, documents, privacy, visa
from app.services.context import Actor
from db.engine import Database
from db.models import AuditEntry, Dwelling, Person, PrintedDocument, VisaValidation
from tests.pdf_tools import text_of

FAMILY, GIVEN = "Нгуен-Öztürk", "Thị Hương"  # Cyrillic, Vietnamese, Turkish


def coordinator(db: Database) -> Actor:
    return accounts.sign_in(db, "Coordination", "coordination")


def reception(db: Database) -> Actor:
    return accounts.sign_in(db, "Accueil", "1234")


def fresh_person(db: Database, family: str = FAMILY, given: str = GIVEN) -> tuple[int, str]:
    """A demo person with no Visa record yet, renamed to a name found nowhere else."""
    with db.write() as s:
        person = s.scalar(select(Person).where(
            Person.id.not_in(select(VisaValidation.person_id)))
            .order_by(Person.id.desc()))
        person.family_name, person.given_name = family, given
        ref = s.scalar(select(Dwelling.landlord_ref).where(Dwelling.id == person.dwelling_id))
        return person.id, ref


def validate_all(db: Database, actor: Actor, person_id: int, but: int = 0) -> visa.VisaRecord:
    record = visa.record(db, actor, person_id)
    today = clock.now().date()
    for n, line in enumerate(record.lines[:len(record.lines) - but]):
        record = visa.validate(db, actor, person_id, line.skill_id, today - timedelta(days=n),
                               f"Animatrice {n}")
    return record


def test_the_grid_is_edited_by_the_coordinator_only(demo_db: Database) -> None:
    boss, desk = coordinator(demo_db), reception(demo_db)
    seven = visa.grid(demo_db, boss)
    assert len(seven) == 7 and seven[0].code == "computer_basics"
    with pytest.raises(PermissionDenied):
        visa.add_skill(demo_db, desk, "Utiliser une imprimante")
    added = visa.add_skill(demo_db, boss, "  Utiliser   une imprimante ")
    assert added.label == "Utiliser une imprimante"
    for blank in ("", "   "):
        with pytest.raises(ListEditRefused) as refused:
            visa.add_skill(demo_db, boss, blank)
        assert refused.value.reason == "label_missing"
    with pytest.raises(ListEditRefused) as refused:  # the same words, any case or accents
        visa.add_skill(demo_db, boss, "UTILISER UNE IMPRIMANTE")
    assert refused.value.reason == "label_exists"
    assert "Utiliser une imprimante" in describe(refused.value)
    visa.rename_skill(demo_db, boss, added.id, "Imprimer un document")
    moved = visa.move_skill(demo_db, boss, added.id, -1)
    assert [s.label for s in moved][-2:] == ["Imprimer un document", seven[-1].label]
    with pytest.raises(ListEditRefused) as refused:
        visa.move_skill(demo_db, boss, seven[0].id, -1)
    assert refused.value.reason == "first"
    visa.retire_skill(demo_db, boss, added.id)
    assert [s.id for s in visa.grid(demo_db, boss)] == [s.id for s in seven]
    assert [s.id for s in visa.grid(demo_db, boss, include_retired=True) if s.retired] == [
        added.id]
    visa.retire_skill(demo_db, boss, added.id, retired=False)
    assert len(visa.grid(demo_db, boss)) == 8


def test_validations_a_complete_grid_and_one_certificate(demo_db: Database) -> None:
    desk = reception(demo_db)
    person_id, _ref = fresh_person(demo_db)
    skills = visa.record(demo_db, desk, person_id).lines
    first = skills[0].skill_id
    tomorrow = clock.now().date() + timedelta(days=1)
    with pytest.raises(VisaRefused) as refused:
        visa.validate(demo_db, desk, person_id, first, tomorrow, "Yann")
    assert refused.value.reason == "date_future"
    with pytest.raises(VisaRefused) as refused:
        visa.validate(demo_db, desk, person_id, first, date(1900, 1, 1), "Yann")
    assert refused.value.reason == "date_too_old" and "01/01/2010" in describe(refused.value)
    with pytest.raises(VisaRefused) as refused:
        visa.validate(demo_db, desk, person_id, first, clock.now().date(), "  ")
    assert refused.value.reason == "facilitator_missing"
    record = visa.validate(demo_db, desk, person_id, first, clock.now().date(), "Yann")
    assert record.validated == 1 and record.lines[0].facilitator == "Yann"
    with pytest.raises(VisaRefused) as refused:
        visa.validate(demo_db, desk, person_id, first, clock.now().date(), "Yann")
    assert refused.value.reason == "already_validated"
    record = visa.withdraw(demo_db, desk, person_id, first)  # a mistake, taken back
    assert record.validated == 0
    record = validate_all(demo_db, desk, person_id, but=2)
    assert (record.validated, record.total) == (5, 7)
    assert person_id in [row.person_id for row in visa.in_progress(demo_db, desk)]
    with pytest.raises(VisaRefused) as refused:
        visa.issue_certificate(demo_db, desk, person_id)
    assert refused.value.reason == "incomplete" and refused.value.count == 2
    assert "2" in describe(refused.value)
    with demo_db.read() as s:
        documents_before = s.scalar(select(PrintedDocument.id).order_by(
            PrintedDocument.id.desc()).limit(1))
    for line in record.lines[5:]:
        record = visa.validate(demo_db, desk, person_id, line.skill_id, clock.now().date(),
                               "Maïwenn")
    assert record.complete
    issued = visa.issue_certificate(demo_db, desk, person_id)
    assert issued.number == f"VISA-{clock.now().year}-{issued.certificate_id:04d}"
    assert issued.document_id > documents_before
    # one per person: a second is refused and points to the reprint
    with pytest.raises(VisaRefused) as refused:
        visa.issue_certificate(demo_db, desk, person_id)
    assert refused.value.reason == "already_issued" and refused.value.detail == issued.number
    assert "DUPLICATA" in describe(refused.value)
    assert person_id in [h.person_id for h in visa.holders(demo_db, desk)]
    assert person_id not in [p.person_id for p in visa.in_progress(demo_db, desk)]
    # no withdrawal after the issue: the service says so...
    with pytest.raises(VisaRefused) as refused:
        visa.withdraw(demo_db, desk, person_id, first)
    assert refused.value.reason == "certificate_issued"
    # ...and the database refuses whoever writes
    with pytest.raises(IntegrityError, match="validation behind a certificate"):
        with demo_db.write() as s:
            s.execute(text("DELETE FROM visa_validation WHERE person_id = :p"),
                      {"p": person_id})
    with pytest.raises(IntegrityError, match="never changed"):
        with demo_db.write() as s:
            s.execute(text("UPDATE visa_certificate SET issued_on = '2020-01-01' "
                           "WHERE person_id = :p"), {"p": person_id})
    # a new skill on the grid later does not undo a certificate
    visa.add_skill(demo_db, coordinator(demo_db), "Faire une visio")
    assert visa.record(demo_db, desk, person_id).certificate.number == issued.number


def test_a_volunteer_may_not_validate(demo_db: Database) -> None:
    volunteer = accounts.sign_in(demo_db, "Bénévole", "5678")
    person_id, _ = fresh_person(demo_db)
    with pytest.raises(PermissionDenied):
        visa.validate(demo_db, volunteer, person_id, 1, date.today(), "X")


def test_the_audit_holds_ids_never_names(demo_db: Database) -> None:
    desk = reception(demo_db)
    person_id, _ = fresh_person(demo_db, "Zarkowska-Unique", "Ludmiła")
    validate_all(demo_db, desk, person_id)
    record = visa.withdraw(demo_db, desk, person_id, visa.record(demo_db, desk, person_id)
                           .lines[0].skill_id)
    record = visa.validate(demo_db, desk, person_id, record.lines[0].skill_id,
                           clock.now().date(), "Facilitatrice Nommée")
    visa.issue_certificate(demo_db, desk, person_id)
    with demo_db.read() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action.like("visa%"))).all()
        actions = {e.action for e in entries}
        details = " ".join(e.details for e in entries)
    assert {"visa_skill_validated", "visa_validation_withdrawn",
            "visa_certificate_issued"} <= actions
    for secret in ("Zarkowska", "Ludmiła", "Facilitatrice", "Nommée"):
        assert secret not in details
    assert str(person_id) in details


def test_the_certificate_pdf_in_any_script_and_its_duplicate(demo_db: Database) -> None:
    desk = reception(demo_db)
    person_id, _ = fresh_person(demo_db)
    record = validate_all(demo_db, desk, person_id)
    issued = visa.issue_certificate(demo_db, desk, person_id)
    rendered = documents.render_document(demo_db, desk, issued.document_id)
    assert rendered.kind == "certificate" and rendered.paper == "a4" and not rendered.duplicate
    words = " ".join(text_of(rendered.pdf).split())
    assert "НГУЕН-ÖZTÜRK Thị Hương" in words  # the name as written, Cyrillic and all
    assert "Visa Internet" in words and "Attestation de compétences numériques" in words
    for line in record.lines:
        assert line.label in words
    assert "Animatrice 0" in words and issued.number in words
    assert "Fait à Brest" in words and "DUPLICATA" not in words
    again = documents.render_document(demo_db, desk, issued.document_id, duplicate=True)
    assert "DUPLICATA" in text_of(again.pdf)
    # the labels as they were: a later rename does not change the certificate
    visa.rename_skill(demo_db, coordinator(demo_db), record.lines[0].skill_id, "Autre libellé")
    words = " ".join(text_of(documents.render_document(
        demo_db, desk, issued.document_id).pdf).split())
    assert record.lines[0].label in words and "Autre libellé" not in words


def test_erasure_anonymises_the_stored_certificate_and_keeps_the_record(
        demo_db: Database) -> None:
    desk = reception(demo_db)
    person_id, ref = fresh_person(demo_db)
    validate_all(demo_db, desk, person_id)
    issued = visa.issue_certificate(demo_db, desk, person_id)
    exported = privacy.export_household(demo_db, Actor.command_line(), ref)
    assert any(d["kind"] == "certificate" for d in exported["printed_documents"])
    assert len(exported["visa_internet"]) == 7 and "Animatrice 0" in json.dumps(
        exported["visa_internet"], ensure_ascii=False)
    assert [c["number"] for c in exported["visa_certificates"]] == [issued.number]
    assert "needs" in exported
    privacy.erase_household(demo_db, Actor.command_line(), ref)
    with demo_db.read() as s:
        data = json.loads(s.get(PrintedDocument, issued.document_id).data)
    assert data["person"] == documents.ANONYMISED
    with demo_db.engine.connect() as conn:  # the stored bytes, whatever the engine
        raw = conn.execute(text("SELECT data FROM printed_document WHERE id = :i"),
                           {"i": issued.document_id}).scalar()
    assert "Öztürk".upper() not in raw.upper() and "Hương" not in raw
    pdf = documents.render_document(demo_db, desk, issued.document_id).pdf
    assert "Hương" not in text_of(pdf) and issued.number in text_of(pdf)
    # the validations stay with the anonymised person: counts still add up
    record = visa.record(demo_db, desk, person_id)
    assert record.complete and record.certificate is not None


def test_certificate_json_round_trip() -> None:
    doc = certificate.CertificateDoc(
        "VISA-2026-0001", "ÇELİK Ayşe", "KER-1", date(2026, 12, 1),
        (certificate.CertificateSkill("Naviguer", date(2026, 11, 2), "Yann"),), "Accueil")
    assert certificate.certificate_from_json(json.loads(json.dumps(
        certificate.to_json(doc)))) == doc
    assert certificate.town_of("Rue du Languedoc, 29200 Brest") == "Brest"
    assert certificate.town_of("") == ""


def test_demo_has_visa_records(demo_db: Database) -> None:
    desk = reception(demo_db)
    assert len(visa.holders(demo_db, desk)) >= 1
    assert len(visa.in_progress(demo_db, desk)) >= 6
