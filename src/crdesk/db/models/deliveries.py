"""Deliveries (配送): delivery orders (送货任务) with lines, runs (配送车次), delivery slips (送货单) and
the scanned receipt copies (回单) kept in the database so every workstation sees them.

An order has at most one live slip (issued or signed); changing, moving or failing the order voids it and
the next print issues a new one. ``(order, issue_no)`` is unique, so two workstations printing the same
order at once end up with one slip.

Times of day are stored as zero-padded "HH:MM" text: they compare correctly as text on every backend and
go into audit rows as they are; the services convert them to ``datetime.time``.
"""
from __future__ import annotations

import peewee

from crdesk.db.base import VersionedModel, now
from crdesk.db.models.catalog import Driver, Product, Vehicle
from crdesk.db.models.clients import Client
from crdesk.db.models.core import User

# 待排车 / 已排车 / 配送中 / 已送达 / 部分送达 / 未送达
ORDER_STATUSES = ("pending", "scheduled", "out", "delivered", "partial", "failed")
ORDER_SOURCES = ("manual", "client", "exchange", "remainder")
RUN_STATUSES = ("planned", "dispatched", "completed")  # 计划 / 已发车 / 已完成
SLIP_STATUSES = ("issued", "signed", "void")  # 已开单 / 已签收 (locked) / 作废


class DeliveryRun(VersionedModel):
    number = peewee.CharField(max_length=20, unique=True)
    run_date = peewee.DateField(index=True)
    vehicle = peewee.ForeignKeyField(Vehicle, backref="delivery_runs")
    driver = peewee.ForeignKeyField(Driver, backref="delivery_runs")
    clerk = peewee.ForeignKeyField(User, null=True, backref="delivery_runs")
    departs_at = peewee.CharField(max_length=5)  # "HH:MM"
    returns_at = peewee.CharField(max_length=5)
    status = peewee.CharField(max_length=16, default="planned", index=True)
    notes = peewee.TextField(default="")
    # Kept with every stop change: the board shows them and the audit row records the change.
    stop_count = peewee.IntegerField(default=0)
    load_kg = peewee.DecimalField(max_digits=12, decimal_places=1, default=0)
    dispatched_at = peewee.DateTimeField(null=True)
    completed_at = peewee.DateTimeField(null=True)


class DeliveryOrder(VersionedModel):
    number = peewee.CharField(max_length=20, unique=True)
    client = peewee.ForeignKeyField(Client, backref="delivery_orders")
    address = peewee.CharField(max_length=255)
    contact_name = peewee.CharField(max_length=64, default="")
    contact_phone = peewee.CharField(max_length=32, default="")
    requested_date = peewee.DateField(index=True)
    window_start = peewee.CharField(max_length=5, default="")  # "HH:MM"; "" = any time
    window_end = peewee.CharField(max_length=5, default="")
    notes = peewee.TextField(default="")
    source = peewee.CharField(max_length=16, default="manual")
    source_ref = peewee.CharField(max_length=32, default="")  # e.g. the exchange's return number
    status = peewee.CharField(max_length=16, default="pending", index=True)
    failure_reason = peewee.CharField(max_length=255, default="")
    run = peewee.ForeignKeyField(DeliveryRun, null=True, backref="orders", on_delete="SET NULL")
    stop_seq = peewee.IntegerField(default=0)
    attempt = peewee.IntegerField(default=1)
    weight_kg = peewee.DecimalField(max_digits=12, decimal_places=1, default=0)


class DeliveryLine(VersionedModel):
    order = peewee.ForeignKeyField(DeliveryOrder, backref="lines", on_delete="CASCADE")
    line_no = peewee.IntegerField()
    product = peewee.ForeignKeyField(Product, backref="delivery_lines")
    quantity = peewee.DecimalField(max_digits=12, decimal_places=2)
    unit = peewee.CharField(max_length=16, default="")
    unit_price = peewee.DecimalField(max_digits=12, decimal_places=2, default=0)
    delivered_qty = peewee.DecimalField(max_digits=12, decimal_places=2, null=True)
    difference_reason = peewee.CharField(max_length=255, default="")


class DeliverySlip(VersionedModel):
    number = peewee.CharField(max_length=20, unique=True)
    order = peewee.ForeignKeyField(DeliveryOrder, backref="slips")
    issue_no = peewee.IntegerField(default=1)
    run = peewee.ForeignKeyField(DeliveryRun, null=True, backref="slips")
    status = peewee.CharField(max_length=16, default="issued", index=True)
    issued_at = peewee.DateTimeField(default=now)
    print_count = peewee.IntegerField(default=0)
    last_printed_at = peewee.DateTimeField(null=True)
    receiver_name = peewee.CharField(max_length=64, default="")
    signed_at = peewee.DateTimeField(null=True)
    pod_recorded_by = peewee.CharField(max_length=64, default="")
    pod_recorded_at = peewee.DateTimeField(null=True)
    void_reason = peewee.CharField(max_length=255, default="")

    class Meta:
        indexes = ((("order", "issue_no"), True),)


class SlipScan(VersionedModel):
    """The scanned or photographed 回单 (image or PDF), stored in the database."""

    slip = peewee.ForeignKeyField(DeliverySlip, backref="scans", on_delete="CASCADE")
    filename = peewee.CharField(max_length=255)
    mime = peewee.CharField(max_length=64)
    size = peewee.IntegerField()
    data = peewee.BlobField()
