"""The programme report (« bilan ») as a PDF (A4, a few pages: the figures in
tables, then charts drawn with reportlab's own graphics) and as CSV; the
city's report, from the centres' anonymous files, with the same drawing.

Printed data, hence French, as in render.py. The report objects come from
app/services/report.py and app/services/city_stats.py (read by attribute).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import date, datetime
from fractions import Fraction
from typing import TYPE_CHECKING, Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.documents import fonts
from app.documents.render import A4_MARGIN_MM, CSV_ENCODING
from app.documents.sheet import Sheet
from app.domain.money import format_euros

if TYPE_CHECKING:
    from app.services.city_stats import CityReport
    from app.services.report import ProgrammeReport

__all__ = ["CSV_ENCODING", "city_pdf", "report_csv", "report_pdf"]

TITLE = "Bilan du programme Internet pour tous"
CITY_TITLE = "Bilan du programme Internet pour tous — la ville"
PERIOD = "Du {start} au {end}"
ALL_SECTORS = "Tous les secteurs"
ONE_SECTOR = "Secteur : {name}"
EMPTY = "Aucune activité sur cette période."
PRINTED = "Édité le {when}"
SUMMARY = "En résumé"
SECTORS = "Par secteur"
SECTOR_COLUMNS = ("Secteur", "Logements", "Équipés", "Taux\nd'équipement", "Décodeurs\nremis",
                  "Ordinateurs\nvendus", "Votes\nclos")
POLLS = "Votes des locataires clos sur la période"
POLL_COLUMNS = ("Secteur", "Clos le", "Invités", "Votants", "Participation", "Pour", "Contre",
                "Blancs", "Nuls", "Résultat")
POLL_ADOPTED = {True: "adoptée", False: "non adoptée", None: "non dépouillé"}
POLLS_NONE = "Aucun vote clos sur la période."
COMPUTERS = "Ordinateurs vendus, par prix"
COMPUTER_COLUMNS = ("Prix", "Vendus")
COMPUTERS_NONE = "Aucun ordinateur vendu sur la période."
APPOINTMENTS = "Rendez-vous honorés et manqués"
APPOINTMENT_COLUMNS = ("Type de rendez-vous", "Honorés", "Manqués")
APPOINTMENT_KIND = {"decoder_pickup": "Retrait de décodeur", "computer_pickup": "Retrait d'ordinateur",
                    "help_session": "Permanence d'aide", "contract_advice": "Conseil contrat",
                    "other": "Autre"}
APPOINTMENTS_NONE = "Aucun rendez-vous sur la période."
NEEDS = "Besoins exprimés (personnes par thème)"
NEED_COLUMNS = ("Thème", "Personnes")
NEEDS_NONE = "Aucun thème défini."
CHARTS = "En images"
CHART_UPTAKE = "Taux d'équipement par secteur (%)"
CHART_EQUIPPED = "Logements équipés et logements, par secteur"
CHART_MONTHS = "Logements équipés, fin de chaque mois"
CHART_TRAINING = "Ateliers et Visa Internet"
CHART_APPOINTMENTS = "Rendez-vous honorés et manqués, par type"
LEGEND_DWELLINGS, LEGEND_EQUIPPED = "Logements", "Équipés"
LEGEND_KEPT, LEGEND_MISSED = "Honorés", "Manqués"
MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
          "nov.", "déc.")
FIGURES = (  # (label, how to read it off the report)
    ("Logements sur la liste du bailleur", lambda r: r.total.dwellings),
    ("Logements équipés d'un décodeur (fin de période)", lambda r: r.total.equipped),
    ("Taux d'équipement", lambda r: share(r.total.uptake)),
    ("Décodeurs remis sur la période", lambda r: r.total.handed_out),
    ("Décodeurs remplacés (en panne)", lambda r: r.total.replaced),
    ("Décodeurs rendus", lambda r: r.total.returned),
    ("Ordinateurs vendus", lambda r: r.total.computers_sold),
    ("Votes clos", lambda r: r.total.polls_closed),
    ("Séances d'ateliers tenues", lambda r: r.workshops_held),
    ("Personnes formées (au moins une présence)", lambda r: r.people_trained),
    ("Présences aux ateliers", lambda r: r.attendances),
    ("Visa Internet délivrés", lambda r: r.certificates),
    ("Permanences d'aide (passages à l'accueil)", lambda r: r.total.help_sessions),
    ("Rendez-vous honorés", lambda r: r.appointments_kept),
    ("Rendez-vous manqués", lambda r: r.appointments_missed),
)
CITY_FIGURES = (  # the city file's keys
    ("dwellings", "Logements"), ("equipped", "Équipés"), ("handed_out", "Décodeurs remis"),
    ("computers_sold", "Ordinateurs vendus"), ("polls_closed", "Votes clos"),
    ("workshops_held", "Séances d'ateliers"), ("people_trained", "Personnes formées"),
    ("attendances", "Présences"), ("certificates", "Visa Internet"),
    ("help_sessions", "Permanences d'aide"), ("appointments_kept", "Rendez-vous honorés"),
    ("appointments_missed", "Rendez-vous manqués"),
)
CITY_CENTRES = "Par centre"
CITY_SECTORS = "Par secteur"
CITY_TOTAL = "Total de la ville"
CITY_NONE = "Aucun fichier de centre importé pour cette période."
CITY_HIDDEN = ("« <5 » : un nombre de 1 à 4, caché par le centre ; « ≥ N » : un total qui en "
               "contient, au moins N.")
CITY_CHART_EQUIPPED = "Logements équipés, par centre"
CITY_CHART_SECTORS = "Taux d'équipement par secteur (%)"

BLUE = colors.HexColor("#1f5fa8")
GREEN = colors.HexColor("#2e8540")
ORANGE = colors.HexColor("#d9822b")
GREY = colors.HexColor("#8a8a8a")
WIDTH_MM = 210 - 2 * A4_MARGIN_MM


def share(value: Fraction | float | None) -> str:
    """61,1 %, or « — » when there is nothing to divide by."""
    if value is None:
        return "—"
    return f"{float(value) * 100:.1f}".replace(".", ",") + "\u00a0%"


def _day(value: date) -> str:
    return value.strftime("%d/%m/%Y")


def _styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    base = ParagraphStyle("base", fontName=fonts.REGULAR, fontSize=10, leading=13)
    return {
        "title": ParagraphStyle("title", base, fontName=fonts.BOLD, fontSize=18, leading=23,
                                spaceAfter=4),
        "sub": ParagraphStyle("sub", base, fontSize=12, leading=16),
        "h2": ParagraphStyle("h2", base, fontName=fonts.BOLD, fontSize=13, leading=17,
                             spaceBefore=10, spaceAfter=4),
        "big": ParagraphStyle("big", base, fontName=fonts.BOLD, fontSize=14, leading=18,
                              textColor=ORANGE, spaceBefore=8),
        "small": ParagraphStyle("small", base, fontSize=8, leading=10, textColor=GREY),
        "cell": ParagraphStyle("cell", base, fontSize=9, leading=11),
        "base": base,
    }


def _table(columns: Sequence[str], rows: Sequence[Sequence[object]],
           widths: Sequence[float] | None = None, total_row: bool = False,
           text_columns: int = 1) -> Table:
    """A plain table: the header in bold on grey, numbers on the right."""
    styles = _styles()
    style = styles["cell"]
    head = ParagraphStyle("head", style, fontName=fonts.BOLD, fontSize=8, leading=10)
    data: list[list[Any]] = [[Paragraph(c.replace("\n", "<br/>"), head) for c in columns]] \
        if columns else []
    for row in rows:
        data.append([Paragraph(str(v), style) if i < text_columns and len(str(v)) > 24 else str(v)
                     for i, v in enumerate(row)])
    table = Table(data, colWidths=[w * mm for w in widths] if widths else None,
                  repeatRows=1 if columns else 0,
                  hAlign="LEFT")
    first = 1 if columns else 0
    commands = [
        ("FONT", (0, first), (-1, -1), fonts.REGULAR, 9.5),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#9a9a9a")),
        ("ALIGN", (text_columns, first), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if columns:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e6e6")))
    if total_row and rows:
        commands.append(("FONT", (0, -1), (-1, -1), fonts.BOLD, 9.5))
    table.setStyle(TableStyle(commands))
    return table


def _short(label: str, limit: int = 22) -> str:
    return label if len(label) <= limit else label[:limit - 1] + "…"


def _wrapped(label: str, limit: int = 22) -> str:
    """A category's name on at most two lines under its bars."""
    if len(label) <= limit:
        return label
    cut = label.rfind(" ", 0, limit)
    if cut <= 0:
        return _short(label, limit)
    return label[:cut] + "\n" + _short(label[cut + 1:], limit)


