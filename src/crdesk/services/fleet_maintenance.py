"""Maintenance log (保养维修): 保养 / 维修 / 年检 / 保险, costs, and the next service due.

A 保养 entry resets the service clock (km and months); a 年检 or 保险 entry with a ``valid_until`` date
moves the vehicle's inspection due date or insurance expiry (an audited update of the vehicle).
Only FLEET_EDIT writes here.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from crdesk.db.models.catalog import Vehicle
from crdesk.db.models.fleet import MAINTENANCE_KINDS, MaintenanceLog
from crdesk.services import fleet_readings, records
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError
from crdesk.services.fleet_logs import LogFilter, filtered_logs
from crdesk.services.paging import Page, keyset, page_of

# The vehicle date a 年检 / 保险 entry renews.
RENEWS = {"inspection": "inspection_due", "insurance": "insurance_expiry"}


@dataclass
class MaintenanceData:
    vehicle_id: int | None
    service_date: dt.date
    kind: str
    odometer: int | None = None
    cost: Decimal = Decimal(0)
    vendor: str = ""
    description: str = ""
    valid_until: dt.date | None = None
    id: int | None = None
    version: int = 0
    plate: str = ""
    updated_by: str = ""


def maintenance_data(row: MaintenanceLog) -> MaintenanceData:
    return MaintenanceData(
        vehicle_id=row.vehicle_id, service_date=row.service_date, kind=row.kind, odometer=row.odometer,
        cost=row.cost, vendor=row.vendor, description=row.description, valid_until=row.valid_until,
        id=row.id, version=row.version, plate=row.vehicle.plate, updated_by=row.updated_by)


def validate(ctx: Context, data: MaintenanceData) -> None:
    errors: v.Errors = []
    if data.vehicle_id is None or not Vehicle.select().where(Vehicle.id == data.vehicle_id).exists():
        errors.append(("vehicle", "required", {}))
    if data.service_date is None:
        errors.append(("service_date", "required", {}))
    elif data.service_date > ctx.today():
        errors.append(("service_date", "future_date", {}))
    v.choice(errors, "kind", data.kind, MAINTENANCE_KINDS)
    if data.odometer is None and data.kind == "service":
        errors.append(("odometer", "required", {}))
    elif data.odometer is not None and data.odometer < 0:
        errors.append(("odometer", "not_negative", {}))
    if data.cost is None or data.cost < 0:
        errors.append(("cost", "not_negative", {}))
    v.length(errors, "vendor", data.vendor, 128)
    v.length(errors, "description", data.description, v.NOTE_MAX)
    if data.valid_until and data.service_date and data.valid_until < data.service_date:
        errors.append(("valid_until", "valid_until_before_date", {}))
    if errors:
        raise ValidationError.of(errors)


class MaintenanceService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def get(self, record_id: int) -> MaintenanceData:
        self.ctx.require(P.FLEET_READ)
        return maintenance_data(records.get(MaintenanceLog, record_id))

    def page(self, flt: LogFilter = LogFilter(), after: tuple | None = None,
             limit: int = 200) -> Page[MaintenanceData]:
        """Newest first, keyset-paged on (service_date, id)."""
        self.ctx.require(P.FLEET_READ)
        query = filtered_logs(MaintenanceLog, MaintenanceLog.service_date, flt)
        rows = keyset(query, MaintenanceLog.service_date, MaintenanceLog.id, after, limit, descending=True)
        return page_of(rows, maintenance_data, "service_date", limit)

    def save(self, data: MaintenanceData) -> MaintenanceData:
        self.ctx.require(P.FLEET_EDIT)
        validate(self.ctx, data)
        existing = records.get(MaintenanceLog, data.id) if data.id is not None else None
        values = dict(vehicle=data.vehicle_id, service_date=data.service_date, kind=data.kind,
                      odometer=data.odometer, cost=Decimal(data.cost), vendor=data.vendor.strip(),
                      description=data.description.strip(), valid_until=data.valid_until)
        with self.ctx.db.atomic():
            vehicle = fleet_readings.lock_vehicle(data.vehicle_id)
            if data.odometer is not None:
                fleet_readings.check_point(vehicle, data.service_date, data.odometer,
                                           fleet_readings.Exclude(maintenance=data.id))
            if existing is None:
                row = records.create(self.ctx, MaintenanceLog, **values)
            else:
                row = records.update(self.ctx, MaintenanceLog, data.id, data.version, values)
            self._renew(vehicle, data)
            fleet_readings.refresh_odometer(data.vehicle_id)
            if existing is not None and existing.vehicle_id != data.vehicle_id:
                fleet_readings.refresh_odometer(existing.vehicle_id)
        return self.get(row.id)

    def _renew(self, vehicle: Vehicle, data: MaintenanceData) -> None:
        """A 年检 / 保险 entry with a later ``valid_until`` moves the vehicle's date forward."""
        column = RENEWS.get(data.kind)
        if column is None or data.valid_until is None:
            return
        current = getattr(vehicle, column)
        if current is None or data.valid_until > current:
            records.update(self.ctx, Vehicle, vehicle.id, vehicle.version, {column: data.valid_until},
                           action="renew", reason=f"maintenance {data.kind}")
