"""What a report is, for the screen, the PDF and the spreadsheet alike: plain data, no Qt, no reportlab.

A :class:`Report` has key figures, charts and tables. A :class:`Chart` is a kind (bar, line, pie), category
labels along its axis and one or more named series of numbers (None where there is no value, e.g. an average
over no answers). Numbers stay numbers (int, float) so a spreadsheet can sum them; the screen and the PDF
format them.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Sequence

CHART_KINDS = ("bar", "line", "pie")


@dataclass(frozen=True)
class Series:
    name: str
    values: Sequence[float | None]


@dataclass(frozen=True)
class Chart:
    kind: str  # bar / line / pie (a pie uses the first series)
    title: str
    categories: Sequence[str]
    series: Sequence[Series]
    unit: str = ""  # shown on the value axis, e.g. 件 / 分 / % / 元/公里
    stacked: bool = False  # bars of several series on top of each other
    horizontal: bool = False  # bars along the value axis (rankings with long labels)


@dataclass(frozen=True)
class ReportTable:
    title: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Any]]
    widths: Sequence[float] = ()  # relative column widths for the PDF; empty: equal
    numeric_from: int = 1  # columns from this index on are figures (right-aligned)


@dataclass(frozen=True)
class Report:
    name: str  # the key: complaints, hot-issues …
    title: str  # Chinese title
    month: dt.date  # the month reported on (first day)
    period: str  # "2026年03月" or "2025-04 至 2026-03"
    figures: Sequence[tuple[str, str]] = ()  # key figures: (label, formatted value)
    charts: Sequence[Chart] = ()
    tables: Sequence[ReportTable] = ()
    note: str = ""  # how the figures are counted
    extra: dict = field(default_factory=dict)  # raw figures other reports (the monthly summary) reuse


def number(value: Any) -> float | int | None:
    """A database aggregate as a plain number (Decimal and numeric strings included; None stays None)."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, (Decimal, float, str)):
        result = round(float(value), 6)  # SQLite sums decimals as binary floats: 3138.7400000000002
        return int(result) if result.is_integer() and not isinstance(value, float) else result
    return value


def ratio(part: float | int | None, whole: float | int | None, digits: int = 1) -> float | None:
    """part / whole in per cent, rounded; None when whole is 0."""
    if not whole or part is None:
        return None
    return round(100.0 * float(part) / float(whole), digits)


def mean(total: float | int | None, count: int | None, digits: int = 2) -> float | None:
    if not count or total is None:
        return None
    return round(float(total) / count, digits)


def text(value: Any, digits: int = 2) -> str:
    """A figure as printed in a table cell or a key figure."""
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return str(value)


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"
