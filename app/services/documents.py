"""Documents as stored records: recorded in the act's own transaction, rendered
to PDF on demand, kept as PDF files by kind and date, listed in the print
history, reprinted marked DUPLICATA (and audited)."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.documents import certificate, closing, model, render
from app.domain.errors import UnknownDocument
from app.domain.roles import Permission
from app.services.context import Actor, UnitOfWork, require, unit_of_work
from db.engine import Database
from db.models import Centre, PrintedDocument

KEPT_FOLDER = "documents"
PAPERS = {"receipt": ("a4", "roll"), "slip": ("a6", "roll"), "minutes": ("a4",),
          "closing": ("a4",), "certificate": ("a4",)}

Doc = (model.ReceiptDoc | model.SlipDoc | model.MinutesDoc | closing.ClosingDoc
       | certificate.CertificateDoc)


def kind_of(doc: Doc) -> str:
    if isinstance(doc, model.ReceiptDoc):
        return "receipt"
    if isinstance(doc, model.SlipDoc):
        return "slip"
    if isinstance(doc, closing.ClosingDoc):
        return "closing"
    if isinstance(doc, certificate.CertificateDoc):
        return "certificate"
    return "minutes"


def title_of(doc: Doc) -> str:
    if isinstance(doc, model.ReceiptDoc):
        return f"Reçu {doc.number}"
    if isinstance(doc, model.SlipDoc):
        what = "Atelier" if doc.heading else "Rendez-vous"  # a workshop's slip has its heading
        return f"{what} {doc.starts_at:%d/%m/%Y %H:%M} {doc.landlord_ref}"
    if isinstance(doc, closing.ClosingDoc):
        return closing.DOC_TITLE.format(day=doc.day.strftime("%d/%m/%Y"))
    if isinstance(doc, certificate.CertificateDoc):
        return f"{certificate.TITLE} {doc.number}"  # no name: the history outlives erasure
    return f"Procès-verbal {doc.sector}"


def _to_json(doc: Doc) -> dict[str, object]:
    if isinstance(doc, certificate.CertificateDoc):
        return certificate.to_json(doc)
    return closing.to_json(doc) if isinstance(doc, closing.ClosingDoc) else model.to_json(doc)


def store(uow: UnitOfWork, doc: Doc, receipt_id: int | None = None) -> int:
    """Record the document inside the unit of work of the act it documents."""
    row = PrintedDocument(kind=kind_of(doc), title=title_of(doc),
                          data=json.dumps(_to_json(doc), ensure_ascii=False),
                          created_at=uow.now, staff_id=uow.actor.staff_id, receipt_id=receipt_id,
                          prints=0)
    uow.session.add(row)
    uow.session.flush()
    uow.audit("document_recorded", "printed_document", row.id, kind=row.kind)
    return row.id


def record_document(db: Database, actor: Actor, doc: Doc) -> int:
    """A document that is an act of its own (minutes of a closed poll...)."""
    with unit_of_work(db, actor, Permission.PRINT) as uow:
        return store(uow, doc)


@dataclass(frozen=True)
class Rendered:
    document_id: int
    kind: str
    title: str
    paper: str
    duplicate: bool
    pdf: bytes


def _header(session) -> model.Header:  # type: ignore[no-untyped-def]
    centre = session.get(Centre, 1)
    if centre is None:
        return model.Header(name="Guichet")
    return model.Header(centre.name, centre.address, centre.phone)


def header(db: Database, actor: Actor) -> model.Header:
    """The centre's name, address and phone, printed at the top of a page."""
    require(actor, Permission.PRINT)
    with db.read() as session:
        return _header(session)


@dataclass(frozen=True)
class _Stored:
    kind: str
    title: str
    data: dict[str, object]
    created_at: datetime
    prints: int
    cancelled: str  # for a receipt cancelled as a mistake: when, by whom, why


