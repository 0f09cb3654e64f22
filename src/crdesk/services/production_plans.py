"""Production plans (生产计划): per month, per product, quantities by week; copy from last month; the
approval workflow; actual production entered or imported and shown beside the plan."""
from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, field

from crdesk.db.models.catalog import Product
from crdesk.db.models.planning import WEEKS, ProductionActual, ProductionPlan, ProductionPlanLine
from crdesk.services import approvals, audit, numbering, records
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError
from crdesk.services.paging import Page, keyset, page_of
from crdesk.services.plan_workflow import PlanHeader, PlanWorkflow, approval_source, header_of, require_read

MAX_WEEK_QTY = 10**9
WEEK_FIELDS = tuple(f"week{week}" for week in WEEKS)


def first_of_month(day: dt.date) -> dt.date:
    return day.replace(day=1)


def previous_month(month: dt.date) -> dt.date:
    return first_of_month(first_of_month(month) - dt.timedelta(days=1))


def weeks_in(month: dt.date) -> int:
    """4 in a 28-day February, 5 otherwise (week 5 is the 29th to the end)."""
    return 5 if calendar.monthrange(month.year, month.month)[1] > 28 else 4


@dataclass
class PlanLineData:
    product_id: int
    weeks: list[int] = field(default_factory=lambda: [0] * len(WEEKS))
    note: str = ""
    product_code: str = ""
    product_name: str = ""
    unit: str = ""
    actual: list[int] = field(default_factory=lambda: [0] * len(WEEKS))

    @property
    def total(self) -> int:
        return sum(self.weeks)

    @property
    def actual_total(self) -> int:
        return sum(self.actual)


@dataclass
class ProductionPlanData:
    month: dt.date
    lines: list[PlanLineData] = field(default_factory=list)
    note: str = ""
    id: int | None = None
    version: int = 0
    header: PlanHeader | None = None  # number, revision, status and the signature steps once saved

    @property
    def total(self) -> int:
        return sum(line.total for line in self.lines)


def title_of(plan: ProductionPlan) -> str:
    return f"{plan.month:%Y年%m月}生产计划"


