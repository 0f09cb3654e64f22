"""The manager's reports (报表): one registry, one permission (REPORTS_READ), a month to report on.

``REPORTS`` maps a report's key to its title and builder (``"module:function"``, called with the context and
the month's first day, returning a :class:`crdesk.services.report_data.Report`). The screen, the monthly
department report (客服中心月报, ``monthly``) and ``crdesk export report NAME --month YYYY-MM`` all use it.
Builders aggregate in SQL with GROUP BY; month buckets come from :mod:`crdesk.db.months`.
"""
from __future__ import annotations

import datetime as dt
import importlib

from crdesk.db import months
from crdesk.services import permissions as P
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError
from crdesk.services.report_data import Report

# key -> (title, "module:function"); in the order of the monthly report.
REPORTS: dict[str, tuple[str, str]] = {
    "complaints": ("投诉分类统计", "crdesk.services.report_complaints:complaints_report"),
    "hot-issues": ("热点问题排行", "crdesk.services.report_complaints:hot_issues_report"),
    "satisfaction": ("满意度趋势", "crdesk.services.report_satisfaction:satisfaction_report"),
    "surveys": ("满意度调查结果", "crdesk.services.report_satisfaction:surveys_report"),
    "deliveries": ("配送准时率", "crdesk.services.report_deliveries:deliveries_report"),
    "vehicle-costs": ("车辆每公里成本", "crdesk.services.report_fleet:vehicle_costs_report"),
    "plans": ("计划执行情况", "crdesk.services.report_plans:plans_report"),
}


def parse_month(value: str | dt.date) -> dt.date:
    """'2026-03' (or a date) → 2026-03-01; a bad text is a ValidationError on ``month``."""
    if isinstance(value, dt.date):
        return months.first_of(value)
    month = months.parse(value)
    if month is None:
        raise ValidationError("month", "invalid_month")
    return month


def _builder(name: str):
    if name not in REPORTS:
        raise ValidationError("name", "unknown_report", name=name, choices="、".join(REPORTS))
    module, function = REPORTS[name][1].split(":")
    return getattr(importlib.import_module(module), function)


class ReportService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def names(self) -> list[tuple[str, str]]:
        """(key, title) of every report, in order (for the report list and the CLI's help)."""
        self.ctx.require(P.REPORTS_READ)
        return [(name, title) for name, (title, _) in REPORTS.items()]

    def default_month(self) -> dt.date:
        """The month a report opens on: the current one."""
        return months.first_of(self.ctx.today())

    def build(self, name: str, month: str | dt.date) -> Report:
        self.ctx.require(P.REPORTS_READ)
        builder = _builder(name)
        return builder(self.ctx, parse_month(month))

    def monthly(self, month: str | dt.date) -> list[Report]:
        """Every report for the month: the content of the monthly department report."""
        self.ctx.require(P.REPORTS_READ)
        first = parse_month(month)
        return [_builder(name)(self.ctx, first) for name in REPORTS]
