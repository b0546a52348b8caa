"""Decoders in and out, on a real SQLite file: the rules the handout desk
(#13) will stand on."""

from __future__ import annotations

import multiprocessing

import pytest
from sqlalchemy import func, select

from app.domain import clock
from app.domain.enums import OfferState, Role
from app.domain.errors import HandoutRefused, PermissionDenied
from app.services import accounts, documents, handouts, households
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import Database, open_database
from db.models import AuditEntry, Equipment, Handout, Receipt, Sector
from tests.conftest import refused_by_database
from tests.pdf_tools import qr_codes, text_of
from tests.services.test_polls import roster


@pytest.fixture
def centre(db: Database, coordinator: Actor) -> dict[str, Actor]:
    import_roster(db, coordinator, roster())
    with db.write() as s:
        s.execute(Sector.__table__.update().where(Sector.name == "Kerourien")
                  .values(offer_state=OfferState.ADOPTED.value))
    accounts.create_account(db, coordinator, "Bénévole", Role.VOLUNTEER, "1357")
    for n in range(1, 6):
        handouts.add_decoder(db, coordinator, f"dec-{n:03d}", "HD")
    return {"coordinator": coordinator, "volunteer": accounts.sign_in(db, "Bénévole", "1357")}


def dwelling(db: Database, ref: str) -> int:
    return households.find_by_reference(db, Actor.command_line(), ref)


def refused(call, *args) -> HandoutRefused:  # type: ignore[no-untyped-def]
    with pytest.raises(HandoutRefused) as error:
        call(*args)
    return error.value


def test_a_handout_a_replacement_a_return_and_the_decoder_out_again(
        db: Database, centre: dict[str, Actor]) -> None:
    volunteer = centre["volunteer"]
    k1, k2 = dwelling(db, "K1"), dwelling(db, "K2")
    first = handouts.hand_out(db, volunteer, k1, " dec-001 ", "Prénom1 NOM1")
    assert first.serial == "DEC-001" and first.receipt == f"REM-{clock.now().year}-000001"
    again = refused(handouts.hand_out, db, volunteer, k1, "DEC-002", "Prénom1 NOM1")
    assert (again.reason, again.detail) == ("dwelling_has_one", "DEC-001")
    taken = refused(handouts.hand_out, db, volunteer, k2, "DEC-001", "X")
    assert (taken.reason, taken.detail, taken.by) == ("serial_out", "K1", "Bénévole")
    swapped = handouts.replace(db, volunteer, k1, "DEC-002", "écran noir", "Prénom1 NOM1")
    assert swapped.receipt.endswith("-000002")
    back = handouts.take_back(db, volunteer, k1, "Prénom1 NOM1")
    assert back.receipt == f"RET-{clock.now().year}-000001"  # its own series, from one
    # the receipts are stored documents: the replacement's names both decoders
    pdf = documents.render_document(db, volunteer, swapped.document_id, paper="a4").pdf
    text = " ".join(text_of(pdf).split())
    assert "DEC-002" in text and "DEC-001" in text and "écran noir" in text
    assert "Prénom1 NOM1" in text and swapped.receipt in text
    assert set(qr_codes(pdf, 150)) == {f"GUICHET-RECU:handout:{swapped.receipt}"}  # both copies
    returned = " ".join(text_of(documents.render_document(
        db, volunteer, back.document_id, paper="a4").pdf).split())
    assert "Reçu de retour de décodeur" in returned
    handouts.hand_out(db, volunteer, k2, "DEC-002", "Prénom2 NOM2")  # returned: out again
    with db.read() as s:
        states = dict(s.execute(select(Equipment.serial, Equipment.state)).all())
        assert (states["DEC-001"], states["DEC-002"]) == ("faulty", "handed_out")
        assert s.scalar(select(func.count()).select_from(Handout)) == 3
    faulty = refused(handouts.hand_out, db, volunteer, k1, "DEC-001", "Prénom1 NOM1")
    assert faulty.reason == "serial_unavailable"


def test_bad_input_is_refused_with_its_reason_and_nothing_written(
        db: Database, centre: dict[str, Actor]) -> None:
    volunteer = centre["volunteer"]
    k1, p1 = dwelling(db, "K1"), dwelling(db, "P1")
    assert refused(handouts.hand_out, db, volunteer, p1, "DEC-001", "X").reason == \
        "sector_not_adopted"
    assert refused(handouts.hand_out, db, volunteer, k1, "NOPE-1", "X").reason == \
        "serial_unknown"
    assert refused(handouts.hand_out, db, volunteer, k1, "  ", "X").reason == "serial_missing"
    assert refused(handouts.hand_out, db, volunteer, k1, "DEC-001", " ").reason == \
        "collector_missing"
    assert refused(handouts.take_back, db, volunteer, k1, "X").reason == "nothing_to_return"
    assert refused(handouts.add_decoder, db, centre["coordinator"], "dec-001").reason == \
        "serial_known"
    with pytest.raises(PermissionDenied):  # volunteers hand out, they do not stock
        handouts.add_decoder(db, volunteer, "DEC-999")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Receipt)) == 0


