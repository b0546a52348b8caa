"""The daily closing on a real SQLite file: each agent's figures, the cash box
worked out from the day's sales (cancelled ones left out), a difference that
needs a note, an append-only table, and the sheet that prints the figures."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from app.domain import clock
from app.domain.enums import OfferState, PaymentMethod, Role
from app.domain.errors import HandoutRefused, PermissionDenied
from app.services import accounts, closing, documents, handouts, households
from app.services.context import Actor
from app.services.roster import import_roster
from db.engine import Database
from db.models import AuditEntry, DailyClosing, PrintedDocument, Sector
from tests.conftest import refused_by_database
from tests.pdf_tools import page_size_mm, text_of
from tests.services.test_polls import roster


@pytest.fixture
def day(db: Database, coordinator: Actor) -> dict[str, Actor]:
    """A handout day: three agents, five decoders, three computers."""
    import_roster(db, coordinator, roster())
    with db.write() as s:
        s.execute(Sector.__table__.update().where(Sector.name == "Kerourien")
                  .values(offer_state=OfferState.ADOPTED.value))
    accounts.create_account(db, coordinator, "Accueil", Role.RECEPTION, "2468")
    accounts.create_account(db, coordinator, "Bénévole", Role.VOLUNTEER, "1357")
    for n in range(1, 6):
        handouts.add_decoder(db, coordinator, f"DEC-{n:03d}", "HD 4K")
    handouts.add_decoder(db, coordinator, "DEC-900", "")  # a delivery list with no model
    handouts.add_computer(db, coordinator, "PC-1", "Portable Dell", 4000)
    handouts.add_computer(db, coordinator, "PC-2", "Tour HP", 7000)
    handouts.add_computer(db, coordinator, "PC-3", "Tour HP", 7000)
    return {"coordinator": coordinator, "reception": accounts.sign_in(db, "Accueil", "2468"),
            "volunteer": accounts.sign_in(db, "Bénévole", "1357")}


def ref(db: Database, reference: str) -> int:
    return households.find_by_reference(db, Actor.command_line(), reference)


def busy_day(db: Database, people: dict[str, Actor]) -> None:
    volunteer, reception, coordinator = (people["volunteer"], people["reception"],
                                         people["coordinator"])
    handouts.hand_out(db, volunteer, ref(db, "K1"), "DEC-001", "Prénom1 NOM1")
    handouts.hand_out(db, volunteer, ref(db, "K2"), "DEC-002", "Prénom2 NOM2")
    handouts.replace(db, reception, ref(db, "K1"), "DEC-003", "écran noir", "Prénom1 NOM1")
    handouts.take_back(db, reception, ref(db, "K2"), "Prénom2 NOM2")
    handouts.hand_out(db, coordinator, ref(db, "K3"), "DEC-004", "Prénom3 NOM3")
    handouts.cancel(db, coordinator, ref(db, "K3"), "mauvais logement")
    handouts.sell_computer(db, reception, ref(db, "P1"), "PC-1", PaymentMethod.CASH, "AUTRE1 X")
    handouts.sell_computer(db, reception, ref(db, "P2"), "PC-2", PaymentMethod.CHEQUE,
                           "AUTRE2 X")
    handouts.sell_computer(db, coordinator, ref(db, "K4"), "PC-3", PaymentMethod.CASH,
                           "Prénom4 NOM4")
    handouts.cancel_sale(db, coordinator, "PC-3", "vendu au mauvais foyer")


def test_each_agents_figures_and_the_cash_box_leave_out_what_was_cancelled(
        db: Database, day: dict[str, Actor]) -> None:
    busy_day(db, day)
    summary = closing.day_summary(db, day["reception"], clock.now().date())
    figures = {a.staff: (a.handed_out, a.replacements, a.returns, a.cancelled,
                         a.computers_sold) for a in summary.agents}
    assert figures == {"Accueil": (0, 1, 1, 0, 2), "Anne Coord": (0, 0, 0, 1, 0),
                       "Bénévole": (2, 0, 0, 0, 0)}
    assert [a.staff for a in summary.agents] == ["Accueil", "Anne Coord", "Bénévole"]
    # DEC-001 is faulty, DEC-003 out; DEC-002 came back, DEC-004's handout was a mistake
    assert [(s.model, s.in_stock) for s in summary.stock] == [("", 1), ("HD 4K", 3)]
    assert [(s.serial, s.amount_cents, s.payment) for s in summary.sales] == [
        ("PC-1", 4000, PaymentMethod.CASH), ("PC-2", 7000, PaymentMethod.CHEQUE)]
    assert [(s.serial, s.cancelled) for s in summary.cancelled_sales] == [("PC-3", True)]
    assert (summary.expected_cash_cents, summary.expected_cheque_cents,
            summary.cheques_expected) == (4000, 7000, 1)
    assert summary.closings == () and summary.latest is None
    # another day has none of it
    other = closing.day_summary(db, day["reception"], clock.now().date() - timedelta(days=1))
    assert other.agents == () and other.sales == () and other.expected_cash_cents == 0
    assert other.stock == summary.stock  # the stock is today's, whatever the day
    with pytest.raises(PermissionDenied):  # a volunteer hands out, does not count the cash
        closing.day_summary(db, day["volunteer"], clock.now().date())


def test_a_sale_counts_on_the_day_it_was_made(
        db: Database, day: dict[str, Actor], monkeypatch: pytest.MonkeyPatch) -> None:
    today = clock.now().date()
    yesterday = datetime.combine(today - timedelta(days=1), datetime.min.time()) \
        + timedelta(hours=16)
    monkeypatch.setattr(clock, "now", lambda: yesterday)
    handouts.sell_computer(db, day["reception"], ref(db, "P1"), "PC-1", PaymentMethod.CASH, "X")
    monkeypatch.undo()
    handouts.sell_computer(db, day["reception"], ref(db, "P2"), "PC-2", PaymentMethod.CASH, "Y")
    assert closing.day_summary(db, day["reception"], yesterday.date()).expected_cash_cents == \
        4000
    assert closing.day_summary(db, day["reception"], today).expected_cash_cents == 7000


def test_a_difference_needs_a_note_and_the_expected_figures_are_recomputed(
        db: Database, day: dict[str, Actor]) -> None:
    busy_day(db, day)
    reception, today = day["reception"], clock.now().date()
    with pytest.raises(HandoutRefused) as refused:  # 5 € short, no note
        closing.record_closing(db, reception, today, 3500, 7000, 1, "  ")
    assert refused.value.reason == "closing_note_missing"
    with pytest.raises(HandoutRefused) as refused:  # the cheques' number differs too
        closing.record_closing(db, reception, today, 4000, 7000, 2)
    assert refused.value.reason == "closing_note_missing"
    with pytest.raises(HandoutRefused) as refused:  # a note of blanks only is no note
        closing.record_closing(db, reception, today, 3500, 7000, 1, "\u3164\u00a0")
    assert refused.value.reason == "closing_note_missing"
    for args, reason in (((today, -1, 0, 0), "closing_amount_negative"),
                         ((today, 70.5, 7000, 1), "closing_amount_negative"),
                         ((today, 10**18, 7000, 1), "closing_amount_negative"),
                         ((today + timedelta(days=1), 4000, 7000, 1), "closing_day_future")):
        with pytest.raises(HandoutRefused) as refused:
            closing.record_closing(db, reception, *args)
        assert refused.value.reason == reason
    with pytest.raises(HandoutRefused) as refused:
        closing.record_closing(db, reception, today, 3500, 7000, 1, "x" * 1001)
    assert refused.value.reason == "closing_note_too_long"
    with pytest.raises(PermissionDenied):
        closing.record_closing(db, day["volunteer"], today, 4000, 7000, 1)
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DailyClosing)) == 0

    first = closing.record_closing(db, reception, today, 3500, 7000, 1,
                                   "  billet de 5 € rendu  en trop ")
    second = closing.record_closing(db, day["coordinator"], today, 4000, 7000, 1)  # recount
    assert first != second
    summary = closing.day_summary(db, reception, today)
    assert [(c.staff, c.counted_cash_cents, c.cash_difference, c.note, c.balanced)
            for c in summary.closings] == [
        ("Accueil", 3500, -500, "billet de 5 € rendu en trop", False),
        ("Anne Coord", 4000, 0, "", True)]
    assert summary.latest is not None and summary.latest.staff == "Anne Coord"
    assert all(c.expected_cash_cents == 4000 and c.cheques_expected == 1
               for c in summary.closings)
    with db.read() as s:
        assert list(s.scalars(select(AuditEntry.action).where(
            AuditEntry.action == "closing_recorded"))) == ["closing_recorded"] * 2
        kinds = list(s.scalars(select(PrintedDocument.kind).where(
            PrintedDocument.id.in_((first, second)))))
    assert kinds == ["closing", "closing"]


def test_the_database_keeps_every_closing_as_it_was_recorded(
        db: Database, day: dict[str, Actor]) -> None:
    closing.record_closing(db, day["reception"], clock.now().date(), 0, 0, 0)
    # whatever the code, the database keeps the closings (sqlite3 or psql in hand)
    assert "never changed" in refused_by_database(
        db, "UPDATE daily_closing SET counted_cash_cents = 100")
    assert "never deleted" in refused_by_database(db, "DELETE FROM daily_closing")
    columns = ("INSERT INTO daily_closing (day, closed_at, expected_cash_cents, "
               "counted_cash_cents, expected_cheque_cents, counted_cheque_cents, "
               "cheques_expected, cheques_counted, note) VALUES ")
    assert "difference_has_note" in refused_by_database(
        db, columns + "('2026-11-30', '2026-11-30 18:00:00', 4000, 3000, 0, 0, 0, 0, ' ')")
    assert "amounts_not_negative" in refused_by_database(
        db, columns + "('2026-11-30', '2026-11-30 18:00:00', 0, -5, 0, 0, 0, 0, 'x')")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(DailyClosing)) == 1


def test_a_recorded_closing_prints_its_figures_on_a4(
        db: Database, day: dict[str, Actor]) -> None:
    busy_day(db, day)
    document_id = closing.record_closing(db, day["reception"], clock.now().date(), 3500, 7000,
                                         1, "Billet de 5 € rendu en trop")
    rendered = documents.render_document(db, day["reception"], document_id)
    assert (rendered.kind, rendered.paper, rendered.duplicate) == ("closing", "a4", False)
    assert rendered.title == f"Clôture de caisse du {clock.now():%d/%m/%Y}"
    assert [round(v) for v in page_size_mm(rendered.pdf)] == [210, 297]
    text = " ".join(text_of(rendered.pdf).split())
    for expected in ("Clôture de caisse", "Centre test", "Comptage n° 1 de la journée",
                     "Accueil", "Bénévole", "Anne Coord", "HD 4K", "(modèle non précisé)",
                     "PC-1", "Portable Dell", "PC-2", "Chèque", "Espèces",
                     "Ventes annulées", "PC-3",
                     "Espèces 40,00 € 35,00 € -5,00 €", "Chèques (montant) 70,00 € 70,00 € juste",
                     "Chèques (nombre) 1 1 juste", "Écart constaté",
                     "Observation : Billet de 5 € rendu en trop", "Compté par : Accueil",
                     "Signature"):
        assert expected in text, expected
    # the agents' line: Bénévole handed out two
    assert "Bénévole 2 0 0 0 0" in text and "Accueil 0 1 1 0 2" in text
    # printed once, it comes out again as a duplicate
    assert "DUPLICATA" not in text
    again = documents.render_document(db, day["reception"], document_id, duplicate=True)
    assert "DUPLICATA" in text_of(again.pdf)
    # a balanced recount says so
    recount = closing.record_closing(db, day["coordinator"], clock.now().date(), 4000, 7000, 1)
    text = " ".join(text_of(documents.render_document(db, day["coordinator"], recount).pdf)
                    .split())
    assert "La caisse est juste." in text and "Comptage n° 2 de la journée" in text
    assert "Observation : aucune" in text


def test_the_closing_as_csv_for_a_spreadsheet(db: Database, day: dict[str, Actor]) -> None:
    busy_day(db, day)
    today = clock.now().date()
    before = list(csv.reader(closing.closing_csv(db, day["reception"], today).splitlines(),
                             delimiter=";"))
    figures = {row[0]: row[1] for row in before if len(row) == 2}
    assert figures["Espèces attendues (€)"] == "40,00"
    assert figures["Espèces comptées (€)"] == ""  # nothing counted yet
    assert figures["Nombre de chèques attendus"] == "1"
    closing.record_closing(db, day["reception"], today, 3500, 7000, 1, "Billet rendu")
    rows = list(csv.reader(closing.closing_csv(db, day["reception"], today).splitlines(),
                           delimiter=";"))
    figures = {row[0]: row[1] for row in rows if len(row) == 2}
    assert figures["Espèces comptées (€)"] == "35,00" and figures["Observation"] == "Billet rendu"
    assert figures["Compté par"] == "Accueil"
    assert ["Bénévole", "2", "0", "0", "0", "0"] in rows
    assert rows[-1] == [f"VEN-{today.year}-000003", "Tour HP", "PC-3", "70,00", "Espèces",
                        "Anne Coord", "oui"]  # the cancelled sale, last, marked
    assert ["HD 4K", "3"] in rows
