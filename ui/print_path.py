"""The print path: render off the GUI thread, keep the PDF, preview, print
through Qt to the system's printers (CUPS, Windows spooler), record the outcome.

PDF pages are rasterised with PDFium at the printer's resolution (capped at
300 dpi: enough for text and QR codes, light for old PCs) and painted on a
QPrinter: one path for every printer, thermal or A4.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QObject, QRectF, QSizeF, Signal
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from app.domain import clock
from app.domain.errors import FileNotWritten, PrintFailed
from app.services import documents
from app.settings import PrinterChoice, load_printer_choices, save_printer_choice

if TYPE_CHECKING:
    from app.services.context import Actor
    from db.engine import Database
    from ui.tasks import TaskRunner

MAX_DPI = 300.0
PREVIEW_DPI = 110


def each_page_image(pdf: bytes, dpi: float) -> Iterator[QImage]:
    """The pages rasterised one at a time: a 300 dpi A4 page is 26 MB, so a
    job never holds more than the page being sent."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        for page in document:
            bitmap = page.render(scale=dpi / 72.0, rev_byteorder=True)  # RGB(A) byte order
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes()
            yield QImage(data, pil.width, pil.height, 3 * pil.width,
                         QImage.Format.Format_RGB888).copy()
            page.close()
    finally:
        document.close()


def page_images(pdf: bytes, dpi: float) -> list[QImage]:
    return list(each_page_image(pdf, dpi))


def page_sizes_mm(pdf: bytes) -> list[tuple[float, float]]:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        return [(w * 25.4 / 72, h * 25.4 / 72) for w, h in
                (document.get_page_size(i) for i in range(len(document)))]
    finally:
        document.close()


def available_printers() -> list[str]:
    return list(QPrinterInfo.availablePrinterNames())


