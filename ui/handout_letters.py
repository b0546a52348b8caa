"""Handout-day letters (coordinator, reception): once a sector has adopted the
offer, one A4 letter per dwelling that has no decoder yet, saying the day(s),
the hours, the place and what to bring, with the dwelling's code (scanned at
the Decoders desk, it opens the dwelling).

A page of its own, built with a DeskContext, meant to sit in the Stock desk.
Everything goes through the window's runner: the sectors, the letters (codes
issued, audit), their rendering with a progress window and a Stop button,
the file, the printer (a few pages a job, as the vote desk prints).
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressDialog,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.documents import render
from app.documents.model import Header
from app.domain import clock
from app.domain.errors import FileNotWritten, GuichetError, HandoutRefused
from app.messages import describe
from app.services import front_door, handout_day
from app.services.handout_day import AdoptedSector, LetterDefaults
from ui import file_dialogs
from ui.desks import DeskContext
from ui.print_path import PRINT_PAGES, a4_printer, pdf_pages, print_pdf
from ui.vote_dialogs import LettersReadyDialog, figure
from ui.widgets import message_line, primary_button, show_message, stoppable_progress

FIRST_DAY_AFTER = 7  # days from today: time to print and post the letters
DATE_FORMAT = "dddd dd/MM/yyyy"  # « samedi 14/03/2026 »: the weekday shown, no mistake


@dataclass(frozen=True)
class _Made:
    """The letters' PDF, made on the worker."""

    pdf: bytes
    count: int
    file_name: str
    printer: str  # this PC's A4 printer, "" if none is chosen





