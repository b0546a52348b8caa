"""Vote (coordinator): the tenants' votes, from the question to the minutes.

On the left the votes; on the right the chosen one, with what to do next in
plain words and only the buttons that make sense now: open it with the
commission, print the invitation letters, follow the participation (never the
choices), enter the caretakers' batches, close it, enter the paper urn, count
it with the commission's passphrases, then print the minutes or export the
figures. Every read and write, the letters' rendering and the files go
through the window's runner; the letters' progress comes back by a signal and
a Stop button ends them.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from fractions import Fraction
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLayout,
    QLayoutItem,
    QMenu,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.documents import render
from app.documents.model import Header
from app.domain import clock
from app.domain.codes import candidates
from app.domain.enums import BatchKind, PollState
from app.domain.errors import FileNotWritten, GuichetError, VoteRefused
from app.domain.results import percent
from app.messages import describe
from app.services import front_door, polls
from app.services.polls import BatchSummary, BuildingTurnout, PollSummary, Results
from ui import file_dialogs
from ui.desks import DeskContext
from ui.dialogs import ask
from ui.preview_dialog import PreviewDialog
from ui.print_path import (
    PRINT_PAGES,
    Preview,
    PrintController,
    a4_printer,
    pdf_pages,
    print_pdf,
)
from ui.rows_model import RowsModel
from ui.vote_dialogs import (
    BatchDialog,
    CancelBatchDialog,
    CountDialog,
    LettersReadyDialog,
    NewLetterDialog,
    OpenPollDialog,
    PollDialog,
    UrnDialog,
    figure,
)
from ui.widgets import (
    dialog_answers,
    message_line,
    primary_button,
    show_message,
    stoppable_progress,
    table_view,
)


def _date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else "—"


def state_label(poll: PollSummary) -> str:
    """En préparation, Ouvert, Clos, Dépouillé (translate() spelled out for lupdate)."""
    if poll.counted:
        return QCoreApplication.translate("VoteDesk", "Counted")
    return {PollState.DRAFT: QCoreApplication.translate("VoteDesk", "In preparation"),
            PollState.OPEN: QCoreApplication.translate("VoteDesk", "Open"),
            PollState.CLOSED: QCoreApplication.translate("VoteDesk", "Closed")}[poll.state]


def _phase(poll: PollSummary) -> str:
    if poll.counted:
        return "counted"
    return poll.state.value


def _share(took: int, eligible: int) -> Fraction:
    return Fraction(took, eligible) if eligible else Fraction(0)


def channels(poll: PollSummary) -> str:
    """How the dwellings took part: at the counter, and through the caretakers
    where the vote used them."""
    if poll.caretakers or poll.by_caretakers:
        return QCoreApplication.translate(
            "VoteDesk", "at the counter: {counter} · through the caretakers: {caretakers}"
        ).format(counter=figure(poll.at_counter), caretakers=figure(poll.by_caretakers))
    return QCoreApplication.translate("VoteDesk", "at the counter: {counter}").format(
        counter=figure(poll.at_counter))


def _urn_entered(batches: Sequence[BatchSummary]) -> bool:
    return any(b.kind == BatchKind.URN and b.cancelled_at is None for b in batches)


# --- the tables -------------------------------------------------------------------------


class PollsModel(RowsModel):
    """Three lines a row, in one column (a narrow list on a small laptop): the
    sector, its state and date, the question (cut, in full on hover)."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Votes"),)

    def state_and_date(self, row: PollSummary) -> str:
        def day(value: datetime | None) -> str:
            return _date(value.date() if value else None)

        if row.counted_at is not None:
            return self.tr("Counted on {date}").format(date=day(row.counted_at))
        if row.state is PollState.CLOSED:
            return self.tr("Closed on {date}").format(date=day(row.closed_at))
        if row.state is PollState.OPEN:
            return (self.tr("Open until {date}").format(date=_date(row.closes_on))
                    if row.closes_on else
                    self.tr("Open since {date}").format(date=day(row.opened_at)))
        return self.tr("In preparation since {date}").format(date=day(row.created_at))

    def display(self, row: PollSummary, column: int) -> str:
        return f"{row.sector}\n{self.state_and_date(row)}\n{row.question}"


class BuildingsModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Building"), self.tr("Invited"), self.tr("Voted"), self.tr("%"))

    def display(self, row: BuildingTurnout, column: int) -> str:
        if column == 0:
            return row.label
        if column == 1:
            return figure(row.eligible)
        if column == 2:
            return figure(row.took_part)
        return percent(_share(row.took_part, row.eligible))


class BatchesModel(RowsModel):
    # a batch's for / against are partial results (and, for a small batch, a
    # dwelling's choice): shown once the vote is counted, its size before
    counts_shown = False

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Entered"), self.tr("Batch"), self.tr("Ballots"), self.tr("State"))

    def display(self, row: BatchSummary, column: int) -> str:
        if column == 0:
            return row.entered_at.strftime("%d/%m %H:%M")
        if column == 1:
            if row.kind == BatchKind.URN:
                return self.tr("Paper urn")
            return self.tr("{bearer}, %n dwelling(s)", "", row.dwellings).format(
                bearer=row.bearer)
        if column == 2 and not self.counts_shown:
            return self.tr("%n ballot(s), counted with the others at the count", "",
                           row.for_ + row.against + row.blank + row.spoiled)
        if column == 2:
            return self.tr("for {for_} · against {against} · blank {blank} · spoiled "
                           "{spoiled}").format(for_=row.for_, against=row.against,
                                               blank=row.blank, spoiled=row.spoiled)
        if row.cancelled_at is not None:
            return self.tr("cancelled on {date}: {reason}").format(
                date=row.cancelled_at.strftime("%d/%m %H:%M"), reason=row.cancel_reason)
        return self.tr("recorded")

    def foreground(self, row: BatchSummary, column: int) -> QColor | None:
        return QColor("#6b7b8c") if row.cancelled_at is not None else None


# --- small widgets ----------------------------------------------------------------------


