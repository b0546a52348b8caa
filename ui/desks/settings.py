"""Réglages (coordinator): the staff accounts, the centre's
settings printed on every document, the sectors' offer and cost. Every
change goes through the services (role check, one transaction, audit)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.domain.enums import OfferState, Role
from app.domain.errors import FileNotWritten, GuichetError, SettingRefused
from app.domain.money import format_euros, parse_euros
from app.messages import describe
from app.services import accounts, documents
from app.services import settings as centre_settings
from app.services.accounts import AccountRow
from app.services.settings import CentreSettings, SectorRow
from app.settings import PrinterChoice, load_printer_choices, save_printer_choice
from ui import labels
from ui.desks import DeskContext
from ui.print_path import available_printers
from ui.rows_model import RowsModel
from ui.widgets import (
    dialog_answers,
    form_dialog,
    intro_label,
    message_line,
    primary_button,
    show_message,
    table_view,
)


class AccountsModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Role"), self.tr("State"), self.tr("Last sign-in"))

    def display(self, row: AccountRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            return labels.role(row.role)
        if column == 2:
            if not row.active:
                return self.tr("disabled")
            if row.active_until is None:
                return self.tr("active")
            when = row.active_until.strftime("%d/%m/%Y")
            return (self.tr("ended on {date}") if row.expired(clock.now().date())
                    else self.tr("until {date}")).format(date=when)
        return row.last_sign_in_at.strftime("%d/%m/%Y %H:%M") if row.last_sign_in_at else "—"


class SectorsModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Sector"), self.tr("Dwellings"), self.tr("Collective offer"),
                self.tr("Monthly cost per dwelling"))

    def display(self, row: SectorRow, column: int) -> str:
        return (row.name, str(row.dwellings), labels.offer_state(row.offer_state),
                format_euros(row.monthly_cost_cents))[column]


def _role_combo() -> QComboBox:
    combo = QComboBox()
    for role in (Role.VOLUNTEER, Role.RECEPTION, Role.COORDINATOR):
        combo.addItem(labels.role(role), role.value)
    return combo


class AccountDialog(QDialog):
    """Add an account, or change one (role, end date, a new PIN). Stays open
    until the change is written: a refusal shows here, the form as typed."""

    ready = Signal()

    def __init__(self, row: AccountRow | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("New account") if row is None
                            else self.tr("Account of {name}").format(name=row.name))
        self.setMinimumWidth(620)
        self.name = QLineEdit(row.name if row else "")
        self.name.setEnabled(row is None)  # the audit log knows people by their name
        self.role = _role_combo()
        self.role.setCurrentIndex(self.role.findData((row.role if row else Role.VOLUNTEER).value))
        self.ends = QCheckBox(self.tr("Last day (civic service):"))
        self.end_date = QDateEdit()
        self.end_date.setCalendarPopup(True)
        self.end_date.setDisplayFormat("dd/MM/yyyy")
        until = row.active_until if row and row.active_until else None
        self.ends.setChecked(until is not None)
        self.end_date.setDate(QDate(until) if until else QDate.currentDate().addMonths(8))
        self.end_date.setEnabled(until is not None)
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        if row is not None:
            self.secret.setPlaceholderText(self.tr("Leave empty to keep the current one"))
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        self.error = message_line()  # its place kept: the form never jumps
        form = QFormLayout()
        form.addRow(self.tr("Name as shown at sign-in"), self.name)
        form.addRow(self.tr("Role"), self.role)
        end_row = QHBoxLayout()
        end_row.addWidget(self.ends)
        end_row.addWidget(self.end_date, 1)
        form.addRow(end_row)
        form.addRow(self.tr("PIN or password"), self.secret)
        form.addRow(self.tr("Again"), self.again)
        self.ok_button = form_dialog(self, form, self.tr("Create the account") if row is None
                                     else self.tr("Save"), self.rule, self.error)
        self.ends.toggled.connect(self.end_date.setEnabled)
        self.role.currentIndexChanged.connect(self._say_rule)
        self.ok_button.clicked.connect(self._check)
        self._say_rule()

    def chosen_role(self) -> Role:
        return Role(self.role.currentData())

    def _say_rule(self) -> None:
        self.rule.setText(
            self.tr("A coordinator signs in with a password of 8 characters or more.")
            if self.chosen_role() is Role.COORDINATOR else
            self.tr("A PIN of 4 digits or more, not one digit repeated (not 1111)."))

    def active_until(self) -> date | None:
        return self.end_date.date().toPython() if self.ends.isChecked() else None

    def new_secret(self) -> str | None:
        return self.secret.text() or None

    def _check(self) -> None:
        if self.row is None and not self.name.text().strip():
            show_message(self.error, self.tr("Type the person's name."), error=True)
            return
        if self.row is None and not self.secret.text():
            show_message(self.error, self.tr("Choose their PIN or password."), error=True)
            return
        if self.secret.text() != self.again.text():
            show_message(self.error, self.tr("The two entries differ. Type them again."),
                         error=True)
            self.again.clear()
            return
        self.ok_button.setEnabled(False)
        self.ready.emit()


class SectorDialog(QDialog):
    ready = Signal()  # checked here; the desk writes, then closes it

    def __init__(self, row: SectorRow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = row
        self.setWindowTitle(self.tr("Sector {name}").format(name=row.name))
        self.setMinimumWidth(620)
        self.state = QComboBox()
        for state in OfferState:
            self.state.addItem(labels.offer_state(state), state.value)
        self.state.setCurrentIndex(self.state.findData(row.offer_state.value))
        self.cost = QLineEdit(format_euros(row.monthly_cost_cents).replace("\u00a0€", ""))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("vote of 12/03/2018, new price…"))
        self.error = message_line()  # its place kept: the form never jumps
        form = QFormLayout()
        heading = QLabel(self.tr("Sector {name} — %n dwelling(s)", "", row.dwellings).format(
            name=row.name))
        heading.setObjectName("sectionTitle")
        form.addRow(heading)
        form.addRow(self.tr("Collective offer"), self.state)
        form.addRow(self.tr("Monthly cost per dwelling (€)"), self.cost)
        form.addRow(self.tr("Reason (audit log)"), self.reason)
        self.ok_button = form_dialog(self, form, self.tr("Save"), self.error)
        self.ok_button.clicked.connect(self._check)

    def cost_cents(self) -> int:
        return parse_euros(self.cost.text())

    def _check(self) -> None:
        try:
            self.cost_cents()
        except ValueError:
            show_message(self.error, self.tr("« {text} » is not an amount in euros (1,18)."
                                             ).format(text=self.cost.text()), error=True)
            return
        self.ok_button.setEnabled(False)
        self.ready.emit()


def _scrolled(page: QWidget) -> QScrollArea:
    """A long form scrolls on a small laptop instead of making the window taller."""
    scroll = QScrollArea()
    scroll.setWidget(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    return scroll


class SettingsDesk(QWidget):
    """Three tabs: the team, the centre, the sectors."""

    accounts_shown = Signal()
    sectors_shown = Signal()
    settings_shown = Signal()
    said = Signal(str)

    REFRESH_ON = frozenset({"staff_account", "centre", "sector", "roster", "database"})

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = context.db, context.actor, context.runner
        self._submit = context.runner.bound(self)
        self.message = message_line()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("innerTabs")
        self.tabs.addTab(self._team_tab(), self.tr("Team"))
        self.tabs.addTab(_scrolled(self._centre_tab()), self.tr("Centre"))
        self.tabs.addTab(self._sectors_tab(), self.tr("Sectors"))
        self.tabs.currentChanged.connect(lambda _index: self._say(""))  # one tab's news only
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        self._runner.changed.connect(self._on_changed)
        self.refresh()

    # --- building ------------------------------------------------------------

    def _team_tab(self) -> QWidget:
        self.accounts = AccountsModel()
        self.accounts_view = table_view(self.accounts)
        self.add_button = primary_button(self.tr("Add someone…"))
        self.edit_button = QPushButton(self.tr("Change, new PIN…"))
        self.disable_button = QPushButton(self.tr("Disable"))
        row = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.disable_button):
            row.addWidget(button)
        row.addStretch(1)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(intro_label(self.tr(
            "Who may sign in at this counter. Someone who leaves is disabled, never deleted: "
            "the audit log keeps their name.")))
        layout.addWidget(self.accounts_view, 1)
        layout.addLayout(row)
        self.add_button.clicked.connect(lambda: self.open_account(None))
        self.edit_button.clicked.connect(lambda: self.open_account(self._chosen_account()))
        self.accounts_view.doubleClicked.connect(
            lambda _index: self.open_account(self._chosen_account()))
        self.disable_button.clicked.connect(self.toggle_active)
        self.accounts_view.selectionModel().selectionChanged.connect(self._update_team_buttons)
        self.accounts.modelReset.connect(self._update_team_buttons)
        return page

    def _centre_tab(self) -> QWidget:
        self.centre_name = QLineEdit()
        self.address = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("02 98 00 00 00")
        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(*centre_settings.IDLE_LOCK_RANGE)
        self.idle_lock.setSuffix(self.tr(" min"))
        self.retention = QSpinBox()
        self.retention.setRange(*centre_settings.RETENTION_RANGE)
        self.retention.setSuffix(self.tr(" months"))
        self.prices = QLineEdit()
        self.prices.setPlaceholderText("40 ; 70")
        self.bring = QPlainTextEdit()
        self.bring.setMinimumHeight(96)  # three lines in view
        self.save_button = primary_button(self.tr("Save the settings"))
        # this PC's printers: kept beside the database, not in it (another PC, other printers)
        self.printer_boxes: dict[str, tuple[QComboBox, QComboBox]] = {}
        printers = QGroupBox(self.tr("Printers of this PC"))
        printers_form = QFormLayout(printers)
        for kind, papers in documents.PAPERS.items():
            printer, paper = QComboBox(), QComboBox()
            for combo in (printer, paper):  # long printer names do not widen the page
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(12)
            for value in papers:
                paper.addItem(labels.paper(value), value)
            row = QHBoxLayout()
            row.addWidget(printer, 2)
            row.addWidget(paper, 1)
            printers_form.addRow(labels.document_kind(kind), row)
            self.printer_boxes[kind] = (printer, paper)
        self.save_printers_button = QPushButton(self.tr("Save the printers"))
        printers_form.addRow(self.save_printers_button)
        form = QFormLayout()
        form.addRow(self.tr("Centre's name"), self.centre_name)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Telephone"), self.phone)
        form.addRow(self.tr("Lock the counter after"), self.idle_lock)
        form.addRow(self.tr("Keep personal data for"), self.retention)
        form.addRow(self.tr("Computer prices (€, separated by ;)"), self.prices)
        form.addRow(self.tr("To bring to a handout (one per line)"), self.bring)
        # what every receipt and slip will carry, as it will read
        self.header_preview = QLabel()
        self.header_preview.setObjectName("headerPreview")
        self.header_preview.setTextFormat(Qt.TextFormat.PlainText)
        self.header_preview.setWordWrap(True)  # a long address wraps, never widens the form
        preview = QFrame()
        preview.setObjectName("statCard")
        p_layout = QVBoxLayout(preview)
        caption = QLabel(self.tr("Top of every receipt and slip:"))
        caption.setObjectName("factCaption")
        p_layout.addWidget(caption)
        p_layout.addWidget(self.header_preview)
        page = QWidget()
        # one column: the fields get the width a small laptop has; the header as it
        # will print and the button that saves it come right after them
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(preview)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(12)
        layout.addWidget(printers)
        layout.addStretch(1)
        for edit in (self.centre_name, self.address, self.phone):
            edit.textChanged.connect(self._show_header)
        self.save_button.clicked.connect(self.save_settings)
        self.save_printers_button.clicked.connect(self.save_printers)
        return page

    def _sectors_tab(self) -> QWidget:
        self.sectors = SectorsModel()
        self.sectors_view = table_view(self.sectors)
        self.sector_button = QPushButton(self.tr("Change the offer or the cost…"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(intro_label(self.tr(
            "A sector's offer follows its tenants' vote; set it here for a sector that voted "
            "before Guichet. Each change is kept in the audit log with its reason.")))
        layout.addWidget(self.sectors_view, 1)
        layout.addWidget(self.sector_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.sector_button.clicked.connect(self.open_sector)
        self.sectors_view.doubleClicked.connect(lambda _index: self.open_sector())
        return page

    # --- reading -------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & self.REFRESH_ON:
            self.refresh(settings="centre" in topics or "database" in topics)

    def refresh(self, settings: bool = True) -> None:
        db, actor = self._db, self._actor

        def accounts_shown(rows: list[AccountRow]) -> None:
            chosen = self._chosen_account()
            self.accounts.set_rows(rows)
            for number, row in enumerate(rows):
                if chosen is not None and row.id == chosen.id:
                    self.accounts_view.selectRow(number)
            self.accounts_shown.emit()

        def sectors_shown(rows: list[SectorRow]) -> None:
            self.sectors.set_rows(rows)
            self.sectors_shown.emit()

        self._submit(lambda: accounts.list_accounts(db, actor), accounts_shown, self._failed)
        self._submit(lambda: centre_settings.list_sectors(db, actor), sectors_shown,
                     self._failed)
        if settings:
            self._submit(lambda: centre_settings.read_settings(db, actor), self._show_settings,
                         self._failed)
            from app.services import housekeeping

            folder = housekeeping.local_folder(db)
            self._submit(lambda: (available_printers(),
                                  load_printer_choices(folder) if folder else {}),
                         self._show_printers, self._failed)

    def _show_printers(self, found: tuple[list[str], dict[str, PrinterChoice]]) -> None:
        names, chosen = found
        for kind, (printer, paper) in self.printer_boxes.items():
            printer.clear()
            printer.addItem(self.tr("— none —"), "")
            for name in names:
                printer.addItem(name, name)
            choice = chosen.get(kind)
            if choice is not None:
                if printer.findData(choice.printer) < 0:  # chosen, now missing: say so
                    printer.addItem(self.tr("{name} (not found)").format(name=choice.printer),
                                    choice.printer)
                printer.setCurrentIndex(printer.findData(choice.printer))
                paper.setCurrentIndex(max(0, paper.findData(choice.paper)))

    def save_printers(self) -> None:
        from app.services import housekeeping

        folder = housekeeping.local_folder(self._db)
        if folder is None:
            return
        choices = {kind: PrinterChoice(printer.currentData() or "", paper.currentData())
                   for kind, (printer, paper) in self.printer_boxes.items()}

        def work() -> None:
            try:
                for kind, choice in choices.items():
                    save_printer_choice(folder, kind, choice)
            except OSError as exc:
                raise FileNotWritten.from_os(folder, exc) from exc

        self._submit(work, lambda _none: self._say(self.tr(
            "Printers saved for this PC.")), self._failed)

    def _show_settings(self, values: CentreSettings) -> None:
        self.centre_name.setText(values.name)
        self.address.setText(values.address)
        self.phone.setText(values.phone)
        self.idle_lock.setValue(values.idle_lock_minutes)
        self.retention.setValue(values.retention_months)
        self.prices.setText(" ; ".join(format_euros(p).replace("\u00a0€", "")
                                       for p in values.computer_prices))
        self.bring.setPlainText("\n".join(values.handout_bring))
        self._show_header()
        self.settings_shown.emit()

    def _show_header(self) -> None:
        self.header_preview.setText("\n".join(
            line for line in (self.centre_name.text().strip(), self.address.text().strip(),
                              self.phone.text().strip()) if line))

    def _failed(self, exc: GuichetError) -> None:
        self._say(describe(exc), error=True)

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.message, text, error=error)
        self.said.emit(text)

    # --- team ----------------------------------------------------------------

    def _chosen_account(self) -> AccountRow | None:
        rows = self.accounts_view.selectionModel().selectedRows()
        return self.accounts.row(rows[0].row()) if rows else None

    def _update_team_buttons(self) -> None:
        chosen = self._chosen_account()
        self.edit_button.setEnabled(chosen is not None)
        self.disable_button.setEnabled(chosen is not None)
        self.disable_button.setText(self.tr("Enable again") if chosen and not chosen.active
                                    else self.tr("Disable"))

    def open_account(self, row: AccountRow | None) -> None:
        self.account_dialog = AccountDialog(row, self)
        self.account_dialog.ready.connect(lambda: self._save_account(self.account_dialog))
        self.account_dialog.open()

    def _in_dialog(self, dialog: QDialog, said) -> tuple:  # type: ignore[no-untyped-def]
        """Answers for a dialog's write: see widgets.dialog_answers."""
        return dialog_answers(dialog, said, self._say, self.said.emit)

    def _save_account(self, dialog: AccountDialog) -> None:
        db, actor = self._db, self._actor
        role, until, secret = dialog.chosen_role(), dialog.active_until(), dialog.new_secret()
        row = dialog.row
        if row is None:
            name = dialog.name.text()
            self._submit(lambda: accounts.create_account(db, actor, name, role, secret or "",
                                                         until),
                         *self._in_dialog(dialog, lambda info: self.tr(
                             "Account created: {name} can sign in now.").format(name=info.name)))
        else:
            said = (self.tr("Account of {name} changed; new PIN saved.") if secret
                    else self.tr("Account of {name} changed.")).format(name=row.name)
            self._submit(lambda: accounts.update_account(db, actor, row.id, role, until, secret),
                         *self._in_dialog(dialog, lambda _none: said))

    def toggle_active(self) -> None:
        row = self._chosen_account()
        if row is None:
            return
        db, actor = self._db, self._actor
        said = (self.tr("{name} can no longer sign in (kept in the audit log).") if row.active
                else self.tr("{name} can sign in again.")).format(name=row.name)
        self._submit(lambda: accounts.set_active(db, actor, row.id, not row.active),
                     lambda _none: self._say(said), self._failed)

    # --- centre --------------------------------------------------------------

    def save_settings(self) -> None:
        try:
            prices = tuple(parse_euros(p) for p in self.prices.text().split(";") if p.strip())
        except ValueError:
            self._failed(SettingRefused("price_unreadable", self.prices.text()))
            return
        values = CentreSettings(
            self.centre_name.text(), self.address.text(), self.phone.text(),
            self.idle_lock.value(), self.retention.value(), prices,
            tuple(self.bring.toPlainText().splitlines()))
        db, actor = self._db, self._actor
        self._submit(lambda: centre_settings.save_settings(db, actor, values),
                     lambda saved: (self._show_settings(saved), self._say(self.tr(
                         "Settings saved: the next receipts and slips carry them."))),
                     self._failed)

    # --- sectors -------------------------------------------------------------

    def open_sector(self) -> None:
        rows = self.sectors_view.selectionModel().selectedRows()
        if not rows:
            self._say(self.tr("Choose a sector in the list first."), error=True)
            return
        self.sector_dialog = SectorDialog(self.sectors.row(rows[0].row()), self)
        self.sector_dialog.ready.connect(lambda: self._save_sector(self.sector_dialog))
        self.sector_dialog.open()

    def _save_sector(self, dialog: SectorDialog) -> None:
        db, actor, row = self._db, self._actor, dialog.row
        state, cost = OfferState(dialog.state.currentData()), dialog.cost_cents()
        reason = dialog.reason.text()
        self._submit(lambda: centre_settings.change_sector(db, actor, row.id, state, cost,
                                                          reason),
                     *self._in_dialog(dialog, lambda _none: self.tr(
                         "Sector {name} changed.").format(name=row.name)))
