"""Decoders: the stock, the handout with its numbered receipt, replacements,
returns and mistakes taken back. (The handout desk of #13 builds on these.)

Every act is one unit of work: the check, the receipt's number, the handout
and the stored receipt document commit together or not at all. The database
keeps one active decoder per dwelling and per decoder, and moves the decoder's
state with its handouts (migration 0006); the checks here give the reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.documents.model import ReceiptDoc, ReceiptLine
from app.domain.enums import (
    EquipmentKind,
    EquipmentState,
    HandoutEnd,
    OfferState,
    PaymentMethod,
    ReceiptSeries,
)
from app.domain.errors import HandoutRefused, UnknownHousehold
from app.domain.money import format_euros
from app.domain.roles import Permission
from app.domain.text import clean
from app.services import documents
from app.services.context import Actor, UnitOfWork, unit_of_work
from app.services.households import address_line
from app.services.receipts import issue_receipt, receipt_label
from db.engine import Database
from db.models import (
    Building,
    Centre,
    Dwelling,
    Equipment,
    Handout,
    Receipt,
    Sale,
    Sector,
    StaffAccount,
)

MAX_SERIAL = 80
MAX_NAME = 100


@dataclass(frozen=True)
class Done:
    """An act that printed a receipt: its number and its stored document."""

    receipt: str  # "2026-000042"
    document_id: int
    serial: str


def _serial(text: str) -> str:
    serial = clean(text).upper()
    if not serial:
        raise HandoutRefused("serial_missing")
    if len(serial) > MAX_SERIAL:
        raise HandoutRefused("serial_too_long", str(MAX_SERIAL))
    return serial


def add_decoder(db: Database, actor: Actor, serial: str, model: str = "") -> int:
    """One decoder into the stock (a scan of its serial); returns how many
    decoders are in stock now."""
    serial = _serial(serial)
    with unit_of_work(db, actor, Permission.MANAGE_STOCK) as uow:
        s = uow.session
        _check_new_serial(s, serial)
        item = Equipment(kind=EquipmentKind.DECODER.value, serial=serial, model=clean(model),
                         state=EquipmentState.IN_STOCK.value, received_at=uow.now)
        s.add(item)
        s.flush()
        uow.audit("equipment_received", "equipment", item.id, kind=item.kind)
        return s.scalar(select(func.count()).select_from(Equipment).where(
            Equipment.kind == EquipmentKind.DECODER.value,
            Equipment.state.in_((EquipmentState.IN_STOCK.value,
                                 EquipmentState.RETURNED.value)))) or 0


def _decoder_label(model: str) -> str:
    """The receipt's line (printed data): « Décodeur TV HD », never « Décodeur
    Décodeur TV HD »."""
    return model if model.lower().startswith("décodeur") else f"Décodeur {model}".strip()


def _check_new_serial(s: Session, serial: str) -> None:
    """A serial scanned into the stock: not one there already, and not a
    tenant's letter or a dwelling's reference scanned by mistake."""
    from app.domain import dwelling_code

    if s.scalar(select(Equipment.id).where(Equipment.serial == serial)) is not None:
        raise HandoutRefused("serial_known", serial)
    if dwelling_code.looks_like_code(serial) and dwelling_code.is_valid(
            dwelling_code.normalise(serial)):
        raise HandoutRefused("serial_is_letter", serial)
    if s.scalar(select(Dwelling.id).where(Dwelling.landlord_ref == serial)) is not None:
        raise HandoutRefused("serial_is_reference", serial)


def _dwelling(s: Session, dwelling_id: int) -> tuple[Dwelling, Building, Sector]:
    row = s.execute(select(Dwelling, Building, Sector)
                    .join(Building, Dwelling.building_id == Building.id)
                    .join(Sector, Building.sector_id == Sector.id)
                    .where(Dwelling.id == dwelling_id)).first()
    if row is None:
        raise UnknownHousehold(dwelling_id)
    dwelling, building, sector = row
    return dwelling, building, sector


def _active(s: Session, dwelling_id: int) -> Handout | None:
    return s.scalar(select(Handout).where(Handout.dwelling_id == dwelling_id,
                                          Handout.ended_at.is_(None)))


def _available_decoder(s: Session, serial: str) -> Equipment:
    item = s.scalar(select(Equipment).where(Equipment.serial == serial))
    if item is None:
        raise HandoutRefused("serial_unknown", serial)
    if item.kind != EquipmentKind.DECODER.value:
        raise HandoutRefused("not_a_decoder", serial)
    if item.state == EquipmentState.HANDED_OUT.value:
        holder = s.execute(select(Handout, Dwelling.landlord_ref, StaffAccount.name)
                           .join(Dwelling, Handout.dwelling_id == Dwelling.id)
                           .outerjoin(StaffAccount, Handout.staff_id == StaffAccount.id)
                           .where(Handout.equipment_id == item.id,
                                  Handout.ended_at.is_(None))).first()
        if holder is not None:
            handout, ref, by = holder
            raise HandoutRefused("serial_out", ref, handout.handed_at, by or "")
    if item.state not in (EquipmentState.IN_STOCK.value, EquipmentState.RETURNED.value):
        raise HandoutRefused("serial_unavailable", item.state)
    return item


def _receipt_doc(uow: UnitOfWork, kind: str, receipt: Receipt, dwelling: Dwelling,
                 building: Building, collected_by: str,
                 lines: tuple[ReceiptLine, ...]) -> int:
    doc = ReceiptDoc(kind=kind, number=receipt_label(receipt),
                     issued_at=uow.now, household=collected_by,
                     landlord_ref=dwelling.landlord_ref,
                     address=address_line(building.address, building.name, building.entrance,
                                          dwelling.floor, dwelling.door),
                     lines=lines, staff=uow.actor.label)
    return documents.store(uow, doc, receipt_id=receipt.id)


def _collector(name: str) -> str:
    name = clean(name)
    if not name:
        raise HandoutRefused("collector_missing")
    if len(name) > MAX_NAME:
        raise HandoutRefused("collector_too_long", str(MAX_NAME))
    return name


def hand_out(db: Database, actor: Actor, dwelling_id: int, serial: str,
             collected_by: str) -> Done:
    """A decoder to a dwelling of a sector that adopted the offer and has no
    active decoder; the receipt names who collected it."""
    serial, collected_by = _serial(serial), _collector(collected_by)
    with unit_of_work(db, actor, Permission.HAND_OUT) as uow:
        s = uow.session
        dwelling, building, sector = _dwelling(s, dwelling_id)
        if sector.offer_state != OfferState.ADOPTED.value:
            raise HandoutRefused("sector_not_adopted", sector.name)
        active = _active(s, dwelling_id)
        if active is not None:
            item = s.get(Equipment, active.equipment_id)
            raise HandoutRefused("dwelling_has_one", item.serial, active.handed_at)
        item = _available_decoder(s, serial)
        receipt = issue_receipt(uow, ReceiptSeries.HANDOUT)
        handout = Handout(receipt_id=receipt.id, dwelling_id=dwelling_id, equipment_id=item.id,
                          handed_at=uow.now, staff_id=actor.staff_id)
        s.add(handout)
        try:
            s.flush()
        except IntegrityError:  # another counter, the same moment
            raise HandoutRefused("dwelling_has_one_now") from None
        document_id = _receipt_doc(uow, "handout", receipt, dwelling, building, collected_by,
                                   (ReceiptLine(_decoder_label(item.model), item.serial),))
        uow.audit("decoder_handed_out", "handout", handout.id, receipt=receipt.id)
        return Done(receipt_label(receipt), document_id, item.serial)


def replace(db: Database, actor: Actor, dwelling_id: int, new_serial: str, reason: str,
            collected_by: str) -> Done:
    """A faulty decoder swapped: the old one ends as replaced (faulty), the
    new one goes out with a receipt that says which it replaces and why."""
    new_serial, collected_by = _serial(new_serial), _collector(collected_by)
    reason = clean(reason)
    if not reason:
        raise HandoutRefused("reason_missing")
    with unit_of_work(db, actor, Permission.HAND_OUT) as uow:
        s = uow.session
        dwelling, building, _sector = _dwelling(s, dwelling_id)
        old = _active(s, dwelling_id)
        if old is None:
            raise HandoutRefused("nothing_to_replace")
        old_item = s.get(Equipment, old.equipment_id)
        item = _available_decoder(s, new_serial)
        old.ended_at, old.end_reason = uow.now, HandoutEnd.REPLACED.value
        s.flush()
        receipt = issue_receipt(uow, ReceiptSeries.HANDOUT)
        handout = Handout(receipt_id=receipt.id, dwelling_id=dwelling_id, equipment_id=item.id,
                          handed_at=uow.now, staff_id=actor.staff_id, replaces_id=old.id,
                          replacement_reason=reason)
        s.add(handout)
        s.flush()
        document_id = _receipt_doc(
            uow, "handout", receipt, dwelling, building, collected_by,
            (ReceiptLine(_decoder_label(item.model), item.serial),
             ReceiptLine(f"Remplace le décodeur en panne ({reason})", old_item.serial)))
        uow.audit("decoder_replaced", "handout", handout.id, replaces=old.id,
                  receipt=receipt.id)
        return Done(receipt_label(receipt), document_id, item.serial)


def take_back(db: Database, actor: Actor, dwelling_id: int, brought_by: str) -> Done:
    """A decoder brought back (the household leaves, or no longer wants it):
    back in stock, with a receipt of the return series."""
    brought_by = _collector(brought_by)
    with unit_of_work(db, actor, Permission.HAND_OUT) as uow:
        s = uow.session
        dwelling, building, _sector = _dwelling(s, dwelling_id)
        handout = _active(s, dwelling_id)
        if handout is None:
            raise HandoutRefused("nothing_to_return")
        item = s.get(Equipment, handout.equipment_id)
        receipt = issue_receipt(uow, ReceiptSeries.RETURN)
        handout.ended_at, handout.end_reason = uow.now, HandoutEnd.RETURNED.value
        handout.end_receipt_id = receipt.id
        s.flush()
        document_id = _receipt_doc(uow, "return", receipt, dwelling, building, brought_by,
                                   (ReceiptLine(_decoder_label(item.model), item.serial),))
        uow.audit("decoder_returned", "handout", handout.id, receipt=receipt.id)
        return Done(receipt_label(receipt), document_id, item.serial)


def cancel(db: Database, actor: Actor, dwelling_id: int, reason: str) -> str:
    """A handout recorded by mistake: its receipt stays, marked cancelled with
    who and why; the decoder goes back to the stock. Returns the receipt."""
    reason = clean(reason)
    if not reason:
        raise HandoutRefused("reason_missing")
    with unit_of_work(db, actor, Permission.MANAGE_STOCK) as uow:
        s = uow.session
        handout = _active(s, dwelling_id)
        if handout is None:
            raise HandoutRefused("nothing_to_cancel")
        if handout.replaces_id is not None:
            raise HandoutRefused("replacement_not_cancelled")
        receipt = s.get(Receipt, handout.receipt_id)
        receipt.cancelled_at, receipt.cancelled_by = uow.now, actor.staff_id
        receipt.cancel_reason = reason
        handout.ended_at, handout.end_reason = uow.now, HandoutEnd.CANCELLED.value
        uow.audit("handout_cancelled", "handout", handout.id, receipt=receipt.id, reason=reason)
        return receipt_label(receipt)


def import_delivery(db: Database, actor: Actor, data: bytes) -> int:
    """The operator's delivery list into the stock, all or nothing: a list
    with any problem (each with its line) adds nothing. Returns how many
    decoders were added."""
    from app.domain import delivery
    from app.domain.errors import DeliveryRejected, RosterProblem
    from app.services.context import require

    permit = require(actor, Permission.MANAGE_STOCK)
    parsed = delivery.parse(data)
    if parsed.problems:
        raise DeliveryRejected(parsed.problems)
    with unit_of_work(db, permit) as uow:
        s = uow.session
        serials = [serial for serial, _model in parsed.items]
        known = set(s.scalars(select(Equipment.serial).where(Equipment.serial.in_(serials))))
        if known:
            lines = {serial: n for n, (serial, _m) in enumerate(parsed.items)}
            raise DeliveryRejected([RosterProblem(0, delivery.SERIAL_IN_STOCK, serial)
                                    for serial in sorted(known, key=lines.get)])
        from db.engine import bulk_insert

        bulk_insert(s, Equipment.__table__, [
            {"kind": EquipmentKind.DECODER.value, "serial": serial, "model": model,
             "price_cents": None, "state": EquipmentState.IN_STOCK.value,
             "received_at": uow.now} for serial, model in parsed.items])
        uow.audit("delivery_imported", "equipment", "", decoders=len(parsed.items))
        return len(parsed.items)


# --- refurbished computers -------------------------------------------------------


def add_computer(db: Database, actor: Actor, serial: str, model: str, price_cents: int) -> int:
    """A refurbished computer into the stock at one of the centre's price
    tiers (40 or 70 € by default, Réglages). Returns its id."""
    from app.domain.defaults import DEFAULT_COMPUTER_PRICES
    from app.services.settings import parse_prices

    serial = _serial(serial)
    with unit_of_work(db, actor, Permission.MANAGE_STOCK) as uow:
        s = uow.session
        centre = s.get(Centre, 1)
        tiers = parse_prices(centre.computer_prices if centre else DEFAULT_COMPUTER_PRICES)
        if price_cents not in tiers:
            raise HandoutRefused("price_not_a_tier", format_euros(price_cents))
        _check_new_serial(s, serial)
        item = Equipment(kind=EquipmentKind.COMPUTER.value, serial=serial, model=clean(model),
                         price_cents=price_cents, state=EquipmentState.IN_STOCK.value,
                         received_at=uow.now)
        s.add(item)
        s.flush()
        uow.audit("equipment_received", "equipment", item.id, kind=item.kind)
        return item.id


def sell_computer(db: Database, actor: Actor, dwelling_id: int, serial: str,
                  payment: PaymentMethod, bought_by: str) -> Done:
    """A computer sold at its tier's price, paid in cash or by cheque, with a
    receipt of the sale series."""
    serial, bought_by = _serial(serial), _collector(bought_by)
    if payment not in (PaymentMethod.CASH, PaymentMethod.CHEQUE):
        raise HandoutRefused("payment_not_taken")
    with unit_of_work(db, actor, Permission.MANAGE_STOCK) as uow:
        s = uow.session
        dwelling, building, _sector = _dwelling(s, dwelling_id)
        item = s.scalar(select(Equipment).where(Equipment.serial == serial))
        if item is None:
            raise HandoutRefused("serial_unknown", serial)
        if item.kind != EquipmentKind.COMPUTER.value:
            raise HandoutRefused("not_a_computer", serial)
        if item.state != EquipmentState.IN_STOCK.value:
            raise HandoutRefused("computer_sold", serial)
        receipt = issue_receipt(uow, ReceiptSeries.SALE)
        s.add(Sale(receipt_id=receipt.id, dwelling_id=dwelling_id, equipment_id=item.id,
                   amount_cents=item.price_cents, payment_method=payment.value,
                   sold_at=uow.now, staff_id=actor.staff_id))
        try:
            s.flush()  # the computer's state follows its sale (trigger, migration 0007)
        except IntegrityError:  # another counter sold it the same moment
            raise HandoutRefused("computer_sold", serial) from None
        doc = ReceiptDoc(kind="sale", number=receipt_label(receipt),
                         issued_at=uow.now, household=bought_by,
                         landlord_ref=dwelling.landlord_ref,
                         address=address_line(building.address, building.name,
                                              building.entrance, dwelling.floor, dwelling.door),
                         lines=(ReceiptLine(f"Ordinateur {item.model}".strip(), item.serial,
                                            item.price_cents),),
                         staff=uow.actor.label, payment=_PAYMENT[payment])
        document_id = documents.store(uow, doc, receipt_id=receipt.id)
        uow.audit("computer_sold", "equipment", item.id, receipt=receipt.id,
                  payment=payment.value)
        return Done(receipt_label(receipt), document_id, item.serial)


_PAYMENT = {PaymentMethod.CASH: "Espèces", PaymentMethod.CHEQUE: "Chèque"}  # printed data


def cancel_sale(db: Database, actor: Actor, serial: str, reason: str) -> str:
    """A computer sale recorded by mistake: its receipt stays, marked cancelled
    with who and why; the sale is kept, cancelled, out of every count; the
    computer goes back to the stock and may be sold again. Returns the receipt."""
    serial = _serial(serial)
    reason = clean(reason)
    if not reason:
        raise HandoutRefused("reason_missing")
    with unit_of_work(db, actor, Permission.MANAGE_STOCK) as uow:
        s = uow.session
        item = s.scalar(select(Equipment).where(Equipment.serial == serial))
        if item is None:
            raise HandoutRefused("serial_unknown", serial)
        if item.kind != EquipmentKind.COMPUTER.value:
            raise HandoutRefused("not_a_computer", serial)
        sale = s.scalar(select(Sale).where(Sale.equipment_id == item.id,
                                           Sale.cancelled_at.is_(None)))
        if sale is None:
            raise HandoutRefused("computer_not_sold", serial)
        receipt = s.get(Receipt, sale.receipt_id)
        receipt.cancelled_at, receipt.cancelled_by = uow.now, actor.staff_id
        receipt.cancel_reason = reason
        sale.cancelled_at = uow.now  # the computer goes back in stock (trigger)
        s.flush()
        uow.audit("sale_cancelled", "sale", sale.id, receipt=receipt.id, equipment=item.id,
                  reason=reason)
        return receipt_label(receipt)


def operator_csv(db: Database, actor: Actor) -> str:
    """For the operator, to activate them: every decoder out now, with the
    dwelling's reference and address (no name), as a French spreadsheet reads
    it (semicolons; write it as UTF-8 with a BOM)."""
    import io

    from app.documents.sheet import Sheet
    from app.services.context import require

    require(actor, Permission.MANAGE_STOCK)
    out = io.StringIO()
    writer = Sheet(out)
    writer.writerow(["numéro de série", "modèle", "référence logement", "adresse", "porte",
                     "remis le"])
    with db.read() as session:
        rows = session.execute(
            select(Equipment, Dwelling, Building, Handout.handed_at)
            .join(Handout, Handout.equipment_id == Equipment.id)
            .join(Dwelling, Handout.dwelling_id == Dwelling.id)
            .join(Building, Dwelling.building_id == Building.id)
            .where(Handout.ended_at.is_(None)).order_by(Handout.handed_at, Handout.id))
        for item, dwelling, building, at in rows:
            writer.writerow([item.serial, item.model, dwelling.landlord_ref,
                             address_line(building.address, building.name, building.entrance,
                                          "", ""),
                             address_line("", "", "", dwelling.floor, dwelling.door).strip(", "),
                             at.strftime("%d/%m/%Y")])
    return out.getvalue()


@dataclass(frozen=True)
class SerialInfo:
    """What a scanned serial is, for the counter: whose it is and since when."""

    serial: str
    kind: EquipmentKind
    state: EquipmentState
    dwelling_id: int | None  # the household that has it now
    landlord_ref: str
    since: datetime | None


def find_serial(db: Database, actor: Actor, code: str) -> SerialInfo | None:
    from app.services.context import require

    require(actor, Permission.SEARCH_HOUSEHOLDS)
    serial = clean(code).upper()
    if not serial or len(serial) > MAX_SERIAL:
        return None
    with db.read() as session:
        item = session.scalar(select(Equipment).where(Equipment.serial == serial))
        if item is None:
            return None
        holder = session.execute(
            select(Handout.dwelling_id, Dwelling.landlord_ref, Handout.handed_at)
            .join(Dwelling, Handout.dwelling_id == Dwelling.id)
            .where(Handout.equipment_id == item.id, Handout.ended_at.is_(None))).first()
        if holder is None and item.state == EquipmentState.SOLD.value:
            holder = session.execute(
                select(Sale.dwelling_id, Dwelling.landlord_ref, Sale.sold_at)
                .join(Dwelling, Sale.dwelling_id == Dwelling.id)
                .where(Sale.equipment_id == item.id, Sale.cancelled_at.is_(None))).first()
        return SerialInfo(item.serial, EquipmentKind(item.kind), EquipmentState(item.state),
                          holder[0] if holder else None, holder[1] if holder else "",
                          holder[2] if holder else None)


def offer_of(db: Database, actor: Actor, dwelling_id: int) -> OfferState:
    """The collective offer's state in the dwelling's sector."""
    from app.services.context import require

    require(actor, Permission.SEARCH_HOUSEHOLDS)
    with db.read() as session:
        return OfferState(_dwelling(session, dwelling_id)[2].offer_state)


def handed_out_today(db: Database, actor: Actor) -> int:
    """Decoders this account handed out today (replacements too; not the
    handouts cancelled as mistakes)."""
    from app.domain import clock
    from app.services.context import require

    require(actor, Permission.HAND_OUT)
    start = clock.now().replace(hour=0, minute=0, second=0)
    with db.read() as session:
        return session.scalar(
            select(func.count()).select_from(Handout).where(
                Handout.staff_id == actor.staff_id, Handout.handed_at >= start,
                (Handout.end_reason.is_(None))
                | (Handout.end_reason != HandoutEnd.CANCELLED.value))) or 0


def active_decoder(db: Database, actor: Actor, dwelling_id: int) -> tuple[str, datetime] | None:
    """The dwelling's decoder now (serial, since when), if any."""
    from app.services.context import require

    require(actor, Permission.SEARCH_HOUSEHOLDS)
    with db.read() as session:
        handout = _active(session, dwelling_id)
        if handout is None:
            return None
        return session.get(Equipment, handout.equipment_id).serial, handout.handed_at
