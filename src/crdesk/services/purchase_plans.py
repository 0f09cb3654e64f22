"""Packaging purchase plans (包装物采购计划), generated from an approved production plan.

Each line keeps every term of its arithmetic (planning_math): required, stock, open purchases, safety stock,
net need, pack size, minimum order, the proposed quantity, and the quantity to buy, which may differ from the
proposal only with a reason. Open purchases are the unreceived quantities of approved purchase plans; goods
received against an approved plan become stock.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

import peewee

from crdesk.db.models.planning import PackagingMaterial, ProductionPlan, PurchasePlan, PurchasePlanLine
from crdesk.services import approvals, audit, numbering, records
from crdesk.services import permissions as P
from crdesk.services import planning_math as pm
from crdesk.services.context import Context
from crdesk.services.errors import InvalidTransition, ValidationError
from crdesk.services.materials import lock_material, record_movement
from crdesk.services.paging import Page, keyset, page_of
from crdesk.services.plan_workflow import PlanHeader, PlanWorkflow, approval_source, header_of, require_read
from crdesk.services.purchase_lines import LineEdit, apply_edits, compute, open_orders, received_by_line

__all__ = ["LineEdit", "PurchaseLineData", "PurchasePlanData", "PurchasePlanService", "open_orders"]


@dataclass
class PurchaseLineData:
    material_id: int
    quantity: Decimal
    supplier: str = ""
    needed_by: dt.date | None = None
    adjust_reason: str = ""
    required: Decimal = pm.ZERO
    stock: Decimal = pm.ZERO
    on_order: Decimal = pm.ZERO
    safety_stock: Decimal = pm.ZERO
    net: Decimal = pm.ZERO
    pack_size: Decimal = Decimal(1)
    min_order: Decimal = pm.ZERO
    proposed: Decimal = pm.ZERO
    unit_price: Decimal = pm.ZERO
    amount: Decimal = pm.ZERO
    material_code: str = ""
    material_name: str = ""
    specification: str = ""
    unit: str = ""
    received: Decimal = pm.ZERO
    id: int | None = None

    @property
    def outstanding(self) -> Decimal:
        return max(pm.ZERO, self.quantity - self.received)

    @property
    def edited(self) -> bool:
        return self.quantity != self.proposed


@dataclass
class PurchasePlanData:
    month: dt.date
    production_plan_id: int
    production_plan_number: str
    lines: list[PurchaseLineData] = field(default_factory=list)
    note: str = ""
    id: int | None = None
    version: int = 0
    header: PlanHeader | None = None

    @property
    def total_amount(self) -> Decimal:
        return sum((line.amount for line in self.lines), pm.ZERO)


def title_of(plan: PurchasePlan) -> str:
    return f"{plan.month:%Y年%m月}包装物采购计划"


def amount_of(plan: PurchasePlan) -> Decimal:
    total = PurchasePlanLine.select(peewee.fn.SUM(PurchasePlanLine.amount)).where(PurchasePlanLine.plan == plan.id)
    return pm.dec(total.scalar()).quantize(pm.MONEY)


def lines_of(plan_id: int) -> list[PurchaseLineData]:
    rows = list(PurchasePlanLine.select(PurchasePlanLine, PackagingMaterial).join(PackagingMaterial)
                .where(PurchasePlanLine.plan == plan_id).order_by(PackagingMaterial.code))
    received = received_by_line([row.id for row in rows])
    return [PurchaseLineData(
        r.material_id, r.quantity, r.supplier, r.needed_by, r.adjust_reason, r.required, r.stock, r.on_order,
        r.safety_stock, r.net, r.pack_size, r.min_order, r.proposed, r.unit_price, r.amount, r.material.code,
        r.material.name, r.material.specification, r.material.unit, received.get(r.id, pm.ZERO), r.id)
        for r in rows]


def _family(production_plan: ProductionPlan) -> PurchasePlan | None:
    """The latest purchase plan generated from any revision of this production plan."""
    return (PurchasePlan.select().join(ProductionPlan, on=(PurchasePlan.production_plan == ProductionPlan.id))
            .where(ProductionPlan.number == production_plan.number)
            .order_by(PurchasePlan.revision.desc()).first())


class PurchasePlanService:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.flow = PlanWorkflow(ctx, PurchasePlan)

    def page(self, status: str = "", after: tuple | None = None, limit: int = 200) -> Page[PlanHeader]:
        require_read(self.ctx)
        query = PurchasePlan.select()
        if status:
            query = query.where(PurchasePlan.status == status)
        rows = keyset(query, PurchasePlan.month, PurchasePlan.id, after, limit, descending=True)
        return page_of(rows, header_of, "month", limit)

    def get(self, plan_id: int) -> PurchasePlanData:
        require_read(self.ctx)
        row = records.get(PurchasePlan, plan_id)
        source = row.production_plan
        return PurchasePlanData(row.month, source.id, header_of(source).display_number, lines_of(row.id), row.note,
                                row.id, row.version, header_of(row))

    def get_by_number(self, text: str) -> PurchasePlanData:
        require_read(self.ctx)
        return self.get(self.flow.find(text).id)

    def preview(self, production_plan_id: int) -> list[pm.PurchaseLine]:
        """The arithmetic for a production plan, without saving anything."""
        require_read(self.ctx)
        source = records.get(ProductionPlan, production_plan_id)
        family = _family(source)
        return compute(source, family.number if family else None)

    def generate(self, production_plan_id: int) -> PurchasePlanData:
        """Create (or regenerate the draft of, or revise) the purchase plan of an approved production plan."""
        self.ctx.require(P.PLANS_EDIT)
        with self.ctx.db.atomic():
            source = records.get(ProductionPlan, production_plan_id)
            # Row lock: two clerks generating at once must not start two purchase plans for one production plan.
            ProductionPlan.update(id=ProductionPlan.id).where(ProductionPlan.id == source.id).execute()
            if source.status != "approved":
                raise ValidationError("production_plan", "plan_not_approved")
            family = _family(source)
            if family is None:
                plan = self.flow.create(numbering.next_number(self.ctx, "purchase_plan"), source.month, "",
                                        {"production_plan": source.id})
            elif family.status == "draft":
                plan = records.update(self.ctx, PurchasePlan, family.id, family.version,
                                      {"production_plan": source.id}, action="regenerate")
            elif family.status == "submitted":
                raise InvalidTransition(from_status="submitted", to_status="draft")
            else:
                plan = self.flow.revise(family.id, {"production_plan": source.id})
            self._write_lines(plan, compute(source, plan.number))
        return self.get(plan.id)

    def regenerate(self, plan_id: int, version: int) -> PurchasePlanData:
        """Recompute a draft's lines from its production plan, stock and open purchases (edits are dropped)."""
        with self.ctx.db.atomic():
            plan = self.flow.editable(plan_id)
            plan = records.update(self.ctx, PurchasePlan, plan_id, version, {}, action="regenerate")
            self._write_lines(plan, compute(plan.production_plan, plan.number))
        return self.get(plan_id)

    def _write_lines(self, plan: PurchasePlan, lines: list[pm.PurchaseLine]) -> None:
        PurchasePlanLine.delete().where(PurchasePlanLine.plan == plan.id).execute()
        suppliers = dict(PackagingMaterial.select(PackagingMaterial.id, PackagingMaterial.supplier).where(
            PackagingMaterial.id.in_([line.material_id for line in lines])).tuples()) if lines else {}
        stamp, user = self.ctx.now(), self.ctx.actor.username
        rows = [dict(plan=plan.id, material=line.material_id, required=line.required, stock=line.stock,
                     on_order=line.on_order, safety_stock=line.safety_stock, net=line.net, pack_size=line.pack_size,
                     min_order=line.min_order, proposed=line.proposed, quantity=line.proposed,
                     unit_price=line.unit_price, amount=line.amount, supplier=suppliers.get(line.material_id, ""),
                     needed_by=pm.week_start(plan.month, line.first_week), created_at=stamp, updated_at=stamp,
                     updated_by=user) for line in lines]
        if rows:
            PurchasePlanLine.insert_many(rows).execute()
        audit.record(self.ctx, "generate", "purchase_plan", plan.id,
                     {"lines": [None, {str(line.material_id): str(line.proposed) for line in lines}]})

    def save(self, plan_id: int, version: int, edits: list[LineEdit], note: str | None = None) -> PurchasePlanData:
        """Edit a draft's lines: quantity (a change from the proposal needs a reason), supplier, needed-by."""
        with self.ctx.db.atomic():
            plan = self.flow.editable(plan_id)
            records.update(self.ctx, PurchasePlan, plan_id, version,
                           {"note": plan.note if note is None else note})
            apply_edits(self.ctx, plan_id, edits)
        return self.get(plan_id)

    def receive(self, plan_id: int, received: dict[int, Decimal], reference: str = "",
                at: dt.datetime | None = None) -> PurchasePlanData:
        """Goods in against an approved plan: {line id: quantity}; each becomes a stock receipt."""
        self.ctx.require(P.STOCK_EDIT)
        with self.ctx.db.atomic():
            plan = records.get(PurchasePlan, plan_id)
            if plan.status != "approved":
                raise InvalidTransition("plan_not_approved", status=plan.status)
            lines = {line.id: line for line in lines_of(plan_id)}
            _check_receipts(lines, received)
            for line_id, quantity in received.items():
                lock_material(lines[line_id].material_id)
                record_movement(self.ctx, lines[line_id].material_id, "receipt", pm.dec(quantity), "",
                                reference or header_of(plan).display_number, line_id, at)
        return self.get(plan_id)

    def submit(self, plan_id: int, version: int) -> PurchasePlanData:
        return self.get(self.flow.submit(plan_id, version, _check_submittable).id)

    def withdraw(self, plan_id: int, version: int) -> PurchasePlanData:
        return self.get(self.flow.withdraw(plan_id, version).id)

    def approve(self, plan_id: int, version: int, comment: str = "") -> PurchasePlanData:
        return self.get(self.flow.approve(plan_id, version, comment).id)

    def reject(self, plan_id: int, version: int, reason: str, comment: str = "") -> PurchasePlanData:
        return self.get(self.flow.reject(plan_id, version, reason, comment).id)

    def revise(self, plan_id: int) -> PurchasePlanData:
        """A new draft revision with the same lines as they stand; the old revision is kept."""
        with self.ctx.db.atomic():
            old = records.get(PurchasePlan, plan_id)
            new = self.flow.revise(plan_id, {"production_plan": old.production_plan_id})
            _copy_lines(old.id, new.id)
        return self.get(new.id)

    def acknowledge(self, plan_id: int) -> None:
        self.flow.acknowledge(plan_id)


