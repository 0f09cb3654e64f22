"""Major incidents (重大事件): raised by a 重大 complaint or by a cluster of complaints, acknowledged by the
manager. An unacknowledged incident stays in front of the manager (``unacknowledged``).

Cluster rule: when a complaint is registered (or its category, product or batch is corrected), the
complaints with the same category — or the same product, or the same batch — are counted in the fullest
window of ``incident_window_days`` days that contains it (a complaint entered late can complete a cluster
of later ones). At ``incident_category_count`` (same category) or ``incident_product_count`` (same product
or batch) an incident is raised. While an incident of the same rule and key already covers a complaint
within that many days of the new one, the new complaint is linked to it instead of raising another.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from crdesk.db.models.catalog import Product
from crdesk.db.models.complaints import Complaint, Incident, IncidentComplaint
from crdesk.services import business_settings, casework, numbering, records
from crdesk.services import permissions as P
from crdesk.services.context import Context
from crdesk.services.errors import InvalidTransition
from crdesk.services.paging import Page, keyset, page_of

business_settings.DEFAULTS.update({
    "incident_category_count": 5,
    "incident_product_count": 3,
    "incident_window_days": 7,
})

RULE_LABELS = {"major": "重大投诉", "category": "同类投诉集中", "product": "同一产品投诉集中",
               "batch": "同一批次投诉集中"}


@dataclass(frozen=True)
class IncidentData:
    id: int
    number: str
    rule: str
    rule_key: str
    summary: str
    raised_at: dt.datetime
    complaint_numbers: list[str]
    acknowledged_by: str
    acknowledged_at: dt.datetime | None
    ack_note: str
    version: int


def _linked_numbers(incident_id: int) -> list[str]:
    query = (Complaint.select(Complaint.number).join(IncidentComplaint)
             .where(IncidentComplaint.incident == incident_id).order_by(Complaint.received_at, Complaint.id))
    return [row.number for row in query]


def _summary(row: Incident, count: int) -> str:
    if row.rule == "major":
        return f"重大投诉 {row.rule_key}"
    if row.rule == "category":
        return f"{row.window_days} 天内「{row.rule_key}」类投诉 {count} 起"
    if row.rule == "product":
        product = Product.get_or_none(Product.id == int(row.rule_key))
        name = f"{product.code} {product.name}" if product else row.rule_key
        return f"{row.window_days} 天内产品「{name}」投诉 {count} 起"
    return f"{row.window_days} 天内批次 {row.rule_key} 投诉 {count} 起"


def _data(row: Incident) -> IncidentData:
    numbers = _linked_numbers(row.id)
    return IncidentData(row.id, row.number, row.rule, row.rule_key, _summary(row, len(numbers)), row.raised_at,
                        numbers, row.acknowledged_by, row.acknowledged_at, row.ack_note, row.version)


def _link(incident_id: int, complaint_ids: list[int]) -> None:
    present = {row.complaint_id for row in IncidentComplaint.select(IncidentComplaint.complaint)
               .where(IncidentComplaint.incident == incident_id)}
    new = [{"incident": incident_id, "complaint": cid} for cid in complaint_ids if cid not in present]
    if new:
        IncidentComplaint.insert_many(new).execute()


def _raise(ctx: Context, rule: str, key: str, complaint_ids: list[int], window_days: int) -> Incident:
    incident = records.create(ctx, Incident, number=numbering.next_number(ctx, "incident"), rule=rule,
                              rule_key=key, complaint_count=len(complaint_ids), window_days=window_days,
                              raised_at=ctx.now())
    _link(incident.id, complaint_ids)
    return incident


def _covering(rule: str, key: str, start: dt.datetime, end: dt.datetime) -> Incident | None:
    """An incident of this rule and key that already covers a complaint received between start and end."""
    return (Incident.select().join(IncidentComplaint).join(Complaint)
            .where((Incident.rule == rule) & (Incident.rule_key == key)
                   & (Complaint.received_at > start) & (Complaint.received_at < end))
            .order_by(Incident.id.desc()).first())


def densest_window(received: list[tuple[dt.datetime, int]], at: dt.datetime, span: dt.timedelta) -> list[int]:
    """The ids in the fullest span-long window [s, s + span) that contains ``at`` (complaints may be entered
    late, so the window can reach past ``at`` as well as before it)."""
    best: list[int] = []
    for start, _ in received:
        if at - span < start <= at:
            members = [cid for when, cid in received if start <= when < start + span]
            if len(members) > len(best):
                best = members
    return best


def _cluster(ctx: Context, complaint: Complaint, rule: str, field: peewee.Field, value, threshold: int,
             days: int) -> Incident | None:
    span = dt.timedelta(days=days)
    at = complaint.received_at
    received = [(row.received_at, row.id) for row in Complaint.select(Complaint.id, Complaint.received_at).where(
        (field == value) & (Complaint.received_at > at - span) & (Complaint.received_at < at + span))]
    members = densest_window(received, at, span)
    if len(members) < threshold:
        return None
    existing = _covering(rule, str(value), at - span, at + span)
    if existing is not None:
        _link(existing.id, [complaint.id])
        return None
    return _raise(ctx, rule, str(value), members, days)


def check_complaint(ctx: Context, complaint: Complaint) -> list[Incident]:
    """Apply the incident rules to a complaint just registered or corrected; returns the incidents raised."""
    settings = business_settings.BusinessSettings(ctx)
    days = settings.get("incident_window_days")
    raised = []
    if complaint.severity == "major" and not Incident.select().where(
            (Incident.rule == "major") & (Incident.rule_key == complaint.number)).exists():
        raised.append(_raise(ctx, "major", complaint.number, [complaint.id], 0))
    for rule, field, value, key in (
            ("category", Complaint.category, complaint.category, "incident_category_count"),
            ("product", Complaint.product, complaint.product_id, "incident_product_count"),
            ("batch", Complaint.batch_no, complaint.batch_no, "incident_product_count")):
        if value:
            incident = _cluster(ctx, complaint, rule, field, value, settings.get(key), days)
            if incident is not None:
                raised.append(incident)
    return raised


class IncidentService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def unacknowledged(self, limit: int = 200) -> list[IncidentData]:
        """What stays in front of the manager, oldest first."""
        self.ctx.require(P.CLIENTS_READ)
        query = (Incident.select().where(Incident.acknowledged_at.is_null())
                 .order_by(Incident.raised_at, Incident.id).limit(limit))
        return [_data(row) for row in query]

    def unacknowledged_count(self) -> int:
        self.ctx.require(P.CLIENTS_READ)
        return Incident.select().where(Incident.acknowledged_at.is_null()).count()

    def page(self, after: tuple | None = None, limit: int = 200) -> Page[IncidentData]:
        self.ctx.require(P.CLIENTS_READ)
        rows = keyset(Incident.select(), Incident.raised_at, Incident.id, after, limit, descending=True)
        return page_of(rows, _data, "raised_at", limit)

    def get(self, incident_id: int) -> IncidentData:
        self.ctx.require(P.CLIENTS_READ)
        return _data(records.get(Incident, incident_id))

    def for_complaint(self, complaint_id: int) -> list[IncidentData]:
        self.ctx.require(P.CLIENTS_READ)
        query = (Incident.select().join(IncidentComplaint)
                 .where(IncidentComplaint.complaint == complaint_id).order_by(Incident.id))
        return [_data(row) for row in query]

    def acknowledge(self, incident_id: int, version: int, note: str = "") -> IncidentData:
        self.ctx.require(P.INCIDENTS_ACK)
        casework.check_note("note", note)
        with self.ctx.db.atomic():
            current = records.get(Incident, incident_id)
            if current.acknowledged_at is not None:
                raise InvalidTransition("already_acknowledged", by=current.acknowledged_by)
            row = records.update(self.ctx, Incident, incident_id, version,
                                 {"acknowledged_by": self.ctx.actor.username,
                                  "acknowledged_at": self.ctx.now(), "ack_note": note.strip()},
                                 action="acknowledge")
        return _data(row)
