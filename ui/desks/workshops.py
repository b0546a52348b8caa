"""Ateliers (coordinator, reception): the centre's workshops — one-off or a
weekly series —, who is registered and who waits, a person signed up (from
the workshop, or from a household's card at Accueil) with the slip printed
at once, a sign-up cancelled (the first waiting person moves up and the
screen says who), the attendance sheet on A4, and today's attendance ticked
by hand or by scanning the slips.

The desk is a list of sections on the left, like the Stock desk: SECTIONS
says which; the needs survey and the Visa Internet plug in there.

Every lookup and write goes through the window's runner."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.domain.enums import SignupStatus
from app.domain.errors import FileNotWritten, GuichetError, WorkshopRefused
from app.domain.roles import Permission, allows
from app.messages import describe
from app.services import documents, households, workshops
from ui import file_dialogs, sounds
from ui.desks import DeskContext
from ui.household_model import HouseholdHitModel, results_view
from ui.print_path import PrintController
from ui.rows_model import RowsModel
from ui.scanner import ScannerInput, ScanRouter, workshop_code_lookup
from ui.widgets import (
    AnswerBanner,
    day_first,
    form_dialog,
    message_line,
    show_message,
    table_view,
)

DATE_FORMAT = "dd/MM/yyyy"  # digits typed straight in (a weekday in front stops them)

_STYLE = """
QListWidget#workshopSections { font-size: 18px; }
QListWidget#workshopSections::item { padding: 12px 10px; }
QLabel#workshopFacts { font-size: 15px; }
QLineEdit#workshopScan { font-size: 22px; padding: 6px; }
QListWidget#attendance { font-size: 18px; }
QListWidget#attendance::item { padding: 2px 4px; min-height: 40px; }
QListWidget#attendance::indicator { width: 28px; height: 28px; }
"""

# (key, title, module, class): the desk's sections, in order, each page built
# with the desk's DeskContext (the needs survey and the Visa Internet live
# in their own modules, also opened from a household's card)
SECTIONS: tuple[tuple[str, Callable[[], str], str, str], ...] = (
    ("workshops", lambda: QCoreApplication.translate("WorkshopsDesk", "Workshops"),
     "ui.desks.workshops", "WorkshopsPage"),
    ("needs", lambda: QCoreApplication.translate("WorkshopsDesk", "Needs"),
     "ui.needs", "NeedsPage"),
    ("visa", lambda: QCoreApplication.translate("WorkshopsDesk", "Visa Internet"),
     "ui.visa", "VisaPage"),
)


def _day(value: datetime) -> str:
    from app.documents.labels import DAYS

    return f"{DAYS[value.weekday()]} {value:%d/%m} {value:%H:%M}"


class WorkshopModel(RowsModel):
    """Upcoming first: the title over « 5 inscrits sur 8 · 2 en attente », the
    next session's day over its time (two lines: the list fits 1024 px)."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Workshop"), self.tr("Next session"))

    def places(self, row: workshops.WorkshopRow) -> str:
        if row.cancelled:
            return self.tr("cancelled")
        places = self.tr("%n registered of {capacity}", "", row.registered).format(
            capacity=row.capacity)
        if row.free == 0:
            places += " · " + self.tr("full")
        if row.waiting:
            places += " · " + self.tr("%n waiting", "", row.waiting)
        return places

    def display(self, row: workshops.WorkshopRow, column: int) -> str:
        if column == 0:  # two lines, each cut to the column by the view (« … »)
            return f"{row.title}\n{self.places(row)}"
        start = row.next_start or row.last_start
        if start is None:
            return "—"
        from app.documents.labels import DAYS

        return f"{DAYS[start.weekday()]} {start:%d/%m}\n{start:%H:%M}"

    def foreground(self, row: workshops.WorkshopRow, column: int) -> QColor | None:
        if row.cancelled:
            return QColor("#8a8a8a")
        if column == 0 and row.free == 0:
            return QColor("#c62828")  # full: the next ones wait
        return None


class SignupModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return ("", self.tr("Name"), self.tr("Reference"), self.tr("Present"))

    def display(self, row: workshops.SignupView, column: int) -> str:
        if column == 0:
            return str(row.rank) if row.rank else ""
        if column == 1:
            moved = " ↑" if row.promoted_at is not None else ""
            return (row.name or "—") + moved
        if column == 2:
            return row.landlord_ref
        return str(len(row.present_at)) if row.present_at else ""


