"""What is due (compliance list: insurance, 年检, licence, service) and the fleet reports: cost per km and
per month for each vehicle (fuel + maintenance), kilometres per driver. Sums are computed in SQL."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee

from crdesk.db.models.catalog import Driver, Vehicle
from crdesk.db.models.fleet import FuelLog, MaintenanceLog, TripLog
from crdesk.services import fleet_readings, fleet_rules
from crdesk.services import permissions as P
from crdesk.services.business_settings import BusinessSettings
from crdesk.services.context import Context

fn = peewee.fn
OVERDUE = -1


@dataclass(frozen=True)
class ComplianceItem:
    kind: str  # insurance / inspection / licence / service
    subject: str  # the plate or the driver's name
    due_date: dt.date | None
    days_left: int | None
    level: int  # -1 overdue, else the reminder threshold it falls within (0 = today, 7, 30 …)
    vehicle_id: int | None = None
    driver_id: int | None = None
    due_km: int | None = None
    remaining_km: int | None = None


@dataclass(frozen=True)
class VehicleCost:
    vehicle_id: int
    plate: str
    month: str  # YYYY-MM; "" for the whole period
    km: int
    litres: Decimal
    fuel_cost: Decimal
    maintenance_cost: Decimal

    @property
    def total(self) -> Decimal:
        return self.fuel_cost + self.maintenance_cost

    @property
    def cost_per_km(self) -> Decimal | None:
        return fleet_rules.per_km(self.total, self.km)


@dataclass(frozen=True)
class DriverKm:
    driver_id: int
    name: str
    trips: int
    km: int


def _date_item(kind, subject, due, day, thresholds, **ids) -> ComplianceItem | None:
    days = (due - day).days
    level = fleet_rules.reminder_level(days, thresholds)
    return None if level is None else ComplianceItem(kind, subject, due, days, level, **ids)


def _service_item(vehicle: Vehicle, day: dt.date, thresholds: list[int], warn_km: int) -> ComplianceItem | None:
    """Due by date within the reminders, or within ``warn_km`` km (ranked with the tightest non-zero
    reminder until the km are reached), whichever comes first."""
    due = fleet_readings.service_due_of(vehicle, day)
    levels = []
    if due.remaining_days is not None:
        levels.append(fleet_rules.reminder_level(due.remaining_days, thresholds))
    if due.remaining_km is not None and due.remaining_km <= warn_km:
        soon = min([t for t in thresholds if t > 0], default=0)
        levels.append(OVERDUE if due.remaining_km < 0 else 0 if due.remaining_km == 0 else soon)
    levels = [level for level in levels if level is not None]
    if not levels:
        return None
    return ComplianceItem("service", vehicle.plate, due.due_date, due.remaining_days, min(levels),
                          vehicle_id=vehicle.id, due_km=due.due_km, remaining_km=due.remaining_km)


def _month_of(field):
    return [field.year.alias("year"), field.month.alias("month")], [field.year, field.month]


def _sums(model, date_field, columns, date_from, date_to, by_month: bool) -> dict[tuple, tuple]:
    """{(vehicle_id, 'YYYY-MM' or ''): (sum, …)} for one log over a period."""
    selected, grouped = _month_of(date_field) if by_month else ([], [])
    query = (model.select(model.vehicle, *selected, *columns)
             .where(date_field.between(date_from, date_to))
             .group_by(model.vehicle, *grouped).tuples())
    result = {}
    for row in query:
        month = f"{int(row[1]):04d}-{int(row[2]):02d}" if by_month else ""
        result[(row[0], month)] = row[3 if by_month else 1:]
    return result


def _number(value, kind=Decimal):
    return kind(value) if value is not None else kind(0)


class FleetReportService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def compliance(self, day: dt.date | None = None) -> list[ComplianceItem]:
        """Insurance, 年检, licences and services due within the reminder days (settings) or overdue,
        most urgent first."""
        self.ctx.require(P.FLEET_READ)
        day = day or self.ctx.today()
        settings = BusinessSettings(self.ctx)
        thresholds = list(settings.get("fleet_reminder_days"))
        horizon = day + dt.timedelta(days=max(thresholds, default=0))
        items = []
        vehicles = Vehicle.select().where(Vehicle.status != "retired").order_by(Vehicle.plate).limit(500)
        for vehicle in vehicles:
            for kind, due in (("insurance", vehicle.insurance_expiry), ("inspection", vehicle.inspection_due)):
                if due is not None and due <= horizon:
                    items.append(_date_item(kind, vehicle.plate, due, day, thresholds, vehicle_id=vehicle.id))
            items.append(_service_item(vehicle, day, thresholds, settings.get("fleet_service_warn_km")))
        drivers = Driver.select().where((Driver.active == True) & (Driver.licence_expiry <= horizon))  # noqa: E712
        for driver in drivers.order_by(Driver.name).limit(500):
            items.append(_date_item("licence", driver.name, driver.licence_expiry, day, thresholds,
                                    driver_id=driver.id))
        found = [item for item in items if item is not None]
        return sorted(found, key=lambda i: (i.level, i.days_left if i.days_left is not None else 0, i.subject))

    def compliance_count(self, day: dt.date | None = None) -> int:
        """For the status bar: how many items the compliance list shows."""
        return len(self.compliance(day))

    def vehicle_costs(self, date_from: dt.date, date_to: dt.date, by_month: bool = False,
                      vehicle_id: int | None = None) -> list[VehicleCost]:
        """Km, fuel and maintenance cost per vehicle (and per month when ``by_month``) in the period."""
        self.ctx.require(P.FLEET_READ)
        km = _sums(TripLog, TripLog.trip_date, [fn.SUM(TripLog.end_odometer - TripLog.start_odometer)],
                   date_from, date_to, by_month)
        fuel = _sums(FuelLog, FuelLog.fuel_date, [fn.SUM(FuelLog.litres), fn.SUM(FuelLog.amount)],
                     date_from, date_to, by_month)
        care = _sums(MaintenanceLog, MaintenanceLog.service_date, [fn.SUM(MaintenanceLog.cost)],
                     date_from, date_to, by_month)
        keys = sorted(set(km) | set(fuel) | set(care))
        if vehicle_id is not None:
            keys = [key for key in keys if key[0] == vehicle_id]
        plates = dict(Vehicle.select(Vehicle.id, Vehicle.plate).where(
            Vehicle.id.in_({key[0] for key in keys} or {0})).tuples())
        rows = [VehicleCost(
            vehicle, plates[vehicle], month, _number(km.get((vehicle, month), [0])[0], int),
            _number(fuel.get((vehicle, month), [0, 0])[0]), _number(fuel.get((vehicle, month), [0, 0])[1]),
            _number(care.get((vehicle, month), [0])[0])) for vehicle, month in keys]
        return sorted(rows, key=lambda r: (r.plate, r.month))

    def km_per_driver(self, date_from: dt.date, date_to: dt.date) -> list[DriverKm]:
        self.ctx.require(P.FLEET_READ)
        km = fn.SUM(TripLog.end_odometer - TripLog.start_odometer)
        query = (TripLog.select(Driver.id, Driver.name, fn.COUNT(TripLog.id), km)
                 .join(Driver).where(TripLog.trip_date.between(date_from, date_to))
                 .group_by(Driver.id, Driver.name).order_by(km.desc(), Driver.name).tuples())
        return [DriverKm(row[0], row[1], int(row[2]), _number(row[3], int)) for row in query]
