"""A vote at the counter: the agent records who signs the register, then turns
the screen to the tenant, who chooses on very large buttons and confirms; the
screen then says only that the vote is recorded, and goes back to the agent.

The choice lives in this dialog for the few seconds between the tenant's
confirmation and the sealed write (app.services.polls.vote_at_counter); the
agent's view never shows it. With the paper urn the dialog records the
signature alone: the tenant drops a paper ballot in the centre's urn.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import BallotChoice
from app.domain.errors import GuichetError, VoteRefused
from app.messages import describe
from app.services import polls
from app.services.polls import Voter
from ui.widgets import message_line, primary_button, show_message, title_label

CHOICE_STYLE = ("QPushButton {{ font-size: 44px; font-weight: bold; min-height: 130px; "
                "border-radius: 14px; border: 4px solid {border}; background: {background}; "
                "color: #111; }} QPushButton:focus {{ border: 6px solid #1d4ed8; }}")
COLOURS = {BallotChoice.FOR: ("#15803d", "#dcfce7"), BallotChoice.AGAINST: ("#b91c1c", "#fee2e2"),
           BallotChoice.BLANK: ("#525252", "#f5f5f5")}


def _big(text: str, size: int, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setStyleSheet(f"font-size: {size}px;" + (" font-weight: bold;" if bold else ""))
    return label


class BallotDialog(QDialog):
    """Agent's page → tenant's ballot → tenant's confirmation → recorded."""

    recorded = Signal(object)  # the datetime the register says

    def __init__(self, voter: Voter, submit, db, actor,  # type: ignore[no-untyped-def]
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.voter = voter
        self._submit, self._db, self._actor = submit, db, actor
        self._choice: BallotChoice | None = None
        self.setWindowTitle(self.tr("Vote at the counter"))
        self.setModal(True)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # and its widgets with it
        self.pages = QStackedWidget()
        self.agent_page = self._agent_page()
        self.ballot_page = self._ballot_page()
        self.confirm_page = self._confirm_page()
        self.done_page = self._done_page()
        for page in (self.agent_page, self.ballot_page, self.confirm_page, self.done_page):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.pages)
        self.start_button.setFocus()
        if parent is not None:  # the whole window: the tenant sees nothing else
            self.resize(parent.window().size())
        else:
            self.resize(1000, 700)

    # --- the agent's page ---------------------------------------------------------

    def _agent_page(self) -> QWidget:
        page = QWidget()
        v = self.voter
        self.signers = QButtonGroup(self)
        rows = QVBoxLayout()
        for n, (person_id, name) in enumerate(v.members):
            radio = QRadioButton(name)
            radio.setStyleSheet("font-size: 22px; padding: 6px;")
            self.signers.addButton(radio, n)
            radio.setProperty("person_id", person_id)
            rows.addWidget(radio)
        if v.members:
            self.signers.button(0).setChecked(True)
        else:
            rows.addWidget(QLabel(self.tr("Nobody on the roster for this dwelling: the "
                                          "signature is recorded without a name.")))
        if v.paper_urn:
            steps = self.tr("1. The tenant signs the paper register too, if the centre keeps "
                            "one.\n2. Record the signature here.\n3. Hand over a ballot and an "
                            "envelope: the tenant votes alone and drops it in the urn.")
            go = self.tr("Record the signature")
        else:
            steps = self.tr("1. Choose who signs the register.\n2. Turn the screen to the "
                            "tenant: they vote alone, on the screen.\n3. When they are done, "
                            "the screen only says that the vote is recorded.")
            go = self.tr("Turn the screen to the tenant →")
        self.agent_message = message_line()
        self.start_button = primary_button(go)
        self.start_button.setDefault(True)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAutoDefault(False)  # Enter means "go on", never "cancel"
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(cancel)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout = QVBoxLayout(page)
        layout.addWidget(title_label(self.tr("Vote of the dwelling {ref}").format(
            ref=v.landlord_ref)))
        layout.addWidget(_big(v.address, 20))
        layout.addWidget(_big(self.tr("Question: {question}").format(question=v.question), 20))
        layout.addSpacing(12)
        caption = QLabel(self.tr("Who signs the register?"))
        caption.setObjectName("factCaption")
        layout.addWidget(caption)
        layout.addLayout(rows)
        layout.addSpacing(12)
        layout.addWidget(_big(steps, 19))
        layout.addStretch(1)
        layout.addWidget(self.agent_message)
        layout.addLayout(buttons)
        self.start_button.clicked.connect(self._start)
        return page

    def signer_id(self) -> int | None:
        button = self.signers.checkedButton()
        return button.property("person_id") if button is not None else None

    def _start(self) -> None:
        if self.voter.paper_urn:
            self._record(None)
        else:
            self._show_ballot()

    # --- the tenant's pages --------------------------------------------------------

    def _ballot_page(self) -> QWidget:
        page = QWidget()
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        layout = QVBoxLayout(page)
        layout.addWidget(_big(self.tr("Your vote is secret. Nobody at the counter sees it."),
                              22))
        layout.addWidget(_big(self.voter.question, 34, bold=True), 1)
        choices = [BallotChoice.FOR, BallotChoice.AGAINST]
        if self.voter.blank_allowed:
            choices.append(BallotChoice.BLANK)
        names = {BallotChoice.FOR: self.tr("FOR"), BallotChoice.AGAINST: self.tr("AGAINST"),
                 BallotChoice.BLANK: self.tr("BLANK")}
        self.choice_names = names
        row = QHBoxLayout()
        row.setSpacing(28)
        self.choice_buttons: dict[BallotChoice, QPushButton] = {}
        for choice in choices:
            button = QPushButton(names[choice])
            border, background = COLOURS[choice]
            button.setStyleSheet(CHOICE_STYLE.format(border=border, background=background))
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, c=choice: self._chosen(c))
            self.choice_buttons[choice] = button
            row.addWidget(button)
        layout.addLayout(row)
        layout.addSpacing(20)
        layout.addWidget(_big(self.tr("Touch or click your choice. You can still change it "
                                      "on the next screen."), 19))
        return page

    def _confirm_page(self) -> QWidget:
        page = QWidget()
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.confirm_text = _big("", 40, bold=True)
        self.confirm_button = QPushButton(self.tr("Confirm my vote"))
        self.confirm_button.setStyleSheet(CHOICE_STYLE.format(border="#1d4ed8",
                                                              background="#dbeafe"))
        self.change_button = QPushButton(self.tr("Change my choice"))
        self.change_button.setStyleSheet("font-size: 26px; min-height: 80px;")
        for button in (self.confirm_button, self.change_button):
            button.setAutoDefault(False)  # a vote is confirmed by a touch or a click only
        self.confirm_button.clicked.connect(lambda: self._record(self._choice))
        self.change_button.clicked.connect(self._change)
        self.tenant_message = message_line()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.confirm_text)
        layout.addSpacing(24)
        layout.addWidget(self.confirm_button)
        layout.addWidget(self.change_button)
        layout.addWidget(self.tenant_message)
        layout.addStretch(1)
        return page

    def _done_page(self) -> QWidget:
        page = QWidget()
        self.done_text = _big("", 34, bold=True)
        self.close_button = primary_button(self.tr("Back to the counter"))
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self.done_text)
        layout.addStretch(1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _chosen(self, choice: BallotChoice) -> None:
        self._choice = choice
        self.confirm_text.setText(self.tr("You chose: {choice}").format(
            choice=self.choice_names[choice]))
        self.pages.setCurrentWidget(self.confirm_page)
        self.confirm_page.setFocus()  # Enter pressed twice casts nothing

    def _change(self) -> None:
        self._choice = None
        self._show_ballot()

    def _show_ballot(self) -> None:
        """No choice has the focus: a highlighted button would look chosen
        already (Tab still reaches them)."""
        self.pages.setCurrentWidget(self.ballot_page)
        self.ballot_page.setFocus()

    # --- the write ------------------------------------------------------------------

    def _record(self, choice: BallotChoice | None) -> None:
        for button in (self.start_button, self.confirm_button, self.change_button):
            button.setEnabled(False)
        db, actor, v, signer = self._db, self._actor, self.voter, self.signer_id()

        def work():  # type: ignore[no-untyped-def]
            try:
                return polls.vote_at_counter(db, actor, v.poll_id, v.dwelling_id, signer, choice)
            except VoteRefused as refused:
                if refused.reason == "already_voted_now":  # lost a race: say who won
                    raise polls.already_voted(db, v.poll_id, v.dwelling_id) or refused from None
                raise

        self._submit(work, self._done, self._refused)

    def _done(self, at) -> None:  # type: ignore[no-untyped-def]
        self._choice = None  # nothing of the choice stays on this screen
        self.confirm_text.clear()
        self.done_text.setText(
            self.tr("Signature recorded. Hand the tenant a ballot and an envelope for the urn.")
            if self.voter.paper_urn else
            self.tr("Thank you, your vote is recorded.\n\nPlease turn the screen back to the "
                    "counter."))
        self.pages.setCurrentWidget(self.done_page)
        self.close_button.setFocus()
        self.recorded.emit(at)

    def _refused(self, error: GuichetError) -> None:
        self._choice = None
        self.confirm_text.clear()
        show_message(self.agent_message, describe(error), error=True)
        self.pages.setCurrentWidget(self.agent_page)
        self.start_button.setEnabled(False)  # nothing more to do here but cancel