def _actuals(month: dt.date, product_ids: list[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = {pid: [0] * len(WEEKS) for pid in product_ids}
    query = ProductionActual.select().where((ProductionActual.month == month)
                                            & ProductionActual.product.in_(product_ids)) if product_ids else []
    for row in query:
        found[row.product_id][row.week - 1] = row.quantity
    return found


def lines_of(plan: ProductionPlan) -> list[PlanLineData]:
    rows = list(ProductionPlanLine.select(ProductionPlanLine, Product).join(Product)
                .where(ProductionPlanLine.plan == plan.id).order_by(Product.code))
    actual = _actuals(plan.month, [row.product_id for row in rows])
    return [PlanLineData(row.product_id, [getattr(row, name) for name in WEEK_FIELDS], row.note, row.product.code,
                         row.product.name, row.product.unit, actual[row.product_id]) for row in rows]


def _weeks_by_product(plan: ProductionPlan) -> dict[str, list[int]]:
    return {line.product_code: line.weeks for line in lines_of(plan)}


def validate(data: ProductionPlanData) -> None:
    errors: v.Errors = []
    v.length(errors, "note", data.note, v.NOTE_MAX)
    weeks = weeks_in(data.month)
    ids = [line.product_id for line in data.lines]
    known = {p.id for p in Product.select(Product.id).where(Product.id.in_(ids))} if ids else set()
    seen: set[int] = set()
    for index, line in enumerate(data.lines):
        if line.product_id not in known:
            errors.append((f"lines.{index}.product", "required", {}))
        elif line.product_id in seen:
            errors.append((f"lines.{index}.product", "duplicate_line", {}))
        seen.add(line.product_id)
        v.length(errors, f"lines.{index}.note", line.note, v.LINE_MAX)
        for week, quantity in enumerate(line.weeks, start=1):
            _check_quantity(errors, f"lines.{index}.week{week}", quantity, week, weeks)
    if errors:
        raise ValidationError.of(errors)


def _check_quantity(errors: v.Errors, name: str, quantity, week: int, weeks: int) -> None:
    if not isinstance(quantity, int) or isinstance(quantity, bool):
        errors.append((name, "not_a_number", {}))
    elif not 0 <= quantity <= MAX_WEEK_QTY:
        errors.append((name, "out_of_range", {"min": 0, "max": MAX_WEEK_QTY}))
    elif quantity and week > weeks:
        errors.append((name, "no_such_week", {}))


def _check_submittable(plan: ProductionPlan) -> None:
    if not plan.lines.where(sum(getattr(ProductionPlanLine, name) for name in WEEK_FIELDS) > 0).exists():
        raise ValidationError("lines", "no_lines")


class ProductionPlanService:
    def __init__(self, ctx: Context):
        self.ctx = ctx
        self.flow = PlanWorkflow(ctx, ProductionPlan)

    def page(self, status: str = "", after: tuple | None = None, limit: int = 200) -> Page[PlanHeader]:
        """Newest month first; every revision is listed."""
        require_read(self.ctx)
        query = ProductionPlan.select()
        if status:
            query = query.where(ProductionPlan.status == status)
        rows = keyset(query, ProductionPlan.month, ProductionPlan.id, after, limit, descending=True)
        return page_of(rows, header_of, "month", limit)

    def get(self, plan_id: int) -> ProductionPlanData:
        require_read(self.ctx)
        row = records.get(ProductionPlan, plan_id)
        return ProductionPlanData(row.month, lines_of(row), row.note, row.id, row.version, header_of(row))

    def get_by_number(self, text: str) -> ProductionPlanData:
        require_read(self.ctx)
        return self.get(self.flow.find(text).id)

    def for_month(self, month: dt.date) -> ProductionPlanData | None:
        """The latest revision of the month's plan, or None."""
        require_read(self.ctx)
        row = (ProductionPlan.select().where(ProductionPlan.month == first_of_month(month))
               .order_by(ProductionPlan.revision.desc()).first())
        return self.get(row.id) if row else None

    def copy_from_previous_month(self, month: dt.date) -> ProductionPlanData:
        """An unsaved plan for ``month`` with last month's products and weekly quantities."""
        month = first_of_month(month)
        previous = self.for_month(previous_month(month))
        lines = [] if previous is None else [
            PlanLineData(line.product_id, list(line.weeks[:weeks_in(month)]) + [0] * (5 - weeks_in(month)),
                         line.note, line.product_code, line.product_name, line.unit) for line in previous.lines]
        return ProductionPlanData(month, lines, note="")

    def save(self, data: ProductionPlanData) -> ProductionPlanData:
        """Create the month's plan, or update a draft (any other status is locked)."""
        self.ctx.require(P.PLANS_EDIT)
        data.month = first_of_month(data.month)
        validate(data)
        with self.ctx.db.atomic():
            if data.id is None:
                plan_id = self._create(data)
            else:
                plan_id = self._update(data)
        return self.get(plan_id)

    def _create(self, data: ProductionPlanData) -> int:
        if ProductionPlan.select().where(ProductionPlan.month == data.month).exists():
            raise ValidationError("month", "plan_exists")
        row = self.flow.create(numbering.next_number(self.ctx, "production_plan"), data.month, data.note)
        self._write_lines(row.id, data.lines)
        return row.id

    def _update(self, data: ProductionPlanData) -> int:
        row = self.flow.editable(data.id)
        old = _weeks_by_product(row)
        records.update(self.ctx, ProductionPlan, data.id, data.version, {"note": data.note})
        self._write_lines(data.id, data.lines)
        new = _weeks_by_product(row)
        if old != new:
            audit.record(self.ctx, "update_lines", "production_plan", data.id, {"lines": [old, new]})
        return data.id

    def _write_lines(self, plan_id: int, lines: list[PlanLineData]) -> None:
        ProductionPlanLine.delete().where(ProductionPlanLine.plan == plan_id).execute()
        stamp = self.ctx.now()
        rows = [dict(plan=plan_id, product=line.product_id, note=line.note.strip(), created_at=stamp,
                     updated_at=stamp, updated_by=self.ctx.actor.username, **dict(zip(WEEK_FIELDS, line.weeks)))
                for line in lines]
        if rows:
            ProductionPlanLine.insert_many(rows).execute()

    def submit(self, plan_id: int, version: int) -> ProductionPlanData:
        return self.get(self.flow.submit(plan_id, version, _check_submittable).id)

    def withdraw(self, plan_id: int, version: int) -> ProductionPlanData:
        return self.get(self.flow.withdraw(plan_id, version).id)

    def approve(self, plan_id: int, version: int, comment: str = "") -> ProductionPlanData:
        return self.get(self.flow.approve(plan_id, version, comment).id)

    def reject(self, plan_id: int, version: int, reason: str, comment: str = "") -> ProductionPlanData:
        return self.get(self.flow.reject(plan_id, version, reason, comment).id)

    def revise(self, plan_id: int) -> ProductionPlanData:
        """A new draft revision with the same lines; the old revision is kept unchanged."""
        with self.ctx.db.atomic():
            old = self.get(plan_id)
            new = self.flow.revise(plan_id)
            self._write_lines(new.id, old.lines)
        return self.get(new.id)

    def acknowledge(self, plan_id: int) -> None:
        self.flow.acknowledge(plan_id)


approvals.register(approval_source(ProductionPlan, "生产计划", title_of))
