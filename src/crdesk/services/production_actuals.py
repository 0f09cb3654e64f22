"""Actual production (实际产量) by product and week, entered or imported from CSV, shown beside the plan.

Actuals are facts reported after the event, so they can be entered for any month, also one whose plan is
approved and locked. Each change is audited with the old and new figure.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path

from crdesk.db.models.catalog import Product
from crdesk.db.models.planning import ProductionActual
from crdesk.services import permissions as P
from crdesk.services import records
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError
from crdesk.services.production_plans import MAX_WEEK_QTY, first_of_month, weeks_in

CSV_HEADERS = ("产品编号", "周", "数量")


@dataclass(frozen=True)
class ActualEntry:
    product_id: int
    week: int
    quantity: int


def read_csv_text(raw: bytes) -> str:
    """UTF-8 (with or without BOM) first, then GB18030 (what Excel writes on a Chinese Windows)."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("gb18030")


def _validate(month: dt.date, entries: list[ActualEntry]) -> None:
    errors: v.Errors = []
    ids = {entry.product_id for entry in entries}
    known = {p.id for p in Product.select(Product.id).where(Product.id.in_(list(ids)))} if ids else set()
    for index, entry in enumerate(entries):
        if entry.product_id not in known:
            errors.append((f"entries.{index}.product", "required", {}))
        if entry.week not in range(1, weeks_in(month) + 1):
            errors.append((f"entries.{index}.week", "out_of_range", {"min": 1, "max": weeks_in(month)}))
        if not isinstance(entry.quantity, int) or not 0 <= entry.quantity <= MAX_WEEK_QTY:
            errors.append((f"entries.{index}.quantity", "out_of_range", {"min": 0, "max": MAX_WEEK_QTY}))
    if errors:
        raise ValidationError.of(errors)


class ProductionActualService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def record(self, month: dt.date, entries: list[ActualEntry]) -> int:
        """Set the actual quantity of each (product, week); returns how many figures changed."""
        self.ctx.require(P.PLANS_EDIT)
        month = first_of_month(month)
        _validate(month, entries)
        changed = 0
        with self.ctx.db.atomic():
            for entry in entries:
                changed += self._put(month, entry)
        return changed

    def _put(self, month: dt.date, entry: ActualEntry) -> int:
        row = ProductionActual.get_or_none((ProductionActual.month == month) & (ProductionActual.week == entry.week)
                                           & (ProductionActual.product == entry.product_id))
        if row is None:
            records.create(self.ctx, ProductionActual, product=entry.product_id, month=month, week=entry.week,
                           quantity=entry.quantity)
            return 1
        if row.quantity == entry.quantity:
            return 0
        records.update(self.ctx, ProductionActual, row.id, row.version, {"quantity": entry.quantity})
        return 1

    def parse_csv(self, month: dt.date, raw: bytes) -> list[ActualEntry]:
        """Rows of 产品编号, 周, 数量 (a header row is expected); errors name the CSV line (rows.N.field)."""
        rows = list(csv.reader(io.StringIO(read_csv_text(raw))))
        if not rows or tuple(cell.strip() for cell in rows[0][:3]) != CSV_HEADERS:
            raise ValidationError("file", "bad_header", expected=",".join(CSV_HEADERS))
        codes = {row[0].strip().upper() for row in rows[1:] if row}
        ids = dict(Product.select(Product.code, Product.id).where(Product.code.in_(list(codes))).tuples()) if codes else {}
        entries, errors = [], []
        for line, row in enumerate(rows[1:], start=2):
            if not any(cell.strip() for cell in row):
                continue
            cells = (row + ["", "", ""])[:3]
            product_id = ids.get(cells[0].strip().upper())
            week, quantity = _int(cells[1]), _int(cells[2])
            if product_id is None:
                errors.append((f"rows.{line}.product", "not_found", {"what": "product", "key": cells[0]}))
            if week is None or quantity is None:
                errors.append((f"rows.{line}.quantity", "not_a_number", {}))
            elif week not in range(1, weeks_in(month) + 1):
                errors.append((f"rows.{line}.week", "out_of_range", {"min": 1, "max": weeks_in(month)}))
            if product_id is not None and week is not None and quantity is not None:
                entries.append(ActualEntry(product_id, week, quantity))
        if errors:
            raise ValidationError.of(errors)
        return entries

    def import_csv(self, month: dt.date, path: Path) -> int:
        """Import a CSV of actuals for ``month``; all or nothing. Returns how many figures changed."""
        return self.record(month, self.parse_csv(month, Path(path).read_bytes()))


def _int(text: str) -> int | None:
    text = text.strip().replace(",", "")
    return int(text) if text.isdigit() else None