def _chart_title(drawing: Drawing, title: str) -> None:
    drawing.add(String(0, drawing.height - 12, title, fontName=fonts.BOLD, fontSize=11))


def bar_chart(title: str, categories: Sequence[str], series: Sequence[Sequence[float]],
              names: Sequence[str] = (), horizontal: bool = False,
              fills: Sequence[colors.Color] = (BLUE, GREEN, ORANGE),
              percent: bool = False) -> Drawing:
    """Bars with their values written on them, French labels, a legend when
    there are several series."""
    fonts.register()
    count = max(len(categories), 1)
    width = WIDTH_MM * mm
    if horizontal:
        height = 40 + 24 * count * max(len(series), 1) ** 0.7 + (18 if len(names) > 1 else 0)
        chart: Any = HorizontalBarChart()
        chart.x, chart.y = 150, 20 + (18 if len(names) > 1 else 0)
        chart.width, chart.height = width - 190, height - chart.y - 24
    else:
        height = 190.0
        chart = VerticalBarChart()
        chart.x, chart.y = 36, 42 + (16 if len(names) > 1 else 0)
        chart.width, chart.height = width - 50, height - chart.y - 26
    drawing = Drawing(width, height)
    if horizontal:  # the first category on top
        categories = list(reversed(categories))
        series = [list(reversed(values)) for values in series]
    chart.data = [list(values) or [0] for values in series]
    chart.categoryAxis.categoryNames = [_short(c, 30) if horizontal else _wrapped(c)
                                        for c in categories] or [""]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 9
    if not horizontal and count > 4:
        chart.categoryAxis.labels.angle = 25
        chart.categoryAxis.labels.boxAnchor = "ne"
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max((v for values in series for v in values), default=0)
    if percent:
        chart.valueAxis.valueMax = 100
        chart.valueAxis.valueStep = 20
    elif top < 5:
        chart.valueAxis.valueMax = 5
        chart.valueAxis.valueStep = 1
    else:
        chart.valueAxis.valueMax = top * 1.15
    chart.barLabelFormat = (lambda v: f"{v:.1f}".replace(".", ",") + " %") if percent else "%d"
    chart.barLabels.fontName = fonts.BOLD
    chart.barLabels.fontSize = 8.5
    if horizontal:
        chart.barLabels.boxAnchor = "w"
        chart.barLabels.dx = 3
    else:
        chart.barLabels.nudge = 7
    for number in range(len(series)):
        chart.bars[number].fillColor = fills[number % len(fills)]
        chart.bars[number].strokeColor = None
    drawing.add(chart)
    _chart_title(drawing, title)
    if len(names) > 1:
        legend = Legend()
        legend.fontName, legend.fontSize = fonts.REGULAR, 9
        legend.x, legend.y = chart.x, 8
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.colorNamePairs = [(fills[i % len(fills)], name) for i, name in enumerate(names)]
        drawing.add(legend)
    return drawing


