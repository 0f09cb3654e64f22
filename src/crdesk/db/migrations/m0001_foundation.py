"""Users, audit, settings, numbering, clients, contacts, visits, visitors, products, vehicles, drivers."""
import datetime as dt

import peewee


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


class User(_Versioned):
    username = peewee.CharField(max_length=64, unique=True)
    display_name = peewee.CharField(max_length=64)
    role = peewee.CharField(max_length=16)
    password_hash = peewee.CharField(max_length=255)
    active = peewee.BooleanField(default=True)
    failed_attempts = peewee.IntegerField(default=0)
    locked_until = peewee.DateTimeField(null=True)
    last_login_at = peewee.DateTimeField(null=True)


class AuditLog(_Base):
    at = peewee.DateTimeField(default=_now, index=True)
    username = peewee.CharField(max_length=64, index=True)
    action = peewee.CharField(max_length=32)
    table_name = peewee.CharField(max_length=64)
    record_id = peewee.IntegerField(null=True)
    changes = peewee.TextField(default="")
    reason = peewee.TextField(default="")

    class Meta:
        indexes = ((("table_name", "record_id"), False),)


class Setting(_Versioned):
    key = peewee.CharField(max_length=64, unique=True)
    value = peewee.TextField()


class NumberSequence(_Base):
    name = peewee.CharField(max_length=32, primary_key=True)
    next_value = peewee.BigIntegerField(default=1)


class Client(_Versioned):
    code = peewee.CharField(max_length=16, unique=True)
    name = peewee.CharField(max_length=200, index=True)
    kind = peewee.CharField(max_length=16, default="dealer")
    grade = peewee.CharField(max_length=2, default="C")
    region = peewee.CharField(max_length=64, default="", index=True)
    address = peewee.CharField(max_length=255, default="")
    phone = peewee.CharField(max_length=32, default="", index=True)
    note = peewee.TextField(default="")
    active = peewee.BooleanField(default=True)
    search_text = peewee.TextField(default="")
    last_contact_at = peewee.DateTimeField(null=True, index=True)


class Contact(_Versioned):
    client = peewee.ForeignKeyField(Client, on_delete="CASCADE")
    name = peewee.CharField(max_length=64)
    title = peewee.CharField(max_length=64, default="")
    phone = peewee.CharField(max_length=32, default="")
    email = peewee.CharField(max_length=128, default="")
    is_primary = peewee.BooleanField(default=False)


class Visit(_Versioned):
    number = peewee.CharField(max_length=20, unique=True)
    client = peewee.ForeignKeyField(Client)
    kind = peewee.CharField(max_length=16)
    staff = peewee.CharField(max_length=64)
    visited_at = peewee.DateTimeField(default=_now, index=True)
    purpose = peewee.CharField(max_length=255, default="")
    summary = peewee.TextField(default="")
    satisfaction = peewee.SmallIntegerField(null=True)
    next_follow_up = peewee.DateField(null=True, index=True)
    follow_up_done = peewee.BooleanField(default=False)


class Visitor(_Versioned):
    number = peewee.CharField(max_length=20, unique=True)
    name = peewee.CharField(max_length=64)
    organisation = peewee.CharField(max_length=200, default="")
    phone = peewee.CharField(max_length=32, default="")
    purpose = peewee.CharField(max_length=255, default="")
    host = peewee.CharField(max_length=64, default="")
    badge = peewee.CharField(max_length=32, default="")
    client = peewee.ForeignKeyField(Client, null=True)
    checked_in_at = peewee.DateTimeField(default=_now, index=True)
    checked_out_at = peewee.DateTimeField(null=True)


class Product(_Versioned):
    code = peewee.CharField(max_length=32, unique=True)
    name = peewee.CharField(max_length=200)
    specification = peewee.CharField(max_length=200, default="")
    unit = peewee.CharField(max_length=16, default="箱")
    unit_weight_kg = peewee.DecimalField(max_digits=12, decimal_places=3, default=0)
    unit_price = peewee.DecimalField(max_digits=12, decimal_places=2, default=0)
    active = peewee.BooleanField(default=True)


class Vehicle(_Versioned):
    plate = peewee.CharField(max_length=16, unique=True)
    model = peewee.CharField(max_length=64, default="")
    capacity_kg = peewee.DecimalField(max_digits=10, decimal_places=1, default=0)
    capacity_m3 = peewee.DecimalField(max_digits=8, decimal_places=2, default=0)
    status = peewee.CharField(max_length=16, default="in_service")
    insurance_expiry = peewee.DateField(null=True)
    inspection_due = peewee.DateField(null=True)


class Driver(_Versioned):
    name = peewee.CharField(max_length=64)
    user = peewee.ForeignKeyField(User, null=True)
    licence_no = peewee.CharField(max_length=32, default="")
    licence_class = peewee.CharField(max_length=8, default="")
    licence_expiry = peewee.DateField(null=True)
    phone = peewee.CharField(max_length=32, default="")
    active = peewee.BooleanField(default=True)


TABLES = [User, AuditLog, Setting, NumberSequence, Client, Contact, Visit, Visitor, Product, Vehicle, Driver]


def apply(db):
    with db.bind_ctx(TABLES):
        db.create_tables(TABLES)
        # Keyset paging over the client list sorts by (column, id): composite indexes keep deep pages fast.
        for column in ("name", "code", "region", "last_contact_at"):
            db.execute_sql(
                f"CREATE INDEX client_{column}_id ON client ({column}, id)"
            )
