"""The return list (search, filters, keyset pages), what waits for approval, each user's work, the export."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import peewee

from crdesk.db.models.clients import Client
from crdesk.db.models.complaints import (DISPOSITION_LABELS, RETURN_KIND_LABELS, RETURN_STATUS_LABELS,
                                         ReturnOrder)
from crdesk.services import business_settings
from crdesk.services import permissions as P
from crdesk.services.complaint_lists import WorkItem
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError
from crdesk.services.paging import Page, capped_count, keyset, page_of
from crdesk.services.staff import display_names

business_settings.DEFAULTS.update({"return_approval_max_quantity": 50, "return_approval_max_amount": 2000})

SORTABLE = ("requested_at", "number", "updated_at")
ACTIVE = ("requested", "approved", "received", "completed")


@dataclass(frozen=True)
class ReturnFilter:
    text: str = ""
    status: str = ""  # one status, or "open" for every status still in work
    kind: str = ""
    client_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


@dataclass(frozen=True)
class ReturnRow:
    id: int
    number: str
    requested_at: dt.datetime
    client: str
    kind: str
    status: str
    total_quantity: Decimal
    total_amount: Decimal
    requested_by: str  # display name
    complaint_id: int | None


def _filtered(flt: ReturnFilter) -> peewee.ModelSelect:
    query = (ReturnOrder.select(ReturnOrder, Client.name.alias("client_name"))
             .join(Client, on=(ReturnOrder.client == Client.id)))
    text = flt.text.strip().lower()
    if text:
        query = query.where(ReturnOrder.search_text.contains(text))
    if flt.status == "open":
        query = query.where(ReturnOrder.status.in_(ACTIVE))
    elif flt.status:
        query = query.where(ReturnOrder.status == flt.status)
    if flt.kind:
        query = query.where(ReturnOrder.kind == flt.kind)
    if flt.client_id is not None:
        query = query.where(ReturnOrder.client == flt.client_id)
    if flt.date_from:
        query = query.where(ReturnOrder.requested_at >= dt.datetime.combine(flt.date_from, dt.time.min))
    if flt.date_to:
        query = query.where(ReturnOrder.requested_at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1),
                                                                           dt.time.min))
    return query


def _rows(rows: list) -> list[ReturnRow]:
    names = display_names({r.requested_by for r in rows})
    return [ReturnRow(r.id, r.number, r.requested_at, r.client_name, r.kind, r.status, Decimal(r.total_quantity),
                      Decimal(r.total_amount), names.get(r.requested_by, r.requested_by), r.complaint_id)
            for r in rows]


class ReturnLists:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def page(self, flt: ReturnFilter = ReturnFilter(), sort: str = "requested_at", descending: bool = True,
             after: tuple | None = None, limit: int = 200) -> Page[ReturnRow]:
        self.ctx.require(P.CLIENTS_READ)
        if sort not in SORTABLE:
            raise ValidationError("sort", "invalid_choice")
        fetched = keyset(_filtered(flt).objects(), getattr(ReturnOrder, sort), ReturnOrder.id, after, limit,
                         descending)
        page = page_of(fetched, None, sort, limit)
        return Page(_rows(page.rows), page.next_key)

    def count(self, flt: ReturnFilter = ReturnFilter()) -> int:
        self.ctx.require(P.CLIENTS_READ)
        return capped_count(_filtered(flt))

    def awaiting_approval(self, limit: int = 500) -> list[ReturnRow]:
        """Requested returns this user may decide, oldest first (the manager's approval inbox)."""
        self.ctx.require(P.CLIENTS_READ)
        query = _filtered(ReturnFilter(status="requested")).order_by(ReturnOrder.requested_at, ReturnOrder.id)
        if not self.ctx.actor.can(P.RETURNS_APPROVE):
            if not self.ctx.actor.can(P.RETURNS_EDIT):
                return []
            max_quantity, max_amount = self.limits()
            query = query.where((ReturnOrder.total_quantity <= max_quantity)
                                & (ReturnOrder.total_amount <= max_amount))
        return _rows(list(query.objects().limit(limit)))

    def my_work(self, limit: int = 500) -> list[WorkItem]:
        """Returns to decide, and the ones this user requested that wait to be received, completed or called
        back."""
        self.ctx.require(P.CLIENTS_READ)
        items = [WorkItem(KIND_NAME, r.id, r.number, "approve", f"{r.client} · {RETURN_KIND_LABELS[r.kind]}",
                          None, False) for r in self.awaiting_approval(limit)]
        actions = {"approved": "receive", "received": "complete", "completed": "callback"}
        query = (ReturnOrder.select().where((ReturnOrder.requested_by == self.ctx.actor.username)
                                            & ReturnOrder.status.in_(list(actions)))
                 .order_by(ReturnOrder.requested_at, ReturnOrder.id).limit(limit))
        now = self.ctx.now()
        for r in query:
            items.append(WorkItem(KIND_NAME, r.id, r.number, actions[r.status],
                                  f"{RETURN_KIND_LABELS[r.kind]} · {r.reason[:40]}", r.callback_due,
                                  bool(r.callback_due and r.callback_due < now)))
        return items

    def limits(self) -> tuple[Decimal, Decimal]:
        """The most a clerk or receptionist may approve: (total quantity, total amount in yuan)."""
        settings = business_settings.BusinessSettings(self.ctx)
        return (Decimal(str(settings.get("return_approval_max_quantity"))),
                Decimal(str(settings.get("return_approval_max_amount"))))


KIND_NAME = "return"


def export_table(services, flt: ReturnFilter = ReturnFilter()):
    """Every return with its decision, receipt, disposition and callback, streamed page by page."""
    from crdesk.services.exports import Table

    lists = services.returns

    def rows():
        after = None
        while True:
            page = lists.page(flt, descending=False, after=after, limit=1000)
            ids = [r.id for r in page.rows]
            full = {o.id: o for o in ReturnOrder.select().where(ReturnOrder.id.in_(ids))} if ids else {}
            for r in page.rows:
                o = full[r.id]
                yield [r.number, r.requested_at, r.client, RETURN_KIND_LABELS[r.kind], RETURN_STATUS_LABELS[r.status],
                       r.total_quantity, r.total_amount, o.reason, o.original_delivery, r.requested_by,
                       o.decided_at, o.decision_note, o.received_at, DISPOSITION_LABELS.get(o.disposition, ""),
                       o.completed_at, o.callback_at, o.satisfaction, o.archived_at]
            if page.next_key is None:
                return
            after = page.next_key

    return Table(["编号", "申请时间", "客户", "类型", "状态", "数量", "金额(元)", "原因", "原送货单", "申请人",
                  "审批时间", "审批意见", "收货时间", "处理方式", "处理时间", "回访时间", "满意度", "归档时间"], rows())
