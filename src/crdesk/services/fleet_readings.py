"""Odometer readings across the trip, fuel and maintenance logs, and each vehicle's next service.

A reading may never be lower than the last reading before it, nor higher than a reading logged for a
later day. Trips are intervals (a fill logged the same day may lie inside one); fills and maintenance are
points. The vehicle's ``odometer_km`` caches the highest reading (derived data: no version bump).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from crdesk.db.models.catalog import Vehicle
from crdesk.db.models.fleet import FuelLog, MaintenanceLog, TripLog
from crdesk.services import fleet_rules
from crdesk.services.errors import ValidationError

fn = peewee.fn


@dataclass(frozen=True)
class Exclude:
    """The entry being edited, left out of its own comparison."""

    trip: int | None = None
    fuel: int | None = None
    maintenance: int | None = None


def _scalar(query) -> int | None:
    return query.scalar()


def _without(query, model, record_id):
    return query if record_id is None else query.where(model.id != record_id)


def floor_before(vehicle: Vehicle, day: dt.date, exclude: Exclude, same_day_trips: bool,
                 same_day_points: bool) -> int:
    """The highest reading before ``day`` (optionally including that day's trips or fills/maintenance)."""
    trip_day = (TripLog.trip_date <= day) if same_day_trips else (TripLog.trip_date < day)
    fuel_day = (FuelLog.fuel_date <= day) if same_day_points else (FuelLog.fuel_date < day)
    care_day = (MaintenanceLog.service_date <= day) if same_day_points else (MaintenanceLog.service_date < day)
    values = [
        _scalar(_without(TripLog.select(fn.MAX(TripLog.end_odometer)).where(
            (TripLog.vehicle == vehicle.id) & trip_day), TripLog, exclude.trip)),
        _scalar(_without(FuelLog.select(fn.MAX(FuelLog.odometer)).where(
            (FuelLog.vehicle == vehicle.id) & fuel_day), FuelLog, exclude.fuel)),
        _scalar(_without(MaintenanceLog.select(fn.MAX(MaintenanceLog.odometer)).where(
            (MaintenanceLog.vehicle == vehicle.id) & care_day), MaintenanceLog, exclude.maintenance)),
    ]
    return max([vehicle.odometer_start_km] + [v for v in values if v is not None])


def ceiling_after(vehicle: Vehicle, day: dt.date, exclude: Exclude) -> int | None:
    """The lowest reading logged for a day after ``day`` (None when nothing later is logged)."""
    values = [
        _scalar(_without(TripLog.select(fn.MIN(TripLog.start_odometer)).where(
            (TripLog.vehicle == vehicle.id) & (TripLog.trip_date > day)), TripLog, exclude.trip)),
        _scalar(_without(FuelLog.select(fn.MIN(FuelLog.odometer)).where(
            (FuelLog.vehicle == vehicle.id) & (FuelLog.fuel_date > day)), FuelLog, exclude.fuel)),
        _scalar(_without(MaintenanceLog.select(fn.MIN(MaintenanceLog.odometer)).where(
            (MaintenanceLog.vehicle == vehicle.id) & (MaintenanceLog.service_date > day)),
            MaintenanceLog, exclude.maintenance)),
    ]
    present = [v for v in values if v is not None]
    return min(present) if present else None


def lock_vehicle(vehicle_id: int) -> Vehicle:
    """Take the vehicle's row lock for the rest of the transaction, so two logs cannot race past the check."""
    Vehicle.update(odometer_km=Vehicle.odometer_km).where(Vehicle.id == vehicle_id).execute()
    vehicle = Vehicle.get_or_none(Vehicle.id == vehicle_id)
    if vehicle is None:
        raise ValidationError("vehicle", "required")
    return vehicle


def check_trip(vehicle: Vehicle, day: dt.date, start: int, end: int, exclude: Exclude) -> None:
    last = floor_before(vehicle, day, exclude, same_day_trips=True, same_day_points=False)
    if start < last:
        raise ValidationError("start_odometer", "odometer_below_last", last=last)
    if end < start:
        raise ValidationError("end_odometer", "odometer_end_before_start", start=start)
    following = ceiling_after(vehicle, day, exclude)
    if following is not None and end > following:
        raise ValidationError("end_odometer", "odometer_above_later", next=following)


def check_point(vehicle: Vehicle, day: dt.date, reading: int, exclude: Exclude, field: str = "odometer") -> None:
    last = floor_before(vehicle, day, exclude, same_day_trips=False, same_day_points=True)
    if reading < last:
        raise ValidationError(field, "odometer_below_last", last=last)
    following = ceiling_after(vehicle, day, exclude)
    if following is not None and reading > following:
        raise ValidationError(field, "odometer_above_later", next=following)


def refresh_odometer(vehicle_id: int) -> int:
    """Recompute the cached current reading from the logs."""
    vehicle = Vehicle.get_by_id(vehicle_id)
    current = floor_before(vehicle, dt.date.max, Exclude(), same_day_trips=True, same_day_points=True)
    Vehicle.update(odometer_km=current).where(Vehicle.id == vehicle_id).execute()
    return current


def last_service(vehicle: Vehicle) -> tuple[dt.date, int]:
    """(date, km) of the latest 保养, or the vehicle's registration when it has none yet."""
    row = (MaintenanceLog.select(MaintenanceLog.service_date, MaintenanceLog.odometer)
           .where((MaintenanceLog.vehicle == vehicle.id) & (MaintenanceLog.kind == "service"))
           .order_by(MaintenanceLog.service_date.desc(), MaintenanceLog.id.desc()).first())
    if row is None:
        return vehicle.created_at.date(), vehicle.odometer_start_km
    return row.service_date, row.odometer if row.odometer is not None else vehicle.odometer_start_km


def service_due_of(vehicle: Vehicle, day: dt.date) -> fleet_rules.ServiceDue:
    base_date, base_km = last_service(vehicle)
    return fleet_rules.service_due(base_date, base_km, vehicle.service_interval_km,
                                   vehicle.service_interval_months, vehicle.odometer_km, day)


def month_readings(vehicle_id: int, first: dt.date, last: dt.date) -> tuple[int, int]:
    """(the last reading before ``first``, the last reading through ``last``): a month's start and end."""
    vehicle = Vehicle.get_by_id(vehicle_id)
    return (floor_before(vehicle, first, Exclude(), same_day_trips=False, same_day_points=False),
            floor_before(vehicle, last, Exclude(), same_day_trips=True, same_day_points=True))