def _wrapped(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


class HandoutLettersPage(QWidget):
    """Choose the sector, the day (and a second one), the hours, the place and
    what to bring; "Make the letters…" makes the PDF, then save or print it."""

    sectors_shown = Signal()
    said = Signal(str)
    letters_progress = Signal(int, int)  # emitted on the worker: pages done, total
    letters_made = Signal(object)  # the LettersReadyDialog dialog
    letters_stopped = Signal()
    letters_saved = Signal(object)  # Path
    letters_printed = Signal(int)  # pages sent

    REFRESH_ON = frozenset({"sector", "handout", "roster", "centre", "database"})

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = context.db, context.actor, context.runner
        self._submit = context.runner.bound(self)
        self._sectors: list[AdoptedSector] = []
        self._defaults: LetterDefaults | None = None
        self._made: _Made | None = None
        self._stop: threading.Event | None = None
        self.progress: QProgressDialog | None = None
        self.ready_dialog: LettersReadyDialog | None = None

        title = _wrapped(self.tr("Handout-day letters"), "pageTitle")
        intro = _wrapped(self.tr(
            "One letter per dwelling that has no decoder yet: the day, the hours, the place "
            "and what to bring, with the dwelling's code. At the Decoders desk, scanning the "
            "letter opens the dwelling."), "pageIntro")
        self.empty = _wrapped(self.tr(
            "No sector has adopted the offer yet, so there are no letters to make. A sector "
            "adopts it when its vote is counted (Vote desk), or the coordinator sets it in "
            "Settings › Sectors. Its letters are made here afterwards."), "pageIntro")
        self.empty_card = QFrame()
        self.empty_card.setObjectName("statCard")
        card = QVBoxLayout(self.empty_card)
        card.setContentsMargins(16, 12, 16, 12)
        card.addWidget(self.empty)

        self.sector = QComboBox()
        self.sector.setMinimumContentsLength(24)
        self.first_day = self._date_edit()
        self.second = QCheckBox(self.tr("A second day:"))
        self.second_day = self._date_edit()
        self.second_day.setDate(self.first_day.date().addDays(1))
        self.second_day.setEnabled(False)
        self.hours = QLineEdit()
        self.hours.setPlaceholderText(self.tr("9 am to 12 noon and 2 pm to 5 pm"))
        self.place = QLineEdit()
        self.bring = QLineEdit()
        for field in (self.hours, self.place, self.bring):
            field.setMaxLength(handout_day.MAX_TEXT)
            field.setMinimumWidth(300)
        self.make_button = primary_button(self.tr("Make the letters…"))
        self.message = message_line()

        days = QGridLayout()  # the second day under the first: fits a 1024 px screen
        days.setHorizontalSpacing(12)
        days.setVerticalSpacing(6)
        days.addWidget(self.first_day, 0, 0)
        days.addWidget(self.second, 0, 1)
        days.addWidget(self.second_day, 1, 0)
        days.setColumnStretch(2, 1)
        self.form = QWidget()
        # its fields whole: the room left goes to the message line, never out of a field
        self.form.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        form = QGridLayout(self.form)
        form.setContentsMargins(0, 0, 0, 8)  # the last field's frame is drawn below its cell
        form.setVerticalSpacing(8)
        form.setHorizontalSpacing(18)
        form.setColumnStretch(1, 1)
        rows = ((self.tr("Sector"), self.sector), (self.tr("Handout day"), days),
                (self.tr("Hours"), self.hours), (self.tr("Place"), self.place),
                (self.tr("What to bring"), self.bring))
        for row, (caption, field) in enumerate(rows):
            label = QLabel(caption)
            form.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            if isinstance(field, QWidget):
                label.setBuddy(field)
                form.addWidget(field, row, 1)
            else:
                label.setBuddy(self.first_day)
                form.addLayout(field, row, 1)
        action = QHBoxLayout()
        action.addWidget(self.make_button)
        action.addStretch(1)

        column = QVBoxLayout()
        column.setSpacing(10)
        column.addWidget(title)
        column.addWidget(intro)
        column.addWidget(self.empty_card)
        column.addWidget(self.form)
        column.addLayout(action)
        column.addWidget(self.message)
        column.addStretch(1)
        box = QWidget()
        box.setMaximumWidth(1000)  # lines a person reads without turning the head
        box.setLayout(column)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(box, 10)
        layout.addStretch(1)  # on a wide screen the room goes to the right

        self.second.toggled.connect(self.second_day.setEnabled)
        self.first_day.dateChanged.connect(self._follow_first_day)
        self.make_button.clicked.connect(self.make_letters)
        self.letters_progress.connect(self._show_progress)
        self._runner.changed.connect(self._on_changed)
        self._show_state()
        self.refresh()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        today = clock.now().date()
        edit.setMinimumDate(QDate(today))
        edit.setDate(QDate(today + timedelta(days=FIRST_DAY_AFTER)))
        edit.setMinimumWidth(250)
        return edit

    def _follow_first_day(self, day: QDate) -> None:
        """The second day, not yet chosen, stays the day after the first."""
        if not self.second.isChecked():
            self.second_day.setDate(day.addDays(1))

    # --- the sectors -------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & self.REFRESH_ON:
            self.refresh()

    def refresh(self) -> None:
        db, actor = self._db, self._actor
        self._submit(lambda: (handout_day.adopted_sectors(db, actor),
                              handout_day.defaults(db, actor)),
                     self._show_sectors, self._failed)

    def _show_sectors(self, answer: tuple[list[AdoptedSector], LetterDefaults]) -> None:
        sectors, defaults = answer
        kept = self.sector.currentData()
        self._sectors = sectors
        self.sector.clear()
        for sector in sectors:
            text = (self.tr("{name} — %n dwelling(s) without a decoder", "",
                            sector.without_decoder) if sector.without_decoder else
                    self.tr("{name} — every dwelling has its decoder"))
            self.sector.addItem(text.format(name=sector.name), sector.id)
        index = self.sector.findData(kept) if kept is not None else -1
        if index < 0:  # the sector with most letters to make
            waiting = [s.without_decoder for s in sectors]
            index = waiting.index(max(waiting)) if waiting else -1
        self.sector.setCurrentIndex(index)
        # the defaults fill what is still empty or still the former default
        before = self._defaults
        if not self.place.text() or (before and self.place.text() == before.place):
            self.place.setText(defaults.place)
        if not self.bring.text() or (before and self.bring.text() == before.bring):
            self.bring.setText(defaults.bring)
        self._defaults = defaults
        self._show_state()
        self.sectors_shown.emit()

    def _show_state(self) -> None:
        adopted = bool(self._sectors)
        self.empty_card.setVisible(not adopted)
        self.form.setVisible(adopted)
        self.make_button.setVisible(adopted)
        self.make_button.setEnabled(adopted and self.progress is None)

    # --- the letters ----------------------------------------------------------------

    def days(self) -> tuple[date, ...]:
        first = self.first_day.date().toPython()
        if self.second.isChecked():
            return (first, self.second_day.date().toPython())
        return (first,)

    def make_letters(self) -> None:
        """Make the PDF on the runner, with a progress window and Stop; then
        offer to save or print it."""
        sector_id = self.sector.currentData()
        if sector_id is None or self.progress is not None:
            return
        if not self.hours.text().strip():
            self._say(describe(HandoutRefused("handout_hours_missing")), error=True)
            self.hours.setFocus()
            return
        days, hours = self.days(), self.hours.text()
        place, bring = self.place.text(), self.bring.text()
        name = next((s.name for s in self._sectors if s.id == sector_id), "")
        db, actor, relay = self._db, self._actor, self.letters_progress
        from app.services import housekeeping

        folder = housekeeping.local_folder(self._db)
        file_name = (f"remise-decodeurs-{file_dialogs.slug(name, 'secteur')}-"
                     f"{min(days).isoformat()}.pdf")
        stop = self._open_progress(self.tr("Preparing the letters…"), self)
        self.make_button.setEnabled(False)
        show_message(self.message, "")

        def report(done: int, total: int) -> None:
            try:
                relay.emit(done, total)
            except RuntimeError:  # the page is gone
                stop.set()

        def work() -> _Made | None:
            info = front_door.centre_info(db)
            header = Header(info.name, info.address, info.phone) if info else Header("Guichet")
            made = handout_day.letters(db, actor, sector_id, days, hours, place, bring)
            report(0, len(made.letters))
            try:
                pdf = render.handout_day_a4(made, header, progress=report,
                                            cancelled=stop.is_set)
            except render.Cancelled:
                return None
            return _Made(pdf, len(made.letters), file_name, a4_printer(folder))

        self._submit(work, self._letters_done, self._letters_failed)

    def _open_progress(self, label: str, parent: QWidget) -> threading.Event:
        self.progress, self._stop = stoppable_progress(
            self, parent, label, self.tr("Handout-day letters"), self.tr("Stop"), self.stop_letters)
        return self._stop

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        progress = self.progress
        if progress is None or (self._stop is not None and self._stop.is_set()):
            return
        progress.setLabelText(self.tr("Preparing the letters: {done} of {total}…").format(
            done=figure(done), total=figure(total)))
        progress.setMaximum(total)
        progress.setValue(done)

    def stop_letters(self) -> None:
        """Stop: the worker ends at its next check (a few pages), nothing is kept."""
        if self._stop is not None and self.progress is not None and not self._stop.is_set():
            self._stop.set()
            self._say(self.tr("Stopping…"))

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.canceled.disconnect(self.stop_letters)
            self.progress.rejected.disconnect(self.stop_letters)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
        self._show_state()

    def _letters_done(self, made: _Made | None) -> None:
        self._close_progress()
        if made is None:
            self._made = None
            self._say(self.tr("Stopped: no letter was made and no file was written."))
            self.letters_stopped.emit()
            return
        self._made = made
        self._say(self.tr("%n letter(s) ready.", "", made.count))
        self.ready_dialog = LettersReadyDialog(
            made.count, made.file_name, made.printer, parent=self,
            title=self.tr("Handout-day letters"),
            said=self.tr("%n letter(s) ready: one A4 page per dwelling without a decoder.", "",
                         made.count))
        self.ready_dialog.save_requested.connect(self.save_letters_to)
        self.ready_dialog.print_requested.connect(self._print_letters)
        self.ready_dialog.open()
        self.letters_made.emit(self.ready_dialog)

    def _letters_failed(self, exc: GuichetError) -> None:
        self._close_progress()
        self._failed(exc)

    def save_letters_to(self, target: Path) -> None:
        made, dialog = self._made, self.ready_dialog
        if made is None or dialog is None:
            return

        def work() -> Path:
            try:
                target.write_bytes(made.pdf)
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

    def _print_letters(self) -> None:
        """To this PC's A4 printer, PRINT_PAGES pages a job: between two jobs the
        runner does the other desks' work and the Stop button is heard."""
        made, dialog = self._made, self.ready_dialog
        if made is None or dialog is None:
            return
        self._open_progress(self.tr("Sending to {printer}…").format(printer=made.printer),
                            dialog)
        assert self.progress is not None
        self.progress.setMaximum(made.count)
        self._send_pages(made, dialog, 0)

    def _send_pages(self, made: _Made, dialog: LettersReadyDialog, start: int) -> None:
        stop, total, progress = self._stop, made.count, self.progress

        def work() -> int:
            part = made.pdf if total <= PRINT_PAGES else pdf_pages(made.pdf, start, PRINT_PAGES)
            print_pdf(part, made.printer, f"guichet-remise-{start + 1}")
            return min(start + PRINT_PAGES, total)

        def sent(done: int) -> None:
            if done >= total:
                self._close_progress()
                dialog.say(self.tr("Sent to {printer}: %n page(s).", "", total).format(
                    printer=made.printer))
                self.letters_printed.emit(total)
            elif stop is not None and stop.is_set():
                self._close_progress()
                text = self.tr("Stopped: %n page(s) of {total} went to the printer.", "",
                               done).format(total=figure(total))
                dialog.say(text, error=True)
                self._say(text, error=True)
            else:
                if progress is not None:
                    progress.setLabelText(self.tr("Sending to {printer}: {done} of {total} "
                                                  "pages…").format(
                        printer=made.printer, done=figure(done), total=figure(total)))
                    progress.setValue(done)
                self._send_pages(made, dialog, done)

        def failed(exc: GuichetError) -> None:
            self._close_progress()
            dialog.say(describe(exc), error=True)

        self._submit(work, sent, failed)

    # --- saying ------------------------------------------------------------------------

    def _failed(self, exc: GuichetError) -> None:
        self._say(describe(exc), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error=error)
        self.said.emit(text)
