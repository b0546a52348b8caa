"""The Visa Internet and the needs survey driven as the reception does, on the
demo centre's real database: a person found by name, the whole grid
validated with the big buttons, the certificate printed through the real
CUPS queue (one A4 page; the PDF sent holds the name and every skill), the
reprint marked DUPLICATA; a person's needs ticked in the dialog and the
counts by topic moving; the household card's two buttons.

Sentences are compared through Qt's translate(), so that the tests hold before
and after the French catalogue has them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from app.domain import clock
from app.services import accounts, changes, needs, visa
from app.services.context import Actor
from db.engine import Database
from db.models import Dwelling, Person, PersonNeed, PrintedDocument, VisaValidation
from tests.pdf_tools import page_count, page_size_mm, text_of
from tests.printing.test_print_path import outputs, wait_for_output
from tests.ui.helpers import print_jobs_to, settle
from ui.desks import DeskContext
from ui.needs import NeedsDialog, NeedsPage
from ui.tasks import TaskRunner
from ui.visa import VisaDialog, VisaPage

FAMILY, GIVEN = "Ковалёва", "Nguyễn Thị"


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def context_for(qtbot: QtBot, db: Database, name: str = "Accueil",
                secret: str = "1234") -> DeskContext:
    actor = accounts.sign_in(db, name, secret)
    runner = TaskRunner()
    changes.subscribe(db, runner.publish)
    return DeskContext(db, actor, runner)


def shown(qtbot: QtBot, widget, runner: TaskRunner, size=(1366, 738)):  # type: ignore[no-untyped-def]
    runner.setParent(widget)
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    settle(qtbot, runner)
    return widget


def learner(db: Database) -> tuple[int, str]:
    """A demo person with no Visa record, renamed (Cyrillic, Vietnamese)."""
    with db.write() as s:
        person = s.scalar(select(Person).where(
            Person.id.not_in(select(VisaValidation.person_id)),
            Person.id.not_in(select(PersonNeed.person_id))).order_by(Person.id.desc()))
        person.family_name, person.given_name = FAMILY, GIVEN
        ref = s.scalar(select(Dwelling.landlord_ref).where(Dwelling.id == person.dwelling_id))
        return person.id, ref


def test_a_whole_grid_validated_the_certificate_printed_then_reprinted(
        qtbot: QtBot, demo_db: Database, cups_queue: str, cups_pdf_output: Path,
        monkeypatch) -> None:  # type: ignore[no-untyped-def]
    person_id, ref = learner(demo_db)
    jobs = print_jobs_to(monkeypatch, demo_db, "certificate", cups_queue, "a4")
    context = context_for(qtbot, demo_db)
    page = shown(qtbot, VisaPage(context), context.runner)
    qtbot.keyClicks(page.search, ref)
    qtbot.waitUntil(lambda: page.record_view.record is not None
                    and page.record_view.record.person_id == person_id, timeout=30_000)
    view = page.record_view
    assert view.name.text() == f"{FAMILY.upper()} {GIVEN}"
    assert view.facilitator.text() == "Accueil"  # the signed-in staff by default
    assert not view.print_button.isEnabled()
    assert view.certificate_state.text() == tr(
        "VisaRecordView", "Still %n skill(s) to validate before the certificate.", 7)
    # a mistake first: validated, then withdrawn
    first = view.record.lines[0].skill_id
    view.lines[0][2].click()
    settle(qtbot, context.runner)
    assert view.record.validated == 1 and view.lines[0][3].isVisible()
    view.lines[0][3].click()  # a double click on « Validate »: nothing withdrawn
    settle(qtbot, context.runner)
    assert view.record.validated == 1
    qtbot.waitUntil(view.lines[0][3].isEnabled, timeout=5_000)
    view.lines[0][3].click()
    settle(qtbot, context.runner)
    assert view.record.validated == 0
    # the whole grid, one big button after the other
    view.facilitator.setText("Maïwenn Le Bihan")
    for n in range(7):
        assert view.lines[n][2].isVisible()
        view.lines[n][2].click()
        settle(qtbot, context.runner)
    assert view.record.complete
    assert view.progress.text() == tr("VisaRecordView", "%n skill(s) of {total}", 7).format(
        total=7)
    assert view.print_button.isEnabled()
    before = outputs(cups_pdf_output)
    with qtbot.waitSignal(view.printed, timeout=60_000) as printed:
        view.print_button.click()
    document_id = printed.args[0]
    settle(qtbot, context.runner)
    out = wait_for_output(cups_pdf_output, f"guichet-certificate-{document_id}", before)
    assert page_count(out.read_bytes()) == 1
    width, height = page_size_mm(out.read_bytes())
    assert round(width) == 210 and round(height) == 297
    with demo_db.read() as s:
        row = s.get(PrintedDocument, document_id)
        kept = demo_db.path.parent / row.kept_pdf
        assert (row.kind, row.prints, row.last_printer) == ("certificate", 1, cups_queue)
    words = " ".join(text_of(kept.read_bytes()).split())  # the PDF the printer was sent
    assert f"{FAMILY.upper()} {GIVEN}" in words and "DUPLICATA" not in words
    for line in visa.record(demo_db, Actor.command_line(), person_id).lines:
        assert line.label in words
    assert "Maïwenn Le Bihan" in words
    # issued: nothing withdraws now, the reprint is there
    assert not view.print_button.isVisible() and view.reprint_button.isVisible()
    assert not any(widgets[3].isVisible() for widgets in view.lines)
    before = outputs(cups_pdf_output)
    with qtbot.waitSignal(view.printed, timeout=60_000):
        view.reprint_button.click()
    wait_for_output(cups_pdf_output, f"guichet-certificate-{document_id}", before)
    with demo_db.read() as s:
        row = s.get(PrintedDocument, document_id)
        kept = demo_db.path.parent / row.kept_pdf
    assert row.prints == 2 and "duplicata" in kept.name
    assert "DUPLICATA" in text_of(kept.read_bytes())
    assert jobs == [f"guichet-certificate-{document_id}"] * 2
    # the lists know
    settle(qtbot, context.runner)
    assert person_id in [r.person_id for r in page.holder_rows.rows]
    assert first in [line.skill_id for line in view.record.lines]


def test_a_future_day_cannot_be_chosen_and_a_blank_facilitator_is_refused(
        qtbot: QtBot, demo_db: Database) -> None:
    person_id, _ref = learner(demo_db)
    context = context_for(qtbot, demo_db)
    dialog = shown(qtbot, VisaDialog(context, person_id, "X"), context.runner, (1024, 738))
    view = dialog.record_view
    qtbot.waitUntil(lambda: view.record is not None, timeout=30_000)
    assert view.day.maximumDate() == view.day.date()  # today at the latest
    view.facilitator.setText("  ")
    view.lines[2][2].click()
    settle(qtbot, context.runner)
    assert view.message.text() == tr("Messages", "Type the name of the facilitator who saw "
                                                 "the skill: nothing was recorded.")
    assert view.record.validated == 0


def test_needs_ticked_in_the_dialog_move_the_counts(
        qtbot: QtBot, demo_db: Database) -> None:
    person_id, _ref = learner(demo_db)
    context = context_for(qtbot, demo_db, "Coordination", "coordination")
    page = shown(qtbot, NeedsPage(context), context.runner)
    assert page.counts is not None and page.editor.isVisible()
    before = {line.topic_id: line.people for line in page.chart.lines}
    people = page.counts.people
    assert len(before) == 7 and sum(before.values()) > 30  # the demo's answers
    page.grab().save("/tmp/hB/needs-page.png") if Path("/tmp/hB").is_dir() else None
    dialog = NeedsDialog(context, person_id, f"{FAMILY.upper()} {GIVEN}", page)
    dialog.open()
    qtbot.waitUntil(lambda: len(dialog.checks) == 7, timeout=30_000)
    topics = list(dialog.checks)
    assert not any(check.isChecked() for check in dialog.checks.values())
    dialog.checks[topics[1]].setChecked(True)
    dialog.checks[topics[4]].setChecked(True)
    dialog.grab().save("/tmp/hB/needs-dialog.png") if Path("/tmp/hB").is_dir() else None
    with qtbot.waitSignal(dialog.saved, timeout=30_000):
        dialog.ok_button.click()
    settle(qtbot, context.runner)
    assert not dialog.isVisible()
    assert needs.needs_of(demo_db, context.actor, person_id) == {topics[1], topics[4]}
    after = {line.topic_id: line.people for line in page.chart.lines}
    assert after[topics[1]] == before[topics[1]] + 1 and after[topics[4]] == \
        before[topics[4]] + 1
    assert page.counts.people == people + 1
    assert page.summary.text() == tr("NeedsPage", "%n person(s) told us what they need",
                                     people + 1)
    # the coordinator takes a topic off the survey: counted apart, off the form
    page.topic_list.setCurrentRow(4)
    page.retire_button.click()
    settle(qtbot, context.runner)
    assert topics[4] in [line.topic_id for line in page.retired_chart.lines]
    assert topics[4] not in [line.topic_id for line in page.chart.lines]
    again = NeedsDialog(context, person_id, "X", page)
    again.open()
    qtbot.waitUntil(lambda: len(again.checks) == 6, timeout=30_000)
    assert topics[4] not in again.checks and again.checks[topics[1]].isChecked()
    again.reject()
    # « Depuis le »: only people answering or seen since the day
    page.since.setDate(QDate(clock.now().date() + timedelta(days=1)))
    page.since_box.setChecked(True)
    settle(qtbot, context.runner)
    assert page.counts.since is not None and page.counts.people == 0
    page.since.setDate(QDate(clock.now().date()))
    settle(qtbot, context.runner)
    assert 1 <= page.counts.people < people + 1


def test_the_household_card_opens_needs_and_visa_for_the_chosen_member(
        qtbot: QtBot, demo_db: Database) -> None:
    from tests.ui.helpers import signed_in

    person_id, ref = learner(demo_db)
    window = signed_in(qtbot, demo_db, "Accueil", "1234")
    counter = window.desk("counter")
    counter.open_household(*_dwelling_and_person(demo_db, person_id))
    settle(qtbot, window.runner)
    card = counter.card_view
    assert card.needs_button.isVisible() and card.visa_button.isVisible()
    card.visa_button.click()
    dialog = counter.programme_dialog
    assert isinstance(dialog, VisaDialog)
    qtbot.waitUntil(lambda: dialog.record_view.record is not None, timeout=30_000)
    assert dialog.record_view.record.person_id == person_id
    dialog.grab().save("/tmp/hB/visa-dialog.png") if Path("/tmp/hB").is_dir() else None
    dialog.accept()
    card.needs_button.click()
    dialog = counter.programme_dialog
    assert isinstance(dialog, NeedsDialog) and dialog.person_id == person_id
    qtbot.waitUntil(lambda: len(dialog.checks) > 0, timeout=30_000)
    dialog.reject()


def _dwelling_and_person(db: Database, person_id: int) -> tuple[int, int]:
    with db.read() as s:
        return s.get(Person, person_id).dwelling_id, person_id
