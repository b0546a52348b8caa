"""Impressions: every document kept, its printing history; preview, reprint
(marked DUPLICATA), or save its PDF, e.g. when the printer was off."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import GuichetError
from app.messages import describe
from app.services import documents
from ui.desks import DeskContext
from ui.preview_dialog import PreviewDialog
from ui.print_path import Preview, PrintController
from ui.rows_model import RowsModel
from ui.widgets import error_label, primary_button, show_message, table_view


class HistoryModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Made"), self.tr("Document"), self.tr("Printing"))

    def status(self, row: documents.HistoryRow) -> str:
        if row.last_error:
            return self.tr("Not printed: {reason}").format(reason={
                "unavailable": self.tr("printer unavailable"),
                "no_printer": self.tr("no printer chosen"),
                "job_error": self.tr("the printer refused the job"),
            }.get(row.last_error, row.last_error))
        if row.prints == 0:
            return self.tr("Never printed")
        return self.tr("Printed %n time(s), last on {when}", "", row.prints).format(
            when=row.last_printed_at.strftime("%d/%m %H:%M")
            if row.last_printed_at else "")

    def foreground(self, row: documents.HistoryRow, column: int) -> QColor | None:
        return QColor("#a00000") if row.last_error and column == 2 else None

    def display(self, row: documents.HistoryRow, column: int) -> str:
        return (row.created_at.strftime("%d/%m/%Y %H:%M"), row.title, self.status(row))[column]


class PrintingDesk(QWidget):
    refreshed = Signal()

    REFRESH_ON = frozenset({"printed_document", "database"})

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = context.db
        self._actor = context.actor
        self._runner = context.runner
        self._submit = context.runner.bound(self)
        self.controller = PrintController(self._db, self._actor, self._runner, self)
        self.model = HistoryModel()
        self.view = table_view(self.model)
        self.empty = QLabel(self.tr("Receipts, slips and minutes will be listed here as soon as "
                                    "a desk makes one."))
        self.empty.setObjectName("pageIntro")
        self.empty.setWordWrap(True)
        self.preview_button = primary_button(self.tr("Preview and print…"))
        self.reprint_button = QPushButton(self.tr("Print again on the usual printer"))
        self.message = error_label()
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.reprint_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.preview_button.clicked.connect(self.preview_selected)
        self.reprint_button.clicked.connect(self.reprint_selected)
        self.view.doubleClicked.connect(lambda _index: self.preview_selected())
        self.view.selectionModel().selectionChanged.connect(self._enable_buttons)
        self.controller.previewed.connect(self._open_preview)
        self.controller.printed.connect(self._printed)
        self.controller.failed.connect(self._failed)
        self._runner.changed.connect(self._on_changed)
        self.preview: PreviewDialog | None = None
        self._show_rows([])
        self.refresh()

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & self.REFRESH_ON:
            self.refresh()

    def refresh(self) -> None:
        db, actor = self._db, self._actor
        self._submit(lambda: documents.history(db, actor), self._show_rows,
                            lambda error: show_message(self.message, describe(error)))

    def _show_rows(self, rows: list[documents.HistoryRow]) -> None:
        selected = self._selected()
        self.model.set_rows(rows)
        self.empty.setVisible(self.model.rowCount() == 0)
        for number, row in enumerate(rows):  # a refresh keeps the selection
            if selected is not None and row.id == selected.id:
                self.view.selectRow(number)
                break
        else:
            if rows:
                self.view.selectRow(0)
        self._enable_buttons()
        self.refreshed.emit()

    def _enable_buttons(self) -> None:
        """Nothing chosen in the list, nothing to preview or print again."""
        chosen = self.view.selectionModel().hasSelection()
        for button in (self.preview_button, self.reprint_button):
            button.setEnabled(chosen)

    def _selected(self) -> documents.HistoryRow | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def preview_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self.controller.preview(row.id)

    def reprint_selected(self) -> None:
        row = self._selected()
        if row is not None:
            self.controller.print_document(row.id)

    def _open_preview(self, preview: Preview) -> None:
        if self.preview is not None and self.preview.isVisible():
            return  # the open preview shows the new rendering itself
        self.preview = PreviewDialog(self.controller, preview, self)
        self.preview.open()

    def _printed(self, _document_id: int, printer: str) -> None:
        show_message(self.message, "")
        self.status.setText(self.tr("Sent to {printer}.").format(printer=printer))

    def _failed(self, _document_id: int, error: GuichetError) -> None:
        show_message(self.message, describe(error))
        self.refresh()  # the failed attempt is in the history
