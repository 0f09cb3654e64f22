"""Fleet: vehicle type, fuel, service interval and odometer columns; trip, fuel and maintenance logs."""
import datetime as dt

import peewee
from playhouse.migrate import SchemaMigrator, migrate


def _now():
    return dt.datetime.now().replace(microsecond=0)


class _Base(peewee.Model):
    class Meta:
        legacy_table_names = False


class _Versioned(_Base):
    version = peewee.IntegerField(default=1)
    created_at = peewee.DateTimeField(default=_now)
    updated_at = peewee.DateTimeField(default=_now)
    updated_by = peewee.CharField(max_length=64, default="")


class User(_Base):
    username = peewee.CharField(max_length=64, unique=True)


class Vehicle(_Base):
    plate = peewee.CharField(max_length=16, unique=True)


class Driver(_Base):
    name = peewee.CharField(max_length=64)


class TripLog(_Versioned):
    vehicle = peewee.ForeignKeyField(Vehicle)
    driver = peewee.ForeignKeyField(Driver)
    trip_date = peewee.DateField()
    start_odometer = peewee.IntegerField()
    end_odometer = peewee.IntegerField()
    route = peewee.CharField(max_length=255, default="")
    purpose = peewee.CharField(max_length=255, default="")
    delivery_run_id = peewee.IntegerField(null=True, index=True)
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


class FuelLog(_Versioned):
    vehicle = peewee.ForeignKeyField(Vehicle)
    driver = peewee.ForeignKeyField(Driver, null=True)
    fuel_date = peewee.DateField()
    litres = peewee.DecimalField(max_digits=8, decimal_places=2)
    amount = peewee.DecimalField(max_digits=10, decimal_places=2)
    odometer = peewee.IntegerField()
    station = peewee.CharField(max_length=128, default="")
    full_tank = peewee.BooleanField(default=True)

    class Meta:
        indexes = ((("vehicle", "fuel_date"), False), (("fuel_date", "id"), False))


class MaintenanceLog(_Versioned):
    vehicle = peewee.ForeignKeyField(Vehicle)
    service_date = peewee.DateField()
    kind = peewee.CharField(max_length=16)
    odometer = peewee.IntegerField(null=True)
    cost = peewee.DecimalField(max_digits=10, decimal_places=2, default=0)
    vendor = peewee.CharField(max_length=128, default="")
    description = peewee.TextField(default="")
    valid_until = peewee.DateField(null=True)

    class Meta:
        indexes = ((("vehicle", "service_date"), False), (("service_date", "id"), False))


TABLES = [TripLog, FuelLog, MaintenanceLog]


def _column(field_class, default_sql, **kwargs):
    """A NOT NULL column with a database default, added without rebuilding the table on SQLite."""
    return field_class(constraints=[peewee.SQL(f"DEFAULT {default_sql}")], **kwargs)


VEHICLE_COLUMNS = {
    "vehicle_type": _column(peewee.CharField, "'van'", max_length=16),
    "fuel_type": _column(peewee.CharField, "'diesel'", max_length=16),
    "service_interval_km": _column(peewee.IntegerField, "10000"),
    "service_interval_months": _column(peewee.IntegerField, "6"),
    "odometer_start_km": _column(peewee.IntegerField, "0"),
    "odometer_km": _column(peewee.IntegerField, "0"),
    "note": _column(peewee.CharField, "''", max_length=255),
}


def apply(db):
    migrator = SchemaMigrator.from_database(db)
    migrate(*[migrator.add_column("vehicle", name, field, allow_not_null=True)
              for name, field in VEHICLE_COLUMNS.items()])
    with db.bind_ctx([User, Vehicle, Driver] + TABLES):
        db.create_tables(TABLES)