class FlowLayout(QLayout):
    """Buttons side by side, wrapping to the next line when the panel is
    narrow (a small laptop): never cut, never squeezed."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                size = size.expandedTo(item.sizeHint())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        for item in self._items:
            if item.isEmpty():  # a hidden button takes no room
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y, line = area.x(), y + line + self._gap, 0
            if move:
                item.setGeometry(QRect(x, y, hint.width(), hint.height()))
            x += hint.width() + self._gap
            line = max(line, hint.height())
        return y + line - rect.y() + margins.bottom()


class BuildingBars(QWidget):
    """Participation by building as horizontal bars: the building, its bar,
    "12 of 20 (60,0 %)". Where the labels and a useful bar do not fit side by
    side, each label goes above its bar: a label is never cut."""

    MIN_BAR = 140
    GAP = 12

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, float]] = []
        self._height_for: tuple[int, int] | None = None

    def set_rows(self, rows: Sequence[BuildingTurnout]) -> None:
        self._rows = [(row.label, self.tr("{took} of {eligible} ({percent})").format(
            took=figure(row.took_part), eligible=figure(row.eligible),
            percent=percent(_share(row.took_part, row.eligible))),
            float(_share(row.took_part, row.eligible))) for row in rows]
        self.setToolTip("\n".join(f"{label}: {value}" for label, value, _ in self._rows))
        self._height_for = None
        self._fit_height(self.width())
        self.updateGeometry()
        self.update()

    def rows(self) -> list[tuple[str, str, float]]:
        return list(self._rows)

    def _widths(self) -> tuple[int, int]:
        metrics = self.fontMetrics()
        label = max((metrics.horizontalAdvance(text) for text, _, _ in self._rows), default=0)
        value = max((metrics.horizontalAdvance(text) for _, text, _ in self._rows), default=0)
        return label, value

    def stacked(self, width: int) -> bool:
        label, value = self._widths()
        return label + value + self.MIN_BAR + 2 * self.GAP > width

    def _row_height(self, stacked: bool) -> int:
        line = self.fontMetrics().lineSpacing()
        return (2 * line + 16) if stacked else (line + 14)

    def height_for(self, width: int) -> int:
        return len(self._rows) * self._row_height(self.stacked(width)) + 4

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        label, value = self._widths()
        return QSize(max(label, value + self.MIN_BAR // 2 + self.GAP),
                     self.height_for(self.width() or 10_000))

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSizeHint()

    def _fit_height(self, width: int) -> None:
        height = self.height_for(width)
        if self._height_for != (width, height):
            self._height_for = (width, height)
            self.setMinimumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_height(event.size().width())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        width = self.width()
        stacked = self.stacked(width)
        label_w, value_w = self._widths()
        row_h = self._row_height(stacked)
        line = metrics.lineSpacing()
        bar_h = max(14, line - 6)
        ink, track, bar = QColor("#111111"), QColor("#e8eef5"), QColor("#0b63c5")
        for number, (label, value, share) in enumerate(self._rows):
            top = number * row_h + 2
            if stacked:
                painter.setPen(ink)
                painter.drawText(QRect(0, top, width, line),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
                bar_top, bar_left = top + line + 4, 0
            else:
                painter.setPen(ink)
                painter.drawText(QRect(0, top, label_w, row_h - 4),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
                bar_top, bar_left = top + (row_h - 4 - bar_h) // 2, label_w + self.GAP
            bar_w = max(20, width - bar_left - value_w - self.GAP)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track)
            painter.drawRoundedRect(QRect(bar_left, bar_top, bar_w, bar_h), 3, 3)
            if share > 0:
                painter.setBrush(bar)
                painter.drawRoundedRect(QRect(bar_left, bar_top, max(4, round(bar_w * share)),
                                              bar_h), 3, 3)
            painter.setPen(ink)
            painter.drawText(QRect(bar_left + bar_w + self.GAP, bar_top - (line - bar_h) // 2,
                                   value_w + 4, line),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value)
        painter.end()


class ResultsView(QWidget):
    """A counted vote's figures, its outcome, and the participation by building."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setStyleSheet("font-size: 26px;")
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(6)
        # two figures a line (a small laptop's height), the long ones alone on theirs
        cells = (("eligible", self.tr("Dwellings invited"), 0, 0, 1),
                 ("took_part", self.tr("Took part"), 0, 2, 1),
                 ("for", self.tr("For"), 1, 0, 1),
                 ("against", self.tr("Against"), 1, 2, 1),
                 ("blank", self.tr("Blank ballots"), 2, 0, 1),
                 ("spoiled", self.tr("Spoiled ballots"), 2, 2, 1),
                 ("expressed", self.tr("Expressed"), 3, 0, 1),
                 ("share_for", self.tr("Share for"), 3, 2, 1),
                 ("quorum", self.tr("Quorum of participation"), 4, 0, 3),
                 ("channels", self.tr("How the ballots came in"), 5, 0, 3))
        for key, caption, row, column, span in cells:
            label = QLabel(caption)
            label.setObjectName("factCaption")
            value = QLabel()
            value.setWordWrap(span > 1)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, column + 1, 1, span, Qt.AlignmentFlag.AlignTop)
            self.values[key], self.captions[key] = value, label
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.bars = BuildingBars()
        bars_title = QLabel(self.tr("Participation by building"))
        bars_title.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.outcome)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(bars_title)
        layout.addWidget(self.bars)
        layout.addStretch(1)

    def show_results(self, result: Results) -> None:
        f = result.figures
        if f.adopted:
            outcome = self.tr("Offer adopted")
        elif not f.quorum_reached:
            outcome = self.tr("Offer not adopted: quorum not reached")
        else:
            outcome = self.tr("Offer not adopted")
        show_message(self.outcome, outcome, error=not f.adopted)
        values = {
            "eligible": figure(f.eligible),
            "took_part": self.tr("{count} ({percent})").format(
                count=figure(f.took_part), percent=percent(f.participation)),
            "blank": figure(f.blank),
            "spoiled": figure(f.spoiled),
            "expressed": figure(f.expressed),
            "for": figure(f.for_),
            "against": figure(f.against),
            "share_for": percent(f.share_for),
            "quorum": (self.tr("{percent}: reached") if f.quorum_reached
                       else self.tr("{percent}: not reached")).format(
                percent=f"{f.quorum_percent}\u00a0%") if f.quorum_percent is not None else "",
            "channels": channels(result.poll),
        }
        for key, text in values.items():
            self.values[key].setText(text)
            for widget in (self.values[key], self.captions[key]):
                widget.setVisible(bool(text))
        self.bars.set_rows(result.buildings)


# --- the desk -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Panel:
    poll: PollSummary
    buildings: tuple[BuildingTurnout, ...]
    batches: tuple[BatchSummary, ...]
    results: Results | None


