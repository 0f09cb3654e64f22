"""Trip log (行车记录) with the pre-trip checklist, and fuel log (加油记录) with L/100 km.

A user with FLEET_EDIT logs for anyone. A driver (FLEET_LOG_OWN, linked through ``Driver.user``) logs
their own trips and fills and may edit only entries that are theirs.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee

from crdesk.db.models.catalog import Driver, Vehicle
from crdesk.db.models.fleet import CHECKLIST, FuelLog, TripLog
from crdesk.services import fleet_readings, fleet_rules, records
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.business_settings import BusinessSettings
from crdesk.services.context import Context
from crdesk.services.errors import PermissionDenied, ValidationError
from crdesk.services.fleet import own_driver
from crdesk.services.paging import Page, keyset, page_of


@dataclass
class TripData:
    vehicle_id: int | None
    driver_id: int | None
    trip_date: dt.date
    start_odometer: int
    end_odometer: int
    route: str = ""
    purpose: str = ""
    checked: tuple[str, ...] = ()  # the checklist items found in order (CHECKLIST)
    defects: str = ""
    delivery_run_id: int | None = None
    departed_at: dt.datetime | None = None
    returned_at: dt.datetime | None = None
    id: int | None = None
    version: int = 0
    plate: str = ""
    driver_name: str = ""
    updated_by: str = ""

    @property
    def km(self) -> int:
        return self.end_odometer - self.start_odometer


@dataclass
class FuelData:
    vehicle_id: int | None
    fuel_date: dt.date
    litres: Decimal
    amount: Decimal
    odometer: int
    station: str = ""
    full_tank: bool = True
    driver_id: int | None = None
    id: int | None = None
    version: int = 0
    plate: str = ""
    driver_name: str = ""
    l_per_100km: Decimal | None = None  # filled by fuel_with_consumption …
    distance_km: int | None = None  # … over the km since the previous full tank
    outlier: bool = False
    updated_by: str = ""


@dataclass(frozen=True)
class LogFilter:
    vehicle_id: int | None = None
    driver_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


def trip_data(row: TripLog) -> TripData:
    return TripData(
        vehicle_id=row.vehicle_id, driver_id=row.driver_id, trip_date=row.trip_date,
        start_odometer=row.start_odometer, end_odometer=row.end_odometer, route=row.route, purpose=row.purpose,
        checked=tuple(item for item in CHECKLIST if getattr(row, f"check_{item}")), defects=row.defects,
        delivery_run_id=row.delivery_run_id, departed_at=row.departed_at, returned_at=row.returned_at,
        id=row.id, version=row.version, plate=row.vehicle.plate, driver_name=row.driver.name,
        updated_by=row.updated_by)


def fuel_data(row: FuelLog) -> FuelData:
    return FuelData(
        vehicle_id=row.vehicle_id, fuel_date=row.fuel_date, litres=row.litres, amount=row.amount,
        odometer=row.odometer, station=row.station, full_tank=row.full_tank, driver_id=row.driver_id,
        id=row.id, version=row.version, plate=row.vehicle.plate,
        driver_name=row.driver.name if row.driver_id else "", updated_by=row.updated_by)


def _common(errors: v.Errors, ctx: Context, vehicle_id, driver_id, driver_required: bool,
            date_field: str, day: dt.date) -> None:
    if vehicle_id is None or not Vehicle.select().where(Vehicle.id == vehicle_id).exists():
        errors.append(("vehicle", "required", {}))
    if (driver_id is None and driver_required) or (
            driver_id is not None and not Driver.select().where(Driver.id == driver_id).exists()):
        errors.append(("driver", "required", {}))
    if day is None:
        errors.append((date_field, "required", {}))
    elif day > ctx.today():
        errors.append((date_field, "future_date", {}))


def validate_trip(ctx: Context, data: TripData) -> None:
    errors: v.Errors = []
    _common(errors, ctx, data.vehicle_id, data.driver_id, True, "trip_date", data.trip_date)
    if data.start_odometer is None or data.start_odometer < 0:
        errors.append(("start_odometer", "not_negative", {}))
    if data.end_odometer is None:
        errors.append(("end_odometer", "required", {}))
    if data.departed_at and data.returned_at and data.returned_at < data.departed_at:
        errors.append(("returned_at", "returned_before_departed", {}))
    v.length(errors, "route", data.route, v.LINE_MAX)
    v.length(errors, "purpose", data.purpose, v.LINE_MAX)
    if any(item not in CHECKLIST for item in data.checked):
        errors.append(("checked", "invalid_choice", {}))
    elif set(data.checked) != set(CHECKLIST) and not data.defects.strip():
        errors.append(("defects", "defects_required", {}))
    v.length(errors, "defects", data.defects, v.NOTE_MAX)
    if errors:
        raise ValidationError.of(errors)


def validate_fuel(ctx: Context, data: FuelData) -> None:
    errors: v.Errors = []
    _common(errors, ctx, data.vehicle_id, data.driver_id, False, "fuel_date", data.fuel_date)
    for name in ("litres", "amount"):
        value = getattr(data, name)
        if value is None or value <= 0:
            errors.append((name, "must_be_positive", {}))
    if data.odometer is None or data.odometer < 0:
        errors.append(("odometer", "not_negative", {}))
    v.length(errors, "station", data.station, 128)
    if errors:
        raise ValidationError.of(errors)


def authorize_entry(ctx: Context, driver_id: int | None, existing_driver_id: int | None = None,
                    editing: bool = False) -> int | None:
    """FLEET_EDIT: anything. Otherwise FLEET_LOG_OWN and the entry (old and new) is the user's own.
    Returns the driver the entry belongs to (a driver's own profile when none was chosen)."""
    if ctx.actor.can(P.FLEET_EDIT):
        return driver_id
    ctx.require(P.FLEET_LOG_OWN)
    mine = own_driver(ctx)
    if mine is None:
        raise ValidationError("driver", "no_driver_profile")
    if editing and existing_driver_id != mine.id:
        raise PermissionDenied(P.FLEET_EDIT)
    if driver_id not in (None, mine.id):
        raise ValidationError("driver", "not_own_entry")
    return mine.id


def filtered_logs(model, date_field, flt: LogFilter):
    """A log query joined to its vehicle (and driver, where the log has one), filtered."""
    has_driver = "driver" in model._meta.fields
    if has_driver:
        query = model.select(model, Vehicle, Driver).join_from(model, Vehicle).join_from(
            model, Driver, join_type=peewee.JOIN.LEFT_OUTER)
    else:
        query = model.select(model, Vehicle).join_from(model, Vehicle)
    if flt.vehicle_id is not None:
        query = query.where(model.vehicle == flt.vehicle_id)
    if flt.driver_id is not None and has_driver:
        query = query.where(model.driver == flt.driver_id)
    if flt.date_from is not None:
        query = query.where(date_field >= flt.date_from)
    if flt.date_to is not None:
        query = query.where(date_field <= flt.date_to)
    return query


class FleetLogService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    # trips
    def trip(self, trip_id: int) -> TripData:
        self.ctx.require(P.FLEET_READ)
        return trip_data(records.get(TripLog, trip_id))

    def trips(self, flt: LogFilter = LogFilter(), after: tuple | None = None, limit: int = 200) -> Page[TripData]:
        """Newest first, keyset-paged on (trip_date, id)."""
        self.ctx.require(P.FLEET_READ)
        rows = keyset(filtered_logs(TripLog, TripLog.trip_date, flt), TripLog.trip_date, TripLog.id, after, limit,
                      descending=True)
        return page_of(rows, trip_data, "trip_date", limit)

    def save_trip(self, data: TripData) -> TripData:
        existing = records.get(TripLog, data.id) if data.id is not None else None
        data.driver_id = authorize_entry(self.ctx, data.driver_id, existing and existing.driver_id,
                                         editing=existing is not None)
        validate_trip(self.ctx, data)
        values = dict(vehicle=data.vehicle_id, driver=data.driver_id, trip_date=data.trip_date,
                      start_odometer=data.start_odometer, end_odometer=data.end_odometer,
                      route=data.route.strip(), purpose=data.purpose.strip(), defects=data.defects.strip(),
                      delivery_run_id=data.delivery_run_id, departed_at=data.departed_at,
                      returned_at=data.returned_at,
                      **{f"check_{item}": item in data.checked for item in CHECKLIST})
        with self.ctx.db.atomic():
            vehicle = fleet_readings.lock_vehicle(data.vehicle_id)
            fleet_readings.check_trip(vehicle, data.trip_date, data.start_odometer, data.end_odometer,
                                      fleet_readings.Exclude(trip=data.id))
            row = self._write(TripLog, data.id, data.version, values)
            self._refresh(data.vehicle_id, existing)
        return self.trip(row.id)

    # fuel
    def fuel(self, fuel_id: int) -> FuelData:
        self.ctx.require(P.FLEET_READ)
        return fuel_data(records.get(FuelLog, fuel_id))

    def fuel_page(self, flt: LogFilter = LogFilter(), after: tuple | None = None,
                  limit: int = 200) -> Page[FuelData]:
        self.ctx.require(P.FLEET_READ)
        rows = keyset(filtered_logs(FuelLog, FuelLog.fuel_date, flt), FuelLog.fuel_date, FuelLog.id, after, limit,
                      descending=True)
        return page_of(rows, fuel_data, "fuel_date", limit)

    def save_fuel(self, data: FuelData) -> FuelData:
        existing = records.get(FuelLog, data.id) if data.id is not None else None
        data.driver_id = authorize_entry(self.ctx, data.driver_id, existing and existing.driver_id,
                                         editing=existing is not None)
        validate_fuel(self.ctx, data)
        values = dict(vehicle=data.vehicle_id, driver=data.driver_id, fuel_date=data.fuel_date,
                      litres=Decimal(data.litres), amount=Decimal(data.amount), odometer=data.odometer,
                      station=data.station.strip(), full_tank=data.full_tank)
        with self.ctx.db.atomic():
            vehicle = fleet_readings.lock_vehicle(data.vehicle_id)
            fleet_readings.check_point(vehicle, data.fuel_date, data.odometer, fleet_readings.Exclude(fuel=data.id))
            row = self._write(FuelLog, data.id, data.version, values)
            self._refresh(data.vehicle_id, existing)
        return self.fuel(row.id)

    def fuel_with_consumption(self, vehicle_id: int, date_from: dt.date, date_to: dt.date) -> list[FuelData]:
        """The vehicle's fills in the period, oldest first, with L/100 km since the previous full tank
        (which may lie before the period) and outliers flagged."""
        self.ctx.require(P.FLEET_READ)
        previous_full = (FuelLog.select(peewee.fn.MAX(FuelLog.odometer))
                         .where((FuelLog.vehicle == vehicle_id) & (FuelLog.fuel_date < date_from)
                                & (FuelLog.full_tank == True)).scalar())  # noqa: E712
        since = FuelLog.fuel_date >= date_from
        if previous_full is not None:
            since |= FuelLog.odometer >= previous_full
        query = filtered_logs(FuelLog, FuelLog.fuel_date, LogFilter(vehicle_id, date_to=date_to)).where(since)
        rows = [fuel_data(r) for r in query.order_by(FuelLog.odometer, FuelLog.fuel_date, FuelLog.id).limit(2000)]
        outlier_pct = BusinessSettings(self.ctx).get("fleet_consumption_outlier_pct")
        computed = fleet_rules.consumption(
            [fleet_rules.Fill(r.id, r.odometer, r.litres, r.full_tank) for r in rows], outlier_pct)
        for row, result in zip(rows, computed):
            row.l_per_100km, row.distance_km, row.outlier = result.l_per_100km, result.distance_km, result.outlier
        return [row for row in rows if row.fuel_date >= date_from]

    # shared
    def _write(self, model, record_id, version, values):
        if record_id is None:
            return records.create(self.ctx, model, **values)
        return records.update(self.ctx, model, record_id, version, values)

    @staticmethod
    def _refresh(vehicle_id: int, existing) -> None:
        fleet_readings.refresh_odometer(vehicle_id)
        if existing is not None and existing.vehicle_id != vehicle_id:
            fleet_readings.refresh_odometer(existing.vehicle_id)
