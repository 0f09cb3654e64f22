"""Complaint reports: complaints by category and month with the trend (投诉分类统计), and the hot-issue
ranking (热点问题排行) of the month. Every figure is one GROUP BY query over the month range."""
from __future__ import annotations

import datetime as dt

import peewee

from crdesk.db import months
from crdesk.db.models.catalog import Product
from crdesk.db.models.complaints import Complaint
from crdesk.services.context import Context
from crdesk.services.report_data import Chart, Report, ReportTable, Series, number, percent, ratio, text

fn = peewee.fn
TREND_MONTHS = 12
HOT_ISSUES = 10


def _in_months(field, first: dt.date, last: dt.date | None = None):
    start, end = months.bounds(first, last)
    return (field >= start) & (field < end)


def counts_by_month(first: dt.date, last: dt.date) -> dict[tuple[int, str], int]:
    """{(YYYYMM, category): complaints received}."""
    key = months.month_key(Complaint.received_at)
    query = (Complaint.select(key, Complaint.category, fn.COUNT(Complaint.id))
             .where(_in_months(Complaint.received_at, first, last))
             .group_by(key, Complaint.category).tuples())
    return {(int(m), category): int(n) for m, category, n in query}


def _count(condition) -> int:
    return Complaint.select(fn.COUNT(Complaint.id)).where(condition).scalar() or 0


def month_figures(month: dt.date) -> dict[str, float | int | None]:
    """Received, resolved and called back in the month; satisfied share of the callbacks."""
    previous = months.add_months(month, -1)
    callbacks = _count(_in_months(Complaint.callback_at, month))
    satisfied = _count(_in_months(Complaint.callback_at, month) & (Complaint.callback_outcome == "satisfied"))
    received = _count(_in_months(Complaint.received_at, month))
    before = _count(_in_months(Complaint.received_at, previous))
    return {"received": received, "previous": before, "change": ratio(received - before, before),
            "resolved": _count(_in_months(Complaint.resolved_at, month)), "callbacks": callbacks,
            "satisfied_rate": ratio(satisfied, callbacks)}


def complaints_report(ctx: Context, month: dt.date) -> Report:
    span = months.window(month, TREND_MONTHS)
    counts = counts_by_month(span[0], span[-1])
    totals: dict[str, int] = {}
    for (_, category), n in counts.items():
        totals[category] = totals.get(category, 0) + n
    categories = sorted(totals, key=lambda c: (-totals[c], c))
    labels = [months.label(m) for m in span]
    keys = [months.key_of(m) for m in span]
    per_month = [sum(counts.get((k, c), 0) for c in categories) for k in keys]
    rows = [[c] + [counts.get((k, c), 0) for k in keys] + [totals[c]] for c in categories]
    rows.append(["合计"] + per_month + [sum(per_month)])
    figures = month_figures(month)
    this_month = [(c, counts.get((keys[-1], c), 0)) for c in categories if counts.get((keys[-1], c), 0)]
    return Report(
        "complaints", "投诉分类统计", month, f"{labels[0]} 至 {labels[-1]}",
        figures=[("本月受理", text(figures["received"])), ("上月受理", text(figures["previous"])),
                 ("环比", percent(figures["change"])), ("本月处理完毕", text(figures["resolved"])),
                 ("本月回访", text(figures["callbacks"])), ("回访满意率", percent(figures["satisfied_rate"]))],
        charts=[Chart("bar", "各类投诉按月分布", labels, [Series(c, [counts.get((k, c), 0) for k in keys])
                                                      for c in categories], "件", stacked=True),
                Chart("line", "投诉总量趋势", labels, [Series("投诉总量", per_month)], "件"),
                Chart("pie", f"{months.chinese(month)}投诉类别构成", [c for c, _ in this_month],
                      [Series("投诉", [n for _, n in this_month])], "件")],
        tables=[ReportTable("各类投诉按月统计（件）", ["类别"] + labels + ["合计"], rows,
                            [2.2] + [1] * len(labels) + [1.2])],
        note="按受理时间统计；环比 = (本月 − 上月) ÷ 上月。",
        extra=figures)


def _ranking(month: dt.date) -> list[tuple]:
    """(category, product id, product label, complaints, of which 重大) for the month, most first.

    The groups of one month are few (categories × products), so the ranking and its ties are settled here,
    the same on every backend (Chinese collations differ between them)."""
    major = fn.SUM(peewee.Case(None, [(Complaint.severity == "major", 1)], 0))
    query = (Complaint.select(Complaint.category, Complaint.product, Product.code, Product.name,
                              fn.COUNT(Complaint.id), major)
             .join(Product, peewee.JOIN.LEFT_OUTER, on=(Complaint.product == Product.id))
             .where(_in_months(Complaint.received_at, month))
             .group_by(Complaint.category, Complaint.product, Product.code, Product.name))
    found = [(category, product_id, " ".join(p for p in (code, name) if p) or "（未指明产品）", int(n),
              int(number(m) or 0)) for category, product_id, code, name, n, m in query.tuples()]
    return sorted(found, key=lambda r: (-r[3], r[0], r[2]))


def hot_issues_report(ctx: Context, month: dt.date) -> Report:
    ranking = _ranking(month)[:HOT_ISSUES]
    before = {(c, p): n for c, p, _, n, _ in _ranking(months.add_months(month, -1))}
    rows = []
    for rank, (category, product_id, product, n, major) in enumerate(ranking, start=1):
        previous = before.get((category, product_id), 0)
        rows.append([rank, category, product, n, previous, n - previous, major])
    labels = [f"{r[1]} · {r[2]}" for r in rows]
    total = _count(_in_months(Complaint.received_at, month))
    top_share = ratio(sum(r[3] for r in rows[:3]), total)
    return Report(
        "hot-issues", "热点问题排行", month, months.chinese(month),
        figures=[("本月投诉", text(total)), ("热点问题数", text(len(rows))),
                 ("前三位占比", percent(top_share)), ("其中重大", text(sum(r[6] for r in rows)))],
        charts=[Chart("bar", "热点问题（按投诉件数）", labels, [Series("本月投诉", [r[3] for r in rows])], "件",
                      horizontal=True)],
        tables=[ReportTable(f"热点问题前 {HOT_ISSUES} 位", ["排名", "类别", "产品", "本月件数", "上月件数", "增减",
                                                          "其中重大"], rows, [0.7, 1.6, 3.2, 1, 1, 0.8, 1],
                            numeric_from=3)],
        note="同一类别、同一产品的投诉归为一个问题，按本月件数排序；增减与上月同一问题相比。",
        extra={"top": labels[:3]})
