"""Delivery report (配送准时率): per month the deliveries finished, delivered, on time and failed, and the
month's failed deliveries by reason. Counted by the order's requested date, in GROUP BY queries.

On time (准时): delivered or partly delivered at the first attempt, with the receipt signed on or before
the requested date. Failed (未送达): the order failed at least once (it keeps its failure reason when it is
rescheduled).
"""
from __future__ import annotations

import datetime as dt

import peewee

from crdesk.db import months
from crdesk.db.models.deliveries import DeliveryOrder, DeliverySlip
from crdesk.services.context import Context
from crdesk.services.report_data import Chart, Report, ReportTable, Series, number, percent, ratio, text

fn = peewee.fn
TREND_MONTHS = 12
DELIVERED = ("delivered", "partial")


def _flag(condition):
    return fn.SUM(peewee.Case(None, [(condition, 1)], 0))


def by_month(first: dt.date, last: dt.date) -> dict[int, tuple[int, int, int, int]]:
    """{YYYYMM: (finished, delivered, on time, failed)}."""
    start, end = months.date_bounds(first, last)
    delivered = DeliveryOrder.status.in_(DELIVERED)
    signed_in_time = fn.DATE(DeliverySlip.signed_at) <= DeliveryOrder.requested_date
    on_time = delivered & (DeliveryOrder.attempt == 1) & signed_in_time
    failed = DeliveryOrder.failure_reason != ""
    key = months.month_key(DeliveryOrder.requested_date)
    query = (DeliveryOrder.select(key, fn.COUNT(DeliveryOrder.id), _flag(delivered), _flag(on_time), _flag(failed))
             .join(DeliverySlip, peewee.JOIN.LEFT_OUTER,
                   on=(DeliverySlip.order == DeliveryOrder.id) & (DeliverySlip.status == "signed"))
             .where(DeliveryOrder.requested_date.between(start, end)
                    & (DeliveryOrder.status.in_(DELIVERED + ("failed",)) | failed))
             .group_by(key).tuples())
    return {int(m): (int(n), int(number(d) or 0), int(number(o) or 0), int(number(f) or 0))
            for m, n, d, o, f in query}


def reasons(month: dt.date) -> list[list]:
    """[reason, failed deliveries, share %] of the month, most frequent first."""
    start, end = months.date_bounds(month)
    count = fn.COUNT(DeliveryOrder.id)
    query = (DeliveryOrder.select(DeliveryOrder.failure_reason, count)
             .where(DeliveryOrder.requested_date.between(start, end) & (DeliveryOrder.failure_reason != ""))
             .group_by(DeliveryOrder.failure_reason).tuples())
    found = sorted(((reason, int(n)) for reason, n in query), key=lambda r: (-r[1], r[0]))
    total = sum(n for _, n in found)
    return [[reason, n, ratio(n, total)] for reason, n in found]


def deliveries_report(ctx: Context, month: dt.date) -> Report:
    span = months.window(month, TREND_MONTHS)
    labels, keys = [months.label(m) for m in span], [months.key_of(m) for m in span]
    counts = by_month(span[0], span[-1])
    rows = []
    for label, key in zip(labels, keys):
        finished, delivered, on_time, failed = counts.get(key, (0, 0, 0, 0))
        rows.append([label, finished, delivered, on_time, ratio(on_time, delivered), failed])
    current = rows[-1]
    why = reasons(month)
    return Report(
        "deliveries", "配送准时率与未送达原因", month, f"{labels[0]} 至 {labels[-1]}",
        figures=[("本月完成配送", text(current[1])), ("送达", text(current[2])), ("准时送达", text(current[3])),
                 ("准时率", percent(current[4])), ("未送达", text(current[5])),
                 ("首要原因", why[0][0] if why else "—")],
        charts=[Chart("line", "准时率趋势", labels, [Series("准时率", [r[4] for r in rows])], "%"),
                Chart("bar", "送达与未送达", labels, [Series("送达", [r[2] for r in rows]),
                                                    Series("未送达", [r[5] for r in rows])], "单"),
                Chart("pie", f"{months.chinese(month)}未送达原因", [r[0] for r in why],
                      [Series("未送达", [r[1] for r in why])], "单")],
        tables=[ReportTable("各月配送情况", ["月份", "完成配送", "送达", "准时送达", "准时率 %", "未送达"], rows,
                            [1.3, 1, 1, 1, 1, 1]),
                ReportTable(f"{months.chinese(month)}未送达原因", ["原因", "次数", "占比 %"], why, [4, 1, 1])],
        note="按要求送货日期统计。准时：首次配送即送达且签收日期不晚于要求日期；准时率 = 准时送达 ÷ 送达。"
             "未送达：配送失败过的送货任务（改期后仍计入）。",
        extra={"on_time_rate": current[4], "failed": current[5]})
