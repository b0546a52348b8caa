"""Accueil: find a household in a keystroke (or a scan), open its card, check
it in; today's list of who is waiting. Every lookup and write goes through the
window's runner; the desk refreshes itself when visits or households change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.domain.enums import AppointmentKind, EquipmentKind, VisitReason
from app.domain.errors import (
    AlreadyCheckedInToday,
    AppointmentRefused,
    GuichetError,
    UnknownHousehold,
    VoteRefused,
    WorkshopRefused,
)
from app.domain.money import format_euros
from app.domain.roles import Permission, allows
from app.messages import describe, vote_channel
from app.services import appointments, handouts, households, polls, visits, workshops
from app.services.households import HouseholdCard
from ui import labels, sounds
from ui.ballot_dialog import BallotDialog
from ui.desks import DeskContext
from ui.dialogs import ask
from ui.household_model import HouseholdHitModel, results_view
from ui.scanner import (
    ScannerInput,
    ScanRouter,
    appointment_code_lookup,
    dwelling_code_lookup,
    workshop_code_lookup,
)
from ui.visit_model import TodayVisitsModel
from ui.widgets import (
    message_line,
    primary_button,
    show_message,
    table_view,
    title_label,
)


def _reason_combo() -> QComboBox:
    combo = QComboBox()
    # as wide as the column gives, not as the longest reason: the card fits 1024 px
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(14)
    for reason in VisitReason:
        combo.addItem(labels.visit_reason(reason), reason.value)
    return combo


def _reason_of(combo: QComboBox) -> VisitReason:
    return VisitReason(combo.currentData())


class HouseholdCardView(QFrame):
    """Everything the counter needs to know about one household, read-only."""

    check_in_requested = Signal(int, object, object, str)  # dwelling, person or None, reason, note
    back_requested = Signal()
    handout_requested = Signal(int, str)  # dwelling, "" (the handout) or "sale"
    appointment_requested = Signal(int, str)  # dwelling, its reference
    workshop_requested = Signal(int, str)  # person, their name: the Ateliers desk signs them up
    programme_requested = Signal(str, int, str)  # "needs" or "visa", person, their name

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("householdCard")
        self.card: HouseholdCard | None = None
        self.person_id: int | None = None  # who was clicked in the results, if known
        self.back_button = QPushButton(self.tr("← Results"))
        self.back_button.setToolTip(self.tr("Back to the search results (Esc)"))
        self.title = title_label("")
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.lines = {key: QLabel() for key in ("members", "note", "vote", "decoder", "computer",
                                                "appointments", "workshops", "visits")}
        captions = {
            "members": self.tr("Household"), "note": self.tr("Note"),
            "vote": self.tr("Tenant vote"),
            "decoder": self.tr("Decoder"), "computer": self.tr("Computer"),
            "appointments": self.tr("Appointments"), "workshops": self.tr("Workshops"),
            "visits": self.tr("Last visits"),
        }
        facts = QGridLayout()
        facts.setHorizontalSpacing(18)
        facts.setVerticalSpacing(8)
        for row, (key, label) in enumerate(self.lines.items()):
            caption = QLabel(captions[key])
            caption.setObjectName("factCaption")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            facts.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            if key not in ("vote", "decoder", "appointments", "workshops"):  # these share
                # their cell
                # with buttons, below
                facts.addWidget(label, row, 1)
        facts.setColumnStretch(1, 1)
        # a tenant invited to the sector's open vote may vote here and now:
        # the button under the vote's line, within the card's width
        self.vote_button = QPushButton(self.tr("Vote now… (F6)"))
        self.vote_button.setObjectName("voteButton")
        self.vote_button.hide()
        self.can_record_votes = False  # set by the desk from the account's role
        vote_cell = QWidget()
        vote_box = QVBoxLayout(vote_cell)
        vote_box.setContentsMargins(0, 0, 0, 0)
        vote_box.setSpacing(6)
        vote_box.addWidget(self.lines["vote"])
        vote_box.addWidget(self.vote_button, 0, Qt.AlignmentFlag.AlignLeft)
        facts.addWidget(vote_cell, list(self.lines).index("vote"), 1)
        # the decoder's line leads to the handout desk, this dwelling open there
        # (and to a computer's sale, for those who may sell one)
        self.handout_button = QPushButton(self.tr("To the handout (F7)"))
        self.sale_button = QPushButton(self.tr("Sell a computer…"))
        self.sale_button.hide()  # shown to those who may sell one
        handout_cell = QWidget()
        handout_box = QGridLayout(handout_cell)
        handout_box.setContentsMargins(0, 0, 0, 0)
        handout_box.setVerticalSpacing(6)
        handout_box.addWidget(self.lines["decoder"], 0, 0, 1, 2)
        handout_box.addWidget(self.handout_button, 1, 0)  # one under the other: the card
        handout_box.addWidget(self.sale_button, 2, 0)  # fits a 1024 px screen
        handout_box.setColumnStretch(1, 1)
        facts.addWidget(handout_cell, list(self.lines).index("decoder"), 1)
        # the appointments' line leads to the agenda, to book one for this household
        self.appointment_button = QPushButton(self.tr("Book an appointment…"))
        self.appointment_button.hide()  # shown to those who may book
        appointment_cell = QWidget()
        appointment_box = QVBoxLayout(appointment_cell)
        appointment_box.setContentsMargins(0, 0, 0, 0)
        appointment_box.setSpacing(6)
        appointment_box.addWidget(self.lines["appointments"])
        appointment_box.addWidget(self.appointment_button, 0, Qt.AlignmentFlag.AlignLeft)
        facts.addWidget(appointment_cell, list(self.lines).index("appointments"), 1)
        # the workshops' line: sign the person shown (the card's title) up, their
        # needs, their Visa Internet
        self.workshop_button = QPushButton(self.tr("Sign up for a workshop…"))
        self.workshop_button.hide()  # shown to those who may sign people up
        self.workshop_button.clicked.connect(self._request_workshop)
        self.needs_button = QPushButton(self.tr("Needs…"))
        self.visa_button = QPushButton(self.tr("Visa Internet…"))
        workshop_cell = QWidget()
        workshop_box = QGridLayout(workshop_cell)
        workshop_box.setContentsMargins(0, 0, 0, 0)
        workshop_box.setVerticalSpacing(6)
        workshop_box.addWidget(self.lines["workshops"], 0, 0, 1, 3)
        workshop_box.addWidget(self.workshop_button, 1, 0, 1, 2)  # two rows: the card
        for column, (which, button) in enumerate((("needs", self.needs_button),  # fits 1024 px
                                                  ("visa", self.visa_button))):
            button.hide()  # shown to those who may record them
            button.clicked.connect(lambda _c=False, w=which: self._request_programme(w))
            workshop_box.addWidget(button, 2, column)
        workshop_box.setColumnStretch(2, 1)
        for button in (self.workshop_button, self.needs_button, self.visa_button):
            button.setObjectName("secondaryAct")  # smaller: the card fits 1024 px
        facts.addWidget(workshop_cell, list(self.lines).index("workshops"), 1)
        self.appointment_button.clicked.connect(
            lambda: self.card is not None and self.appointment_requested.emit(
                self.card.dwelling_id, self.card.landlord_ref))
        self.handout_button.clicked.connect(self._request_handout)
        self.sale_button.clicked.connect(lambda: self._request_handout("sale"))

        self.reason = _reason_combo()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.check_in_button = primary_button(self.tr("Record the arrival\n(Ctrl+Enter)"))
        reason_caption = QLabel(self.tr("Why today?"))
        reason_caption.setObjectName("factCaption")
        check_in = QGridLayout()
        check_in.addWidget(reason_caption, 0, 0)
        check_in.addWidget(self.reason, 0, 1)
        check_in.addWidget(self.note, 1, 0)
        check_in.addWidget(self.check_in_button, 1, 1)
        check_in.setColumnStretch(0, 1)

        # the facts scroll on a small screen; the check-in row always stays in view
        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.setContentsMargins(0, 0, 8, 0)
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.setToolTip(self.tr("A phone number, someone who arrived or left, "
                                               "a note"))
        self.correct_button.hide()  # shown to those who may correct a household
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignTop)
        title_row.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        details_layout.addLayout(title_row)
        details_layout.addWidget(self.address)
        details_layout.addLayout(facts)
        details_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(scroll, 1)
        layout.addLayout(check_in)

        self.back_button.clicked.connect(self.back_requested)
        self.check_in_button.clicked.connect(self._request_check_in)
        self.note.returnPressed.connect(self._request_check_in)

    def _request_workshop(self) -> None:
        """The person shown as the card's title (clicked, else the first member)."""
        if self.card is None or not self.card.members:
            return
        ids = [m.person_id for m in self.card.members]
        member = self.card.members[ids.index(self.person_id) if self.person_id in ids else 0]
        self.workshop_requested.emit(member.person_id, households.display_name(
            member.family_name, member.given_name))

    def _request_programme(self, which: str) -> None:
        """Needs or Visa of the person shown (clicked, else the first member)."""
        if self.card is None or not self.card.members:
            return
        ids = [m.person_id for m in self.card.members]
        member = self.card.members[ids.index(self.person_id) if self.person_id in ids else 0]
        self.programme_requested.emit(which, member.person_id, households.display_name(
            member.family_name, member.given_name))

    def _request_handout(self, then: str = "") -> None:
        if self.card is not None:
            self.handout_requested.emit(self.card.dwelling_id, then)

    def _request_check_in(self) -> None:
        if self.card is not None and self.check_in_button.isEnabled():
            self.check_in_requested.emit(self.card.dwelling_id, self.person_id,
                                         _reason_of(self.reason), self.note.text())

    def _ended(self, how: str | None) -> str:
        """What became of a decoder or a sale since its receipt."""
        return {None: "", "returned": " " + self.tr("— brought back"),
                "replaced": " " + self.tr("— replaced (faulty)"),
                "cancelled": " " + self.tr("— cancelled (a mistake)")}.get(how, "")

    def show_card(self, card: HouseholdCard, person_id: int | None) -> None:
        """`person_id`: the person clicked, shown as the card's title (else the
        household's first member)."""
        self.card = card
        names = [households.display_name(m.family_name, m.given_name) for m in card.members]
        ids = [m.person_id for m in card.members]
        self.person_id = person_id if person_id in ids else None
        chosen = ids.index(self.person_id) if self.person_id is not None else 0
        self.title.setText(names[chosen] if names else self.tr("Dwelling {ref}").format(
            ref=card.landlord_ref))
        where = self.tr("{address} — {sector} — reference {ref}").format(
            address=card.address, sector=card.sector, ref=card.landlord_ref)
        if not card.on_roster:
            where += "\n" + self.tr("No longer on the landlord's latest roster.")
        self.address.setText(where)
        members = []
        for member, name in zip(card.members, names, strict=True):
            members.append(f"{name} — {member.phone}" if member.phone else name)
        self.lines["members"].setText("\n".join(members) or self.tr("Nobody on the roster"))
        self.lines["note"].setText(card.note or "—")
        if card.open_poll is None:
            vote = self.tr("No vote in progress in this sector.")
        elif card.vote is None:
            vote = (self.tr("Has not voted yet.") if card.may_vote else
                    self.tr("Not invited to the vote in progress (not on the roster when it "
                            "opened)."))
        else:
            vote = self.tr("Voted ({channel}, on {date} at {time}).").format(
                channel=vote_channel(card.vote.channel),
                date=card.vote.recorded_at.strftime("%d/%m/%Y"),
                time=card.vote.recorded_at.strftime("%H:%M"))
        self.lines["vote"].setText(vote)
        self.vote_button.setVisible(card.may_vote and self.can_record_votes)
        self.lines["decoder"].setText("\n".join(
            self.tr("{serial} on {date}, receipt {receipt}").format(
                serial=d.serial, date=d.at.strftime("%d/%m/%Y"), receipt=d.receipt)
            + (" " + self.tr("(replacement)") if d.replacement else "")
            + self._ended(d.ended)
            for d in card.decoders) or self.tr("Not handed out yet."))
        self.lines["computer"].setText("\n".join(
            self.tr("{model} {serial}, {amount} on {date}, receipt {receipt}").format(
                model=c.model, serial=c.serial, amount=format_euros(c.amount_cents or 0),
                date=c.at.strftime("%d/%m/%Y"), receipt=c.receipt) + self._ended(c.ended)
            for c in card.computers) or self.tr("None bought."))
        self.lines["appointments"].setText("\n".join(
            a.starts_at.strftime("%d/%m/%Y %H:%M") + f" — {a.place}" for a in card.appointments)
            or self.tr("None coming."))
        self.lines["workshops"].setText("\n".join(
            f"{w.title} — {w.next_start:%d/%m %H:%M} — {w.given_name}"
            + (" " + self.tr("(waiting list)") if w.waiting else "")
            for w in card.workshops) or self.tr("No workshop to come."))
        self.lines["visits"].setText("\n".join(
            v.arrived_at.strftime("%d/%m/%Y %H:%M") + " — " + labels.visit_reason(v.reason)
            for v in card.visits) or self.tr("No visit recorded."))
        self.note.clear()
        self.needs_button.setEnabled(bool(card.members))
        self.visa_button.setEnabled(bool(card.members))


