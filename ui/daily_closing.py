"""Clôture de la journée: what the day's handouts and sales add up to, the cash
box counted against it, recorded and printed on one A4 sheet.

A page of its own (built with a DeskContext, so that it works alone) that the
Stock desk shows as one of its sections. Every read and write goes through
the window's runner; the figures refresh when a handout, a sale or the stock
changes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIntValidator, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.documents.closing import CSV_ENCODING, signed_euros
from app.domain import clock
from app.domain.errors import FileNotWritten, GuichetError
from app.domain.money import format_euros, parse_euros
from app.messages import describe
from app.services import closing
from ui import file_dialogs, labels
from ui.desks import DeskContext
from ui.print_path import PrintController
from ui.rows_model import Index, RowsModel
from ui.widgets import message_line, primary_button, show_message, table_view

_STYLE = """
QLabel#closingTitle { font-size: 24px; font-weight: bold; color: #0b3d6e; }
QLabel#closingCaption { font-size: 19px; font-weight: bold; }
QLabel#closingExpected { font-size: 22px; font-weight: bold; }
QLabel#closingDifference { font-size: 19px; font-weight: bold; }
QLabel#closingColumn { font-size: 15px; font-weight: bold; color: #4a5a6a; }
QLabel#closingFacts { font-size: 17px; }
QTableView#closingTable { font-size: 17px; }
QTableView#closingTable QHeaderView::section { font-size: 15px; padding: 4px 3px; }
QLineEdit#closingCount { font-size: 22px; }
QDateEdit#closingDay { font-size: 20px; }
QFrame#closingBox { border: 2px solid #c9d6e3; border-radius: 8px; background: #f4f8fc; }
QFrame#closingBox QLabel { background: transparent; }
"""

_RED, _GREEN, _GREY = "#a00000", "#0b5d1e", "#5a6570"
MAX_NOTE = closing.MAX_NOTE


class AgentsModel(RowsModel):
    """One row per agent: what they did that day."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Agent"), self.tr("Handed out"), self.tr("Replaced"),
                self.tr("Returns"), self.tr("Cancelled"), self.tr("PCs sold"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column():
            return Qt.AlignmentFlag.AlignCenter  # figures under their heading
        return super().data(index, role)

    def display(self, row: closing.AgentDay, column: int) -> str:
        if column == 0:
            return row.staff or self.tr("command line")
        return str((row.handed_out, row.replacements, row.returns, row.cancelled,
                    row.computers_sold)[column - 1])


class SalesModel(RowsModel):
    """The computers sold that day; a cancelled sale in grey, counted nowhere."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Receipt"), self.tr("Computer"), self.tr("Amount"), self.tr("Payment"))

    def display(self, row: closing.SoldComputer, column: int) -> str:
        if column == 0:
            return row.receipt
        if column == 1:
            return f"{row.serial} — {row.model}" if row.model else row.serial
        if column == 2:
            return format_euros(row.amount_cents)
        return self.tr("Cancelled, not counted") if row.cancelled \
            else labels.payment(row.payment)

    def foreground(self, row: closing.SoldComputer, column: int) -> QColor | None:
        return QColor(_GREY) if row.cancelled else None


class DailyClosingPage(QWidget):
    """The day's figures on the left, the cash box on the right."""

    refreshed = Signal()
    recorded = Signal(int)  # the closing sheet's document id
    answered = Signal(str)  # "ok" (printed), "warn" (recorded, not printed), "error"
    csv_saved = Signal(object)  # Path

    REFRESH_ON = frozenset({"handout", "equipment", "sale", "daily_closing", "database"})

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = context.db, context.actor, context.runner
        self._submit = context.runner.bound(self)
        self._generation = 0
        self._printing: set[int] = set()
        self.summary: closing.ClosingSummary | None = None
        self.setStyleSheet(_STYLE)

        # --- the day
        self.title = QLabel()
        self.title.setObjectName("closingTitle")
        self.title.setWordWrap(True)
        self.day_edit = QDateEdit()
        self.day_edit.setObjectName("closingDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        today = QDate(clock.now().date())
        self.day_edit.setMaximumDate(today)
        self.day_edit.setDate(today)
        self.day_edit.setMinimumWidth(190)
        day_caption = QLabel(self.tr("Day"))
        day_caption.setObjectName("closingCaption")
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(day_caption)
        top.addWidget(self.day_edit)
        top.addSpacing(12)

        # --- left: the day's figures
        self.agents = AgentsModel()
        self.agents_view = table_view(self.agents)
        self.sales = SalesModel()
        self.sales_view = table_view(self.sales)
        for view in (self.agents_view, self.sales_view):
            view.setObjectName("closingTable")
            view.verticalHeader().setDefaultSectionSize(34)
            view.setMinimumHeight(150)  # a few rows in view, the page stacked or not
        # the agents' names always whole, each figure as wide as its heading (Qt's
        # own fitting leaves room for a sort arrow there is not); the computer's
        # model is what gives way (cut short with "…", whole in its tooltip)
        heading = QFont(self.agents_view.font())
        heading.setPixelSize(15)
        heading.setBold(True)
        metrics = QFontMetrics(heading)
        agents_header = self.agents_view.horizontalHeader()
        for column in range(1, self.agents.columnCount()):
            agents_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            agents_header.resizeSection(column, max(52, metrics.horizontalAdvance(
                self.agents.headers()[column]) + 10))
        self.sales_view.horizontalHeader().setMinimumSectionSize(100)
        self.sales_view.horizontalHeader().setStretchLastSection(False)
        self.sales_view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.stock_line = QLabel()
        self.stock_line.setObjectName("closingFacts")
        self.stock_line.setWordWrap(True)
        self.earlier = QLabel()
        self.earlier.setObjectName("closingFacts")
        self.earlier.setWordWrap(True)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self._section(self.tr("Handouts and sales, by agent")))
        left.addWidget(self.agents_view, 3)
        left.addWidget(self._section(self.tr("Computers sold")))
        left.addWidget(self.sales_view, 2)
        left.addWidget(self.stock_line)
        left.addWidget(self.earlier)

        # --- right: the cash box
        box = QFrame()
        box.setObjectName("closingBox")
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        for column, text in enumerate((self.tr("Expected"), self.tr("Counted"),
                                       self.tr("Difference")), start=1):
            caption = QLabel(text)
            caption.setObjectName("closingColumn")
            grid.addWidget(caption, 0, column)
        self.cash_edit = self._count_field("0,00")
        self.cheque_amount_edit = self._count_field("0,00")
        self.cheque_count_edit = self._count_field("0")
        self.cheque_count_edit.setValidator(QIntValidator(0, 999, self))
        self.expected: dict[str, QLabel] = {}
        self.differences: dict[str, QLabel] = {}
        rows = (("cash", self.tr("Cash"), self.cash_edit),
                ("cheques", self.tr("Cheques (amount)"), self.cheque_amount_edit),
                ("count", self.tr("Number of cheques"), self.cheque_count_edit))
        for row, (key, caption_text, field) in enumerate(rows, start=1):
            caption = QLabel(caption_text)
            caption.setObjectName("closingCaption")
            caption.setWordWrap(True)
            caption.setFixedWidth(132)
            caption.setBuddy(field)
            expected = QLabel("—")
            expected.setObjectName("closingExpected")
            expected.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            difference = QLabel()
            difference.setObjectName("closingDifference")
            difference.setWordWrap(True)
            difference.setMinimumWidth(130)
            self.expected[key], self.differences[key] = expected, difference
            grid.addWidget(caption, row, 0)
            grid.addWidget(expected, row, 1)
            grid.addWidget(field, row, 2)
            grid.addWidget(difference, row, 3)
        grid.setColumnStretch(3, 1)  # the difference gets the room: it must read at once
        self.note_caption = QLabel()
        self.note_caption.setObjectName("closingCaption")
        self.note_caption.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("e.g. a 5 € note given back by mistake"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(self.note_edit.fontMetrics().lineSpacing() * 2 + 20)
        self.note_caption.setBuddy(self.note_edit)
        self.record_button = primary_button(self.tr("Record the closing and print"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        top.addWidget(self.csv_button)  # the day's figures, counted or not
        self.message = message_line(3)  # a printer's failure says what to do...
        self.message.setMaximumHeight(16777215)  # ...at length: below it, only empty room
        box_layout = QVBoxLayout(box)
        box_layout.setContentsMargins(14, 10, 14, 10)
        box_layout.setSpacing(8)
        box_layout.addWidget(self._section(self.tr("Cash box")))
        box_layout.addLayout(grid)
        box_layout.addSpacing(4)
        box_layout.addWidget(self.note_caption)
        box_layout.addWidget(self.note_edit)
        box_layout.addWidget(self.record_button)
        box_layout.addWidget(self.message)
        box_layout.addStretch(1)

        # side by side; on a narrow screen the cash box first, the figures below
        # it, the whole scrolling (never sideways)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.columns.setSpacing(20)
        self.columns.setContentsMargins(0, 0, 0, 0)
        self.columns.addLayout(left, 1)
        self.columns.addWidget(box, 1)
        content = QWidget()
        content.setLayout(self.columns)
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 12, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)

        self.printer = PrintController(self._db, self._actor, self._runner, self)
        self.printer.printed.connect(self._printed)
        self.printer.failed.connect(self._print_failed)
        for field in (self.cash_edit, self.cheque_amount_edit, self.cheque_count_edit):
            field.textChanged.connect(self._show_differences)
        self.note_edit.textChanged.connect(self._show_differences)
        self.cash_edit.returnPressed.connect(self.cheque_amount_edit.setFocus)
        self.cheque_amount_edit.returnPressed.connect(self.cheque_count_edit.setFocus)
        self.cheque_count_edit.returnPressed.connect(self.note_edit.setFocus)
        self.day_edit.dateChanged.connect(self._day_changed)
        self.record_button.clicked.connect(self.record)
        self.csv_button.clicked.connect(self._choose_csv_file)
        self._runner.changed.connect(self._on_changed)
        self._show_title()
        self._show_differences()
        self.refresh()

    NARROW = 1080  # below this width (a 1024 px screen), the cash box goes on top

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        narrow = event.size().width() < self.NARROW
        self.columns.setDirection(QBoxLayout.Direction.BottomToTop if narrow
                                  else QBoxLayout.Direction.LeftToRight)
        super().resizeEvent(event)

    # --- building blocks ----------------------------------------------------------

    @staticmethod
    def _section(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("sectionTitle")
        label.setWordWrap(True)
        return label

    @staticmethod
    def _count_field(placeholder: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName("closingCount")
        field.setPlaceholderText(placeholder)
        field.setAlignment(Qt.AlignmentFlag.AlignRight)
        field.setFixedWidth(116)
        return field

    # --- the day's figures ------------------------------------------------------------

    @property
    def day(self) -> date:
        return self.day_edit.date().toPython()  # type: ignore[no-any-return]

    def _show_title(self) -> None:
        when = QLocale().toString(self.day_edit.date(), "dddd d MMMM yyyy")
        self.title.setText(self.tr("Closing of {day}").format(day=when))

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & self.REFRESH_ON:
            self.refresh()

    def _day_changed(self, _date: QDate) -> None:
        self._show_title()
        for field in (self.cash_edit, self.cheque_amount_edit, self.cheque_count_edit):
            field.clear()
        self.note_edit.clear()
        show_message(self.message, "")
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, db, actor, day = self._generation, self._db, self._actor, self.day

        def shown(summary: closing.ClosingSummary) -> None:
            if generation == self._generation:  # an older answer: the day changed since
                self._show_summary(summary)

        self._submit(lambda: closing.day_summary(db, actor, day), shown, self._failed)

    def _show_summary(self, summary: closing.ClosingSummary) -> None:
        self.summary = summary
        self.agents.set_rows(list(summary.agents))
        self.sales.set_rows([*summary.sales, *summary.cancelled_sales])
        self.expected["cash"].setText(format_euros(summary.expected_cash_cents))
        self.expected["cheques"].setText(format_euros(summary.expected_cheque_cents))
        self.expected["count"].setText(str(summary.cheques_expected))
        in_stock = sum(line.in_stock for line in summary.stock)
        models = " · ".join(self.tr("{model}: {count}").format(
            model=line.model or self.tr("no model"), count=line.in_stock)
            for line in summary.stock)
        self.stock_line.setText(
            self.tr("%n decoder(s) left in the stock", "", in_stock)
            + (f" ({models})" if models else "") + ".")
        self.earlier.setText(self._earlier_text(summary))
        self._show_differences()
        self.refreshed.emit()

    def _earlier_text(self, summary: closing.ClosingSummary) -> str:
        if not summary.closings:
            return self.tr("No closing recorded for this day yet.")
        said = []
        for recorded in summary.closings:
            who = recorded.staff or self.tr("command line")
            gaps = []
            if recorded.cash_difference:
                gaps.append(self.tr("cash {amount}").format(
                    amount=signed_euros(recorded.cash_difference)))
            if recorded.cheque_difference:
                gaps.append(self.tr("cheques {amount}").format(
                    amount=signed_euros(recorded.cheque_difference)))
            if recorded.cheque_count_difference:
                gaps.append(self.tr("number of cheques {count}").format(
                    count=f"{recorded.cheque_count_difference:+d}"))
            how = ", ".join(gaps) if gaps else self.tr("the count matched")
            said.append(self.tr("{time} by {name} ({how})").format(
                time=recorded.closed_at.strftime("%H:%M"), name=who, how=how))
        return self.tr("Already recorded for this day: {list}. Recording again adds a new "
                       "count; the latest one is the day's closing.").format(
            list="; ".join(said))

    # --- the count ------------------------------------------------------------------

    def counted(self) -> tuple[int | None, int | None, int | None]:
        """The three counts as typed: None where empty or unreadable."""
        def amount(field: QLineEdit) -> int | None:
            try:
                return parse_euros(field.text().strip())
            except ValueError:
                return None

        count_text = self.cheque_count_edit.text().strip()
        return (amount(self.cash_edit), amount(self.cheque_amount_edit),
                int(count_text) if count_text.isdigit() else None)

    def differs(self) -> bool:
        summary = self.summary
        cash, cheques, count = self.counted()
        if summary is None or None in (cash, cheques, count):
            return False
        return summary.differs(cash, cheques, count)  # type: ignore[arg-type]

    def _show_differences(self) -> None:
        summary = self.summary
        counted = self.counted()
        fields = (self.cash_edit, self.cheque_amount_edit, self.cheque_count_edit)
        expected = ((summary.expected_cash_cents, summary.expected_cheque_cents,
                     summary.cheques_expected) if summary else (None, None, None))
        for key, field, value, wanted in zip(("cash", "cheques", "count"), fields, counted,
                                             expected, strict=True):
            label = self.differences[key]
            if not field.text().strip() or wanted is None:
                self._colour(label, "—", _GREY)
                continue
            if value is None:
                self._colour(label, self.tr("Not an amount") if key != "count"
                             else self.tr("Not a number"), _RED)
                continue
            gap = value - wanted
            if gap == 0:
                self._colour(label, self.tr("✓ matches"), _GREEN)
            elif key == "count":
                self._colour(label, self.tr("%n cheque(s) missing", "", -gap) if gap < 0
                             else self.tr("%n cheque(s) too many", "", gap), _RED)
            else:
                self._colour(label, (self.tr("{amount} short") if gap < 0
                                     else self.tr("{amount} over")).format(
                    amount=format_euros(abs(gap))), _RED)
        if self.differs():
            required = not self.note_edit.toPlainText().strip()
            self.note_caption.setText(self.tr("Note required: why is there a difference?"))
            self.note_caption.setStyleSheet(f"color: {_RED};" if required else "")
        else:
            self.note_caption.setText(self.tr("Note (optional)"))
            self.note_caption.setStyleSheet("")

    @staticmethod
    def _colour(label: QLabel, text: str, colour: str) -> None:
        label.setText(text)
        label.setStyleSheet(f"color: {colour};")

    def record(self) -> None:
        """Check what was typed, then record and print on the runner."""
        if not self.record_button.isEnabled():
            return
        cash, cheques, count = self.counted()
        for value, field, empty_text in (
                (cash, self.cash_edit, self.tr("Type the cash counted (0 if the box is empty).")),
                (cheques, self.cheque_amount_edit,
                 self.tr("Type the total of the cheques counted (0 if there are none).")),
                (count, self.cheque_count_edit,
                 self.tr("Type how many cheques were counted (0 if there are none)."))):
            if value is None:
                text = empty_text if not field.text().strip() else self.tr(
                    "« {text} » is not an amount: type it as 35 or 35,50.").format(
                    text=field.text().strip())
                self._say(text, error=True)
                field.setFocus()
                field.selectAll()
                return
        note = self.note_edit.toPlainText().strip()
        if self.differs() and not note:
            self._say(self.tr("The count differs from what the sales say: write in the note "
                              "why, then record."), error=True)
            self.note_edit.setFocus()
            return
        if len(note) > MAX_NOTE:
            self._say(self.tr("The note is too long (at most {count} characters).").format(
                count=MAX_NOTE), error=True)
            self.note_edit.setFocus()
            return
        db, actor, day = self._db, self._actor, self.day
        self.record_button.setEnabled(False)  # one click, one closing

        def done(document_id: int) -> None:
            self.record_button.setEnabled(True)
            for field in (self.cash_edit, self.cheque_amount_edit, self.cheque_count_edit):
                field.clear()
            self.note_edit.clear()
            self._printing.add(document_id)
            self._say(self.tr("Closing recorded. The sheet is printing…"), error=False)
            self.recorded.emit(document_id)
            self.printer.print_document(document_id)

        def refused(error: GuichetError) -> None:
            self.record_button.setEnabled(True)
            self._failed(error)

        self._submit(lambda: closing.record_closing(db, actor, day, cash, cheques, count, note),
                     done, refused)

    def _printed(self, document_id: int, _printer: str) -> None:
        if document_id in self._printing:
            self._printing.discard(document_id)
            self._say(self.tr("Closing recorded and printed: sign the sheet and keep it with "
                              "the cash box."), error=False)
            self.answered.emit("ok")

    def _print_failed(self, document_id: int, error: GuichetError) -> None:
        if document_id in self._printing:
            self._printing.discard(document_id)
            self._say(self.tr("Closing recorded all the same.") + " " + describe(error),
                      error=True)
            self.answered.emit("warn")

    def _failed(self, error: GuichetError) -> None:
        self._say(describe(error), error=True)
        self.answered.emit("error")

    def _say(self, text: str, error: bool) -> None:
        show_message(self.message, text, error=error)

    # --- the CSV ----------------------------------------------------------------------

    def _choose_csv_file(self) -> None:
        target = file_dialogs.save_file(self, self.tr("Export the closing"),
                                        f"cloture-{self.day.isoformat()}.csv",
                                        self.tr("Spreadsheet (*.csv)"))
        if target is not None:
            self.export_csv_to(target)

    def export_csv_to(self, target: Path) -> None:
        """UTF-8 with its BOM, semicolons: Excel in French reads the accents."""
        db, actor, day = self._db, self._actor, self.day

        def work() -> Path:
            text = closing.closing_csv(db, actor, day)
            try:
                with target.open("w", encoding=CSV_ENCODING, newline="") as file:
                    file.write(text)
            except OSError as exc:
                raise FileNotWritten.from_os(target, exc) from exc
            return target

        def done(path: Path) -> None:
            self._say(self.tr("Figures saved in {file}: it opens in a spreadsheet.").format(
                file=path), error=False)
            self.csv_saved.emit(path)

        self._submit(work, done, self._failed)
