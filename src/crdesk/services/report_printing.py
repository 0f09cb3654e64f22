"""The monthly department report (客服中心月报) as PDF: every report of :mod:`crdesk.services.reports`
for the month, formatted for paper (``crdesk print monthly-report 2026-03 -o 月报.pdf``)."""
from __future__ import annotations

from crdesk.db import months
from crdesk.services.report_data import Report, ReportTable, text

# The month at a glance: (report, key figure of that report, label on the summary).
SUMMARY = [
    ("complaints", "本月受理", "投诉受理（件）"), ("complaints", "环比", "投诉环比"),
    ("complaints", "回访满意率", "投诉回访满意率"), ("satisfaction", "本月综合均分", "满意度综合均分"),
    ("satisfaction", "本月满意率", "满意率（4 分及以上）"), ("surveys", "调查份数", "满意度调查（份）"),
    ("deliveries", "准时率", "配送准时率"), ("deliveries", "未送达", "未送达（单）"),
    ("vehicle-costs", "每公里成本", "车辆每公里成本"), ("plans", "产量完成率", "生产计划完成率"),
    ("plans", "到货完成率", "包装物到货率"),
]


def _cell(value, column: int, table: ReportTable) -> str:
    if column < table.numeric_from or isinstance(value, str):
        return "" if value is None else str(value)
    return text(value)


def table_block(table: ReportTable):
    from crdesk.pdf.document import TableBlock
    from crdesk.pdf.monthly_report import columns

    rows = [[_cell(v, i, table) for i, v in enumerate(row)] for row in table.rows]
    return TableBlock(columns(table.headers, table.widths, table.numeric_from), rows, title=table.title,
                      empty_text="本期无数据")


def summary(reports: list[Report]) -> list[tuple[str, str]]:
    by_name = {r.name: dict(r.figures) for r in reports}
    found = [(label, by_name[name][figure]) for name, figure, label in SUMMARY
             if figure in by_name.get(name, {})]
    hot = next((r.extra.get("top") for r in reports if r.name == "hot-issues"), None)
    if hot:
        found.append(("热点问题", "、".join(hot)))
    return found


def monthly_data(services, month):
    from crdesk.pdf.monthly_report import MonthlyReport, Section

    reports = services.reports.monthly(month)
    first = reports[0].month
    sections = [Section(r.title, r.period, r.figures, r.charts, [table_block(t) for t in r.tables], r.note)
                for r in reports]
    return MonthlyReport(number=f"YB{months.key_of(first)}", month=months.chinese(first), summary=summary(reports),
                         sections=sections, prepared_by=services.actor.display_name,
                         printed_on=services.ctx.today().isoformat(), author=services.actor.display_name)


def monthly_report(services, month: str) -> bytes:
    """DOCUMENTS["monthly-report"]: the PDF of the month ``YYYY-MM`` (REPORTS_READ)."""
    from crdesk.pdf.document import Company
    from crdesk.pdf.monthly_report import render

    return render(monthly_data(services, month), Company.from_settings(services.settings.all()))