def line_chart(title: str, categories: Sequence[str], values: Sequence[int]) -> Drawing:
    fonts.register()
    width, height = WIDTH_MM * mm, 180.0
    drawing = Drawing(width, height)
    chart = HorizontalLineChart()
    chart.x, chart.y = 36, 30
    chart.width, chart.height = width - 50, height - 62
    chart.data = [list(values) or [0]]
    chart.categoryAxis.categoryNames = list(categories) or [""]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 8.5
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    top = max(values, default=0)
    chart.valueAxis.valueMax = max(5, top * 1.15)
    chart.lines[0].strokeColor = GREEN
    chart.lines[0].strokeWidth = 2
    chart.lineLabelFormat = "%d"
    chart.lineLabels.fontName = fonts.BOLD
    chart.lineLabels.fontSize = 8
    chart.lineLabels.dy = 7
    drawing.add(chart)
    _chart_title(drawing, title)
    return drawing


def _month(value: date) -> str:
    return f"{MONTHS[value.month - 1]} {value.year % 100:02d}"


def _heading(story: list[Any], title: str, lines: Sequence[str]) -> None:
    st = _styles()
    story.append(Paragraph(title, st["title"]))
    for line in lines:
        story.append(Paragraph(line, st["sub"]))
    story.append(Spacer(1, 4 * mm))


