"""The Vote desk driven as a coordinator does, on the demo centre's real
database: a vote prepared, opened by its commission, a caretaker's batch, the
demo's open vote closed and counted with two passphrases, its results and
their CSV, the invitation letters with their progress and their Stop.

The desk's own sentences are compared through Qt's translate(), so that the
tests hold before and after the French catalogue has them."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from app.domain import clock
from app.domain.codes import as_typed_on_azerty
from app.domain.enums import BallotChoice, PollState
from app.domain.errors import VoteRefused
from app.domain.results import percent
from app.messages import describe
from app.services import accounts, changes, polls
from app.services.context import Actor
from app.services.demo import DEMO_COMMISSION
from db.engine import Database
from tests.pdf_tools import page_count
from tests.ui.helpers import send_keys, settle, signed_in
from ui.desks import DeskContext
from ui.desks.vote import VoteDesk
from ui.dialogs import buttons_of
from ui.print_path import PRINT_PAGES, pdf_pages
from ui.tasks import TaskRunner
from ui.vote_dialogs import figure

PAC = "Pen ar Creac'h / Kerbernard"
QUESTION = ("Êtes-vous favorable à l'offre collective Internet + TV à 1,18 € par mois et par "
            "logement ?")


class _Reports(QObject):
    """The letters' progress as the window receives it (queued to the GUI
    thread), and the person who presses Stop at the first report."""

    def __init__(self, desk: VoteDesk) -> None:
        super().__init__(desk)
        self.desk = desk
        self.seen: list[tuple[int, int]] = []
        self.stop = False
        desk.letters_progress.connect(self.report)

    @Slot(int, int)
    def report(self, done: int, total: int) -> None:
        self.seen.append((done, total))
        if self.stop and self.desk.progress is not None:
            self.stop = False
            self.desk.progress.findChild(QPushButton).click()  # its Stop button


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


@pytest.fixture
def actor(demo_db: Database) -> Actor:
    return accounts.sign_in(demo_db, "Coordination", "coordination")


@pytest.fixture
def desk(qtbot: QtBot, demo_db: Database, actor: Actor) -> VoteDesk:
    runner = TaskRunner()  # the window's part: one runner, told of every commit
    changes.subscribe(demo_db, runner.publish)
    widget = VoteDesk(DeskContext(demo_db, actor, runner))
    runner.setParent(widget)
    qtbot.addWidget(widget)
    widget.resize(1024, 640)
    widget.show()
    settle(qtbot, runner)
    return widget


def _runner(desk: VoteDesk) -> TaskRunner:
    return desk._runner


def _choose(qtbot: QtBot, desk: VoteDesk, sector: str) -> polls.PollSummary:
    row = next(r for r in desk.polls.rows if r.sector == sector)
    desk.select_poll(row.id)
    settle(qtbot, _runner(desk))
    assert desk._poll is not None and desk._poll.id == row.id
    return desk._poll


def test_a_vote_is_prepared_opened_by_its_commission_and_takes_a_caretakers_batch(
        qtbot: QtBot, desk: VoteDesk, demo_db: Database, actor: Actor) -> None:
    # the demo's Kerourien vote is open: a new one goes to the other sector by default
    assert [r.sector for r in desk.polls.rows] == ["Kerourien"]
    qtbot.mouseClick(desk.new_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _runner(desk))
    dialog = desk.poll_dialog
    assert dialog.isVisible() and dialog.sector_name() == PAC
    assert "…" in dialog.question.toPlainText()  # the price to type, selected
    assert dialog.question.textCursor().selectedText() == "…"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)  # the price not typed
    assert dialog.isVisible() and dialog.error.text() == tr(
        "PollDialog", "Replace the … in the question with the monthly price per dwelling.")
    dialog.question.setPlainText(QUESTION)
    dialog.has_quorum.setChecked(True)
    dialog.quorum.setValue(30)
    with qtbot.waitSignal(desk.said):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _runner(desk))
    assert not dialog.isVisible()
    poll = desk._poll
    assert poll is not None and poll.sector == PAC and poll.state is PollState.DRAFT
    assert poll.quorum_percent == 30 and poll.question == QUESTION
    assert desk.open_button.isVisible() and desk.open_button.isEnabled()
    assert not desk.letters_button.isVisible() and not desk.details.isVisible()
    assert desk.next_step.text() == tr(
        "VoteDesk", "Check the question and the rules (Change…), then open the vote with the "
        "commission: two or three people, each with their own passphrase.")

    # the commission: three members; what cannot be undone is said first
    qtbot.mouseClick(desk.open_button, Qt.MouseButton.LeftButton)
    opening = desk.open_dialog
    assert opening.member_count() == 3 and opening.names[0].text() == "Coordination"
    assert opening.rule.text() == tr(
        "OpenPollDialog", "With three members, any two of them are needed to count the vote. "
        "If two passphrases are lost, the ballots cast on screen can never be counted: the "
        "vote must be run again.")
    members = [("Coordination", "une phrase de passe"), ("Yvonne Le Bris", "deux phrases de passe"),
               ("Mehmet Kaya", "trois phrases de passe")]
    for index, (name, passphrase) in enumerate(members):
        opening.names[index].setText(name)
        opening.passphrases[index].setText(passphrase)
        opening.agains[index].setText(passphrase)
    opening.passphrases[2].setText("trop court")
    opening.agains[2].setText("trop court")
    qtbot.mouseClick(opening.ok_button, Qt.MouseButton.LeftButton)
    assert opening.isVisible() and opening.error.text() == tr(
        "OpenPollDialog", "The passphrase of {name} is too short: at least {count} characters "
        "(a few words).").format(name="Mehmet Kaya", count=12)
    opening.passphrases[2].setText(members[2][1])
    opening.agains[2].setText(members[2][1])
    qtbot.mouseClick(opening.ok_button, Qt.MouseButton.LeftButton)  # the paper not ticked
    assert opening.isVisible() and opening.error.objectName() == "errorLabel"
    opening.written.setChecked(True)
    with qtbot.waitSignal(desk.said, timeout=30_000):
        qtbot.mouseClick(opening.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _runner(desk))
    assert not opening.isVisible()
    assert desk.message.text() == tr(
        "VoteDesk", "Vote opened: %n dwelling(s) invited. Now print the invitations.", 420)
    poll = desk._poll
    assert poll.state is PollState.OPEN and poll.commission == tuple(n for n, _ in members)

    # participation only: nobody yet
    assert desk.details.isVisible() and desk.details.currentIndex() == 0
    assert desk.turnout.text() == percent(0)
    assert sum(b.took_part for b in desk.buildings.rows) == 0
    assert sum(b.eligible for b in desk.buildings.rows) == 420
    assert desk.batch_button.isVisible() and desk.close_button.isEnabled()

    # a caretaker's batch: ticked by hand, and by a letter's code (a QWERTY scanner)
    qtbot.mouseClick(desk.batch_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _runner(desk))
    batch = desk.batch_dialog
    assert batch.isVisible() and not batch.ok_button.isEnabled()
    ids = list(batch._items)[:3]
    letter = polls.invitations(demo_db, actor, poll.id, [ids[2]]).letters[0]
    batch.bearer.setText("Mme Abgrall")
    batch.set_ticked(ids[0])
    batch.set_ticked(ids[1])
    batch.code.setFocus()
    send_keys(batch.code, as_typed_on_azerty(letter.code))
    settle(qtbot, _runner(desk))
    assert batch.dwelling_ids() == ids
    assert batch.error.text() == tr("BatchDialog", "{ref} ticked.").format(
        ref=letter.landlord_ref)
    assert batch.isVisible()  # the scanner's Enter never pressed OK
    batch.set_counts(2, 0)
    assert not batch.ok_button.isEnabled() and batch.balance.objectName() == "errorLabel"
    batch.set_counts(2, 1)
    assert batch.ok_button.isEnabled() and batch.balance.objectName() == "noticeLabel"
    assert batch.balance.text() == tr("BatchDialog", "{signatures}, {ballots}: the batch "
                                                     "balances.").format(
        signatures=tr("BatchDialog", "%n signature(s)", 3),
        ballots=tr("BatchDialog", "%n ballot(s)", 3))

    # meanwhile the first dwelling votes at the counter: refused, named, the dialog stays
    polls.vote_at_counter(demo_db, actor, poll.id, ids[0], None, BallotChoice.FOR)
    with qtbot.waitSignal(desk.said):
        qtbot.mouseClick(batch.ok_button, Qt.MouseButton.LeftButton)
    assert batch.isVisible() and batch.dwelling_ids() == ids
    first = next(d for d in polls.eligible_dwellings(demo_db, actor, poll.id)
                 if d.dwelling_id == ids[0])
    refusal = batch.error.text()
    assert first.landlord_ref in refusal and batch.error.objectName() == "errorLabel"
    with pytest.raises(VoteRefused) as refused:
        polls.enter_caretaker_batch(demo_db, actor, poll.id, "x", ids, polls.BatchCounts(2, 1))
    assert refusal == describe(refused.value)
    batch.set_ticked(ids[0], False)
    batch.set_counts(1, 1)
    with qtbot.waitSignal(desk.said):
        qtbot.mouseClick(batch.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _runner(desk))  # the change signal refreshes the participation
    assert not batch.isVisible()
    assert desk.message.text() == tr("VoteDesk", "Batch of {bearer} recorded: %n dwelling(s).",
                                     2).format(bearer="Mme Abgrall")
    assert (desk._poll.took_part, desk._poll.by_caretakers, desk._poll.at_counter) == (3, 2, 1)
    assert sum(b.took_part for b in desk.buildings.rows) == 3
    assert desk.batches.rowCount() == 1

    # a batch entered wrong is cancelled whole, with its reason
    desk.batches_view.selectRow(0)
    assert desk.cancel_batch_button.isEnabled()
    qtbot.mouseClick(desk.cancel_batch_button, Qt.MouseButton.LeftButton)
    cancel = desk.cancel_dialog
    qtbot.mouseClick(cancel.ok_button, Qt.MouseButton.LeftButton)  # no reason: asked
    assert cancel.isVisible()
    cancel.reason.setText("liste du mauvais bâtiment")
    with qtbot.waitSignal(desk.said):
        qtbot.mouseClick(cancel.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _runner(desk))
    assert desk._poll.by_caretakers == 0 and desk._poll.took_part == 1
    desk.batches_view.selectRow(0)
    assert not desk.cancel_batch_button.isEnabled()


def test_closing_and_counting_with_two_passphrases_then_results_minutes_and_csv(
        qtbot: QtBot, demo_db: Database, actor: Actor, tmp_path: Path) -> None:
    window = signed_in(qtbot, demo_db, "Coordination", "coordination")
    desk = window.desk("vote")
    assert isinstance(desk, VoteDesk)
    window.desk_tabs.setCurrentWidget(desk)
    settle(qtbot, window.runner)
    poll = _choose(qtbot, desk, "Kerourien")
    assert poll.state is PollState.OPEN and poll.took_part > 0

    qtbot.mouseClick(desk.close_button, Qt.MouseButton.LeftButton)
    box = desk.close_box
    assert box.text().startswith(tr(
        "VoteDesk", "Close the vote of {sector}? %n dwelling(s) voted out of {eligible}. No "
        "further ballot will be accepted.", poll.took_part).format(
        sector="Kerourien", eligible=figure(poll.eligible)))
    # before the last day printed on the letters: said
    assert box.text().endswith(tr(
        "VoteDesk", "Careful: the letters say tenants may vote until {date}. Close before "
        "only if the commission decided so.").format(date=poll.closes_on.strftime("%d/%m/%Y")))
    assert box.defaultButton() is None
    with qtbot.waitSignal(desk.said):
        qtbot.mouseClick(buttons_of(box)[tr("VoteDesk", "Close the vote")],
                         Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)
    assert desk._poll.state is PollState.CLOSED and not desk._poll.counted
    assert desk.count_button.isVisible() and desk.count_button.isEnabled()
    assert not desk.urn_button.isVisible()  # the demo's ballots are on screen
    assert "Yvonne Le Bris" in desk.next_step.text()

    qtbot.mouseClick(desk.count_button, Qt.MouseButton.LeftButton)
    count = desk.count_dialog
    assert [count.fields[i].placeholderText() for i in range(3)] == [
        tr("CountDialog", "passphrase of {name}").format(name=name)
        for name, _ in DEMO_COMMISSION]
    count.fields[0].setFocus()
    qtbot.keyClicks(count.fields[0], DEMO_COMMISSION[0][1])  # checked once typing stops
    qtbot.waitUntil(lambda: count.statuses[0].text() == tr("CountDialog", "✓ correct"),
                    timeout=30_000)
    count.fields[1].setText("commission demo deus")  # one letter wrong
    count.check(1)
    settle(qtbot, window.runner)
    assert count.statuses[1].text() == tr("CountDialog", "✗ incorrect passphrase")
    assert count.error.text() == tr(
        "CountDialog", "The passphrase of {name} is incorrect: nothing was opened. Type it "
        "again.").format(name="Yvonne Le Bris")
    assert not count.ok_button.isEnabled()
    assert not polls.poll_summary(demo_db, actor, poll.id).counted  # nothing counted
    count.fields[1].setText(DEMO_COMMISSION[1][1])
    count.check(1)
    settle(qtbot, window.runner)
    assert count.ok_button.isEnabled()
    with qtbot.waitSignal(desk.counted, timeout=30_000):
        qtbot.mouseClick(count.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window.runner)
    assert not count.isVisible()

    # the results: as the service keeps them, in French figures
    result = polls.results(demo_db, actor, poll.id)
    f = result.figures
    assert desk._poll.counted and desk.details.currentIndex() == 1
    values = {key: label.text() for key, label in desk.results.values.items()}
    assert values["eligible"] == figure(600)
    assert values["took_part"] == tr("ResultsView", "{count} ({percent})").format(
        count=figure(f.took_part), percent=percent(f.participation))
    assert (values["for"], values["against"], values["blank"], values["spoiled"]) == (
        str(f.for_), str(f.against), str(f.blank), str(f.spoiled))
    assert values["expressed"] == str(f.for_ + f.against)
    assert values["share_for"] == percent(f.share_for) and "," in values["share_for"]
    assert desk.results.outcome.text() == (tr("ResultsView", "Offer adopted") if f.adopted
                                           else tr("ResultsView", "Offer not adopted"))
    assert not desk.results.values["quorum"].isVisible()  # no quorum in the demo's vote
    bars = desk.results.bars.rows()
    assert len(bars) == len(result.buildings) and sum(b.took_part for b in
                                                      result.buildings) == f.took_part
    assert desk.results.bars.minimumSizeHint().width() >= max(
        desk.results.bars.fontMetrics().horizontalAdvance(label) for label, _, _ in bars)
    assert desk.minutes_button.isVisible() and desk.csv_button.isVisible()
    assert not desk.close_button.isVisible() and not desk.count_button.isVisible()

    # the CSV, for Excel in French: BOM, semicolons, decimal commas
    target = tmp_path / "resultats.csv"
    with qtbot.waitSignal(desk.csv_saved):
        desk.export_csv_to(target)
    data = target.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text == polls.results_csv(demo_db, actor, poll.id)
    assert "Kerourien" in text and ";" in text and "\r\n" in text
    assert percent(f.participation).replace("\u00a0", " ") in text

    # the minutes: a stored document, previewed before printing
    with qtbot.waitSignal(desk.controller.previewed, timeout=60_000):
        qtbot.mouseClick(desk.minutes_button, Qt.MouseButton.LeftButton)
    assert desk.preview is not None and desk.preview.isVisible()
    assert desk.preview.rendered.kind == "minutes"
    desk.preview.reject()


def test_the_invitations_render_with_progress_and_stop_writes_nothing(
        qtbot: QtBot, desk: VoteDesk, demo_db: Database, actor: Actor,
        tmp_path: Path) -> None:
    _choose(qtbot, desk, "Kerourien")
    reports = _Reports(desk)
    with qtbot.waitSignal(desk.letters_made, timeout=120_000):
        qtbot.mouseClick(desk.letters_button, Qt.MouseButton.LeftButton)
        assert desk.progress is not None and desk.progress.isVisible()
    assert desk.progress is None  # closed once made
    assert reports.seen[0] == (0, 600) and reports.seen[-1] == (600, 600)
    assert len(reports.seen) > 3
    ready = desk.ready_dialog
    assert ready.isVisible() and ready.suggested_name.startswith("invitations-kerourien-")
    target = tmp_path / ready.suggested_name
    with qtbot.waitSignal(desk.letters_saved):
        ready.save_to(target)
    assert page_count(target.read_bytes()) == 600
    # printed PRINT_PAGES pages a job (Stop is heard between two jobs)
    assert [page_count(pdf_pages(target.read_bytes(), start, PRINT_PAGES))
            for start in (0, 600 - PRINT_PAGES, 595)] == [PRINT_PAGES, PRINT_PAGES, 5]
    ready.accept()

    # Stop at the first report: no letter kept, no file
    stopped = tmp_path / "stopped"
    stopped.mkdir()
    reports.seen.clear()
    reports.stop = True  # the person presses Stop as soon as the progress shows
    with qtbot.waitSignal(desk.letters_stopped, timeout=120_000):
        qtbot.mouseClick(desk.letters_button, Qt.MouseButton.LeftButton)
    assert desk.message.text() == tr(
        "VoteDesk", "Stopped: no letter was made and no file was written.")
    assert desk._letters is None and desk.progress is None
    assert reports.seen and reports.seen[-1][0] < 600  # it never got to the end
    assert list(stopped.iterdir()) == []
    assert not desk.ready_dialog.isVisible()
    assert desk.letters_button.isEnabled()


def test_a_new_letter_replaces_the_old_code_of_one_dwelling(
        qtbot: QtBot, desk: VoteDesk, demo_db: Database, actor: Actor,
        tmp_path: Path) -> None:
    poll = _choose(qtbot, desk, "Kerourien")
    dwelling = next(d for d in polls.eligible_dwellings(demo_db, actor, poll.id)
                    if d.landlord_ref == "KER-00007")
    old = polls.invitations(demo_db, actor, poll.id, [dwelling.dwelling_id]).letters[0].code
    desk.more_menu.actions()[0].trigger()  # Other actions → New letter for a dwelling…
    settle(qtbot, _runner(desk))
    dialog = desk.letter_dialog
    assert not dialog.ok_button.isEnabled()
    dialog.search.setText("ker 00007")
    assert dialog.chosen() is not None and dialog.chosen().landlord_ref == "KER-00007"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    box = desk.reissue_box
    assert "KER-00007" in box.text() and box.defaultButton() is None
    with qtbot.waitSignal(desk.letters_made, timeout=60_000):
        qtbot.mouseClick(buttons_of(box)[tr("VoteDesk", "New code and letter")],
                         Qt.MouseButton.LeftButton)
    ready = desk.ready_dialog
    assert ready.suggested_name.startswith("invitation-ker-00007-")
    target = tmp_path / ready.suggested_name
    with qtbot.waitSignal(desk.letters_saved):
        ready.save_to(target)
    assert page_count(target.read_bytes()) == 1
    with pytest.raises(VoteRefused) as refused:
        polls.find_code(demo_db, actor, old)
    assert refused.value.reason == "code_replaced"
    new = polls.invitations(demo_db, actor, poll.id, [dwelling.dwelling_id]).letters[0].code
    assert new != old and polls.find_code(demo_db, actor, new).landlord_ref == "KER-00007"


def test_a_paper_urn_is_entered_after_closing_and_must_match_the_signatures(
        qtbot: QtBot, desk: VoteDesk, demo_db: Database, actor: Actor) -> None:
    sector_id = next(s for s, name, _ in polls.sectors(demo_db, actor) if name == PAC)
    poll_id = polls.create_poll(demo_db, actor, polls.PollDraft(
        sector_id, QUESTION, paper_urn=True, caretakers=False,
        closes_on=clock.now().date() + timedelta(days=14)))
    polls.open_poll(demo_db, actor, poll_id, [])  # an urn: no key, no commission
    for dwelling in polls.eligible_dwellings(demo_db, actor, poll_id)[:5]:
        polls.vote_at_counter(demo_db, actor, poll_id, dwelling.dwelling_id, None, None)
    polls.close_poll(demo_db, actor, poll_id)
    settle(qtbot, _runner(desk))
    poll = _choose(qtbot, desk, PAC)
    assert poll.paper_urn and poll.at_counter == 5
    assert desk.urn_button.isVisible() and desk.urn_button.isEnabled()
    assert not desk.count_button.isEnabled()  # the urn first
    assert not desk.batch_button.isVisible()
    qtbot.mouseClick(desk.urn_button, Qt.MouseButton.LeftButton)
    urn = desk.urn_dialog
    urn.set_counts(3, 1)
    assert not urn.ok_button.isEnabled() and urn.balance.objectName() == "errorLabel"
    urn.set_counts(3, 1, spoiled=1)
    assert urn.ok_button.isEnabled()
    with qtbot.waitSignal(desk.said):
        qtbot.mouseClick(urn.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, _runner(desk))
    assert not urn.isVisible() and not desk.urn_button.isEnabled()
    assert desk.count_button.isEnabled()
    qtbot.mouseClick(desk.count_button, Qt.MouseButton.LeftButton)
    box = desk.count_box  # no passphrase: the urn held every choice, Guichet none
    with qtbot.waitSignal(desk.counted, timeout=30_000):
        qtbot.mouseClick(buttons_of(box)[QCoreApplication.translate(
            "VoteDesk", "Publish the results")], Qt.MouseButton.LeftButton)
    settle(qtbot, _runner(desk))
    values = {key: label.text() for key, label in desk.results.values.items()}
    assert (values["for"], values["against"], values["spoiled"]) == ("3", "1", "1")


def test_the_letters_go_to_the_a4_printer_a_few_pages_a_job(
        qtbot: QtBot, desk: VoteDesk, demo_db: Database, actor: Actor, cups_queue: str,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from app.settings import PrinterChoice, save_printer_choice
    from ui.desks import vote

    save_printer_choice(demo_db.path.parent, "minutes", PrinterChoice(cups_queue, "a4"))
    monkeypatch.setattr(vote, "PRINT_PAGES", 1)
    poll = _choose(qtbot, desk, "Kerourien")
    ids = [d.dwelling_id for d in polls.eligible_dwellings(demo_db, actor, poll.id)[:3]]
    with qtbot.waitSignal(desk.letters_made, timeout=60_000):
        desk.print_letters(ids)
    ready = desk.ready_dialog
    assert ready.print_button.isVisible() and cups_queue in ready.print_button.text()
    qtbot.mouseClick(ready.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.progress is None, timeout=120_000)
    assert ready.message.text() == tr("VoteDesk", "Sent to {printer}: %n page(s).", 3).format(
        printer=cups_queue)
