"""Documents as stored records: recorded in the act's own transaction, rendered
to PDF on demand, kept as PDF files by kind and date, listed in the print
history, reprinted marked DUPLICATA (and audited)."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from app.documents import model, render
from app.domain.errors import UnknownDocument
from app.domain.roles import Permission
from app.services.context import Actor, UnitOfWork, require, unit_of_work
from db.engine import Database
from db.models import Centre, PrintedDocument

KEPT_FOLDER = "documents"
PAPERS = {"receipt": ("a4", "roll"), "slip": ("a6", "roll"), "minutes": ("a4",)}

Doc = model.ReceiptDoc | model.SlipDoc | model.MinutesDoc


def kind_of(doc: Doc) -> str:
    if isinstance(doc, model.ReceiptDoc):
        return "receipt"
    if isinstance(doc, model.SlipDoc):
        return "slip"
    return "minutes"


def title_of(doc: Doc) -> str:
    if isinstance(doc, model.ReceiptDoc):
        return f"Reçu {doc.number}"
    if isinstance(doc, model.SlipDoc):
        return f"Rendez-vous {doc.starts_at:%d/%m/%Y %H:%M} {doc.landlord_ref}"
    return f"Procès-verbal {doc.sector}"


def store(uow: UnitOfWork, doc: Doc, receipt_id: int | None = None) -> int:
    """Record the document inside the unit of work of the act it documents."""
    row = PrintedDocument(kind=kind_of(doc), title=title_of(doc),
                          data=json.dumps(model.to_json(doc), ensure_ascii=False),
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


def load(db: Database, document_id: int) -> tuple[PrintedDocument, model.Header]:
    with db.read() as session:
        row = session.get(PrintedDocument, document_id)
        if row is None:
            raise UnknownDocument(document_id)
        return row, _header(session)


def render_document(db: Database, actor: Actor, document_id: int, paper: str | None = None,
                    duplicate: bool | None = None) -> Rendered:
    """PDF of a stored document. A document printed before comes out as a
    DUPLICATA unless told otherwise. Pure rendering: nothing is written."""
    require(actor, Permission.PRINT)
    row, header = load(db, document_id)
    papers = PAPERS[row.kind]
    paper = paper if paper in papers else papers[0]
    duplicate = row.prints > 0 if duplicate is None else duplicate
    data = json.loads(row.data)
    if row.kind == "receipt":
        doc = model.receipt_from_json(data)
        pdf = (render.receipt_roll if paper == "roll" else render.receipt_a4)(doc, header, duplicate)
    elif row.kind == "slip":
        slip = model.slip_from_json(data)
        pdf = (render.slip_roll if paper == "roll" else render.slip_a6)(slip, header, duplicate)
    else:
        pdf = render.minutes_a4(model.minutes_from_json(data), header, duplicate,
                                printed_at=row.created_at)
    return Rendered(document_id, row.kind, row.title, paper, duplicate, pdf)


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