def _build(story: list[Any], title: str, printed_at: datetime | None) -> bytes:
    buffer = io.BytesIO()
    foot = PRINTED.format(when=printed_at.strftime("%d/%m/%Y %H:%M")) if printed_at else ""

    def page(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(fonts.REGULAR, 8)
        canvas.drawString(A4_MARGIN_MM * mm, 10 * mm, f"{title} — {foot}" if foot else title)
        canvas.drawRightString((210 - A4_MARGIN_MM) * mm, 10 * mm, f"page {doc.page}")
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=A4_MARGIN_MM * mm,
                            rightMargin=A4_MARGIN_MM * mm, topMargin=16 * mm,
                            bottomMargin=18 * mm, title=title, author="Guichet",
                            invariant=True)
    doc.build(story, onFirstPage=page, onLaterPages=page)
    return buffer.getvalue()


def report_pdf(report: ProgrammeReport, printed_at: datetime | None = None) -> bytes:
    st = _styles()
    story: list[Any] = []
    _heading(story, TITLE, (
        report.centre, PERIOD.format(start=_day(report.start), end=_day(report.end)),
        ONE_SECTOR.format(name=report.sector_name) if report.sector_name else ALL_SECTORS))
    if report.empty:
        story.append(Paragraph(EMPTY, st["big"]))
    story.append(Paragraph(SUMMARY, st["h2"]))
    story.append(_table((), [(label, read(report)) for label, read in FIGURES],
                        widths=(120, 40)))
    story.append(Paragraph(SECTORS, st["h2"]))
    rows = [(r.name, r.dwellings, r.equipped, share(r.uptake), r.handed_out, r.computers_sold,
             r.polls_closed) for r in (*report.sectors, report.total)]
    story.append(_table(SECTOR_COLUMNS, rows, widths=(40, 22, 19, 27, 22, 25, 17),
                        total_row=True))

    story.append(PageBreak())
    story.append(Paragraph(CHARTS, st["h2"]))
    names = [r.name for r in report.sectors]
    story.append(bar_chart(CHART_UPTAKE, names,
                           [[float(r.uptake or 0) * 100 for r in report.sectors]],
                           percent=True))
    story.append(Spacer(1, 5 * mm))
    story.append(bar_chart(CHART_EQUIPPED, names,
                           [[r.dwellings for r in report.sectors],
                            [r.equipped for r in report.sectors]],
                           (LEGEND_DWELLINGS, LEGEND_EQUIPPED), fills=(GREY, GREEN)))
    if report.months:  # none for a period still to come
        story.append(Spacer(1, 5 * mm))
        story.append(line_chart(CHART_MONTHS, [_month(m.month) for m in report.months],
                                [m.equipped for m in report.months]))

    story.append(PageBreak())
    story.append(bar_chart(CHART_TRAINING,
                           ("Séances tenues", "Personnes formées", "Présences",
                            "Visa Internet délivrés"),
                           [[report.workshops_held, report.people_trained, report.attendances,
                             report.certificates]], horizontal=True))
    story.append(Spacer(1, 4 * mm))
    kinds = [APPOINTMENT_KIND.get(a.kind, a.kind) for a in report.appointments]
    if report.appointments:
        story.append(bar_chart(CHART_APPOINTMENTS, kinds,
                               [[a.kept for a in report.appointments],
                                [a.missed for a in report.appointments]],
                               (LEGEND_KEPT, LEGEND_MISSED), fills=(GREEN, ORANGE),
                               horizontal=True))
    section: list[Any] = [Paragraph(APPOINTMENTS, st["h2"])]
    section.append(_table(APPOINTMENT_COLUMNS, [(k, a.kept, a.missed) for k, a in
                                                zip(kinds, report.appointments, strict=True)],
                          widths=(80, 30, 30)) if report.appointments
                   else Paragraph(APPOINTMENTS_NONE, st["base"]))
    story.append(KeepTogether(section))
    story.append(CondPageBreak(60 * mm))
    story.append(Paragraph(POLLS, st["h2"]))
    if report.polls:
        story.append(_table(POLL_COLUMNS, [
            (p.sector, _day(p.closed_on), p.eligible, p.took_part, share(p.turnout) if
             p.counted else "—", p.for_, p.against, p.blank, p.spoiled,
             POLL_ADOPTED[p.adopted]) for p in report.polls],
            widths=(38, 18, 14, 14, 20, 11, 12, 12, 10, 25)))
    else:
        story.append(Paragraph(POLLS_NONE, st["base"]))
    section = [Paragraph(COMPUTERS, st["h2"])]
    section.append(_table(COMPUTER_COLUMNS, [(format_euros(t.price_cents), t.sold)
                                             for t in report.computers_by_price],
                          widths=(40, 30)) if report.computers_by_price
                   else Paragraph(COMPUTERS_NONE, st["base"]))
    story.append(KeepTogether(section))
    section = [Paragraph(NEEDS, st["h2"])]
    section.append(_table(NEED_COLUMNS, [(n.topic, n.people) for n in report.needs],
                          widths=(100, 30)) if report.needs
                   else Paragraph(NEEDS_NONE, st["base"]))
    story.append(KeepTogether(section))
    return _build(story, TITLE, printed_at)