class CounterDesk(QWidget):
    """The Accueil desk."""

    tenant_checked_in = Signal(int)  # visit id
    visit_cancelled = Signal(int)  # visit id
    household_opened = Signal(int)  # dwelling id
    handout_requested = Signal(int, str)  # dwelling, "" (hand out) or "sale": the window opens it
    appointment_requested = Signal(int, str)  # dwelling, reference: the agenda books for it
    workshop_requested = Signal(int, str)  # person, name: the Ateliers desk signs them up
    searched = Signal(str)  # the text whose results are now shown
    today_refreshed = Signal()

    REFRESH_ON = frozenset({"visit", "dwelling", "roster", "printed_document", "database",
                            "vote_register", "poll"})

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = context.db
        self._actor = context.actor
        self._runner = context.runner
        self._submit = context.runner.bound(self)  # answers for a deleted desk are dropped
        self._search_generation = 0
        self._shown_text = ""  # the search whose results are on screen
        self._open_when_shown = False
        self._pending_selection: int | None = None  # a visit to choose once listed

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(
            self.tr("Search (F2): name, address, door, reference or phone")
            if allows(self._actor.role, Permission.VIEW_CONTACT) else  # volunteers: no phones
            self.tr("Search (F2): name, address, door or reference"))
        self.search_edit.setClearButtonEnabled(True)
        self.hits = HouseholdHitModel()
        self.results = results_view(self.hits)
        self.result_count = QLabel()
        self.result_count.setObjectName("factCaption")
        self.results_page = results_page = QWidget()  # the count, then the results
        results_layout = QVBoxLayout(results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.result_count)
        results_layout.addWidget(self.results, 1)
        self.card_view = HouseholdCardView()
        self.left = QStackedWidget()
        self.left.addWidget(results_page)
        self.left.addWidget(self.card_view)
        # one message line for the desk: it keeps its place (empty or not), so
        # a message never pushes the card down
        self.message = message_line()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("Code from a slip or card"))
        self.code_button = QPushButton(self.tr("Open"))
        code_row = QHBoxLayout()
        code_row.addWidget(self.code_edit, 1)
        code_row.addWidget(self.code_button)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_edit)
        left_layout.addWidget(self.message)
        left_layout.addWidget(self.left, 1)

        self.today = TodayVisitsModel()
        self.today_view = table_view(self.today)
        today_header = self.today_view.horizontalHeader()
        today_header.setStretchLastSection(False)
        # who came and why share the width; what does not fit is elided, in full on hover
        today_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        today_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.today_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.today_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.today_view.setWordWrap(False)  # one line a visit; the rest on hover
        self.today_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.served_button = QPushButton(self.tr("Taken care of"))
        self.served_button.setToolTip(self.tr("The person chosen in the list is being seen: "
                                              "their waiting time stops."))
        self.cancel_visit_button = QPushButton(self.tr("Cancel the arrival…"))
        self.cancel_visit_button.setToolTip(self.tr("Recorded by mistake? Take it back "
                                                    "(today only; kept in the audit log)."))
        self.walk_in_button = QPushButton(self.tr("Walk-in with no record… (F9)"))
        self.walk_in_menu = QMenu(self.walk_in_button)
        self.walk_in_menu.setObjectName("reasonMenu")
        for reason in VisitReason:  # a reason must be chosen: no silent default
            action = self.walk_in_menu.addAction(labels.visit_reason(reason))
            action.setData(reason.value)
        self.walk_in_button.setMenu(self.walk_in_menu)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        today_title = QLabel(self.tr("Today at the counter"))
        today_title.setObjectName("sectionTitle")
        right_layout.addWidget(today_title)
        right_layout.addWidget(self.today_view, 1)
        list_row = QHBoxLayout()
        list_row.addWidget(self.served_button, 1)
        list_row.addWidget(self.cancel_visit_button, 1)
        right_layout.addLayout(list_row)
        right_layout.addWidget(self.walk_in_button)
        right_layout.addSpacing(8)
        right_layout.addWidget(QLabel(self.tr("No scanner? Type the code:")))
        right_layout.addLayout(code_row)

        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([780, 540])  # the search results need the width most
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(splitter)

        self.router = ScanRouter(self._runner, self)
        # a slip's code (thirteen digits) and a letter's (twelve) first: no landlord
        # reference has those
        self.router.register("appointment_code",
                             appointment_code_lookup(self._db, self._actor), self._arrived)
        self.router.register("workshop_code",  # fourteen digits: a workshop's slip
                             workshop_code_lookup(self._db, self._actor), self._at_workshop)
        self.router.register("dwelling_code", dwelling_code_lookup(self._db, self._actor),
                             self._open_code)
        self.router.register("landlord_ref", self._find_reference, self.open_household)
        self.router.register("serial", self._find_serial, self._open_serial)
        self.router.unknown.connect(self._unknown_code)
        self.router.routed.connect(lambda _kind: self.code_edit.clear()
                                   if self.code_edit.text().strip() == self._typed_code else None)
        self._typed_code = ""
        self.scanner = ScannerInput(self.router, self)
        self.scanner.blocked.connect(lambda _code: self._say(self.tr(
            "Scan ignored: close the open window first, then scan again."), error=True))

        # during a scanner burst, searching on each character would only slow
        # the scan down: the search waits for the burst to end (or be a scan)
        self._deferred_search = QTimer(self)
        self._deferred_search.setSingleShot(True)
        self._deferred_search.setInterval(50)
        self._deferred_search.timeout.connect(lambda: self._search(self.search_edit.text()))
        self.search_edit.textChanged.connect(self._search)
        self.search_edit.returnPressed.connect(self._open_first)
        self.search_edit.installEventFilter(self)  # arrows move through the results
        self.results.activated.connect(self._open_index)
        self.results.doubleClicked.connect(self._open_index)
        self.card_view.back_requested.connect(self._back_to_results)
        self.card_view.correct_button.setVisible(
            allows(self._actor.role, Permission.CORRECT_HOUSEHOLD))
        self.card_view.correct_button.clicked.connect(self.correct_household)
        self.card_view.check_in_requested.connect(self._check_in)
        self.card_view.can_record_votes = allows(self._actor.role, Permission.RECORD_VOTE)
        self.card_view.vote_button.clicked.connect(self.start_vote)
        self.card_view.sale_button.setVisible(allows(self._actor.role, Permission.MANAGE_STOCK))
        self.card_view.handout_requested.connect(self.handout_requested)
        self.card_view.appointment_button.setVisible(
            allows(self._actor.role, Permission.MANAGE_APPOINTMENTS))
        self.card_view.appointment_requested.connect(self.appointment_requested)
        self.card_view.workshop_button.setVisible(
            allows(self._actor.role, Permission.MANAGE_WORKSHOPS))
        self.card_view.workshop_requested.connect(self.workshop_requested)
        self.card_view.needs_button.setVisible(allows(self._actor.role, Permission.RECORD_NEEDS))
        self.card_view.visa_button.setVisible(
            allows(self._actor.role, Permission.VALIDATE_SKILLS))
        self.card_view.programme_requested.connect(self.open_programme)
        self.programme_dialog: QWidget | None = None
        self.served_button.clicked.connect(self._mark_served)
        self.cancel_visit_button.clicked.connect(self._confirm_cancel)
        self.walk_in_menu.triggered.connect(
            lambda action: self._check_in(None, None, VisitReason(action.data()), ""))
        self.today_view.customContextMenuRequested.connect(self._today_menu)
        self.today_view.doubleClicked.connect(self._open_today_index)
        self.today_view.selectionModel().selectionChanged.connect(self._update_today_buttons)
        self.today.modelReset.connect(self._update_today_buttons)
        self._update_today_buttons()
        self.code_button.clicked.connect(self._route_typed_code)
        self.code_edit.returnPressed.connect(self._route_typed_code)
        self._shortcuts()
        self._runner.changed.connect(self._on_changed)
        # waiting times move on, and other counters check people in too
        self._today_timer = QTimer(self)
        self._today_timer.setInterval(30_000)
        self._today_timer.timeout.connect(self.refresh_today)
        self._today_timer.start()
        self.refresh_today()

    def _shortcuts(self) -> None:
        """The frequent acts, from anywhere on the desk (and only on it)."""
        def bind(keys: tuple[QKeySequence | str, ...], slot) -> None:  # type: ignore[no-untyped-def]
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

        bind(("F2", QKeySequence.StandardKey.Find), self.new_search)
        bind(("Ctrl+Return", "Ctrl+Enter"), self._record_shown_card)
        bind(("F9",), self._show_walk_in_menu)
        bind(("F6",), self.start_vote)
        bind(("F7",), self._open_in_handout)
        back = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.card_view)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        back.activated.connect(self._back_to_results)

    # --- desk life -------------------------------------------------------

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.scanner.set_active(True)
        self.search_edit.setFocus()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.scanner.set_active(False)
        super().hideEvent(event)

    def _on_changed(self, topics: frozenset[str]) -> None:
        if not topics & self.REFRESH_ON:
            return
        self.refresh_today()
        card = self.card_view.card
        if card is not None and self.left.currentWidget() is self.card_view:
            self._load_card(card.dwelling_id, self.card_view.person_id, focus=False)

    def _failed(self, error: GuichetError) -> None:
        self._say(describe(error), error=True)

    def _say(self, text: str, error: bool) -> None:
        """One thing said at a time, in its colour, in the desk's one line."""
        show_message(self.message, text, error=error)

    # --- search and card -----------------------------------------------------

    def new_search(self) -> None:
        self.left.setCurrentWidget(self.results_page)
        if self.message.objectName() == "noticeLabel":  # done and said: a new start
            self._say("", error=False)
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    def _search(self, text: str) -> None:
        if self.scanner.in_burst:
            self._deferred_search.start()
            return
        self._deferred_search.stop()
        self._say("", error=False)
        self._search_generation += 1
        generation = self._search_generation
        db, actor = self._db, self._actor

        def shown(hits: list[households.HouseholdHit]) -> None:
            if generation != self._search_generation:
                return  # the person typed on: a newer search is on its way
            self.hits.set_hits(hits)
            self._shown_text = text
            self.result_count.setText(self._count_text(text, len(hits)))
            self.left.setCurrentWidget(self.results_page)
            if self.hits.rowCount():
                self.results.selectRow(0)
            self.searched.emit(text)
            if self._open_when_shown:
                self._open_when_shown = False
                self._open_first()

        if not text.strip():
            shown([])
            return
        self._submit(lambda: households.search_households(db, actor, text), shown,
                     self._failed)

    def _count_text(self, text: str, count: int) -> str:
        if not text.strip():
            return ""
        if count == 0:
            return self.tr("No household found for « {text} ».").format(text=text.strip())
        if count >= households.MAX_HOUSEHOLDS:
            return self.tr("The first %n households: type more to narrow down.", "", count)
        return self.tr("%n household(s) found.", "", count)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        """Up and Down in the search box choose among the results; Enter opens
        the one chosen."""
        if (watched is self.search_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
                and self.left.currentWidget() is self.results_page
                and self.hits.rowCount()):
            row = self.results.currentIndex().row()
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.results.selectRow(max(0, min(self.hits.rowCount() - 1, row + step)))
            return True
        return super().eventFilter(watched, event)

    def _open_first(self) -> None:
        if self.search_edit.text() != self._shown_text:
            self._open_when_shown = True  # Enter came before the results: open on arrival
            return
        index = self.results.currentIndex()
        if self.hits.rowCount():
            self._open_index(index if index.isValid() else self.hits.index(0, 0))

    def _open_index(self, index: QModelIndex) -> None:
        hit = self.hits.hit(index.row())
        self._load_card(hit.dwelling_id, hit.person_id, focus=True)

    def open_household(self, dwelling_id: int, person_id: int | None = None) -> None:
        self._load_card(dwelling_id, person_id, focus=True)

    def _load_card(self, dwelling_id: int, person_id: int | None, focus: bool) -> None:
        db, actor = self._db, self._actor

        def shown(card: HouseholdCard) -> None:
            note = self.card_view.note.text() if not focus else ""
            self.card_view.show_card(card, person_id)
            self.card_view.note.setText(note)  # a refresh never eats what was typed
            self.left.setCurrentWidget(self.card_view)
            if focus:  # another household: what was said about the last one goes
                if self.message.objectName() == "errorLabel":
                    self._say("", error=False)
                self.card_view.reason.setFocus()
                self.household_opened.emit(dwelling_id)

        self._submit(lambda: households.household_card(db, actor, dwelling_id), shown,
                     self._failed)

    def _back_to_results(self) -> None:
        self.new_search()

    def open_programme(self, which: str, person_id: int, name: str) -> None:
        """The needs survey's dialog or the Visa Internet record of one person."""
        from ui.needs import NeedsDialog
        from ui.visa import VisaDialog

        context = DeskContext(self._db, self._actor, self._runner)
        if which == "needs":
            dialog: QWidget = NeedsDialog(context, person_id, name, self)
            dialog.saved.connect(lambda _id: self._say(self.tr("Needs recorded."), error=False))
        else:
            dialog = VisaDialog(context, person_id, name, self)
        self.programme_dialog = dialog
        dialog.open()

    def correct_household(self) -> None:
        from ui.household_dialog import HouseholdDialog

        card = self.card_view.card
        if card is None:
            return
        self.household_dialog = HouseholdDialog(self._db, self._actor, self._runner, card, self)
        self.household_dialog.saved.connect(lambda _id: self._say(
            self.tr("Household corrected."), error=False))
        self.household_dialog.open()

    # --- check-in ------------------------------------------------------------

    def _record_shown_card(self) -> None:
        if self.left.currentWidget() is self.card_view:
            self.card_view._request_check_in()

    def _show_walk_in_menu(self) -> None:
        self.walk_in_button.showMenu()

    def _check_in(self, dwelling_id: int | None, person_id: int | None, reason: VisitReason,
                  note: str, confirm_second: bool = False) -> None:
        db, actor = self._db, self._actor

        def recorded(visit_id: int) -> None:
            self.tenant_checked_in.emit(visit_id)
            at = clock.now().strftime("%H:%M")
            if dwelling_id is not None:
                self.card_view.note.clear()
                said = self.tr("Arrival recorded at {time} ({reason}).")
            else:
                said = self.tr("Walk-in with no record recorded at {time} ({reason}).")
            self._say(said.format(time=at, reason=labels.visit_reason(reason)) + " "
                      + self.tr("A mistake? « Cancel the arrival », right."), error=False)
            if not self._select_visit(visit_id):  # not listed yet: chosen at the refresh
                self._pending_selection = visit_id
            if dwelling_id is None:  # the walk-in's menu is gone: back to searching
                self.search_edit.setFocus()

        def refused(error: GuichetError) -> None:
            if isinstance(error, AlreadyCheckedInToday):
                self.duplicate_box = ask(
                    self, self.tr("Already here today"),
                    self.tr("This household already came today at {time} ({reason}). "
                            "Record a second visit?").format(
                        time=error.arrived_at.strftime("%H:%M"),
                        reason=labels.visit_reason(VisitReason(error.reason))),
                    self.tr("Record a second visit"), self.tr("Cancel"),
                    lambda: self._check_in(dwelling_id, person_id, reason, note,
                                           confirm_second=True))
                return
            self._failed(error)

        self.card_view.check_in_button.setEnabled(False)  # one click, one visit

        def settle(handler):  # type: ignore[no-untyped-def]
            def run(value) -> None:  # type: ignore[no-untyped-def]
                self.card_view.check_in_button.setEnabled(True)
                handler(value)
            return run

        self._submit(lambda: visits.check_in(db, actor, dwelling_id, reason, note,
                                             person_id=person_id,
                                             confirm_second=confirm_second),
                     settle(recorded), settle(refused))

    # --- today's list --------------------------------------------------------

    def refresh_today(self) -> None:
        db, actor = self._db, self._actor
        now = clock.now()

        def shown(rows: list[visits.VisitRow]) -> None:
            selected = self._chosen_visit()
            # the visit just recorded wins over the one chosen before
            wanted = self._pending_selection or (selected.id if selected else None)
            self._pending_selection = None
            self.today.set_rows(rows, clock.now())
            self.today_refreshed.emit()
            if not (wanted is not None and self._select_visit(wanted)) \
                    and self.today.rowCount():
                self.today_view.scrollToBottom()

        self._submit(lambda: visits.todays_visits(db, actor, now.date()), shown,
                     self._failed)

    def _chosen_visit(self) -> visits.VisitRow | None:
        rows = self.today_view.selectionModel().selectedRows()
        return self.today.visit(rows[0].row()) if rows else None

    def _select_visit(self, visit_id: int) -> bool:
        """Choose a visit in today's list; False if it is not listed (yet)."""
        for row in range(self.today.rowCount()):
            if self.today.visit(row).id == visit_id:
                self.today_view.selectRow(row)
                return True
        return False

    def _update_today_buttons(self) -> None:
        chosen = self._chosen_visit()
        self.served_button.setEnabled(chosen is not None and chosen.served_at is None)
        self.cancel_visit_button.setEnabled(chosen is not None)

    def _today_menu(self, position) -> None:  # type: ignore[no-untyped-def]
        index = self.today_view.indexAt(position)
        if not index.isValid():
            return
        self.today_view.selectRow(index.row())
        visit = self.today.visit(index.row())
        menu = QMenu(self)
        if visit.dwelling_id is not None:
            menu.addAction(self.tr("Open the household"),
                           lambda: self.open_household(visit.dwelling_id))
        if visit.served_at is None:
            menu.addAction(self.tr("Taken care of"), self._mark_served)
        menu.addAction(self.tr("Cancel the arrival…"), self._confirm_cancel)
        menu.popup(self.today_view.viewport().mapToGlobal(position))
        self.today_menu = menu

    def _open_today_index(self, index: QModelIndex) -> None:
        visit = self.today.visit(index.row())
        if visit.dwelling_id is not None:
            self.open_household(visit.dwelling_id)

    def _mark_served(self) -> None:
        visit = self._chosen_visit()
        if visit is None:
            self._say(self.tr("Choose a person in today's list first."), error=True)
            return
        db, actor = self._db, self._actor
        self._submit(lambda: visits.mark_served(db, actor, visit.id),
                     on_error=self._failed)  # the change signal refreshes the list

    def _confirm_cancel(self) -> None:
        visit = self._chosen_visit()
        if visit is None:
            self._say(self.tr("Choose a person in today's list first."), error=True)
            return
        who = visit.household or visit.landlord_ref or self.tr("a walk-in with no record")
        self.cancel_box = ask(
            self, self.tr("Cancel the arrival"),
            self.tr("Take back the arrival of {who} at {time} ({reason})? It leaves today's "
                    "list; the audit log keeps that you took it back.").format(
                who=who, time=visit.arrived_at.strftime("%H:%M"),
                reason=labels.visit_reason(visit.reason)),
            self.tr("Take it back"), self.tr("Keep it"), lambda: self.cancel_visit(visit.id))

    def cancel_visit(self, visit_id: int) -> None:
        db, actor = self._db, self._actor

        def done(_none: None) -> None:
            self.new_search()  # the focused button is gone with the row: the keys go on
            self._say(self.tr("Arrival taken back."), error=False)
            self.visit_cancelled.emit(visit_id)

        self._submit(lambda: visits.cancel_visit(db, actor, visit_id), done, self._failed)

    # --- scanned or typed codes -----------------------------------------------

    def _find_reference(self, code: str) -> int | None:
        """On the worker: the dwelling a landlord reference names."""
        try:
            return households.find_by_reference(self._db, self._actor, code)
        except UnknownHousehold:
            return None

    def _open_code(self, found: polls.CodeMatch | VoteRefused) -> None:
        if isinstance(found, VoteRefused):
            self._refuse_scan(describe(found))
            return
        self.open_household(found.dwelling_id)

    def _arrived(self, found: appointments.CheckedIn | AppointmentRefused) -> None:
        """A slip scanned: the arrival is recorded already; its household
        opens, and a decoder pick-up goes on to the handout desk."""
        if isinstance(found, AppointmentRefused):
            self._refuse_scan(describe(found))
            return
        self.refresh_today()
        self.tenant_checked_in.emit(found.visit_id)
        self.search_edit.clear()  # the last search is not this household's
        self.open_household(found.dwelling_id)
        self._say(self.tr("Appointment of {time}: arrival recorded.").format(
            time=found.starts_at.strftime("%H:%M")), error=False)
        if found.kind == AppointmentKind.DECODER_PICKUP:
            self.handout_requested.emit(found.dwelling_id, "")

    def _at_workshop(self, found: workshops.WorkshopCheckIn | WorkshopRefused) -> None:
        """A workshop slip scanned: present at today's session and checked in
        already; the household opens."""
        if isinstance(found, WorkshopRefused):
            self._refuse_scan(describe(found))
            return
        self.refresh_today()
        self.tenant_checked_in.emit(found.visit_id)
        self.search_edit.clear()  # the last search is not this household's
        self.open_household(found.dwelling_id)
        self._say(self.tr("Workshop « {title} » of {time}: {name} is present, arrival "
                          "recorded.").format(title=found.title,
                                              time=found.starts_at.strftime("%H:%M"),
                                              name=found.name), error=False)

    def _open_in_handout(self) -> None:
        if self.left.currentWidget() is self.card_view:
            self.card_view.handout_button.click()

    # --- a vote at the counter ---------------------------------------------------

    def start_vote(self) -> None:
        """The shown household votes: checked again on the worker (eligible,
        not recorded by any channel), then the ballot dialog."""
        card = self.card_view.card
        if card is None or self.left.currentWidget() is not self.card_view:
            return
        if not self.card_view.vote_button.isVisible():  # F6 where no vote can be: say why
            if not self.card_view.can_record_votes:
                text = self.tr("A vote is recorded by the reception staff or the coordinator: "
                               "call them.")
            elif card.vote is not None:
                text = describe(VoteRefused("already_voted", at=card.vote.recorded_at,
                                            channel=card.vote.channel))
            else:
                text = describe(VoteRefused("poll_not_open" if card.open_poll is None
                                            else "not_eligible"))
            self._say(text, error=True)
            return
        db, actor, dwelling_id = self._db, self._actor, card.dwelling_id
        self._submit(lambda: polls.voter(db, actor, dwelling_id), self._show_ballot,
                     self._failed)

    def _show_ballot(self, voter: polls.Voter) -> None:
        dialog = BallotDialog(voter, self._submit, self._db, self._actor, self)
        self.ballot_dialog = dialog  # for the tests and the screenshots
        dialog.recorded.connect(lambda _at: self._say(
            self.tr("Recorded: the dwelling {ref} has voted.").format(ref=voter.landlord_ref),
            error=False))
        dialog.finished.connect(lambda _result: (
            self.window().activateWindow(),  # the keys (and the scanner) come back here
            self._load_card(voter.dwelling_id, self.card_view.person_id, focus=False),
            self.card_view.check_in_button.setFocus()))
        dialog.open()

    def _find_serial(self, code: str) -> handouts.SerialInfo | None:
        """On the worker: a decoder's or a computer's serial."""
        return handouts.find_serial(self._db, self._actor, code)

    def _open_serial(self, info: handouts.SerialInfo) -> None:
        """A serial scanned here: whose it is and since when (its household
        opens), or that it is in the stock."""
        what = (self.tr("Decoder {serial}") if info.kind == EquipmentKind.DECODER
                else self.tr("Computer {serial}")).format(serial=info.serial)
        if info.dwelling_id is None:
            self._refuse_scan(self.tr("{what}: not handed out ({state}).").format(
                what=what, state=labels.equipment_state(info.state)))
            return
        self.open_household(info.dwelling_id)
        self._say(self.tr("{what}: with {ref} since {date}.").format(
            what=what, ref=info.landlord_ref, date=info.since.strftime("%d/%m/%Y")),
            error=False)

    def _route_typed_code(self) -> None:
        code = self.code_edit.text().strip()
        if code:
            self._typed_code = code
            self.router.route(code)

    def _unknown_code(self, code: str) -> None:
        self._refuse_scan(self.tr("Unknown code: « {code} ». Nothing was opened.").format(
            code=code))

    def _refuse_scan(self, text: str) -> None:
        """A code that opens nothing also closes the card shown before it: the
        next act (an arrival, a vote) must never go to the previous household."""
        sounds.play(sounds.ERROR)
        if self.left.currentWidget() is not self.results_page:
            self.left.setCurrentWidget(self.results_page)
            self.search_edit.setFocus()  # where the next scan or name goes
        self._say(text, error=True)
