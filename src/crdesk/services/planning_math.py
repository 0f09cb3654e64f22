"""The packaging arithmetic, pure and in Decimal (no database, no floats).

required = Σ planned quantity × quantity per unit × (1 + scrap %)
net      = required − stock − open purchases + safety stock
to buy   = 0 when net ≤ 0, else max(net, minimum order) rounded up to a multiple of the pack size
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from typing import Iterable

QTY = Decimal("0.001")
MONEY = Decimal("0.01")
ZERO = Decimal(0)
HUNDRED = Decimal(100)


def dec(value) -> Decimal:
    """A Decimal from what a database returns (Decimal, int, float from SQLite SUM, None)."""
    if value is None:
        return ZERO
    if isinstance(value, Decimal):
        return value
    return Decimal(str(value))


def qty(value) -> Decimal:
    """A stored quantity: three decimals."""
    return dec(value).quantize(QTY, ROUND_HALF_UP)


def usage(quantity, per_unit, scrap_pct) -> Decimal:
    """Material for ``quantity`` units of product, scrap included (exact, not rounded)."""
    return dec(quantity) * dec(per_unit) * (1 + dec(scrap_pct) / HUNDRED)


def round_up_to(amount: Decimal, pack_size: Decimal) -> Decimal:
    """The smallest multiple of ``pack_size`` that is ≥ ``amount``."""
    if pack_size <= 0:
        raise ValueError("pack size must be positive")
    packs = (amount / pack_size).to_integral_value(ROUND_CEILING)
    return packs * pack_size


def net_need(required, stock, on_order, safety_stock) -> Decimal:
    return dec(required) - dec(stock) - dec(on_order) + dec(safety_stock)


def to_buy(net, pack_size, min_order) -> Decimal:
    """Never negative; a multiple of the pack size; at least the minimum order when anything is bought."""
    net, pack_size, min_order = dec(net), dec(pack_size), dec(min_order)
    if net <= 0:
        return ZERO
    return round_up_to(max(net, min_order), pack_size)


def amount_of(quantity, unit_price) -> Decimal:
    return (dec(quantity) * dec(unit_price)).quantize(MONEY, ROUND_HALF_UP)


@dataclass(frozen=True)
class ProductionNeed:
    """One product's planned quantities, week by week."""
    product_id: int
    weeks: tuple[int, ...]


@dataclass(frozen=True)
class BomUse:
    product_id: int
    material_id: int
    per_unit: Decimal
    scrap_pct: Decimal = ZERO


@dataclass(frozen=True)
class MaterialTerms:
    material_id: int
    stock: Decimal = ZERO
    on_order: Decimal = ZERO
    safety_stock: Decimal = ZERO
    pack_size: Decimal = Decimal(1)
    min_order: Decimal = ZERO
    unit_price: Decimal = ZERO


@dataclass(frozen=True)
class PurchaseLine:
    """One material's arithmetic, every term kept so the line can show it."""
    material_id: int
    required: Decimal
    stock: Decimal
    on_order: Decimal
    safety_stock: Decimal
    net: Decimal
    pack_size: Decimal
    min_order: Decimal
    proposed: Decimal
    unit_price: Decimal
    amount: Decimal
    first_week: int  # the earliest week of the month that uses the material


def line_for(required: Decimal, first_week: int, terms: MaterialTerms) -> PurchaseLine:
    required = required.quantize(QTY, ROUND_CEILING)  # rounding must never shrink the need
    net = net_need(required, terms.stock, terms.on_order, terms.safety_stock)
    proposed = to_buy(net, terms.pack_size, terms.min_order)
    return PurchaseLine(terms.material_id, required, qty(terms.stock), qty(terms.on_order),
                        qty(terms.safety_stock), net, terms.pack_size, terms.min_order, proposed,
                        terms.unit_price, amount_of(proposed, terms.unit_price), first_week)


def requirements(production: Iterable[ProductionNeed], bom: Iterable[BomUse]) -> dict[int, tuple[Decimal, int]]:
    """material id → (exact required quantity, first week needed), for materials the plan uses."""
    uses: dict[int, list[BomUse]] = {}
    for use in bom:
        uses.setdefault(use.product_id, []).append(use)
    needed: dict[int, tuple[Decimal, int]] = {}
    for need in production:
        for week, quantity in enumerate(need.weeks, start=1):
            if not quantity:
                continue
            for use in uses.get(need.product_id, ()):
                total, first = needed.get(use.material_id, (ZERO, week))
                needed[use.material_id] = (total + usage(quantity, use.per_unit, use.scrap_pct), min(first, week))
    return needed


def purchase_lines(production: Iterable[ProductionNeed], bom: Iterable[BomUse],
                   terms: dict[int, MaterialTerms]) -> list[PurchaseLine]:
    """The purchase plan for a production plan, one line per material used, ordered by material id.

    The same inputs in any order give the same lines (regenerating gives the same plan).
    """
    needed = requirements(production, bom)
    return [line_for(needed[material_id][0], needed[material_id][1],
                     terms.get(material_id, MaterialTerms(material_id)))
            for material_id in sorted(needed)]


def week_start(month: dt.date, week: int) -> dt.date:
    """First day of week ``week`` (1–5) of ``month``: the 1st, 8th, 15th, 22nd or 29th."""
    return month.replace(day=1) + dt.timedelta(days=7 * (week - 1))
