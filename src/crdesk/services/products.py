"""Products (产品), shared by complaints, returns, planning and deliveries: code, name, specification, unit,
unit weight and price. Products that have history are deactivated, never deleted."""
from __future__ import annotations

import datetime as dt
import decimal
import re
from dataclasses import dataclass, replace
from decimal import Decimal

import peewee

from crdesk.db.models.catalog import Product
from crdesk.services import records
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.errors import NotFound, ValidationError
from crdesk.services.paging import Page, capped_count, keyset, page_of

CODE = re.compile(r"^[A-Z0-9][A-Z0-9_.-]{0,31}$")
SORTABLE = ("code", "name", "updated_at")
MAX_WEIGHT = Decimal("999999999.999")
MAX_PRICE = Decimal("9999999999.99")


@dataclass
class ProductData:
    code: str
    name: str
    specification: str = ""
    unit: str = "箱"
    unit_weight_kg: Decimal = Decimal("0")
    unit_price: Decimal = Decimal("0")
    active: bool = True
    id: int | None = None
    version: int = 0
    updated_by: str = ""
    updated_at: dt.datetime | None = None

    @property
    def label(self) -> str:
        """"CP0101 纯净水 550ml×24" — how lists and forms name a product."""
        return " ".join(p for p in (self.code, self.name, self.specification) if p)


def _data(row: Product) -> ProductData:
    return ProductData(code=row.code, name=row.name, specification=row.specification, unit=row.unit,
                       unit_weight_kg=Decimal(row.unit_weight_kg), unit_price=Decimal(row.unit_price),
                       active=row.active, id=row.id, version=row.version, updated_by=row.updated_by,
                       updated_at=row.updated_at)


def parse_decimal(errors: v.Errors, field: str, value, maximum: Decimal, places: int) -> Decimal:
    try:
        number = Decimal(str(value))
    except (decimal.InvalidOperation, ValueError):
        errors.append((field, "not_a_number", {}))
        return Decimal(0)
    if not number.is_finite() or number < 0 or number > maximum:
        errors.append((field, "out_of_range", {"min": 0, "max": maximum}))
    elif number != number.quantize(Decimal(1).scaleb(-places)):
        errors.append((field, "too_many_decimals", {"places": places}))
    return number


def validate(data: ProductData) -> ProductData:
    """Check and normalise (code upper-cased, numbers as Decimal); returns the cleaned data."""
    errors: v.Errors = []
    code = data.code.strip().upper()
    if not code:
        errors.append(("code", "required", {}))
    elif not CODE.match(code):
        errors.append(("code", "invalid_code", {}))
    v.required(errors, "name", data.name)
    v.length(errors, "specification", data.specification, v.NAME_MAX)
    v.required(errors, "unit", data.unit, 16)
    weight = parse_decimal(errors, "unit_weight_kg", data.unit_weight_kg, MAX_WEIGHT, 3)
    price = parse_decimal(errors, "unit_price", data.unit_price, MAX_PRICE, 2)
    if code and not errors:
        same = Product.select().where(Product.code == code)
        if data.id is not None:
            same = same.where(Product.id != data.id)
        if same.exists():
            errors.append(("code", "duplicate_code", {}))
    if errors:
        raise ValidationError.of(errors)
    return replace(data, code=code, name=data.name.strip(), specification=data.specification.strip(),
                   unit=data.unit.strip(), unit_weight_kg=weight, unit_price=price)


def _filtered(text: str, active: bool | None) -> peewee.ModelSelect:
    query = Product.select()
    text = text.strip()
    if text:
        query = query.where(Product.code.contains(text.upper()) | Product.name.contains(text)
                            | Product.specification.contains(text))
    if active is not None:
        query = query.where(Product.active == active)
    return query


class ProductService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def page(self, text: str = "", active: bool | None = True, sort: str = "code", descending: bool = False,
             after: tuple | None = None, limit: int = 200) -> Page[ProductData]:
        self.ctx.require(P.CLIENTS_READ)
        if sort not in SORTABLE:
            raise ValidationError("sort", "invalid_choice")
        rows = keyset(_filtered(text, active), getattr(Product, sort), Product.id, after, limit, descending)
        return page_of(rows, _data, sort, limit)

    def count(self, text: str = "", active: bool | None = True) -> int:
        self.ctx.require(P.CLIENTS_READ)
        return capped_count(_filtered(text, active))

    def choices(self, limit: int = 2000) -> list[ProductData]:
        """Active products by code, for pickers."""
        return self.page(active=True, limit=limit).rows

    def get(self, product_id: int) -> ProductData:
        self.ctx.require(P.CLIENTS_READ)
        return _data(records.get(Product, product_id))

    def get_by_code(self, code: str) -> ProductData:
        self.ctx.require(P.CLIENTS_READ)
        row = Product.get_or_none(Product.code == code.strip().upper())
        if row is None:
            raise NotFound("product", code)
        return _data(row)

    def save(self, data: ProductData) -> ProductData:
        """Create (data.id is None) or update with the optimistic check."""
        self.ctx.require(P.PRODUCTS_EDIT)
        data = validate(data)
        values = dict(code=data.code, name=data.name, specification=data.specification, unit=data.unit,
                      unit_weight_kg=data.unit_weight_kg, unit_price=data.unit_price, active=data.active)
        with self.ctx.db.atomic():
            if data.id is None:
                row = records.create(self.ctx, Product, **values)
            else:
                row = records.update(self.ctx, Product, data.id, data.version, values)
        return _data(row)


def export_table(services):
    from crdesk.services.exports import Table

    def rows():
        after = None
        while True:
            page = services.products.page(active=None, after=after, limit=1000)
            for p in page.rows:
                yield [p.code, p.name, p.specification, p.unit, p.unit_weight_kg, p.unit_price, p.active]
            if page.next_key is None:
                return
            after = page.next_key

    return Table(["产品编号", "产品名称", "规格", "单位", "单位重量(kg)", "单价(元)", "有效"], rows())
