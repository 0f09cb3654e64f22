"""A report chart on screen with pyqtgraph (a maintained Qt plotting library that works with PySide6; QtCharts
would need the 200 MB pyside6-addons wheel): grouped, stacked or horizontal bars, lines, and a pie.

:func:`chart_widget` takes a :class:`crdesk.services.report_data.Chart` and returns a widget. pyqtgraph loads
on first use, so start-up does not pay for it. Where it cannot load (it needs numpy and QtOpenGL, which a lean
bundle may leave out), the chart is the monthly report's reportlab drawing shown as SVG.
"""
from __future__ import annotations

import html
import math
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QLabel, QWidget

from crdesk.ui.i18n import tr

COLORS = ("#2f6db5", "#e07b39", "#3c9d5d", "#c9453e", "#8a63b8", "#8c6d3f", "#d46aa7", "#7f7f7f", "#b5b83a",
          "#2bb3c0")
HEIGHT = 260
SVG_WIDTH = 520
_CLIP = re.compile(r'<clipPath id="clip">.*?</clipPath>|style="clip-path: url\(#clip\)"', re.S)
LABEL_ROOM = 60  # characters of category labels that fit along a half-width chart


def color(index: int) -> QColor:
    return QColor(COLORS[index % len(COLORS)])


def _values(values) -> list[float]:
    return [math.nan if v is None else float(v) for v in values]


def _has_data(chart) -> bool:
    return bool(chart.categories) and any(v not in (None, 0) for s in chart.series for v in s.values)


def _ticks(labels: list[str]) -> list[list[tuple[float, str]]]:
    """Category labels along the axis; when they would not fit side by side, only every n-th is written."""
    step = max(1, math.ceil(sum(len(text) + 2 for text in labels) / LABEL_ROOM))
    major = [(float(i), text) for i, text in enumerate(labels) if i % step == 0]
    return [major, [(float(i), "") for i in range(len(labels)) if i % step]]


def _top(chart) -> float:
    """The biggest value (of the stacked totals for stacked bars)."""
    series = [[0.0 if v is None else float(v) for v in s.values] for s in chart.series]
    if chart.stacked:
        return max((sum(column) for column in zip(*series)), default=0.0)
    return max((v for values in series for v in values), default=0.0)


def _value_range(plot, chart) -> None:
    """From zero, with room above for the legend."""
    top = max(_top(chart), 1e-9) * (1.3 if len(chart.series) > 1 and not chart.horizontal else 1.08)
    categories = (-0.6, len(chart.categories) - 0.4)
    if chart.horizontal:
        plot.setXRange(0, top, padding=0)
        plot.setYRange(*categories, padding=0)
    else:
        plot.setYRange(0, top, padding=0)
        plot.setXRange(*categories, padding=0)


def _plot(chart, parent):
    import pyqtgraph as pg

    plot = pg.PlotWidget(parent, background="w")
    plot.setObjectName("report_chart")
    title = html.escape(chart.title) + (f"（{html.escape(chart.unit)}）" if chart.unit else "")
    plot.setTitle(title, color="#222222", size="10pt")
    plot.setMinimumHeight(HEIGHT)
    plot.setMenuEnabled(False)
    plot.setMouseEnabled(False, False)
    plot.hideButtons()
    for name in ("left", "bottom"):
        plot.getAxis(name).setPen(pg.mkPen("#888888"))
        plot.getAxis(name).setTextPen(pg.mkPen("#333333"))
    if len(chart.series) > 1 or chart.kind == "pie":
        columns = 1 if chart.kind == "pie" or chart.horizontal else min(len(chart.series), 5)
        corner = (-10, -10) if chart.horizontal else (-10, 5)  # rankings leave the bottom right free
        plot.addLegend(offset=corner, labelTextColor="#333333", brush=pg.mkBrush(255, 255, 255, 220),
                       colCount=columns)
    return plot


