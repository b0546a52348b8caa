"""The needs survey in the window: the counts by topic as big bars (what to
plan next), for the coordinator the topics list, and the dialog that records
one person's needs (big checkboxes, saved on OK)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.domain.errors import GuichetError
from app.domain.roles import Permission, allows
from app.messages import describe
from app.services import needs
from ui.desks import DeskContext
from ui.dialogs import ActDialog
from ui.widgets import day_first, form_dialog, message_line, show_message, title_label

DATE_FORMAT = "dd/MM/yyyy"  # digits typed straight in (a weekday in front stops them)


class NeedsChart(QWidget):
    """Horizontal bars, one per topic: its name, a bar as long as its count
    (the most asked topic fills the width), the number at the end."""

    ROW = 46

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines: list[needs.TopicCount] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_lines(self, lines: list[needs.TopicCount]) -> None:
        self.lines = list(lines)
        self.setFixedHeight(max(1, len(self.lines)) * self.ROW)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(600, max(1, len(self.lines)) * self.ROW)

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(18)
        painter.setFont(font)
        width = self.width()
        label_w = min(380, int(width * 0.5))
        number_w = 56
        bar_w = max(40, width - label_w - number_w - 24)
        top = max((line.people for line in self.lines), default=0) or 1
        for n, line in enumerate(self.lines):
            y = n * self.ROW
            painter.setPen(QColor("#111111"))
            text = painter.fontMetrics().elidedText(line.label, Qt.TextElideMode.ElideRight,
                                                    label_w - 8)
            painter.drawText(QRectF(0, y, label_w - 8, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, text)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#e8eef5"))
            painter.drawRoundedRect(QRectF(label_w, y + 8, bar_w, self.ROW - 16), 6, 6)
            if line.people:
                painter.setBrush(QColor("#8a9bb0" if line.retired else "#0b63c5"))
                painter.drawRoundedRect(QRectF(label_w, y + 8, max(8.0, bar_w * line.people / top),
                                               self.ROW - 16), 6, 6)
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(QColor("#0b3d6e"))
            painter.drawText(QRectF(label_w + bar_w + 8, y, number_w + 16, self.ROW),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             str(line.people))
            painter.setFont(font)
        painter.end()


class NeedsPage(QWidget):
    """What people would like help with, counted by topic, to plan the next
    workshops; the coordinator keeps the list of topics here too."""

    REFRESH_ON = frozenset({"person_need", "topic", "database"})
    answered = Signal()

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = context.db, context.actor
        self._submit = context.runner.bound(self)
        self.may_edit = allows(self._actor.role, Permission.EDIT_PROGRAMME_LISTS)
        self.counts: needs.NeedsCounts | None = None
        self.topics: list[needs.TopicView] = []

        self.since_box = QCheckBox(self.tr("Only people seen since"))
        self.since = QDateEdit(QDate(clock.now().date().replace(day=1)))
        self.since.setDisplayFormat(DATE_FORMAT)
        day_first(self.since)
        self.since.setCalendarPopup(True)
        self.since.setEnabled(False)
        self.summary = QLabel()
        self.summary.setObjectName("sectionTitle")
        self.summary.setWordWrap(True)
        self.chart = NeedsChart()
        self.retired_caption = QLabel(self.tr("Topics no longer on the survey (answers kept)"))
        self.retired_caption.setObjectName("factCaption")
        self.retired_chart = NeedsChart()
        self.message = message_line(2)

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.since_box)
        filter_row.addWidget(self.since)
        filter_row.addStretch(1)
        bars = QWidget()
        bars_layout = QVBoxLayout(bars)
        bars_layout.setContentsMargins(0, 0, 8, 0)
        bars_layout.addWidget(self.summary)
        bars_layout.addWidget(self.chart)
        bars_layout.addWidget(self.retired_caption)
        bars_layout.addWidget(self.retired_chart)
        bars_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(bars)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left = QVBoxLayout()
        left.addWidget(title_label(self.tr("Needs survey")))
        left.addLayout(filter_row)
        left.addWidget(scroll, 1)
        left.addWidget(self.message)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        # the coordinator's list of topics
        self.editor = QWidget()
        editor = QVBoxLayout(self.editor)
        editor.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("Topics of the survey"))
        caption.setObjectName("sectionTitle")
        self.topic_list = QListWidget()
        self.add_button = QPushButton(self.tr("Add a topic…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.retire_button = QPushButton(self.tr("Take off the survey"))
        editor.addWidget(caption)
        editor.addWidget(self.topic_list, 1)
        for button in (self.add_button, self.rename_button, self.retire_button):
            button.setObjectName("secondaryAct")
            editor.addWidget(button)
        layout.addWidget(self.editor, 3)
        self.editor.setVisible(self.may_edit)
        self.topic_dialog: ActDialog | None = None

        self.since_box.toggled.connect(self.since.setEnabled)
        self.since_box.toggled.connect(lambda _on: self.refresh())
        self.since.dateChanged.connect(lambda _day: self.since_box.isChecked() and self.refresh())
        self.add_button.clicked.connect(self.ask_add)
        self.rename_button.clicked.connect(self.ask_rename)
        self.retire_button.clicked.connect(self.toggle_retired)
        self.topic_list.currentRowChanged.connect(self._update_buttons)
        context.runner.changed.connect(
            lambda topics: self.refresh() if topics & self.REFRESH_ON else None)
        self.refresh()

    def since_day(self) -> date | None:
        return self.since.date().toPython() if self.since_box.isChecked() else None

    def refresh(self) -> None:
        db, actor, since, edit = self._db, self._actor, self.since_day(), self.may_edit

        def work() -> tuple[needs.NeedsCounts, list[needs.TopicView]]:
            return (needs.counts(db, actor, since),
                    needs.topics(db, actor, include_retired=True) if edit else [])

        self._submit(work, self._show, self._refused)

    def _show(self, result: tuple[needs.NeedsCounts, list[needs.TopicView]]) -> None:
        self.counts, self.topics = result
        counts = self.counts
        self.summary.setText(self.tr("%n person(s) told us what they need", "", counts.people))
        self.chart.set_lines(list(counts.active))
        self.retired_chart.set_lines(list(counts.retired))
        self.retired_caption.setVisible(bool(counts.retired))
        self.retired_chart.setVisible(bool(counts.retired))
        current = self.topic_list.currentRow()
        self.topic_list.clear()
        for topic in self.topics:
            item = QListWidgetItem(topic.label + (" " + self.tr("(off the survey)")
                                                  if topic.retired else ""))
            item.setData(Qt.ItemDataRole.UserRole, topic.id)
            if topic.retired:
                item.setForeground(QColor("#6b7b8c"))
            self.topic_list.addItem(item)
        if 0 <= current < self.topic_list.count():
            self.topic_list.setCurrentRow(current)
        self._update_buttons()
        self.answered.emit()

    def _refused(self, error: GuichetError) -> None:
        show_message(self.message, describe(error), error=True)
        self.answered.emit()

    def chosen_topic(self) -> needs.TopicView | None:
        row = self.topic_list.currentRow()
        return self.topics[row] if 0 <= row < len(self.topics) else None

    def _update_buttons(self, *_args: object) -> None:
        topic = self.chosen_topic()
        self.rename_button.setEnabled(topic is not None)
        self.retire_button.setEnabled(topic is not None)
        self.retire_button.setText(self.tr("Put back on the survey") if topic and topic.retired
                                   else self.tr("Take off the survey"))

    def _write(self, work, said: str) -> None:  # type: ignore[no-untyped-def]
        def done(_result: object) -> None:
            show_message(self.message, said, error=False)
            self.refresh()

        self._submit(work, done, self._refused)

    def ask_add(self) -> None:
        label = QLineEdit()
        self.topic_dialog = ActDialog(self.tr("Add a topic"),
                                      self.tr("A new topic people may ask help with. It is added "
                                              "at the end of the survey."),
                                      [(self.tr("Topic"), label)], self.tr("Add"), self)
        self.topic_dialog.chosen.connect(lambda values: self.add_topic(values[0]))
        self.topic_dialog.open()

    def add_topic(self, label: str) -> None:
        db, actor = self._db, self._actor
        self._write(lambda: needs.add_topic(db, actor, label),
                    self.tr("Topic « {label} » added.").format(label=label.strip()))

    def ask_rename(self) -> None:
        topic = self.chosen_topic()
        if topic is None:
            return
        label = QLineEdit(topic.label)
        self.topic_dialog = ActDialog(self.tr("Rename a topic"),
                                      self.tr("The answers already given stay with the topic."),
                                      [(self.tr("Topic"), label)], self.tr("Rename"), self)
        self.topic_dialog.chosen.connect(lambda values: self.rename_topic(topic.id, values[0]))
        self.topic_dialog.open()

    def rename_topic(self, topic_id: int, label: str) -> None:
        db, actor = self._db, self._actor
        self._write(lambda: needs.rename_topic(db, actor, topic_id, label),
                    self.tr("Topic renamed « {label} ».").format(label=label.strip()))

    def toggle_retired(self) -> None:
        topic = self.chosen_topic()
        if topic is None:
            return
        db, actor, retire = self._db, self._actor, not topic.retired
        self._write(lambda: needs.retire_topic(db, actor, topic.id, retire),
                    (self.tr("« {label} » is off the survey; its answers stay counted.")
                     if retire else self.tr("« {label} » is back on the survey."))
                    .format(label=topic.label))


class NeedsDialog(QDialog):
    """One person's needs: a big checkbox per topic of the survey, saved on OK."""

    saved = Signal(int)  # the person

    def __init__(self, context: DeskContext, person_id: int, person_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = context.db, context.actor
        self._submit = context.runner.bound(self)
        self.person_id = person_id
        self.setWindowTitle(self.tr("Needs of {name}").format(name=person_name))
        self.setMinimumWidth(560)
        self.checks: dict[int, QCheckBox] = {}
        intro = QLabel(self.tr("What would {name} like help with? Tick every topic that "
                               "applies.").format(name=person_name))
        intro.setObjectName("pageIntro")
        intro.setWordWrap(True)
        intro.setMinimumWidth(560)  # the dialog's layout keeps its minimum size
        self.box = QVBoxLayout()
        self.box.setSpacing(10)
        layout = QVBoxLayout()
        layout.addWidget(intro)
        layout.addLayout(self.box)
        self.error = message_line(2)
        self.ok_button = form_dialog(self, layout, self.tr("Save"), self.error)
        self.ok_button.setEnabled(False)  # until the topics are there
        self.ok_button.clicked.connect(self._ok)
        db, actor = self._db, self._actor
        self._submit(lambda: (needs.topics(db, actor), needs.needs_of(db, actor, person_id)),
                     self._show, self._refused)

    def _show(self, result: tuple[list[needs.TopicView], frozenset[int]]) -> None:
        topics, current = result
        for topic in topics:
            check = QCheckBox(topic.label)
            check.setStyleSheet("QCheckBox { font-size: 21px; min-height: 40px; }"
                                " QCheckBox::indicator { width: 30px; height: 30px; }")
            check.setChecked(topic.id in current)
            self.box.addWidget(check)
            self.checks[topic.id] = check
        self.ok_button.setEnabled(True)
        if self.checks:
            next(iter(self.checks.values())).setFocus()

    def ticked(self) -> list[int]:
        return [topic_id for topic_id, check in self.checks.items() if check.isChecked()]

    def _refused(self, error: GuichetError) -> None:
        self.ok_button.setEnabled(bool(self.checks))
        show_message(self.error, describe(error), error=True)

    def _ok(self) -> None:
        db, actor, person_id, ticked = self._db, self._actor, self.person_id, self.ticked()
        self.ok_button.setEnabled(False)

        def done(_counts: tuple[int, int]) -> None:
            self.accept()
            self.saved.emit(person_id)

        self._submit(lambda: needs.set_needs(db, actor, person_id, ticked), done, self._refused)
