"""Render each screen to PNG (offscreen) for a look: python scripts/screenshots.py OUTDIR"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from datetime import datetime  # noqa: E402

from PySide6.QtCore import Qt, qInstallMessageHandler  # noqa: E402

from app.documents.model import SlipDoc  # noqa: E402
from app.domain.enums import BallotChoice  # noqa: E402
from app.services import demo, documents, households, polls  # noqa: E402
from app.services.context import Actor  # noqa: E402
from app.settings import PrinterChoice, save_printer_choice  # noqa: E402
from db.engine import open_database  # noqa: E402
from ui.application import create_application  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402


def _quiet(kind, context, message: str) -> None:  # type: ignore[no-untyped-def]
    """The offscreen platform says at each window that it cannot pass size
    hints to a window manager (there is none): not worth a line."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def main(out: Path) -> None:
    """Every main screen at the laptops' 1366x768, the README's pictures."""
    out.mkdir(parents=True, exist_ok=True)
    qInstallMessageHandler(_quiet)
    app = create_application()

    def settle(window: MainWindow) -> None:
        """Let the window's runner answer everything asked of it."""
        deadline = time.monotonic() + 60
        while window.runner.busy and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        for _ in range(5):
            app.processEvents()

    with tempfile.TemporaryDirectory() as tmp:
        fresh = open_database(Path(tmp) / "fresh.sqlite3")
        window = MainWindow(fresh)
        window.resize(1366, 768)  # the refurbished laptops' screen
        window.show()
        settle(window)
        window.grab().save(str(out / "setup.png"))
        window.close()

        db = open_database(Path(tmp) / "demo.sqlite3")
        demo.load_demo(db, Actor.system())
        window = MainWindow(db)
        window.resize(1366, 768)  # the refurbished laptops' screen
        window.show()
        settle(window)
        window.grab().save(str(out / "login.png"))
        window.login_page.secret_edit.setText("wrong")
        window.login_page.sign_in_button.click()
        settle(window)
        window.grab().save(str(out / "login-refused.png"))
        names = window.login_page.names
        names.setCurrentItem(names.findItems("Coordination", Qt.MatchFlag.MatchExactly)[0])
        window.login_page.secret_edit.setText("coordination")
        window.login_page.sign_in_button.click()
        settle(window)
        counter = window.desk("counter")
        counter.search_edit.setText("le gall")
        settle(window)
        window.grab().save(str(out / "counter-search.png"))
        counter.results.selectRow(1)
        counter._open_first()
        settle(window)
        counter.card_view.note.setText("Vient avec sa voisine pour traduire")
        counter.card_view.check_in_button.click()
        settle(window)
        counter.walk_in_menu.actions()[-2].trigger()  # a walk-in, reason "Information"
        settle(window)
        window.grab().save(str(out / "counter-card.png"))
        counter.today_view.selectRow(0)
        counter._confirm_cancel()
        counter.cancel_box.grab().save(str(out / "counter-cancel.png"))
        counter.cancel_box.reject()
        counter.card_view.check_in_button.click()
        settle(window)
        counter.duplicate_box.grab().save(str(out / "counter-duplicate.png"))
        counter.duplicate_box.reject()
        # a vote at the counter: the agent's page, the tenant's ballot, the end
        counter.open_household(households.find_by_reference(db, window.actor, "KER-00012"))
        settle(window)
        window.grab().save(str(out / "vote-card.png"))
        counter.card_view.vote_button.click()
        settle(window)
        ballot = counter.ballot_dialog
        ballot.grab().save(str(out / "vote-agent.png"))
        ballot.start_button.click()
        ballot.grab().save(str(out / "vote-ballot.png"))
        ballot.choice_buttons[BallotChoice.FOR].click()
        ballot.grab().save(str(out / "vote-confirm.png"))
        ballot.confirm_button.click()
        settle(window)
        ballot.grab().save(str(out / "vote-done.png"))
        ballot.close_button.click()
        settle(window)
        window.desk_tabs.setCurrentWidget(window.desk("overview"))
        settle(window)
        window.grab().save(str(out / "overview.png"))
        printing = window.desk("printing")
        documents.record_document(db, window.actor, SlipDoc(
            qr_payload="GUICHET-RDV:7KQ2M9XR4TZW", starts_at=datetime(2026, 11, 30, 14, 0),
            place="Accueil du centre social", purpose="Retrait de décodeur",
            household="NGUYỄN Thị Hương", landlord_ref="KER-00079",
            bring=("Pièce d'identité", "Carte du bailleur ou quittance de loyer")))
        window.desk_tabs.setCurrentWidget(printing)
        settle(window)
        printing.preview_selected()
        settle(window)
        if printing.preview is not None:
            printing.preview.grab().save(str(out / "print-preview.png"))
            printing.preview.reject()
        save_printer_choice(db.path.parent, "slip", PrinterChoice("Ticket-Accueil", "roll"))
        printing.controller.print_document(printing.model.rows[0].id)
        settle(window)
        window.grab().save(str(out / "impressions.png"))
        team = window.desk("settings")
        window.desk_tabs.setCurrentWidget(team)
        settle(window)
        window.grab().save(str(out / "team.png"))
        team.tabs.setCurrentIndex(1)
        settle(window)
        window.grab().save(str(out / "centre-settings.png"))
        team.tabs.setCurrentIndex(2)
        settle(window)
        window.grab().save(str(out / "sectors.png"))
        team.tabs.setCurrentIndex(0)
        team.open_account(None)
        team.account_dialog.grab().save(str(out / "team-new-account.png"))
        team.account_dialog.reject()
        window.desk_tabs.setCurrentWidget(counter)
        counter.open_household(counter.card_view.card.dwelling_id)
        settle(window)
        counter.correct_household()
        counter.household_dialog.grab().save(str(out / "counter-correct.png"))
        counter.household_dialog.reject()
        admin = window.desk("administration")
        window.desk_tabs.setCurrentWidget(admin)
        admin.backup_to(Path(tmp), "une phrase de passe de démonstration")
        settle(window)
        admin.verify_audit()
        settle(window)
        window.grab().save(str(out / "admin.png"))
        # the handout desk: Pen ar Creac'h has adopted, its handout day has begun
        handout = window.desk("handout")
        window.desk_tabs.setCurrentWidget(handout)
        settle(window)
        window.grab().save(str(out / "handout.png"))
        handout.open_dwelling(households.find_by_reference(db, window.actor, "PAC-00003"))
        settle(window)
        window.grab().save(str(out / "handout-panel.png"))
        handout.ask_sale()
        settle(window)
        handout.act_dialog.grab().save(str(out / "handout-sale.png"))
        handout.act_dialog.reject()
        # the stock: decoders scanned in, computers, the closing of the day
        stock_desk = window.desk("stock")
        window.desk_tabs.setCurrentWidget(stock_desk)
        settle(window)
        for serial in ("DEC-LIVR-0001", "DEC-LIVR-0002", "DEC-LIVR-0001"):
            stock_desk.decoders.scan_in.take(serial)
            settle(window)
        window.grab().save(str(out / "stock-decoders.png"))
        stock_desk.show_section(stock_desk.computers)
        settle(window)
        window.grab().save(str(out / "stock-computers.png"))
        stock_desk.show_section(stock_desk.letters)
        settle(window)
        window.grab().save(str(out / "stock-letters.png"))
        stock_desk.show_section(stock_desk.closing)
        settle(window)
        window.grab().save(str(out / "stock-closing.png"))
        # the appointments: today's slots, the week, new slots, a booking
        agenda = window.desk("agenda")
        window.desk_tabs.setCurrentWidget(agenda)
        settle(window)
        later = next((n for n, slot in enumerate(agenda.slots.rows) if slot.free), 0)
        agenda.slot_view.selectRow(later)
        settle(window)
        window.grab().save(str(out / "agenda-day.png"))
        agenda.week_box.setChecked(True)
        settle(window)
        window.grab().save(str(out / "agenda-week.png"))
        agenda.week_box.setChecked(False)
        settle(window)
        agenda.ask_slots()
        agenda.slots_dialog.grab().save(str(out / "agenda-new-slots.png"))
        agenda.slots_dialog.reject()
        # the workshops: today's workshop, the needs, a person's Visa Internet
        ateliers = window.desk("workshops")
        window.desk_tabs.setCurrentWidget(ateliers)
        settle(window)
        page = ateliers.workshops
        today = next((n for n, row in enumerate(page.model.rows)
                      if row.next_start and row.next_start.date() == datetime.now().date()), 0)
        page.list_view.selectRow(today)
        settle(window)
        page.tabs.setCurrentIndex(2)
        settle(window)
        window.grab().save(str(out / "workshops.png"))
        ateliers.show_section("needs")
        settle(window)
        window.grab().save(str(out / "needs.png"))
        ateliers.show_section("visa")
        settle(window)
        with db.read() as session:
            from sqlalchemy import func, select

            from db.models import Person, VisaValidation
            learner = session.execute(  # someone half-way through the grid
                select(Person.id, Person.family_name)
                .join(VisaValidation, VisaValidation.person_id == Person.id)
                .group_by(Person.id).having(func.count() >= 4).limit(1)).first()
        if learner is not None:
            ateliers.section_pages["visa"].search.setText(learner.family_name)
            settle(window)
            ateliers.section_pages["visa"].open_person(learner.id)
        settle(window)
        time.sleep(0.3)
        settle(window)
        window.grab().save(str(out / "visa.png"))
        # the programme report of this year
        bilan = window.desk("report")
        window.desk_tabs.setCurrentWidget(bilan)
        settle(window)
        bilan.compute()
        settle(window)
        window.grab().save(str(out / "report.png"))
        # the vote desk: the open vote, a new one, a caretaker's batch, the results
        vote = window.desk("vote")
        window.desk_tabs.setCurrentWidget(vote)
        settle(window)
        window.grab().save(str(out / "vote-desk.png"))
        vote.open_poll_dialog(new=True)
        settle(window)
        vote.poll_dialog.grab().save(str(out / "vote-new.png"))
        vote.poll_dialog.reject()
        vote.open_batch_dialog()
        settle(window)
        vote.batch_dialog.set_counts(1, 1)
        vote.batch_dialog.grab().save(str(out / "vote-batch.png"))
        vote.batch_dialog.reject()
        poll_id = vote._poll.id
        polls.close_poll(db, window.actor, poll_id)
        vote.refresh()
        settle(window)
        vote.open_count_dialog()
        vote.count_dialog.grab().save(str(out / "vote-count.png"))
        vote.count_dialog.reject()
        polls.count_poll(db, window.actor, poll_id, {0: demo.DEMO_COMMISSION[0][1],
                                                     1: demo.DEMO_COMMISSION[1][1]})
        vote.refresh()
        settle(window)
        window.grab().save(str(out / "vote-results.png"))
        window.desk_tabs.setCurrentWidget(counter)
        window.lock()
        settle(window)
        window.grab().save(str(out / "locked.png"))
        window.close()
    print(f"screens saved in {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
