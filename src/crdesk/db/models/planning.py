"""Planning: packaging materials (包装物), bills of materials (包装物料清单), stock movements,
production plans (生产计划) with actual production, and packaging purchase plans (包装物采购计划).

Stock on hand is never stored: it is the sum of a material's movements. Plans share one approval
workflow (draft → submitted → approved / rejected; a revision keeps the old one and supersedes it once
approved); each step keeps who did it and when, for the 制表 / 审核 / 批准 blocks on the printed form.
"""
from __future__ import annotations

import peewee

from crdesk.db.base import VersionedModel, now
from crdesk.db.models.catalog import Product

PLAN_STATUSES = ("draft", "submitted", "approved", "rejected", "superseded")
MOVEMENT_KINDS = ("receipt", "issue", "adjustment")  # 入库 / 领用 / 盘点调整
WEEKS = (1, 2, 3, 4, 5)  # week of the month: days 1–7, 8–14, 15–21, 22–28, 29–end


def _qty(**kw) -> peewee.DecimalField:
    return peewee.DecimalField(max_digits=16, decimal_places=3, auto_round=True, **kw)


class PackagingMaterial(VersionedModel):
    code = peewee.CharField(max_length=32, unique=True)
    name = peewee.CharField(max_length=200, index=True)
    specification = peewee.CharField(max_length=200, default="")
    unit = peewee.CharField(max_length=16, default="个")
    supplier = peewee.CharField(max_length=200, default="")
    pack_size = _qty(default=1)  # order multiple (整包装数量)
    min_order = _qty(default=0)  # minimum order quantity (最小起订量)
    unit_price = peewee.DecimalField(max_digits=14, decimal_places=4, auto_round=True, default=0)
    safety_stock = _qty(default=0)
    active = peewee.BooleanField(default=True)
    note = peewee.TextField(default="")


class BomLine(VersionedModel):
    product = peewee.ForeignKeyField(Product, backref="bom_lines")
    material = peewee.ForeignKeyField(PackagingMaterial, backref="bom_lines")
    per_unit = peewee.DecimalField(max_digits=14, decimal_places=4, auto_round=True)
    scrap_pct = peewee.DecimalField(max_digits=6, decimal_places=2, auto_round=True, default=0)

    class Meta:
        indexes = ((("product", "material"), True),)


class PlanBase(VersionedModel):
    """Fields every approvable plan carries: number + revision, month, status and who did each step."""

    number = peewee.CharField(max_length=20)
    revision = peewee.IntegerField(default=0)
    month = peewee.DateField(index=True)  # first day of the month
    status = peewee.CharField(max_length=16, default="draft", index=True)
    note = peewee.TextField(default="")
    prepared_by = peewee.CharField(max_length=64, default="")  # 制表
    prepared_name = peewee.CharField(max_length=64, default="")
    prepared_at = peewee.DateTimeField(default=now)
    submitted_by = peewee.CharField(max_length=64, default="")  # 审核 (checked and submitted)
    submitted_name = peewee.CharField(max_length=64, default="")
    submitted_at = peewee.DateTimeField(null=True)
    decided_by = peewee.CharField(max_length=64, default="")  # 批准 / 驳回
    decided_name = peewee.CharField(max_length=64, default="")
    decided_at = peewee.DateTimeField(null=True)
    decision_comment = peewee.TextField(default="")
    rejection_reason = peewee.TextField(default="")
    decision_seen = peewee.BooleanField(default=False)  # the submitter has seen the decision

    class Meta:
        indexes = ((("number", "revision"), True),)


class ProductionPlan(PlanBase):
    pass


class ProductionPlanLine(VersionedModel):
    plan = peewee.ForeignKeyField(ProductionPlan, backref="lines", on_delete="CASCADE")
    product = peewee.ForeignKeyField(Product, backref="plan_lines")
    week1 = peewee.IntegerField(default=0)
    week2 = peewee.IntegerField(default=0)
    week3 = peewee.IntegerField(default=0)
    week4 = peewee.IntegerField(default=0)
    week5 = peewee.IntegerField(default=0)
    note = peewee.CharField(max_length=255, default="")

    class Meta:
        indexes = ((("plan", "product"), True),)


class ProductionActual(VersionedModel):
    """What was actually produced in a week of a month (entered or imported), shown beside the plan."""

    product = peewee.ForeignKeyField(Product, backref="actuals")
    month = peewee.DateField()
    week = peewee.SmallIntegerField()
    quantity = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("month", "product", "week"), True),)


class PurchasePlan(PlanBase):
    production_plan = peewee.ForeignKeyField(ProductionPlan, backref="purchase_plans")


class PurchasePlanLine(VersionedModel):
    """One material to buy, with every term of its arithmetic as it was when generated."""

    plan = peewee.ForeignKeyField(PurchasePlan, backref="lines", on_delete="CASCADE")
    material = peewee.ForeignKeyField(PackagingMaterial, backref="purchase_lines")
    required = _qty(default=0)
    stock = _qty(default=0)
    on_order = _qty(default=0)
    safety_stock = _qty(default=0)
    net = _qty(default=0)
    pack_size = _qty(default=1)
    min_order = _qty(default=0)
    proposed = _qty(default=0)  # what the arithmetic says to buy
    quantity = _qty(default=0)  # what will be bought (proposed unless edited with a reason)
    adjust_reason = peewee.CharField(max_length=255, default="")
    unit_price = peewee.DecimalField(max_digits=14, decimal_places=4, auto_round=True, default=0)
    amount = peewee.DecimalField(max_digits=16, decimal_places=2, auto_round=True, default=0)
    supplier = peewee.CharField(max_length=200, default="")
    needed_by = peewee.DateField(null=True)

    class Meta:
        indexes = ((("plan", "material"), True),)


class StockMovement(VersionedModel):
    """Receipt (+, against an approved purchase-plan line), issue (−) or adjustment (±, with a reason)."""

    material = peewee.ForeignKeyField(PackagingMaterial, backref="movements")
    kind = peewee.CharField(max_length=16)
    quantity = _qty()  # signed
    moved_at = peewee.DateTimeField(default=now)
    purchase_line = peewee.ForeignKeyField(PurchasePlanLine, null=True, backref="receipts")
    reference = peewee.CharField(max_length=64, default="")
    reason = peewee.CharField(max_length=255, default="")

    class Meta:
        indexes = ((("material", "moved_at"), False),)