def _cancelled(session, receipt_id: int | None,  # type: ignore[no-untyped-def]
               slip_code: object = None) -> str:
    """What a reprint of a cancelled receipt, appointment slip or workshop
    slip says on it (printed data: French)."""
    from db.models import Appointment, Receipt, StaffAccount, WorkshopSignup

    if isinstance(slip_code, str) and slip_code:
        booking = (session.scalar(select(Appointment).where(Appointment.code == slip_code))
                   or session.scalar(select(WorkshopSignup)
                                     .where(WorkshopSignup.code == slip_code)))
        if booking is None or booking.cancelled_at is None:
            return ""
        return f"ANNULÉ le {booking.cancelled_at:%d/%m/%Y à %H:%M}"
    receipt = session.get(Receipt, receipt_id) if receipt_id else None
    if receipt is None or receipt.cancelled_at is None:
        return ""
    who = session.get(StaffAccount, receipt.cancelled_by) if receipt.cancelled_by else None
    return (f"ANNULÉ le {receipt.cancelled_at:%d/%m/%Y à %H:%M}"
            + (f" par {who.name}" if who else "") + f" : {receipt.cancel_reason}")


def _load(db: Database, document_id: int) -> tuple[_Stored, model.Header]:
    with db.read() as session:
        row = session.get(PrintedDocument, document_id)
        if row is None:
            raise UnknownDocument(document_id)
        data = json.loads(row.data)
        slip_code = data.get("qr_payload") if row.kind == "slip" else None
        return (_Stored(row.kind, row.title, data, row.created_at, row.prints,
                        _cancelled(session, row.receipt_id, slip_code)),
                _header(session))


def document_kind(db: Database, actor: Actor, document_id: int) -> str:
    """receipt, slip, minutes or closing: which printer and paper this PC uses for it."""
    require(actor, Permission.PRINT)
    with db.read() as session:
        kind = session.scalar(select(PrintedDocument.kind)
                              .where(PrintedDocument.id == document_id))
    if kind is None:
        raise UnknownDocument(document_id)
    return kind


def _pdf(kind: str, data: dict[str, object], header: model.Header, paper: str,
         duplicate: bool, created_at: datetime, cancelled: str = "") -> bytes:
    if kind == "receipt":
        doc = replace(model.receipt_from_json(data), cancelled=cancelled)
        return (render.receipt_roll if paper == "roll" else render.receipt_a4)(
            doc, header, duplicate)
    if kind == "slip":
        slip = replace(model.slip_from_json(data), cancelled=cancelled)
        return (render.slip_roll if paper == "roll" else render.slip_a6)(slip, header, duplicate)
    if kind == "closing":
        return closing.closing_a4(closing.closing_from_json(data), header, duplicate,
                                  printed_at=created_at)
    if kind == "certificate":
        return certificate.certificate_a4(certificate.certificate_from_json(data), header,
                                          duplicate)
    return render.minutes_a4(model.minutes_from_json(data), header, duplicate,
                             printed_at=created_at)


def render_document(db: Database, actor: Actor, document_id: int, paper: str | None = None,
                    duplicate: bool | None = None) -> Rendered:
    """PDF of a stored document. A document printed before comes out as a
    DUPLICATA unless told otherwise. Pure rendering: nothing is written."""
    require(actor, Permission.PRINT)
    stored, header = _load(db, document_id)
    papers = PAPERS[stored.kind]
    paper = paper if paper in papers else papers[0]
    duplicate = stored.prints > 0 if duplicate is None else duplicate
    pdf = _pdf(stored.kind, stored.data, header, paper, duplicate, stored.created_at,
               stored.cancelled)
    return Rendered(document_id, stored.kind, stored.title, paper, duplicate, pdf)


# --- personal data ---------------------------------------------------------------

ANONYMISED = "(anonymisé)"
# what a receipt or a slip says of the household: replaced on erasure; numbers,
# dates, serials, amounts and the landlord reference (the dwelling's key) stay
PERSONAL_FIELDS = {"receipt": ("household", "address"), "slip": ("household",),
                   "certificate": ("person",)}


def documents_of(session, landlord_refs: list[str]) -> list[PrintedDocument]:  # type: ignore[no-untyped-def]
    """The receipts, slips and Visa certificates printed for these households
    (inside a service)."""
    if not landlord_refs:
        return []
    wanted = set(landlord_refs)
    # read in Python: the JSON functions differ between SQLite and a server
    return [document for document in session.scalars(
        select(PrintedDocument).where(PrintedDocument.kind.in_(tuple(PERSONAL_FIELDS)))
        .order_by(PrintedDocument.id))
        if json.loads(document.data).get("landlord_ref") in wanted]


