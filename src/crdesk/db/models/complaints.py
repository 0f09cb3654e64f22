"""Complaints (投诉), return authorisations (退换货单), their timeline, and major incidents (重大事件).

A complaint and a return both follow a closed loop that ends with a callback (回访) before archiving;
every step appends a ``CaseEvent`` (who, when, note) to the case's timeline.
"""
from __future__ import annotations

import peewee

from crdesk.db.base import BaseModel, VersionedModel, now
from crdesk.db.models.catalog import Product
from crdesk.db.models.clients import Client

CHANNELS = ("phone", "visit", "letter", "online")  # 电话 / 来访 / 信函 / 网络
SEVERITIES = ("normal", "important", "major")  # 一般 / 重要 / 重大
COMPLAINT_STATUSES = ("registered", "in_progress", "resolved", "followed_up", "archived")
CALLBACK_OUTCOMES = ("satisfied", "unsatisfied")  # 满意 / 不满意（须继续处理）

RETURN_KINDS = ("return", "exchange")  # 退货 / 换货
RETURN_STATUSES = ("requested", "approved", "rejected", "received", "completed", "followed_up", "archived")
RETURN_REASONS = ("quality", "damaged", "expired", "wrong_item", "surplus", "other")
RETURN_CONDITIONS = ("good", "package_damaged", "product_damaged", "spoiled")
DISPOSITIONS = ("restock", "scrap", "repair", "refund", "replacement")

INCIDENT_RULES = ("major", "category", "product", "batch")
OPEN_COMPLAINT = ("registered", "in_progress", "resolved")  # a deadline runs in these

# Chinese domain words for exports, PDFs and messages (the GUI has its own translatable copies).
CHANNEL_LABELS = {"phone": "电话", "visit": "来访", "letter": "信函", "online": "网络"}
SEVERITY_LABELS = {"normal": "一般", "important": "重要", "major": "重大"}
COMPLAINT_STATUS_LABELS = {"registered": "已受理", "in_progress": "处理中", "resolved": "已处理",
                           "followed_up": "已回访", "archived": "已归档"}
RETURN_KIND_LABELS = {"return": "退货", "exchange": "换货"}
RETURN_STATUS_LABELS = {"requested": "待审批", "approved": "已批准", "rejected": "已驳回", "received": "已收货",
                        "completed": "已处理", "followed_up": "已回访", "archived": "已归档"}
RETURN_REASON_LABELS = {"quality": "质量问题", "damaged": "运输破损", "expired": "临期过期", "wrong_item": "错发",
                        "surplus": "多发滞销", "other": "其他"}
CONDITION_LABELS = {"good": "完好", "package_damaged": "外包装破损", "product_damaged": "产品损坏",
                    "spoiled": "变质过期"}
DISPOSITION_LABELS = {"restock": "入库", "scrap": "报废", "repair": "返修", "refund": "退款",
                      "replacement": "换货补发"}


class Complaint(VersionedModel):
    number = peewee.CharField(max_length=20, unique=True)
    client = peewee.ForeignKeyField(Client, null=True, backref="complaints")
    consumer_name = peewee.CharField(max_length=64, default="")
    consumer_phone = peewee.CharField(max_length=32, default="")
    channel = peewee.CharField(max_length=16)
    category = peewee.CharField(max_length=32)
    severity = peewee.CharField(max_length=16)
    product = peewee.ForeignKeyField(Product, null=True, backref="complaints")
    batch_no = peewee.CharField(max_length=32, default="")
    description = peewee.TextField()
    received_by = peewee.CharField(max_length=64)  # username
    received_at = peewee.DateTimeField(default=now)
    assignee = peewee.CharField(max_length=64, default="")  # username
    status = peewee.CharField(max_length=16, default="registered")
    response_due = peewee.DateTimeField()
    resolution_due = peewee.DateTimeField()
    callback_due = peewee.DateTimeField(null=True)
    next_due_at = peewee.DateTimeField(null=True)  # the deadline of the current step; None when none is open
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


class CaseEvent(BaseModel):
    """One line of a complaint's or a return's timeline. Append-only."""

    case_kind = peewee.CharField(max_length=16)  # complaint / return
    case_id = peewee.IntegerField()
    at = peewee.DateTimeField(default=now)
    username = peewee.CharField(max_length=64)
    display_name = peewee.CharField(max_length=64, default="")
    action = peewee.CharField(max_length=32)
    from_status = peewee.CharField(max_length=16, default="")
    to_status = peewee.CharField(max_length=16, default="")
    note = peewee.TextField(default="")

    class Meta:
        indexes = ((("case_kind", "case_id", "id"), False),)


class Incident(VersionedModel):
    number = peewee.CharField(max_length=20, unique=True)
    rule = peewee.CharField(max_length=16)  # major / category / product / batch
    rule_key = peewee.CharField(max_length=64)  # the category, product id, batch number or complaint number
    complaint_count = peewee.IntegerField(default=1)
    window_days = peewee.IntegerField(default=0)
    raised_at = peewee.DateTimeField(default=now, index=True)
    acknowledged_by = peewee.CharField(max_length=64, default="")
    acknowledged_at = peewee.DateTimeField(null=True, index=True)
    ack_note = peewee.TextField(default="")

    class Meta:
        indexes = ((("rule", "rule_key"), False),)


class IncidentComplaint(BaseModel):
    incident = peewee.ForeignKeyField(Incident, backref="links", on_delete="CASCADE")
    complaint = peewee.ForeignKeyField(Complaint, backref="incident_links", on_delete="CASCADE")

    class Meta:
        indexes = ((("incident", "complaint"), True),)


class ReturnOrder(VersionedModel):
    number = peewee.CharField(max_length=20, unique=True)
    client = peewee.ForeignKeyField(Client, backref="returns")
    complaint = peewee.ForeignKeyField(Complaint, null=True, backref="returns")
    original_delivery = peewee.CharField(max_length=32, default="")  # the delivery order / slip number
    kind = peewee.CharField(max_length=16, default="return")
    reason = peewee.TextField(default="")
    status = peewee.CharField(max_length=16, default="requested")
    requested_by = peewee.CharField(max_length=64)
    requested_at = peewee.DateTimeField(default=now)
    total_quantity = peewee.DecimalField(max_digits=14, decimal_places=3, default=0)
    total_amount = peewee.DecimalField(max_digits=14, decimal_places=2, default=0)
    decided_by = peewee.CharField(max_length=64, default="")
    decided_at = peewee.DateTimeField(null=True)
    decision_note = peewee.TextField(default="")
    decision_seen = peewee.BooleanField(default=False)  # the requester has seen the decision
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


class ReturnLine(VersionedModel):
    return_order = peewee.ForeignKeyField(ReturnOrder, backref="lines", on_delete="CASCADE")
    position = peewee.IntegerField(default=1)
    product = peewee.ForeignKeyField(Product, backref="return_lines")
    batch_no = peewee.CharField(max_length=32, default="")
    quantity = peewee.DecimalField(max_digits=12, decimal_places=3)
    unit_price = peewee.DecimalField(max_digits=12, decimal_places=2, default=0)
    reason = peewee.CharField(max_length=16)
    received_quantity = peewee.DecimalField(max_digits=12, decimal_places=3, null=True)
    condition = peewee.CharField(max_length=16, default="")
