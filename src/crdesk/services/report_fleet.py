"""Vehicle cost report (车辆费用): cost per km for each vehicle in the month (fuel + maintenance over the
trip kilometres) and the fleet's cost per km month by month. The sums come from the fleet area's GROUP BY
queries (``FleetReportService.vehicle_costs``); here they are only arranged."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from crdesk.db import months
from crdesk.services.context import Context
from crdesk.services.fleet_reports import FleetReportService
from crdesk.services.report_data import Chart, Report, ReportTable, Series, number, text

TREND_MONTHS = 12


def _per_km(cost, km) -> float | None:
    return round(float(cost) / km, 2) if km else None


def _per_100(litres, km) -> float | None:
    return round(100 * float(litres) / km, 1) if km else None


def fleet_by_month(ctx: Context, first: dt.date, last: dt.date) -> dict[str, tuple[int, Decimal]]:
    """{'YYYY-MM': (km, fuel + maintenance cost)} for the whole fleet."""
    start, end = months.date_bounds(first, last)
    totals: dict[str, tuple[int, Decimal]] = {}
    for row in FleetReportService(ctx).vehicle_costs(start, end, by_month=True):
        km, cost = totals.get(row.month, (0, Decimal(0)))
        totals[row.month] = (km + row.km, cost + row.total)
    return totals


def vehicle_costs_report(ctx: Context, month: dt.date) -> Report:
    start, end = months.date_bounds(month)
    vehicles = FleetReportService(ctx).vehicle_costs(start, end)
    rows = [[v.plate, v.km, number(v.litres), _per_100(v.litres, v.km), number(v.fuel_cost),
             number(v.maintenance_cost), number(v.total), _per_km(v.total, v.km)] for v in vehicles]
    km = sum(v.km for v in vehicles)
    cost = sum((v.total for v in vehicles), Decimal(0))
    if rows:
        rows.append(["合计", km, number(sum((v.litres for v in vehicles), Decimal(0))),
                     _per_100(sum((v.litres for v in vehicles), Decimal(0)), km),
                     number(sum((v.fuel_cost for v in vehicles), Decimal(0))),
                     number(sum((v.maintenance_cost for v in vehicles), Decimal(0))), number(cost), _per_km(cost, km)])
    span = months.window(month, TREND_MONTHS)
    labels = [months.label(m) for m in span]
    trend = fleet_by_month(ctx, span[0], span[-1])
    per_km = [_per_km(trend[m][1], trend[m][0]) if m in trend else None for m in labels]
    ranked = [r for r in rows[:-1] if r[7] is not None]
    return Report(
        "vehicle-costs", "车辆费用（每公里成本）", month, months.chinese(month),
        figures=[("本月行驶", f"{km:,} 公里"), ("本月费用", f"{float(cost):,.2f} 元"),
                 ("每公里成本", text(_per_km(cost, km)) + " 元"), ("在用车辆", text(len(vehicles)))],
        charts=[Chart("bar", "各车每公里成本", [r[0] for r in ranked], [Series("元/公里", [r[7] for r in ranked])],
                      "元/公里"),
                Chart("line", "车队每公里成本趋势", labels, [Series("元/公里", per_km)], "元/公里")],
        tables=[ReportTable(f"{months.chinese(month)}各车费用", ["车牌", "里程(公里)", "加油(升)", "百公里油耗",
                                                                 "燃油费(元)", "保养维修(元)", "合计(元)", "元/公里"],
                            rows, [1.4, 1, 1, 1, 1.1, 1.1, 1.1, 0.9])],
        note="里程取行车记录（收车 − 出车读数）之和；费用 = 加油金额 + 保养维修费用（含年检、保险）。",
        extra={"cost_per_km": _per_km(cost, km), "km": km})
