"""The dispatch check (派车检查): may this vehicle and driver go out on this day?

Used by the deliveries area before a run is dispatched. Blocking problems refuse the dispatch unless a
user with DISPATCH_OVERRIDE overrides them with a reason (audited); the others are warnings.
Dates are the last valid day: insurance expiring on the 5th covers a run on the 5th, not the 6th.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from crdesk.db.models.catalog import Driver, Vehicle
from crdesk.services import audit, fleet_readings, records
from crdesk.services import permissions as P
from crdesk.services.business_settings import BusinessSettings
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError

WARN_DAYS = 7  # a paper expiring within this many days after the run is a (non-blocking) warning


@dataclass(frozen=True)
class DispatchProblem:
    code: str  # a messages.py code, e.g. insurance_expired
    params: dict = field(default_factory=dict)
    blocking: bool = True


def _expiry(code: str, expiry: dt.date | None, day: dt.date) -> list[DispatchProblem]:
    """<code>_unknown / _expired (blocking) / _expiring (warning) for one paper's last valid day."""
    if expiry is None:
        return [DispatchProblem(f"{code}_unknown", {}, blocking=False)]
    days = (expiry - day).days
    if days < 0:
        return [DispatchProblem(f"{code}_expired", {"date": expiry.isoformat(), "days": -days})]
    if days <= WARN_DAYS:
        return [DispatchProblem(f"{code}_expiring", {"date": expiry.isoformat(), "days": days}, blocking=False)]
    return []


def _service(ctx: Context, vehicle: Vehicle, day: dt.date) -> list[DispatchProblem]:
    due = fleet_readings.service_due_of(vehicle, day)
    if not due.is_due:
        return []
    settings = BusinessSettings(ctx)
    params = {"due_km": due.due_km, "due_date": due.due_date.isoformat() if due.due_date else "",
              "odometer": vehicle.odometer_km}
    blocking = due.overdue_beyond(settings.get("fleet_service_margin_km"), settings.get("fleet_service_margin_days"))
    return [DispatchProblem("service_overdue" if blocking else "service_due", params, blocking)]


def vehicle_problems(ctx: Context, vehicle: Vehicle, day: dt.date) -> list[DispatchProblem]:
    if vehicle.status == "retired":
        return [DispatchProblem("vehicle_retired", {"plate": vehicle.plate})]
    problems = []
    if vehicle.status == "maintenance":
        problems.append(DispatchProblem("vehicle_in_maintenance", {"plate": vehicle.plate}))
    problems += _expiry("insurance", vehicle.insurance_expiry, day)
    problems += _expiry("inspection", vehicle.inspection_due, day)
    return problems + _service(ctx, vehicle, day)


def driver_problems(driver: Driver, day: dt.date) -> list[DispatchProblem]:
    problems = [] if driver.active else [DispatchProblem("driver_inactive", {"name": driver.name})]
    return problems + _expiry("licence", driver.licence_expiry, day)


def check_dispatch(ctx: Context, vehicle_id: int, driver_id: int, day: dt.date) -> list[DispatchProblem]:
    """Every problem with sending this vehicle and driver out on ``day``, blocking ones first.

    A read-only guard: it needs no permission of its own (the caller's use case checks its own)."""
    vehicle = records.get(Vehicle, vehicle_id)
    driver = records.get(Driver, driver_id)
    problems = vehicle_problems(ctx, vehicle, day) + driver_problems(driver, day)
    return sorted(problems, key=lambda p: not p.blocking)


def blocking(problems: list[DispatchProblem]) -> list[DispatchProblem]:
    return [p for p in problems if p.blocking]


def override(ctx: Context, vehicle_id: int, driver_id: int, day: dt.date, reason: str) -> list[DispatchProblem]:
    """Allow a dispatch despite its blocking problems (manager only); the reason goes into the audit trail.

    Returns the blocking problems that were overridden."""
    ctx.require(P.DISPATCH_OVERRIDE)
    if not reason or not reason.strip():
        raise ValidationError("reason", "required")
    refused = blocking(check_dispatch(ctx, vehicle_id, driver_id, day))
    changes = {"driver": [None, driver_id], "day": [None, day.isoformat()],
               "problems": [None, [p.code for p in refused]]}
    audit.record(ctx, "dispatch_override", "vehicle", vehicle_id, changes, reason.strip())
    return refused
