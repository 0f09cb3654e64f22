"""Complaints, returns, their timeline (case_event) and major incidents."""
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


class Client(_Base):
    """Reference only (created by 0001)."""

    class Meta:
        table_name = "client"


class Product(_Base):
    """Reference only (created by 0001)."""

    class Meta:
        table_name = "product"


class Complaint(_Versioned):
    number = peewee.CharField(max_length=20, unique=True)
    client = peewee.ForeignKeyField(Client, null=True)
    consumer_name = peewee.CharField(max_length=64, default="")
    consumer_phone = peewee.CharField(max_length=32, default="")
    channel = peewee.CharField(max_length=16)
    category = peewee.CharField(max_length=32)
    severity = peewee.CharField(max_length=16)
    product = peewee.ForeignKeyField(Product, null=True)
    batch_no = peewee.CharField(max_length=32, default="")
    description = peewee.TextField()
    received_by = peewee.CharField(max_length=64)
    received_at = peewee.DateTimeField(default=_now)
    assignee = peewee.CharField(max_length=64, default="")
    status = peewee.CharField(max_length=16, default="registered")
    response_due = peewee.DateTimeField()
    resolution_due = peewee.DateTimeField()
    callback_due = peewee.DateTimeField(null=True)
    next_due_at = peewee.DateTimeField(null=True)
    started_at = peewee.DateTimeField(null=True)
    resolution = peewee.TextField(default="")
    root_cause = peewee.TextField(default="")
    resolved_by = peewee.CharField(max_length=64, default="")
    resolved_at = peewee.DateTimeField(null=True)
    callback_by = peewee.CharField(max_length=64, default="")
    callback_at = peewee.DateTimeField(null=True)
    callback_outcome = peewee.CharField(max_length=16, default="")
    satisfaction = peewee.SmallIntegerField(null=True)
    callback_note = peewee.TextField(default="")
    reopen_count = peewee.IntegerField(default=0)
    archived_by = peewee.CharField(max_length=64, default="")
    archived_at = peewee.DateTimeField(null=True)
    archive_reason = peewee.TextField(default="")
    search_text = peewee.TextField(default="")

    class Meta:
        indexes = (
            (("received_at", "id"), False),
            (("status", "next_due_at"), False),
            (("assignee", "status"), False),
            (("received_by", "status"), False),
            (("category", "received_at"), False),
            (("product", "received_at"), False),
            (("batch_no", "received_at"), False),
        )


class CaseEvent(_Base):
    case_kind = peewee.CharField(max_length=16)
    case_id = peewee.IntegerField()
    at = peewee.DateTimeField(default=_now)
    username = peewee.CharField(max_length=64)
    display_name = peewee.CharField(max_length=64, default="")
    action = peewee.CharField(max_length=32)
    from_status = peewee.CharField(max_length=16, default="")
    to_status = peewee.CharField(max_length=16, default="")
    note = peewee.TextField(default="")

    class Meta:
        indexes = ((("case_kind", "case_id", "id"), False),)


class Incident(_Versioned):
    number = peewee.CharField(max_length=20, unique=True)
    rule = peewee.CharField(max_length=16)
    rule_key = peewee.CharField(max_length=64)
    complaint_count = peewee.IntegerField(default=1)
    window_days = peewee.IntegerField(default=0)
    raised_at = peewee.DateTimeField(default=_now, index=True)
    acknowledged_by = peewee.CharField(max_length=64, default="")
    acknowledged_at = peewee.DateTimeField(null=True, index=True)
    ack_note = peewee.TextField(default="")

    class Meta:
        indexes = ((("rule", "rule_key"), False),)


class IncidentComplaint(_Base):
    incident = peewee.ForeignKeyField(Incident, on_delete="CASCADE")
    complaint = peewee.ForeignKeyField(Complaint, on_delete="CASCADE")

    class Meta:
        indexes = ((("incident", "complaint"), True),)


class ReturnOrder(_Versioned):
    number = peewee.CharField(max_length=20, unique=True)
    client = peewee.ForeignKeyField(Client)
    complaint = peewee.ForeignKeyField(Complaint, null=True)
    original_delivery = peewee.CharField(max_length=32, default="")
    kind = peewee.CharField(max_length=16, default="return")
    reason = peewee.TextField(default="")
    status = peewee.CharField(max_length=16, default="requested")
    requested_by = peewee.CharField(max_length=64)
    requested_at = peewee.DateTimeField(default=_now)
    total_quantity = peewee.DecimalField(max_digits=14, decimal_places=3, default=0)
    total_amount = peewee.DecimalField(max_digits=14, decimal_places=2, default=0)
    decided_by = peewee.CharField(max_length=64, default="")
    decided_at = peewee.DateTimeField(null=True)
    decision_note = peewee.TextField(default="")
    decision_seen = peewee.BooleanField(default=False)
    received_by = peewee.CharField(max_length=64, default="")
    received_at = peewee.DateTimeField(null=True)
    disposition = peewee.CharField(max_length=16, default="")
    completion_note = peewee.TextField(default="")
    completed_by = peewee.CharField(max_length=64, default="")
    completed_at = peewee.DateTimeField(null=True)
    callback_due = peewee.DateTimeField(null=True)
    callback_by = peewee.CharField(max_length=64, default="")
    callback_at = peewee.DateTimeField(null=True)
    callback_outcome = peewee.CharField(max_length=16, default="")
    satisfaction = peewee.SmallIntegerField(null=True)
    callback_note = peewee.TextField(default="")
    reopen_count = peewee.IntegerField(default=0)
    archived_by = peewee.CharField(max_length=64, default="")
    archived_at = peewee.DateTimeField(null=True)
    archive_reason = peewee.TextField(default="")
    search_text = peewee.TextField(default="")

    class Meta:
        indexes = ((("requested_at", "id"), False), (("status", "requested_at"), False))


class ReturnLine(_Versioned):
    return_order = peewee.ForeignKeyField(ReturnOrder, on_delete="CASCADE")
    position = peewee.IntegerField(default=1)
    product = peewee.ForeignKeyField(Product)
    batch_no = peewee.CharField(max_length=32, default="")
    quantity = peewee.DecimalField(max_digits=12, decimal_places=3)
    unit_price = peewee.DecimalField(max_digits=12, decimal_places=2, default=0)
    reason = peewee.CharField(max_length=16)
    received_quantity = peewee.DecimalField(max_digits=12, decimal_places=3, null=True)
    condition = peewee.CharField(max_length=16, default="")


TABLES = [Complaint, CaseEvent, Incident, IncidentComplaint, ReturnOrder, ReturnLine]


def apply(db):
    with db.bind_ctx(TABLES + [Client, Product]):
        db.create_tables(TABLES)
