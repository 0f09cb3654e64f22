"""Report charts drawn with reportlab's own chart module (``reportlab.graphics``): bar, line and pie.

:func:`drawing` turns a chart description — any object with ``kind`` (bar / line / pie), ``title``,
``categories``, ``series`` (each with ``name`` and ``values``, None for no value), ``unit``, ``stacked`` and
``horizontal``, i.e. :class:`crdesk.services.report_data.Chart` — into a ``Drawing``, which is a platypus
flowable: put it straight into a document's blocks. All text is in the bundled Chinese font (embedded);
drawing strings are not markup, so labels need no escaping, only :func:`crdesk.pdf.text.fit_line` to fit.
"""
from __future__ import annotations

from typing import Any, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from crdesk.pdf.fonts import font_name
from crdesk.pdf.text import fit_line

PALETTE = [colors.HexColor(c) for c in ("#2f6db5", "#e07b39", "#3c9d5d", "#c9453e", "#8a63b8", "#8c6d3f",
                                         "#d46aa7", "#7f7f7f", "#b5b83a", "#2bb3c0")]
FONT_SIZE = 7.5
TITLE_SIZE = 10
LEGEND_ROW = 11
PIE_LEGEND_SIZE = 6.5


def color(index: int):
    return PALETTE[index % len(PALETTE)]


def _values(values: Sequence[Any]) -> list[float | None]:
    return [None if v is None else float(v) for v in values]


def _label(text: Any, width: float) -> str:
    return fit_line(text, font_name(), FONT_SIZE, width, smallest=FONT_SIZE)[0]


def _title(drawing: Drawing, chart, width: float, height: float) -> None:
    title = chart.title + (f"    单位：{chart.unit}" if chart.unit else "")
    text, size = fit_line(title, font_name(), TITLE_SIZE, width - 8)
    drawing.add(String(width / 2, height - TITLE_SIZE - 2, text, fontName=font_name(), fontSize=size,
                       textAnchor="middle"))