def print_pdf(pdf: bytes, printer_name: str, job_name: str) -> None:
    """Send the pages to the printer. Raises PrintFailed; safe on a worker thread."""
    if not printer_name:
        raise PrintFailed("no_printer")
    info = QPrinterInfo.printerInfo(printer_name)
    if info.isNull():
        raise PrintFailed("unavailable", printer_name)
    if info.state() == QPrinter.PrinterState.Error:
        raise PrintFailed("unavailable", printer_name, "error state")
    sizes = page_sizes_mm(pdf)
    printer = QPrinter(info, QPrinter.PrinterMode.HighResolution)
    printer.setDocName(job_name)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QSizeF(*sizes[0]), QPageSize.Unit.Millimeter, job_name,
                                  QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(QPageLayout.Orientation.Portrait)
    printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    dpi = min(float(printer.resolution()), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("job_error", printer_name, "the printer refused the job")
    try:
        for number, image in enumerate(each_page_image(pdf, dpi)):
            if number:
                printer.newPage()
            target = printer.pageRect(QPrinter.Unit.DevicePixel)
            painter.drawImage(QRectF(0, 0, target.width(), target.height()), image)
    finally:
        if not painter.end():
            raise PrintFailed("job_error", printer_name)


@dataclass(frozen=True)
class Preview:
    """A rendered document with its pages as images, made on the worker."""

    rendered: documents.Rendered
    pages: list[QImage]
    printers: list[str]
    choice: PrinterChoice | None  # this PC's printer and paper for the kind


class PrintController(QObject):
    """Prints stored documents for one signed-in person, on the window's runner:
    rendering, rasterising, the spooler and the PDF files never touch the GUI
    thread."""

    printed = Signal(int, str)  # document id, printer
    failed = Signal(int, object)  # document id, the GuichetError
    previewed = Signal(object)  # Preview
    saved = Signal(object)  # Path of a PDF saved on a stick

    def __init__(self, db: Database, actor: Actor, runner: TaskRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._actor = actor
        self.runner = runner
        self._submit = runner.bound(self)

    @property
    def data_dir(self) -> Path:
        from app.services import housekeeping

        return housekeeping.local_folder(self._db)

    def preview(self, document_id: int, paper: str | None = None,
                duplicate: bool | None = None) -> None:
        """Render and rasterise for the preview dialog; `previewed` follows.
        Without a paper, the one this PC uses for that kind of document."""
        db, actor, data_dir = self._db, self._actor, self.data_dir

        def work() -> Preview:
            kind = documents.document_kind(db, actor, document_id)
            choice = load_printer_choices(data_dir).get(kind)
            rendered = documents.render_document(
                db, actor, document_id, paper or (choice.paper if choice else None), duplicate)
            return Preview(rendered, page_images(rendered.pdf, PREVIEW_DPI),
                           available_printers(), choice)

        self._submit(work, self.previewed.emit,
                           lambda exc: self.failed.emit(document_id, exc))

    def print_document(self, document_id: int, choice: PrinterChoice | None = None,
                       duplicate: bool | None = None) -> None:
        """Fast mode, no dialog: to `choice`, or this PC's printer for the kind."""
        db, actor, data_dir = self._db, self._actor, self.data_dir

        def work() -> str:
            kind = documents.document_kind(db, actor, document_id)
            chosen = choice or load_printer_choices(data_dir).get(kind) or PrinterChoice(
                QPrinterInfo.defaultPrinterName(), documents.PAPERS[kind][0])
            rendered = documents.render_document(db, actor, document_id, chosen.paper,
                                                 duplicate)
            return self._send(rendered, chosen.printer)

        self._submit(work, lambda printer: self.printed.emit(document_id, printer),
                           lambda exc: self.failed.emit(document_id, exc))

    def print_rendered(self, rendered: documents.Rendered, choice: PrinterChoice) -> None:
        """From the preview: remember the printer and paper for the kind, print."""
        data_dir = self.data_dir

        def work() -> str:
            save_printer_choice(data_dir, rendered.kind, choice)
            return self._send(rendered, choice.printer)

        self._submit(work, lambda name: self.printed.emit(rendered.document_id, name),
                           lambda exc: self.failed.emit(rendered.document_id, exc))

    def save_pdf(self, rendered: documents.Rendered, target: Path) -> None:
        """A copy of the PDF where the person chose (a USB stick); `saved` or
        `failed` (a stick pulled out, a full one) follows."""
        def work() -> Path:
            try:
                target.write_bytes(rendered.pdf)
            except OSError as exc:
                raise FileNotWritten.from_os(target, exc) from exc
            return target

        self._submit(work, self.saved.emit,
                           lambda exc: self.failed.emit(rendered.document_id, exc))

    def _send(self, rendered: documents.Rendered, printer: str) -> str:
        """Keep the PDF first: whatever the printer does, the document is there.
        On the centre's server the stored document is the record (re-rendered on
        demand): no untracked copy of it is left on this PC, where the other
        counters' erasures could not reach it."""
        kept = (documents.keep(self.data_dir, rendered, clock.now())
                if self._db.path is not None else None)
        try:
            print_pdf(rendered.pdf, printer, f"guichet-{rendered.kind}-{rendered.document_id}")
        except PrintFailed as exc:
            documents.record_print(self._db, self._actor, rendered, kept, printer, exc.reason)
            raise
        documents.record_print(self._db, self._actor, rendered, kept, printer, None)
        return printer


# --- long A4 documents (letters, lists) printed from a PDF made on the worker ------------

A4_KINDS = ("minutes", "receipt")  # this PC's A4 printer: the minutes', else the receipts'
# pages a print job: between two jobs the runner does the other desks' work and
# the Stop button is heard (print_pdf rasterises one page at a time)
PRINT_PAGES = 25


def a4_printer(folder: Path | None) -> str:
    """The A4 printer this PC uses for the minutes or the receipts, "" if none."""
    if folder is None:
        return ""
    choices = load_printer_choices(folder)
    for kind in A4_KINDS:
        choice = choices.get(kind)
        if choice is not None and choice.printer and choice.paper == "a4":
            return choice.printer
    return ""


def pdf_pages(pdf: bytes, start: int, count: int) -> bytes:
    """Pages start … start + count - 1 of a PDF, as a PDF of their own."""
    import io

    import pypdfium2 as pdfium

    source = pdfium.PdfDocument(pdf)
    part = pdfium.PdfDocument.new()
    try:
        part.import_pages(source, pages=list(range(start, min(start + count, len(source)))))
        out = io.BytesIO()
        part.save(out)
        return out.getvalue()
    finally:
        part.close()
        source.close()
