"""Deliveries: runs, delivery orders with lines, delivery slips and their scanned receipt copies."""
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


# Referenced tables, frozen as far as the foreign keys need them (created by 0001; not created here).
class Client(_Base):
    pass


class Product(_Base):
    pass


class Vehicle(_Base):
    pass


class Driver(_Base):
    pass


class User(_Base):
    pass


class DeliveryRun(_Versioned):
    number = peewee.CharField(max_length=20, unique=True)
    run_date = peewee.DateField(index=True)
    vehicle = peewee.ForeignKeyField(Vehicle)
    driver = peewee.ForeignKeyField(Driver)
    clerk = peewee.ForeignKeyField(User, null=True)
    departs_at = peewee.CharField(max_length=5)  # "HH:MM"
    returns_at = peewee.CharField(max_length=5)
    status = peewee.CharField(max_length=16, default="planned", index=True)
    notes = peewee.TextField(default="")
    stop_count = peewee.IntegerField(default=0)
    load_kg = peewee.DecimalField(max_digits=12, decimal_places=1, default=0)
    dispatched_at = peewee.DateTimeField(null=True)
    completed_at = peewee.DateTimeField(null=True)


class DeliveryOrder(_Versioned):
    number = peewee.CharField(max_length=20, unique=True)
    client = peewee.ForeignKeyField(Client)
    address = peewee.CharField(max_length=255)
    contact_name = peewee.CharField(max_length=64, default="")
    contact_phone = peewee.CharField(max_length=32, default="")
    requested_date = peewee.DateField(index=True)
    window_start = peewee.CharField(max_length=5, default="")  # "HH:MM"; "" = any time
    window_end = peewee.CharField(max_length=5, default="")
    notes = peewee.TextField(default="")
    source = peewee.CharField(max_length=16, default="manual")
    source_ref = peewee.CharField(max_length=32, default="")
    status = peewee.CharField(max_length=16, default="pending", index=True)
    failure_reason = peewee.CharField(max_length=255, default="")
    run = peewee.ForeignKeyField(DeliveryRun, null=True, on_delete="SET NULL")
    stop_seq = peewee.IntegerField(default=0)
    attempt = peewee.IntegerField(default=1)
    weight_kg = peewee.DecimalField(max_digits=12, decimal_places=1, default=0)


class DeliveryLine(_Versioned):
    order = peewee.ForeignKeyField(DeliveryOrder, on_delete="CASCADE")
    line_no = peewee.IntegerField()
    product = peewee.ForeignKeyField(Product)
    quantity = peewee.DecimalField(max_digits=12, decimal_places=2)
    unit = peewee.CharField(max_length=16, default="")
    unit_price = peewee.DecimalField(max_digits=12, decimal_places=2, default=0)
    delivered_qty = peewee.DecimalField(max_digits=12, decimal_places=2, null=True)
    difference_reason = peewee.CharField(max_length=255, default="")


class DeliverySlip(_Versioned):
    number = peewee.CharField(max_length=20, unique=True)
    order = peewee.ForeignKeyField(DeliveryOrder)
    issue_no = peewee.IntegerField(default=1)
    run = peewee.ForeignKeyField(DeliveryRun, null=True)
    status = peewee.CharField(max_length=16, default="issued", index=True)
    issued_at = peewee.DateTimeField(default=_now)
    print_count = peewee.IntegerField(default=0)
    last_printed_at = peewee.DateTimeField(null=True)
    receiver_name = peewee.CharField(max_length=64, default="")
    signed_at = peewee.DateTimeField(null=True)
    pod_recorded_by = peewee.CharField(max_length=64, default="")
    pod_recorded_at = peewee.DateTimeField(null=True)
    void_reason = peewee.CharField(max_length=255, default="")

    class Meta:
        indexes = ((("order", "issue_no"), True),)


class SlipScan(_Versioned):
    slip = peewee.ForeignKeyField(DeliverySlip, on_delete="CASCADE")
    filename = peewee.CharField(max_length=255)
    mime = peewee.CharField(max_length=64)
    size = peewee.IntegerField()
    data = peewee.BlobField()


TABLES = [DeliveryRun, DeliveryOrder, DeliveryLine, DeliverySlip, SlipScan]


def apply(db):
    with db.bind_ctx(TABLES + [Client, Product, Vehicle, Driver, User]):
        db.create_tables(TABLES)
        # Keyset paging sorts by (column, id); the board reads runs and orders by date.
        for table, column in (("delivery_order", "requested_date"), ("delivery_order", "number"),
                              ("delivery_run", "run_date"), ("delivery_slip", "issued_at")):
            db.execute_sql(f"CREATE INDEX {table}_{column}_id ON {table} ({column}, id)")
        if isinstance(db, peewee.MySQLDatabase):
            # MySQL's BLOB holds 64 KB; a scanned page needs more.
            db.execute_sql("ALTER TABLE slip_scan MODIFY data LONGBLOB NOT NULL")
