"""Print preview: the page as it will come out, the printer and paper for this
kind of document (remembered on this PC), then print or save the PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import GuichetError
from app.messages import describe
from app.services import documents
from app.settings import PrinterChoice
from ui import file_dialogs, labels
from ui.print_path import Preview, PrintController
from ui.widgets import error_label, primary_button, show_message


class PreviewDialog(QDialog):
    """Shows pages rasterised on the runner; every action goes back to it."""

    def __init__(self, controller: PrintController, preview: Preview,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        rendered = preview.rendered
        self.setWindowTitle(rendered.title)
        self.resize(900, 760)
        self._controller = controller
        self.rendered = rendered
        self.pages = QVBoxLayout()
        pages_box = QWidget()
        pages_box.setLayout(self.pages)
        scroll = QScrollArea()
        scroll.setWidget(pages_box)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.printer = QComboBox()
        self.printer.addItems(preview.printers)
        self.paper = QComboBox()
        for paper in documents.PAPERS[rendered.kind]:
            self.paper.addItem(labels.paper(paper), paper)
        choice = preview.choice
        if choice is not None:
            self.printer.setCurrentText(choice.printer)
            self.paper.setCurrentIndex(max(0, self.paper.findData(choice.paper)))
        else:
            self.paper.setCurrentIndex(max(0, self.paper.findData(rendered.paper)))
        self.print_button = primary_button(self.tr("Print"))
        self.print_button.setEnabled(self.printer.count() > 0)
        self.save_button = QPushButton(self.tr("Save the PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.error = error_label()
        if self.printer.count() == 0:
            show_message(self.error, self.tr("No printer is installed on this computer: save the "
                                           "PDF on a USB stick to print it elsewhere."))

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Printer")))
        controls.addWidget(self.printer, 1)
        controls.addWidget(QLabel(self.tr("Paper")))
        controls.addWidget(self.paper)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(controls)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        self.paper.currentIndexChanged.connect(self._paper_changed)
        self.print_button.clicked.connect(self._print)
        self.save_button.clicked.connect(self._choose_save)
        self.close_button.clicked.connect(self.reject)
        controller.previewed.connect(self._show_preview)
        controller.saved.connect(self._saved)
        controller.failed.connect(self._failed)
        self._show_pages(preview.pages)

    def _show_pages(self, images: list[QImage]) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for image in images:
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("border: 1px solid #8a96a3; background: white;")
            self.pages.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)

    def _paper_changed(self) -> None:
        self._controller.preview(self.rendered.document_id, self.paper.currentData(),
                                 self.rendered.duplicate)

    def _show_preview(self, preview: Preview) -> None:
        if preview.rendered.document_id == self.rendered.document_id:
            self.rendered = preview.rendered
            self._show_pages(preview.pages)

    def _print(self) -> None:
        choice = PrinterChoice(self.printer.currentText(), self.paper.currentData())
        self._controller.print_rendered(self.rendered, choice)
        self.accept()

    def _choose_save(self) -> None:
        target = file_dialogs.save_file(self, self.tr("Save the PDF"),
                                        f"{file_dialogs.slug(self.rendered.title)}.pdf",
                                        "PDF (*.pdf)")
        if target is not None:
            self.save_to(target)

    def save_to(self, target: Path) -> None:
        """Written on the runner; `saved` or an error in the dialog follows."""
        show_message(self.error, "")
        self._controller.save_pdf(self.rendered, target)

    def _saved(self, target: Path) -> None:
        show_message(self.error, self.tr("PDF saved: {file}").format(file=target), error=False)

    def _failed(self, document_id: int, error: GuichetError) -> None:
        if document_id == self.rendered.document_id and self.isVisible():
            show_message(self.error, describe(error), error=True)
