"""The vote desk's dialogs: a new vote or its changes, the commission that
opens it, a caretaker's batch, the paper urn, the count, a new letter for one
dwelling, and what to do with the invitation letters once made.

Like every Guichet dialog they check what they can, then emit `ready`: the
desk writes on the window's runner and closes them, or shows its refusal in
them (`error`), the form kept as typed. They never touch the database: what
they need to look up (a scanned code, a passphrase check) they ask the desk
for with a signal, and the desk answers through a method.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpacerItem,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import ballot_box
from app.domain.enums import PollState
from app.domain.text import fold
from app.messages import vote_channel
from app.services.polls import (
    BatchCounts,
    BatchSummary,
    CodeMatch,
    EligibleDwelling,
    PollDraft,
    PollSummary,
)
from ui import file_dialogs
from ui.widgets import form_dialog, message_line, primary_button, show_message

ELLIPSIS = "…"
MAX_COUNT = 99_999


def figure(value: int) -> str:
    """1 020 as French writes it (a narrow no-break space between thousands)."""
    return f"{value:,}".replace(",", "\u202f")


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("sectionTitle")
    label.setWordWrap(True)
    return label


def _wrapped(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _card(*widgets: QWidget) -> QFrame:
    """A framed block (the style's stat card): what must not be missed."""
    frame = QFrame()
    frame.setObjectName("statCard")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 12)
    for widget in widgets:
        layout.addWidget(widget)
    return frame


class _FitOnShow(QObject):
    """A dialog, when shown, grows to the height its wrapped lines need at its
    width: a window starts at most 2/3 of the screen high, and the minimum a
    layout gives it ignores the lines a wrapped label adds (a small laptop's
    768 pixels would cut the last lines)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            fit_height(watched)
        return False


def fit_height(dialog: QDialog) -> None:
    layout = dialog.layout()
    if layout is None:
        return
    layout.activate()
    need = (layout.totalHeightForWidth(dialog.width()) if layout.hasHeightForWidth()
            else layout.totalMinimumSize().height())
    if need > dialog.height():
        dialog.resize(dialog.width(), need)


def _sized(dialog: QDialog, width: int) -> None:
    """At least `width` wide (a strut: the layout sets the dialog's minimum
    itself), and as high as its text needs once shown."""
    layout = dialog.layout()
    assert isinstance(layout, QVBoxLayout)
    layout.insertSpacerItem(0, QSpacerItem(width, 0, QSizePolicy.Policy.Fixed,
                                           QSizePolicy.Policy.Fixed))
    dialog.installEventFilter(_FitOnShow(dialog))


def _count_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(0, MAX_COUNT)
    box.setMinimumWidth(110)
    box.setAlignment(Qt.AlignmentFlag.AlignRight)
    return box


class CodeEdit(QLineEdit):
    """A field for a scanned or typed letter code: Enter looks the code up
    (`entered`) and goes no further, so a scanner's trailing Enter never
    presses the dialog's OK button."""

    entered = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.text().strip():
                self.entered.emit(self.text().strip())
            event.accept()
            return
        super().keyPressEvent(event)


# --- a new vote, or its changes -------------------------------------------------------