class NewWorkshopDialog(QDialog):
    """A workshop: one session, or a weekly series (public holidays skipped)."""

    chosen = Signal(object)  # a dict of create_workshop's arguments

    def __init__(self, day: date, topics: list[workshops.TopicChoice],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New workshop"))
        self.setMinimumWidth(560)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. First steps with the computer"))
        self.topic = QComboBox()
        self.topic.addItem(self.tr("(no theme)"), None)
        for topic in topics:
            self.topic.addItem(topic.label, topic.id)
        self.place = QLineEdit(self.tr("Multimedia room"))
        self.facilitator = QLineEdit()
        self.facilitator.setPlaceholderText(self.tr("Who leads it (optional)"))
        self.capacity = QSpinBox()
        self.capacity.setRange(1, workshops.MAX_CAPACITY)
        self.capacity.setValue(8)
        self.day = QDateEdit(QDate(day))
        self.day.setDisplayFormat(DATE_FORMAT)
        day_first(self.day)
        self.day.setCalendarPopup(True)
        self.start = QTimeEdit(QTime(14, 0))
        self.start.setDisplayFormat("HH:mm")
        self.end = QTimeEdit(QTime(16, 0))
        self.end.setDisplayFormat("HH:mm")
        times = QHBoxLayout()
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times.addStretch(1)
        self.weekly = QCheckBox(self.tr("Every week, number of sessions:"))
        self.sessions = QSpinBox()
        self.sessions.setRange(2, workshops.MAX_SESSIONS)
        self.sessions.setValue(4)
        self.sessions.setEnabled(False)
        self.weekly.toggled.connect(self.sessions.setEnabled)
        weekly = QHBoxLayout()
        weekly.addWidget(self.weekly)
        weekly.addWidget(self.sessions)
        weekly.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Theme"), self.topic)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Facilitator"), self.facilitator)
        form.addRow(self.tr("Places"), self.capacity)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Time"), times)
        form.addRow("", weekly)
        note = QLabel(self.tr("French public holidays are skipped: the series goes on the "
                              "week after."))
        note.setObjectName("factCaption")
        note.setWordWrap(True)
        form.addRow("", note)
        self.error = message_line(2)
        self.ok_button = form_dialog(self, form, self.tr("Create"), self.error)
        self.ok_button.clicked.connect(self._ok)

    def _ok(self) -> None:
        start = datetime.combine(self.day.date().toPython(), self.start.time().toPython())
        self.chosen.emit({
            "title": self.title.text(), "place": self.place.text(),
            "capacity": self.capacity.value(), "first_start": start,
            "ends": self.end.time().toPython(),
            "sessions": self.sessions.value() if self.weekly.isChecked() else 1,
            "topic_id": self.topic.currentData(), "facilitator": self.facilitator.text()})


class SignUpDialog(QDialog):
    """A person into the chosen workshop: the household by its name, then
    which of its members (the slip prints)."""

    chosen = Signal(int)  # person id

    def __init__(self, context: DeskContext, row: workshops.WorkshopRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = context.db, context.actor
        self._submit = context.runner.bound(self)
        self.setWindowTitle(self.tr("Sign someone up"))
        self.setMinimumSize(640, 520)
        if row.free:
            said = self.tr("{title}: %n place(s) left.", "", row.free)
        else:
            said = self.tr("{title} is full: the person goes on the waiting list.")
        intro = QLabel(said.format(title=row.title))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, address or reference of the household"))
        self.hits = HouseholdHitModel()
        self.results = results_view(self.hits)
        self.results.setMinimumHeight(220)  # a few households at once
        self.member = QComboBox()
        member_row = QHBoxLayout()
        member_row.addWidget(QLabel(self.tr("Who")))
        member_row.addWidget(self.member, 1)
        layout = QVBoxLayout()
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addLayout(member_row)
        self.error = message_line(2)
        self.ok_button = form_dialog(self, layout, self.tr("Sign up and print the slip"),
                                     self.error)
        self.ok_button.setDefault(False)
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self._ok)
        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(lambda: self.results.setFocus())
        self.results.activated.connect(lambda _index: self.member.setFocus())
        self.results.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._members(current.row()))
        self._generation = 0
        self._members_asked = -1

    def _find(self, text: str) -> None:
        self._generation += 1
        generation = self._generation
        db, actor = self._db, self._actor

        def shown(hits: list[households.HouseholdHit]) -> None:
            if generation == self._generation:
                self.hits.set_hits(hits)
                self.member.clear()
                self._members_asked = -1
                show_message(self.error, self.tr("Nobody found for « {text} »: try the "
                                                 "reference or the street.").format(
                    text=text.strip()) if text.strip() and not hits else "", error=True)
                if hits:
                    self.results.selectRow(0)
                    self._members(0)

        if text.strip():
            self._submit(lambda: households.search_households(db, actor, text), shown,
                         lambda error: show_message(self.error, describe(error), error=True))
        else:
            shown([])

    def _members(self, row: int) -> None:
        if row < 0 or row >= self.hits.rowCount() or row == self._members_asked:
            return
        self._members_asked = row
        hit = self.hits.hit(row)
        db, actor = self._db, self._actor

        def shown(people: list[workshops.Member]) -> None:
            if self._members_asked != row:
                return
            self.member.clear()
            for person in people:
                self.member.addItem(person.name, person.person_id)
            chosen = self.member.findData(hit.person_id)
            if chosen >= 0:
                self.member.setCurrentIndex(chosen)

        self._submit(lambda: workshops.members(db, actor, hit.dwelling_id), shown,
                     lambda error: show_message(self.error, describe(error), error=True))

    def _ok(self) -> None:
        if self.member.currentData() is None:
            show_message(self.error, self.tr("Find the household first: type its name, then "
                                             "choose the person."), error=True)
            self.search.setFocus()
            return
        self.chosen.emit(self.member.currentData())