def report_csv(report: ProgrammeReport) -> str:
    """One row per sector and the total row, then the summary, the polls,
    the computers, the appointments and the needs, each after an empty line.
    Write it with CSV_ENCODING (UTF-8 with its BOM)."""
    out = io.StringIO()
    sheet = Sheet(out)
    sheet.writerow((TITLE, report.centre, _day(report.start), _day(report.end),
                    report.sector_name or ALL_SECTORS))
    sheet.writerow(())
    sheet.writerow(("secteur", "logements", "équipés", "taux d'équipement (%)", "décodeurs remis",
                    "décodeurs remplacés", "décodeurs rendus", "ordinateurs vendus", "votes clos",
                    "permanences d'aide"))
    for r in (*report.sectors, report.total):
        rate = "" if r.uptake is None else f"{float(r.uptake) * 100:.1f}".replace(".", ",")
        sheet.writerow((r.name, r.dwellings, r.equipped, rate, r.handed_out, r.replaced,
                        r.returned, r.computers_sold, r.polls_closed, r.help_sessions))
    sheet.writerow(())
    sheet.writerow(("indicateur", "valeur"))
    for label, read in FIGURES:
        value = read(report)
        sheet.writerow((label, value.replace("\u00a0%", "").strip() if isinstance(value, str)
                        else value))
    sheet.writerow(())
    sheet.writerow(("vote (secteur)", "clos le", "invités", "votants", "pour", "contre", "blancs",
                    "nuls", "résultat"))
    for p in report.polls:
        sheet.writerow((p.sector, _day(p.closed_on), p.eligible, p.took_part, p.for_, p.against,
                        p.blank, p.spoiled, POLL_ADOPTED[p.adopted]))
    sheet.writerow(())
    sheet.writerow(("prix de l'ordinateur (€)", "vendus"))
    for t in report.computers_by_price:
        sheet.writerow((f"{t.price_cents // 100},{t.price_cents % 100:02d}", t.sold))
    sheet.writerow(())
    sheet.writerow(("rendez-vous", "honorés", "manqués"))
    for a in report.appointments:
        sheet.writerow((APPOINTMENT_KIND.get(a.kind, a.kind), a.kept, a.missed))
    sheet.writerow(())
    sheet.writerow(("mois", "logements équipés (fin du mois)"))
    for m in report.months:
        sheet.writerow((m.month.strftime("%m/%Y"), m.equipped))
    sheet.writerow(())
    sheet.writerow(("thème", "personnes"))
    for n in report.needs:
        sheet.writerow((n.topic, n.people))
    return out.getvalue()


