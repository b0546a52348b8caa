"""The Visa Internet in the window: a person's grid (a big « Validate » per
skill, « Withdraw » for a mistake, the progress, the certificate printed once
the grid is complete and reprinted marked DUPLICATA), the lists of people in
progress and holding a certificate, and the coordinator's grid editor."""

from __future__ import annotations

import time

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.domain.errors import GuichetError
from app.domain.roles import Permission, allows
from app.messages import describe
from app.services import households, visa
from ui.desks import DeskContext
from ui.dialogs import ActDialog
from ui.household_model import HouseholdHitModel, results_view
from ui.print_path import PrintController
from ui.rows_model import RowsModel
from ui.widgets import (
    day_first,
    message_line,
    primary_button,
    show_message,
    table_view,
    title_label,
)

WITHDRAW_AFTER_MS = 1500  # « Withdraw » wakes up after a validation: a double click undoes nothing
DATE_FORMAT = "dd/MM/yyyy"  # digits typed straight in (a weekday in front stops them)


class VisaRecordView(QWidget):
    """One person's Visa Internet: every skill of the grid with a big
    « Validate » (on the day and with the facilitator above) or « Withdraw »,
    the progress, and the certificate."""

    REFRESH_ON = frozenset({"visa_validation", "visa_certificate", "visa_skill", "database"})
    answered = Signal()  # a record shown, or a refusal said
    printed = Signal(int)  # document id

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = context.db, context.actor
        self._submit = context.runner.bound(self)
        self.person_id: int | None = None
        self.record: visa.VisaRecord | None = None
        self._validated_at: dict[int, float] = {}  # skill: when this screen validated it
        self.printer = PrintController(self._db, self._actor, context.runner, self)

        self.name = title_label("")
        self.progress = QLabel()
        self.progress.setObjectName("sectionTitle")
        self.day = QDateEdit(QDate(clock.now().date()))
        self.day.setDisplayFormat(DATE_FORMAT)
        day_first(self.day)
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate(clock.now().date()))
        self.facilitator = QLineEdit(self._actor.label if self._actor.staff_id else "")
        self.facilitator.setPlaceholderText(self.tr("Facilitator's name"))
        when = QHBoxLayout()
        for caption, widget in ((self.tr("Validated on"), self.day),
                                (self.tr("with"), self.facilitator)):
            label = QLabel(caption)
            label.setObjectName("factCaption")
            when.addWidget(label)
            when.addWidget(widget, 1 if widget is self.facilitator else 0)
        self.rows = QGridLayout()
        # Validate and Withdraw each keep their column: after a validation the
        # Withdraw button never appears where the pointer was
        self.rows.setColumnMinimumWidth(1, 140)
        self.rows.setColumnMinimumWidth(2, 120)
        self.rows.setHorizontalSpacing(12)
        self.rows.setVerticalSpacing(2)
        self.rows.setColumnStretch(0, 1)
        rows_widget = QWidget()
        rows_box = QVBoxLayout(rows_widget)
        rows_box.setContentsMargins(0, 0, 8, 0)
        rows_box.addLayout(self.rows)
        rows_box.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(rows_widget)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.lines: list[tuple[QLabel, QLabel, QPushButton, QPushButton]] = []

        self.certificate_state = QLabel()
        self.certificate_state.setWordWrap(True)
        self.print_button = primary_button(self.tr("Print the certificate"))
        self.reprint_button = QPushButton(self.tr("Reprint (DUPLICATA)"))
        self.message = message_line(3)  # a printer's answer is long
        bottom = QHBoxLayout()
        bottom.addWidget(self.certificate_state, 1)
        bottom.addWidget(self.reprint_button)
        bottom.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.name, 1)
        head.addWidget(self.progress, 0, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(head)
        layout.addLayout(when)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.message)

        self.print_button.clicked.connect(self.issue)
        self.reprint_button.clicked.connect(self.reprint)
        self.printer.printed.connect(self._printed)
        self.printer.failed.connect(lambda _id, error: self._refused(error))
        context.runner.changed.connect(
            lambda topics: self.refresh() if topics & self.REFRESH_ON else None)
        self._show_nobody()

    def _show_nobody(self) -> None:
        self.name.setText(self.tr("Nobody chosen yet"))
        self.progress.setText("")
        self.certificate_state.setText("")
        self.print_button.setEnabled(False)
        self.reprint_button.hide()

    def show_person(self, person_id: int | None) -> None:
        self.person_id = person_id
        show_message(self.message, "")
        if person_id is None:
            self.record = None
            self._clear_rows()
            self._show_nobody()
            return
        self.refresh()

    def refresh(self) -> None:
        if self.person_id is None:
            return
        db, actor, person_id = self._db, self._actor, self.person_id
        self._submit(lambda: visa.record(db, actor, person_id), self._show, self._refused)

    def _clear_rows(self) -> None:
        for widgets in self.lines:
            for widget in widgets:
                self.rows.removeWidget(widget)
                widget.deleteLater()
        self.lines = []

    def _show(self, record: visa.VisaRecord) -> None:
        if record.person_id != self.person_id:
            return  # an answer for the person shown before
        self.record = record
        self.name.setText(record.name)
        self.progress.setText(self.tr("%n skill(s) of {total}", "", record.validated)
                              .format(total=record.total))
        self._clear_rows()
        issued = record.certificate is not None
        for n, line in enumerate(record.lines):
            label = QLabel(line.label)
            label.setWordWrap(True)
            label.setStyleSheet("font-size: 17px;" + (" font-weight: bold;"
                                                      if line.validated_on else ""))
            if line.validated_on is not None:
                state = QLabel("✓ " + self.tr("validated on {day} with {who}").format(
                    day=line.validated_on.strftime("%d/%m/%Y"), who=line.facilitator))
                state.setStyleSheet("color: #1e7d3a; font-weight: bold; font-size: 15px;"
                                    " padding-bottom: 4px;")
            else:
                state = QLabel(self.tr("not yet"))
                state.setStyleSheet("color: #6b7b8c; font-size: 15px; padding-bottom: 4px;")
            state.setWordWrap(True)
            validate = primary_button(self.tr("Validate"))
            validate.setMinimumWidth(130)
            validate.setStyleSheet("min-height: 36px; padding: 4px 16px;")  # seven lines in view
            withdraw = QPushButton(self.tr("Withdraw"))
            withdraw.setObjectName("secondaryAct")
            withdraw.setToolTip(self.tr("Validated by mistake? Take it back."))
            skill_id = line.skill_id
            validate.clicked.connect(lambda _c=False, s=skill_id: self.validate(s))
            withdraw.clicked.connect(lambda _c=False, s=skill_id: self.withdraw(s))
            # the skill, what became of it under it, the buttons beside both
            self.rows.addWidget(label, 2 * n, 0)
            self.rows.addWidget(state, 2 * n + 1, 0)
            self.rows.addWidget(validate, 2 * n, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            self.rows.addWidget(withdraw, 2 * n, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
            # once in the layout (a widget shown before it has a parent is a window)
            label.show()
            state.show()
            validate.setVisible(line.validated_on is None)
            withdraw.setVisible(line.validated_on is not None and not issued)
            since = (time.monotonic() - self._validated_at[skill_id]) * 1000 \
                if skill_id in self._validated_at else WITHDRAW_AFTER_MS
            if since < WITHDRAW_AFTER_MS:  # a double click on « Validate » must not undo it
                withdraw.setEnabled(False)
                wake = QTimer(withdraw)  # goes with the button if the record is redrawn
                wake.setSingleShot(True)
                wake.timeout.connect(lambda w=withdraw: w.setEnabled(True))
                wake.start(int(WITHDRAW_AFTER_MS - since))
            self.lines.append((label, state, validate, withdraw))
        if record.certificate is not None:
            self.certificate_state.setText(self.tr("Certificate {number} issued on {day}.")
                                           .format(number=record.certificate.number,
                                                   day=record.certificate.issued_on
                                                   .strftime("%d/%m/%Y")))
            # issued but never printed (no printer then): the original, not a duplicate
            never_printed = record.certificate.prints == 0
            self.reprint_button.setText(self.tr("Print the certificate") if never_printed
                                        else self.tr("Reprint (DUPLICATA)"))
            self.print_button.hide()
            self.reprint_button.show()
        elif record.complete:
            self.certificate_state.setText(self.tr("Every skill is validated: the certificate "
                                                   "can be printed."))
            self.print_button.show()
            self.print_button.setEnabled(True)
            self.reprint_button.hide()
        else:
            self.certificate_state.setText(self.tr(
                "Still %n skill(s) to validate before the certificate.", "", record.missing))
            self.print_button.show()
            self.print_button.setEnabled(False)
            self.reprint_button.hide()
        self.answered.emit()

    def _refused(self, error: GuichetError) -> None:
        show_message(self.message, describe(error), error=True)
        self.answered.emit()

    def validate(self, skill_id: int) -> None:
        if self.person_id is None:
            return
        db, actor, person_id = self._db, self._actor, self.person_id
        on, who = self.day.date().toPython(), self.facilitator.text()

        def done(record: visa.VisaRecord) -> None:
            show_message(self.message, self.tr("Skill validated."), error=False)
            self._validated_at[skill_id] = time.monotonic()
            self._show(record)

        self._submit(lambda: visa.validate(db, actor, person_id, skill_id, on, who), done,
                     self._refused)

    def withdraw(self, skill_id: int) -> None:
        if self.person_id is None:
            return
        db, actor, person_id = self._db, self._actor, self.person_id

        def done(record: visa.VisaRecord) -> None:
            show_message(self.message, self.tr("Validation withdrawn."), error=False)
            self._show(record)

        self._submit(lambda: visa.withdraw(db, actor, person_id, skill_id), done, self._refused)

    def issue(self) -> None:
        """Issue the certificate (one transaction), then print it."""
        if self.person_id is None:
            return
        db, actor, person_id = self._db, self._actor, self.person_id
        self.print_button.setEnabled(False)

        def done(issued: visa.Issued) -> None:
            show_message(self.message, self.tr("Certificate {number} issued: printing…")
                         .format(number=issued.number), error=False)
            self.printer.print_document(issued.document_id)
            self.refresh()

        def refused(error: GuichetError) -> None:
            self.print_button.setEnabled(bool(self.record and self.record.complete))
            self._refused(error)

        self._submit(lambda: visa.issue_certificate(db, actor, person_id), done, refused)

    def reprint(self) -> None:
        if self.record is None or self.record.certificate is None:
            return
        certificate = self.record.certificate
        self.printer.print_document(certificate.document_id, duplicate=certificate.prints > 0)

    def _printed(self, document_id: int, printer: str) -> None:
        show_message(self.message, self.tr("Certificate printed on {printer}.")
                     .format(printer=printer), error=False)
        self.printed.emit(document_id)


class ProgressModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Person"), self.tr("Skills"), self.tr("Last validated"))

    def display(self, row: visa.ProgressRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return self.tr("{n} of {total}").format(n=row.validated, total=row.total)
        return row.last_on.strftime("%d/%m/%Y")


class HoldersModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Person"), self.tr("Certificate"), self.tr("Issued on"))

    def display(self, row: visa.HolderRow, column: int) -> str:
        return (row.name, row.number, row.issued_on.strftime("%d/%m/%Y"))[column]


class VisaPage(QWidget):
    """Find a person, validate their skills, print their certificate; the
    lists of people in progress and certified; the coordinator's grid."""

    REFRESH_ON = frozenset({"visa_validation", "visa_certificate", "visa_skill", "database"})

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = context.db, context.actor
        self._submit = context.runner.bound(self)
        self.may_edit = allows(self._actor.role, Permission.EDIT_PROGRAMME_LISTS)
        self._generation = 0

        # --- a person's grid
        self.search = QLineEdit()
        self.search.setObjectName("searchEdit")
        self.search.setPlaceholderText(self.tr("Name, address or reference of the household"))
        self.hits = HouseholdHitModel()
        self.results = results_view(self.hits)
        self.results.setColumnHidden(1, True)  # the name and the reference: the column is narrow
        self.member = QComboBox()
        self.record_view = VisaRecordView(context)
        find = QVBoxLayout()
        find.addWidget(self.search)
        find.addWidget(self.results, 1)
        member_caption = QLabel(self.tr("Who in the household"))
        member_caption.setObjectName("factCaption")
        find.addWidget(member_caption)
        find.addWidget(self.member)
        person_tab = QWidget()
        person = QHBoxLayout(person_tab)
        person.addLayout(find, 1)
        person.addWidget(self.record_view, 2)

        # --- the lists
        self.progress_rows = ProgressModel()
        self.holder_rows = HoldersModel()
        self.progress_view = table_view(self.progress_rows)
        self.holders_view = table_view(self.holder_rows)
        lists_tab = QWidget()
        lists = QHBoxLayout(lists_tab)
        for caption, view in ((self.tr("In progress"), self.progress_view),
                              (self.tr("Certificate holders"), self.holders_view)):
            column = QVBoxLayout()
            title = QLabel(caption)
            title.setObjectName("sectionTitle")
            column.addWidget(title)
            column.addWidget(view, 1)
            lists.addLayout(column, 1)

        # --- the grid (coordinator)
        self.skill_list = QListWidget()
        self.skills: list[visa.SkillView] = []
        self.add_button = QPushButton(self.tr("Add a skill…"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        self.retire_button = QPushButton(self.tr("Take off the grid"))
        grid_tab = QWidget()
        grid = QHBoxLayout(grid_tab)
        grid.addWidget(self.skill_list, 1)
        grid_buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button,
                       self.retire_button):
            grid_buttons.addWidget(button)
        grid_buttons.addStretch(1)
        grid.addLayout(grid_buttons)
        self.skill_dialog: ActDialog | None = None

        self.tabs = QTabWidget()
        self.tabs.addTab(person_tab, self.tr("A person's Visa"))
        self.tabs.addTab(lists_tab, self.tr("Progress and certificates"))
        self.grid_tab = grid_tab
        if self.may_edit:
            self.tabs.addTab(grid_tab, self.tr("The grid"))
        else:
            grid_tab.setParent(self)  # kept, never shown
            grid_tab.hide()
        self.message = message_line(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title_label(self.tr("Visa Internet")))
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

        self.search.textChanged.connect(self._find)
        self.search.returnPressed.connect(lambda: self.results.setFocus())
        self.results.selectionModel().currentRowChanged.connect(self._household_chosen)
        self.member.currentIndexChanged.connect(
            lambda _n: self.record_view.show_person(self.member.currentData()))
        self.progress_view.doubleClicked.connect(
            lambda index: self.open_person(self.progress_rows.row(index.row()).person_id))
        self.holders_view.doubleClicked.connect(
            lambda index: self.open_person(self.holder_rows.row(index.row()).person_id))
        self.add_button.clicked.connect(self.ask_add)
        self.rename_button.clicked.connect(self.ask_rename)
        self.up_button.clicked.connect(lambda: self.move(-1))
        self.down_button.clicked.connect(lambda: self.move(1))
        self.retire_button.clicked.connect(self.toggle_retired)
        self.skill_list.currentRowChanged.connect(self._update_grid_buttons)
        context.runner.changed.connect(
            lambda topics: self.refresh_lists() if topics & self.REFRESH_ON else None)
        self.refresh_lists()

    # --- finding the person

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
                         self._refused)
        else:
            shown([])

    def _household_chosen(self, current, _previous=None) -> None:  # type: ignore[no-untyped-def]
        if not current.isValid():
            return
        hit = self.hits.hit(current.row())
        db, actor = self._db, self._actor

        def shown(people: list[visa.PersonRef]) -> None:
            self.member.blockSignals(True)
            self.member.clear()
            for ref in people:
                self.member.addItem(ref.name, ref.person_id)
            chosen = next((n for n, ref in enumerate(people) if ref.person_id == hit.person_id),
                          0)
            self.member.setCurrentIndex(chosen if people else -1)
            self.member.blockSignals(False)
            self.record_view.show_person(self.member.currentData() if people else None)

        self._submit(lambda: visa.household_people(db, actor, hit.dwelling_id), shown,
                     self._refused)

    def open_person(self, person_id: int) -> None:
        """From the lists: that person's grid."""
        self.tabs.setCurrentIndex(0)
        self.member.blockSignals(True)
        self.member.clear()
        self.member.blockSignals(False)
        self.record_view.show_person(person_id)

    def _refused(self, error: GuichetError) -> None:
        show_message(self.message, describe(error), error=True)

    # --- the lists and the grid

    def refresh_lists(self) -> None:
        db, actor, edit = self._db, self._actor, self.may_edit

        def work() -> tuple[list[visa.ProgressRow], list[visa.HolderRow], list[visa.SkillView]]:
            return (visa.in_progress(db, actor), visa.holders(db, actor),
                    visa.grid(db, actor, include_retired=True) if edit else [])

        def shown(result) -> None:  # type: ignore[no-untyped-def]
            progress, holders, skills = result
            self.progress_rows.set_rows(progress)
            self.holder_rows.set_rows(holders)
            self.tabs.setTabText(1, self.tr("Progress and certificates ({n})")
                                 .format(n=len(progress) + len(holders)))
            self._show_skills(skills)

        self._submit(work, shown, self._refused)

    def _show_skills(self, skills: list[visa.SkillView]) -> None:
        current = self.skill_list.currentRow()
        chosen = self.skills[current].id if 0 <= current < len(self.skills) else None
        active = [s for s in skills if not s.retired]
        self.skills = active + [s for s in skills if s.retired]
        self.skill_list.clear()
        for n, skill in enumerate(self.skills, start=1):
            text = (f"{n}. {skill.label}" if not skill.retired else
                    f"{skill.label} " + self.tr("(off the grid)"))
            item = QListWidgetItem(text)
            if skill.retired:
                item.setForeground(QColor("#6b7b8c"))
            self.skill_list.addItem(item)
        if chosen is not None:
            self.skill_list.setCurrentRow(next(
                (n for n, s in enumerate(self.skills) if s.id == chosen), -1))
        self._update_grid_buttons()

    def chosen_skill(self) -> visa.SkillView | None:
        row = self.skill_list.currentRow()
        return self.skills[row] if 0 <= row < len(self.skills) else None

    def _update_grid_buttons(self, *_args: object) -> None:
        skill = self.chosen_skill()
        for button in (self.rename_button, self.retire_button):
            button.setEnabled(skill is not None)
        self.up_button.setEnabled(skill is not None and not skill.retired)
        self.down_button.setEnabled(skill is not None and not skill.retired)
        self.retire_button.setText(self.tr("Put back on the grid") if skill and skill.retired
                                   else self.tr("Take off the grid"))

    def _write(self, work, said: str) -> None:  # type: ignore[no-untyped-def]
        def done(_result: object) -> None:
            show_message(self.message, said, error=False)
            self.refresh_lists()

        self._submit(work, done, self._refused)

    def ask_add(self) -> None:
        label = QLineEdit()
        self.skill_dialog = ActDialog(self.tr("Add a skill"),
                                      self.tr("A new skill at the end of the grid. People "
                                              "already certified keep their certificate."),
                                      [(self.tr("Skill"), label)], self.tr("Add"), self)
        self.skill_dialog.chosen.connect(lambda values: self.add_skill(values[0]))
        self.skill_dialog.open()

    def add_skill(self, label: str) -> None:
        db, actor = self._db, self._actor
        self._write(lambda: visa.add_skill(db, actor, label),
                    self.tr("Skill « {label} » added.").format(label=label.strip()))

    def ask_rename(self) -> None:
        skill = self.chosen_skill()
        if skill is None:
            return
        label = QLineEdit(skill.label)
        self.skill_dialog = ActDialog(self.tr("Rename a skill"),
                                      self.tr("Certificates already issued keep the wording "
                                              "they were printed with."),
                                      [(self.tr("Skill"), label)], self.tr("Rename"), self)
        self.skill_dialog.chosen.connect(lambda values: self.rename_skill(skill.id, values[0]))
        self.skill_dialog.open()

    def rename_skill(self, skill_id: int, label: str) -> None:
        db, actor = self._db, self._actor
        self._write(lambda: visa.rename_skill(db, actor, skill_id, label),
                    self.tr("Skill renamed « {label} ».").format(label=label.strip()))

    def move(self, step: int) -> None:
        skill = self.chosen_skill()
        if skill is None:
            return
        db, actor = self._db, self._actor
        self._write(lambda: visa.move_skill(db, actor, skill.id, step), "")

    def toggle_retired(self) -> None:
        skill = self.chosen_skill()
        if skill is None:
            return
        db, actor, retire = self._db, self._actor, not skill.retired
        self._write(lambda: visa.retire_skill(db, actor, skill.id, retire),
                    (self.tr("« {label} » is off the grid: it is no longer needed for a "
                             "certificate.") if retire else
                     self.tr("« {label} » is back on the grid.")).format(label=skill.label))


class VisaDialog(QDialog):
    """One person's Visa Internet, opened from the household card."""

    def __init__(self, context: DeskContext, person_id: int, person_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visa Internet of {name}").format(name=person_name))
        self.setMinimumSize(900, 680)
        self.record_view = VisaRecordView(context)
        close = QPushButton(self.tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.record_view, 1)
        layout.addLayout(buttons)
        self.record_view.show_person(person_id)