def kept_files(data_dir: Path, kind: str, document_id: int) -> list[Path]:
    """Every PDF kept for a document (one per print, by date)."""
    return sorted((data_dir / KEPT_FOLDER / kind).glob(f"*/{document_id:06d}-*.pdf"))


def _paper_of(pdf: Path, kind: str) -> str:
    """A4, A6 or the 80 mm roll, from the kept PDF's first page width."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        width_mm = document.get_page_size(0)[0] * 25.4 / 72
    finally:
        document.close()
    if width_mm < 95:
        return "roll"
    return "a6" if kind == "slip" and width_mm < 160 else "a4"


def anonymise(uow: UnitOfWork, landlord_refs: list[str], data_dir: Path | None) -> int:
    """Inside the erasure's unit of work: the stored content of these
    households' receipts and slips loses names and addresses, and every kept
    PDF of them is rendered again from it, replacing the file whole (written
    before the commit: a crash leaves names in no file the database forgot)."""
    session = uow.session
    rows = documents_of(session, landlord_refs)
    header = _header(session)
    for row in rows:
        data = json.loads(row.data)
        for key in PERSONAL_FIELDS[row.kind]:
            if data.get(key):
                data[key] = ANONYMISED if key in ("household", "person") else ""
        row.data = json.dumps(data, ensure_ascii=False)
        if data_dir is None:
            continue
        for path in kept_files(data_dir, row.kind, row.id):
            pdf = _pdf(row.kind, data, header, _paper_of(path, row.kind),
                       "-duplicata" in path.name, row.created_at)
            temporary = path.with_name(path.name + ".partial")
            temporary.write_bytes(pdf)
            os.replace(temporary, path)
    return len(rows)


def keep(data_dir: Path, rendered: Rendered, when: datetime) -> Path:
    """The PDF as printed (or as it failed to print), by kind and date."""
    folder = data_dir / KEPT_FOLDER / rendered.kind / when.strftime("%Y-%m-%d")
    folder.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^\w-]+", "-", rendered.title, flags=re.UNICODE).strip("-")
    suffix = "-duplicata" if rendered.duplicate else ""
    path = folder / f"{rendered.document_id:06d}-{slug}{suffix}-{when:%H%M%S}.pdf"
    path.write_bytes(rendered.pdf)
    return path


def record_print(db: Database, actor: Actor, rendered: Rendered, kept: Path | None,
                 printer: str, error: str | None) -> None:
    """After a print attempt, whatever its outcome: the history and the audit."""
    with unit_of_work(db, actor, Permission.PRINT) as uow:
        row = uow.session.get(PrintedDocument, rendered.document_id)
        if row is None:
            raise UnknownDocument(rendered.document_id)
        if kept is not None and db.path is not None:
            row.kept_pdf = str(kept.relative_to(db.path.parent))
        row.last_printer = printer
        row.last_error = error
        if error is None:
            row.prints += 1
            row.last_printed_at = uow.now
        action = ("print_failed" if error else
                  "document_reprinted" if rendered.duplicate else "document_printed")
        uow.audit(action, "printed_document", row.id, printer=printer, paper=rendered.paper)


@dataclass(frozen=True)
class HistoryRow:
    id: int
    kind: str
    title: str
    created_at: datetime
    prints: int
    last_printed_at: datetime | None
    last_printer: str | None
    last_error: str | None
    kept_pdf: str | None


def history(db: Database, actor: Actor, limit: int = 300) -> list[HistoryRow]:
    require(actor, Permission.PRINT)
    with db.read() as session:
        rows = session.scalars(select(PrintedDocument)
                               .order_by(PrintedDocument.id.desc()).limit(limit))
        return [HistoryRow(r.id, r.kind, r.title, r.created_at, r.prints, r.last_printed_at,
                           r.last_printer, r.last_error, r.kept_pdf) for r in rows]
