"""The Report desk (« Bilan ») on the demo centre, driven as the coordinator
does: the year computed on the runner, the table showing the service's own
figures, the PDF and the CSV saved, the statistics file for the city made and
imported back, an empty period said as such.

Sentences are compared through Qt's translate(), so that the tests hold before
and after the French catalogue has them."""

from __future__ import annotations

import io
import json
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from pytestqt.qtbot import QtBot

from app.domain import clock
from app.services import accounts, changes, report
from db.engine import Database
from tests.ui.helpers import settle
from ui.desks import DESKS, DeskContext
from ui.desks.report import ReportDesk
from ui.tasks import TaskRunner


def tr(context: str, text: str, n: int = -1) -> str:
    return QCoreApplication.translate(context, text, None, n)


def open_report(qtbot: QtBot, db: Database, width: int = 1366,
                height: int = 738) -> tuple[ReportDesk, TaskRunner]:
    actor = accounts.sign_in(db, "Coordination", "coordination")
    runner = TaskRunner()
    changes.subscribe(db, runner.publish)
    desk = ReportDesk(DeskContext(db, actor, runner))
    runner.setParent(desk)
    qtbot.addWidget(desk)
    desk.resize(width, height)
    desk.show()
    qtbot.waitExposed(desk)
    settle(qtbot, runner)
    return desk, runner


def compute(qtbot: QtBot, desk: ReportDesk, runner: TaskRunner) -> report.ProgrammeReport:
    with qtbot.waitSignal(desk.computed, timeout=30_000) as signal:
        desk.compute_button.click()
    settle(qtbot, runner)
    return signal.args[0]



def test_the_desk_is_the_coordinator_s_only_before_the_settings() -> None:
    keys = [desk.key for desk in DESKS]
    assert keys.index("report") == keys.index("settings") - 1
    roles = {d.key: d.roles for d in DESKS}["report"]
    assert {role.value for role in roles} == {"coordinator"}


def test_the_year_s_figures_are_the_service_s_and_the_pdf_says_them(
        qtbot: QtBot, demo_db: Database, tmp_path: Path) -> None:
    from pypdf import PdfReader

    desk, runner = open_report(qtbot, demo_db)
    year = clock.now().year
    assert desk.year.currentText() == tr("ReportDesk", "Year {year}").format(year=year)
    assert desk.sector.count() == 3  # every sector, then the demo's two
    assert not desk.pdf_button.isEnabled()
    shown = compute(qtbot, desk, runner)
    actor = accounts.sign_in(demo_db, "Coordination", "coordination")
    expected = report.programme_report(demo_db, actor, shown.start, shown.end)
    assert shown == expected and (shown.start.year, shown.end.year) == (year, year)
    figures = dict(desk.figures.rows)
    assert figures[tr("ReportDesk", "Dwellings on the roster")] == expected.total.dwellings
    assert figures[tr("ReportDesk", "Decoders handed out")] == expected.total.handed_out
    assert figures[tr("ReportDesk", "Computers sold")] == expected.total.computers_sold
    assert figures[tr("ReportDesk", "Appointments kept")] == expected.appointments_kept
    model = desk.sectors
    cells = [[model.data(model.index(r, c)) for c in range(model.columnCount())]
             for r in range(model.rowCount())]
    for line, row in zip(cells, [*expected.sectors, expected.total], strict=True):
        assert line[1:3] == [str(row.dwellings), str(row.equipped)]
        assert line[4] == str(row.handed_out)
    assert cells[-1][0] == tr("SectorsModel", "Total")
    assert not desk.empty.isVisible()
    assert desk.uptake_chart.labels == [r.name for r in expected.sectors]
    qtbot.wait(50)
    desk.resize(1024, 738)
    qtbot.wait(50)

    pdf = tmp_path / "bilan.pdf"
    with qtbot.waitSignal(desk.saved, timeout=30_000):
        desk.save_pdf_to(pdf)
    settle(qtbot, runner)
    text = " ".join(" ".join(page.extract_text() for page in
                             PdfReader(io.BytesIO(pdf.read_bytes())).pages).split())
    assert "Bilan du programme Internet pour tous" in text
    for row in expected.sectors:
        assert row.name in text
    assert str(expected.total.dwellings) in text and str(expected.total.equipped) in text
    csv_file = tmp_path / "bilan.csv"
    with qtbot.waitSignal(desk.saved, timeout=30_000):
        desk.export_csv_to(csv_file)
    settle(qtbot, runner)
    lines = csv_file.read_text(encoding="utf-8-sig").splitlines()
    assert f"Total;{expected.total.dwellings};{expected.total.equipped};" in "\n".join(lines)


def test_the_city_file_is_made_and_imported_back(qtbot: QtBot, demo_db: Database,
                                                 tmp_path: Path) -> None:
    desk, runner = open_report(qtbot, demo_db)
    target = tmp_path / "statistiques.json"
    with qtbot.waitSignal(desk.saved, timeout=30_000):
        desk.export_stats_to(target)
    settle(qtbot, runner)
    data = json.loads(target.read_bytes())
    assert data["centre"] == "Centre social de Kerourien (démo)" and "Rue du Languedoc" not in \
        target.read_text(encoding="utf-8")
    broken = tmp_path / "casse.json"
    broken.write_text("pas du json", encoding="utf-8")
    desk.import_files([target, broken])
    settle(qtbot, runner)
    assert desk.city_answers.count() == 1 and "casse.json" in desk.city_answers.item(0).text()
    assert desk.message.objectName() == "errorLabel"
    with qtbot.waitSignal(desk.imported, timeout=30_000):
        desk.import_files([target])
    settle(qtbot, runner)
    assert "statistiques.json" in desk.city_answers.item(0).text()
    model = desk.city_model
    assert model.rowCount() == 2  # the centre and the city
    assert model.data(model.index(0, 1)) == str(data["centre_counts"]["dwellings"])
    assert model.data(model.index(1, 0)) == tr("CityModel", "The city")
    qtbot.wait(50)


def test_an_empty_period_says_so(qtbot: QtBot, demo_db: Database) -> None:
    desk, runner = open_report(qtbot, demo_db)
    desk.year.setCurrentIndex(desk.year.count() - 1)  # other dates
    assert desk.start.isEnabled()
    desk.start.setDate(QDate(2001, 1, 1))
    desk.end.setDate(QDate(2001, 3, 31))
    shown = compute(qtbot, desk, runner)
    assert shown.empty and desk.empty.isVisible()
    assert desk.message.text() == tr("ReportDesk", "No activity in this period.")
    assert len(desk.months_chart.values) == 3
    qtbot.wait(50)
    desk.start.setDate(QDate(2001, 6, 1))  # after the end
    desk.compute_button.click()
    settle(qtbot, runner)
    assert desk.message.objectName() == "errorLabel" and "01/06/2001" in desk.message.text()

