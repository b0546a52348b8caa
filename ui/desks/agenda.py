"""Rendez-vous (coordinator, reception): the centre's slots by day or by
week, a household booked into a slot with its slip printed at once, a booking
moved or cancelled, the day's no-shows, new slots (one-off or weekly, public
holidays skipped), and the agenda exported for a phone (.ics).

Every lookup and write goes through the window's runner."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from app.documents.labels import DAYS
from app.domain import clock
from app.domain.enums import AppointmentKind, AppointmentStatus
from app.domain.errors import AppointmentRefused, FileNotWritten, GuichetError
from app.messages import describe
from app.services import appointments, documents, households
from ui import file_dialogs, sounds
from ui.desks import DeskContext
from ui.household_model import HouseholdHitModel, results_view
from ui.print_path import PrintController
from ui.rows_model import RowsModel
from ui.widgets import AnswerBanner, form_dialog, message_line, show_message, table_view

DATE_FORMAT = "ddd dd/MM/yyyy"


def kind_label(kind: AppointmentKind) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        AppointmentKind.DECODER_PICKUP: QCoreApplication.translate("Agenda", "Decoder pick-up"),
        AppointmentKind.COMPUTER_PICKUP: QCoreApplication.translate("Agenda",
                                                                    "Computer pick-up"),
        AppointmentKind.HELP_SESSION: QCoreApplication.translate("Agenda", "Help session"),
        AppointmentKind.CONTRACT_ADVICE: QCoreApplication.translate("Agenda",
                                                                    "Contract advice"),
        AppointmentKind.OTHER: QCoreApplication.translate("Agenda", "Other"),
    }[kind]


def status_label(status: AppointmentStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    return {
        AppointmentStatus.BOOKED: QCoreApplication.translate("Agenda", "booked"),
        AppointmentStatus.ATTENDED: QCoreApplication.translate("Agenda", "came"),
        AppointmentStatus.NO_SHOW: QCoreApplication.translate("Agenda", "did not come"),
        AppointmentStatus.CANCELLED: QCoreApplication.translate("Agenda", "cancelled"),
    }.get(status, status.value)


class SlotModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("For"), self.tr("Places"), self.tr("Place"))

    def display(self, row: appointments.SlotView, column: int) -> str:
        if column == 0:
            return f"{row.starts_at:%H:%M}–{row.ends_at:%H:%M}"
        if column == 1:
            return kind_label(row.kind)
        if column == 3:
            return row.place
        if row.cancelled:
            return self.tr("cancelled")
        return self.tr("%n free of {capacity}", "", row.free).format(capacity=row.capacity)

    def foreground(self, row: appointments.SlotView, column: int) -> QColor | None:
        if row.cancelled:
            return QColor("#8a8a8a")
        if column == 2:
            return QColor("#c62828") if row.free == 0 else QColor("#1e7d3a")
        return None


class BookingModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Household"), self.tr("Reference"), self.tr("State"), self.tr("Note"))

    def display(self, row: appointments.BookingView, column: int) -> str:
        return (row.household or "—", row.landlord_ref, status_label(row.status),
                row.note)[column]


class WeekModel(RowsModel):
    """One column a day, one line a slot: « 10:00 Décodeur 1/2 »."""

    def __init__(self) -> None:
        super().__init__()
        self.monday = date.today()
        self.days: list[list[appointments.SlotView]] = [[] for _ in range(7)]

    def set_week(self, monday: date, slots: list[appointments.SlotView]) -> None:
        self.monday = monday
        self.days = [[] for _ in range(7)]
        for slot in slots:
            self.days[(slot.starts_at.date() - monday).days].append(slot)
        self.set_rows(list(range(max((len(d) for d in self.days), default=0))))

    def headers(self) -> tuple[str, ...]:
        return tuple(f"{DAYS[i]} {self.monday + timedelta(days=i):%d/%m}" for i in range(7))

    def slot_at(self, row: int, column: int) -> appointments.SlotView | None:
        day = self.days[column]
        return day[row] if row < len(day) else None

    def display(self, row: int, column: int) -> str:
        slot = self.slot_at(row, column)
        if slot is None:
            return ""
        places = "×" if slot.cancelled else f"{slot.booked}/{slot.capacity}"
        return f"{slot.starts_at:%H:%M} · {places}\n{kind_label(slot.kind)}"

    def foreground(self, row: int, column: int) -> QColor | None:
        slot = self.slot_at(row, column)
        if slot is None or slot.cancelled:
            return QColor("#8a8a8a")
        return QColor("#c62828") if slot.free == 0 else None


class SlotsDialog(QDialog):
    """New slots: one, or one a week until a date (public holidays skipped)."""

    chosen = Signal(object)  # a dict of create_slots' arguments

    def __init__(self, day: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New slots"))
        self.setMinimumWidth(560)
        self.kind = QComboBox()
        for kind in AppointmentKind:
            self.kind.addItem(kind_label(kind), kind.value)
        self.place = QLineEdit(self.tr("Reception of the social centre"))
        self.day = QDateEdit(QDate(day))
        self.day.setDisplayFormat(DATE_FORMAT)
        self.day.setCalendarPopup(True)
        self.start = QTimeEdit(QTime(14, 0))
        self.start.setDisplayFormat("HH:mm")
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(30)
        self.minutes.setSuffix(" min")
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 50)
        self.capacity.setValue(1)
        self.weekly = QCheckBox(self.tr("Every week until"))
        self.until = QDateEdit(QDate(day + timedelta(weeks=8)))
        self.until.setDisplayFormat(DATE_FORMAT)
        self.until.setCalendarPopup(True)
        self.until.setEnabled(False)
        self.weekly.toggled.connect(self.until.setEnabled)
        weekly = QHBoxLayout()
        weekly.addWidget(self.weekly)
        weekly.addWidget(self.until, 1)
        form = QFormLayout()
        form.addRow(self.tr("For"), self.kind)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.tr("Time"), self.start)
        form.addRow(self.tr("Length"), self.minutes)
        form.addRow(self.tr("People per slot"), self.capacity)
        form.addRow("", weekly)
        note = QLabel(self.tr("French public holidays are skipped."))
        note.setObjectName("factCaption")
        form.addRow("", note)
        self.error = message_line(2)
        self.ok_button = form_dialog(self, form, self.tr("Create"), self.error)
        self.ok_button.clicked.connect(self._ok)

    def _ok(self) -> None:
        start = datetime.combine(self.day.date().toPython(), self.start.time().toPython())
        self.chosen.emit({
            "kind": AppointmentKind(self.kind.currentData()), "place": self.place.text(),
            "first_start": start, "minutes": self.minutes.value(),
            "capacity": self.capacity.value(),
            "weekly_until": self.until.date().toPython() if self.weekly.isChecked() else None})


class BookDialog(QDialog):
    """A household into the chosen slot: typed name, Enter, then the button
    (the slip prints). A second booking of a kind still pending asks why."""

    chosen = Signal(int, str, str)  # dwelling id, note, reason for a second one

    def __init__(self, context: DeskContext, slot: appointments.SlotView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = context.db, context.actor
        self._submit = context.runner.bound(self)
        self.setWindowTitle(self.tr("Book an appointment"))
        self.setMinimumSize(640, 520)
        intro = QLabel(self.tr("{kind}, {day} at {time}, {place}: %n place(s) left.", "",
                               slot.free).format(
            kind=kind_label(slot.kind), day=slot.starts_at.strftime("%d/%m/%Y"),
            time=slot.starts_at.strftime("%H:%M"), place=slot.place))
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, address or reference of the household"))
        self.hits = HouseholdHitModel()
        self.results = results_view(self.hits)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (optional)"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why a second appointment of this kind"))
        self.reason.hide()
        layout = QVBoxLayout()
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.reason)
        self.error = message_line(2)
        self.ok_button = form_dialog(self, layout, self.tr("Book and print the slip"), self.error)
        # Enter in the search goes to the results, Enter on a result to this button:
        # a household is chosen, never booked because it was listed first
        self.ok_button.setDefault(False)
        self.ok_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self._ok)
        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(lambda: self.results.setFocus())
        self.results.activated.connect(lambda _index: self.ok_button.setFocus())
        self._generation = 0

    def _find(self, text: str) -> None:
        self._generation += 1
        generation = self._generation
        db, actor = self._db, self._actor

        def shown(hits: list[households.HouseholdHit]) -> None:
            if generation == self._generation:
                self.hits.set_hits(hits)
                if hits:
                    self.results.selectRow(0)

        if text.strip():
            self._submit(lambda: households.search_households(db, actor, text), shown,
                         lambda error: show_message(self.error, describe(error), error=True))
        else:
            shown([])

    def ask_reason(self, text: str) -> None:
        self.reason.show()
        self.reason.setFocus()
        show_message(self.error, text, error=True)

    def _ok(self) -> None:
        index = self.results.currentIndex()
        if not self.hits.rowCount() or not index.isValid():
            show_message(self.error, self.tr("Find the household first: type its name."),
                         error=True)
            self.search.setFocus()
            return
        self.chosen.emit(self.hits.hit(index.row()).dwelling_id, self.note.text(),
                         self.reason.text() if self.reason.isVisible() else "")


class AgendaDesk(QWidget):
    """Rendez-vous, for the coordinator and the reception."""

    refreshed = Signal()
    answered = Signal(str, str)  # tone, headline
    booked = Signal(int)  # appointment id
    saved = Signal(Path)

    REFRESH_ON = frozenset({"appointment", "appointment_slot", "visit", "database"})

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._context = context
        self._db, self._actor = context.db, context.actor
        self._submit = context.runner.bound(self)
        self._selected_slot: int | None = None
        self._for: tuple[int, str] | None = None  # a household sent by the counter
        self._past_closed = False
        self.day_edit = QDateEdit(QDate(clock.now().date()))
        self.day_edit.setDisplayFormat(DATE_FORMAT)
        self.day_edit.setCalendarPopup(True)
        previous, following = QPushButton("◀"), QPushButton("▶")
        today = QPushButton(self.tr("Today"))
        self.week_box = QCheckBox(self.tr("Whole week"))
        self.new_button = QPushButton(self.tr("New slots…"))
        self.ics_button = QPushButton(self.tr("Export (.ics)…"))
        self.ics_button.setToolTip(self.tr("The next four weeks, for a phone's calendar (no "
                                           "names)"))
        top = QHBoxLayout()
        for widget in (previous, self.day_edit, following, today, self.week_box):
            top.addWidget(widget)
        top.addStretch(1)
        self.banner = AnswerBanner(84)

        # the day: its slots on the left, the chosen slot's bookings on the right
        self.slots = SlotModel()
        self.slot_view = table_view(self.slots)
        self.bookings = BookingModel()
        self.booking_view = table_view(self.bookings)
        self.book_button = QPushButton(self.tr("Book a household…"))
        self.book_button.setObjectName("primaryButton")
        self.slip_button = QPushButton(self.tr("Print the slip"))
        self.cancel_button = QPushButton(self.tr("Cancel the appointment…"))
        self.move_button = QPushButton(self.tr("Move…"))
        self.no_show_button = QPushButton(self.tr("Mark the day's no-shows"))
        self.cancel_slot_button = QPushButton(self.tr("Cancel the slot…"))
        self.list_button = QPushButton(self.tr("Print the day's list"))
        self.list_button.setToolTip(self.tr("Who comes when, on A4, for the counter"))
        left = QVBoxLayout()
        left.addWidget(self.slot_view, 1)
        slot_acts = QGridLayout()  # two by two: the desk fits a 1024 px screen
        for index, button in enumerate((self.new_button, self.no_show_button,
                                        self.list_button, self.cancel_slot_button,
                                        self.ics_button)):
            slot_acts.addWidget(button, index // 2, index % 2)
        left.addLayout(slot_acts)
        right = QVBoxLayout()
        right.addWidget(self.booking_view, 1)
        booking_acts = QGridLayout()
        booking_acts.addWidget(self.book_button, 0, 0, 1, 2)
        booking_acts.addWidget(self.slip_button, 1, 0)
        booking_acts.addWidget(self.move_button, 1, 1)
        booking_acts.addWidget(self.cancel_button, 2, 0, 1, 2)
        right.addLayout(booking_acts)
        for button in (self.new_button, self.no_show_button, self.ics_button, self.list_button,
                       self.cancel_slot_button, self.slip_button, self.move_button,
                       self.cancel_button):
            button.setObjectName("secondaryAct")  # smaller: the desk fits 1024 px
        day_page = QWidget()
        columns = QHBoxLayout(day_page)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        self.week = WeekModel()
        self.week_view = table_view(self.week)
        self.week_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week_view.verticalHeader().setDefaultSectionSize(58)
        self.week_view.setWordWrap(True)
        self.pages = QStackedWidget()
        self.pages.addWidget(day_page)
        self.pages.addWidget(self.week_view)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)

        self.printer = PrintController(self._db, self._actor, context.runner, self)
        self.printer.printed.connect(lambda _id, printer: self.say(
            "ok", self.tr("Slip printed on {printer}.").format(printer=printer)))
        self.printer.failed.connect(lambda _id, error: self.say(
            "warn", self._booked_headline or self.tr("Booked all the same."), describe(error)))
        self._booked_headline = ""
        previous.clicked.connect(lambda: self._step(-1))
        following.clicked.connect(lambda: self._step(1))
        today.clicked.connect(lambda: self.day_edit.setDate(QDate(clock.now().date())))
        self.day_edit.dateChanged.connect(lambda _d: self.refresh())
        self.week_box.toggled.connect(lambda _on: self.refresh())
        self.slot_view.selectionModel().selectionChanged.connect(self._slot_chosen)
        self.booking_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.week_view.doubleClicked.connect(self._open_week_cell)
        self.new_button.clicked.connect(self.ask_slots)
        self.ics_button.clicked.connect(self._choose_ics)
        self.book_button.clicked.connect(self.ask_booking)
        self.slip_button.clicked.connect(self.print_slip)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.move_button.clicked.connect(self.ask_move)
        self.no_show_button.clicked.connect(self.mark_no_shows)
        self.list_button.clicked.connect(lambda: self.print_day_list())
        self.cancel_slot_button.clicked.connect(self.ask_cancel_slot)
        context.runner.changed.connect(
            lambda topics: self.refresh() if topics & self.REFRESH_ON and self.isVisible()
            else None)
        self.say("info", self.tr("Choose a slot, then « Book a household… »."),
                 self.tr("Scanning the slip at Accueil records the arrival."))
        self._update_buttons()

    # --- reading -----------------------------------------------------------------

    @property
    def day(self) -> date:
        return self.day_edit.date().toPython()  # type: ignore[no-any-return]

    def _step(self, direction: int) -> None:
        self.day_edit.setDate(self.day_edit.date().addDays(direction * (
            7 if self.week_box.isChecked() else 1)))

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        if not self._past_closed:  # yesterday's unattended bookings: no-shows now
            self._past_closed = True
            db, actor = self._db, self._actor
            self._submit(lambda: appointments.close_past_days(db, actor),
                         lambda _count: self.refresh(), self._refused)
            return
        self.refresh()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        if self._for is not None:  # left for another desk: the next booking is anyone's
            self._household_done()
            self.say("info", self.tr("Choose a slot, then « Book a household… »."),
                     self.tr("Scanning the slip at Accueil records the arrival."))
        super().hideEvent(event)

    def refresh(self) -> None:
        db, actor, day = self._db, self._actor, self.day
        if self.week_box.isChecked():
            monday = day - timedelta(days=day.weekday())

            def shown_week(slots: list[appointments.SlotView]) -> None:
                self.week.set_week(monday, slots)
                self.pages.setCurrentWidget(self.week_view)
                self.refreshed.emit()

            self._submit(lambda: appointments.week(db, actor, monday, with_cancelled=True),
                         shown_week, self._refused)
            return

        def shown(slots: list[appointments.SlotView]) -> None:
            keep = self._selected_slot
            self.slots.set_rows(slots)
            self.pages.setCurrentIndex(0)
            row = next((n for n, s in enumerate(slots) if s.id == keep), 0 if slots else -1)
            if row >= 0:
                self.slot_view.selectRow(row)
            self._slot_chosen()
            self.refreshed.emit()

        self._submit(lambda: appointments.day(db, actor, day, with_cancelled=True), shown,
                     self._refused)

    def selected_slot(self) -> appointments.SlotView | None:
        rows = self.slot_view.selectionModel().selectedRows()
        return self.slots.row(rows[0].row()) if rows else None

    def selected_booking(self) -> appointments.BookingView | None:
        rows = self.booking_view.selectionModel().selectedRows()
        return self.bookings.row(rows[0].row()) if rows else None

    def _slot_chosen(self, *_args: object) -> None:
        slot = self.selected_slot()
        self._selected_slot = slot.id if slot else None
        self.bookings.set_rows(list(slot.bookings) if slot else [])
        if slot and slot.bookings:
            self.booking_view.selectRow(0)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        slot, booking = self.selected_slot(), self.selected_booking()
        future = slot is not None and not slot.cancelled and slot.starts_at > clock.now()
        self.book_button.setEnabled(future and slot.free > 0)
        waiting = booking is not None and booking.status == AppointmentStatus.BOOKED
        self.slip_button.setEnabled(waiting)
        self.move_button.setEnabled(waiting)
        self.cancel_button.setEnabled(waiting)
        self.cancel_slot_button.setEnabled(future)

    def _open_week_cell(self, index) -> None:  # type: ignore[no-untyped-def]
        slot = self.week.slot_at(index.row(), index.column())
        if slot is None:
            return
        for widget in (self.week_box, self.day_edit):  # one refresh, on that day
            widget.blockSignals(True)
        self.week_box.setChecked(False)
        self.day_edit.setDate(QDate(slot.starts_at.date()))
        for widget in (self.week_box, self.day_edit):
            widget.blockSignals(False)
        self._selected_slot = slot.id
        self.refresh()

    # --- saying --------------------------------------------------------------------

    def say(self, tone: str, headline: str, detail: str = "") -> None:
        self.banner.say(tone, headline, detail)
        self.answered.emit(tone, headline)

    def _refused(self, error: GuichetError) -> None:
        sounds.play(sounds.ERROR)
        self.say("error", self.tr("Refused: nothing was recorded"), describe(error))

    # --- acts ------------------------------------------------------------------------

    def ask_slots(self) -> None:
        self.slots_dialog = SlotsDialog(self.day, self)
        self.slots_dialog.chosen.connect(self.create_slots)
        self.slots_dialog.open()

    def create_slots(self, args: dict) -> None:  # type: ignore[type-arg]
        db, actor, dialog = self._db, self._actor, self.slots_dialog

        def done(created: appointments.SlotsCreated) -> None:
            dialog.accept()
            skipped = "; ".join(
                f"{s.starts_at:%d/%m} ({s.detail})" if s.reason == "holiday" else
                self.tr("{day} (taken at {place})").format(day=s.starts_at.strftime("%d/%m"),
                                                           place=s.detail)
                for s in created.skipped)
            self.say("ok", self.tr("%n slot(s) created.", "", len(created.slot_ids)),
                     self.tr("Skipped: {days}").format(days=skipped) if skipped else "")
            first = args["first_start"].date()
            self.day_edit.setDate(QDate(first))
            self.refresh()

        self._submit(lambda: appointments.create_slots(db, actor, **args), done,
                     lambda error: show_message(dialog.error, describe(error), error=True))

    def book_for(self, dwelling_id: int, ref: str) -> None:
        """From a household's card: the next slot chosen is booked for it."""
        self._for = (dwelling_id, ref)
        self.book_button.setText(self.tr("Book for {ref}").format(ref=ref))
        self.say("info", self.tr("An appointment for {ref}: choose the day and the slot.")
                 .format(ref=ref), self.tr("Then « Book for {ref} »: the slip prints.")
                 .format(ref=ref))
        self.refresh()

    def _household_done(self) -> None:
        self._for = None
        self.book_button.setText(self.tr("Book a household…"))

    def ask_booking(self) -> None:
        slot = self.selected_slot()
        if slot is None or not self.book_button.isEnabled():
            return
        if self._for is not None:
            self.book(slot.id, self._for[0])
            return
        self.book_dialog = BookDialog(self._context, slot, self)
        self.book_dialog.chosen.connect(lambda dwelling, note, reason: self.book(
            slot.id, dwelling, note, reason))
        self.book_dialog.open()
        self.book_dialog.search.setFocus()

    def book(self, slot_id: int, dwelling_id: int, note: str = "", reason: str = "") -> None:
        """Booked, its slip stored and sent to this PC's slip printer."""
        db, actor, dialog = self._db, self._actor, getattr(self, "book_dialog", None)

        def work() -> tuple[appointments.Booked, int]:
            booked = appointments.book(db, actor, slot_id, dwelling_id, note, reason)
            slip = appointments.slip_of(db, actor, booked.appointment_id)
            return booked, documents.record_document(db, actor, slip)

        def done(result: tuple[appointments.Booked, int]) -> None:
            booked, document_id = result
            if dialog is not None:
                dialog.accept()
            self._household_done()
            sounds.play(sounds.OK)
            self._booked_headline = self.tr("Booked: {day} at {time}").format(
                day=booked.starts_at.strftime("%d/%m/%Y"),
                time=booked.starts_at.strftime("%H:%M"))
            self.say("ok", self._booked_headline,
                     self.tr("The slip is printing: give it to the tenant."))
            self.booked.emit(booked.appointment_id)
            self.printer.print_document(document_id)
            self.refresh()

        def refused(error: GuichetError) -> None:
            if isinstance(error, AppointmentRefused) and error.reason == "pending_of_kind" \
                    and dialog is not None and dialog.isVisible():
                dialog.ask_reason(describe(error))
                return
            if isinstance(error, AppointmentRefused) and error.reason == "pending_of_kind":
                self._ask_second(slot_id, dwelling_id, note, describe(error))
                return
            if dialog is not None and dialog.isVisible():
                show_message(dialog.error, describe(error), error=True)
                return
            self._refused(error)

        self._submit(work, done, refused)

    def ask_move(self) -> None:
        """The slots of the same kind with a place left, then the move: a new
        slip (a new code) prints, the old one will be refused."""
        from ui.dialogs import ActDialog

        slot, booking = self.selected_slot(), self.selected_booking()
        if slot is None or booking is None:
            return
        db, actor = self._db, self._actor

        def shown(slots: list[appointments.SlotView]) -> None:
            choices = [s for s in slots if s.id != slot.id]
            if not choices:
                self.say("warn", self.tr("No other slot of this kind has a place left"),
                         self.tr("Create one with « New slots… », then move the appointment."))
                return
            target = QComboBox()
            for choice in choices:
                target.addItem(self.tr("{day} at {time}, {place} (%n place(s) left)", "",
                                       choice.free).format(
                    day=f"{DAYS[choice.starts_at.weekday()]} {choice.starts_at:%d/%m}",
                    time=choice.starts_at.strftime("%H:%M"), place=choice.place), choice.id)
            self.move_dialog = ActDialog(
                self.tr("Move the appointment"),
                self.tr("{ref} moves to another slot: a new slip prints, the old one will be "
                        "refused.").format(ref=booking.landlord_ref),
                [(self.tr("To"), target)], self.tr("Move and print the new slip"), self)
            self.move_dialog.chosen.connect(lambda _values: self.move(
                booking.id, target.currentData()))
            self.move_dialog.open()
            target.setFocus()

        self._submit(lambda: appointments.open_slots(db, actor, slot.kind), shown,
                     self._refused)

    def move(self, appointment_id: int, slot_id: int) -> None:
        db, actor = self._db, self._actor

        def work() -> tuple[appointments.Booked, int]:
            booked = appointments.move(db, actor, appointment_id, slot_id)
            slip = appointments.slip_of(db, actor, booked.appointment_id)
            return booked, documents.record_document(db, actor, slip)

        def done(result: tuple[appointments.Booked, int]) -> None:
            booked, document_id = result
            self._selected_slot = booked.slot_id
            self.say("ok", self.tr("Moved: {day} at {time}").format(
                day=booked.starts_at.strftime("%d/%m/%Y"),
                time=booked.starts_at.strftime("%H:%M")),
                self.tr("The new slip is printing: the old one is no longer valid."))
            self.booked.emit(booked.appointment_id)
            self.printer.print_document(document_id)
            self.day_edit.setDate(QDate(booked.starts_at.date()))
            self.refresh()

        self._submit(work, done, self._refused)

    def _ask_second(self, slot_id: int, dwelling_id: int, note: str, said: str) -> None:
        """A household with an appointment of that kind still to come: a second
        one is booked when someone says why."""
        from ui.dialogs import ActDialog

        reason = QLineEdit()
        reason.setPlaceholderText(self.tr("e.g. the first one is for the neighbour's decoder"))
        self.reason_dialog = ActDialog(self.tr("A second appointment"), said,
                                       [(self.tr("Why"), reason)],
                                       self.tr("Book all the same"), self)
        self.reason_dialog.chosen.connect(
            lambda values: self.book(slot_id, dwelling_id, note, values[0]))
        self.reason_dialog.open()
        reason.setFocus()

    def print_slip(self) -> None:
        booking = self.selected_booking()
        if booking is None:
            return
        db, actor = self._db, self._actor
        self._submit(lambda: documents.record_document(
            db, actor, appointments.slip_of(db, actor, booking.id)),
            self.printer.print_document, self._refused)

    def ask_cancel(self) -> None:
        from ui.dialogs import ActDialog

        booking = self.selected_booking()
        if booking is None:
            return
        reason = QLineEdit()
        reason.setPlaceholderText(self.tr("e.g. the tenant phoned"))
        self.cancel_dialog = ActDialog(
            self.tr("Cancel the appointment"),
            self.tr("The appointment of {ref} is cancelled; its slip will be refused if "
                    "scanned.").format(ref=booking.landlord_ref),
            [(self.tr("Why"), reason)], self.tr("Cancel the appointment"), self)
        db, actor = self._db, self._actor
        self.cancel_dialog.chosen.connect(lambda values: self._submit(
            lambda: appointments.cancel(db, actor, booking.id, values[0]),
            lambda _none: (self.say("ok", self.tr("Appointment cancelled.")), self.refresh()),
            self._refused))
        self.cancel_dialog.open()
        reason.setFocus()

    def ask_cancel_slot(self) -> None:
        from ui.dialogs import ActDialog

        slot = self.selected_slot()
        if slot is None:
            return
        reason = QLineEdit()
        self.cancel_dialog = ActDialog(
            self.tr("Cancel the slot"),
            self.tr("The slot of {time} is cancelled with its %n booking(s): call them.", "",
                    slot.booked).format(time=slot.starts_at.strftime("%d/%m %H:%M")),
            [(self.tr("Why"), reason)], self.tr("Cancel the slot"), self)
        db, actor = self._db, self._actor
        self.cancel_dialog.chosen.connect(lambda values: self._submit(
            lambda: appointments.cancel_slot(db, actor, slot.id, values[0]),
            lambda _count: (self.say("ok", self.tr("Slot cancelled.")), self.refresh()),
            self._refused))
        self.cancel_dialog.open()
        reason.setFocus()

    def mark_no_shows(self) -> None:
        db, actor, day = self._db, self._actor, self.day
        self._submit(lambda: appointments.mark_no_shows(db, actor, day),
                     lambda count: (self.say("ok", self.tr("%n appointment(s) marked as not "
                                                           "attended.", "", count)),
                                    self.refresh()), self._refused)

    def print_day_list(self, target: Path | None = None) -> None:
        """The day's list on this PC's A4 printer; with none chosen (or a
        target given), saved as a PDF to print elsewhere."""
        from app.documents import render
        from ui.print_path import a4_printer, print_pdf

        db, actor, day = self._db, self._actor, self.day
        from app.services import housekeeping

        folder = housekeeping.local_folder(db)
        printer = "" if target is not None else a4_printer(folder)
        if not printer and target is None:
            target = file_dialogs.save_file(self, self.tr("The day's list"),
                                            f"rendez-vous-{day.isoformat()}.pdf",
                                            self.tr("PDF (*.pdf)"))
            if target is None:
                return

        def work() -> str:
            header = documents.header(db, actor)
            pdf = render.day_list_a4(appointments.day_list(db, actor, day), header)
            if printer:
                print_pdf(pdf, printer, f"guichet-rendez-vous-{day.isoformat()}")
                return printer
            try:
                target.write_bytes(pdf)  # type: ignore[union-attr]
            except OSError as exc:
                raise FileNotWritten.from_os(target, exc) from exc  # type: ignore[arg-type]
            return str(target)

        self._submit(work, lambda where: (
            self.say("ok", self.tr("The day's list: {where}").format(where=where)),
            self.saved.emit(Path(where)) if not printer else None), self._refused)

    def _choose_ics(self) -> None:
        target = file_dialogs.save_file(self, self.tr("Export the agenda"),
                                        f"agenda-{self.day.isoformat()}.ics",
                                        self.tr("Calendar (*.ics)"))
        if target is not None:
            self.export_ics_to(target)

    def export_ics_to(self, target: Path) -> None:
        db, actor, day = self._db, self._actor, self.day

        def work() -> Path:
            data = appointments.agenda_ics(db, actor, day, 28)
            try:
                target.write_bytes(data)
            except OSError as exc:
                raise FileNotWritten.from_os(target, exc) from exc
            return target

        def done(path: Path) -> None:
            self.say("ok", self.tr("Agenda saved"), str(path))
            self.saved.emit(path)

        self._submit(work, done, self._refused)
