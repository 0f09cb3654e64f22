"""Packaging materials (包装物), each product's bill of materials (包装物料清单) and stock movements.

Stock on hand is derived: the sum of the material's movements (receipts against an approved purchase plan,
issues to production, adjustments with a reason). Nobody types a stock figure over.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import peewee

from crdesk.db.models.catalog import Product
from crdesk.db.models.planning import BomLine, PackagingMaterial, StockMovement
from crdesk.services import audit, records
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.errors import ConflictError, ConflictInfo, NotFound, ValidationError
from crdesk.services.paging import Page, keyset, page_of
from crdesk.services.plan_workflow import require_read
from crdesk.services.planning_math import ZERO, dec, qty

MAX_QTY = Decimal("1e12")


@dataclass
class MaterialData:
    code: str
    name: str
    unit: str = "个"
    specification: str = ""
    supplier: str = ""
    pack_size: Decimal = Decimal(1)
    min_order: Decimal = ZERO
    unit_price: Decimal = ZERO
    safety_stock: Decimal = ZERO
    active: bool = True
    note: str = ""
    id: int | None = None
    version: int = 0
    stock: Decimal = ZERO


@dataclass(frozen=True)
class MaterialRow:
    id: int
    code: str
    name: str
    specification: str
    unit: str
    supplier: str
    pack_size: Decimal
    min_order: Decimal
    unit_price: Decimal
    safety_stock: Decimal
    stock: Decimal
    active: bool

    @property
    def below_safety(self) -> bool:
        return self.stock < self.safety_stock


@dataclass
class BomLineData:
    material_id: int
    per_unit: Decimal
    scrap_pct: Decimal = ZERO
    material_code: str = ""
    material_name: str = ""
    unit: str = ""
    id: int | None = None
    version: int = 0


@dataclass
class Bom:
    product_id: int
    lines: list[BomLineData] = field(default_factory=list)
    stamp: tuple = ()  # (id, version) of the stored lines when loaded: the optimistic check


@dataclass(frozen=True)
class MovementRow:
    id: int
    material_id: int
    kind: str
    quantity: Decimal
    moved_at: dt.datetime
    reference: str
    reason: str
    username: str


def number(errors: v.Errors, field: str, value, minimum: Decimal = ZERO, positive: bool = False) -> Decimal:
    """A Decimal ≥ minimum (> 0 when ``positive``); appends not_a_number / out_of_range otherwise."""
    try:
        value = dec(value)
        if not value.is_finite() or abs(value) >= MAX_QTY:
            raise InvalidOperation
    except (InvalidOperation, ValueError, TypeError):
        errors.append((field, "not_a_number", {}))
        return ZERO
    if value < minimum or (positive and value <= 0):
        errors.append((field, "must_be_positive" if positive else "not_negative", {}))
    return value


def validate(data: MaterialData) -> None:
    errors: v.Errors = []
    v.required(errors, "code", data.code, 32)
    v.required(errors, "name", data.name)
    v.required(errors, "unit", data.unit, 16)
    v.length(errors, "specification", data.specification, v.NAME_MAX)
    v.length(errors, "supplier", data.supplier, v.NAME_MAX)
    v.length(errors, "note", data.note, v.NOTE_MAX)
    number(errors, "pack_size", data.pack_size, positive=True)
    for name in ("min_order", "unit_price", "safety_stock"):
        number(errors, name, getattr(data, name))
    duplicate = PackagingMaterial.select().where(PackagingMaterial.code == data.code)
    if data.id is not None:
        duplicate = duplicate.where(PackagingMaterial.id != data.id)
    if data.code and duplicate.exists():
        errors.append(("code", "duplicate_code", {}))
    if errors:
        raise ValidationError.of(errors)


def stock_of(material_ids) -> dict[int, Decimal]:
    """Stock on hand per material: the sum of its movements, in one grouped query."""
    ids = list(material_ids)
    found = dict(StockMovement.select(StockMovement.material, peewee.fn.SUM(StockMovement.quantity))
                 .where(StockMovement.material.in_(ids)).group_by(StockMovement.material).tuples()) if ids else {}
    return {material_id: qty(found.get(material_id)) for material_id in ids}


def record_movement(ctx: Context, material_id: int, kind: str, quantity: Decimal, reason: str = "",
                    reference: str = "", purchase_line_id: int | None = None,
                    at: dt.datetime | None = None) -> StockMovement:
    return records.create(ctx, StockMovement, material=material_id, kind=kind, quantity=qty(quantity),
                          moved_at=at or ctx.now(), reason=reason.strip(), reference=reference.strip(),
                          purchase_line=purchase_line_id)


def lock_material(material_id: int) -> None:
    """Take the material's row lock so two stock changes cannot both pass the same stock check."""
    PackagingMaterial.update(id=PackagingMaterial.id).where(PackagingMaterial.id == material_id).execute()