def _legend(drawing: Drawing, items: list[tuple[Any, str]], x: float, y: float, columns: int,
            column_width: float, font_size: float = FONT_SIZE) -> None:
    legend = Legend()
    legend.x, legend.y = x, y
    legend.fontName, legend.fontSize = font_name(), font_size
    legend.boxAnchor = "nw"
    legend.alignment = "right"
    legend.columnMaximum = max(1, -(-len(items) // columns))
    legend.dx = legend.dy = 7
    legend.deltax = column_width
    legend.deltay = LEGEND_ROW
    legend.colorNamePairs = [(c, fit_line(name, font_name(), font_size, column_width - 14, font_size)[0])
                             for c, name in items]
    drawing.add(legend)


def _axis_fonts(chart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName, axis.labels.fontSize = font_name(), FONT_SIZE
    chart.valueAxis.forceZero = True
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")


def _no_data(drawing: Drawing, width: float, height: float) -> Drawing:
    drawing.add(String(width / 2, height / 2, "本期无数据", fontName=font_name(), fontSize=FONT_SIZE + 1,
                       textAnchor="middle", fillColor=colors.HexColor("#777777")))
    return drawing


def _has_data(chart) -> bool:
    return bool(chart.categories) and any(v not in (None, 0) for s in chart.series for v in s.values)


def _category_labels(chart, slot: float) -> tuple[list[str], int]:
    """Labels that fit under their bar group; turned 30° when they would collide."""
    names = [str(c) for c in chart.categories]
    if max((len(n) for n in names), default=0) * FONT_SIZE <= slot:
        return names, 0
    return [_label(n, 70) for n in names], 30


def _series_legend(drawing: Drawing, chart, width: float, legend_rows: int) -> None:
    if len(chart.series) > 1:
        columns = max(1, min(len(chart.series), 5))
        _legend(drawing, [(color(i), s.name) for i, s in enumerate(chart.series)], 8,
                8 + legend_rows * LEGEND_ROW, columns, (width - 16) / columns)


def _legend_rows(chart) -> int:
    return 0 if len(chart.series) <= 1 else -(-len(chart.series) // 5)


def _bar(chart, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    _title(drawing, chart, width, height)
    if not _has_data(chart):
        return _no_data(drawing, width, height)
    rows = _legend_rows(chart)
    bottom = 14 + rows * LEGEND_ROW
    if chart.horizontal:
        plot = HorizontalBarChart()
        left = min(width * 0.42, 8 + max(len(str(c)) for c in chart.categories) * FONT_SIZE)
        plot.x, plot.y, plot.width = left, bottom + 8, width - left - 16
        plot.height = height - bottom - TITLE_SIZE - 20
        names = [_label(c, left - 10) for c in chart.categories]
        plot.categoryAxis.reverseDirection = True  # the first (biggest) at the top
        angle = 0
    else:
        plot = VerticalBarChart()
        slot = (width - 60) / max(len(chart.categories), 1)
        names, angle = _category_labels(chart, slot)
        label_room = 34 if angle else 14
        plot.x, plot.y, plot.width = 44, bottom + label_room, width - 60
        plot.height = height - bottom - label_room - TITLE_SIZE - 14
    plot.data = [_values(s.values) for s in chart.series]
    plot.categoryAxis.categoryNames = names
    if angle:
        plot.categoryAxis.labels.angle = angle
        plot.categoryAxis.labels.boxAnchor = "ne"
    if chart.stacked:
        plot.categoryAxis.style = "stacked"
    for index in range(len(chart.series)):
        plot.bars[index].fillColor = color(index)
        plot.bars[index].strokeColor = None
    plot.barSpacing = 1
    plot.groupSpacing = 6
    _axis_fonts(plot)
    drawing.add(plot)
    _series_legend(drawing, chart, width, rows)
    return drawing


def _line(chart, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    _title(drawing, chart, width, height)
    if not _has_data(chart):
        return _no_data(drawing, width, height)
    rows = _legend_rows(chart)
    bottom = 14 + rows * LEGEND_ROW
    plot = HorizontalLineChart()
    slot = (width - 60) / max(len(chart.categories), 1)
    names, angle = _category_labels(chart, slot)
    label_room = 34 if angle else 14
    plot.x, plot.y, plot.width = 44, bottom + label_room, width - 60
    plot.height = height - bottom - label_room - TITLE_SIZE - 14
    plot.data = [_values(s.values) for s in chart.series]
    plot.categoryAxis.categoryNames = names
    if angle:
        plot.categoryAxis.labels.angle = angle
        plot.categoryAxis.labels.boxAnchor = "ne"
    plot.joinedLines = False  # per series below: a line needs two points (reportlab asserts it)
    for index, values in enumerate(plot.data):
        if sum(v is not None for v in values) >= 2:
            plot.lines[index].lineStyle = "joinedLine"
        plot.lines[index].strokeColor = color(index)
        plot.lines[index].strokeWidth = 1.6
        plot.lines[index].symbol = makeMarker("FilledCircle", size=3.5, fillColor=color(index),
                                              strokeColor=color(index))
    _axis_fonts(plot)
    drawing.add(plot)
    _series_legend(drawing, chart, width, rows)
    return drawing


def _pie(chart, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    _title(drawing, chart, width, height)
    values = _values(chart.series[0].values) if chart.series else []
    pairs = [(name, v) for name, v in zip(chart.categories, values) if v]
    if not pairs:
        return _no_data(drawing, width, height)
    total = sum(v for _, v in pairs)
    size = min(height - TITLE_SIZE - 24, width * 0.34)
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 16, (height - TITLE_SIZE - 8 - size) / 2, size, size
    pie.data = [v for _, v in pairs]
    pie.labels = None
    pie.sideLabels = False
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 0.8
    for index in range(len(pairs)):
        pie.slices[index].fillColor = color(index)
    drawing.add(pie)
    legend_x = 16 + size + 20
    items = [(color(i), f"{name}  {v:g}（{100 * v / total:.1f}%）") for i, (name, v) in enumerate(pairs)]
    _legend(drawing, items[:12], legend_x, pie.y + size, 1, width - legend_x - 8, PIE_LEGEND_SIZE)
    return drawing


def drawing(chart, width: float, height: float = 200) -> Drawing:
    """The chart as a flowable ``width`` × ``height`` points."""
    kinds = {"bar": _bar, "line": _line, "pie": _pie}
    if chart.kind not in kinds:
        raise ValueError(f"unknown chart kind {chart.kind!r}")
    result = kinds[chart.kind](chart, width, height)
    result.initialFontName = font_name()  # else the renderer starts in Helvetica, which is not embedded
    return result