class AttendanceList(QListWidget):
    """Today's registered people, a big box each: ticked = present."""

    toggled = Signal(int, bool)  # sign-up id, present

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("attendance")
        self._filling = False
        self.itemChanged.connect(self._changed)

    def fill(self, people: tuple[workshops.SignupView, ...], session_id: int) -> None:
        self._filling = True
        self.clear()
        for person in people:
            item = QListWidgetItem(f"{person.name} ({person.landlord_ref})")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if session_id in person.present_at
                               else Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.addItem(item)
        self._filling = False

    def present(self) -> list[str]:
        return [self.item(n).text() for n in range(self.count())
                if self.item(n).checkState() == Qt.CheckState.Checked]

    def _changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self.toggled.emit(item.data(Qt.ItemDataRole.UserRole),
                              item.checkState() == Qt.CheckState.Checked)


class WorkshopsPage(QWidget):
    """The Ateliers section: the list, the chosen workshop, today's attendance."""

    refreshed = Signal()
    answered = Signal(str, str)  # tone, headline
    signed_up = Signal(object)  # workshops.SignedUp
    saved = Signal(Path)

    REFRESH_ON = frozenset({"workshop", "workshop_signup", "workshop_attendance", "visit",
                            "database"})

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._db, self._actor = context.db, context.actor
        self._submit = context.runner.bound(self)
        self._selected: int | None = None
        self._for: tuple[int, str] | None = None  # a person sent by the counter
        self.detail: workshops.WorkshopDetail | None = None
        self.banner = AnswerBanner(84)
        self.past_box = QCheckBox(self.tr("Past workshops"))
        self.new_button = QPushButton(self.tr("New workshop…"))
        self.model = WorkshopModel()
        self.list_view = table_view(self.model)
        self.list_view.verticalHeader().setDefaultSectionSize(60)
        self.list_view.setWordWrap(False)  # two lines, each cut with « … »: the places always show
        self.list_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.list_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.list_view.horizontalHeader().setStretchLastSection(False)
        left = QVBoxLayout()  # the workshops and what is done to one
        left.addWidget(self.past_box)
        left.addWidget(self.list_view, 1)
        left.addWidget(self.new_button)

        self.facts = QLabel()
        self.facts.setObjectName("workshopFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.registered = SignupModel()
        self.registered_view = table_view(self.registered)
        self.waiting = SignupModel()
        self.waiting_view = table_view(self.waiting)
        for view in (self.registered_view, self.waiting_view):  # the name takes what is left
            header = view.horizontalHeader()
            header.setStretchLastSection(False)
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.scan_field = QLineEdit()
        self.scan_field.setObjectName("workshopScan")
        self.scan_field.setPlaceholderText(self.tr("Scan a slip (or type its 14 digits, "
                                                   "then Enter)"))
        self.attendance = AttendanceList()
        self.attendance.setMinimumHeight(90)
        self.attendance.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.attendance.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.today_caption = QLabel()
        self.today_caption.setWordWrap(True)
        today_page = QWidget()
        today_box = QVBoxLayout(today_page)
        today_box.addWidget(self.today_caption)
        today_box.addWidget(self.scan_field)
        today_box.addWidget(self.attendance, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.registered_view, "")
        self.tabs.addTab(self.waiting_view, "")
        self.tabs.addTab(today_page, self.tr("Today's attendance"))
        self.sign_up_button = QPushButton(self.tr("Sign someone up…"))
        self.sign_up_button.setObjectName("primaryButton")
        self.cancel_signup_button = QPushButton(self.tr("Cancel the sign-up…"))
        self.slip_button = QPushButton(self.tr("Reprint the slip"))
        self.slip_button.setToolTip(self.tr("The selected person's slip, printed again"))
        self.sheet_button = QPushButton(self.tr("Attendance sheet"))
        self.sheet_button.setToolTip(self.tr("The names and a column to sign, on A4"))
        self.cancel_workshop_button = QPushButton(self.tr("Cancel the workshop…"))
        self.capacity_button = QPushButton(self.tr("Change the places…"))
        self.capacity_button.setToolTip(
            self.tr("How many people may come: more places move the waiting list up"))
        self.cancel_session_button = QPushButton(self.tr("Cancel one session…"))
        acts = QGridLayout()  # the people signed up: the desk fits a 1024×768 screen
        self.needs_button = QPushButton(self.tr("Needs…"))
        self.needs_button.setToolTip(self.tr("What the selected person would like to learn "
                                             "(the needs survey)"))
        acts.addWidget(self.sign_up_button, 0, 0, 1, 3)
        acts.addWidget(self.cancel_signup_button, 1, 0)
        acts.addWidget(self.slip_button, 1, 1)
        acts.addWidget(self.needs_button, 1, 2)
        left.addWidget(self.sheet_button)
        more = QHBoxLayout()
        more.addWidget(self.capacity_button)
        more.addWidget(self.cancel_session_button)
        left.addLayout(more)
        left.addWidget(self.cancel_workshop_button)
        for button in (self.cancel_signup_button, self.slip_button, self.needs_button,
                       self.sheet_button,
                       self.cancel_workshop_button, self.capacity_button,
                       self.cancel_session_button):
            button.setObjectName("secondaryAct")
        right = QVBoxLayout()
        right.addWidget(self.facts)
        right.addWidget(self.tabs, 1)
        right.addLayout(acts)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)

        self.printer = PrintController(self._db, self._actor, context.runner, self)
        self.printer.printed.connect(lambda _id, printer: self.say(
            "ok", self._printed_headline or self.tr("Slip printed."),
            self.tr("Slip printed on {printer}: give it to the person.").format(
                printer=printer)))
        self.printer.failed.connect(lambda _id, error: self.say(
            "warn", self._printed_headline or self.tr("Signed up all the same."),
            describe(error)))
        self._printed_headline = ""
        # a slip scanned here ticks its person (and checks the household in)
        self.router = ScanRouter(context.runner, self)
        self.router.register("workshop_code", workshop_code_lookup(self._db, self._actor),
                             self._scanned)
        self.router.unknown.connect(lambda code: self._buzz(
            self.tr("Not a workshop slip: {code}").format(code=code),
            self.tr("Scan the QR code of a workshop slip, or type its 14 digits.")))
        self.scanner = ScannerInput(self.router, self)
        self.scanner.blocked.connect(lambda _code: self._buzz(
            self.tr("Scan ignored"), self.tr("Close the open window first, then scan again.")))
        self.scan_field.returnPressed.connect(self._typed_code)

        self.past_box.toggled.connect(lambda _on: self.refresh())
        self.list_view.selectionModel().selectionChanged.connect(self._chosen)
        self.registered_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.waiting_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.tabs.currentChanged.connect(self._update_buttons)
        self.new_button.clicked.connect(self.ask_new)
        self.sign_up_button.clicked.connect(self.ask_sign_up)
        self.cancel_signup_button.clicked.connect(self.ask_cancel_signup)
        self.slip_button.clicked.connect(self.reprint_slip)
        self.needs_button.clicked.connect(self.ask_needs)
        self.sheet_button.clicked.connect(lambda: self.print_sheet())
        self.cancel_workshop_button.clicked.connect(self.ask_cancel_workshop)
        self.capacity_button.clicked.connect(self.ask_capacity)
        self.cancel_session_button.clicked.connect(self.ask_cancel_session)
        self.attendance.toggled.connect(self.set_present)
        context.runner.changed.connect(
            lambda topics: self.refresh() if topics & self.REFRESH_ON and self.isVisible()
            else None)
        self._welcome()
        self._show_detail(None)

    # --- reading -------------------------------------------------------------------

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        """In the desk's scroll area, the page takes the height it is given
        (its lists shrink), never the height its wrapped labels would like."""
        return self.minimumSizeHint().height()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.scanner.set_active(True)
        self.refresh()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.scanner.set_active(False)
        if self._for is not None:  # left for another desk: the next sign-up is anyone's
            self._person_done()
            self._welcome()
        super().hideEvent(event)

    def refresh(self) -> None:
        db, actor, past = self._db, self._actor, self.past_box.isChecked()

        def shown(rows: list[workshops.WorkshopRow]) -> None:
            keep = self._selected
            self.model.set_rows(rows)
            row = next((n for n, r in enumerate(rows) if r.id == keep), 0 if rows else -1)
            if row >= 0:
                self.list_view.selectRow(row)
            self._chosen()

        self._submit(lambda: workshops.list_workshops(db, actor, past), shown, self._refused)

    def selected_workshop(self) -> workshops.WorkshopRow | None:
        rows = self.list_view.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def selected_signup(self) -> workshops.SignupView | None:
        view = self.waiting_view if self.tabs.currentWidget() is self.waiting_view \
            else self.registered_view
        model = self.waiting if view is self.waiting_view else self.registered
        rows = view.selectionModel().selectedRows()
        return model.row(rows[0].row()) if rows else None

    def _chosen(self, *_args: object) -> None:
        row = self.selected_workshop()
        self._selected = row.id if row else None
        if row is None:
            self._show_detail(None)
            self.refreshed.emit()
            return
        db, actor, workshop_id = self._db, self._actor, row.id

        def shown(detail: workshops.WorkshopDetail) -> None:
            if self._selected == workshop_id:
                self._show_detail(detail)
            self.refreshed.emit()

        self._submit(lambda: workshops.detail(db, actor, workshop_id), shown, self._refused)

    def _show_detail(self, detail: workshops.WorkshopDetail | None) -> None:
        self.detail = detail
        if detail is None:
            self.facts.setText(self.tr("No workshop yet: « New workshop… » creates one."))
            self.registered.set_rows([])
            self.waiting.set_rows([])
            self.attendance.fill((), 0)
        else:
            w = detail.workshop
            lines = [f"<b>{w.title}</b>" + (f" — {w.topic}" if w.topic else "")]
            where = w.place + (" · " + self.tr("with {name}").format(name=w.facilitator)
                               if w.facilitator else "")
            lines.append(where)
            dates = ", ".join(
                (f"<s>{_day(s.starts_at)}</s>" if s.cancelled else _day(s.starts_at))
                for s in detail.sessions)
            lines.append(self.tr("%n session(s): ", "", len(detail.sessions)) + dates)
            if w.cancelled:
                lines.append("<b>" + self.tr("Cancelled: %n person(s) to tell.", "",
                                             len(detail.called_off)) + "</b>")
            self.facts.setText("<br>".join(lines))
            shown = detail.called_off if w.cancelled else detail.registered
            self.registered.set_rows(list(shown))
            self.waiting.set_rows(list(detail.waiting))
            today = detail.today(clock.now().date())
            if today is None:
                self.today_caption.setText(self.tr("No session of this workshop today."))
                self.attendance.fill((), 0)
            else:
                self.today_caption.setText(
                    self.tr("Today {start}–{end}: tick who is there, or scan the "
                            "slips.").format(start=today.starts_at.strftime("%H:%M"),
                                                   end=today.ends_at.strftime("%H:%M")))
                self.attendance.fill(detail.registered, today.id)
        registered = len(detail.registered) if detail else 0
        waiting = len(detail.waiting) if detail else 0
        self.tabs.setTabText(0, self.tr("Registered ({count})").format(count=registered))
        self.tabs.setTabText(1, self.tr("Waiting ({count})").format(count=waiting))
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        row = self.detail.workshop if self.detail else None
        live = row is not None and not row.cancelled and row.next_start is not None
        signup = self.selected_signup() if self.tabs.currentIndex() < 2 else None
        active = live and signup is not None and signup.status != SignupStatus.CANCELLED
        self.sign_up_button.setEnabled(live)
        self.cancel_signup_button.setEnabled(active)
        self.slip_button.setEnabled(active)
        # today's attendance needs the room: a person's acts belong to the lists
        on_lists = self.tabs.currentIndex() < 2
        self.cancel_signup_button.setVisible(on_lists)
        self.slip_button.setVisible(on_lists)
        self.needs_button.setVisible(on_lists)
        self.needs_button.setEnabled(signup is not None
                                     and allows(self._actor.role, Permission.RECORD_NEEDS))
        self.sheet_button.setEnabled(row is not None and not row.cancelled)
        self.cancel_workshop_button.setEnabled(live)
        self.capacity_button.setEnabled(live)
        # a session of a series: the last one left is the workshop's own cancellation
        held = [x for x in (self.detail.sessions if self.detail else ()) if not x.cancelled]
        self.cancel_session_button.setEnabled(live and bool(self._sessions_to_come())
                                              and len(held) > 1)

    def _sessions_to_come(self) -> list[workshops.SessionView]:
        now = clock.now()
        return [x for x in (self.detail.sessions if self.detail else ())
                if not x.cancelled and x.present == 0 and x.starts_at > now]

    # --- saying ----------------------------------------------------------------------

    def _welcome(self) -> None:
        self.say("info", self.tr("Choose a workshop, then « Sign someone up… »."),
                 self.tr("The slip prints at once; scanning it on the day records the "
                         "attendance."))

    def say(self, tone: str, headline: str, detail: str = "") -> None:
        self.banner.say(tone, headline, detail)
        self.answered.emit(tone, headline)

    def _buzz(self, headline: str, detail: str) -> None:
        sounds.play(sounds.ERROR)
        self.say("error", headline, detail)

    def _refused(self, error: GuichetError) -> None:
        self._buzz(self.tr("Refused: nothing was recorded"), describe(error))

    # --- workshops ---------------------------------------------------------------------

    def ask_new(self) -> None:
        db, actor = self._db, self._actor

        def shown(topics: list[workshops.TopicChoice]) -> None:
            self.new_dialog = NewWorkshopDialog(clock.now().date() + timedelta(days=7),
                                                topics, self)
            self.new_dialog.chosen.connect(self.create)
            self.new_dialog.open()
            self.new_dialog.title.setFocus()

        self._submit(lambda: workshops.topics(db, actor), shown, self._refused)

    def create(self, args: dict) -> None:  # type: ignore[type-arg]
        db, actor, dialog = self._db, self._actor, self.new_dialog

        def done(made: workshops.WorkshopCreated) -> None:
            dialog.accept()
            skipped = ", ".join(f"{k.starts_at:%d/%m} ({k.holiday})" for k in made.skipped)
            self.say("ok", self.tr("Workshop created: %n session(s).", "", len(made.starts)),
                     self.tr("Skipped (public holidays): {days}").format(days=skipped)
                     if skipped else "")
            self._selected = made.workshop_id
            if self.past_box.isChecked():
                self.past_box.setChecked(False)  # refreshes
            else:
                self.refresh()

        self._submit(lambda: workshops.create_workshop(db, actor, **args), done,
                     lambda error: show_message(dialog.error, describe(error), error=True))

    def ask_cancel_workshop(self) -> None:
        from ui.dialogs import ActDialog

        row = self.selected_workshop()
        if row is None:
            return
        reason = QLineEdit()
        reason.setPlaceholderText(self.tr("e.g. the facilitator is ill"))
        self.cancel_dialog = ActDialog(
            self.tr("Cancel the workshop"),
            self.tr("« {title} » is cancelled with its %n sign-up(s): tell them.", "",
                    row.registered + row.waiting).format(title=row.title),
            [(self.tr("Why"), reason)], self.tr("Cancel the workshop"), self)
        db, actor = self._db, self._actor
        self.cancel_dialog.chosen.connect(lambda values: self._submit(
            lambda: workshops.cancel_workshop(db, actor, row.id, values[0]),
            lambda count: (self.say("ok", self.tr("Workshop cancelled."),
                                    self.tr("%n person(s) to tell: their names stay listed.",
                                            "", count)), self.refresh()),
            lambda error: show_message(self.cancel_dialog.error, describe(error),
                                       error=True)))
        self.cancel_dialog.open()
        reason.setFocus()

    def ask_needs(self) -> None:
        """The needs survey for the person chosen in the lists (in a workshop,
        people say what they would like to learn next)."""
        from ui.needs import NeedsDialog

        signup = self.selected_signup()
        if signup is None:
            return
        self.needs_dialog = NeedsDialog(self._context, signup.person_id, signup.name, self)
        self.needs_dialog.saved.connect(lambda _person: self.say(
            "ok", self.tr("Needs saved for {name}.").format(name=signup.name)))
        self.needs_dialog.open()

    def ask_capacity(self) -> None:
        from ui.dialogs import ActDialog

        row = self.selected_workshop()
        if row is None:
            return
        places = QSpinBox()  # typed or stepped: no long list over the screen
        places.setRange(max(row.registered, 1), workshops.MAX_CAPACITY)
        places.setValue(row.capacity)
        self.capacity_dialog = ActDialog(
            self.tr("Change the places"),
            self.tr("« {title} »: %n person(s) registered. Places added go to the waiting "
                    "list first, in order.", "", row.registered).format(title=row.title),
            [(self.tr("Places"), places)], self.tr("Change the places"), self)
        db, actor = self._db, self._actor

        def done(moved: tuple[workshops.MovedUp, ...]) -> None:
            names = ", ".join(m.name for m in moved)
            self.say("ok", self.tr("Places changed."),
                     self.tr("Moved up from the waiting list: {names}. Tell them.").format(
                         names=names) if moved else "")
            self.refresh()

        self.capacity_dialog.chosen.connect(lambda values: self._submit(
            lambda: workshops.set_capacity(db, actor, row.id, int(values[0])), done,
            lambda error: self._refused(error)))
        self.capacity_dialog.open()

    def ask_cancel_session(self) -> None:
        from ui.dialogs import ActDialog

        row = self.selected_workshop()
        to_come = self._sessions_to_come()
        if row is None or not to_come:
            return
        which = QComboBox()
        for session in to_come:
            which.addItem(_day(session.starts_at), str(session.id))
        self.session_dialog = ActDialog(
            self.tr("Cancel one session"),
            self.tr("The other sessions of « {title} » are held; tell the people "
                    "registered.").format(title=row.title),
            [(self.tr("Session"), which)], self.tr("Cancel this session"), self)
        db, actor = self._db, self._actor
        self.session_dialog.chosen.connect(lambda values: self._submit(
            lambda: workshops.cancel_session(db, actor, int(values[0])),
            lambda _none: (self.say("ok", self.tr("Session cancelled."),
                                    self.tr("Tell the people registered.")), self.refresh()),
            lambda error: self._refused(error)))
        self.session_dialog.open()

    # --- sign-ups ------------------------------------------------------------------------

    def sign_up_for(self, person_id: int, name: str) -> None:
        """From a household's card: the next « Sign up » is for this person."""
        self._for = (person_id, name)
        self.sign_up_button.setText(self.tr("Sign up {name}").format(name=name))
        self.say("info", self.tr("A workshop for {name}: choose it in the list.").format(
            name=name), self.tr("Then « Sign up {name} »: the slip prints.").format(name=name))
        if self.past_box.isChecked():
            self.past_box.setChecked(False)
        else:
            self.refresh()

    def _person_done(self) -> None:
        self._for = None
        self.sign_up_button.setText(self.tr("Sign someone up…"))

    def ask_sign_up(self) -> None:
        row = self.selected_workshop()
        if row is None or not self.sign_up_button.isEnabled():
            return
        if self._for is not None:
            self.sign_up(row.id, self._for[0])
            return
        self.sign_up_dialog = SignUpDialog(self._context, row, self)
        self.sign_up_dialog.chosen.connect(lambda person_id: self.sign_up(row.id, person_id))
        self.sign_up_dialog.open()
        self.sign_up_dialog.search.setFocus()

    def sign_up(self, workshop_id: int, person_id: int) -> None:
        """Signed up, the slip stored with it and sent to this PC's slip printer."""
        db, actor = self._db, self._actor
        dialog = getattr(self, "sign_up_dialog", None)

        def done(signed: workshops.SignedUp) -> None:
            if dialog is not None and dialog.isVisible():
                dialog.accept()
            self._person_done()
            sounds.play(sounds.OK)
            if signed.status == SignupStatus.WAITING:
                place = "1re" if signed.rank == 1 else f"{signed.rank}e"
                headline = self.tr("{name}: waiting list, {rank}").format(
                    name=signed.name, rank=place)
            else:
                headline = self.tr("{name}: registered").format(name=signed.name)
            self._printed_headline = headline
            self.say("ok", headline, self.tr("The slip is printing: give it to the person."))
            self.signed_up.emit(signed)
            self.printer.print_document(signed.document_id)
            self.refresh()

        def refused(error: GuichetError) -> None:
            if dialog is not None and dialog.isVisible():
                show_message(dialog.error, describe(error), error=True)
                return
            self._refused(error)

        self._submit(lambda: workshops.sign_up(db, actor, workshop_id, person_id), done,
                     refused)

    def ask_cancel_signup(self) -> None:
        from ui.dialogs import ActDialog

        signup = self.selected_signup()
        if signup is None:
            return
        reason = QLineEdit()
        reason.setPlaceholderText(self.tr("e.g. the person phoned"))
        intro = self.tr("The sign-up of {name} will be cancelled; its slip will then be "
                        "refused if scanned.").format(name=signup.name)
        if signup.status == SignupStatus.REGISTERED and self.waiting.rowCount():
            intro += " " + self.tr("The first person waiting takes the place.")
        self.cancel_signup_dialog = ActDialog(self.tr("Cancel the sign-up"), intro,
                                              [(self.tr("Why"), reason)],
                                              self.tr("Cancel the sign-up"), self)
        self.cancel_signup_dialog.chosen.connect(
            lambda values: self.cancel_signup(signup.id, values[0]))
        self.cancel_signup_dialog.open()
        reason.setFocus()

    def cancel_signup(self, signup_id: int, reason: str) -> None:
        db, actor = self._db, self._actor
        dialog = getattr(self, "cancel_signup_dialog", None)

        def done(result: workshops.SignupCancelled) -> None:
            if dialog is not None and dialog.isVisible():
                dialog.accept()
            sounds.play(sounds.OK)
            up = result.moved_up
            if up is not None:
                self.say("ok", self.tr("Sign-up cancelled: {name} moves up from the waiting "
                                       "list").format(name=up.name),
                         self.tr("Tell {name} ({ref}): the same slip is valid now.").format(
                             name=up.name, ref=up.landlord_ref))
            else:
                self.say("ok", self.tr("Sign-up cancelled."))
            self.refresh()

        def refused(error: GuichetError) -> None:
            if dialog is not None and dialog.isVisible():
                show_message(dialog.error, describe(error), error=True)
                return
            self._refused(error)

        self._submit(lambda: workshops.cancel_signup(db, actor, signup_id, reason), done,
                     refused)

    def reprint_slip(self) -> None:
        signup = self.selected_signup()
        if signup is None:
            return
        db, actor = self._db, self._actor
        self._printed_headline = self.tr("Slip of {name}").format(name=signup.name)
        self._submit(lambda: workshops.reprint_slip(db, actor, signup.id),
                     self.printer.print_document, self._refused)

    # --- the attendance sheet --------------------------------------------------------------

    def print_sheet(self, target: Path | None = None, whole_series: bool | None = None) -> None:
        """The attendance sheet (today's session if there is one, else every
        session) on this PC's A4 printer; with none chosen (or a target
        given), saved as a PDF to print elsewhere."""
        from app.documents.workshops import attendance_sheet_a4
        from ui.print_path import a4_printer, print_pdf

        detail = self.detail
        if detail is None:
            return
        today = detail.today(clock.now().date())
        session_id = None if whole_series or today is None else today.id
        db, actor, workshop_id = self._db, self._actor, detail.workshop.id
        from app.services import housekeeping

        folder = housekeeping.local_folder(db)
        printer = "" if target is not None else a4_printer(folder)
        if not printer and target is None:
            target = file_dialogs.save_file(self, self.tr("The attendance sheet"),
                                            f"emargement-atelier-{workshop_id}.pdf",
                                            self.tr("PDF (*.pdf)"))
            if target is None:
                return

        def work() -> str:
            header = documents.header(db, actor)
            pdf = attendance_sheet_a4(
                workshops.attendance_sheet(db, actor, workshop_id, session_id), header)
            if printer:
                print_pdf(pdf, printer, f"guichet-emargement-{workshop_id}")
                return printer
            try:
                target.write_bytes(pdf)  # type: ignore[union-attr]
            except OSError as exc:
                raise FileNotWritten.from_os(target, exc) from exc  # type: ignore[arg-type]
            return str(target)

        self._submit(work, lambda where: (
            self.say("ok", self.tr("Attendance sheet ready"), where),
            self.saved.emit(Path(where)) if not printer else None), self._refused)

    # --- attendance ------------------------------------------------------------------------

    def set_present(self, signup_id: int, present: bool) -> None:
        detail = self.detail
        today = detail.today(clock.now().date()) if detail else None
        if today is None:
            return
        db, actor, session_id = self._db, self._actor, today.id

        def refused(error: GuichetError) -> None:
            self._refused(error)
            self.refresh()  # the box goes back to what is recorded

        name = next((p.name for p in detail.registered if p.id == signup_id), "")  # type: ignore[union-attr]

        def done(_changed: bool) -> None:
            sounds.play(sounds.OK)
            self.say("ok", (self.tr("{name}: present") if present else
                            self.tr("{name}: not present")).format(name=name))
            self.refresh()

        self._submit(lambda: workshops.set_present(db, actor, session_id, signup_id, present),
                     done, refused)

    def _typed_code(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.clear()
        if text:
            self.router.route(text)

    def _scanned(self, found: workshops.WorkshopCheckIn | WorkshopRefused) -> None:
        self.scan_field.clear()
        if isinstance(found, WorkshopRefused):
            self._buzz(self.tr("Slip refused"), describe(found))
            return
        sounds.play(sounds.OK)
        self.say("ok", self.tr("{name}: present").format(name=found.name),
                 self.tr("{title}, session of {time}; arrival recorded at Accueil.").format(
                     title=found.title, time=found.starts_at.strftime("%H:%M")))
        self._selected = found.workshop_id
        if self.past_box.isChecked():
            self.past_box.setChecked(False)
        else:
            self.refresh()
        self.tabs.setCurrentIndex(2)


class WorkshopsDesk(QWidget):
    """Ateliers (coordinator, reception): one section at a time, chosen on the left."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from importlib import import_module

        self.setStyleSheet(_STYLE)
        self.sections = QListWidget()
        self.sections.setObjectName("workshopSections")
        self.sections.setFixedWidth(170)
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.section_pages: dict[str, QWidget] = {}
        for key, title, module, factory in SECTIONS:
            page = getattr(import_module(module), factory)(context)
            self.section_pages[key] = page
            self.sections.addItem(title())
            scroll = QScrollArea()  # a small screen scrolls a section; the window keeps its size
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.pages.addWidget(scroll)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(20)
        layout.addWidget(self.sections)
        layout.addWidget(self.pages, 1)

    @property
    def workshops(self) -> WorkshopsPage:
        return self.section_pages["workshops"]  # type: ignore[return-value]

    def show_section(self, key: str) -> None:
        page = self.section_pages[key]
        self.sections.setCurrentRow(next(i for i in range(self.pages.count())
                                         if self.pages.widget(i).widget() is page))

    def sign_up_for(self, person_id: int, name: str) -> None:
        """From a household's card (Accueil): that person, into a workshop."""
        self.show_section("workshops")
        self.workshops.sign_up_for(person_id, name)
