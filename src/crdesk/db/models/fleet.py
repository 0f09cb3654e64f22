"""Fleet logs: trips (行车记录) with the pre-trip checklist, fuel (加油记录), maintenance (保养维修).

Vehicles (车辆) and drivers (司机) live in ``catalog.py`` because deliveries use them too.
"""
from __future__ import annotations

import peewee

from crdesk.db.base import VersionedModel
from crdesk.db.models.catalog import Driver, Vehicle

VEHICLE_STATUSES = ("in_service", "maintenance", "retired")  # 在用 / 维修中 / 报废
VEHICLE_TYPES = ("van", "truck", "car", "other")  # 厢式货车 / 货车 / 轿车 / 其他
FUEL_TYPES = ("diesel", "petrol", "electric", "hybrid", "lng")  # 柴油 / 汽油 / 纯电 / 混动 / 天然气
MAINTENANCE_KINDS = ("service", "repair", "inspection", "insurance")  # 保养 / 维修 / 年检 / 保险
CHECKLIST = ("tyres", "lights", "brakes", "fluids", "papers")  # 轮胎 / 灯光 / 制动 / 油液 / 证件


class TripLog(VersionedModel):
    vehicle = peewee.ForeignKeyField(Vehicle, backref="trips")
    driver = peewee.ForeignKeyField(Driver, backref="trips")
    trip_date = peewee.DateField()
    start_odometer = peewee.IntegerField()
    end_odometer = peewee.IntegerField()
    route = peewee.CharField(max_length=255, default="")
    purpose = peewee.CharField(max_length=255, default="")
    delivery_run_id = peewee.IntegerField(null=True, index=True)  # the 配送车次 this trip carried
    departed_at = peewee.DateTimeField(null=True)
    returned_at = peewee.DateTimeField(null=True)
    check_tyres = peewee.BooleanField(default=False)
    check_lights = peewee.BooleanField(default=False)
    check_brakes = peewee.BooleanField(default=False)
    check_fluids = peewee.BooleanField(default=False)
    check_papers = peewee.BooleanField(default=False)
    defects = peewee.TextField(default="")

    class Meta:
        indexes = ((("vehicle", "trip_date"), False), (("driver", "trip_date"), False), (("trip_date", "id"), False))


class FuelLog(VersionedModel):
    vehicle = peewee.ForeignKeyField(Vehicle, backref="fuel_logs")
    driver = peewee.ForeignKeyField(Driver, null=True, backref="fuel_logs")
    fuel_date = peewee.DateField()
    litres = peewee.DecimalField(max_digits=8, decimal_places=2)
    amount = peewee.DecimalField(max_digits=10, decimal_places=2)
    odometer = peewee.IntegerField()
    station = peewee.CharField(max_length=128, default="")
    full_tank = peewee.BooleanField(default=True)

    class Meta:
        indexes = ((("vehicle", "fuel_date"), False), (("fuel_date", "id"), False))


class MaintenanceLog(VersionedModel):
    vehicle = peewee.ForeignKeyField(Vehicle, backref="maintenance_logs")
    service_date = peewee.DateField()
    kind = peewee.CharField(max_length=16)
    odometer = peewee.IntegerField(null=True)
    cost = peewee.DecimalField(max_digits=10, decimal_places=2, default=0)
    vendor = peewee.CharField(max_length=128, default="")
    description = peewee.TextField(default="")
    valid_until = peewee.DateField(null=True)  # a 年检 or 保险 entry: the new due / expiry date

    class Meta:
        indexes = ((("vehicle", "service_date"), False), (("service_date", "id"), False))
