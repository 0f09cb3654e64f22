"""Vehicles (车辆) and drivers (司机): the fleet's master data. Only FLEET_EDIT changes it.

The trip, fuel and maintenance logs are in ``fleet_logs``; the compliance list and reports in
``fleet_reports``; the dispatch check in ``dispatch``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal

import peewee

from crdesk.db.models.catalog import Driver, Vehicle
from crdesk.db.models.core import User
from crdesk.db.models.fleet import FUEL_TYPES, VEHICLE_STATUSES, VEHICLE_TYPES
from crdesk.services import audit, fleet_plates, fleet_readings, fleet_rules, records
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.errors import NotFound, ValidationError

LICENCE_CLASSES = ("", "A1", "A2", "A3", "B1", "B2", "C1", "C2", "C3", "C4", "C5", "C6", "D", "E", "F", "M", "N", "P")


@dataclass
class VehicleData:
    plate: str
    model: str = ""
    vehicle_type: str = "van"
    fuel_type: str = "diesel"
    capacity_kg: Decimal = Decimal(0)
    capacity_m3: Decimal = Decimal(0)
    status: str = "in_service"
    insurance_expiry: dt.date | None = None
    inspection_due: dt.date | None = None
    service_interval_km: int = 10000
    service_interval_months: int = 6
    odometer_start_km: int = 0
    note: str = ""
    id: int | None = None
    version: int = 0
    odometer_km: int = 0  # derived from the logs; read only
    service: fleet_rules.ServiceDue | None = None  # read only
    updated_by: str = ""
    updated_at: dt.datetime | None = None


@dataclass
class DriverData:
    name: str
    user_id: int | None = None
    licence_no: str = ""
    licence_class: str = ""
    licence_expiry: dt.date | None = None
    phone: str = ""
    active: bool = True
    id: int | None = None
    version: int = 0
    username: str = ""  # read only
    updated_by: str = ""
    updated_at: dt.datetime | None = None


_VEHICLE_FIELDS = ("model", "vehicle_type", "fuel_type", "capacity_kg", "capacity_m3", "status",
                   "insurance_expiry", "inspection_due", "service_interval_km", "service_interval_months",
                   "odometer_start_km", "note")


def vehicle_data(vehicle: Vehicle, day: dt.date) -> VehicleData:
    values = {name: getattr(vehicle, name) for name in _VEHICLE_FIELDS}
    return VehicleData(plate=vehicle.plate, id=vehicle.id, version=vehicle.version,
                       odometer_km=vehicle.odometer_km, service=fleet_readings.service_due_of(vehicle, day),
                       updated_by=vehicle.updated_by, updated_at=vehicle.updated_at, **values)


def driver_data(driver: Driver) -> DriverData:
    return DriverData(
        name=driver.name, user_id=driver.user_id, licence_no=driver.licence_no,
        licence_class=driver.licence_class, licence_expiry=driver.licence_expiry, phone=driver.phone,
        active=driver.active, id=driver.id, version=driver.version,
        username=driver.user.username if driver.user_id else "", updated_by=driver.updated_by,
        updated_at=driver.updated_at)


def _non_negative(errors: v.Errors, field: str, value) -> None:
    if value is None or value < 0:
        errors.append((field, "not_negative", {}))


def validate_vehicle(data: VehicleData) -> str:
    """Every field error at once; returns the normalized plate."""
    errors: v.Errors = []
    plate = fleet_plates.normalize(data.plate)
    if not data.plate.strip():
        errors.append(("plate", "required", {}))
    elif plate is None:
        errors.append(("plate", "invalid_plate", {}))
    elif Vehicle.select().where((Vehicle.plate == plate) & (Vehicle.id != (data.id or 0))).exists():
        errors.append(("plate", "duplicate_plate", {}))
    v.length(errors, "model", data.model, v.SHORT_MAX)
    v.choice(errors, "vehicle_type", data.vehicle_type, VEHICLE_TYPES)
    v.choice(errors, "fuel_type", data.fuel_type, FUEL_TYPES)
    v.choice(errors, "status", data.status, VEHICLE_STATUSES)
    for name in ("capacity_kg", "capacity_m3", "service_interval_km", "service_interval_months", "odometer_start_km"):
        _non_negative(errors, name, getattr(data, name))
    v.length(errors, "note", data.note, v.LINE_MAX)
    if errors:
        raise ValidationError.of(errors)
    return plate


def validate_driver(data: DriverData) -> None:
    errors: v.Errors = []
    v.required(errors, "name", data.name, v.SHORT_MAX)
    v.length(errors, "licence_no", data.licence_no, 32)
    v.choice(errors, "licence_class", data.licence_class, LICENCE_CLASSES)
    v.phone(errors, "phone", data.phone)
    if data.user_id is not None:
        user = User.get_or_none(User.id == data.user_id)
        if user is None or user.role != "driver":
            errors.append(("user", "driver_user_not_driver", {}))
        elif Driver.select().where((Driver.user == data.user_id) & (Driver.id != (data.id or 0))).exists():
            errors.append(("user", "driver_user_taken", {}))
    if errors:
        raise ValidationError.of(errors)


def own_driver(ctx: Context) -> Driver | None:
    """The active driver profile linked to the signed-in user, if any."""
    if ctx.actor.user_id is None:
        return None
    return Driver.get_or_none((Driver.user == ctx.actor.user_id) & (Driver.active == True))  # noqa: E712


class FleetService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    # vehicles
    def vehicles(self, include_retired: bool = False, limit: int = 500) -> list[VehicleData]:
        self.ctx.require(P.FLEET_READ)
        query = Vehicle.select().order_by(Vehicle.plate).limit(limit)
        if not include_retired:
            query = query.where(Vehicle.status != "retired")
        return [vehicle_data(row, self.ctx.today()) for row in query]

    def vehicle(self, vehicle_id: int) -> VehicleData:
        self.ctx.require(P.FLEET_READ)
        return vehicle_data(records.get(Vehicle, vehicle_id), self.ctx.today())

    def vehicle_by_plate(self, plate: str) -> VehicleData:
        self.ctx.require(P.FLEET_READ)
        row = Vehicle.get_or_none(Vehicle.plate == (fleet_plates.normalize(plate) or plate.strip()))
        if row is None:
            raise NotFound("vehicle", plate)
        return vehicle_data(row, self.ctx.today())

    def save_vehicle(self, data: VehicleData) -> VehicleData:
        self.ctx.require(P.FLEET_EDIT)
        data = replace(data, plate=validate_vehicle(data), model=data.model.strip(), note=data.note.strip())
        values = {name: getattr(data, name) for name in _VEHICLE_FIELDS}
        with self.ctx.db.atomic():
            if data.id is None:
                row = self._create_vehicle(dict(values, plate=data.plate, odometer_km=data.odometer_start_km))
            else:
                row = records.update(self.ctx, Vehicle, data.id, data.version, dict(values, plate=data.plate))
            fleet_readings.refresh_odometer(row.id)
        return self.vehicle(row.id)

    def _create_vehicle(self, values: dict) -> Vehicle:
        """records.create, spelled out: the vehicle's ``model`` field clashes with its ``model`` parameter."""
        stamp = self.ctx.now()
        row = Vehicle.create(**values, created_at=stamp, updated_at=stamp, updated_by=self.ctx.actor.username,
                             version=1)
        audit.record(self.ctx, "create", "vehicle", row.id, audit.diff({}, values))
        return row

    # drivers
    def drivers(self, include_inactive: bool = False, limit: int = 500) -> list[DriverData]:
        self.ctx.require(P.FLEET_READ)
        query = Driver.select(Driver, User).join(User, peewee.JOIN.LEFT_OUTER).order_by(Driver.name, Driver.id)
        if not include_inactive:
            query = query.where(Driver.active == True)  # noqa: E712
        return [driver_data(row) for row in query.limit(limit)]

    def driver(self, driver_id: int) -> DriverData:
        self.ctx.require(P.FLEET_READ)
        return driver_data(records.get(Driver, driver_id))

    def my_driver(self) -> DriverData | None:
        """The signed-in user's own driver profile (drivers log their own trips and fuel with it)."""
        self.ctx.require(P.FLEET_READ)
        row = own_driver(self.ctx)
        return driver_data(row) if row else None

    def driver_users(self) -> list[tuple[int, str, str]]:
        """(id, username, display name) of active users with the driver role, to link to a profile."""
        self.ctx.require(P.FLEET_READ)
        query = (User.select(User.id, User.username, User.display_name)
                 .where((User.role == "driver") & (User.active == True)).order_by(User.username))  # noqa: E712
        return [(u.id, u.username, u.display_name) for u in query.limit(500)]

    def save_driver(self, data: DriverData) -> DriverData:
        self.ctx.require(P.FLEET_EDIT)
        data = replace(data, name=data.name.strip(), phone=data.phone.strip(),
                       licence_no=data.licence_no.strip().upper(), licence_class=data.licence_class.strip().upper())
        validate_driver(data)
        values = dict(name=data.name, user=data.user_id, licence_no=data.licence_no,
                      licence_class=data.licence_class, licence_expiry=data.licence_expiry, phone=data.phone,
                      active=data.active)
        with self.ctx.db.atomic():
            if data.id is None:
                row = records.create(self.ctx, Driver, **values)
            else:
                row = records.update(self.ctx, Driver, data.id, data.version, values)
        return self.driver(row.id)
