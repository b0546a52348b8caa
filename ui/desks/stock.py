"""Stock (coordinator, reception): decoders scanned in one after another or
imported from the operator's delivery list, refurbished computers with their
price tier, what the stock holds by model and state; the handout-day letters
and the day's closing are the other two sections.

Every lookup and write goes through the window's runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.documents import render
from app.domain import clock
from app.domain.codes import serial_as_meant
from app.domain.enums import EquipmentKind, EquipmentState
from app.domain.errors import FileNotWritten, GuichetError
from app.domain.money import format_euros
from app.messages import describe
from app.services import handouts, stock
from ui import file_dialogs, labels, sounds
from ui.desks import DeskContext
from ui.dialogs import ActDialog
from ui.rows_model import RowsModel
from ui.scanner import ScannerInput, ScanRouter
from ui.widgets import AnswerBanner, table_view

_STYLE = """
QListWidget#stockSections { font-size: 18px; }
QListWidget#stockSections::item { padding: 12px 10px; }
QLineEdit#stockScan { font-size: 24px; padding: 8px; }
QLabel#stockCount { font-size: 20px; font-weight: bold; }
QListWidget#stockRecent { font-size: 16px; }
QListWidget#stockRecent::item { padding: 1px 6px; min-height: 0; }
QRadioButton#priceTier { font-size: 18px; font-weight: bold; padding: 4px 10px; }
QRadioButton#priceTier::indicator { width: 20px; height: 20px; }
"""

RECENT = 8  # scans listed under the field, the latest first


class ModelCountModel(RowsModel):
    """The stock of one kind, one row per model."""

    def __init__(self, states: tuple[EquipmentState, ...]) -> None:
        super().__init__()
        self.states = states

    def headers(self) -> tuple[str, ...]:
        names = {EquipmentState.IN_STOCK: self.tr("In stock"),
                 EquipmentState.RETURNED: self.tr("Brought back"),
                 EquipmentState.HANDED_OUT: self.tr("Handed out"),
                 EquipmentState.FAULTY: self.tr("Faulty"),
                 EquipmentState.SOLD: self.tr("Sold")}
        return (self.tr("Model"), *(names[state] for state in self.states), self.tr("Total"))

    def display(self, row: stock.ModelCount, column: int) -> str:
        if column == 0:
            return row.model or self.tr("(no model)")
        if column <= len(self.states):
            return str(row.counts.get(self.states[column - 1], 0))
        return str(row.total)


class ComputerModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Serial"), self.tr("Model"), self.tr("Price"), self.tr("State"),
                self.tr("Sold to"), self.tr("Receipt"))

    def display(self, row: stock.Computer, column: int) -> str:
        if column == 0:
            return row.serial
        if column == 1:
            return row.model
        if column == 2:
            return format_euros(row.price_cents)
        if column == 3:
            if row.sold_at is not None:
                return self.tr("Sold on {date}").format(date=row.sold_at.strftime("%d/%m/%Y"))
            return labels.equipment_state(row.state)
        if column == 4:
            return row.sold_to
        return row.receipt

    def foreground(self, row: stock.Computer, column: int) -> QColor | None:
        return QColor("#1e7d3a") if column == 3 and row.state == EquipmentState.IN_STOCK \
            else None


class ScanIn(QWidget):
    """The scan loop: each serial read goes into the stock at once, with a
    sound, a count and its line in the list of the latest scans. A person may
    also type a serial and press Enter."""

    scanned = Signal(str, bool)  # serial, added

    def __init__(self, runner, placeholder: str, add, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._submit = runner.bound(self)
        self._add = add  # (serial) -> str, on the worker: what to say once added
        self.added = 0
        self.field = QLineEdit()
        self.field.setObjectName("stockScan")
        self.field.setPlaceholderText(placeholder)
        self.banner = AnswerBanner(84)
        self.count = QLabel()
        self.count.setObjectName("stockCount")
        self.recent = QListWidget()
        self.recent.setObjectName("stockRecent")
        self.recent.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.recent.setFixedHeight(86)  # the last three scans
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.field)
        layout.addWidget(self.banner)
        layout.addWidget(self.count)
        layout.addWidget(self.recent)
        self._show_count()
        self.banner.say("info", self.tr("Ready: scan the labels one after another."),
                        self.tr("Each one is added at once; a chime says it went in, a buzz "
                                "that it did not."))
        # a scanner's burst is taken back from wherever it landed and comes
        # here whole; a serial typed by hand comes with its Enter
        self.router = ScanRouter(runner, self)
        self.scanner = ScannerInput(self.router, self)
        self.scanner.scanned.connect(self.take)
        self.scanner.blocked.connect(lambda _code: self.banner.say(
            "error", self.tr("Scan ignored"),
            self.tr("Close the open window first, then scan again.")))
        self.field.returnPressed.connect(lambda: self.take(self.field.text()))

    def set_active(self, active: bool) -> None:
        self.scanner.set_active(active)
        if active:
            self.field.setFocus()

    def _show_count(self) -> None:
        self.count.setText(self.tr("%n added since this page was opened", "", self.added))

    def take(self, text: str) -> None:
        serial = serial_as_meant(text).upper()
        self.field.clear()
        self.field.setFocus()
        if not serial:
            return
        add = self._add

        def done(said: str) -> None:
            self.added += 1
            self._show_count()
            sounds.play(sounds.OK)
            self.banner.say("ok", self.tr("Added: {serial}").format(serial=serial), said)
            self._listed("✓ " + serial)
            self.scanned.emit(serial, True)

        def refused(error: GuichetError) -> None:
            sounds.play(sounds.ERROR)
            self.banner.say("error", self.tr("Not added: {serial}").format(serial=serial),
                            describe(error))
            self._listed("✗ " + serial + " — " + describe(error))
            self.scanned.emit(serial, False)

        self._submit(lambda: add(serial), done, refused)

    def _listed(self, line: str) -> None:
        self.recent.insertItem(0, line)
        while self.recent.count() > RECENT:
            self.recent.takeItem(self.recent.count() - 1)


class StockPage(QWidget):
    """A section that shows the stock: read again when shown, and when a write
    here or at another desk changed what it shows."""

    REFRESH_ON = frozenset({"handout", "equipment", "sale", "database"})

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor = context.db, context.actor
        self._submit = context.runner.bound(self)
        context.runner.changed.connect(self._on_changed)

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & self.REFRESH_ON and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError


class DecodersPage(StockPage):
    """Decoders into the stock, and what the stock holds."""

    delivery_done = Signal(str)  # what was said
    saved = Signal(Path)

    STATES = (EquipmentState.IN_STOCK, EquipmentState.RETURNED, EquipmentState.HANDED_OUT,
              EquipmentState.FAULTY)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        db, actor = self._db, self._actor
        self.model_edit = QComboBox()
        self.model_edit.setEditable(True)
        self.model_edit.setMinimumWidth(260)
        self.model_edit.lineEdit().setPlaceholderText(self.tr("e.g. Décodeur TV HD"))
        self.scan_in = ScanIn(context.runner, self.tr("Scan a decoder's barcode: it is added "
                                                      "at once"),
                              lambda serial: self._add_one(db, actor, serial))
        self.import_button = QPushButton(self.tr("Import a delivery list…"))
        self.export_button = QPushButton(self.tr("List for the operator (CSV)…"))
        self.import_button.setToolTip(self.tr("The operator's list of the decoders delivered "
                                              "(CSV: serial, model)"))
        self.export_button.setToolTip(self.tr("Every decoder handed out, for its activation"))
        top = QHBoxLayout()  # the model the next scans are filed under
        top.addWidget(QLabel(self.tr("Model:")))
        top.addWidget(self.model_edit)
        top.addStretch(1)
        lists = QHBoxLayout()  # the operator's two lists
        lists.addWidget(self.import_button)
        lists.addWidget(self.export_button)
        lists.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()

        self.counts = ModelCountModel(self.STATES)
        self.table = table_view(self.counts)
        self.total = QLabel()
        self.total.setObjectName("stockCount")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scan_in)
        layout.addWidget(self.message)
        layout.addWidget(self.total)
        layout.addWidget(self.table, 1)
        layout.addLayout(lists)
        self.import_button.clicked.connect(self._choose_delivery)
        self.export_button.clicked.connect(self._choose_export)
        self.scan_in.scanned.connect(lambda _serial, added: added and self.refresh())
        self._model = ""  # read on the GUI thread, used by the worker
        self.model_edit.currentTextChanged.connect(self._model_changed)

    def _add_one(self, db, actor, serial: str) -> str:  # type: ignore[no-untyped-def]
        count = handouts.add_decoder(db, actor, serial, self._model)
        return self.tr("%n decoder(s) ready to hand out", "", count)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.scan_in.set_active(True)
        self.refresh()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.scan_in.set_active(False)
        super().hideEvent(event)

    def _model_changed(self, text: str) -> None:
        self._model = text.strip()

    def refresh(self) -> None:
        db, actor = self._db, self._actor

        def shown(found: tuple[list[stock.ModelCount], list[str]]) -> None:
            counts, models = found
            self.counts.set_rows(counts)
            ready = sum(row.available for row in counts)
            self.total.setText(self.tr("%n decoder(s) ready to hand out", "", ready))
            if not self.model_edit.currentText().strip() and models:
                self.model_edit.clear()
                self.model_edit.addItems(models)
            elif self.model_edit.count() == 0:
                self.model_edit.addItems(models)

        self._submit(lambda: (stock.by_model(db, actor, EquipmentKind.DECODER),
                              stock.decoder_models(db, actor)), shown, self._failed)

    def _failed(self, error: GuichetError) -> None:
        sounds.play(sounds.ERROR)
        self._say(describe(error), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828; font-weight: bold;" if error else "")
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- the operator's lists -------------------------------------------------------

    def _choose_delivery(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Choose the operator's delivery list"),
                                      self.tr("Spreadsheet exports (*.csv *.txt)"))
        if path is not None:
            self.import_delivery(path)

    def import_delivery(self, path: Path) -> None:
        """All or nothing: a list with a problem adds nothing and says every line."""
        from app.domain.errors import DeliveryRejected
        from app.services import roster

        db, actor = self._db, self._actor
        self.import_button.setEnabled(False)
        self._say(self.tr("Reading {file}…").format(file=path.name))

        def done(count: int) -> None:
            self.import_button.setEnabled(True)
            sounds.play(sounds.OK)
            said = self.tr("%n decoder(s) added to the stock from {file}.", "", count).format(
                file=path.name)
            self._say(said)
            self.delivery_done.emit(said)
            self.refresh()

        def refused(error: GuichetError) -> None:
            self.import_button.setEnabled(True)
            if isinstance(error, DeliveryRejected):
                sounds.play(sounds.ERROR)
                self._say(describe(error), error=True)
                self.delivery_done.emit(describe(error))
                return
            self._failed(error)

        self._submit(lambda: handouts.import_delivery(db, actor, roster.read_file(path)),
                     done, refused)

    def _choose_export(self) -> None:
        target = file_dialogs.save_file(
            self, self.tr("The decoders handed out, for the operator"),
            f"decodeurs-remis-{clock.now().date().isoformat()}.csv",
            self.tr("Spreadsheet (*.csv)"))
        if target is not None:
            self.export_to(target)

    def export_to(self, target: Path) -> None:
        db, actor = self._db, self._actor

        def work() -> Path:
            text = handouts.operator_csv(db, actor)
            try:
                with target.open("w", encoding=render.CSV_ENCODING, newline="") as file:
                    file.write(text)
            except OSError as exc:
                raise FileNotWritten.from_os(target, exc) from exc
            return target

        def done(path: Path) -> None:
            self._say(self.tr("Saved in {file}: give it to the operator to activate the "
                              "decoders.").format(file=path))
            self.saved.emit(path)

        self._submit(work, done, self._failed)


class ComputersPage(StockPage):
    """Refurbished computers in at their price tier; the list, sold or not.
    A computer is sold from the household (Handout desk, « Sell a computer… »)."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        db, actor = self._db, self._actor
        self.model_edit = QComboBox()
        self.model_edit.setEditable(True)
        self.model_edit.setMinimumWidth(260)
        self.model_edit.addItems(["Portable reconditionné", "Fixe reconditionné"])
        self.tiers = QButtonGroup(self)
        self.tier_row = QHBoxLayout()
        self.scan_in = ScanIn(context.runner, self.tr("Scan the computer's serial: it is added "
                                                      "at once"),
                              lambda serial: self._add_one(db, actor, serial))
        top = QHBoxLayout()  # what the next scans are filed as
        top.addWidget(QLabel(self.tr("Model:")))
        top.addWidget(self.model_edit)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Price:")))
        top.addLayout(self.tier_row)
        top.addStretch(1)
        self.rows = ComputerModel()
        self.table = table_view(self.rows)
        self.total = QLabel()
        self.total.setObjectName("stockCount")
        hint = QLabel(self.tr("To sell one: open the household in Handout, then « Sell a "
                              "computer… »."))
        hint.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Cancel the sale…"))
        self.cancel_button.setToolTip(self.tr("A sale recorded by mistake: its receipt stays, "
                                              "marked cancelled, and the computer is for sale "
                                              "again"))
        self.cancel_button.setEnabled(False)
        below = QHBoxLayout()
        below.addWidget(hint, 1)
        below.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.scan_in)
        layout.addWidget(self.total)
        layout.addWidget(self.table, 1)
        layout.addLayout(below)
        self.scan_in.scanned.connect(lambda _serial, added: added and self.refresh())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.rows.modelReset.connect(self._selection_changed)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self._model, self._price = "", None  # read on the GUI thread, used by the worker
        self.model_edit.currentTextChanged.connect(self._remember)
        self.tiers.buttonToggled.connect(self._remember)
        self._remember()

    def _add_one(self, db, actor, serial: str) -> str:  # type: ignore[no-untyped-def]
        price = self._price
        if price is None:
            from app.domain.errors import HandoutRefused

            raise HandoutRefused("price_not_a_tier", "")
        handouts.add_computer(db, actor, serial, self._model, price)
        return self.tr("{model} at {price}").format(model=self._model or self.tr("Computer"),
                                                    price=format_euros(price))

    @property
    def price(self) -> int | None:
        checked = self.tiers.checkedButton()
        return None if checked is None else checked.property("cents")

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.scan_in.set_active(True)
        self.refresh()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.scan_in.set_active(False)
        super().hideEvent(event)

    def _remember(self, *_args: object) -> None:
        """What the worker adds with: read on the GUI thread, before the scan."""
        self._model = self.model_edit.currentText().strip()
        self._price = self.price

    def refresh(self) -> None:
        db, actor = self._db, self._actor

        def shown(found: tuple[list[stock.Computer], tuple[int, ...]]) -> None:
            rows, tiers = found
            self.rows.set_rows(rows)
            ready = sum(1 for row in rows if row.state == EquipmentState.IN_STOCK)
            self.total.setText(self.tr("%n computer(s) for sale", "", ready))
            self._set_tiers(tiers)

        self._submit(lambda: (stock.computers(db, actor), stock.price_tiers(db, actor)),
                     shown, lambda error: self.scan_in.banner.say("error", describe(error)))

    def selected(self) -> stock.Computer | None:
        rows = self.table.selectionModel().selectedRows()
        return self.rows.row(rows[0].row()) if rows else None

    def _selection_changed(self, *_args: object) -> None:
        chosen = self.selected()
        self.cancel_button.setEnabled(chosen is not None
                                      and chosen.state == EquipmentState.SOLD)

    def ask_cancel(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.state != EquipmentState.SOLD:
            return
        reason = QLineEdit()
        reason.setPlaceholderText(self.tr("e.g. recorded for the wrong household"))
        self.cancel_dialog = ActDialog(
            self.tr("Cancel the sale"),
            self.tr("The sale of {serial} to {ref} (receipt {receipt}) was a mistake: the "
                    "receipt stays, marked cancelled, and the computer is for sale again.")
            .format(serial=chosen.serial, ref=chosen.sold_to, receipt=chosen.receipt),
            [(self.tr("Why"), reason)], self.tr("Cancel the sale"), self)
        self.cancel_dialog.chosen.connect(lambda values: self.cancel_sale(chosen.serial,
                                                                          values[0]))
        self.cancel_dialog.open()
        reason.setFocus()

    def cancel_sale(self, serial: str, reason: str) -> None:
        db, actor = self._db, self._actor

        def done(receipt: str) -> None:
            self.scan_in.banner.say("ok", self.tr("Sale cancelled: receipt {receipt}").format(
                receipt=receipt), self.tr("{serial} is for sale again.").format(serial=serial))
            self.refresh()

        def refused(error: GuichetError) -> None:
            sounds.play(sounds.ERROR)
            self.scan_in.banner.say("error", self.tr("Refused: nothing was changed"),
                                    describe(error))

        self._submit(lambda: handouts.cancel_sale(db, actor, serial, reason), done, refused)

    def _set_tiers(self, tiers: tuple[int, ...]) -> None:
        now = tuple(button.property("cents") for button in self.tiers.buttons())
        if now == tiers:
            return
        chosen = self.price
        for button in self.tiers.buttons():
            self.tiers.removeButton(button)
            self.tier_row.removeWidget(button)
            button.deleteLater()
        for cents in tiers:
            radio = QRadioButton(format_euros(cents))
            radio.setObjectName("priceTier")
            radio.setProperty("cents", cents)
            radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the focus stays on the scan
            self.tiers.addButton(radio)
            self.tier_row.addWidget(radio)
            radio.setChecked(cents == chosen)
        if self.tiers.checkedButton() is None and self.tiers.buttons():
            self.tiers.buttons()[-1].setChecked(True)


class StockDesk(QWidget):
    """Stock (coordinator, reception): one section at a time, chosen on the left."""

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from ui.daily_closing import DailyClosingPage
        from ui.handout_letters import HandoutLettersPage

        self.setStyleSheet(_STYLE)
        self.sections = QListWidget()
        self.sections.setObjectName("stockSections")
        self.sections.setFixedWidth(190)
        self.sections.setWordWrap(True)  # « Courriers de remise » on two lines if need be
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pages = QStackedWidget()
        self.decoders = DecodersPage(context)
        self.computers = ComputersPage(context)
        self.letters = HandoutLettersPage(context)
        self.closing = DailyClosingPage(context)
        for title, page in ((self.tr("Decoders"), self.decoders),
                            (self.tr("Computers"), self.computers),
                            (self.tr("Handout letters"), self.letters),
                            (self.tr("Closing of the day"), self.closing)):
            self.sections.addItem(title)
            scroll = QScrollArea()  # a small screen scrolls a section; the window keeps its size
            scroll.setWidget(page)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.pages.addWidget(scroll)
        self.sections.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sections.setCurrentRow(0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(20)
        layout.addWidget(self.sections)
        layout.addWidget(self.pages, 1)

    def show_section(self, page: QWidget) -> None:
        self.sections.setCurrentRow(next(i for i in range(self.pages.count())
                                         if self.pages.widget(i).widget() is page))
