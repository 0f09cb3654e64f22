"""Fleet logs: trips (行车记录) with the pre-trip checklist, fuel (加油记录), maintenance (保养维修).

Vehicles (车辆) and drivers (司机) live in ``catalog.py`` because deliveries use them too.
"""
from __future__ import annotations

import peewee

from crdesk.db.base import VersionedModel
from crdesk.db.models.catalog import Driver, Vehicle

VEHICLE_STATUS_LABELS = {"in_service": "在用", "maintenance": "维修中", "retired": "报废"}
VEHICLE_TYPE_LABELS = {"van": "厢式货车", "truck": "货车", "car": "轿车", "other": "其他"}
FUEL_TYPE_LABELS = {"diesel": "柴油", "petrol": "汽油", "electric": "纯电", "hybrid": "混合动力", "lng": "天然气"}
MAINTENANCE_KIND_LABELS = {"service": "保养", "repair": "维修", "inspection": "年检", "insurance": "保险"}
CHECKLIST_LABELS = {"tyres": "轮胎", "lights": "灯光", "brakes": "制动", "fluids": "油液", "papers": "证件"}
VEHICLE_STATUSES = tuple(VEHICLE_STATUS_LABELS)
VEHICLE_TYPES = tuple(VEHICLE_TYPE_LABELS)
FUEL_TYPES = tuple(FUEL_TYPE_LABELS)
MAINTENANCE_KINDS = tuple(MAINTENANCE_KIND_LABELS)
CHECKLIST = tuple(CHECKLIST_LABELS)  # the pre-trip checklist (出车检查)


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
