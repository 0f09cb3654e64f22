"""The complaint list (search, filters, keyset pages), overdue counts, each user's "my work", the export."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import peewee

from crdesk.db.models.catalog import Product
from crdesk.db.models.clients import Client
from crdesk.db.models.complaints import CHANNEL_LABELS, SEVERITY_LABELS, Complaint
from crdesk.db.models.complaints import COMPLAINT_STATUS_LABELS as STATUS_LABELS
from crdesk.db.models.complaints import OPEN_COMPLAINT as OPEN
from crdesk.services import permissions as P
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError
from crdesk.services.paging import Page, capped_count, keyset, page_of
from crdesk.services.staff import display_names

SORTABLE = ("received_at", "number", "updated_at")


@dataclass(frozen=True)
class ComplaintFilter:
    text: str = ""
    status: str = ""  # one status, or "open" for every status before archived
    severity: str = ""
    category: str = ""
    client_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    overdue: bool = False


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    number: str
    received_at: dt.datetime
    party: str
    category: str
    severity: str
    status: str
    product: str
    assignee: str  # display name
    next_due_at: dt.datetime | None
    overdue: bool


@dataclass(frozen=True)
class WorkItem:
    """Something waiting for one user: kind complaint/return, action handle/callback/assign/approve/…"""
    kind: str
    id: int
    number: str
    action: str
    title: str
    due_at: dt.datetime | None
    overdue: bool


def _filtered(ctx: Context, flt: ComplaintFilter) -> peewee.ModelSelect:
    query = (Complaint.select(Complaint, Client.name.alias("client_name"), Product.name.alias("product_name"))
             .join(Client, peewee.JOIN.LEFT_OUTER, on=(Complaint.client == Client.id))
             .switch(Complaint).join(Product, peewee.JOIN.LEFT_OUTER, on=(Complaint.product == Product.id)))
    text = flt.text.strip().lower()
    if text:
        query = query.where(Complaint.search_text.contains(text))
    if flt.status == "open":
        query = query.where(Complaint.status.in_(OPEN))
    elif flt.status:
        query = query.where(Complaint.status == flt.status)
    if flt.severity:
        query = query.where(Complaint.severity == flt.severity)
    if flt.category:
        query = query.where(Complaint.category == flt.category)
    if flt.client_id is not None:
        query = query.where(Complaint.client == flt.client_id)
    if flt.date_from:
        query = query.where(Complaint.received_at >= dt.datetime.combine(flt.date_from, dt.time.min))
    if flt.date_to:
        query = query.where(Complaint.received_at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1),
                                                                        dt.time.min))
    if flt.overdue:
        query = query.where(_overdue(ctx))
    return query


def _overdue(ctx: Context):
    return Complaint.status.in_(OPEN) & (Complaint.next_due_at < ctx.now())


def _rows(ctx: Context, rows: list) -> list[ComplaintRow]:
    names = display_names({r.assignee for r in rows})
    now = ctx.now()
    return [ComplaintRow(r.id, r.number, r.received_at, r.client_name or r.consumer_name, r.category,
                         r.severity, r.status, r.product_name or "", names.get(r.assignee, ""), r.next_due_at,
                         bool(r.next_due_at and r.status in OPEN and r.next_due_at < now)) for r in rows]


class ComplaintLists:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def page(self, flt: ComplaintFilter = ComplaintFilter(), sort: str = "received_at", descending: bool = True,
             after: tuple | None = None, limit: int = 200) -> Page[ComplaintRow]:
        self.ctx.require(P.CLIENTS_READ)
        if sort not in SORTABLE:
            raise ValidationError("sort", "invalid_choice")
        fetched = keyset(_filtered(self.ctx, flt).objects(), getattr(Complaint, sort), Complaint.id, after,
                         limit, descending)
        page = page_of(fetched, None, sort, limit)
        return Page(_rows(self.ctx, page.rows), page.next_key)

    def count(self, flt: ComplaintFilter = ComplaintFilter()) -> int:
        self.ctx.require(P.CLIENTS_READ)
        return capped_count(_filtered(self.ctx, flt))

    def overdue_count(self) -> int:
        """Open complaints past the deadline of their current step (for the status bar)."""
        self.ctx.require(P.CLIENTS_READ)
        return Complaint.select().where(_overdue(self.ctx)).count()

    def my_work(self, username: str | None = None, limit: int = 500) -> list[WorkItem]:
        """What waits for a user: complaints assigned to them to handle, callbacks due on the complaints
        they received (谁受理谁回访), and — for the manager — registered complaints nobody is assigned to."""
        self.ctx.require(P.CLIENTS_READ)
        user = username or self.ctx.actor.username
        mine = (Complaint.assignee == user) & Complaint.status.in_(("registered", "in_progress"))
        callbacks = (Complaint.received_by == user) & (Complaint.status == "resolved")
        condition = mine | callbacks
        if self.ctx.actor.can(P.COMPLAINTS_ARCHIVE_WITHOUT_CALLBACK) and username is None:
            condition |= (Complaint.assignee == "") & (Complaint.status == "registered")
        query = Complaint.select().where(condition).order_by(Complaint.next_due_at, Complaint.id).limit(limit)
        now = self.ctx.now()
        return [WorkItem("complaint", r.id, r.number, _action(r, user), _title(r), r.next_due_at,
                         bool(r.next_due_at and r.next_due_at < now)) for r in query]


def _action(row: Complaint, user: str) -> str:
    if row.status == "resolved":
        return "callback"
    return "handle" if row.assignee == user else "assign"


def _title(row: Complaint) -> str:
    return f"{SEVERITY_LABELS[row.severity]} · {row.category} · {row.description[:40]}"


def export_table(services, flt: ComplaintFilter = ComplaintFilter()):
    """Every complaint with its handling and callback, streamed page by page."""
    from crdesk.services.exports import Table

    lists = ComplaintLists(services.ctx)

    def rows():
        after = None
        while True:
            page = lists.page(flt, sort="received_at", descending=False, after=after, limit=1000)
            ids = [r.id for r in page.rows]
            full = {c.id: c for c in Complaint.select().where(Complaint.id.in_(ids))} if ids else {}
            for r in page.rows:
                c = full[r.id]
                yield [r.number, r.received_at, r.party, c.consumer_phone, CHANNEL_LABELS[c.channel], r.category,
                       SEVERITY_LABELS[r.severity], r.product, c.batch_no, c.description, STATUS_LABELS[r.status],
                       c.received_by, r.assignee, c.resolution, c.root_cause, c.resolved_at, c.callback_at,
                       c.satisfaction, c.archived_at, r.overdue]
            if page.next_key is None:
                return
            after = page.next_key

    return Table(["编号", "受理时间", "客户/消费者", "电话", "渠道", "类别", "严重程度", "产品", "批次", "投诉内容",
                  "状态", "受理人", "处理人", "处理结果", "原因分析", "处理时间", "回访时间", "满意度", "归档时间",
                  "超期"], rows())
