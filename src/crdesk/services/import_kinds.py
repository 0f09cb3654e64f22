"""What can be imported, column by column: clients (客户), products (产品), packaging materials (包装物) and
vehicles (车辆).

A column is recognised by the header the matching export writes (so export → import round-trips), by common
aliases, or by the field name. Cells are parsed into values (a CellError names the reason), then each row goes
through the area's own validation (``clients.validate``, ``products.validate`` …), so an imported row obeys
the same rules as a row typed into the form.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Collection

import peewee

from crdesk.db.bulk import existing_keys
from crdesk.db.models.catalog import Product, Vehicle
from crdesk.db.models.clients import Client
from crdesk.db.models.fleet import FUEL_TYPE_LABELS, VEHICLE_STATUS_LABELS, VEHICLE_TYPE_LABELS
from crdesk.db.models.planning import PackagingMaterial
from crdesk.services import clients, materials, numbering, products
from crdesk.services import permissions as P
from crdesk.services.clients import ClientData, search_text_of
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError
from crdesk.services.exports import FORMULA_STARTS
from crdesk.services.fleet import VehicleData, validate_vehicle
from crdesk.services.materials import MaterialData
from crdesk.services.planning_math import dec, qty
from crdesk.services.products import ProductData

TRUE_WORDS = frozenset({"是", "有效", "在用", "在职", "true", "yes", "y", "1", "✔", "√", "t"})
FALSE_WORDS = frozenset({"否", "无效", "停用", "false", "no", "n", "0", "", "f", "×"})
DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日", "%Y%m%d")


ESCAPED = frozenset(FORMULA_STARTS) | {"'"}  # what the export guards with a leading apostrophe


class CellError(Exception):
    def __init__(self, code: str, **params: Any):
        super().__init__(code)
        self.code = code
        self.params = params


# --- cell parsers: a spreadsheet value (str, int, float, datetime, bool or None) -> a field value
def text(value: Any) -> str:
    """The cell as text: integral numbers without ".0", the export's formula guard (a leading ') removed."""
    if value.__class__ is not str:
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        value = str(value)
    if value.startswith("'") and value[1:2] in ESCAPED:
        return value[1:]
    return value.strip()


def number_text(value: Any) -> str:
    """Half-width digits without thousands separators: "１,２３４.５" → "1234.5"."""
    return unicodedata.normalize("NFKC", text(value)).replace(",", "").replace(" ", "")


def decimal(value: Any) -> Decimal:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    cleaned = number_text(value)
    if not cleaned:
        return Decimal(0)
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        raise CellError("not_a_number") from None


def integer(value: Any) -> int:
    number = decimal(value)
    if not number.is_finite() or number != number.to_integral_value():
        raise CellError("not_an_integer")
    return int(number)


def boolean(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = text(value).lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    raise CellError("invalid_bool")


def date(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    cleaned = unicodedata.normalize("NFKC", text(value)).split(" ")[0]
    if not cleaned:
        return None
    for pattern in DATE_FORMATS:
        try:
            return dt.datetime.strptime(cleaned, pattern).date()
        except ValueError:
            continue
    raise CellError("not_a_date")


def choice(labels: dict[str, str]) -> Callable[[Any], str]:
    """A code from its code or its Chinese label (经销商 → dealer)."""
    by_word = {label: code for code, label in labels.items()} | {code.lower(): code for code in labels}

    def parse(value: Any) -> str:
        word = text(value)
        found = by_word.get(word) or by_word.get(word.lower())
        if found is None:
            raise CellError("invalid_choice")
        return found

    return parse


def normalize_header(header: Any) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text(header))).lower()


@dataclass(frozen=True)
class Field:
    name: str
    header: str  # as the export writes it (Chinese)
    parse: Callable[[Any], Any] = text
    aliases: tuple[str, ...] = ()
    required: bool = False
    default: Any = ""

    def matches(self, header: str) -> bool:
        wanted = normalize_header(header)
        return wanted in {normalize_header(h) for h in (self.header, self.name, *self.aliases)}


@dataclass(frozen=True)
class Kind:
    name: str
    title: str
    model: type[peewee.Model]
    permission: str
    key: str  # unique field: checked within the file and against the database
    fields: tuple[Field, ...]
    check: Callable[[dict[str, Any]], dict[str, Any]]  # parsed values -> values to store; ValidationError
    # After every row with a key is in: (ctx, every key of the file) -> None.
    finish: Callable[[Context, Collection], None] = field(default=lambda ctx, keys: None)
    # Then (ctx, the valid rows without a key, every key of the file) -> None: gives each row a key. Only a kind
    # whose key may be left empty (clients: the code is numbered) has rows without one.
    number: Callable[[Context, list[dict[str, Any]], Collection], None] = field(
        default=lambda ctx, rows, taken: None)

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)


# --- clients
def _check_client(values: dict) -> dict:
    code = values["code"].upper()
    # Stripped as ClientService.save strips them (``text`` keeps the spaces of a cell behind the export's ').
    data = ClientData(name=values["name"].strip(), kind=values["kind"], grade=values["grade"].upper(),
                      region=values["region"].strip(), address=values["address"].strip(),
                      phone=values["phone"].strip(), note=values["note"], active=values["active"])
    errors = []
    if code and not CLIENT_CODE.match(code):
        errors.append(("code", "invalid_code", {}))
    try:
        clients.validate(data)
    except ValidationError as error:
        errors.extend(error.errors)
    if errors:
        raise ValidationError.of(errors)
    return dict(code=code, name=data.name, kind=data.kind, grade=data.grade, region=data.region,
                address=data.address, phone=data.phone, note=data.note, active=data.active,
                search_text=search_text_of(data, code) if code else "")


CLIENT_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_.-]{0,15}$")
NUMBERED_CLIENT = re.compile(r"^KH(\d{6,9})$")


def _number_clients(ctx: Context, rows: list[dict], taken: Collection) -> None:
    """Give rows without a code the next client numbers (the counter is past the file's KH numbers already),
    skipping any code in use or in the file, and fill their search text."""
    pending = list(rows)
    while pending:
        first = numbering.next_value(ctx.db, "client", len(pending))
        codes = [f"KH{value:06d}" for value in range(first, first + len(pending))]
        used = existing_keys(ctx.db, Client, "code", codes)
        free = [code for code in codes if code not in used and code not in taken]
        for row, code in zip(pending, free):
            row["code"] = code
            row["search_text"] = search_text_of(ClientData(row["name"], phone=row["phone"], region=row["region"]),
                                                code)
        pending = pending[len(free):]


def _counter_past(ctx: Context, codes: Collection) -> None:
    """Move the client counter past the KH numbers among ``codes``, so the next client typed in gets a fresh
    one (one query when it is past them already)."""
    imported = [int(m.group(1)) for code in codes if (m := NUMBERED_CLIENT.match(code))]
    if imported:
        following = numbering.next_value(ctx.db, "client", 0)
        if following <= max(imported):
            numbering.next_value(ctx.db, "client", max(imported) + 1 - following)


# --- products, packaging materials, vehicles: the areas' own validation
def _check_product(values: dict) -> dict:
    data = products.validate(ProductData(**values))
    return {name: getattr(data, name) for name in values}


def _check_material(values: dict) -> dict:
    data = MaterialData(**dict(values, code=values["code"].strip().upper(), name=values["name"].strip()))
    materials.validate(data)
    return dict(values, code=data.code, name=data.name, unit=data.unit.strip(), pack_size=qty(data.pack_size),
                min_order=qty(data.min_order), unit_price=dec(data.unit_price), safety_stock=qty(data.safety_stock))


def _check_vehicle(values: dict) -> dict:
    data = VehicleData(**values)
    plate = validate_vehicle(data)
    return dict(values, plate=plate, model=data.model.strip(), note=data.note.strip(),
                odometer_km=data.odometer_start_km)


ACTIVE = Field("active", "有效", boolean, ("状态", "启用", "在用"), default=True)

KINDS: dict[str, Kind] = {
    "clients": Kind("clients", "客户", Client, P.CLIENTS_EDIT, "code", (
        Field("code", "客户编号", aliases=("编号", "客户代码")),
        Field("name", "客户名称", aliases=("名称", "客户", "单位名称"), required=True),
        Field("kind", "类型", choice(clients.KIND_LABELS), ("客户类型",), default="dealer"),
        Field("grade", "等级", aliases=("客户等级",), default="C"),
        Field("region", "区域", aliases=("地区", "片区")),
        Field("address", "地址", aliases=("详细地址",)),
        Field("phone", "电话", aliases=("联系电话", "手机", "电话号码")),
        Field("note", "备注"),
        ACTIVE,
    ), _check_client, _counter_past, _number_clients),
    "products": Kind("products", "产品", Product, P.PRODUCTS_EDIT, "code", (
        Field("code", "产品编号", aliases=("编号", "产品代码"), required=True),
        Field("name", "产品名称", aliases=("名称", "品名"), required=True),
        Field("specification", "规格", aliases=("规格型号",)),
        Field("unit", "单位", default="箱"),
        Field("unit_weight_kg", "单位重量(kg)", decimal, ("单位重量", "重量"), default=Decimal(0)),
        Field("unit_price", "单价(元)", decimal, ("单价", "价格"), default=Decimal(0)),
        ACTIVE,
    ), _check_product),
    "materials": Kind("materials", "包装物", PackagingMaterial, P.PLANS_EDIT, "code", (
        Field("code", "物料编号", aliases=("编号", "包装物编号"), required=True),
        Field("name", "名称", aliases=("物料名称", "包装物名称"), required=True),
        Field("specification", "规格"),
        Field("unit", "单位", default="个"),
        Field("supplier", "供应商"),
        Field("pack_size", "包装量", decimal, ("整包装数量",), default=Decimal(1)),
        Field("min_order", "起订量", decimal, ("最小起订量",), default=Decimal(0)),
        Field("unit_price", "单价", decimal, ("单价(元)",), default=Decimal(0)),
        Field("safety_stock", "安全库存", decimal, default=Decimal(0)),
        ACTIVE,
        Field("note", "备注"),
    ), _check_material),
    "vehicles": Kind("vehicles", "车辆", Vehicle, P.FLEET_EDIT, "plate", (
        Field("plate", "车牌号", aliases=("车牌", "号牌"), required=True),
        Field("model", "车型", aliases=("品牌型号",)),
        Field("vehicle_type", "类型", choice(VEHICLE_TYPE_LABELS), ("车辆类型",), default="van"),
        Field("fuel_type", "燃料", choice(FUEL_TYPE_LABELS), ("燃料类型",), default="diesel"),
        Field("capacity_kg", "载重（千克）", decimal, ("载重", "核定载重"), default=Decimal(0)),
        Field("capacity_m3", "容积（立方米）", decimal, ("容积",), default=Decimal(0)),
        Field("status", "状态", choice(VEHICLE_STATUS_LABELS), default="in_service"),
        Field("insurance_expiry", "保险到期", date, ("保险到期日",), default=None),
        Field("inspection_due", "年检到期", date, ("年检日期",), default=None),
        Field("service_interval_km", "保养间隔（公里）", integer, default=10000),
        Field("service_interval_months", "保养间隔（月）", integer, default=6),
        Field("odometer_start_km", "当前里程", integer, ("里程", "起始里程"), default=0),
        Field("note", "备注"),
    ), _check_vehicle),
}


def kind_of(name: str) -> Kind:
    if name not in KINDS:
        raise ValidationError("kind", "invalid_choice")
    return KINDS[name]


def with_defaults(kind: Kind, values: dict[str, Any]) -> dict[str, Any]:
    """Every field of the kind: the parsed value, or the default for a column not in the file."""
    return {f.name: values.get(f.name, f.default) for f in kind.fields}