@dataclass(frozen=True)
class _Letters:
    pdf: bytes
    count: int
    file_name: str
    printer: str  # this PC's A4 printer, or ""
    single_ref: str


def _scrolled(page: QWidget) -> QScrollArea:
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    return scroll


class VoteDesk(QWidget):
    polls_shown = Signal()
    panel_shown = Signal()
    said = Signal(str)  # whatever the desk just said (status or error)
    letters_progress = Signal(int, int)  # emitted on the worker: pages done, total
    letters_made = Signal(object)  # the LettersReadyDialog
    letters_stopped = Signal()
    letters_saved = Signal(object)  # Path
    csv_saved = Signal(object)  # Path
    counted = Signal(object)  # Results

    REFRESH_ON = frozenset({"poll", "vote_register", "vote_batch", "sector", "roster",
                            "database"})

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = context.db, context.actor, context.runner
        self._submit = context.runner.bound(self)
        self.controller = PrintController(self._db, self._actor, self._runner, self)
        self._poll: PollSummary | None = None
        self._panel: _Panel | None = None
        self._wanted: int | None = None  # the poll to choose once the list is back
        self._generation = 0
        self._selecting = False
        self._details_for: tuple[int, str] | None = None  # the vote and phase shown below
        self._minutes: dict[int, int] = {}  # poll id → its minutes' document
        self._letters: _Letters | None = None
        self._stop: threading.Event | None = None
        self.progress: QProgressDialog | None = None
        self.preview: PreviewDialog | None = None

        self.message = message_line()
        left = self._build_list()
        # no scroll area around the chosen vote: its tables and results scroll themselves,
        # and its buttons wrap (a scroll area would size it at its tables' full height)
        right = self._build_panel()
        right.setMinimumWidth(480)
        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(left, 2)  # the list narrow: the chosen vote's buttons on one or two lines
        body.addWidget(right, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.message)
        layout.addLayout(body, 1)

        # the keyboard's way: the list, then the next steps, then the occasional ones
        order = [self.polls_view, self.new_button, *self.action_buttons, self.details]
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
        self.letters_progress.connect(self._show_progress)
        self.controller.previewed.connect(self._open_preview)
        self.controller.printed.connect(lambda _id, printer: self._say(
            self.tr("Minutes sent to {printer}.").format(printer=printer)))
        self.controller.failed.connect(lambda _id, exc: self._failed(exc))
        self._runner.changed.connect(self._on_changed)
        self._show_panel(None)
        self.refresh()

    # --- building ------------------------------------------------------------------

    def _build_list(self) -> QWidget:
        self.polls = PollsModel()
        self.polls_view = table_view(self.polls)
        self.polls_view.ensurePolished()  # the style sheet's font, for the rows' height
        metrics = self.polls_view.fontMetrics()
        self.polls_view.verticalHeader().setDefaultSectionSize(3 * metrics.lineSpacing() + 16)
        self.polls_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        self.polls_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.polls_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.polls_view.setWordWrap(False)
        self.polls_view.setMinimumWidth(260)
        self.new_button = primary_button(self.tr("New vote…"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.polls_view, 1)
        layout.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.polls_view.selectionModel().selectionChanged.connect(self._chosen_changed)
        self.new_button.clicked.connect(lambda: self.open_poll_dialog(new=True))
        return page

    def _build_panel(self) -> QWidget:
        self.empty = QLabel(self.tr("Choose a vote in the list, or prepare one with "
                                    "\"New vote…\"."))
        self.empty.setObjectName("pageIntro")
        self.empty.setWordWrap(True)
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.title.setWordWrap(True)
        self.question = QLabel()
        self.question.setObjectName("pageIntro")
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.rules = QLabel()
        self.rules.setWordWrap(True)
        self.rules.setTextFormat(Qt.TextFormat.PlainText)
        self.next_step = QLabel()
        self.next_step.setObjectName("pageIntro")
        self.next_step.setWordWrap(True)
        self.next_step.setTextFormat(Qt.TextFormat.PlainText)
        self.next_card = QFrame()  # what to do now, framed: the eye goes there first
        self.next_card.setObjectName("statCard")
        card = QVBoxLayout(self.next_card)
        card.setContentsMargins(14, 8, 14, 8)
        card.addWidget(self.next_step)

        self.edit_button = QPushButton(self.tr("Change…"))
        self.more_button = QPushButton(self.tr("Other actions"))
        self.more_menu = QMenu(self.more_button)
        self.new_letter_action = self.more_menu.addAction(self.tr("New letter for a dwelling…"))
        self.change_dates_action = self.more_menu.addAction(
            self.tr("Change the last day or the place…"))
        self.more_button.setMenu(self.more_menu)
        self.open_button = QPushButton(self.tr("Open the vote…"))
        self.letters_button = QPushButton(self.tr("Print the invitations…"))
        self.batch_button = QPushButton(self.tr("Enter a caretaker's batch…"))
        self.close_button = QPushButton(self.tr("Close the vote"))
        self.urn_button = QPushButton(self.tr("Enter the urn…"))
        self.count_button = QPushButton(self.tr("Count…"))
        self.minutes_button = QPushButton(self.tr("Print the minutes"))
        self.csv_button = QPushButton(self.tr("Export as CSV…"))
        self.action_buttons = (self.open_button, self.letters_button, self.batch_button,
                               self.close_button, self.urn_button, self.count_button,
                               self.minutes_button, self.csv_button, self.edit_button,
                               self.more_button)
        actions = FlowLayout()
        for button in self.action_buttons[:-2]:
            actions.addWidget(button)
        # the occasional ones at the top right, by the title: the next steps get the room
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        heading.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignTop)
        self.edit_button.clicked.connect(lambda: self.open_poll_dialog(new=False))
        self.open_button.clicked.connect(self.open_commission_dialog)
        self.letters_button.clicked.connect(lambda: self.print_letters())
        self.new_letter_action.triggered.connect(self.open_new_letter_dialog)
        self.change_dates_action.triggered.connect(lambda: self.open_poll_dialog(new=False))
        self.batch_button.clicked.connect(self.open_batch_dialog)
        self.close_button.clicked.connect(self.confirm_close)
        self.urn_button.clicked.connect(self.open_urn_dialog)
        self.count_button.clicked.connect(self.open_count_dialog)
        self.minutes_button.clicked.connect(self.print_minutes)
        self.csv_button.clicked.connect(self._choose_csv_file)

        self.details = QTabWidget()
        self.details.setObjectName("innerTabs")
        self.details.setMinimumHeight(200)
        self.details.addTab(self._participation_page(), self.tr("Participation"))
        self.results = ResultsView()
        self.results_scroll = _scrolled(self.results)
        self.details.addTab(self.results_scroll, self.tr("Results"))
        self.details.addTab(self._batches_page(), self.tr("Batches"))

        self.filler = QWidget()  # a draft shows no figures: its lines stay at the top
        self.filler.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.panel = QWidget()
        inner = QVBoxLayout(self.panel)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.setSpacing(8)
        inner.addLayout(heading)
        inner.addWidget(self.question)
        inner.addWidget(self.rules)
        inner.addWidget(self.next_card)
        inner.addLayout(actions)
        inner.addSpacing(4)
        inner.addWidget(self.details, 1)
        inner.addWidget(self.filler, 1)
        page = QWidget()
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.empty)
        outer.addWidget(self.panel, 1)
        return page

    def _participation_page(self) -> QWidget:
        self.turnout = QLabel()
        self.turnout.setObjectName("statValue")
        self.turnout_caption = QLabel()
        self.turnout_caption.setObjectName("statLabel")
        self.turnout_caption.setWordWrap(True)
        self.buildings = BuildingsModel()
        self.buildings_view = table_view(self.buildings)
        self.buildings_view.verticalHeader().setDefaultSectionSize(34)
        header = self.buildings_view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.buildings_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.buildings_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        figures = QHBoxLayout()
        figures.addWidget(self.turnout)
        figures.addSpacing(8)
        figures.addWidget(self.turnout_caption, 1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(figures)
        layout.addWidget(self.buildings_view, 1)
        return page

    def _batches_page(self) -> QWidget:
        self.batches = BatchesModel()
        self.batches_view = table_view(self.batches)
        self.batches_view.verticalHeader().setDefaultSectionSize(34)
        self.batches_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.batches_note = QLabel()
        self.batches_note.setWordWrap(True)
        self.cancel_batch_button = QPushButton(self.tr("Cancel the batch…"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.batches_note)
        layout.addWidget(self.batches_view, 1)
        layout.addWidget(self.cancel_batch_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.cancel_batch_button.clicked.connect(self.open_cancel_batch_dialog)
        self.batches_view.selectionModel().selectionChanged.connect(
            lambda *_: self._update_batch_button())
        self.batches.modelReset.connect(self._update_batch_button)
        return page

    # --- reading ----------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & self.REFRESH_ON:
            self.refresh()

    def refresh(self) -> None:
        db, actor = self._db, self._actor
        self._submit(lambda: polls.list_polls(db, actor), self._show_polls, self._failed)

    def _show_polls(self, rows: list[PollSummary]) -> None:
        wanted = self._wanted or (self._poll.id if self._poll else None)
        self._wanted = None
        self.polls.set_rows(rows)
        number = next((n for n, row in enumerate(rows) if row.id == wanted), 0 if rows else None)
        if number is None:
            self._show_panel(None)
        else:
            self._selecting = True  # the panel is reloaded below, once
            self.polls_view.selectRow(number)
            self._selecting = False
            self._load_panel(rows[number].id)
        self.polls_shown.emit()

    def _chosen_changed(self) -> None:
        rows = self.polls_view.selectionModel().selectedRows()
        if rows and not self._selecting:  # a refresh empties it a moment: the panel stays
            self._load_panel(self.polls.row(rows[0].row()).id)

    def select_poll(self, poll_id: int) -> None:
        for number, row in enumerate(self.polls.rows):
            if row.id == poll_id:
                self._selecting = True
                self.polls_view.selectRow(number)
                self._selecting = False
                self._load_panel(poll_id)

    def _load_panel(self, poll_id: int) -> None:
        db, actor = self._db, self._actor
        self._generation += 1
        generation = self._generation

        def work() -> _Panel:
            poll = polls.poll_summary(db, actor, poll_id)
            if poll.counted:
                result = polls.results(db, actor, poll_id)
                return _Panel(result.poll, result.buildings, result.batches, result)
            if poll.state is PollState.DRAFT:
                return _Panel(poll, (), (), None)
            return _Panel(poll, polls.participation(db, actor, poll_id),
                          tuple(polls.batches(db, actor, poll_id)), None)

        def shown(panel: _Panel) -> None:
            if generation == self._generation:  # not overtaken by another choice
                self._show_panel(panel)

        self._submit(work, shown, self._failed)

    # --- showing ----------------------------------------------------------------------

    def _show_panel(self, panel: _Panel | None) -> None:
        self._panel = panel
        self._poll = panel.poll if panel else None
        self.empty.setVisible(panel is None)
        self.panel.setVisible(panel is not None)
        if panel is None:
            self.panel_shown.emit()
            return
        poll = panel.poll
        self.title.setText(self.tr("{sector} — {state}").format(sector=poll.sector,
                                                               state=state_label(poll)))
        self.question.setText(poll.question)
        rules = self._rules(poll)
        self.rules.setText(rules)
        # while open or closed the room goes to the figures: question and rules on hover
        deciding = _phase(poll) in ("draft", "counted")
        self.rules.setVisible(poll.state is PollState.DRAFT)
        self.question.setVisible(deciding)
        self.title.setToolTip("" if deciding else f"{poll.question}\n{rules}")
        self.question.setToolTip(rules)
        self.next_step.setText(self._next_step(panel))
        self._show_buttons(panel)
        self._show_details(panel)
        self.panel_shown.emit()

    def _rules(self, poll: PollSummary) -> str:
        parts = [self.tr("blank vote allowed") if poll.blank_allowed
                 else self.tr("no blank vote"),
                 self.tr("paper urn at the counter") if poll.paper_urn
                 else self.tr("ballots on screen at the counter")]
        if poll.caretakers:
            parts.append(self.tr("the caretakers collect ballots"))
        if poll.quorum_percent is not None:
            parts.append(self.tr("quorum {percent}").format(
                percent=f"{poll.quorum_percent}\u00a0%"))
        if poll.closes_on is not None:
            parts.append(self.tr("last day {date}").format(date=_date(poll.closes_on)))
        if poll.place:
            parts.append(poll.place)
        text = " · ".join(parts)
        return text[:1].upper() + text[1:]

    def _next_step(self, panel: _Panel) -> str:
        poll = panel.poll
        phase = _phase(poll)
        if phase == "draft":
            if poll.paper_urn:
                return self.tr("Check the question and the rules (Change…), then open the vote. "
                               "Paper urn: no commission passphrase is needed.")
            return self.tr("Check the question and the rules (Change…), then open the vote with "
                           "the commission: two or three people, each with their own "
                           "passphrase.")
        if phase == "open":
            if poll.closes_on is not None and poll.closes_on < clock.now().date():
                return self.tr("The last day ({date}) is over: close the vote, then count it "
                               "with the commission.").format(date=_date(poll.closes_on))
            after = (self.tr("after {date}").format(date=_date(poll.closes_on))
                     if poll.closes_on else self.tr("after its last day"))
            if poll.paper_urn:
                return self.tr("Print the invitations; tenants sign at the counter and drop "
                               "their ballot in the centre's urn{caretakers}. Close the vote "
                               "{after}.").format(after=after, caretakers=self.tr(
                                   ", or give it to their caretaker") if poll.caretakers else "")
            if poll.caretakers:
                return self.tr("Print the invitations, then the tenants vote at the counter or "
                               "give their ballot to their caretaker: enter each caretaker's "
                               "batch as it comes in. Close the vote {after}.").format(
                    after=after)
            return self.tr("Print the invitations, then the tenants vote at the counter. Close "
                           "the vote {after}.").format(after=after)
        if phase == "closed":
            if poll.paper_urn and poll.at_counter and not _urn_entered(panel.batches):
                return self.tr("Open the paper urn with a witness, count its ballots and enter "
                               "them (Enter the urn…); then count the vote with the "
                               "commission.")
            members = len(poll.commission)
            if members == 0:  # a paper urn: every ballot is on paper
                text = self.tr("Count the vote: the caretakers' batches and the urn are added "
                               "up and the results published.")
            elif members == 2:
                text = self.tr("Count the vote: both members of the commission, {names}, type "
                               "their passphrases.")
            else:
                text = self.tr("Count the vote: two members of the commission ({names}) type "
                               "their passphrases.")
            return text.format(names=", ".join(poll.commission))
        return self.tr("The vote is counted. Print the minutes for the notice board and the "
                       "landlord, or export the figures for a spreadsheet.")

    def _show_buttons(self, panel: _Panel) -> None:
        poll = panel.poll
        phase = _phase(poll)
        urn_missing = poll.paper_urn and poll.at_counter > 0 and not _urn_entered(panel.batches)
        shown = {
            "draft": (self.open_button, self.edit_button),
            "open": (self.letters_button, self.batch_button, self.close_button,
                     self.more_button),
            "closed": (self.urn_button, self.count_button),
            "counted": (self.minutes_button, self.csv_button),
        }[phase]
        for button in self.action_buttons:
            button.setVisible(button in shown)
            button.setEnabled(True)
        self.batch_button.setVisible(phase == "open" and poll.caretakers)
        self.urn_button.setVisible(phase == "closed" and poll.paper_urn)
        self.urn_button.setEnabled(urn_missing)
        self.count_button.setEnabled(not urn_missing)
        past = poll.closes_on is not None and poll.closes_on < clock.now().date()
        primary = {
            "draft": self.open_button,
            "open": self.close_button if past else self.letters_button,
            "closed": self.urn_button if urn_missing else self.count_button,
            "counted": self.minutes_button,
        }[phase]
        for button in self.action_buttons:
            name = "primaryButton" if button is primary else ""
            if button.objectName() != name:
                button.setObjectName(name)
                button.style().unpolish(button)
                button.style().polish(button)

    def _show_details(self, panel: _Panel) -> None:
        poll = panel.poll
        phase = _phase(poll)
        self.details.setVisible(phase != "draft")
        self.filler.setVisible(phase == "draft")
        shown = (poll.id, phase)
        if shown != self._details_for:  # another vote, or the next phase: its main tab
            self._details_for = shown
            self.details.setCurrentIndex(1 if phase == "counted" else 0)
        self.details.setTabVisible(0, phase in ("open", "closed"))
        self.details.setTabVisible(1, phase == "counted")
        self.details.setTabVisible(2, phase != "draft" and (poll.caretakers or poll.paper_urn
                                                            or bool(panel.batches)))
        if phase in ("open", "closed"):
            self.turnout.setText(percent(_share(poll.took_part, poll.eligible)))
            self.turnout_caption.setText(self.tr(
                "%n dwelling(s) out of {eligible} have voted", "", poll.took_part).format(
                eligible=figure(poll.eligible)) + "\n" + channels(poll))
            self.buildings.set_rows(list(panel.buildings))
        if panel.results is not None:
            self.results.show_results(panel.results)
            self.results_scroll.verticalScrollBar().setValue(0)  # the outcome first
        self.batches_note.setText(
            self.tr("A wrong batch is cancelled whole, with its reason, while the vote is open "
                    "(the urn: until the count)."))
        self.batches.counts_shown = panel.poll.counted
        self.batches.set_rows(list(panel.batches))

    def _chosen_batch(self) -> BatchSummary | None:
        rows = self.batches_view.selectionModel().selectedRows()
        return self.batches.row(rows[0].row()) if rows else None

    def _update_batch_button(self) -> None:
        batch, poll = self._chosen_batch(), self._poll
        self.cancel_batch_button.setEnabled(
            batch is not None and poll is not None and batch.cancelled_at is None
            and not poll.counted
            and ((batch.kind == BatchKind.CARETAKER and poll.state is PollState.OPEN)
                 or (batch.kind == BatchKind.URN and poll.state is PollState.CLOSED)))

    def _failed(self, exc: GuichetError) -> None:
        self._say(describe(exc), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error=error)
        self.said.emit(text)

    def _in_dialog(self, dialog: QWidget, said):  # type: ignore[no-untyped-def]
        """Answers for a dialog's write: see widgets.dialog_answers."""
        return dialog_answers(dialog, said, self._say, self.said.emit)

    # --- a new vote, its changes, opening ---------------------------------------------

    def open_poll_dialog(self, new: bool) -> None:
        poll = None if new else self._poll
        if not new and poll is None:
            return
        db, actor = self._db, self._actor

        def work() -> tuple[list[tuple[int, str, int]], str]:
            info = front_door.centre_info(db)
            place = ", ".join(p for p in (info.name, info.address) if p) if info else ""
            return polls.sectors(db, actor), place

        def show(found: tuple[list[tuple[int, str, int]], str]) -> None:
            sectors, place = found
            voting = frozenset(row.sector_id for row in self.polls.rows
                               if row.state is PollState.OPEN)
            self.poll_dialog = PollDialog(sectors, place, poll, clock.now().date(), voting, self)
            self.poll_dialog.ready.connect(lambda: self._save_poll(self.poll_dialog))
            self.poll_dialog.open()

        self._submit(work, show, self._failed)

    def _save_poll(self, dialog: PollDialog) -> None:
        db, actor, draft, poll = self._db, self._actor, dialog.draft(), dialog.poll
        sector = dialog.sector_name()
        if poll is None:
            def created(poll_id: int) -> str:
                self._wanted = poll_id
                return self.tr("Vote prepared for {sector}. Check it, then open it with the "
                               "commission.").format(sector=sector)

            self._submit(lambda: polls.create_poll(db, actor, draft),
                         *self._in_dialog(dialog, created))
        else:
            self._submit(lambda: polls.update_poll(db, actor, poll.id, draft),
                         *self._in_dialog(dialog, lambda _none: self.tr(
                             "Vote of {sector} saved.").format(sector=poll.sector)))

    def open_commission_dialog(self) -> None:
        poll = self._poll
        if poll is None or poll.state is not PollState.DRAFT:
            return
        if poll.paper_urn:  # no ballot on screen: no key, no commission to name
            db, actor = self._db, self._actor
            self.open_box = ask(
                self, self.tr("Open the vote"),
                self.tr("Open the vote of {sector}? The sector's dwellings on the roster are "
                        "invited now. Tenants sign in Guichet and drop a paper ballot in the "
                        "centre's urn: Guichet keeps no choice, so no commission passphrase is "
                        "needed.").format(sector=poll.sector),
                self.tr("Open the vote"), self.tr("Not now"),
                lambda: self._submit(lambda: polls.open_poll(db, actor, poll.id, []),
                                     lambda count: self._say(self.tr(
                                         "Vote opened: %n dwelling(s) invited. Now print the "
                                         "invitations.", "", count)),
                                     self._failed))
            return
        self.open_dialog = OpenPollDialog(poll, self._actor.label, self)
        self.open_dialog.ready.connect(lambda: self._open_poll(self.open_dialog))
        self.open_dialog.open()

    def _open_poll(self, dialog: OpenPollDialog) -> None:
        db, actor, poll, members = self._db, self._actor, dialog.poll, dialog.members()
        self._submit(lambda: polls.open_poll(db, actor, poll.id, members),
                     *self._in_dialog(dialog, lambda count: self.tr(
                         "Vote opened: %n dwelling(s) invited. Now print the invitations.", "",
                         count)))

    # --- the invitation letters -----------------------------------------------------

    def print_letters(self, dwelling_ids: Sequence[int] | None = None,
                      single_ref: str = "") -> None:
        """Make the letters on the runner, with a progress window and Stop;
        then offer to save or print them."""
        poll = self._poll
        if poll is None or poll.state is not PollState.OPEN:
            return
        stop = self._open_progress(self.tr("Preparing the letters…"), self)
        db, actor, relay = self._db, self._actor, self.letters_progress
        from app.services import housekeeping

        folder = housekeeping.local_folder(self._db)
        today = clock.now().date().isoformat()
        name = (f"invitation-{file_dialogs.slug(single_ref, 'vote')}-{today}.pdf" if single_ref
                else f"invitations-{file_dialogs.slug(poll.sector, 'vote')}-{today}.pdf")
        ids = list(dwelling_ids) if dwelling_ids is not None else None

        def report(done: int, total: int) -> None:
            try:
                relay.emit(done, total)
            except RuntimeError:  # the desk is gone
                stop.set()

        def work() -> _Letters | None:
            info = front_door.centre_info(db)
            header = Header(info.name, info.address, info.phone) if info else Header("Guichet")
            letters = polls.invitations(db, actor, poll.id, ids)
            if not letters.letters:
                raise VoteRefused("no_dwellings")
            report(0, len(letters.letters))
            try:
                pdf = render.invitations_a4(letters, header, progress=report,
                                            cancelled=stop.is_set)
            except render.Cancelled:
                return None
            return _Letters(pdf, len(letters.letters), name, a4_printer(folder),
                            single_ref)

        self._submit(work, self._letters_done, self._letters_failed)

    def _open_progress(self, label: str, parent: QWidget) -> threading.Event:
        self.progress, self._stop = stoppable_progress(
            self, parent, label, self.tr("Invitation letters"), self.tr("Stop"), self.stop_letters)
        return self._stop


    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        progress = self.progress
        if progress is None or (self._stop is not None and self._stop.is_set()):
            return
        progress.setLabelText(self.tr("Preparing the letters: {done} of {total}…").format(
            done=figure(done), total=figure(total)))
        progress.setMaximum(total)
        progress.setValue(done)  # a modal progress window lets events through here

    def stop_letters(self) -> None:
        """Stop: the worker ends at its next check (a few pages), nothing is kept."""
        if self._stop is not None and self.progress is not None and not self._stop.is_set():
            self._stop.set()
            self._say(self.tr("Stopping the letters…"))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.stop_letters)
            self.progress.rejected.disconnect(self.stop_letters)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _letters_done(self, letters: _Letters | None) -> None:
        self._close_progress()
        if letters is None:
            self._letters = None
            self._say(self.tr("Stopped: no letter was made and no file was written."))
            self.letters_stopped.emit()
            return
        self._letters = letters
        self._say(self.tr("%n letter(s) ready.", "", letters.count))
        self.ready_dialog = LettersReadyDialog(letters.count, letters.file_name, letters.printer,
                                               letters.single_ref, self)
        self.ready_dialog.save_requested.connect(self.save_letters_to)
        self.ready_dialog.print_requested.connect(self._print_letters_pdf)
        self.ready_dialog.open()
        self.letters_made.emit(self.ready_dialog)

    def _letters_failed(self, exc: GuichetError) -> None:
        self._close_progress()
        self._failed(exc)

    def save_letters_to(self, target: Path) -> None:
        letters, dialog = self._letters, self.ready_dialog
        if letters is None:
            return

        def work() -> Path:
            try:
                target.write_bytes(letters.pdf)
            except OSError as exc:
                raise FileNotWritten.from_os(target, exc) from exc
            return target

        def done(path: Path) -> None:
            text = self.tr("PDF saved: {file}").format(file=path)
            dialog.say(text)
            self._say(text)
            self.letters_saved.emit(path)

        self._submit(work, done, lambda exc: (dialog.say(describe(exc), error=True),
                                              self._failed(exc)))

    def _print_letters_pdf(self) -> None:
        """To this PC's A4 printer, PRINT_PAGES pages a job: between two jobs
        the runner does the other desks' work and the Stop button is heard."""
        letters, dialog = self._letters, self.ready_dialog
        if letters is None:
            return
        self._open_progress(self.tr("Sending to {printer}…").format(printer=letters.printer),
                            dialog)
        assert self.progress is not None
        self.progress.setMaximum(letters.count)
        self._send_pages(letters, dialog, 0)

    def _send_pages(self, letters: _Letters, dialog: LettersReadyDialog, start: int) -> None:
        stop, total, progress = self._stop, letters.count, self.progress

        def work() -> int:
            part = (letters.pdf if total <= PRINT_PAGES
                    else pdf_pages(letters.pdf, start, PRINT_PAGES))
            print_pdf(part, letters.printer, f"guichet-invitations-{start + 1}")
            return min(start + PRINT_PAGES, total)

        def sent(done: int) -> None:
            if done >= total:
                self._close_progress()
                dialog.say(self.tr("Sent to {printer}: %n page(s).", "", total).format(
                    printer=letters.printer))
            elif stop is not None and stop.is_set():
                self._close_progress()
                text = self.tr("Stopped: %n page(s) of {total} went to the printer.", "",
                               done).format(total=figure(total))
                dialog.say(text, error=True)
                self._say(text, error=True)  # in place of "Stopping…"
            else:
                if progress is not None:
                    progress.setLabelText(self.tr("Sending to {printer}: {done} of {total} "
                                                  "pages…").format(
                        printer=letters.printer, done=figure(done), total=figure(total)))
                    progress.setValue(done)
                self._send_pages(letters, dialog, done)

        def failed(exc: GuichetError) -> None:
            self._close_progress()
            dialog.say(describe(exc), error=True)

        self._submit(work, sent, failed)

    def open_new_letter_dialog(self) -> None:
        poll = self._poll
        if poll is None or poll.state is not PollState.OPEN:
            return
        db, actor = self._db, self._actor

        def show(rows: list[polls.EligibleDwelling]) -> None:
            self.letter_dialog = NewLetterDialog(poll, rows, self)
            self.letter_dialog.ready.connect(lambda: self._confirm_new_letter(self.letter_dialog))
            self.letter_dialog.open()

        self._submit(lambda: polls.eligible_dwellings(db, actor, poll.id), show, self._failed)

    def _confirm_new_letter(self, dialog: NewLetterDialog) -> None:
        dwelling = dialog.chosen()
        if dwelling is None:
            return
        self.reissue_box = ask(
            dialog, self.tr("New letter"),
            self.tr("Give {ref} a new code? Its old letter will be refused from now on, at the "
                    "counter and in the caretakers' batches.").format(ref=dwelling.landlord_ref),
            self.tr("New code and letter"), self.tr("Cancel"),
            lambda: self._reissue(dialog, dwelling))

    def _reissue(self, dialog: NewLetterDialog, dwelling: polls.EligibleDwelling) -> None:
        db, actor = self._db, self._actor

        def done(_code: str) -> None:
            dialog.accept()
            self.print_letters([dwelling.dwelling_id], dwelling.landlord_ref)

        def refused(exc: GuichetError) -> None:
            show_message(dialog.error, describe(exc), error=True)

        self._submit(lambda: polls.reissue_code(db, actor, dwelling.dwelling_id), done, refused)

    # --- batches, closing, the urn ------------------------------------------------------

    def open_batch_dialog(self) -> None:
        poll = self._poll
        if poll is None or poll.state is not PollState.OPEN:
            return
        db, actor = self._db, self._actor

        def show(rows: list[polls.EligibleDwelling]) -> None:
            dialog = BatchDialog(poll, rows, self)
            self.batch_dialog = dialog
            dialog.code_entered.connect(lambda text: self._find_code(dialog, text))
            dialog.ready.connect(lambda: self._save_batch(dialog))
            dialog.open()

        self._submit(lambda: polls.eligible_dwellings(db, actor, poll.id), show, self._failed)

    def _find_code(self, dialog: BatchDialog, text: str) -> None:
        db, actor = self._db, self._actor

        def lookup() -> polls.CodeMatch:
            first: VoteRefused | None = None
            for code in candidates(text):  # as typed, then as a QWERTY scanner meant it
                try:
                    return polls.find_code(db, actor, code)
                except VoteRefused as exc:
                    first = first or exc
            raise first or VoteRefused("code_unknown")

        self._submit(lookup, dialog.tick_found, lambda exc: dialog.refuse(describe(exc)))

    def _save_batch(self, dialog: BatchDialog) -> None:
        db, actor, poll = self._db, self._actor, dialog.poll
        bearer, ids, counts = dialog.bearer.text(), dialog.dwelling_ids(), dialog.counts()
        self._submit(lambda: polls.enter_caretaker_batch(db, actor, poll.id, bearer, ids,
                                                         counts),
                     *self._in_dialog(dialog, lambda _id: self.tr(
                         "Batch of {bearer} recorded: %n dwelling(s).", "", len(ids)).format(
                         bearer=bearer.strip())))

    def open_cancel_batch_dialog(self) -> None:
        batch = self._chosen_batch()
        if batch is None:
            return
        self.cancel_dialog = CancelBatchDialog(batch, self)
        self.cancel_dialog.ready.connect(lambda: self._cancel_batch(self.cancel_dialog))
        self.cancel_dialog.open()

    def _cancel_batch(self, dialog: CancelBatchDialog) -> None:
        db, actor, batch, reason = self._db, self._actor, dialog.batch, dialog.reason.text()
        self._submit(lambda: polls.cancel_batch(db, actor, batch.id, reason),
                     *self._in_dialog(dialog, lambda freed: self.tr(
                         "Batch cancelled: %n dwelling(s) may vote again.", "", freed)
                         if batch.kind == BatchKind.CARETAKER
                         else self.tr("Urn count cancelled: enter it again.")))

    def confirm_close(self) -> None:
        poll = self._poll
        if poll is None or poll.state is not PollState.OPEN:
            return
        text = self.tr("Close the vote of {sector}? %n dwelling(s) voted out of {eligible}. No "
                       "further ballot will be accepted.", "", poll.took_part).format(
            sector=poll.sector, eligible=figure(poll.eligible))
        if poll.closes_on is not None and clock.now().date() < poll.closes_on:
            text += "\n\n" + self.tr("Careful: the letters say tenants may vote until {date}. "
                                      "Close before only if the commission decided so.").format(
                date=_date(poll.closes_on))
        self.close_box = ask(
            self, self.tr("Close the vote"), text,
            self.tr("Close the vote"), self.tr("Cancel"), lambda: self._close(poll))

    def _close(self, poll: PollSummary) -> None:
        db, actor = self._db, self._actor
        said = (self.tr("Vote of {sector} closed. Now enter the paper urn, then count.")
                if poll.paper_urn and poll.at_counter else
                self.tr("Vote of {sector} closed. Now count it.")).format(
            sector=poll.sector)
        self._submit(lambda: polls.close_poll(db, actor, poll.id),
                     lambda _none: self._say(said), self._failed)

    def open_urn_dialog(self) -> None:
        poll = self._poll
        if poll is None or poll.state is not PollState.CLOSED or not poll.paper_urn:
            return
        self.urn_dialog = UrnDialog(poll, self)
        self.urn_dialog.ready.connect(lambda: self._save_urn(self.urn_dialog))
        self.urn_dialog.open()

    def _save_urn(self, dialog: UrnDialog) -> None:
        db, actor, poll, counts = self._db, self._actor, dialog.poll, dialog.counts()
        self._submit(lambda: polls.enter_urn(db, actor, poll.id, counts),
                     *self._in_dialog(dialog, lambda _id: self.tr(
                         "Urn recorded: %n ballot(s). Now count the vote.", "", counts.total)))

    # --- the count and after ---------------------------------------------------------------

    def open_count_dialog(self) -> None:
        poll = self._poll
        if poll is None or poll.state is not PollState.CLOSED or poll.counted:
            return
        if not poll.commission:  # a paper urn: the counts are all on paper, no key
            db, actor = self._db, self._actor

            def done(result: Results) -> None:
                self._say((self.tr("Vote of {sector} counted: offer adopted.")
                           if result.figures.adopted else
                           self.tr("Vote of {sector} counted: offer not adopted.")).format(
                    sector=poll.sector))
                self.counted.emit(result)

            self.count_box = ask(
                self, self.tr("Count the vote"),
                self.tr("Publish the results of {sector}? The caretakers' batches and the urn "
                        "are added up; nothing can be entered afterwards.").format(
                    sector=poll.sector),
                self.tr("Publish the results"), self.tr("Not now"),
                lambda: self._submit(lambda: polls.count_poll(db, actor, poll.id, {}), done,
                                     self._failed))
            return
        dialog = CountDialog(poll, self)
        self.count_dialog = dialog
        dialog.check_requested.connect(lambda index, text: self._check_member(dialog, index,
                                                                              text))
        dialog.ready.connect(lambda: self._count(dialog))
        dialog.open()

    def _check_member(self, dialog: CountDialog, index: int, text: str) -> None:
        db, actor, poll_id = self._db, self._actor, dialog.poll.id
        self._submit(lambda: polls.check_member(db, actor, poll_id, index, text),
                     lambda good: dialog.show_check(index, text, good),
                     lambda exc: show_message(dialog.error, describe(exc), error=True))

    def _count(self, dialog: CountDialog) -> None:
        db, actor, poll, given = self._db, self._actor, dialog.poll, dialog.passphrases()

        def done(result: Results) -> None:
            dialog.accept()
            self._say((self.tr("Vote of {sector} counted: offer adopted.") if result.figures.adopted
                       else self.tr("Vote of {sector} counted: offer not adopted.")).format(
                sector=poll.sector))
            self.counted.emit(result)

        def refused(exc: GuichetError) -> None:
            dialog.ok_button.setEnabled(True)
            show_message(dialog.error, describe(exc), error=True)
            self.said.emit(describe(exc))

        self._submit(lambda: polls.count_poll(db, actor, poll.id, given), done, refused)

    def print_minutes(self) -> None:
        """The minutes as a stored document (one per vote here): preview, then print."""
        poll = self._poll
        if poll is None or not poll.counted:
            return
        if poll.id in self._minutes:
            self.controller.preview(self._minutes[poll.id])
            return
        db, actor = self._db, self._actor

        def recorded(document_id: int) -> None:
            self._minutes[poll.id] = document_id
            self.controller.preview(document_id)

        self._submit(lambda: polls.record_minutes(db, actor, poll.id), recorded, self._failed)

    def _open_preview(self, preview: Preview) -> None:
        if self.preview is not None and self.preview.isVisible():
            return  # the open preview shows the new rendering itself
        self.preview = PreviewDialog(self.controller, preview, self)
        self.preview.open()

    def _choose_csv_file(self) -> None:
        poll = self._poll
        if poll is None:
            return
        target = file_dialogs.save_file(
            self, self.tr("Export the results"),
            f"resultats-{file_dialogs.slug(poll.sector, 'vote')}-{clock.now().date().isoformat()}.csv",
            self.tr("Spreadsheet (*.csv)"))
        if target is not None:
            self.export_csv_to(target)

    def export_csv_to(self, target: Path) -> None:
        """UTF-8 with its BOM, semicolons: Excel in French reads the accents."""
        poll = self._poll
        if poll is None:
            return
        db, actor = self._db, self._actor

        def work() -> Path:
            text = polls.results_csv(db, actor, poll.id)
            try:
                with target.open("w", encoding=render.CSV_ENCODING, newline="") as file:
                    file.write(text)
            except OSError as exc:
                raise FileNotWritten.from_os(target, exc) from exc
            return target

        def done(path: Path) -> None:
            self._say(self.tr("Results saved in {file}: it opens in a spreadsheet.").format(
                file=path))
            self.csv_saved.emit(path)

        self._submit(work, done, self._failed)