class PollDialog(QDialog):
    """The question and the rules of a vote. A draft changes whole; an open
    vote only its last day, place and hours (the services refuse the rest)."""

    ready = Signal()

    def __init__(self, sectors: Sequence[tuple[int, str, int]], centre_place: str,
                 poll: PollSummary | None = None, today: date | None = None,
                 voting: frozenset[int] = frozenset(), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poll = poll
        today = today or date.today()
        self.setWindowTitle(self.tr("New vote") if poll is None
                            else self.tr("Vote of {sector}").format(sector=poll.sector))
        self.sector = QComboBox()
        self._names = {sector_id: name for sector_id, name, _ in sectors}
        for sector_id, name, dwellings in sectors:  # `voting`: a vote is open there
            text = (self.tr("{name} — %n dwelling(s), vote in progress", "", dwellings)
                    if sector_id in voting and (poll is None or poll.sector_id != sector_id)
                    else self.tr("{name} — %n dwelling(s)", "", dwellings))
            self.sector.addItem(text.format(name=name), sector_id)
        self.question = QPlainTextEdit()
        self.question.setTabChangesFocus(True)  # Tab leaves the field, as everywhere
        self.question.ensurePolished()  # the style sheet's font, for three lines' height
        self.question.setFixedHeight(self.question.fontMetrics().lineSpacing() * 3 + 16)
        self.blank = QCheckBox(self.tr("Blank vote allowed"))
        self.urn = QCheckBox(self.tr("Paper urn at the counter"))
        urn_note = _wrapped(self.tr(
            "The tenant signs in Guichet, then drops a paper ballot in the urn: Guichet keeps "
            "no choice, the urn is counted by hand after closing."))
        urn_note.setIndent(30)
        self.caretakers = QCheckBox(self.tr("The caretakers collect ballots in the buildings"))
        self.has_quorum = QCheckBox(self.tr("Quorum of participation:"))
        self.quorum = QSpinBox()
        self.quorum.setRange(1, 100)
        self.quorum.setSuffix(self.tr(" %"))
        self.closes_on = QDateEdit()
        self.closes_on.setCalendarPopup(True)
        self.closes_on.setDisplayFormat("dd/MM/yyyy")
        self.closes_on.setMinimumDate(QDate(today))
        self.place = QLineEdit()
        self.place.setPlaceholderText(centre_place)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("Monday to Friday, 9 am to 12 noon"))
        self.note = _wrapped()
        self.error = message_line()  # its place kept: the form never jumps

        if poll is None:
            self.question.setPlainText(self.tr(
                "Are you in favour of the collective Internet + TV offer at … € per month "
                "per dwelling?"))
            free = [i for i in range(self.sector.count())
                    if self.sector.itemData(i) not in voting]
            self.sector.setCurrentIndex(free[0] if free else 0)
            self.blank.setChecked(True)
            self.caretakers.setChecked(True)
            self.quorum.setValue(25)
            self.closes_on.setDate(QDate(today + timedelta(days=14)))
            self.place.setText(centre_place)
        else:
            self.sector.setCurrentIndex(max(0, self.sector.findData(poll.sector_id)))
            self.question.setPlainText(poll.question)
            self.blank.setChecked(poll.blank_allowed)
            self.urn.setChecked(poll.paper_urn)
            self.caretakers.setChecked(poll.caretakers)
            self.has_quorum.setChecked(poll.quorum_percent is not None)
            self.quorum.setValue(poll.quorum_percent or 25)
            self.closes_on.setDate(QDate(max(poll.closes_on or today, today)))
            self.place.setText(poll.place)
            self.hours.setText(poll.hours)
        self.quorum.setEnabled(self.has_quorum.isChecked())
        self._select_ellipsis()

        quorum_row = QHBoxLayout()
        quorum_row.addWidget(self.has_quorum)
        quorum_row.addWidget(self.quorum)
        quorum_row.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Sector"), self.sector)
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.blank)
        form.addRow(self.urn)
        form.addRow(urn_note)
        form.addRow(self.caretakers)
        form.addRow(quorum_row)
        form.addRow(self.tr("Last day"), self.closes_on)
        form.addRow(self.tr("Where to vote"), self.place)
        form.addRow(self.tr("Opening hours"), self.hours)
        form.addRow(self.note)
        self.ok_button = form_dialog(self, form, self.tr("Create the vote") if poll is None
                                     else self.tr("Save"), self.error)
        _sized(self, 760)
        if poll is not None and poll.state is not PollState.DRAFT:
            # open: only the dates and the place may change (the letters say them)
            for widget in (self.sector, self.question, self.blank, self.urn, self.caretakers,
                           self.has_quorum, self.quorum):
                widget.setEnabled(False)
            self.note.setText(self.tr("The vote is open: only its last day, the place and the "
                                      "hours can still change."))
        else:
            self.note.hide()
        self.has_quorum.toggled.connect(self.quorum.setEnabled)
        self.ok_button.clicked.connect(self._check)

    def _select_ellipsis(self) -> None:
        """The price to type is selected: typing "1,18" replaces it."""
        text = self.question.toPlainText()
        at = text.find(ELLIPSIS)
        if at >= 0:
            cursor = self.question.textCursor()
            cursor.setPosition(at)
            cursor.setPosition(at + 1, cursor.MoveMode.KeepAnchor)
            self.question.setTextCursor(cursor)

    def sector_name(self) -> str:
        return self._names.get(self.sector.currentData(), "")

    def draft(self) -> PollDraft:
        return PollDraft(
            sector_id=self.sector.currentData(), question=self.question.toPlainText(),
            blank_allowed=self.blank.isChecked(), paper_urn=self.urn.isChecked(),
            caretakers=self.caretakers.isChecked(),
            quorum_percent=self.quorum.value() if self.has_quorum.isChecked() else None,
            closes_on=self.closes_on.date().toPython(), place=self.place.text(),
            hours=self.hours.text())

    def _check(self) -> None:
        if self.sector.currentData() is None:
            show_message(self.error, self.tr("Import the landlord's roster first: there is no "
                                             "sector to vote in."), error=True)
            return
        if ELLIPSIS in self.question.toPlainText():
            show_message(self.error, self.tr("Replace the … in the question with the monthly "
                                             "price per dwelling."), error=True)
            self.question.setFocus()
            self._select_ellipsis()
            return
        self.ok_button.setEnabled(False)
        self.ready.emit()


