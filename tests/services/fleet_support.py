"""Shared set-up for the fleet tests: a fixed day, a manager, two driver users with profiles, one vehicle."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from crdesk.db.models.fleet import CHECKLIST
from crdesk.services import Services
from crdesk.services.fleet import DriverData, VehicleData
from crdesk.services.fleet_logs import FuelData, TripData

TODAY = dt.date(2026, 3, 10)


def on_day(services: Services, day: dt.date = TODAY) -> Services:
    """The same signed-in actor with the clock stopped at 09:00 on ``day``."""
    return Services(services.ctx.db, services.actor, clock=lambda: dt.datetime.combine(day, dt.time(9)))


@dataclass
class Fleet:
    manager: Services
    driver: Services  # signed in as the user linked to ``me``
    other: Services  # signed in as the user linked to ``them``
    vehicle: VehicleData
    me: object
    them: object


def make_fleet(make_services, day: dt.date = TODAY) -> Fleet:
    manager = on_day(make_services("manager"), day)
    driver = on_day(make_services("driver", "driver1"), day)
    other = on_day(make_services("driver", "driver2"), day)
    vehicle = manager.fleet.save_vehicle(VehicleData(
        plate="沪A12345", model="江铃顺达", capacity_kg=Decimal("1500"), insurance_expiry=dt.date(2026, 12, 31),
        inspection_due=dt.date(2026, 9, 30), odometer_start_km=40000))
    me = manager.fleet.save_driver(DriverData("赵建国", user_id=driver.actor.user_id, licence_class="C1",
                                              licence_expiry=dt.date(2030, 5, 1), phone="13812345678"))
    them = manager.fleet.save_driver(DriverData("钱志强", user_id=other.actor.user_id, licence_class="B2",
                                                licence_expiry=dt.date(2029, 1, 1)))
    return Fleet(manager, driver, other, vehicle, me, them)


def trip(fleet: Fleet, driver, start: int, end: int, day: dt.date = TODAY, **kw) -> TripData:
    return TripData(vehicle_id=fleet.vehicle.id, driver_id=driver.id if driver else None, trip_date=day,
                    start_odometer=start, end_odometer=end, **{"route": "公司—浦东仓库", "checked": CHECKLIST, **kw})


def fuel(fleet: Fleet, odometer: int, litres: str, day: dt.date = TODAY, **kw) -> FuelData:
    return FuelData(vehicle_id=fleet.vehicle.id, fuel_date=day, litres=Decimal(litres),
                    amount=Decimal(litres) * Decimal("7.80"), odometer=odometer, station="中石化曹杨站", **kw)
