"""Corrections at the counter: a phone number, a member who arrived or left,
a note on the household. Saved on the runner, one act after the other (each
its own transaction); what the roster import will keep is said in its report."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import GuichetError
from app.messages import describe
from app.services import corrections, households
from app.services.households import HouseholdCard
from ui.widgets import intro_label, message_line, primary_button, show_message

if TYPE_CHECKING:
    from app.services.context import Actor
    from db.engine import Database
    from ui.tasks import TaskRunner


class HouseholdDialog(QDialog):
    saved = Signal(int)  # dwelling id

    def __init__(self, db: Database, actor: Actor, runner: TaskRunner, card: HouseholdCard,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._card = db, actor, card
        self._submit = runner.bound(self)
        self.setWindowTitle(self.tr("Correct the household {ref}").format(ref=card.landlord_ref))
        self.setMinimumWidth(760)
        self.phones: dict[int, QLineEdit] = {}
        self.left: dict[int, QCheckBox] = {}
        members = QGridLayout()
        members.setHorizontalSpacing(14)
        for column, caption in enumerate((self.tr("Person"), self.tr("Telephone"), "")):
            label = QLabel(caption)
            label.setObjectName("factCaption")
            members.addWidget(label, 0, column)
        for row, member in enumerate(card.members, start=1):
            members.addWidget(QLabel(households.display_name(member.family_name,
                                                             member.given_name)), row, 0)
            phone = QLineEdit(member.phone or "")
            phone.setPlaceholderText("02 98 00 00 00")
            left = QCheckBox(self.tr("Has left the household"))
            members.addWidget(phone, row, 1)
            members.addWidget(left, row, 2)
            self.phones[member.person_id] = phone
            self.left[member.person_id] = left
        self.new_family = QLineEdit()
        self.new_family.setPlaceholderText(self.tr("Family name"))
        self.new_given = QLineEdit()
        self.new_given.setPlaceholderText(self.tr("Given name"))
        self.new_phone = QLineEdit()
        self.new_phone.setPlaceholderText(self.tr("Telephone (optional)"))
        new_row = QHBoxLayout()
        for edit in (self.new_family, self.new_given, self.new_phone):
            new_row.addWidget(edit, 1)
        self.note = QPlainTextEdit(card.note)
        self.note.setPlaceholderText(self.tr("For the next person at the counter (no health or "
                                             "private matters)"))
        self.note.setFixedHeight(90)
        self.error = message_line()  # its place kept: the form never jumps
        self.save_button = primary_button(self.tr("Save"))
        self.save_button.setDefault(True)  # Enter in a field saves, never cancels
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetMinimumSize)  # grows, never squeezes
        layout.addLayout(members)
        layout.addWidget(self._caption(self.tr("Someone new in the household:")))
        layout.addLayout(new_row)
        layout.addWidget(self._caption(self.tr("Note on the household:")))
        layout.addWidget(self.note)
        layout.addWidget(intro_label(self.tr(
            "The landlord's roster stays the reference for the address; these corrections are "
            "kept when a new roster is imported, and its report lists them.")))
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    @staticmethod
    def _caption(text: str) -> QLabel:
        label = QLabel(text)
        label.setObjectName("factCaption")
        return label

    def change(self) -> corrections.HouseholdChange:
        """What the form asks, as one change (checked whole by the service)."""
        phones = {member.person_id: self.phones[member.person_id].text()
                  for member in self._card.members
                  if self.phones[member.person_id].text().strip() != (member.phone or "")}
        left = frozenset(pid for pid, box in self.left.items() if box.isChecked())
        family, given = self.new_family.text().strip(), self.new_given.text().strip()
        newcomer = (family, given, self.new_phone.text()) if family or given else None
        note = self.note.toPlainText()
        return corrections.HouseholdChange(
            phones=phones, left=left, newcomer=newcomer,
            note=note if note.strip() != self._card.note else None)

    def save(self) -> None:
        change = self.change()
        if change == corrections.HouseholdChange():
            self.reject()  # nothing asked
            return
        db, actor, dwelling_id = self._db, self._actor, self._card.dwelling_id
        self.save_button.setEnabled(False)

        def failed(exc: GuichetError) -> None:  # nothing was written: the form stays
            self.save_button.setEnabled(True)
            show_message(self.error, describe(exc), error=True)

        def done(_none: None) -> None:
            self.saved.emit(dwelling_id)
            self.accept()

        self._submit(lambda: corrections.correct(db, actor, dwelling_id, change), done, failed)