def test_a_mistake_is_cancelled_its_receipt_kept_and_marked(
        db: Database, centre: dict[str, Actor]) -> None:
    coordinator = centre["coordinator"]
    k1 = dwelling(db, "K1")
    first = handouts.hand_out(db, coordinator, k1, "DEC-003", "Prénom1 NOM1")
    valid = text_of(documents.render_document(db, coordinator, first.document_id, "a4").pdf)
    assert "ANNULÉ" not in valid
    assert refused(handouts.cancel, db, coordinator, k1, " ").reason == "reason_missing"
    number = handouts.cancel(db, coordinator, k1, "mauvais logement")
    assert number.endswith("-000001")
    with db.read() as s:
        receipt = s.scalar(select(Receipt))
        assert receipt.cancel_reason == "mauvais logement" and receipt.cancelled_at
        assert s.scalar(select(Equipment.state).where(Equipment.serial == "DEC-003")) == \
            "in_stock"
        actions = list(s.scalars(select(AuditEntry.action)))
    assert {"decoder_handed_out", "handout_cancelled"} <= set(actions)
    assert handouts.active_decoder(db, coordinator, k1) is None
    # its reprint can never pass for a valid receipt: marked, with when, who and why
    for paper in ("a4", "roll"):
        reprint = " ".join(text_of(documents.render_document(
            db, coordinator, first.document_id, paper).pdf).split())
        assert "ANNULÉ" in reprint and "mauvais logement" in reprint, paper
    done = handouts.hand_out(db, coordinator, k1, "DEC-003", "Prénom1 NOM1")
    assert done.receipt.endswith("-000002")  # a new number: the cancelled one stays


def _hand_out_many(path: str, first: int, count: int, out) -> None:  # type: ignore[no-untyped-def]
    db = open_database(path)
    actor = Actor.command_line()
    numbers = []
    for n in range(first, first + count):
        numbers.append(handouts.hand_out(db, actor, households.find_by_reference(
            db, actor, f"K{n}"), f"DEC-{n:03d}", "X").receipt)
    db.close()
    out.put(numbers)


def test_two_processes_numbering_at_once_leave_no_gap_and_no_duplicate(
        db: Database, coordinator: Actor) -> None:
    import_roster(db, coordinator, roster(kerourien=120))
    with db.write() as s:
        s.execute(Sector.__table__.update().values(offer_state=OfferState.ADOPTED.value))
    for n in range(1, 121):
        handouts.add_decoder(db, coordinator, f"DEC-{n:03d}", "HD")
    ctx = multiprocessing.get_context("spawn")
    out = ctx.Queue()
    workers = [ctx.Process(target=_hand_out_many, args=(str(db.location), 1 + 60 * k, 60, out))
               for k in range(2)]
    for w in workers:
        w.start()
    numbers = out.get(timeout=300) + out.get(timeout=300)
    for w in workers:
        w.join(60)
    assert sorted(int(n.split("-")[2]) for n in numbers) == list(range(1, 121))


def test_a_computer_is_sold_once_at_its_tier_with_a_sale_receipt(
        db: Database, centre: dict[str, Actor]) -> None:
    from app.domain.enums import PaymentMethod

    coordinator = centre["coordinator"]
    assert refused(handouts.add_computer, db, coordinator, "PC-1", "Portable", 5000).reason == \
        "price_not_a_tier"
    handouts.add_computer(db, coordinator, "pc-1", "Portable", 7000)
    k1 = dwelling(db, "P1")  # a computer needs no vote: any sector
    assert refused(handouts.sell_computer, db, coordinator, k1, "PC-1", PaymentMethod.CARD,
                   "X").reason == "payment_not_taken"
    assert refused(handouts.sell_computer, db, coordinator, k1, "DEC-001",
                   PaymentMethod.CASH, "X").reason == "not_a_computer"
    sold = handouts.sell_computer(db, coordinator, k1, "PC-1", PaymentMethod.CHEQUE, "AUTRE1 X")
    assert sold.receipt == f"VEN-{clock.now().year}-000001"
    again = refused(handouts.sell_computer, db, coordinator, dwelling(db, "P2"), "PC-1",
                    PaymentMethod.CASH, "Y")
    assert again.reason == "computer_sold"
    text = " ".join(text_of(documents.render_document(
        db, coordinator, sold.document_id, paper="a4").pdf).split())
    assert "70,00" in text and "Chèque" in text and "PC-1" in text
    with pytest.raises(PermissionDenied):  # a volunteer sells nothing
        handouts.sell_computer(db, centre["volunteer"], k1, "PC-1", PaymentMethod.CASH, "X")


