"""Administration (coordinator): the landlord's roster, backups to a USB stick,
restore, the audit trail and its check, personal-data duties. Every file and
database operation goes through the window's runner."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import messages
from app.domain import crypto
from app.domain.errors import FileNotRead, FileNotWritten, GuichetError, RosterRejected
from app.messages import describe, describe_roster_problem
from app.services import (
    accounts,
    audit_trail,
    backup,
    front_door,
    households,
    privacy,
    roster,
)
from app.services.audit import AuditRow
from app.services.households import HouseholdCard
from ui import file_dialogs, labels
from ui.desks import DeskContext
from ui.dialogs import ask
from ui.passphrase_dialog import PassphraseDialog
from ui.rows_model import RowsModel
from ui.widgets import error_label, primary_button, show_message, table_view


class AuditModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Record"))

    def display(self, row: AuditRow, column: int) -> str:
        record = f"{labels.audit_entity(row.entity)} {row.record_name or row.entity_id}".strip() \
            if row.entity else ""
        return (row.at.strftime("%d/%m/%y %H:%M"), labels.audit_actor(row.actor),
                labels.audit_action(row.action),
                record)[column]


class AdministrationDesk(QWidget):
    restore_requested = Signal(object, object)  # Path, passphrase or None
    roster_imported = Signal(object)  # RosterReport
    backup_done = Signal(object)  # Path
    audit_shown = Signal()
    said = Signal(str)  # whatever the desk just said (status or error)

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = context.db
        self._actor = context.actor
        self.runner = context.runner
        self._submit = context.runner.bound(self)
        self._audit_generation = 0
        self.status = QLabel()
        self.status.setObjectName("pageIntro")
        self.status.setWordWrap(True)
        self.error = error_label()

        self.last_backup = QLabel()
        self.backup_button = primary_button(self.tr("Back up to a USB stick…"))
        self.last_backup.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("Restore a backup…"))
        backups = QGroupBox(self.tr("Backups"))
        b_layout = QVBoxLayout(backups)
        b_layout.addWidget(self.last_backup)
        b_layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        b_layout.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.sector_edit = QLineEdit()
        self.sector_edit.setPlaceholderText(self.tr("Sector, if the file has no Secteur column"))
        self.import_button = primary_button(self.tr("Import the landlord's roster…"))
        roster_box = QGroupBox(self.tr("Landlord's roster"))
        r_layout = QVBoxLayout(roster_box)
        r_layout.addWidget(self.sector_edit)
        r_layout.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.ref_edit = QLineEdit()
        self.ref_edit.setPlaceholderText(self.tr("Landlord reference of the household"))
        self.export_button = QPushButton(self.tr("Export its data…"))
        self.erase_button = QPushButton(self.tr("Erase its data…"))
        self.retention_button = QPushButton(self.tr("Apply the retention period"))
        personal = QGroupBox(self.tr("Personal data"))
        p_layout = QVBoxLayout(personal)
        p_layout.addWidget(self.ref_edit)
        for button in (self.export_button, self.erase_button, self.retention_button):
            p_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)

        self.audit_filter = QLineEdit()
        self.audit_filter.setPlaceholderText(self.tr("Filter: who, what, record"))
        self.verify_button = QPushButton(self.tr("Check the trail"))
        self.audit = AuditModel()
        self.audit_view = table_view(self.audit)
        self.audit_view.verticalHeader().setDefaultSectionSize(34)  # many rows in view
        audit_header = self.audit_view.horizontalHeader()
        audit_header.setStretchLastSection(False)
        audit_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)  # what was done
        audit_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        audit_header.resizeSection(1, 130)  # who: elided on a small screen, in full on hover
        self.audit_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.audit_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.refused_sign_ins = error_label()  # someone guessing a PIN shows here
        self.audit_result = error_label()  # the check's answer, beside its button
        trail = QGroupBox(self.tr("Audit trail"))
        t_layout = QVBoxLayout(trail)
        t_layout.addWidget(self.refused_sign_ins)
        t_row = QHBoxLayout()
        t_row.addWidget(self.audit_filter, 1)
        t_row.addWidget(self.verify_button)
        t_layout.addLayout(t_row)
        t_layout.addWidget(self.audit_result)
        t_layout.addWidget(self.audit_view, 1)

        # two columns: the acts on the left (they scroll on a small laptop
        # rather than squeeze, the message on top), the trail on the right
        acts = QWidget()
        layout = QVBoxLayout(acts)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addWidget(roster_box)
        layout.addWidget(backups)
        layout.addWidget(personal)
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(acts)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left = QVBoxLayout()
        left.addWidget(self.status)
        left.addWidget(self.error)
        left.addWidget(scroll, 1)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(24, 16, 24, 16)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # as wide as its widest button: nothing cut at the right on a small laptop
        acts.ensurePolished()  # the style sheet's fonts and paddings, before measuring
        scroll.setMinimumWidth(acts.minimumSizeHint().width()
                               + scroll.verticalScrollBar().sizeHint().width())
        self.status.setMinimumWidth(200)  # a long path wraps, never widens the column
        outer.addLayout(left, 2)
        outer.addWidget(trail, 3)

        self.import_button.clicked.connect(self._choose_roster)
        self.backup_button.clicked.connect(self._choose_backup_folder)
        self.restore_button.clicked.connect(self._choose_restore_file)
        self.export_button.clicked.connect(self._choose_export_file)
        self.erase_button.clicked.connect(self._confirm_erase)
        self.retention_button.clicked.connect(self.confirm_retention)
        self.audit_filter.textChanged.connect(self.refresh_audit)
        self.verify_button.clicked.connect(self.verify_audit)
        self.runner.changed.connect(self._on_changed)
        self.refresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.refresh()  # an automatic backup may have been made meanwhile

    def refresh(self) -> None:
        path = self._db.path

        def shown(when) -> None:  # type: ignore[no-untyped-def]
            self.last_backup.setText(
                self.tr("Last automatic backup: {when}.").format(
                    when=when.strftime("%d/%m/%Y %H:%M"))
                if when else self.tr("No automatic backup yet."))

        self._submit(lambda: backup.last_auto_backup(path) if path else None, shown,
                     self._failed)
        self.refresh_audit()
        self._refresh_refused_sign_ins()

    def _on_changed(self, topics: frozenset[str]) -> None:
        self.refresh_audit()  # every write is audited
        if "staff_account" in topics:
            self._refresh_refused_sign_ins()

    def _refresh_refused_sign_ins(self) -> None:
        db, actor = self._db, self._actor

        def shown(rows: list[accounts.RefusedSignIns]) -> None:
            lines = [self.tr("{name}: %n refused sign-in(s) in a row", "", row.failures).format(
                name=row.name)
                + (self.tr(", locked until {time}").format(
                    time=row.locked_until.strftime("%H:%M")) if row.locked_until else "")
                for row in rows]
            show_message(self.refused_sign_ins, self.tr(
                "Refused sign-ins since the last successful one — someone may be guessing a "
                "PIN:") + "\n" + "\n".join(lines) if lines else "")

        self._submit(lambda: accounts.refused_sign_ins(db, actor), shown, self._failed)

    def refresh_audit(self) -> None:
        db, actor, text = self._db, self._actor, self.audit_filter.text()
        self._audit_generation += 1
        generation = self._audit_generation

        def shown(rows: list[AuditRow]) -> None:
            if generation == self._audit_generation:  # not overtaken by a newer filter
                self.audit.set_rows(rows)
                self.audit_shown.emit()

        self._submit(lambda: audit_trail.entries(db, actor, text), shown, self._failed)

    def _say(self, text: str, error: bool = False) -> None:
        show_message(self.error, text if error else "")
        self.status.setText("" if error else text)
        self.said.emit(text)

    def _failed(self, exc: GuichetError) -> None:
        self._say(describe(exc), error=True)
        for button in (self.backup_button, self.import_button, self.restore_button):
            button.setEnabled(True)

    # --- landlord's roster -------------------------------------------------------

    def _choose_roster(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Choose the landlord's export"),
                                      self.tr("Spreadsheet exports (*.csv *.txt)"))
        if path is not None:
            self.check_roster(path)

    def check_roster(self, path: Path) -> None:
        """Dry run first: the counts are shown, then the import is confirmed."""
        sector = self.sector_edit.text().strip() or None
        self.import_button.setEnabled(False)
        self._say(self.tr("Checking {file}…").format(file=path.name))
        db, actor = self._db, self._actor

        def check() -> tuple[bytes, roster.RosterReport]:
            data = roster.read_file(path)
            return data, roster.import_roster(db, actor, data, default_sector=sector,
                                              dry_run=True, source_name=path.name)

        def checked(result: tuple[bytes, roster.RosterReport]) -> None:
            data, report = result
            self.import_button.setEnabled(True)
            self._say("")
            self.import_box = ask(
                self, self.tr("Import the landlord's roster"),
                self.tr("{file}: {new}, {updated}, {unchanged}, {missing} (kept, flagged). "
                        "{people} in the file.").format(
                    file=path.name, new=self._dwellings_new(report.dwellings_new),
                    updated=self._dwellings_updated(report.dwellings_updated),
                    unchanged=self.tr("%n unchanged", "", report.dwellings_unchanged),
                    missing=self._dwellings_missing(report.dwellings_missing),
                    people=self.tr("%n person(s)", "", report.people_in_file))
                + self._kept(report) + "\n\n" + self.tr("Import it?"),
                self.tr("Import"), self.tr("Cancel"),
                lambda: self._import_roster(path, data, sector))

        self._submit(check, checked, self._roster_failed)

    def _import_roster(self, path: Path, data: bytes, sector: str | None) -> None:
        self.import_button.setEnabled(False)

        def done(report: roster.RosterReport) -> None:
            self.import_button.setEnabled(True)
            self._say(self.tr("Roster imported: {new}, {updated}, {missing}.").format(
                new=self._dwellings_new(report.dwellings_new),
                updated=self._dwellings_updated(report.dwellings_updated),
                missing=self._dwellings_missing(report.dwellings_missing))
                + self._kept(report))
            self.roster_imported.emit(report)

        db, actor = self._db, self._actor
        self._submit(lambda: roster.import_roster(
            db, actor, data, default_sector=sector, source_name=path.name),
            done, self._roster_failed)

    @staticmethod
    def _kept(report: roster.RosterReport) -> str:
        """What the counter corrected and the file would have undone: kept, said."""
        if not report.corrections_kept:
            return ""
        lines = [messages.correction_kept(k) for k in report.corrections_kept[:10]]
        return "\n" + messages.corrections_kept(len(report.corrections_kept)) + "\n" + \
            "\n".join(lines)

    def _dwellings_new(self, count: int) -> str:
        return self.tr("%n new dwelling(s)", "", count)

    def _dwellings_updated(self, count: int) -> str:
        return self.tr("%n updated", "", count)

    def _dwellings_missing(self, count: int) -> str:
        return self.tr("%n no longer listed", "", count)

    def _roster_failed(self, exc: GuichetError) -> None:
        self.import_button.setEnabled(True)
        if isinstance(exc, RosterRejected):
            lines = [describe_roster_problem(p) for p in exc.problems[:12]]
            if len(exc.problems) > 12:
                lines.append(self.tr("… and %n more", "", len(exc.problems) - 12))
            self._say(self.tr("Nothing was imported: %n problem(s) in the file.", "",
                              len(exc.problems)) + "\n" + "\n".join(lines), error=True)
            return
        self._failed(exc)

    # --- backups -----------------------------------------------------------

    def _choose_backup_folder(self) -> None:
        folder = file_dialogs.choose_folder(self, self.tr("Choose the USB stick"))
        if folder is None:
            return
        dialog = PassphraseDialog(confirm=True, parent=self)
        if dialog.exec() == PassphraseDialog.DialogCode.Accepted:
            self.backup_to(folder, dialog.value())

    def backup_to(self, folder: Path, passphrase: str) -> None:
        self.backup_button.setEnabled(False)
        self._say(self.tr("Backing up… the window stays usable."))
        db, actor = self._db, self._actor

        def work() -> backup.ExportedBackup:
            info = front_door.centre_info(db)
            return backup.export_backup(db, actor, folder, passphrase,
                                        info.name if info else "centre")

        def done(result: backup.ExportedBackup) -> None:
            self.backup_button.setEnabled(True)
            self._say(self.tr("Backup written and checked: {file}").format(file=result.path))
            self.backup_done.emit(result.path)

        self._submit(work, done, self._failed)

    def _choose_restore_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Choose the backup"),
                                      self.tr("Guichet backups (*.guichet-backup *.sqlite3)"))
        if path is None:
            return

        def header() -> bytes:
            try:
                with path.open("rb") as file:
                    return file.read(64)
            except OSError as exc:
                raise FileNotRead.from_os(path, exc) from exc

        def ask_passphrase(head: bytes) -> None:
            passphrase = None
            if crypto.is_encrypted(head):
                dialog = PassphraseDialog(confirm=False, parent=self)
                if dialog.exec() != PassphraseDialog.DialogCode.Accepted:
                    return
                passphrase = dialog.value()
            self.confirm_restore(path, passphrase)

        self._submit(header, ask_passphrase, self._failed)

    def confirm_restore(self, path: Path, passphrase: str | None) -> None:
        self.restore_box = ask(
            self, self.tr("Restore a backup"),
            self.tr("Replace all of today's data by the backup {file}? The current database "
                    "is kept aside first. Everyone will have to sign in again.").format(
                file=path.name),
            self.tr("Restore"), self.tr("Cancel"),
            lambda: self.restore_requested.emit(path, passphrase))

    # --- personal data -------------------------------------------------------

    def _choose_export_file(self) -> None:
        ref = self.ref_edit.text().strip()
        if not ref:
            self._say(self.tr("Type the landlord reference of the household first."), error=True)
            return
        target = file_dialogs.save_file(self, self.tr("Save the household's data"),
                                        f"{ref}.json", "JSON (*.json)")
        if target is not None:
            self.export_household(ref, target)

    def export_household(self, ref: str, target: Path) -> None:
        db, actor = self._db, self._actor

        def work() -> None:
            data = privacy.export_household(db, actor, ref)
            try:
                target.write_text(json.dumps(data, ensure_ascii=False, indent=2),
                                  encoding="utf-8")
            except OSError as exc:
                raise FileNotWritten.from_os(target, exc) from exc

        self._submit(work, lambda _none: self._say(self.tr(
            "Data of {ref} saved in {file}.").format(ref=ref, file=target)), self._failed)

    def _confirm_erase(self) -> None:
        ref = self.ref_edit.text().strip()
        if not ref:
            self._say(self.tr("Type the landlord reference of the household first."), error=True)
            return
        db, actor = self._db, self._actor

        def card() -> HouseholdCard:  # who exactly, to check against the request
            return households.household_card(
                db, actor, households.find_by_reference(db, actor, ref))

        def confirm(found: HouseholdCard) -> None:
            names = ", ".join(households.display_name(m.family_name, m.given_name)
                              for m in found.members) or self.tr("nobody on the roster")
            self.erase_box = ask(
                self, self.tr("Erase personal data"),
                self.tr("Anonymise household {ref} — {names} — {address}? Names, phones, "
                        "notes and the names on its receipts and slips are erased for good, "
                        "here and in the copies beside the database; receipts and counts "
                        "stay.").format(ref=ref, names=names, address=found.address),
                self.tr("Erase"), self.tr("Cancel"), lambda: self.erase_household(ref))

        self._submit(card, confirm, self._failed)

    def erase_household(self, ref: str) -> None:
        db, actor = self._db, self._actor
        self._submit(lambda: privacy.erase_household(db, actor, ref),
                     lambda count: self._say(messages.household_erased(count, ref)),
                     self._failed)

    def confirm_retention(self) -> None:
        """Counted first, then asked: anonymisation cannot be undone."""
        db, actor = self._db, self._actor

        def confirm(preview: privacy.RetentionReport) -> None:
            if not (preview.households or preview.notes_cleared):
                self._say(self.tr("Nothing to erase: no contact older than {date}.").format(
                    date=preview.cutoff.strftime("%d/%m/%Y")))
                return
            self.retention_box = ask(
                self, self.tr("Apply the retention period"),
                self.tr("Last contact before {date}: anonymise {households} that left the "
                        "roster ({people}) and erase {notes}? This cannot be undone.").format(
                    date=preview.cutoff.strftime("%d/%m/%Y"),
                    households=self.tr("%n household(s)", "", preview.households),
                    people=self.tr("%n person(s)", "", preview.people),
                    notes=self.tr("%n visit note(s)", "", preview.notes_cleared)),
                self.tr("Anonymise"), self.tr("Cancel"), self.apply_retention)

        self._submit(lambda: privacy.retention_preview(db, actor), confirm, self._failed)

    def apply_retention(self) -> None:
        db, actor = self._db, self._actor

        def done(report: privacy.RetentionReport) -> None:
            self._say(messages.retention_applied(report.cutoff, report.households,
                                                 report.people, report.notes_cleared))

        self._submit(lambda: privacy.apply_retention(db, actor), done, self._failed)

    def verify_audit(self) -> None:
        """The chain itself, then held against the newest automatic backup,
        and its fingerprint to note down (what the trail can prove: README)."""
        db, actor = self._db, self._actor

        def check() -> list[tuple[str, bool]]:
            report = audit_trail.verify(db, actor)
            lines = [(messages.audit_checked(report.entries, report.first_bad_id,
                                             report.unreadable), not report.ok)]
            copy = audit_trail.latest_local_copy(db.path) if db.path else None
            if report.ok and copy is not None:
                anchor = audit_trail.verify_against(db, actor, copy)
                lines.append((messages.audit_anchor(copy.name, anchor.copy_entries,
                                                    anchor.live_entries, anchor.holds),
                              not anchor.holds))
            entries, head_hash = audit_trail.head(db, actor)
            lines.append((messages.audit_fingerprint(entries, audit_trail.fingerprint(head_hash)),
                          False))
            return lines

        def done(lines: list[tuple[str, bool]]) -> None:
            text = "\n".join(text for text, _bad in lines)
            show_message(self.audit_result, text, error=any(bad for _text, bad in lines))
            self.said.emit(text)

        self._submit(check, done, self._failed)
