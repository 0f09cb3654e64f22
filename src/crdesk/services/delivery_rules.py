"""Rules shared by the delivery services: status labels, status guards, weights, the scheduling checks.

The scheduling checks (排车检查) answer "may these orders go on this run, with this vehicle and driver, at
this time?": load over the vehicle's capacity and a vehicle or driver on two runs at overlapping times are
checked here; the vehicle's papers, maintenance and the driver's licence come from ``dispatch.py``.
Blocking problems refuse the action unless a user with DISPATCH_OVERRIDE gives a reason (audited).
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

import peewee

from crdesk.db.models.catalog import Product, Vehicle
from crdesk.db.models.deliveries import DeliveryOrder, DeliveryRun
from crdesk.services import audit, dispatch
from crdesk.services import permissions as P
from crdesk.services.context import Context
from crdesk.services.dispatch import DispatchProblem
from crdesk.services.errors import InvalidTransition, ServiceError, ValidationError

ORDER_STATUS_LABELS = {"pending": "待排车", "scheduled": "已排车", "out": "配送中", "delivered": "已送达",
                       "partial": "部分送达", "failed": "未送达"}
RUN_STATUS_LABELS = {"planned": "计划", "dispatched": "已发车", "completed": "已完成"}
SLIP_STATUS_LABELS = {"issued": "已开单", "signed": "已签收", "void": "作废"}
# Our own codes; the others (papers, licence, maintenance) are dispatch.py's.
CAPACITY = "over_capacity"
VEHICLE_BOOKED = "vehicle_double_booked"
DRIVER_BOOKED = "driver_double_booked"
TENTH = Decimal("0.1")


class SchedulingRefused(ServiceError):
    """Blocking scheduling problems and no override; ``problems`` lists all of them (warnings too)."""

    code = "scheduling_refused"

    def __init__(self, problems: list[DispatchProblem]):
        from crdesk.messages import text

        reasons = "；".join(text(p.code, p.params) for p in problems if p.blocking)
        super().__init__(reasons=reasons)
        self.problems = problems


def hhmm(value: dt.time | None) -> str:
    """A time of day as stored: "08:30" ("" for none)."""
    return value.strftime("%H:%M") if value is not None else ""


def clock(value: str) -> dt.time | None:
    """A stored "HH:MM" back as a time (None for "")."""
    return dt.time.fromisoformat(value) if value else None


def window_text(start: str, end: str) -> str:
    return f"{start}–{end}" if start or end else ""


def require_status(row: peewee.Model, allowed: tuple[str, ...]) -> None:
    if row.status not in allowed:
        raise InvalidTransition(status=row.status)


def line_weight(product: Product, quantity) -> Decimal:
    return (Decimal(product.unit_weight_kg or 0) * Decimal(quantity)).quantize(TENTH, ROUND_HALF_UP)


def capacity_problems(vehicle: Vehicle, load_kg: Decimal) -> list[DispatchProblem]:
    capacity = Decimal(vehicle.capacity_kg or 0)
    if capacity > 0 and load_kg > capacity:
        return [DispatchProblem(CAPACITY, {"plate": vehicle.plate, "load": f"{load_kg:.1f}",
                                           "capacity": f"{capacity:.1f}"})]
    return []


def booking_problems(day: dt.date, vehicle_id: int, driver_id: int, departs: dt.time, returns: dt.time,
                     run_id: int | None = None) -> list[DispatchProblem]:
    """Other runs of the same vehicle or driver whose time overlaps [departs, returns)."""
    query = (DeliveryRun.select().where(
        (DeliveryRun.run_date == day) & (DeliveryRun.departs_at < hhmm(returns))
        & (DeliveryRun.returns_at > hhmm(departs))
        & ((DeliveryRun.vehicle == vehicle_id) | (DeliveryRun.driver == driver_id))).order_by(DeliveryRun.id))
    if run_id is not None:
        query = query.where(DeliveryRun.id != run_id)
    problems = []
    for other in query:
        times = window_text(other.departs_at, other.returns_at)
        if other.vehicle_id == vehicle_id:
            problems.append(DispatchProblem(VEHICLE_BOOKED, {"plate": other.vehicle.plate, "run": other.number,
                                                             "times": times}))
        if other.driver_id == driver_id:
            problems.append(DispatchProblem(DRIVER_BOOKED, {"name": other.driver.name, "run": other.number,
                                                            "times": times}))
    return problems


def run_load(run_id: int) -> Decimal:
    total = (DeliveryOrder.select(peewee.fn.SUM(DeliveryOrder.weight_kg))
             .where(DeliveryOrder.run == run_id).scalar())
    return Decimal(total or 0)


def check(ctx: Context, day: dt.date, vehicle_id: int, driver_id: int, departs: dt.time, returns: dt.time,
          load_kg: Decimal, run_id: int | None = None) -> list[DispatchProblem]:
    """Every scheduling problem, blocking ones first."""
    problems = dispatch.check_dispatch(ctx, vehicle_id, driver_id, day)
    problems += booking_problems(day, vehicle_id, driver_id, departs, returns, run_id)
    problems += capacity_problems(Vehicle.get_by_id(vehicle_id), load_kg)
    return sorted(problems, key=lambda p: not p.blocking)


def enforce(ctx: Context, problems: list[DispatchProblem], override_reason: str, table_id: int | None,
            vehicle_id: int, driver_id: int, day: dt.date) -> list[DispatchProblem]:
    """Refuse on blocking problems unless overridden with a reason; returns what is left to warn about."""
    refused = [p for p in problems if p.blocking]
    if not refused:
        return problems
    if not override_reason.strip():
        raise SchedulingRefused(problems)
    ctx.require(P.DISPATCH_OVERRIDE)
    if len(override_reason) > 255:
        raise ValidationError("override_reason", "too_long", max=255, length=len(override_reason))
    ours = {CAPACITY, VEHICLE_BOOKED, DRIVER_BOOKED}
    if any(p.code not in ours for p in refused):
        dispatch.override(ctx, vehicle_id, driver_id, day, override_reason)
    audit.record(ctx, "schedule_override", "delivery_run", table_id,
                 {"problems": [None, [p.code for p in refused]]}, override_reason.strip())
    return problems
