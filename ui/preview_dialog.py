"""Print preview: the page as it will come out, the printer and paper for this
kind of document (remembered on this PC), then print or save the PDF."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.services import documents
from app.settings import PrinterChoice, save_printer_choice
from ui.printing import PrintController, available_printers, page_images
from ui.widgets import error_label, primary_button, show_error

PREVIEW_DPI = 110


class PreviewDialog(QDialog):
    def __init__(self, controller: PrintController, rendered: documents.Rendered,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.printer.addItems(available_printers())
        self.paper = QComboBox()
        for paper in documents.PAPERS[rendered.kind]:
            self.paper.addItem(self.paper_label(paper), paper)
        choice = controller.choice_for(rendered.kind)
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
            show_error(self.error, self.tr("No printer is installed on this computer: save the "
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
        controller.rendered.connect(self._show_rendered)
        self._show_pages()

    def paper_label(self, paper: str) -> str:
        return {"a4": self.tr("A4 sheet"), "a6": self.tr("A6 card"),
                "roll": self.tr("80 mm receipt roll")}[paper]

    def _show_pages(self) -> None:
        while self.pages.count():
            item = self.pages.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        for image in page_images(self.rendered.pdf, PREVIEW_DPI):
            page = QLabel()
            page.setPixmap(QPixmap.fromImage(image))
            page.setStyleSheet("border: 1px solid #8a96a3; background: white;")
            self.pages.addWidget(page, 0, Qt.AlignmentFlag.AlignHCenter)

    def _paper_changed(self) -> None:
        self._controller.render(self.rendered.document_id, self.paper.currentData(),
                                self.rendered.duplicate)

    def _show_rendered(self, rendered: documents.Rendered) -> None:
        if rendered.document_id == self.rendered.document_id:
            self.rendered = rendered
            self._show_pages()

    def _print(self) -> None:
        choice = PrinterChoice(self.printer.currentText(), self.paper.currentData())
        save_printer_choice(self._controller.data_dir, self.rendered.kind, choice)
        self._controller.print_rendered(self.rendered, choice.printer)
        self.accept()

    def _choose_save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"),
                                              f"{self.rendered.title}.pdf", "PDF (*.pdf)")
        if name:
            self.save_to(Path(name))

    def save_to(self, target: Path) -> bool:
        try:
            target.write_bytes(self.rendered.pdf)
        except OSError as exc:
            show_error(self.error, self.tr("Could not write {file}: {reason}").format(
                file=target, reason=exc.strerror or exc))
            return False
        show_error(self.error, "")
        return True
