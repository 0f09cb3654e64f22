"""Plan against actual (计划执行情况): the month's production plan against actual production per product,
its packaging purchase plan against what was received per material, and twelve months of planned against
actual production. The plan of a month is its approved one; without one, the newest live revision (its
status is shown). Quantities are summed in SQL (GROUP BY product, material line, month)."""
from __future__ import annotations

import datetime as dt

import peewee

from crdesk.db import months
from crdesk.db.models.catalog import Product
from crdesk.db.models.planning import (PackagingMaterial, ProductionActual, ProductionPlan, ProductionPlanLine,
                                       PurchasePlan, PurchasePlanLine, StockMovement)
from crdesk.services.context import Context
from crdesk.services.report_data import Chart, Report, ReportTable, Series, number, percent, ratio, text

fn = peewee.fn
TREND_MONTHS = 12
CHART_TOP = 10  # bars of the biggest products and materials; the tables list all
STATUS_LABELS = {"draft": "草稿", "submitted": "待审批", "approved": "已批准", "rejected": "已驳回"}
L = ProductionPlanLine
WEEKS = L.week1 + L.week2 + L.week3 + L.week4 + L.week5


def plan_for(model, month: dt.date):
    """The month's approved plan, else its newest draft or submitted revision, else None."""
    base = model.select().where(model.month == month)
    return (base.where(model.status == "approved").order_by(model.revision.desc()).first()
            or base.where(model.status.in_(("draft", "submitted"))).order_by(model.revision.desc()).first())


def production_rows(month: dt.date) -> tuple[list[list], object]:
    """[product, planned, actual, difference, completion %] per product, and the plan used."""
    plan = plan_for(ProductionPlan, month)
    planned = {}
    if plan is not None:
        planned = dict(L.select(L.product, fn.SUM(WEEKS)).where(L.plan == plan.id).group_by(L.product).tuples())
    actual = dict(ProductionActual.select(ProductionActual.product, fn.SUM(ProductionActual.quantity))
                  .where(ProductionActual.month == month).group_by(ProductionActual.product).tuples())
    ids = set(planned) | set(actual)
    names = {p.id: f"{p.code} {p.name}" for p in Product.select().where(Product.id.in_(ids or {0}))}
    rows = []
    for product_id in sorted(ids, key=lambda i: names.get(i, "")):
        want, got = int(number(planned.get(product_id)) or 0), int(number(actual.get(product_id)) or 0)
        rows.append([names.get(product_id, str(product_id)), want, got, got - want, ratio(got, want)])
    return rows, plan


def packaging_rows(month: dt.date) -> tuple[list[list], object]:
    """[material, unit, to buy, received, completion %] per line of the month's purchase plan."""
    plan = plan_for(PurchasePlan, month)
    if plan is None:
        return [], None
    P, M, S = PurchasePlanLine, PackagingMaterial, StockMovement
    query = (P.select(M.code, M.name, M.unit, P.quantity, fn.SUM(S.quantity))
             .join(M, on=(P.material == M.id))
             .join(S, peewee.JOIN.LEFT_OUTER, on=(S.purchase_line == P.id) & (S.kind == "receipt"))
             .where(P.plan == plan.id).group_by(P.id, M.code, M.name, M.unit, P.quantity).order_by(M.code).tuples())
    rows = [[f"{code} {name}", unit, number(quantity), number(received) or 0, ratio(number(received) or 0,
                                                                                     number(quantity))]
            for code, name, unit, quantity, received in query]
    return rows, plan


def production_trend(first: dt.date, last: dt.date) -> tuple[dict, dict]:
    """({month: planned}, {month: actual}) over the months, approved plans only."""
    planned = dict(L.select(ProductionPlan.month, fn.SUM(WEEKS)).join(ProductionPlan)
                   .where(ProductionPlan.month.between(first, last) & (ProductionPlan.status == "approved"))
                   .group_by(ProductionPlan.month).tuples())
    actual = dict(ProductionActual.select(ProductionActual.month, fn.SUM(ProductionActual.quantity))
                  .where(ProductionActual.month.between(first, last)).group_by(ProductionActual.month).tuples())
    return ({_as_date(k): int(number(v) or 0) for k, v in planned.items()},
            {_as_date(k): int(number(v) or 0) for k, v in actual.items()})


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _plan_label(plan) -> str:
    if plan is None:
        return "无计划"
    revision = f"-R{plan.revision}" if plan.revision else ""
    return f"{plan.number}{revision}（{STATUS_LABELS.get(plan.status, plan.status)}）"


def plans_report(ctx: Context, month: dt.date) -> Report:
    production, plan = production_rows(month)
    packaging, purchase = packaging_rows(month)
    span = months.window(month, TREND_MONTHS)
    planned, actual = production_trend(span[0], span[-1])
    want, got = sum(r[1] for r in production), sum(r[2] for r in production)
    bought = sum(r[2] or 0 for r in packaging)
    received = sum(r[3] or 0 for r in packaging)
    labels = [months.label(m) for m in span]
    top_products = sorted(production, key=lambda r: -r[1])[:CHART_TOP]
    top_materials = sorted(packaging, key=lambda r: -(r[2] or 0))[:CHART_TOP]
    return Report(
        "plans", "生产与包装物计划执行情况", month, months.chinese(month),
        figures=[("生产计划", _plan_label(plan)), ("计划产量", text(want)), ("实际产量", text(got)),
                 ("产量完成率", percent(ratio(got, want))), ("采购计划", _plan_label(purchase)),
                 ("到货完成率", percent(ratio(received, bought)))],
        charts=[Chart("bar", f"计划产量前 {CHART_TOP} 位产品的计划与实际", [r[0] for r in top_products],
                      [Series("计划", [r[1] for r in top_products]), Series("实际", [r[2] for r in top_products])],
                      "箱", horizontal=True),
                Chart("bar", f"采购量前 {CHART_TOP} 位包装物的计划与到货", [r[0] for r in top_materials],
                      [Series("计划采购", [r[2] for r in top_materials]),
                       Series("已到货", [r[3] for r in top_materials])], horizontal=True),
                Chart("line", "月度计划与实际产量", labels, [Series("计划", [planned.get(m) for m in span]),
                                                         Series("实际", [actual.get(m) for m in span])], "箱")],
        tables=[ReportTable("生产计划执行", ["产品", "计划产量", "实际产量", "差异", "完成率 %"], production,
                            [3, 1, 1, 1, 1]),
                ReportTable("包装物采购执行", ["包装物", "单位", "计划采购", "已到货", "到货率 %"], packaging,
                            [3, 0.7, 1, 1, 1], numeric_from=2)],
        note="生产计划取本月已批准的版本（无则取最新的草稿或待审批版本）；实际产量按周填报汇总；"
             "已到货为该采购计划各行的入库数量之和。",
        extra={"completion": ratio(got, want), "received": ratio(received, bought)})
