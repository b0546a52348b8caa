"""The Visa Internet: a grid of basic skills (the coordinator keeps it), each
validated for a person on a day by a facilitator, and once every active skill
is, the certificate: one per person, numbered VISA-YYYY-NNNN, its printable
record stored in the act's own transaction (documents.store) and printed after
the commit; reprints come out marked DUPLICATA."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from app.documents import certificate
from app.domain.errors import VisaRefused
from app.domain.roles import Permission
from app.services import documents
from app.services.context import Actor, UnitOfWork, require, unit_of_work
from app.services.edited_list import EditedList
from app.services.households import display_name
from db.engine import Database
from db.models import Dwelling, Person, VisaCertificate, VisaSkill, VisaValidation

LABEL_MAX = 200
FACILITATOR_MAX = 120


# --- the grid ---------------------------------------------------------------------


@dataclass(frozen=True)
class SkillView:
    id: int
    code: str | None
    label: str
    position: int
    retired: bool


def _view(row: VisaSkill) -> SkillView:
    return SkillView(row.id, row.code, row.label, row.position, row.retired_at is not None)


SKILLS = EditedList(VisaSkill, "skill", "visa_skill", LABEL_MAX)


def grid(db: Database, actor: Actor, include_retired: bool = False) -> list[SkillView]:
    require(actor, Permission.VALIDATE_SKILLS)
    with db.read() as session:
        return [_view(row) for row in SKILLS.ordered(session, include_retired)]


def add_skill(db: Database, actor: Actor, label: str) -> SkillView:
    with unit_of_work(db, actor, Permission.EDIT_PROGRAMME_LISTS) as uow:
        return _view(SKILLS.add(uow, label))


def rename_skill(db: Database, actor: Actor, skill_id: int, label: str) -> SkillView:
    """A new wording; certificates already issued keep the one they were issued with."""
    with unit_of_work(db, actor, Permission.EDIT_PROGRAMME_LISTS) as uow:
        return _view(SKILLS.rename(uow, skill_id, label))


def move_skill(db: Database, actor: Actor, skill_id: int, step: int) -> list[SkillView]:
    """Up (step -1) or down (+1) among the active skills; the whole grid back."""
    with unit_of_work(db, actor, Permission.EDIT_PROGRAMME_LISTS) as uow:
        return [_view(each) for each in SKILLS.move(uow, skill_id, step)]


def retire_skill(db: Database, actor: Actor, skill_id: int, retired: bool = True) -> SkillView:
    """Off the grid (no longer needed for a certificate) or back on it."""
    with unit_of_work(db, actor, Permission.EDIT_PROGRAMME_LISTS) as uow:
        return _view(SKILLS.retire(uow, skill_id, retired))


# --- a person's record --------------------------------------------------------------


@dataclass(frozen=True)
class SkillLine:
    skill_id: int
    label: str
    validated_on: date | None  # None: not yet
    facilitator: str


@dataclass(frozen=True)
class CertificateView:
    id: int
    number: str
    issued_on: date
    document_id: int
    prints: int


@dataclass(frozen=True)
class VisaRecord:
    person_id: int
    name: str
    lines: tuple[SkillLine, ...]  # every active skill, in the grid's order
    certificate: CertificateView | None

    @property
    def validated(self) -> int:
        return sum(1 for line in self.lines if line.validated_on is not None)

    @property
    def total(self) -> int:
        return len(self.lines)

    @property
    def missing(self) -> int:
        return self.total - self.validated

    @property
    def complete(self) -> bool:
        return self.total > 0 and self.missing == 0


@dataclass(frozen=True)
class PersonRef:
    person_id: int
    name: str


def _person(session, person_id: int) -> Person:  # type: ignore[no-untyped-def]
    person = session.get(Person, person_id)
    if person is None:
        raise VisaRefused("unknown_person")
    return person


def _certificate_view(session, row: VisaCertificate | None) -> CertificateView | None:  # type: ignore[no-untyped-def]
    if row is None:
        return None
    from db.models import PrintedDocument

    prints = session.scalar(select(PrintedDocument.prints)
                            .where(PrintedDocument.id == row.document_id)) or 0
    return CertificateView(row.id, certificate.number_of(row.id, row.issued_on), row.issued_on,
                           row.document_id, prints)


def _record(session, person_id: int) -> VisaRecord:  # type: ignore[no-untyped-def]
    person = _person(session, person_id)
    validations = {v.skill_id: v for v in session.scalars(
        select(VisaValidation).where(VisaValidation.person_id == person_id))}
    lines = []
    for skill in session.scalars(select(VisaSkill).where(VisaSkill.retired_at.is_(None))
                                 .order_by(VisaSkill.position, VisaSkill.id)):
        done = validations.get(skill.id)
        lines.append(SkillLine(skill.id, skill.label, done.validated_on if done else None,
                               done.facilitator if done else ""))
    cert = session.scalar(select(VisaCertificate).where(VisaCertificate.person_id == person_id))
    return VisaRecord(person_id, display_name(person.family_name, person.given_name),
                      tuple(lines), _certificate_view(session, cert))


def record(db: Database, actor: Actor, person_id: int) -> VisaRecord:
    """Every active skill, validated (on, by) or not yet, and the certificate if issued."""
    require(actor, Permission.VALIDATE_SKILLS)
    with db.read() as session:
        return _record(session, person_id)


def household_people(db: Database, actor: Actor, dwelling_id: int) -> list[PersonRef]:
    """The people of a household found by the search, to choose whose record."""
    require(actor, Permission.VALIDATE_SKILLS)
    with db.read() as session:
        return [PersonRef(p.id, display_name(p.family_name, p.given_name))
                for p in session.scalars(select(Person).where(Person.dwelling_id == dwelling_id)
                                         .order_by(Person.id))]


EARLIEST = date(2010, 1, 1)  # the programme's first year: an earlier day is a typing slip


def validate(db: Database, actor: Actor, person_id: int, skill_id: int, on: date,
             facilitator: str) -> VisaRecord:
    """A skill validated on a day (today or before) by a named facilitator."""
    with unit_of_work(db, actor, Permission.VALIDATE_SKILLS) as uow:
        session = uow.session
        _person(session, person_id)
        skill = session.get(VisaSkill, skill_id)
        if skill is None:
            raise VisaRefused("unknown_skill")
        if skill.retired_at is not None:
            raise VisaRefused("skill_retired", skill.label)
        if on > uow.now.date():
            raise VisaRefused("date_future")
        if on < EARLIEST:
            raise VisaRefused("date_too_old", EARLIEST.strftime("%d/%m/%Y"))
        facilitator = " ".join(facilitator.split())
        if not facilitator:
            raise VisaRefused("facilitator_missing")
        if len(facilitator) > FACILITATOR_MAX:
            raise VisaRefused("facilitator_too_long", str(FACILITATOR_MAX))
        done = session.scalar(select(VisaValidation).where(
            VisaValidation.person_id == person_id, VisaValidation.skill_id == skill_id))
        if done is not None:
            raise VisaRefused("already_validated", done.facilitator, at=done.validated_on)
        row = VisaValidation(person_id=person_id, skill_id=skill_id, validated_on=on,
                             facilitator=facilitator, recorded_at=uow.now,
                             staff_id=uow.actor.staff_id)
        session.add(row)
        session.flush()
        uow.audit("visa_skill_validated", "visa_validation", row.id, person_id=person_id,
                  skill_id=skill_id)
        return _record(session, person_id)


def withdraw(db: Database, actor: Actor, person_id: int, skill_id: int) -> VisaRecord:
    """A validation recorded by mistake taken back; never once the certificate is issued."""
    with unit_of_work(db, actor, Permission.VALIDATE_SKILLS) as uow:
        session = uow.session
        _person(session, person_id)
        cert = session.scalar(select(VisaCertificate)
                              .where(VisaCertificate.person_id == person_id))
        if cert is not None:
            raise VisaRefused("certificate_issued",
                              certificate.number_of(cert.id, cert.issued_on))
        done = session.scalar(select(VisaValidation).where(
            VisaValidation.person_id == person_id, VisaValidation.skill_id == skill_id))
        if done is None:
            raise VisaRefused("not_validated")
        validation_id = done.id
        session.delete(done)
        session.flush()
        uow.audit("visa_validation_withdrawn", "visa_validation", validation_id,
                  person_id=person_id, skill_id=skill_id)
        return _record(session, person_id)


@dataclass(frozen=True)
class Issued:
    certificate_id: int
    number: str
    document_id: int


def issue_certificate(db: Database, actor: Actor, person_id: int) -> Issued:
    """The certificate, when every active skill is validated: numbered with
    its row's id, stored as a printed document in the same transaction. Print
    it after the commit (PrintController.print_document(document_id))."""
    with unit_of_work(db, actor, Permission.VALIDATE_SKILLS) as uow:
        return issue_in(uow, person_id)


def issue_in(uow: UnitOfWork, person_id: int) -> Issued:
    """Inside a unit of work (the service above, the demo)."""
    session = uow.session
    person = _person(session, person_id)
    current = _record(session, person_id)
    if current.certificate is not None:
        raise VisaRefused("already_issued", current.certificate.number)
    if not current.complete:
        raise VisaRefused("incomplete", count=current.missing or 1)
    issued_on = uow.now.date()
    # the number is the row's id: taken here, inside the write lock
    certificate_id = (session.scalar(select(func.max(VisaCertificate.id))) or 0) + 1
    number = certificate.number_of(certificate_id, issued_on)
    landlord_ref = session.scalar(select(Dwelling.landlord_ref)
                                  .where(Dwelling.id == person.dwelling_id)) or ""
    doc = certificate.CertificateDoc(
        number=number, person=current.name, landlord_ref=landlord_ref, issued_on=issued_on,
        skills=tuple(certificate.CertificateSkill(line.label, line.validated_on,
                                                  line.facilitator)
                     for line in current.lines if line.validated_on is not None),
        issued_by=uow.actor.label)
    document_id = documents.store(uow, doc)
    session.add(VisaCertificate(id=certificate_id, person_id=person_id, issued_on=issued_on,
                                issued_at=uow.now, staff_id=uow.actor.staff_id,
                                document_id=document_id))
    session.flush()
    uow.audit("visa_certificate_issued", "visa_certificate", certificate_id,
              person_id=person_id, document_id=document_id)
    return Issued(certificate_id, number, document_id)


# --- lists ------------------------------------------------------------------------


@dataclass(frozen=True)
class HolderRow:
    person_id: int
    name: str
    number: str
    issued_on: date
    document_id: int


@dataclass(frozen=True)
class ProgressRow:
    person_id: int
    name: str
    validated: int  # of the active skills
    total: int
    last_on: date


def holders(db: Database, actor: Actor) -> list[HolderRow]:
    """People holding a certificate, latest first."""
    require(actor, Permission.VALIDATE_SKILLS)
    with db.read() as session:
        rows = session.execute(select(VisaCertificate, Person)
                               .join(Person, VisaCertificate.person_id == Person.id)
                               .order_by(VisaCertificate.id.desc())).all()
        return [HolderRow(p.id, display_name(p.family_name, p.given_name),
                          certificate.number_of(c.id, c.issued_on), c.issued_on, c.document_id)
                for c, p in rows]


def in_progress(db: Database, actor: Actor) -> list[ProgressRow]:
    """People with some skills validated and no certificate yet, the most
    advanced first: « n of m »."""
    require(actor, Permission.VALIDATE_SKILLS)
    with db.read() as session:
        active = select(VisaSkill.id).where(VisaSkill.retired_at.is_(None))
        total = session.scalar(select(func.count()).select_from(active.subquery())) or 0
        certified = select(VisaCertificate.person_id)
        rows = session.execute(
            select(Person, func.count(VisaValidation.id), func.max(VisaValidation.validated_on))
            .join(VisaValidation, VisaValidation.person_id == Person.id)
            .where(VisaValidation.skill_id.in_(active), Person.id.not_in(certified))
            .group_by(Person.id)).all()
        found = [ProgressRow(p.id, display_name(p.family_name, p.given_name), n, total, last)
                 for p, n, last in rows]
    return sorted(found, key=lambda r: (-r.validated, r.name))