# --- opening: the commission ------------------------------------------------------------


class OpenPollDialog(QDialog):
    """The commission's names and passphrases, after the warning that matters:
    the passphrases are kept nowhere, and without enough of them the vote is lost."""

    ready = Signal()

    def __init__(self, poll: PollSummary, coordinator: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poll = poll
        self.setWindowTitle(self.tr("Open the vote of {sector}").format(sector=poll.sector))
        warning_title = _heading(self.tr("Before opening, read this with the commission"))
        warning = _wrapped(self.tr(
            "The passphrases are never stored, in Guichet or anywhere else. Nobody can recover "
            "a lost one: not the coordinator, not a technician."))
        warning.setObjectName("errorLabel")  # red and bold: it cannot be undone
        self.rule = _wrapped()
        paper = _wrapped(self.tr("Each member writes their passphrase on paper and keeps it, "
                                 "apart from the others."))
        self.member_choice = QComboBox()
        for count in range(ballot_box.MAX_MEMBERS, ballot_box.MIN_MEMBERS - 1, -1):
            self.member_choice.addItem(self.tr("%n member(s)", "", count), count)
        size_row = QHBoxLayout()
        size_row.addWidget(QLabel(self.tr("Commission:")))
        size_row.addWidget(self.member_choice)
        size_row.addStretch(1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        for column, caption in enumerate((self.tr("Name"), self.tr("Passphrase (12 characters "
                                                                   "or more)"),
                                          self.tr("Passphrase again")), start=1):
            label = QLabel(caption)
            label.setObjectName("factCaption")
            label.setWordWrap(True)
            grid.addWidget(label, 0, column)
        self.names: list[QLineEdit] = []
        self.passphrases: list[QLineEdit] = []
        self.agains: list[QLineEdit] = []
        self._row_widgets: list[list[QWidget]] = []
        for index in range(ballot_box.MAX_MEMBERS):
            number = QLabel(str(index + 1))
            name = QLineEdit(coordinator if index == 0 else "")
            name.setPlaceholderText(self.tr("Coordinator") if index == 0
                                    else self.tr("A tenants' representative"))
            passphrase, again = QLineEdit(), QLineEdit()
            for edit in (passphrase, again):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
            passphrase.setPlaceholderText(self.tr("a few words"))
            for column, widget in enumerate((number, name, passphrase, again)):
                grid.addWidget(widget, index + 1, column)
            self.names.append(name)
            self.passphrases.append(passphrase)
            self.agains.append(again)
            self._row_widgets.append([number, name, passphrase, again])
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 3)
        grid.setColumnStretch(3, 3)
        self.written = QCheckBox(self.tr("Each member has written their passphrase on paper."))
        self.error = message_line()

        layout = QVBoxLayout()
        layout.addWidget(_card(warning_title, warning, self.rule, paper))
        layout.addLayout(size_row)
        layout.addLayout(grid)
        layout.addWidget(self.written)
        self.ok_button = form_dialog(self, layout, self.tr("Open the vote"), self.error)
        _sized(self, 900)
        self.member_choice.currentIndexChanged.connect(self._show_rows)
        self.ok_button.clicked.connect(self._check)
        self._show_rows()

    def member_count(self) -> int:
        return int(self.member_choice.currentData())

    def _show_rows(self) -> None:
        count = self.member_count()
        for index, widgets in enumerate(self._row_widgets):
            for widget in widgets:
                widget.setVisible(index < count)
        self.rule.setText({
            3: self.tr("With three members, any two of them are needed to count the vote. If "
                       "two passphrases are lost, the ballots cast on screen can never be "
                       "counted: the vote must be run again."),
            2: self.tr("With two members, both are needed to count the vote. If one passphrase "
                       "is lost, the ballots cast on screen can never be counted: the vote must "
                       "be run again."),
        }[count])

    def members(self) -> list[tuple[str, str]]:
        return [(self.names[i].text(), self.passphrases[i].text())
                for i in range(self.member_count())]

    def _refuse(self, text: str, field: QLineEdit | None = None) -> None:
        show_message(self.error, text, error=True)
        if field is not None:
            field.setFocus()
            field.selectAll()

    def _check(self) -> None:
        count = self.member_count()
        for i in range(count):
            name = self.names[i].text().strip()
            if not name:
                self._refuse(self.tr("Type the name of member {number}.").format(number=i + 1),
                             self.names[i])
                return
            if len(self.passphrases[i].text().strip()) < ballot_box.MIN_PASSPHRASE:
                self._refuse(self.tr("The passphrase of {name} is too short: at least "
                                     "{count} characters (a few words).").format(
                    name=name, count=ballot_box.MIN_PASSPHRASE), self.passphrases[i])
                return
            if self.passphrases[i].text() != self.agains[i].text():
                self.agains[i].clear()
                self._refuse(self.tr("The two entries of {name} differ: type the passphrase "
                                     "again.").format(name=name), self.agains[i])
                return
        if not self.written.isChecked():
            self._refuse(self.tr("Each member writes their passphrase on paper first, then "
                                 "tick the box."))
            self.written.setFocus()
            return
        show_message(self.error, self.tr("Opening the vote… a few seconds."), error=False)
        self.ok_button.setEnabled(False)
        self.ready.emit()


# --- a caretaker's batch -----------------------------------------------------------------


class BatchDialog(QDialog):
    """The dwellings that signed a caretaker's list (ticked, or scanned from
    their letters) and the counts of the ballots they brought: recorded only
    when both agree."""

    ready = Signal()
    code_entered = Signal(str)  # the desk looks it up, then `tick_found` or `refuse`

    def __init__(self, poll: PollSummary, dwellings: Sequence[EligibleDwelling],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poll = poll
        self.setWindowTitle(self.tr("Caretaker's batch — {sector}").format(sector=poll.sector))
        self.bearer = QLineEdit()
        self.bearer.setPlaceholderText(self.tr("Mrs Le Gall"))
        self.code = CodeEdit()
        self.code.setPlaceholderText(self.tr("scan the letter, or type its 12 digits"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("reference, street, door…"))
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setMinimumHeight(220)
        self.tree.setStyleSheet("QTreeWidget::item { min-height: 34px; }")
        self._items: dict[int, QTreeWidgetItem] = {}
        self._voted: dict[int, EligibleDwelling] = {}
        self._buildings: list[QTreeWidgetItem] = []
        self._fill(dwellings)
        self.counts_boxes = {key: _count_box() for key in ("for", "against", "blank", "spoiled")}
        counts = QHBoxLayout()
        for key, caption in (("for", self.tr("For")), ("against", self.tr("Against")),
                             ("blank", self.tr("Blank")), ("spoiled", self.tr("Spoiled"))):
            label = QLabel(caption)
            label.setBuddy(self.counts_boxes[key])
            counts.addWidget(label)
            counts.addWidget(self.counts_boxes[key])
            counts.addSpacing(12)
        counts.addStretch(1)
        self.balance = message_line(1)  # one line: the dialog is wide enough
        self.error = message_line()

        form = QFormLayout()
        form.addRow(self.tr("Caretaker"), self.bearer)
        form.addRow(self.tr("Letter code"), self.code)
        form.addRow(self.tr("Find in the list"), self.filter)
        layout = QVBoxLayout()
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Tick the dwellings that signed the caretaker's list:")))
        layout.addWidget(self.tree, 1)
        layout.addWidget(QLabel(self.tr("The ballots in the caretaker's envelope:")))
        layout.addLayout(counts)
        layout.addWidget(self.balance)
        self.ok_button = form_dialog(self, layout, self.tr("Record the batch"), self.error)
        _sized(self, 860)
        self.tree.itemChanged.connect(self._item_changed)
        for box in self.counts_boxes.values():
            box.valueChanged.connect(self._show_balance)
        self.code.entered.connect(self.code_entered)
        self.filter.textChanged.connect(self._filter)
        self.ok_button.clicked.connect(self._check)
        self._show_balance()

    def _fill(self, dwellings: Sequence[EligibleDwelling]) -> None:
        self.tree.blockSignals(True)
        building: QTreeWidgetItem | None = None
        for dwelling in dwellings:
            if building is None or building.data(0, Qt.ItemDataRole.UserRole) != dwelling.building:
                building = QTreeWidgetItem(self.tree)
                building.setData(0, Qt.ItemDataRole.UserRole, dwelling.building)
                building.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self._buildings.append(building)
            item = QTreeWidgetItem(building)
            item.setData(0, Qt.ItemDataRole.UserRole, dwelling.dwelling_id)
            text = f"{dwelling.door} — {dwelling.landlord_ref}" if dwelling.door \
                else dwelling.landlord_ref
            if dwelling.voted:
                text = self.tr("{dwelling}: has already voted ({channel})").format(
                    dwelling=text, channel=vote_channel(dwelling.voted))
                item.setFlags(Qt.ItemFlag.NoItemFlags)  # cannot be ticked
                item.setForeground(0, QColor("#6b7b8c"))  # and looks it
                self._voted[dwelling.dwelling_id] = dwelling
            else:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                              | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setText(0, text)
            item.setToolTip(0, f"{dwelling.building}, {text}")
            self._items[dwelling.dwelling_id] = item
        for item in self._buildings:
            self._label_building(item)
        self.tree.blockSignals(False)

    def _label_building(self, building: QTreeWidgetItem) -> None:
        ticked = sum(building.child(i).checkState(0) == Qt.CheckState.Checked
                     for i in range(building.childCount()))
        label = building.data(0, Qt.ItemDataRole.UserRole)
        text = self.tr("{building} — %n ticked", "", ticked).format(building=label) \
            if ticked else label
        building.setText(0, text)
        font = building.font(0)
        font.setBold(bool(ticked))
        building.setFont(0, font)

    def _item_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        parent = item.parent()
        if parent is not None:
            self.tree.blockSignals(True)
            self._label_building(parent)
            self.tree.blockSignals(False)
        self._show_balance()

    def _filter(self, text: str) -> None:
        wanted = fold(text)
        for building in self._buildings:
            in_building = wanted in fold(building.data(0, Qt.ItemDataRole.UserRole))
            shown = 0
            for i in range(building.childCount()):
                child = building.child(i)
                hide = bool(wanted) and not in_building and wanted not in fold(child.text(0))
                child.setHidden(hide)
                shown += not hide
            building.setHidden(shown == 0)
            building.setExpanded(bool(wanted) and shown > 0)

    # --- what the desk and the tests use ----------------------------------------------

    def dwelling_ids(self) -> list[int]:
        return [dwelling_id for dwelling_id, item in self._items.items()
                if item.checkState(0) == Qt.CheckState.Checked and dwelling_id not in self._voted]

    def set_ticked(self, dwelling_id: int, ticked: bool = True) -> None:
        item = self._items[dwelling_id]
        item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def set_counts(self, for_: int, against: int, blank: int = 0, spoiled: int = 0) -> None:
        for key, value in (("for", for_), ("against", against), ("blank", blank),
                           ("spoiled", spoiled)):
            self.counts_boxes[key].setValue(value)

    def counts(self) -> BatchCounts:
        box = self.counts_boxes
        return BatchCounts(box["for"].value(), box["against"].value(), box["blank"].value(),
                           box["spoiled"].value())

    def tick_found(self, match: CodeMatch) -> None:
        """A code the desk found: tick its dwelling, or say why not."""
        self.code.clear()
        item = self._items.get(match.dwelling_id)
        if item is None:
            self.refuse(self.tr("The dwelling {ref} is not invited to this vote (another "
                                "sector, or not on the roster when it opened).").format(
                ref=match.landlord_ref))
            return
        voted = self._voted.get(match.dwelling_id)
        if voted is not None:
            self.refuse(self.tr("The dwelling {ref} has already voted ({channel}): do not "
                                "tick it. Set one envelope of the batch aside, unopened, and "
                                "note it on the caretaker's list.").format(
                ref=match.landlord_ref, channel=vote_channel(voted.voted or "")))
            return
        already = item.checkState(0) == Qt.CheckState.Checked
        self.set_ticked(match.dwelling_id)
        item.parent().setExpanded(True)
        self.tree.scrollToItem(item)
        self.tree.setCurrentItem(item)
        show_message(self.error, (self.tr("{ref} was already ticked.") if already
                                  else self.tr("{ref} ticked.")).format(ref=match.landlord_ref),
                     error=False)

    def refuse(self, text: str) -> None:
        show_message(self.error, text, error=True)
        self.code.selectAll()

    def balanced(self) -> bool:
        signed, ballots = len(self.dwelling_ids()), self.counts().total
        return signed > 0 and signed == ballots

    def _show_balance(self) -> None:
        signed, ballots = len(self.dwelling_ids()), self.counts().total
        if signed == 0 and ballots == 0:
            show_message(self.balance, self.tr("Tick the dwellings, then type the ballots."),
                         error=False)
        else:
            text = self.tr("{signatures}, {ballots}: the batch balances.") if self.balanced() \
                else self.tr("{signatures}, {ballots}: the batch does not balance.")
            show_message(self.balance, text.format(
                signatures=self.tr("%n signature(s)", "", signed),
                ballots=self.tr("%n ballot(s)", "", ballots)), error=not self.balanced())
        self.ok_button.setEnabled(self.balanced())

    def _check(self) -> None:
        if not self.bearer.text().strip():
            show_message(self.error, self.tr("Type the caretaker's name."), error=True)
            self.bearer.setFocus()
            return
        if not self.balanced():
            return
        self.ok_button.setEnabled(False)
        self.ready.emit()


# --- the paper urn ------------------------------------------------------------------------


class UrnDialog(QDialog):
    """The urn's ballots, counted by hand after closing: as many as the
    signatures at the counter."""

    ready = Signal()

    def __init__(self, poll: PollSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poll = poll
        self.signatures = poll.at_counter
        self.setWindowTitle(self.tr("Paper urn — {sector}").format(sector=poll.sector))
        intro = _wrapped(self.tr(
            "Open the urn with a witness and count its ballots. The counter recorded %n "
            "signature(s): the urn must hold as many ballots.", "", self.signatures))
        self.counts_boxes = {key: _count_box() for key in ("for", "against", "blank", "spoiled")}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(intro)
        for key, caption in (("for", self.tr("For")), ("against", self.tr("Against")),
                             ("blank", self.tr("Blank")), ("spoiled", self.tr("Spoiled"))):
            form.addRow(caption, self.counts_boxes[key])
        self.balance = message_line()
        self.error = message_line()
        self.ok_button = form_dialog(self, form, self.tr("Record the urn"), self.balance,
                                     self.error)
        _sized(self, 640)
        for box in self.counts_boxes.values():
            box.valueChanged.connect(self._show_balance)
        self.ok_button.clicked.connect(self._check)
        self._show_balance()

    def counts(self) -> BatchCounts:
        box = self.counts_boxes
        return BatchCounts(box["for"].value(), box["against"].value(), box["blank"].value(),
                           box["spoiled"].value())

    def set_counts(self, for_: int, against: int, blank: int = 0, spoiled: int = 0) -> None:
        for key, value in (("for", for_), ("against", against), ("blank", blank),
                           ("spoiled", spoiled)):
            self.counts_boxes[key].setValue(value)

    def balanced(self) -> bool:
        return self.signatures > 0 and self.counts().total == self.signatures

    def _show_balance(self) -> None:
        text = self.tr("{signatures}, {ballots} in the urn: it balances.") if self.balanced() \
            else self.tr("{signatures}, {ballots} in the urn: it does not balance.")
        show_message(self.balance, text.format(
            signatures=self.tr("%n signature(s)", "", self.signatures),
            ballots=self.tr("%n ballot(s)", "", self.counts().total)),
            error=not self.balanced())
        self.ok_button.setEnabled(self.balanced())

    def _check(self) -> None:
        if self.balanced():
            self.ok_button.setEnabled(False)
            self.ready.emit()


# --- cancelling a batch --------------------------------------------------------------------


class CancelBatchDialog(QDialog):
    ready = Signal()

    def __init__(self, batch: BatchSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.batch = batch
        self.setWindowTitle(self.tr("Cancel a batch"))
        what = (self.tr("Cancel the batch of {bearer} ({dwellings})? Its dwellings may then "
                        "vote again.") if batch.bearer
                else self.tr("Cancel the urn's count? It can then be entered again.")).format(
            bearer=batch.bearer, dwellings=self.tr("%n dwelling(s)", "", batch.dwellings))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("counts mistyped, wrong list…"))
        self.error = message_line()
        form = QFormLayout()
        form.addRow(_wrapped(what))
        form.addRow(self.tr("Reason (kept in the audit log)"), self.reason)
        self.ok_button = form_dialog(self, form, self.tr("Cancel the batch"), self.error)
        _sized(self, 680)
        self.ok_button.clicked.connect(self._check)

    def _check(self) -> None:
        if not self.reason.text().strip():
            show_message(self.error, self.tr("Say why the batch is cancelled."), error=True)
            self.reason.setFocus()
            return
        self.ok_button.setEnabled(False)
        self.ready.emit()


# --- the count ------------------------------------------------------------------------------


class CountDialog(QDialog):
    """The commission's members by name; enough of them type their passphrase,
    each checked as it is typed; then the count."""

    ready = Signal()
    check_requested = Signal(int, str)  # member index, passphrase: the desk answers `show_check`

    CHECK_DELAY_MS = 700  # after the last key: a passphrase is checked without leaving it

    def __init__(self, poll: PollSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poll = poll
        members = list(poll.commission)
        self.needed = ballot_box.needed(len(members)) if members else 1
        self.setWindowTitle(self.tr("Count the vote of {sector}").format(sector=poll.sector))
        intro = _wrapped({
            1: self.tr("The member of the commission types their passphrase."),
            2: self.tr("Both members of the commission type their passphrase."),
        }.get(len(members), self.tr("Two members of the commission, any two, type their "
                                    "passphrase.")))
        after = _wrapped(self.tr("Counting opens the ballots and keeps only the totals: the "
                                 "sealed ballots are then erased for good."))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.fields: list[QLineEdit] = []
        self.statuses: list[QLabel] = []
        self._good: dict[int, str] = {}
        self._timers: list[QTimer] = []
        for index, name in enumerate(members):
            label = QLabel(name)
            label.setObjectName("factCaption")
            field = QLineEdit()
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setPlaceholderText(self.tr("passphrase of {name}").format(name=name))
            label.setBuddy(field)
            status = QLabel()
            status.ensurePolished()
            status.setMinimumWidth(status.fontMetrics().horizontalAdvance(
                self.tr("✗ incorrect passphrase")) + 8)
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(self.CHECK_DELAY_MS)
            timer.timeout.connect(lambda i=index: self.check(i))
            field.textEdited.connect(lambda _text, i=index: self._edited(i))
            field.editingFinished.connect(lambda i=index: self.check(i))
            grid.addWidget(label, index, 0)
            grid.addWidget(field, index, 1)
            grid.addWidget(status, index, 2)
            self.fields.append(field)
            self.statuses.append(status)
            self._timers.append(timer)
        grid.setColumnStretch(1, 1)
        self.error = message_line()
        layout = QVBoxLayout()
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(after)
        self.ok_button = form_dialog(self, layout, self.tr("Count the vote"), self.error)
        _sized(self, 780)
        self.ok_button.clicked.connect(self._check)
        self._update_ok()

    def _edited(self, index: int) -> None:
        self._good.pop(index, None)
        self._set_status(index, "", None)
        self._timers[index].start()
        self._update_ok()

    def check(self, index: int) -> None:
        """Ask the desk to check this member's passphrase (once per text)."""
        self._timers[index].stop()
        text = self.fields[index].text()
        if not text or self._good.get(index) == text:
            return
        if self.statuses[index].property("checking") == text:
            return
        self.statuses[index].setProperty("checking", text)
        self._set_status(index, self.tr("checking…"), None)
        self.check_requested.emit(index, text)

    def show_check(self, index: int, text: str, good: bool) -> None:
        self.statuses[index].setProperty("checking", None)
        if self.fields[index].text() != text:
            return  # typed again meanwhile: its own check follows
        if good:
            self._good[index] = text
            self._set_status(index, self.tr("✓ correct"), False)
            show_message(self.error, "")
        else:
            self._good.pop(index, None)
            self._set_status(index, self.tr("✗ incorrect passphrase"), True)
            show_message(self.error, self.tr("The passphrase of {name} is incorrect: nothing "
                                             "was opened. Type it again.").format(
                name=self.poll.commission[index]), error=True)
            self.fields[index].selectAll()
        self._update_ok()

    def _set_status(self, index: int, text: str, error: bool | None) -> None:
        show_message(self.statuses[index], text, error=error)
        self.statuses[index].setVisible(True)

    def passphrases(self) -> dict[int, str]:
        return dict(self._good)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(len(self._good) >= self.needed)

    def _check(self) -> None:
        if len(self._good) < self.needed:
            return
        show_message(self.error, self.tr("Counting…"), error=False)
        self.ok_button.setEnabled(False)
        self.ready.emit()


# --- a new letter for one dwelling ---------------------------------------------------------


class NewLetterDialog(QDialog):
    """Find the dwelling (landlord reference, street, door), then the desk
    asks before giving it a new code: its old letter will be refused."""

    ready = Signal()

    def __init__(self, poll: PollSummary, dwellings: Sequence[EligibleDwelling],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.poll = poll
        self.setWindowTitle(self.tr("New letter for a dwelling"))
        intro = _wrapped(self.tr(
            "For a letter lost, or seen by others: the dwelling gets a new code and a new "
            "letter; its old letter will be refused."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("landlord reference, street, door…"))
        self.matches = QListWidget()
        self.matches.setMinimumHeight(260)
        for dwelling in dwellings:
            text = f"{dwelling.landlord_ref} — {dwelling.building}" + (
                f", {dwelling.door}" if dwelling.door else "")
            if dwelling.voted:
                text += " " + self.tr("(has already voted)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, dwelling)
            item.setToolTip(text)
            self.matches.addItem(item)
        self.error = message_line()
        form = QVBoxLayout()
        form.addWidget(intro)
        form.addWidget(self.search)
        form.addWidget(self.matches, 1)
        self.ok_button = form_dialog(self, form, self.tr("New code and letter…"), self.error)
        _sized(self, 800)
        self.search.textChanged.connect(self._filter)
        self.matches.currentItemChanged.connect(lambda *_: self._update_ok())
        self.matches.itemDoubleClicked.connect(lambda _item: self._check())
        self.ok_button.clicked.connect(self._check)
        self._update_ok()

    def _filter(self, text: str) -> None:
        words = fold(text).split()
        first_shown = None
        for row in range(self.matches.count()):
            item = self.matches.item(row)
            hidden = not all(word in fold(item.text()) for word in words)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        if first_shown is not None and (self.matches.currentItem() is None
                                        or self.matches.currentItem().isHidden()):
            self.matches.setCurrentItem(first_shown)
        self._update_ok()

    def choose(self, landlord_ref: str) -> None:
        for row in range(self.matches.count()):
            item = self.matches.item(row)
            if item.data(Qt.ItemDataRole.UserRole).landlord_ref == landlord_ref:
                self.matches.setCurrentItem(item)
                return

    def chosen(self) -> EligibleDwelling | None:
        item = self.matches.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self.chosen() is not None)

    def _check(self) -> None:
        if self.chosen() is None:
            show_message(self.error, self.tr("Choose the dwelling in the list."), error=True)
            return
        self.ready.emit()


# --- the letters, made ------------------------------------------------------------------------


class LettersReadyDialog(QDialog):
    """The PDF is made: save it (on a stick, to print elsewhere) or print it
    on this PC's A4 printer. The desk does both on the runner."""

    save_requested = Signal(object)  # Path
    print_requested = Signal()

    def __init__(self, letters: int, suggested_name: str, printer: str, single_ref: str = "",
                 parent: QWidget | None = None, title: str = "", said: str = "") -> None:
        """`title` and `said` for other letters than the vote's (handout days)."""
        super().__init__(parent)
        self.suggested_name = suggested_name
        self.printer = printer
        self.setWindowTitle(title or self.tr("Invitation letters"))
        said = said or (
            self.tr("The new letter of {ref} is ready (one A4 page).").format(ref=single_ref)
            if single_ref else
            self.tr("%n letter(s) ready: one A4 page per dwelling.", "", letters))
        where = (self.tr("Print them on {printer}, or save the PDF on a USB stick.").format(
            printer=printer) if printer else
            self.tr("No A4 printer is chosen on this PC (Impressions desk, « Preview and "
                    "print… »): save the PDF on a USB stick to print it elsewhere."))
        self.save_button = QPushButton(self.tr("Save the PDF…"))
        self.print_button = primary_button(self.tr("Print on {printer}").format(printer=printer)
                                           if printer else self.tr("Print"))
        self.print_button.setEnabled(bool(printer))
        if not printer:
            self.save_button.setObjectName("primaryButton")
        self.close_button = QPushButton(self.tr("Close"))
        self.message = message_line()
        # the same buttons in the same places whether a printer is set or not:
        # a click where "Close" was never sends hundreds of letters
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(said))
        layout.addWidget(_wrapped(where))
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        _sized(self, 680)
        self.save_button.clicked.connect(self._choose_file)
        self.print_button.clicked.connect(self._print)
        self.close_button.clicked.connect(self.accept)

    def _choose_file(self) -> None:
        target = file_dialogs.save_file(self, self.tr("Save the letters"), self.suggested_name,
                                        "PDF (*.pdf)")
        if target is not None:
            self.save_to(target)

    def save_to(self, target: Path) -> None:
        show_message(self.message, self.tr("Saving…"), error=False)
        self.save_requested.emit(target)

    def _print(self) -> None:
        show_message(self.message, self.tr("Sending to {printer}…").format(printer=self.printer),
                     error=False)
        self.print_button.setEnabled(False)
        self.print_requested.emit()

    def say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error=error)
        self.print_button.setEnabled(bool(self.printer))
