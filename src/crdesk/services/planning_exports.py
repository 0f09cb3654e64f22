"""Planning lists for ``crdesk export materials|production-plans|purchase-plans -o FILE``.

Each streams a page at a time (never the whole table at once): materials with their derived stock,
production plans one row per product line (plan beside actual), purchase plans one row per line with the
whole arithmetic.
"""
from __future__ import annotations

import peewee

from crdesk.db.models.catalog import Product
from crdesk.db.models.planning import (PackagingMaterial, ProductionActual, ProductionPlan, ProductionPlanLine,
                                       PurchasePlan, PurchasePlanLine)
from crdesk.services.exports import Table
from crdesk.services.paging import pages
from crdesk.services.plan_workflow import STATUS_LABELS, display_number, require_read
from crdesk.services.production_plans import WEEK_FIELDS
from crdesk.services.purchase_lines import received_by_line

PAGE = 500


def _plan(plan) -> list:
    return [display_number(plan.number, plan.revision), f"{plan.month:%Y-%m}", STATUS_LABELS.get(plan.status, plan.status)]


def materials(services) -> Table:
    def rows():
        for page in pages(lambda after: services.materials.page(active=None, after=after, limit=PAGE)):
            for r in page:
                yield [r.code, r.name, r.specification, r.unit, r.supplier, r.pack_size, r.min_order, r.unit_price,
                       r.safety_stock, r.stock, r.below_safety, r.active]

    return Table(["物料编号", "名称", "规格", "单位", "供应商", "包装量", "起订量", "单价", "安全库存", "库存",
                  "低于安全库存", "有效"], rows())


def _actual_totals(lines) -> dict[tuple, int]:
    """(month, product id) → actual quantity of the month, for the plan lines of one page."""
    months = {line.plan.month for line in lines}
    products = {line.product_id for line in lines}
    if not lines:
        return {}
    query = (ProductionActual.select(ProductionActual.month, ProductionActual.product,
                                     peewee.fn.SUM(ProductionActual.quantity))
             .where(ProductionActual.month.in_(list(months)) & ProductionActual.product.in_(list(products)))
             .group_by(ProductionActual.month, ProductionActual.product).tuples())
    return {(month, product): int(total or 0) for month, product, total in query}


def production_plans(services) -> Table:
    require_read(services.ctx)

    def rows():
        for plans in pages(lambda after: services.production_plans.page(after=after, limit=PAGE)):
            lines = list(ProductionPlanLine.select(ProductionPlanLine, ProductionPlan, Product)
                         .join(ProductionPlan).switch(ProductionPlanLine).join(Product)
                         .where(ProductionPlan.id.in_([p.id for p in plans]))
                         .order_by(ProductionPlan.month.desc(), ProductionPlan.id.desc(), Product.code))
            actual = _actual_totals(lines)
            for line in lines:
                weeks = [getattr(line, name) for name in WEEK_FIELDS]
                yield [*_plan(line.plan), line.product.code, line.product.name, *weeks, sum(weeks),
                       actual.get((line.plan.month, line.product_id), 0), line.plan.prepared_name,
                       line.plan.decided_name, line.plan.decided_at]

    return Table(["计划编号", "月份", "状态", "产品编号", "产品名称", "第1周", "第2周", "第3周", "第4周", "第5周",
                  "计划合计", "实际产量", "制表", "审批人", "审批时间"], rows())


def purchase_plans(services) -> Table:
    require_read(services.ctx)

    def rows():
        for plans in pages(lambda after: services.purchase_plans.page(after=after, limit=PAGE)):
            lines = list(PurchasePlanLine.select(PurchasePlanLine, PurchasePlan, PackagingMaterial)
                         .join(PurchasePlan).switch(PurchasePlanLine).join(PackagingMaterial)
                         .where(PurchasePlan.id.in_([p.id for p in plans]))
                         .order_by(PurchasePlan.month.desc(), PurchasePlan.id.desc(), PackagingMaterial.code))
            received = received_by_line([line.id for line in lines])
            for line in lines:
                yield [*_plan(line.plan), line.material.code, line.material.name, line.required, line.stock,
                       line.on_order, line.safety_stock, line.net, line.pack_size, line.min_order, line.proposed,
                       line.quantity, line.adjust_reason, line.unit_price, line.amount, line.supplier,
                       line.needed_by, received.get(line.id, 0)]

    return Table(["计划编号", "月份", "状态", "物料编号", "物料名称", "需求量", "库存", "在途", "安全库存", "净需求",
                  "包装量", "起订量", "建议采购", "采购数量", "调整原因", "单价", "金额", "供应商", "需用日期",
                  "已到货"], rows())