def test_the_operator_gets_the_decoders_out_now_without_names(
        db: Database, centre: dict[str, Actor]) -> None:
    import csv

    coordinator = centre["coordinator"]
    handouts.hand_out(db, coordinator, dwelling(db, "K1"), "DEC-001", "Prénom1 NOM1")
    handouts.hand_out(db, coordinator, dwelling(db, "K2"), "DEC-002", "Prénom2 NOM2")
    handouts.take_back(db, coordinator, dwelling(db, "K2"), "Prénom2 NOM2")
    rows = list(csv.reader(handouts.operator_csv(db, coordinator).splitlines(), delimiter=";"))
    assert rows[0][:3] == ["numéro de série", "modèle", "référence logement"]
    assert [r[0] for r in rows[1:]] == ["DEC-001"]  # the returned one is not active
    assert rows[1][2] == "K1" and "NOM1" not in ";".join(rows[1])


def test_a_mistaken_sale_is_cancelled_and_the_computer_sold_again(
        db: Database, centre: dict[str, Actor]) -> None:

    from app.domain.enums import PaymentMethod
    from db.models import Sale

    coordinator = centre["coordinator"]
    handouts.add_computer(db, coordinator, "PC-1", "Portable", 4000)
    first = handouts.sell_computer(db, coordinator, dwelling(db, "P1"), "PC-1",
                                   PaymentMethod.CASH, "AUTRE1 X")
    assert handouts.find_serial(db, coordinator, "PC-1").landlord_ref == "P1"
    assert refused(handouts.cancel_sale, db, coordinator, "PC-1", " ").reason == \
        "reason_missing"
    assert refused(handouts.cancel_sale, db, coordinator, "DEC-001", "erreur").reason == \
        "not_a_computer"
    assert refused(handouts.cancel_sale, db, coordinator, "PC-404", "erreur").reason == \
        "serial_unknown"
    with pytest.raises(PermissionDenied):  # a volunteer cancels nothing
        handouts.cancel_sale(db, centre["volunteer"], "PC-1", "erreur")

    assert handouts.cancel_sale(db, coordinator, " pc-1 ", "vendu au mauvais foyer") == \
        first.receipt
    assert refused(handouts.cancel_sale, db, coordinator, "PC-1", "encore").reason == \
        "computer_not_sold"
    info = handouts.find_serial(db, coordinator, "PC-1")  # back in the stock, nobody's
    assert (info.state.value, info.dwelling_id, info.landlord_ref) == ("in_stock", None, "")
    with db.read() as s:
        receipt = s.scalar(select(Receipt).where(Receipt.series == "sale"))
        assert receipt.cancel_reason == "vendu au mauvais foyer" and receipt.cancelled_at
        assert receipt.cancelled_by == coordinator.staff_id
        assert s.scalar(select(Sale.cancelled_at)) is not None
        assert "sale_cancelled" in set(s.scalars(select(AuditEntry.action)))

    again = handouts.sell_computer(db, coordinator, dwelling(db, "P2"), "PC-1",
                                   PaymentMethod.CHEQUE, "AUTRE2 X")
    assert again.receipt.endswith("-000002")  # a new number: the cancelled one stays
    assert handouts.find_serial(db, coordinator, "PC-1").landlord_ref == "P2"
    with db.read() as s:
        assert s.scalar(select(Equipment.state).where(Equipment.serial == "PC-1")) == "sold"
        assert s.scalar(select(func.count()).select_from(Sale)) == 2
    # whatever the code, the database keeps the sales (sqlite3 or psql in hand)
    assert "never deleted" in refused_by_database(db, "DELETE FROM sale")
    assert "never rewritten" in refused_by_database(
        db, "UPDATE sale SET cancelled_at = NULL WHERE cancelled_at IS NOT NULL")


def test_a_letter_or_a_reference_scanned_into_the_stock_is_refused(
        db: Database, centre: dict[str, Actor]) -> None:
    from app.domain import dwelling_code

    coordinator = centre["coordinator"]
    letter = dwelling_code.new_code()
    assert refused(handouts.add_decoder, db, coordinator, letter).reason == "serial_is_letter"
    assert refused(handouts.add_decoder, db, coordinator, "K1").reason == "serial_is_reference"
    assert refused(handouts.add_computer, db, coordinator, "k1", "PC", 4000).reason == \
        "serial_is_reference"
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Equipment).where(
            Equipment.serial.in_([letter, "K1"]))) == 0
