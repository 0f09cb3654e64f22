"""Records shared by several areas: products (产品), vehicles (车辆) and drivers (司机).

The foundation creates their minimal form; the fleet and planning areas extend them by migration.
"""
from __future__ import annotations

import peewee

from crdesk.db.base import VersionedModel
from crdesk.db.models.core import User


class Product(VersionedModel):
    code = peewee.CharField(max_length=32, unique=True)
    name = peewee.CharField(max_length=200)
    specification = peewee.CharField(max_length=200, default="")
    unit = peewee.CharField(max_length=16, default="箱")
    unit_weight_kg = peewee.DecimalField(max_digits=12, decimal_places=3, default=0)
    unit_price = peewee.DecimalField(max_digits=12, decimal_places=2, default=0)
    active = peewee.BooleanField(default=True)


class Vehicle(VersionedModel):
    plate = peewee.CharField(max_length=16, unique=True)
    model = peewee.CharField(max_length=64, default="")
    capacity_kg = peewee.DecimalField(max_digits=10, decimal_places=1, default=0)
    capacity_m3 = peewee.DecimalField(max_digits=8, decimal_places=2, default=0)
    status = peewee.CharField(max_length=16, default="in_service")  # in_service / maintenance / retired
    insurance_expiry = peewee.DateField(null=True)
    inspection_due = peewee.DateField(null=True)  # 年检
    # Added by the fleet migration (0004).
    vehicle_type = peewee.CharField(max_length=16, default="van")  # van / truck / car / other
    fuel_type = peewee.CharField(max_length=16, default="diesel")  # diesel / petrol / electric / hybrid / lng
    service_interval_km = peewee.IntegerField(default=10000)
    service_interval_months = peewee.IntegerField(default=6)
    odometer_start_km = peewee.IntegerField(default=0)  # the reading when the vehicle was registered
    odometer_km = peewee.IntegerField(default=0)  # derived: the highest reading in the logs
    note = peewee.CharField(max_length=255, default="")


class Driver(VersionedModel):
    name = peewee.CharField(max_length=64)
    user = peewee.ForeignKeyField(User, null=True, backref="driver_profiles")
    licence_no = peewee.CharField(max_length=32, default="")
    licence_class = peewee.CharField(max_length=8, default="")
    licence_expiry = peewee.DateField(null=True)
    phone = peewee.CharField(max_length=32, default="")
    active = peewee.BooleanField(default=True)
