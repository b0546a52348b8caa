"""Two small charts painted with QPainter, for the report desk: labelled bars
with their values (horizontal: long sector names stay readable), and a line
for a figure month by month. Large type; the texts are given translated."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

BLUE, GREEN, ORANGE, GREY = "#1f5fa8", "#2e8540", "#d9822b", "#8a8a8a"


def _number(value: float, percent: bool) -> str:
    if percent:
        return f"{value:.1f}".replace(".", ",") + "\u00a0%"
    return f"{value:,.0f}".replace(",", "\u202f")


class BarChart(QWidget):
    """One row per category, one bar per series, the value after each bar."""

    BAR = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.series: list[list[float]] = []
        self.names: list[str] = []
        self.colours: list[str] = [BLUE, GREEN, ORANGE]
        self.percent = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit()

    def set_data(self, title: str, labels: Sequence[str], series: Sequence[Sequence[float]],
                 names: Sequence[str] = (), colours: Sequence[str] = (BLUE, GREEN, ORANGE),
                 percent: bool = False) -> None:
        self.title, self.labels = title, list(labels)
        self.series = [list(values) for values in series]
        self.names, self.colours, self.percent = list(names), list(colours), percent
        self._fit()
        self.update()

    def _fit(self) -> None:
        rows = max(len(self.labels), 1) * (max(len(self.series), 1) * self.BAR + 12)
        self.setFixedHeight(44 + rows + (30 if len(self.names) > 1 else 0))

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(16)
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(0, 0, self.width(), 30), Qt.AlignmentFlag.AlignVCenter, self.title)
        font.setBold(False)
        font.setPixelSize(15)
        p.setFont(font)
        metrics = QFontMetrics(font)
        label_width = min(max((metrics.horizontalAdvance(t) for t in self.labels), default=0) + 12,
                          int(self.width() * 0.4))
        value_room = metrics.horizontalAdvance("100,0 %  ") + 8
        left, area = label_width, max(self.width() - label_width - value_room, 10)
        top_value = 100.0 if self.percent else max(
            (v for values in self.series for v in values), default=0) or 1
        y = 40.0
        group = max(len(self.series), 1) * self.BAR
        for row, label in enumerate(self.labels):
            shown = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width - 10)
            p.setPen(QColor("#222"))
            p.drawText(QRectF(0, y, label_width - 10, group), Qt.AlignmentFlag.AlignRight
                       | Qt.AlignmentFlag.AlignVCenter, shown)
            for number, values in enumerate(self.series):
                value = values[row] if row < len(values) else 0
                length = area * value / top_value
                bar = QRectF(left, y + number * self.BAR + 2, max(length, 1), self.BAR - 4)
                p.fillRect(bar, QColor(self.colours[number % len(self.colours)]))
                p.setPen(QColor("#222"))
                p.drawText(QRectF(left + length + 6, bar.top() - 2, value_room, self.BAR),
                           Qt.AlignmentFlag.AlignVCenter, _number(value, self.percent))
            y += group + 12
        p.setPen(QPen(QColor("#555"), 1))
        p.drawLine(QPointF(left, 36), QPointF(left, y - 6))
        if len(self.names) > 1:
            x = float(left)
            for number, name in enumerate(self.names):
                p.fillRect(QRectF(x, y + 6, 16, 16), QColor(self.colours[number % len(self.colours)]))
                p.setPen(QColor("#222"))
                p.drawText(QPointF(x + 22, y + 20), name)
                x += 22 + metrics.horizontalAdvance(name) + 24
        p.end()


class LineChart(QWidget):
    """A figure month by month: a line, its points, the value over each point."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.labels: list[str] = []
        self.values: list[float] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(240)

    def set_data(self, title: str, labels: Sequence[str], values: Sequence[float]) -> None:
        self.title, self.labels, self.values = title, list(labels), list(values)
        self.update()

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPixelSize(16)
        font.setBold(True)
        p.setFont(font)
        p.drawText(QRectF(0, 0, self.width(), 30), Qt.AlignmentFlag.AlignVCenter, self.title)
        font.setBold(False)
        font.setPixelSize(13)
        p.setFont(font)
        if not self.values:
            p.end()
            return
        left, right, top, bottom = 20.0, self.width() - 20.0, 60.0, self.height() - 34.0
        p.setPen(QPen(QColor("#555"), 1))
        p.drawLine(QPointF(left, bottom), QPointF(right, bottom))
        top_value = max(self.values) or 1
        step = (right - left) / max(len(self.values), 1)
        points = [QPointF(left + step * (i + 0.5), bottom - (bottom - top) * v / top_value)
                  for i, v in enumerate(self.values)]
        p.setPen(QPen(QColor(GREEN), 3))
        for a, b in zip(points, points[1:], strict=False):
            p.drawLine(a, b)
        for i, (point, value) in enumerate(zip(points, self.values, strict=True)):
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(GREEN))
            p.drawEllipse(point, 5, 5)
            p.setPen(QColor("#222"))
            p.drawText(QRectF(point.x() - step / 2, point.y() - 28, step, 20),
                       Qt.AlignmentFlag.AlignCenter, _number(value, False))
            p.drawText(QRectF(point.x() - step / 2, bottom + 4, step, 24),
                       Qt.AlignmentFlag.AlignCenter, self.labels[i] if i < len(self.labels) else "")
        p.end()