def _data(row: PackagingMaterial, stock: Decimal) -> MaterialData:
    return MaterialData(row.code, row.name, row.unit, row.specification, row.supplier, row.pack_size, row.min_order,
                        row.unit_price, row.safety_stock, row.active, row.note, row.id, row.version, stock)


def _row(row: PackagingMaterial, stock: Decimal) -> MaterialRow:
    return MaterialRow(row.id, row.code, row.name, row.specification, row.unit, row.supplier, row.pack_size,
                       row.min_order, row.unit_price, row.safety_stock, stock, row.active)


class MaterialService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def page(self, text: str = "", active: bool | None = True, after: tuple | None = None,
             limit: int = 200) -> Page[MaterialRow]:
        require_read(self.ctx)
        query = PackagingMaterial.select()
        if text.strip():
            query = query.where(PackagingMaterial.code.contains(text.strip()) | PackagingMaterial.name.contains(text.strip()))
        if active is not None:
            query = query.where(PackagingMaterial.active == active)
        rows = keyset(query, PackagingMaterial.code, PackagingMaterial.id, after, limit)
        stock = stock_of(row.id for row in rows)
        return page_of(rows, lambda row: _row(row, stock[row.id]), "code", limit)

    def get(self, material_id: int) -> MaterialData:
        require_read(self.ctx)
        return _data(records.get(PackagingMaterial, material_id), self.stock(material_id))

    def get_by_code(self, code: str) -> MaterialData:
        row = PackagingMaterial.get_or_none(PackagingMaterial.code == code.strip().upper())
        if row is None:
            raise NotFound("packaging_material", code)
        return self.get(row.id)

    def save(self, data: MaterialData) -> MaterialData:
        self.ctx.require(P.PLANS_EDIT)
        data.code = data.code.strip().upper()
        data.name = data.name.strip()
        validate(data)
        values = dict(code=data.code, name=data.name, unit=data.unit.strip(), specification=data.specification.strip(),
                      supplier=data.supplier.strip(), pack_size=qty(data.pack_size), min_order=qty(data.min_order),
                      unit_price=dec(data.unit_price), safety_stock=qty(data.safety_stock), active=data.active,
                      note=data.note)
        with self.ctx.db.atomic():
            if data.id is None:
                row = records.create(self.ctx, PackagingMaterial, **values)
            else:
                row = records.update(self.ctx, PackagingMaterial, data.id, data.version, values)
        return self.get(row.id)

    def stock(self, material_id: int) -> Decimal:
        return stock_of([material_id])[material_id]

    def movements(self, material_id: int, after: tuple | None = None, limit: int = 200) -> Page[MovementRow]:
        require_read(self.ctx)
        query = StockMovement.select().where(StockMovement.material == material_id)
        rows = keyset(query, StockMovement.moved_at, StockMovement.id, after, limit, descending=True)
        return page_of(rows, lambda r: MovementRow(r.id, r.material_id, r.kind, r.quantity, r.moved_at, r.reference,
                                                   r.reason, r.updated_by), "moved_at", limit)

    def issue(self, material_id: int, quantity, reference: str = "", reason: str = "",
              at: dt.datetime | None = None) -> Decimal:
        """Issue to production (领用); refused beyond the stock on hand. Returns the new stock."""
        self.ctx.require(P.STOCK_EDIT)
        errors: v.Errors = []
        amount = number(errors, "quantity", quantity, positive=True)
        v.length(errors, "reference", reference, v.SHORT_MAX)
        v.length(errors, "reason", reason, v.LINE_MAX)
        if errors:
            raise ValidationError.of(errors)
        return self._change(material_id, "issue", -amount, reason, reference, at)

    def adjust(self, material_id: int, delta, reason: str, at: dt.datetime | None = None) -> Decimal:
        """A stock-take correction (盘点调整), with its reason. Returns the new stock."""
        self.ctx.require(P.STOCK_EDIT)
        errors: v.Errors = []
        change = number(errors, "quantity", delta, minimum=-MAX_QTY)
        if not errors and change == 0:
            errors.append(("quantity", "must_not_be_zero", {}))
        v.required(errors, "reason", reason, v.LINE_MAX)
        if errors:
            raise ValidationError.of(errors)
        return self._change(material_id, "adjustment", change, reason, "", at)

    def count(self, material_id: int, counted, reason: str, at: dt.datetime | None = None) -> Decimal:
        """Record a physical count: the adjustment is the difference from the derived stock."""
        self.ctx.require(P.STOCK_EDIT)
        errors: v.Errors = []
        counted = number(errors, "quantity", counted)
        if errors:
            raise ValidationError.of(errors)
        return self.adjust(material_id, counted - self.stock(material_id), reason, at)

    def _change(self, material_id: int, kind: str, change: Decimal, reason: str, reference: str,
                at: dt.datetime | None) -> Decimal:
        with self.ctx.db.atomic():
            records.get(PackagingMaterial, material_id)
            lock_material(material_id)
            stock = self.stock(material_id)
            if stock + change < 0:
                raise ValidationError("quantity", "exceeds_stock", stock=str(stock))
            record_movement(self.ctx, material_id, kind, change, reason, reference, at=at)
            return stock + qty(change)

    def bom(self, product_id: int) -> Bom:
        require_read(self.ctx)
        records.get(Product, product_id)
        rows = list(BomLine.select(BomLine, PackagingMaterial).join(PackagingMaterial)
                    .where(BomLine.product == product_id).order_by(PackagingMaterial.code))
        lines = [BomLineData(r.material_id, r.per_unit, r.scrap_pct, r.material.code, r.material.name,
                             r.material.unit, r.id, r.version) for r in rows]
        return Bom(product_id, lines, _stamp(rows))

    def save_bom(self, bom: Bom) -> Bom:
        """Replace a product's bill of materials; refused if someone changed it since it was loaded."""
        self.ctx.require(P.PLANS_EDIT)
        _validate_bom(bom)
        with self.ctx.db.atomic():
            product = records.get(Product, bom.product_id)
            Product.update(id=Product.id).where(Product.id == product.id).execute()  # row lock
            current = {r.material_id: r for r in BomLine.select().where(BomLine.product == bom.product_id)}
            if _stamp(current.values()) != tuple(bom.stamp):
                raise ConflictError(ConflictInfo("bom_line", bom.product_id, 0, 0, _last_editor(current), None))
            self._write_bom(bom, current)
        return self.bom(bom.product_id)

    def _write_bom(self, bom: Bom, current: dict[int, BomLine]) -> None:
        wanted = {line.material_id: line for line in bom.lines}
        for material_id, row in current.items():
            if material_id not in wanted:
                BomLine.delete().where(BomLine.id == row.id).execute()
                audit.record(self.ctx, "delete", "bom_line", row.id,
                             {"material": [material_id, None], "product": [bom.product_id, None]})
        for material_id, line in wanted.items():
            values = {"per_unit": dec(line.per_unit), "scrap_pct": dec(line.scrap_pct)}
            row = current.get(material_id)
            if row is None:
                records.create(self.ctx, BomLine, product=bom.product_id, material=material_id, **values)
            elif (row.per_unit, row.scrap_pct) != (values["per_unit"], values["scrap_pct"]):
                records.update(self.ctx, BomLine, row.id, row.version, values)


def _stamp(rows) -> tuple:
    return tuple(sorted((row.id, row.version) for row in rows))


def _last_editor(current: dict[int, BomLine]) -> str:
    latest = max(current.values(), key=lambda row: row.updated_at, default=None)
    return latest.updated_by if latest else ""


def _validate_bom(bom: Bom) -> None:
    errors: v.Errors = []
    seen: set[int] = set()
    known = {row.id for row in PackagingMaterial.select(PackagingMaterial.id).where(
        PackagingMaterial.id.in_([line.material_id for line in bom.lines]))} if bom.lines else set()
    for index, line in enumerate(bom.lines):
        if line.material_id not in known:
            errors.append((f"lines.{index}.material", "required", {}))
        elif line.material_id in seen:
            errors.append((f"lines.{index}.material", "duplicate_line", {}))
        seen.add(line.material_id)
        number(errors, f"lines.{index}.per_unit", line.per_unit, positive=True)
        scrap = number(errors, f"lines.{index}.scrap_pct", line.scrap_pct)
        if scrap > 100:
            errors.append((f"lines.{index}.scrap_pct", "out_of_range", {"min": 0, "max": 100}))
    if errors:
        raise ValidationError.of(errors)