def _bars(plot, chart) -> None:
    import pyqtgraph as pg

    count = len(chart.categories)
    series = [_values(s.values) for s in chart.series]
    width = 0.8 if chart.stacked else 0.8 / max(len(series), 1)
    base = [0.0] * count
    for index, values in enumerate(series):
        clean = [0.0 if math.isnan(v) else v for v in values]
        offset = 0.0 if chart.stacked else (index - (len(series) - 1) / 2) * width
        positions = [i + offset for i in range(count)]
        brush = pg.mkBrush(color(index))
        if chart.horizontal:
            item = pg.BarGraphItem(x0=0, y=positions, height=width * 0.9, width=clean, brush=brush, pen=None,
                                   name=chart.series[index].name)
        else:
            item = pg.BarGraphItem(x=positions, height=clean, y0=base if chart.stacked else 0, width=width * 0.9,
                                   brush=brush, pen=None, name=chart.series[index].name)
        plot.addItem(item)
        if chart.stacked:
            base = [b + v for b, v in zip(base, clean)]
    labels = [str(c) for c in chart.categories]
    if chart.horizontal:
        plot.getAxis("left").setTicks([[(float(i), text) for i, text in enumerate(labels)]])
        plot.getViewBox().invertY(True)
    else:
        plot.getAxis("bottom").setTicks(_ticks(labels))


def _lines(plot, chart) -> None:
    import pyqtgraph as pg

    xs = list(range(len(chart.categories)))
    for index, series in enumerate(chart.series):
        pen = pg.mkPen(color(index), width=2)
        plot.plot(xs, _values(series.values), pen=pen, symbol="o", symbolSize=6, symbolBrush=color(index),
                  symbolPen=None, connect="finite", name=series.name)
    plot.getAxis("bottom").setTicks(_ticks([str(c) for c in chart.categories]))


def _pie(plot, chart) -> None:
    import pyqtgraph as pg

    values = _values(chart.series[0].values) if chart.series else []
    pairs = [(name, v) for name, v in zip(chart.categories, values) if not math.isnan(v) and v > 0]
    total = sum(v for _, v in pairs)
    start = 90 * 16
    for index, (name, value) in enumerate(pairs):
        span = -round(360 * 16 * value / total)
        slice_ = QGraphicsEllipseItem(-1, -1, 2, 2)
        slice_.setStartAngle(start)
        slice_.setSpanAngle(span)
        slice_.setBrush(QBrush(color(index)))
        slice_.setPen(QPen(QColor("white"), 0))
        plot.addItem(slice_)
        start += span
        sample = pg.BarGraphItem(x=[0], height=[0], width=0, brush=pg.mkBrush(color(index)), pen=None)
        plot.plotItem.legend.addItem(sample, f"{name}  {value:g}（{100 * value / total:.1f}%）")
    plot.setAspectLocked(True)
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    plot.getViewBox().setRange(xRange=(-1.1, 3.2), yRange=(-1.1, 1.1), padding=0)


class SvgChart(QWidget):
    """The PDF's own drawing of a chart (reportlab → SVG), painted on white to fit the widget: used where
    pyqtgraph cannot load, e.g. a bundle built without numpy or Qt's OpenGL modules."""

    def __init__(self, chart, parent: QWidget | None = None):
        super().__init__(parent)
        from PySide6.QtCore import QByteArray
        from PySide6.QtSvg import QSvgRenderer
        from reportlab.graphics import renderSVG

        from crdesk.pdf.charts import drawing
        from crdesk.pdf.fonts import FONT_NAME
        from crdesk.ui.app import BUNDLED_FAMILY

        self.setObjectName("report_chart_svg")
        svg = renderSVG.drawToString(drawing(chart, SVG_WIDTH, HEIGHT)).replace(FONT_NAME, BUNDLED_FAMILY)
        svg = _CLIP.sub("", svg)  # QtSvg paints reportlab's clip rectangle as a black box; the drawing fits anyway
        self.renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")), self)
        self.renderer.setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.setMinimumHeight(HEIGHT)

    def paintEvent(self, event) -> None:
        from PySide6.QtGui import QPainter

        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        self.renderer.render(painter, self.rect().toRectF())
        painter.end()


def chart_widget(chart, parent: QWidget | None = None) -> QWidget:
    try:
        import pyqtgraph  # noqa: F401 (loads numpy and Qt's OpenGL modules)
    except ImportError:
        return SvgChart(chart, parent)
    if not _has_data(chart):
        empty = QLabel(parent)
        empty.setText(f"{chart.title}\n\n{tr('reports', '本期无数据')}")
        empty.setTextFormat(Qt.TextFormat.PlainText)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty.setMinimumHeight(HEIGHT // 2)
        empty.setStyleSheet("color: #777777; border: 1px solid #dddddd; background: white;")
        return empty
    plot = _plot(chart, parent)
    {"bar": _bars, "line": _lines, "pie": _pie}[chart.kind](plot, chart)
    if chart.kind != "pie":
        _value_range(plot, chart)
    return plot
