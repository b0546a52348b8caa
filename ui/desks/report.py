"""Report (« Bilan », coordinator): the programme's figures over a period, for
every sector or one, in a table and in charts; saved as PDF or CSV; the
anonymous statistics file for the city, and, on the city's PC, the centres'
files imported and added up.

Every computation, file and import goes through the window's runner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.domain import clock
from app.domain.errors import FileNotWritten, GuichetError
from app.messages import describe, stats_imported
from app.services import city_stats, report
from ui import file_dialogs
from ui.charts import GREEN, GREY, ORANGE, BarChart, LineChart
from ui.desks import DeskContext
from ui.rows_model import RowsModel
from ui.widgets import message_line, primary_button, show_message, table_view, title_label

_STYLE = """
QLabel#reportEmpty { font-size: 22px; font-weight: bold; color: #b35900; }
QLabel#reportHeading { font-size: 18px; font-weight: bold; }
"""
YEARS_BACK = 4


def _fit_rows(view) -> None:  # type: ignore[no-untyped-def]
    """A table as tall as its rows: the page scrolls, not the table."""
    rows = view.model().rowCount()
    view.setFixedHeight(view.horizontalHeader().sizeHint().height()
                        + rows * view.verticalHeader().defaultSectionSize() + 4)


def _share(value) -> str:  # type: ignore[no-untyped-def]
    if value is None:
        return "—"
    return f"{float(value) * 100:.1f}".replace(".", ",") + "\u00a0%"


class FiguresModel(RowsModel):
    """Two columns: what, how many."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Figure"), self.tr("Value"))

    def display(self, row: tuple[str, str], column: int) -> str:
        return str(row[column])


class SectorsModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Sector"), self.tr("Dwellings"), self.tr("Equipped"), self.tr("Uptake"),
                self.tr("Handed out"), self.tr("Computers sold"), self.tr("Polls closed"))

    def display(self, row: report.SectorFigures, column: int) -> str:
        if column == 0:
            return self.tr("Total") if row.sector_id is None else row.name
        return str((row.dwellings, row.equipped, _share(row.uptake), row.handed_out,
                    row.computers_sold, row.polls_closed)[column - 1])


class CityModel(RowsModel):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Centre"), self.tr("Dwellings"), self.tr("Equipped"),
                self.tr("Handed out"), self.tr("People trained"),
                self.tr("Visa Internet"), self.tr("Help sessions"))

    def display(self, row: city_stats.CityLine, column: int) -> str:
        if column == 0:
            return row.centre or self.tr("The city")
        key = ("dwellings", "equipped", "handed_out", "people_trained", "certificates",
               "help_sessions")[column - 1]
        return row.counts[key].shown()


