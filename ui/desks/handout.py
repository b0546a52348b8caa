"""Remise des décodeurs: the handout loop. Scan the tenant's letter (or type a
name), choose who collects it (the first member is chosen already), scan the
decoder, Enter: a big banner says what happened, the receipt goes to this PC's
receipt printer, and the scan field is ready for the next person.

Every lookup and write goes through the window's runner."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.codes import serial_as_meant
from app.domain.enums import EquipmentKind, OfferState, PaymentMethod
from app.domain.errors import GuichetError, UnknownHousehold, VoteRefused
from app.domain.money import format_euros
from app.domain.roles import Permission, allows
from app.messages import describe
from app.services import handouts, households, polls, stock
from app.services.households import HouseholdCard
from ui import labels, sounds
from ui.desks import DeskContext
from ui.dialogs import ActDialog
from ui.household_model import HouseholdHitModel, results_view
from ui.print_path import PrintController
from ui.scanner import ScannerInput, ScanRouter, dwelling_code_lookup
from ui.widgets import AnswerBanner, primary_button, show_message

_STYLE = """
QLineEdit#handoutScan, QLineEdit#handoutSerial { font-size: 24px; padding: 8px; }
QLabel#handoutToday { font-size: 19px; font-weight: bold; }
QLabel#handoutSteps { font-size: 22px; color: #4a5a6a; padding: 12px 4px; }
QRadioButton#collector { font-size: 20px; min-height: 32px; }
QRadioButton#collector::indicator { width: 22px; height: 22px; }
"""


# --- on the worker -------------------------------------------------------------
# (two small reads the services do not offer yet; they belong in
# app/services/handouts.py)


@dataclass(frozen=True)
class DwellingPanel:
    """What the handout needs to know about one dwelling."""

    card: HouseholdCard
    offer: OfferState
    decoder: tuple[str, datetime] | None  # the active one: serial, since when


def load_panel(db, actor, dwelling_id: int) -> DwellingPanel:  # type: ignore[no-untyped-def]
    card = households.household_card(db, actor, dwelling_id)
    return DwellingPanel(card, handouts.offer_of(db, actor, dwelling_id),
                         handouts.active_decoder(db, actor, dwelling_id))


# --- the desk ----------------------------------------------------------------------


class HandoutDesk(QWidget):
    """Remise des décodeurs, for every role."""

    dwelling_opened = Signal(int)  # dwelling id
    answered = Signal(str, str)  # tone ("ok", "warn", "error", "info"), headline
    today_refreshed = Signal(int)

    REFRESH_ON = frozenset({"handout", "equipment", "database"})

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = context.db
        self._actor = context.actor
        self._runner = context.runner
        self._submit = context.runner.bound(self)  # answers for a deleted desk are dropped
        self.panel: DwellingPanel | None = None
        self._search_generation = 0
        self._shown_text = ""
        self._open_when_shown = False
        self._printing: dict[int, str] = {}  # document id -> the headline it belongs to
        self._then: str | None = None  # what to open once the next panel shows ("sale")
        self.setStyleSheet(_STYLE)

        # --- top: the scan field and today's count
        self.scan_edit = QLineEdit()
        self.scan_edit.setObjectName("handoutScan")
        self.scan_edit.setPlaceholderText(self.tr("Scan the letter or type a name (F2)"))
        self.scan_edit.setClearButtonEnabled(True)
        self.today_label = QLabel()
        self.today_label.setObjectName("handoutToday")
        top = QHBoxLayout()
        top.addWidget(self.scan_edit, 1)
        top.addSpacing(12)
        top.addWidget(self.today_label)

        # --- the banner: what just happened, in its colour
        self.banner = AnswerBanner()
        self.headline, self.detail = self.banner.headline, self.banner.detail

        # --- the results of a typed search
        self.hits = HouseholdHitModel()
        self.results = results_view(self.hits)
        self.result_count = QLabel()
        self.result_count.setObjectName("factCaption")
        self.results_page = QWidget()
        results_layout = QVBoxLayout(self.results_page)
        results_layout.setContentsMargins(0, 0, 0, 0)
        results_layout.addWidget(self.result_count)
        results_layout.addWidget(self.results, 1)
        self.steps = QLabel(self.tr(
            "1. Scan the tenant's letter (or type a name, then Enter)\n"
            "2. Who collects it: the first member is chosen already\n"
            "3. Scan the decoder's barcode\n"
            "4. Enter: handed out, the receipt prints"))
        self.steps.setObjectName("handoutSteps")
        self.steps.setWordWrap(True)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        results_layout.addWidget(self.steps, 1)
        self.results.hide()

        # --- the dwelling panel
        self.panel_page = self._build_panel()
        self.pages = QStackedWidget()
        self.pages.addWidget(self.results_page)
        self.pages.addWidget(self.panel_page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)

        # --- the printer, the scanner, the keys
        self.printer = PrintController(self._db, self._actor, self._runner, self)
        self.printer.printed.connect(self._printed)
        self.printer.failed.connect(self._print_failed)

        self.router = ScanRouter(self._runner, self)
        # a letter's code first: twelve digits that no serial or reference has
        self.router.register("dwelling_code", dwelling_code_lookup(self._db, self._actor),
                             self._open_code)
        self.router.register("serial", self._find_serial, self._scanned_serial)
        self.router.register("landlord_ref", self._find_reference, self.open_dwelling)
        self.router.unknown.connect(self._unknown_code)
        self.scanner = ScannerInput(self.router, self)
        self.scanner.blocked.connect(self._scanned_in_dialog)

        self._deferred_search = QTimer(self)
        self._deferred_search.setSingleShot(True)
        self._deferred_search.setInterval(50)
        self._deferred_search.timeout.connect(lambda: self._search(self.scan_edit.text()))
        self.scan_edit.textChanged.connect(self._search)
        self.scan_edit.returnPressed.connect(self._open_first)
        self.scan_edit.installEventFilter(self)
        self.results.activated.connect(self._open_index)
        self.results.doubleClicked.connect(self._open_index)
        self.serial_edit.returnPressed.connect(self.hand_out)
        self.hand_out_button.clicked.connect(self.hand_out)
        self.other_name.returnPressed.connect(self.serial_edit.setFocus)
        self.replace_button.clicked.connect(self.ask_replace)
        self.return_button.clicked.connect(self.ask_return)
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.sale_button.clicked.connect(self.ask_sale)
        self._shortcuts()
        self._runner.changed.connect(self._on_changed)
        self.say("info", self.tr("Scan the tenant's letter to start."),
                 self.tr("Or type a name, an address or a reference, then Enter."))
        self.refresh_today()

    def _build_panel(self) -> QWidget:
        page = QFrame()
        page.setObjectName("householdCard")
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.title.setWordWrap(True)
        self.address = QLabel()
        self.address.setWordWrap(True)
        self.lines = {key: QLabel() for key in ("members", "offer", "decoder")}
        captions = {"members": self.tr("Household"), "offer": self.tr("Offer"),
                    "decoder": self.tr("Decoder")}
        facts = QGridLayout()
        facts.setHorizontalSpacing(18)
        facts.setVerticalSpacing(8)
        for row, (key, label) in enumerate(self.lines.items()):
            caption = QLabel(captions[key])
            caption.setObjectName("factCaption")
            label.setWordWrap(True)
            facts.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            facts.addWidget(label, row, 1)
        facts.setColumnStretch(1, 1)
        self.replace_button = QPushButton(self.tr("Faulty decoder…"))
        self.return_button = QPushButton(self.tr("Decoder brought back…"))
        self.cancel_button = QPushButton(self.tr("Cancel the handout…"))
        self.sale_button = QPushButton(self.tr("Sell a computer…"))
        self.close_button = QPushButton(self.tr("Next person (Esc)"))
        self.close_button.clicked.connect(self.next_person)
        acts = QGridLayout()  # two by three, in the left column
        acts.setSpacing(8)
        for index, button in enumerate((self.replace_button, self.return_button,
                                        self.cancel_button, self.sale_button,
                                        self.close_button)):
            button.setObjectName("secondaryAct")
            acts.addWidget(button, index // 2, index % 2, 1, 1 if index < 4 else 2)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.title)
        left.addWidget(self.address)
        left.addLayout(facts)
        left.addStretch(1)
        left.addLayout(acts)  # the secondary acts, under the facts

        who_caption = QLabel(self.tr("Who collects it?"))
        who_caption.setObjectName("sectionTitle")
        self.collectors = QButtonGroup(self)
        self.collector_grid = QGridLayout()
        self.collector_grid.setHorizontalSpacing(16)
        self.collector_grid.setVerticalSpacing(0)
        self.other_radio = QRadioButton(self.tr("Another person:"))
        self.other_radio.setObjectName("collector")
        self.other_name = QLineEdit()
        self.other_name.setPlaceholderText(self.tr("Their name"))
        other_row = QGridLayout()  # the name under its choice: fits a 1024 px screen
        other_row.addWidget(self.other_radio, 0, 0, 1, 2)
        other_row.setColumnMinimumWidth(0, 28)
        other_row.addWidget(self.other_name, 1, 1)
        self.other_name.textEdited.connect(lambda _text: self.other_radio.setChecked(True))
        self.collectors.buttonClicked.connect(self._collector_clicked)
        self.serial_edit = QLineEdit()
        self.serial_edit.setObjectName("handoutSerial")
        self.serial_edit.setPlaceholderText(self.tr("Scan the decoder's barcode"))
        self.hand_out_button = primary_button(self.tr("Hand out and print the receipt"))
        self.hand_out_button.setToolTip(self.tr("Enter"))
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(who_caption)
        right.addLayout(self.collector_grid)
        right.addLayout(other_row)
        right.addSpacing(12)
        right.addWidget(self.serial_edit)
        right.addWidget(self.hand_out_button)
        right.addStretch(1)


        # on a small laptop the facts and the secondary acts scroll; the handout's
        # own steps, on the right, always stay in view
        facts_page = QWidget()
        facts_page.setLayout(left)
        left.setContentsMargins(0, 0, 8, 0)
        facts_scroll = QScrollArea()
        facts_scroll.setWidget(facts_page)
        facts_scroll.setWidgetResizable(True)
        facts_scroll.setFrameShape(QFrame.Shape.NoFrame)
        facts_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        facts_scroll.setMinimumWidth(facts_page.minimumSizeHint().width()  # its buttons whole
                                     + facts_scroll.verticalScrollBar().sizeHint().width())
        columns = QHBoxLayout()
        columns.setSpacing(24)
        columns.addWidget(facts_scroll, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(columns, 1)
        # only once the button has its parent: shown before, it was a window of its
        # own for a moment, and took the keyboard from the main window
        self.cancel_button.setVisible(allows(self._actor.role, Permission.MANAGE_STOCK))
        self.sale_button.setVisible(allows(self._actor.role, Permission.MANAGE_STOCK))
        return page

    def _shortcuts(self) -> None:
        for key in ("F2", QKeySequence.StandardKey.Find):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.next_person)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.panel_page)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.next_person)

    # --- desk life -----------------------------------------------------------------

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        super().showEvent(event)
        self.scanner.set_active(True)
        if self.panel is None:
            self.scan_edit.setFocus()
        else:
            self.serial_edit.setFocus()

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        self.scanner.set_active(False)
        super().hideEvent(event)

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & self.REFRESH_ON:
            self.refresh_today()
            self._reload_decoder()

    def refresh_today(self) -> None:
        db, actor = self._db, self._actor

        def shown(count: int) -> None:
            self.today_label.setText(self.tr("%n decoder(s) handed out today by you", "", count))
            self.today_refreshed.emit(count)

        self._submit(lambda: handouts.handed_out_today(db, actor), shown, self._refused)

    @property
    def tone(self) -> str:
        return self.banner.tone

    def say(self, tone: str, headline: str, detail: str = "") -> None:
        """The banner: one outcome at a time, in its colour."""
        self.banner.say(tone, headline, detail)
        self.answered.emit(tone, headline)

    def _refused(self, error: GuichetError) -> None:
        sounds.play(sounds.ERROR)
        self.say("error", self.tr("Refused: nothing was recorded"), describe(error))

    # --- finding the dwelling -------------------------------------------------------

    def next_person(self) -> None:
        """The panel cleared, the scan field ready (the banner stays: it is
        what the person in front of you should still see)."""
        self.panel = None
        self.serial_edit.clear()
        self.other_name.clear()
        self.pages.setCurrentWidget(self.results_page)
        self.scan_edit.clear()
        self.scan_edit.setFocus()

    def _search(self, text: str) -> None:
        if self.scanner.in_burst:
            self._deferred_search.start()
            return
        self._deferred_search.stop()
        self._search_generation += 1
        generation = self._search_generation
        db, actor = self._db, self._actor

        def shown(hits: list[households.HouseholdHit]) -> None:
            if generation != self._search_generation:
                return
            self.hits.set_hits(hits)
            self._shown_text = text
            if not text.strip():
                self.result_count.setText("")
            elif not hits:
                self.result_count.setText(self.tr("No household found for « {text} ».").format(
                    text=text.strip()))
            else:
                self.result_count.setText(self.tr("%n household(s) found: Enter opens the "
                                                  "first.", "", len(hits)))
            self.results.setVisible(bool(text.strip()))
            self.steps.setVisible(not text.strip())
            if text.strip():  # a new search: the household shown before is closed
                self.panel = None
                self.serial_edit.clear()
                self.pages.setCurrentWidget(self.results_page)
            if self.hits.rowCount():
                self.results.selectRow(0)
            if self._open_when_shown:
                self._open_when_shown = False
                self._open_first()

        if not text.strip():
            shown([])
            return
        self._submit(lambda: households.search_households(db, actor, text), shown,
                     self._refused)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        """Up and Down in the scan field choose among the results."""
        if (watched is self.scan_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
                and self.pages.currentWidget() is self.results_page and self.hits.rowCount()):
            row = self.results.currentIndex().row()
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            self.results.selectRow(max(0, min(self.hits.rowCount() - 1, row + step)))
            return True
        return super().eventFilter(watched, event)

    def _open_first(self) -> None:
        if not self.scan_edit.text().strip():
            return
        if self.scan_edit.text() != self._shown_text:
            self._open_when_shown = True  # Enter before the results: open on arrival
            return
        index = self.results.currentIndex()
        if self.hits.rowCount():
            self._open_index(index if index.isValid() else self.hits.index(0, 0))
        elif any(char.isdigit() for char in self.scan_edit.text()):
            # no household by that text: a letter's code or a serial typed by hand
            # (the scanner failed) is looked up as if it had been scanned
            self.router.route(self.scan_edit.text())

    def _open_index(self, index: QModelIndex) -> None:
        self.open_dwelling(self.hits.hit(index.row()).dwelling_id)

    def open_dwelling(self, dwelling_id: int, then: str | None = None) -> None:
        """The dwelling's panel; `then` "sale": its sale dialog right after
        (the counter's « Sell a computer… »)."""
        self._then = then
        db, actor = self._db, self._actor
        self._submit(lambda: load_panel(db, actor, dwelling_id), self._show_panel,
                     self._refused)

    def _show_panel(self, panel: DwellingPanel) -> None:
        card = panel.card
        self.panel = panel
        names = [households.display_name(m.family_name, m.given_name) for m in card.members]
        self.title.setText(" · ".join(names[:2]) + (" …" if len(names) > 2 else "")
                           if names else self.tr("Dwelling {ref}").format(ref=card.landlord_ref))
        self.address.setText(self.tr("{address} — {sector} — reference {ref}").format(
            address=card.address, sector=card.sector, ref=card.landlord_ref))
        self.lines["members"].setText(", ".join(names) or self.tr("Nobody on the roster"))
        adopted = panel.offer == OfferState.ADOPTED
        self.lines["offer"].setText(
            self.tr("Adopted by the sector: decoders are handed out.") if adopted else
            self.tr("Not adopted ({state}): no decoder is handed out here.").format(
                state=labels.offer_state(panel.offer)))
        self._show_decoder(panel)
        self._fill_collectors(names)
        has_one = panel.decoder is not None
        self.hand_out_button.setEnabled(True)
        self.serial_edit.clear()
        self.pages.setCurrentWidget(self.panel_page)
        self.scan_edit.clear()
        self.serial_edit.setFocus()
        if not adopted:
            self.say("warn", self.tr("{ref}: the sector has not adopted the offer").format(
                ref=card.landlord_ref), self.tr("No decoder is handed out in {sector}.").format(
                sector=card.sector))
        elif has_one:
            self.say("warn", self.tr("{ref} already has a decoder").format(
                ref=card.landlord_ref), self.tr("One per dwelling. A faulty one is swapped: "
                                                "« Faulty decoder… »."))
        else:
            self.say("info", self.tr("{ref}: who collects it? Then scan the decoder.").format(
                ref=card.landlord_ref), self.tr("Then Enter: the receipt is printed."))
        self.dwelling_opened.emit(card.dwelling_id)
        then, self._then = self._then, None
        if then == "sale":
            self.ask_sale()

    def _show_decoder(self, panel: DwellingPanel) -> None:
        """The card's decoder line and the buttons that depend on it."""
        self.panel = panel
        if panel.decoder is None:
            self.lines["decoder"].setText(self.tr("None yet."))
        else:
            serial, since = panel.decoder
            self.lines["decoder"].setText(self.tr("Has one already: {serial}, since {date}.")
                                          .format(serial=serial,
                                                  date=since.strftime("%d/%m/%Y")))
        has_one = panel.decoder is not None
        self.replace_button.setEnabled(has_one)
        self.return_button.setEnabled(has_one)
        self.cancel_button.setEnabled(has_one)

    def _reload_decoder(self) -> None:
        """Another counter (or a refusal) says the open dwelling's decoder may
        have changed: its line is read again; the form and the banner stay."""
        if self.panel is None or self.pages.currentWidget() is not self.panel_page:
            return
        db, actor, dwelling_id = self._db, self._actor, self.panel.card.dwelling_id

        def shown(panel: DwellingPanel) -> None:
            if self.panel is not None and self.panel.card.dwelling_id == dwelling_id:
                self._show_decoder(panel)

        self._submit(lambda: load_panel(db, actor, dwelling_id), shown, lambda _exc: None)

    def _fill_collectors(self, names: list[str]) -> None:
        for button in self.collectors.buttons():
            self.collectors.removeButton(button)
            if button is not self.other_radio:
                self.collector_grid.removeWidget(button)
                button.hide()
                button.deleteLater()
        self.collectors.addButton(self.other_radio)
        columns = 2 if len(names) > 3 else 1
        for index, name in enumerate(names):
            radio = QRadioButton(name)
            radio.setObjectName("collector")
            self.collectors.addButton(radio)
            self.collector_grid.addWidget(radio, index // columns, index % columns)
        self.other_name.clear()
        first = next((b for b in self.collectors.buttons() if b is not self.other_radio), None)
        (first or self.other_radio).setChecked(True)

    def _collector_clicked(self, button: QRadioButton) -> None:
        if button is self.other_radio:
            self.other_name.setFocus()
        else:
            self.serial_edit.setFocus()  # the next scan is the decoder's

    def collector(self) -> str:
        checked = self.collectors.checkedButton()
        if checked is None:
            return ""
        if checked is self.other_radio:
            return self.other_name.text().strip()
        return checked.text()

    def member_names(self) -> list[str]:
        return [b.text() for b in self.collectors.buttons() if b is not self.other_radio]

    # --- scanned or typed codes --------------------------------------------------------

    def _open_code(self, found: polls.CodeMatch | VoteRefused) -> None:
        if isinstance(found, VoteRefused):
            self._refuse_scan(describe(found))
            return
        self.open_dwelling(found.dwelling_id)

    def _find_serial(self, code: str) -> handouts.SerialInfo | None:
        info = handouts.find_serial(self._db, self._actor, code)
        return info if info is not None and info.kind == EquipmentKind.DECODER else None

    def _scanned_serial(self, info: handouts.SerialInfo) -> None:
        """A decoder scanned: for the dwelling shown, its serial; with no
        dwelling shown, the household that has it opens."""
        if self.panel is not None:
            self.serial_edit.setText(info.serial)
            self.serial_edit.setFocus()
            return
        if info.dwelling_id is None:
            self._refuse_scan(self.tr("Decoder {serial}: in the stock. Scan the tenant's letter "
                                      "first.").format(serial=info.serial))
            return
        self.open_dwelling(info.dwelling_id)

    def _find_reference(self, code: str) -> int | None:
        try:
            return households.find_by_reference(self._db, self._actor, code)
        except UnknownHousehold:
            return None

    def _unknown_code(self, code: str) -> None:
        if self.panel is not None:  # a serial the stock does not know: the handout says why
            self.serial_edit.setText(code)
            self.serial_edit.setFocus()
            return
        self._refuse_scan(self.tr("Unknown code: « {code} ». Nothing was opened.").format(
            code=code))

    def _refuse_scan(self, text: str) -> None:
        """A code that opens nothing closes the panel shown before it: the next
        handout must never go to the previous household."""
        sounds.play(sounds.ERROR)
        self.next_person()
        self.say("error", self.tr("Nothing opened"), text)

    def _scanned_in_dialog(self, code: str) -> None:
        dialog = getattr(self, "act_dialog", None)
        computer = getattr(dialog, "computer_field", None)
        if dialog is not None and dialog.isVisible() and computer is not None:
            index = computer.findData(serial_as_meant(code).upper())
            if index < 0:  # a serial this list does not have: the dialog says so
                show_message(dialog.error, self.tr("{serial} is not a computer for sale.")
                             .format(serial=code.strip()), error=True)
                return
            computer.setCurrentIndex(index)
            show_message(dialog.error, "")
            dialog.ok_button.setFocus()
            return
        serial = getattr(dialog, "serial_field", None)
        if dialog is not None and dialog.isVisible() and serial is not None:
            serial.setText(code.strip())  # the replacement decoder, scanned in its dialog
            dialog.ok_button.setFocus()
            return
        self.say("error", self.tr("Scan ignored"),
                 self.tr("Close the open window first, then scan again."))

    # --- the acts -------------------------------------------------------------------

    def hand_out(self) -> None:
        panel = self.panel
        if (panel is None or not self.hand_out_button.isEnabled()
                or self.pages.currentWidget() is not self.panel_page):
            return
        serial, who = self.serial_edit.text().strip(), self.collector()
        if not serial:
            self.say("error", self.tr("Scan the decoder first"),
                     self.tr("Its barcode fills the serial field; then Enter."))
            self.serial_edit.setFocus()
            return
        if not who:
            self.say("error", self.tr("Who collects it?"),
                     self.tr("Choose a member of the household, or type the other person's "
                             "name."))
            self.other_name.setFocus()
            return
        db, actor, dwelling_id = self._db, self._actor, panel.card.dwelling_id
        self.hand_out_button.setEnabled(False)  # one Enter, one handout

        def refused(error: GuichetError) -> None:
            self.hand_out_button.setEnabled(True)
            self._refused(error)
            self._reload_decoder()  # another counter may have served this dwelling
            self.serial_edit.selectAll()  # the next scan replaces it
            self.serial_edit.setFocus()

        self._submit(lambda: handouts.hand_out(db, actor, dwelling_id, serial, who),
                     lambda done: self._done(
                         self.tr("Handed out to {ref}: {serial} — receipt {receipt}").format(
                             ref=panel.card.landlord_ref, serial=done.serial,
                             receipt=done.receipt), done.document_id),
                     refused)

    def _done(self, headline: str, document_id: int | None) -> None:
        """Green, the receipt to the printer, the next person."""
        self.next_person()
        sounds.play(sounds.OK)
        if document_id is None:
            self.say("ok", headline, self.tr("Next person: scan their letter."))
        else:
            self._printing[document_id] = headline
            self.say("ok", headline, self.tr("The receipt is printing. Next person: scan their "
                                             "letter."))
            self.printer.print_document(document_id)
        self.refresh_today()

    def _printed(self, document_id: int, _printer: str) -> None:
        headline = self._printing.pop(document_id, None)
        if headline is not None and self.headline.text() == headline:
            self.say("ok", headline, self.tr("Receipt printed. Next person: scan their letter."))

    def _print_failed(self, document_id: int, error: GuichetError) -> None:
        headline = self._printing.pop(document_id, None)
        if headline is None:
            return
        sounds.play(sounds.ERROR)
        self.say("warn", headline, self.tr("Recorded all the same.") + " " + describe(error))

    def _ask(self, title: str, intro: str, fields: list[tuple[str, QWidget]], ok_text: str,
             then) -> ActDialog:  # type: ignore[no-untyped-def]
        dialog = ActDialog(title, intro, fields, ok_text, self)
        dialog.chosen.connect(then)
        dialog.finished.connect(lambda _result: (self.window().activateWindow(),
                                                 self.serial_edit.setFocus()))
        self.act_dialog = dialog  # for the tests and for a scan into it
        dialog.open()
        fields[0][1].setFocus()
        return dialog

    def ask_replace(self) -> None:
        panel = self.panel
        if panel is None or panel.decoder is None:
            return
        who = self.collector()
        serial = QLineEdit()
        serial.setPlaceholderText(self.tr("Scan the new decoder"))
        reason = QLineEdit()
        reason.setPlaceholderText(self.tr("e.g. does not start, no picture"))
        dialog = self._ask(
            self.tr("Replace a faulty decoder"),
            self.tr("The decoder {serial} of {ref} is taken back as faulty; the new one goes "
                    "out with a receipt naming {who}.").format(
                serial=panel.decoder[0], ref=panel.card.landlord_ref,
                who=who or self.tr("the person collecting it")),
            [(self.tr("New decoder"), serial), (self.tr("What is wrong"), reason)],
            self.tr("Replace and print"), lambda values: self.replace(*values))
        dialog.serial_field = serial  # type: ignore[attr-defined]

    def replace(self, new_serial: str, reason: str) -> None:
        panel = self.panel
        if panel is None:
            return
        db, actor, dwelling_id = self._db, self._actor, panel.card.dwelling_id
        who = self.collector() or (self.member_names() or [""])[0]
        self._submit(
            lambda: handouts.replace(db, actor, dwelling_id, new_serial, reason, who),
            lambda done: self._done(self.tr("Replaced: {serial} — receipt {receipt}").format(
                serial=done.serial, receipt=done.receipt), done.document_id),
            self._refused)

    def ask_return(self) -> None:
        panel = self.panel
        if panel is None or panel.decoder is None:
            return
        who = QComboBox()
        who.setEditable(True)
        who.addItems(self.member_names())
        who.setCurrentText(self.collector())
        self._ask(self.tr("Decoder brought back"),
                  self.tr("The decoder {serial} of {ref} goes back into the stock, with a "
                          "return receipt.").format(serial=panel.decoder[0],
                                                    ref=panel.card.landlord_ref),
                  [(self.tr("Brought back by"), who)], self.tr("Take it back and print"),
                  lambda values: self.take_back(values[0]))

    def take_back(self, brought_by: str) -> None:
        panel = self.panel
        if panel is None:
            return
        db, actor, dwelling_id = self._db, self._actor, panel.card.dwelling_id
        self._submit(
            lambda: handouts.take_back(db, actor, dwelling_id, brought_by),
            lambda done: self._done(self.tr("Brought back: {serial} — receipt {receipt}").format(
                serial=done.serial, receipt=done.receipt), done.document_id),
            self._refused)

    def ask_cancel(self) -> None:
        panel = self.panel
        if panel is None or panel.decoder is None:
            return
        reason = QLineEdit()
        reason.setPlaceholderText(self.tr("e.g. recorded for the wrong dwelling"))
        self._ask(self.tr("Cancel the handout"),
                  self.tr("The handout of {serial} to {ref} was a mistake: its receipt stays, "
                          "marked cancelled, and the decoder goes back into the stock.").format(
                      serial=panel.decoder[0], ref=panel.card.landlord_ref),
                  [(self.tr("Why"), reason)], self.tr("Cancel the handout"),
                  lambda values: self.cancel(values[0]))

    def cancel(self, reason: str) -> None:
        panel = self.panel
        if panel is None:
            return
        db, actor, dwelling_id = self._db, self._actor, panel.card.dwelling_id
        self._submit(
            lambda: handouts.cancel(db, actor, dwelling_id, reason),
            lambda receipt: self._done(self.tr("Handout cancelled: receipt {receipt}").format(
                receipt=receipt), None),
            self._refused)

    def ask_sale(self) -> None:
        """The computers for sale first (on the runner), then the dialog."""
        panel = self.panel
        if panel is None or not self.sale_button.isVisible():
            return
        db, actor = self._db, self._actor

        def shown(computers: list[stock.Computer]) -> None:
            if self.panel is not panel:
                return
            if not computers:
                self.say("warn", self.tr("No computer for sale"),
                         self.tr("Add the refurbished computers in Stock › Computers first."))
                return
            self._open_sale(panel, computers)

        self._submit(lambda: stock.computers(db, actor, available_only=True), shown,
                     self._refused)

    def _open_sale(self, panel: DwellingPanel, computers: list[stock.Computer]) -> None:
        computer = QComboBox()
        for item in computers:
            computer.addItem(f"{item.serial} · {item.model} · {format_euros(item.price_cents)}",
                             item.serial)
        payment = QComboBox()
        payment.addItem(labels.payment(PaymentMethod.CASH), PaymentMethod.CASH.value)
        payment.addItem(labels.payment(PaymentMethod.CHEQUE), PaymentMethod.CHEQUE.value)
        buyer = QComboBox()
        buyer.setEditable(True)
        buyer.addItems(self.member_names())
        buyer.setCurrentText(self.collector())
        dialog = self._ask(
            self.tr("Sell a refurbished computer"),
            self.tr("To {ref}, at the price of its tier; the sale receipt prints (scan the "
                    "computer's label to choose it).").format(ref=panel.card.landlord_ref),
            [(self.tr("Computer"), computer), (self.tr("Paid by"), payment),
             (self.tr("Bought by"), buyer)],
            self.tr("Sell and print the receipt"), lambda values: self.sell(*values))
        dialog.computer_field = computer  # type: ignore[attr-defined]
        # the focus on the buyer's name: a scanned label never types into the list
        # of computers (which would choose another one by its first letters)
        buyer.setFocus()

    def sell(self, serial: str, payment: str, bought_by: str) -> None:
        panel = self.panel
        if panel is None:
            return
        db, actor, dwelling_id = self._db, self._actor, panel.card.dwelling_id
        method = PaymentMethod(payment)
        self._submit(
            lambda: handouts.sell_computer(db, actor, dwelling_id, serial, method, bought_by),
            lambda done: self._done(self.tr("Sold: {serial} — receipt {receipt}").format(
                serial=done.serial, receipt=done.receipt), done.document_id),
            self._refused)