def city_pdf(city: CityReport, printed_at: datetime | None = None) -> bytes:
    """The city's report: per centre, per sector, the city's total, and one
    bar per centre and per sector."""
    st = _styles()
    story: list[Any] = []
    _heading(story, CITY_TITLE, (PERIOD.format(start=_day(city.start), end=_day(city.end)),))
    if city.empty:
        story.append(Paragraph(CITY_NONE, st["big"]))
        return _build(story, CITY_TITLE, printed_at)
    story.append(Paragraph(CITY_CENTRES, st["h2"]))
    head = ("",) + tuple(line.centre for line in city.centres) + (CITY_TOTAL,)
    rows = [(label, *(line.counts[key].shown() for line in (*city.centres, city.total)))
            for key, label in CITY_FIGURES]
    rows.append(("Taux d'équipement", *(share(None if line.uptake is None else line.uptake / 100)
                                        for line in (*city.centres, city.total))))
    columns = len(head) - 1
    story.append(_table(head, rows,  # the header wraps: centres are told apart
                        widths=(50, *([(WIDTH_MM - 50) / columns] * columns))))
    story.append(Paragraph(CITY_HIDDEN, st["small"]))
    story.append(Paragraph(CITY_SECTORS, st["h2"]))
    story.append(_table(("Centre", "Secteur", "Logements", "Équipés", "Taux", "Remis"),
                        [(line.centre, line.sector, line.counts["dwellings"].shown(),
                          line.counts["equipped"].shown(),
                          share(None if line.uptake is None else line.uptake / 100),
                          line.counts["handed_out"].shown()) for line in city.sectors],
                        widths=(54, 44, 22, 18, 18, 18), text_columns=2))
    story.append(PageBreak())
    story.append(bar_chart(CITY_CHART_EQUIPPED, [line.centre for line in city.centres],
                           [[line.counts["dwellings"].value for line in city.centres],
                            [line.counts["equipped"].value for line in city.centres]],
                           (LEGEND_DWELLINGS, LEGEND_EQUIPPED), fills=(GREY, GREEN),
                           horizontal=True))
    story.append(Spacer(1, 5 * mm))
    story.append(bar_chart(CITY_CHART_SECTORS,
                           [f"{line.sector} ({line.centre})" for line in city.sectors],
                           [[line.uptake or 0 for line in city.sectors]], horizontal=True,
                           percent=True))
    story.append(Spacer(1, 5 * mm))
    story.append(bar_chart(CHART_TRAINING, [line.centre for line in city.centres],
                           [[line.counts["people_trained"].value for line in city.centres],
                            [line.counts["certificates"].value for line in city.centres]],
                           ("Personnes formées", "Visa Internet"), horizontal=True))
    return _build(story, CITY_TITLE, printed_at)
