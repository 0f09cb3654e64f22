"""Packaging materials, bills of materials, stock movements, production plans and actuals, purchase plans."""
import datetime as dt

import peewee


def _now():
    return dt.datetime.now().replace(microsecond=0)


class _Base(peewee.Model):
    class Meta:
        legacy_table_names = False


class _Versioned(_Base):
    version = peewee.IntegerField(default=1)
    created_at = peewee.DateTimeField(default=_now)
    updated_at = peewee.DateTimeField(default=_now)
    updated_by = peewee.CharField(max_length=64, default="")


class Product(_Base):
    """Only what a foreign key needs: the table exists since 0001."""


def _qty(**kw):
    return peewee.DecimalField(max_digits=16, decimal_places=3, auto_round=True, **kw)


def _price(**kw):
    return peewee.DecimalField(max_digits=14, decimal_places=4, auto_round=True, **kw)


class PackagingMaterial(_Versioned):
    code = peewee.CharField(max_length=32, unique=True)
    name = peewee.CharField(max_length=200, index=True)
    specification = peewee.CharField(max_length=200, default="")
    unit = peewee.CharField(max_length=16, default="个")
    supplier = peewee.CharField(max_length=200, default="")
    pack_size = _qty(default=1)
    min_order = _qty(default=0)
    unit_price = _price(default=0)
    safety_stock = _qty(default=0)
    active = peewee.BooleanField(default=True)
    note = peewee.TextField(default="")


class BomLine(_Versioned):
    product = peewee.ForeignKeyField(Product)
    material = peewee.ForeignKeyField(PackagingMaterial)
    per_unit = _price()
    scrap_pct = peewee.DecimalField(max_digits=6, decimal_places=2, auto_round=True, default=0)

    class Meta:
        indexes = ((("product", "material"), True),)


class _Plan(_Versioned):
    number = peewee.CharField(max_length=20)
    revision = peewee.IntegerField(default=0)
    month = peewee.DateField(index=True)
    status = peewee.CharField(max_length=16, default="draft", index=True)
    note = peewee.TextField(default="")
    prepared_by = peewee.CharField(max_length=64, default="")
    prepared_name = peewee.CharField(max_length=64, default="")
    prepared_at = peewee.DateTimeField(default=_now)
    submitted_by = peewee.CharField(max_length=64, default="")
    submitted_name = peewee.CharField(max_length=64, default="")
    submitted_at = peewee.DateTimeField(null=True)
    decided_by = peewee.CharField(max_length=64, default="")
    decided_name = peewee.CharField(max_length=64, default="")
    decided_at = peewee.DateTimeField(null=True)
    decision_comment = peewee.TextField(default="")
    rejection_reason = peewee.TextField(default="")
    decision_seen = peewee.BooleanField(default=False)

    class Meta:
        indexes = ((("number", "revision"), True),)


class ProductionPlan(_Plan):
    pass


class ProductionPlanLine(_Versioned):
    plan = peewee.ForeignKeyField(ProductionPlan, on_delete="CASCADE")
    product = peewee.ForeignKeyField(Product)
    week1 = peewee.IntegerField(default=0)
    week2 = peewee.IntegerField(default=0)
    week3 = peewee.IntegerField(default=0)
    week4 = peewee.IntegerField(default=0)
    week5 = peewee.IntegerField(default=0)
    note = peewee.CharField(max_length=255, default="")

    class Meta:
        indexes = ((("plan", "product"), True),)


class ProductionActual(_Versioned):
    product = peewee.ForeignKeyField(Product)
    month = peewee.DateField()
    week = peewee.SmallIntegerField()
    quantity = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("month", "product", "week"), True),)


class PurchasePlan(_Plan):
    production_plan = peewee.ForeignKeyField(ProductionPlan)


class PurchasePlanLine(_Versioned):
    plan = peewee.ForeignKeyField(PurchasePlan, on_delete="CASCADE")
    material = peewee.ForeignKeyField(PackagingMaterial)
    required = _qty(default=0)
    stock = _qty(default=0)
    on_order = _qty(default=0)
    safety_stock = _qty(default=0)
    net = _qty(default=0)
    pack_size = _qty(default=1)
    min_order = _qty(default=0)
    proposed = _qty(default=0)
    quantity = _qty(default=0)
    adjust_reason = peewee.CharField(max_length=255, default="")
    unit_price = _price(default=0)
    amount = peewee.DecimalField(max_digits=16, decimal_places=2, auto_round=True, default=0)
    supplier = peewee.CharField(max_length=200, default="")
    needed_by = peewee.DateField(null=True)

    class Meta:
        indexes = ((("plan", "material"), True),)


class StockMovement(_Versioned):
    material = peewee.ForeignKeyField(PackagingMaterial)
    kind = peewee.CharField(max_length=16)
    quantity = _qty()
    moved_at = peewee.DateTimeField(default=_now)
    purchase_line = peewee.ForeignKeyField(PurchasePlanLine, null=True)
    reference = peewee.CharField(max_length=64, default="")
    reason = peewee.CharField(max_length=255, default="")

    class Meta:
        indexes = ((("material", "moved_at"), False),)


TABLES = [PackagingMaterial, BomLine, ProductionPlan, ProductionPlanLine, ProductionActual, PurchasePlan,
          PurchasePlanLine, StockMovement]


def apply(db):
    with db.bind_ctx(TABLES + [Product]):
        db.create_tables(TABLES)