def _check_submittable(plan: PurchasePlan) -> None:
    if not plan.lines.exists():
        raise ValidationError("lines", "no_lines")


def _check_receipts(lines: dict[int, PurchaseLineData], received: dict[int, Decimal]) -> None:
    errors = []
    for line_id, quantity in received.items():
        field_name = f"lines.{line_id}.received"
        if line_id not in lines:
            errors.append((field_name, "not_in_plan", {}))
        elif not pm.dec(quantity) > 0:
            errors.append((field_name, "must_be_positive", {}))
        elif pm.dec(quantity) > lines[line_id].outstanding:
            errors.append((field_name, "exceeds_outstanding", {"outstanding": str(lines[line_id].outstanding)}))
    if not received:
        errors.append(("lines", "required", {}))
    if errors:
        raise ValidationError.of(errors)


def _copy_lines(old_id: int, new_id: int) -> None:
    fields = [f for f in PurchasePlanLine._meta.sorted_fields if f.name not in ("id", "plan")]
    query = PurchasePlanLine.select(peewee.Value(new_id), *fields).where(PurchasePlanLine.plan == old_id)
    PurchasePlanLine.insert_from(query, [PurchasePlanLine.plan] + fields).execute()


approvals.register(approval_source(PurchasePlan, "包装物采购计划", title_of, amount_of))