"""Purchase-plan lines: the inputs of their arithmetic read from the database, and edits with a reason."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee

from crdesk.db.models.planning import (BomLine, PackagingMaterial, ProductionPlan, ProductionPlanLine, PurchasePlan,
                                       PurchasePlanLine, StockMovement)
from crdesk.services import planning_math as pm
from crdesk.services import records
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError
from crdesk.services.materials import number, stock_of
from crdesk.services.production_plans import WEEK_FIELDS


@dataclass(frozen=True)
class LineEdit:
    """A change to one line of a draft; ``reason`` is required when the quantity differs from the proposal."""
    line_id: int
    quantity: Decimal
    reason: str = ""
    supplier: str | None = None  # None keeps the current supplier
    needed_by: dt.date | None = None  # None keeps the current date


def received_by_line(line_ids: list[int]) -> dict[int, Decimal]:
    if not line_ids:
        return {}
    query = (StockMovement.select(StockMovement.purchase_line, peewee.fn.SUM(StockMovement.quantity))
             .where(StockMovement.purchase_line.in_(line_ids)).group_by(StockMovement.purchase_line).tuples())
    return {line_id: pm.qty(total) for line_id, total in query}


def open_orders(material_ids: list[int], exclude_number: str | None = None) -> dict[int, Decimal]:
    """Approved, not yet received quantities per material (a plan family being regenerated excluded)."""
    if not material_ids:
        return {}
    got = (StockMovement.select(StockMovement.purchase_line, peewee.fn.SUM(StockMovement.quantity).alias("got"))
           .where(StockMovement.purchase_line.is_null(False)).group_by(StockMovement.purchase_line).alias("got"))
    query = (PurchasePlanLine.select(PurchasePlanLine.material, PurchasePlanLine.quantity, got.c.got)
             .join(PurchasePlan).switch(PurchasePlanLine)
             .join(got, peewee.JOIN.LEFT_OUTER, on=(got.c.purchase_line_id == PurchasePlanLine.id))
             .where((PurchasePlan.status == "approved") & PurchasePlanLine.material.in_(material_ids)))
    if exclude_number:
        query = query.where(PurchasePlan.number != exclude_number)
    totals: dict[int, Decimal] = {}
    for material_id, quantity, received in query.tuples():
        outstanding = max(pm.ZERO, pm.dec(quantity) - pm.dec(received))
        totals[material_id] = pm.qty(totals.get(material_id, pm.ZERO) + outstanding)
    return totals


def compute(source: ProductionPlan, exclude_number: str | None = None) -> list[pm.PurchaseLine]:
    """The purchase arithmetic for a production plan, from its lines, the BOMs, stock and open purchases."""
    needs = [pm.ProductionNeed(row.product_id, tuple(getattr(row, name) for name in WEEK_FIELDS))
             for row in ProductionPlanLine.select().where(ProductionPlanLine.plan == source.id)]
    product_ids = [need.product_id for need in needs]
    bom = [pm.BomUse(row.product_id, row.material_id, row.per_unit, row.scrap_pct)
           for row in BomLine.select().where(BomLine.product.in_(product_ids))] if product_ids else []
    material_ids = sorted({use.material_id for use in bom})
    stock, on_order = stock_of(material_ids), open_orders(material_ids, exclude_number)
    terms = {m.id: pm.MaterialTerms(m.id, stock[m.id], on_order.get(m.id, pm.ZERO), m.safety_stock, m.pack_size,
                                    m.min_order, m.unit_price)
             for m in PackagingMaterial.select().where(PackagingMaterial.id.in_(material_ids))} if material_ids else {}
    return pm.purchase_lines(needs, bom, terms)


def _validate(edits: list[LineEdit], lines: dict[int, PurchasePlanLine]) -> None:
    errors: v.Errors = []
    for index, edit in enumerate(edits):
        line = lines.get(edit.line_id)
        if line is None:
            errors.append((f"lines.{index}.material", "not_in_plan", {}))
            continue
        quantity = number(errors, f"lines.{index}.quantity", edit.quantity)
        if quantity != line.proposed and not edit.reason.strip():
            errors.append((f"lines.{index}.reason", "required", {}))
        v.length(errors, f"lines.{index}.reason", edit.reason, v.LINE_MAX)
        v.length(errors, f"lines.{index}.supplier", edit.supplier or "", v.NAME_MAX)
    if errors:
        raise ValidationError.of(errors)


def apply_edits(ctx: Context, plan_id: int, edits: list[LineEdit]) -> None:
    """Write the edited lines (audited with their reason); the caller has checked the plan is a draft."""
    lines = {row.id: row for row in PurchasePlanLine.select().where(PurchasePlanLine.plan == plan_id)}
    _validate(edits, lines)
    for edit in edits:
        line = lines[edit.line_id]
        quantity = pm.qty(edit.quantity)
        changes = {"quantity": quantity, "amount": pm.amount_of(quantity, line.unit_price),
                   "adjust_reason": edit.reason.strip(),
                   "supplier": line.supplier if edit.supplier is None else edit.supplier.strip(),
                   "needed_by": edit.needed_by or line.needed_by}
        if any(getattr(line, name) != value for name, value in changes.items()):
            records.update(ctx, PurchasePlanLine, line.id, line.version, changes, reason=edit.reason.strip())