class ReportDesk(QWidget):
    computed = Signal(object)  # the ProgrammeReport
    saved = Signal(Path)
    imported = Signal(object)  # the CityReport

    def __init__(self, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db, self._actor, self._runner = context.db, context.actor, context.runner
        self._submit = self._runner.bound(self)
        self.result: report.ProgrammeReport | None = None
        self.city: city_stats.CityReport | None = None
        self.setStyleSheet(_STYLE)

        outer = QVBoxLayout(self)
        outer.addWidget(title_label(self.tr("Programme report")))
        choose = QHBoxLayout()
        self.year = QComboBox()
        this_year = clock.now().year
        for year in range(this_year, this_year - YEARS_BACK, -1):
            self.year.addItem(self.tr("Year {year}").format(year=year), year)
        self.year.addItem(self.tr("Other dates"), None)
        self.year.currentIndexChanged.connect(self._year_chosen)
        self.start = QDateEdit(calendarPopup=True)
        self.end = QDateEdit(calendarPopup=True)
        for edit in (self.start, self.end):
            edit.setDisplayFormat("dd/MM/yyyy")
        self.sector = QComboBox()
        self.sector.addItem(self.tr("All sectors"), None)
        self.sector.setMinimumWidth(200)
        self.compute_button = primary_button(self.tr("Compute"))
        self.compute_button.clicked.connect(self.compute)
        choose.addWidget(self.year)
        choose.addWidget(QLabel(self.tr("from")))
        choose.addWidget(self.start)
        choose.addWidget(QLabel(self.tr("to")))
        choose.addWidget(self.end)
        choose.addWidget(self.sector, 1)
        choose.addWidget(self.compute_button)
        outer.addLayout(choose)

        actions = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save the PDF…"))
        self.csv_button = QPushButton(self.tr("Export as CSV…"))
        self.stats_button = QPushButton(self.tr("Statistics for the city…"))
        self.import_button = QPushButton(self.tr("Import the centres' files…"))
        self.pdf_button.clicked.connect(self._choose_pdf)
        self.csv_button.clicked.connect(self._choose_csv)
        self.stats_button.clicked.connect(self._choose_stats)
        self.import_button.clicked.connect(self._choose_imports)
        actions.addWidget(self.pdf_button)
        actions.addWidget(self.csv_button)
        actions.addStretch(1)
        actions.addWidget(self.stats_button)
        outer.addLayout(actions)
        self.message = message_line()
        outer.addWidget(self.message)

        self.empty = QLabel(self.tr("No activity in this period"))
        self.empty.setObjectName("reportEmpty")
        self.empty.hide()
        body = QWidget()
        outer_column = QVBoxLayout(body)
        outer_column.addWidget(self.empty)
        self.report_part = QWidget()  # shown once computed
        self.report_part.hide()
        # the sectors across the top; the figures on the left, the charts beside them
        grid = QGridLayout(self.report_part)
        grid.setContentsMargins(0, 0, 0, 0)
        outer_column.addWidget(self.report_part)
        self.figures = FiguresModel()
        self.sectors = SectorsModel()
        self.city_model = CityModel()
        self.sectors_view = table_view(self.sectors)
        self.figures_view = table_view(self.figures)
        for view in (self.sectors_view, self.figures_view):
            view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.figures_view.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        grid.addWidget(self.sectors_view, 0, 0, 1, 2)
        grid.addWidget(self.figures_view, 1, 0, Qt.AlignmentFlag.AlignTop)
        self.uptake_chart = BarChart()
        self.equipped_chart = BarChart()
        self.months_chart = LineChart()
        self.training_chart = BarChart()
        self.appointments_chart = BarChart()
        charts = QVBoxLayout()
        for chart in (self.uptake_chart, self.equipped_chart, self.months_chart,
                      self.training_chart, self.appointments_chart):
            charts.addWidget(chart)
        charts.addStretch(1)
        grid.addLayout(charts, 1, 1)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(1, 3)
        # the city's part: on the city's PC, the centres' files imported and added up
        city_heading = QLabel(self.tr("The centres' files (the city)"))
        city_heading.setObjectName("reportHeading")
        city_row = QHBoxLayout()
        city_row.addWidget(city_heading)
        city_row.addStretch(1)
        city_row.addWidget(self.import_button)
        outer_column.addLayout(city_row)
        self.city_part = QWidget()  # shown once files are imported
        self.city_part.hide()
        column = QVBoxLayout(self.city_part)
        column.setContentsMargins(0, 0, 0, 0)
        self.city_answers = QListWidget()
        self.city_answers.setMinimumHeight(90)
        column.addWidget(self.city_answers)
        self.new_key_button = QPushButton(self.tr("Accept the new key (checked with the centre)"))
        self.new_key_button.hide()
        self.new_key_button.clicked.connect(
            lambda: self.import_files(self._new_key_for, new_key=True))
        self._new_key_for: list[Path] = []
        column.addWidget(self.new_key_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.city_view = table_view(self.city_model)
        self.city_view.setMinimumHeight(44 * 4)
        column.addWidget(self.city_view)
        outer_column.addWidget(self.city_part)
        outer_column.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        self._set_ready(False)
        self._year_chosen()
        db, actor = self._db, self._actor
        self._submit(lambda: report.sectors(db, actor), self._show_sectors, self._failed)

    # --- the period -------------------------------------------------------------------

    def _year_chosen(self) -> None:
        year = self.year.currentData()
        custom = year is None
        self.start.setEnabled(custom)
        self.end.setEnabled(custom)
        if not custom:
            self.start.setDate(QDate(year, 1, 1))
            self.end.setDate(QDate(year, 12, 31))

    def period(self):  # type: ignore[no-untyped-def]
        return self.start.date().toPython(), self.end.date().toPython()

    def _show_sectors(self, rows: list[tuple[int, str]]) -> None:
        for sector_id, name in rows:
            self.sector.addItem(name, sector_id)

    def _set_ready(self, ready: bool) -> None:
        for button in (self.pdf_button, self.csv_button):
            button.setEnabled(ready)

    # --- computing --------------------------------------------------------------------

    def compute(self) -> None:
        db, actor = self._db, self._actor
        (start, end), sector_id = self.period(), self.sector.currentData()
        self.compute_button.setEnabled(False)
        show_message(self.message, "")
        self._submit(lambda: report.programme_report(db, actor, start, end, sector_id),
                     self._show, self._failed)

    def _show(self, result: report.ProgrammeReport) -> None:
        self.result = result
        self.compute_button.setEnabled(True)
        self._set_ready(True)
        self.empty.setVisible(result.empty)
        self.report_part.show()
        t = result.total
        self.figures.set_rows([
            (self.tr("Dwellings on the roster"), t.dwellings),
            (self.tr("Dwellings equipped (end of the period)"), t.equipped),
            (self.tr("Uptake"), _share(t.uptake)),
            (self.tr("Decoders handed out"), t.handed_out),
            (self.tr("Decoders replaced"), t.replaced),
            (self.tr("Decoders brought back"), t.returned),
            (self.tr("Computers sold"), t.computers_sold),
            (self.tr("Polls closed"), t.polls_closed),
            (self.tr("Workshop sessions held"), result.workshops_held),
            (self.tr("People trained"), result.people_trained),
            (self.tr("Workshop attendances"), result.attendances),
            (self.tr("Visa Internet certificates"), result.certificates),
            (self.tr("Help sessions"), t.help_sessions),
            (self.tr("Appointments kept"), result.appointments_kept),
            (self.tr("Appointments missed"), result.appointments_missed),
        ])
        self.sectors.set_rows([*result.sectors, t])
        _fit_rows(self.sectors_view)
        _fit_rows(self.figures_view)
        names = [row.name for row in result.sectors]
        self.uptake_chart.set_data(self.tr("Uptake by sector"), names,
                                   [[float(r.uptake or 0) * 100 for r in result.sectors]],
                                   percent=True)
        self.equipped_chart.set_data(
            self.tr("Dwellings and dwellings equipped, by sector"), names,
            [[r.dwellings for r in result.sectors], [r.equipped for r in result.sectors]],
            (self.tr("Dwellings"), self.tr("Equipped")), (GREY, GREEN))
        self.months_chart.set_data(
            self.tr("Dwellings equipped at the end of each month"),
            [f"{m.month.month:02d}/{m.month.year % 100:02d}" for m in result.months],
            [m.equipped for m in result.months])
        self.months_chart.setVisible(bool(result.months))
        self.training_chart.set_data(
            self.tr("Workshops and Visa Internet"),
            (self.tr("Sessions held"), self.tr("People trained"), self.tr("Attendances"),
             self.tr("Visa Internet certificates")),
            [[result.workshops_held, result.people_trained, result.attendances,
              result.certificates]])
        kinds = {"decoder_pickup": self.tr("Decoder pick-up"),
                 "computer_pickup": self.tr("Computer pick-up"),
                 "help_session": self.tr("Help session"),
                 "contract_advice": self.tr("Contract advice"), "other": self.tr("Other")}
        self.appointments_chart.set_data(
            self.tr("Appointments kept and missed"),
            [kinds.get(a.kind, a.kind) for a in result.appointments],
            [[a.kept for a in result.appointments], [a.missed for a in result.appointments]],
            (self.tr("Kept"), self.tr("Missed")), (GREEN, ORANGE))
        self.appointments_chart.setVisible(bool(result.appointments))
        if result.empty:
            show_message(self.message, self.tr("No activity in this period."), error=False)
        self.computed.emit(result)

    def _failed(self, error: GuichetError) -> None:
        self.compute_button.setEnabled(True)
        show_message(self.message, describe(error), error=True)

    # --- files ------------------------------------------------------------------------

    def _name(self, what: str, suffix: str) -> str:
        start, end = self.period()
        return f"{what}-{start.isoformat()}-{end.isoformat()}.{suffix}"

    def _choose_pdf(self) -> None:
        target = file_dialogs.save_file(self, self.tr("Save the report"),
                                        self._name("bilan", "pdf"), self.tr("PDF (*.pdf)"))
        if target is not None:
            self.save_pdf_to(target)

    def _choose_csv(self) -> None:
        target = file_dialogs.save_file(self, self.tr("Export the report"),
                                        self._name("bilan", "csv"),
                                        self.tr("Spreadsheet (*.csv)"))
        if target is not None:
            self.export_csv_to(target)

    def _choose_stats(self) -> None:
        target = file_dialogs.save_file(self, self.tr("Statistics for the city"),
                                        self._name("statistiques", "json"),
                                        self.tr("Statistics (*.json)"))
        if target is not None:
            self.export_stats_to(target)

    def _choose_imports(self) -> None:
        paths = file_dialogs.open_files(self, self.tr("The centres' statistics files"),
                                        self.tr("Statistics (*.json)"))
        if paths:
            self.import_files(paths)

    def _write(self, target: Path, make, said: str) -> None:  # type: ignore[no-untyped-def]
        def work() -> Path:
            data = make()
            try:
                if isinstance(data, str):
                    with target.open("w", encoding="utf-8-sig", newline="") as file:
                        file.write(data)
                else:
                    target.write_bytes(data)
            except OSError as exc:
                raise FileNotWritten.from_os(target, exc) from exc
            return target

        def done(path: Path) -> None:
            show_message(self.message, said.format(file=path), error=False)
            self.saved.emit(path)

        self._submit(work, done, self._failed)

    def save_pdf_to(self, target: Path) -> None:
        from app.documents.report import report_pdf

        result = self.result
        self._write(target, lambda: report_pdf(result, clock.now()),
                    self.tr("Report saved: {file}"))

    def export_csv_to(self, target: Path) -> None:
        from app.documents.report import report_csv

        result = self.result
        self._write(target, lambda: report_csv(result),
                    self.tr("Figures saved in {file}: it opens in a spreadsheet."))

    def export_stats_to(self, target: Path) -> None:
        db, actor, (start, end) = self._db, self._actor, self.period()
        self._write(target, lambda: city_stats.export_stats(db, actor, start, end),
                    self.tr("Statistics for the city saved: {file} (counts only, no name, "
                            "no address)."))

    def import_files(self, paths: list[Path], new_key: bool = False) -> None:
        db, actor, (start, end) = self._db, self._actor, self.period()
        self._new_key_for = []
        self.new_key_button.hide()

        def work():  # type: ignore[no-untyped-def]
            done = city_stats.import_stats(db, actor, paths, new_key=new_key)
            return done, city_stats.city_report(db, actor, start, end)

        def shown(answer) -> None:  # type: ignore[no-untyped-def]
            done, city = answer
            self.city = city
            self.city_part.show()
            self.city_answers.clear()
            for line in done:
                self.city_answers.addItem(stats_imported(line.file, line.centre, line.outcome))
            self.city_model.set_rows([*city.centres, city.total] if city.centres else [])
            _fit_rows(self.city_view)
            self.scroll.ensureWidgetVisible(self.city_view)
            show_message(self.message, self.tr("Files imported: the city's table is below.")
                         if city.centres else self.tr("No centre's file covers this period."),
                         error=not city.centres)
            self.imported.emit(city)

        def refused(error: GuichetError) -> None:
            from app.domain.errors import StatsRejected
            from app.messages import stats_problem

            self.city_part.show()
            self.city_answers.clear()
            if isinstance(error, StatsRejected):
                for problem in error.problems:
                    self.city_answers.addItem(stats_problem(problem))
                # only centres whose key changed: the coordinator may take the new key
                if all(p.reason == "other_key" for p in error.problems):
                    self._new_key_for = paths
                    self.new_key_button.show()
            self._failed(error)

        self._submit(work, shown, refused)
