"""Visits and follow-ups (拜访 / 回访): log a contact, the follow-ups due list, the outbound call list."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crdesk.db.models.clients import VISIT_KINDS, Client, Visit
from crdesk.services import clients, numbering, records
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.business_settings import BusinessSettings
from crdesk.services.context import Context
from crdesk.services.errors import NotFound, ValidationError
from crdesk.services.paging import Page, keyset, page_of


@dataclass
class VisitData:
    client_id: int | None
    kind: str
    visited_at: dt.datetime
    staff: str = ""
    purpose: str = ""
    summary: str = ""
    satisfaction: int | None = None
    next_follow_up: dt.date | None = None
    follow_up_done: bool = False
    closes_follow_up_of: int | None = None  # the visit whose due follow-up this contact answers
    id: int | None = None
    number: str = ""
    version: int = 0
    client_code: str = ""
    client_name: str = ""


def data_of(visit: Visit) -> VisitData:
    return VisitData(
        client_id=visit.client_id, kind=visit.kind, visited_at=visit.visited_at, staff=visit.staff,
        purpose=visit.purpose, summary=visit.summary, satisfaction=visit.satisfaction,
        next_follow_up=visit.next_follow_up, follow_up_done=visit.follow_up_done, id=visit.id, number=visit.number, version=visit.version,
        client_code=visit.client.code, client_name=visit.client.name,
    )


def validate(data: VisitData) -> None:
    errors: v.Errors = []
    if data.client_id is None or not Client.select().where(Client.id == data.client_id).exists():
        errors.append(("client", "required", {}))
    v.choice(errors, "kind", data.kind, VISIT_KINDS)
    v.length(errors, "staff", data.staff, v.SHORT_MAX)
    v.length(errors, "purpose", data.purpose, v.LINE_MAX)
    v.length(errors, "summary", data.summary, v.NOTE_MAX)
    v.satisfaction(errors, "satisfaction", data.satisfaction)
    if data.next_follow_up and data.next_follow_up < data.visited_at.date():
        errors.append(("next_follow_up", "before_visit", {}))
    if errors:
        raise ValidationError.of(errors)


def _visit_history(client_id: int) -> list[clients.HistoryItem]:
    query = Visit.select().where(Visit.client == client_id).order_by(Visit.visited_at.desc()).limit(200)
    return [clients.HistoryItem(row.visited_at, f"visit.{row.kind}", row.number, row.purpose or row.summary[:60])
            for row in query]


clients.HISTORY_SOURCES.append(_visit_history)


class VisitService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def get(self, visit_id: int) -> VisitData:
        self.ctx.require(P.CLIENTS_READ)
        return data_of(records.get(Visit, visit_id))

    def get_by_number(self, number: str) -> VisitData:
        self.ctx.require(P.CLIENTS_READ)
        visit = Visit.get_or_none(Visit.number == number.strip().upper())
        if visit is None:
            raise NotFound("visit", number)
        return data_of(visit)

    def save(self, data: VisitData) -> VisitData:
        self.ctx.require(P.VISITS_EDIT)
        data.staff = data.staff.strip() or self.ctx.actor.display_name
        validate(data)
        values = dict(client=data.client_id, kind=data.kind, staff=data.staff, visited_at=data.visited_at,
                      purpose=data.purpose.strip(), summary=data.summary, satisfaction=data.satisfaction,
                      next_follow_up=data.next_follow_up)
        with self.ctx.db.atomic():
            if data.id is None:
                visit = records.create(self.ctx, Visit, number=numbering.next_number(self.ctx, "visit"), **values)
            else:
                visit = records.update(self.ctx, Visit, data.id, data.version, values)
            if data.closes_follow_up_of:
                self._close(data.closes_follow_up_of)
            clients.ClientService(self.ctx).touch_contact(data.client_id, data.visited_at)
        return data_of(visit)

    def _close(self, visit_id: int) -> None:
        previous = records.get(Visit, visit_id)
        if not previous.follow_up_done:
            records.update(self.ctx, Visit, visit_id, previous.version, {"follow_up_done": True},
                           action="follow_up_done")

    def mark_follow_up_done(self, visit_id: int) -> None:
        self.ctx.require(P.VISITS_EDIT)
        with self.ctx.db.atomic():
            self._close(visit_id)

    def for_client(self, client_id: int, after: tuple | None = None, limit: int = 200) -> Page[VisitData]:
        self.ctx.require(P.CLIENTS_READ)
        query = Visit.select().where(Visit.client == client_id)
        rows = keyset(query, Visit.visited_at, Visit.id, after, limit, descending=True)
        return page_of(rows, data_of, "visited_at", limit)

    def due(self, on: dt.date | None = None, limit: int = 500) -> list[VisitData]:
        """Follow-ups due today or overdue, oldest first."""
        self.ctx.require(P.CLIENTS_READ)
        day = on or self.ctx.today()
        query = (Visit.select(Visit, Client).join(Client)
                 .where((Visit.follow_up_done == False) & (Visit.next_follow_up <= day))  # noqa: E712
                 .order_by(Visit.next_follow_up, Visit.id).limit(limit))
        return [data_of(row) for row in query]

    def outbound_list(self, days: int | None = None, limit: int = 500) -> list[clients.ClientRow]:
        """Active clients not contacted in ``days`` days (default from business settings), never-contacted first."""
        self.ctx.require(P.CLIENTS_READ)
        days = days if days is not None else BusinessSettings(self.ctx).get("outbound_after_days")
        if days < 0:
            raise ValidationError("days", "out_of_range", min=0)
        cutoff = self.ctx.now() - dt.timedelta(days=days)
        query = (Client.select().where(
            (Client.active == True) & (Client.last_contact_at.is_null() | (Client.last_contact_at < cutoff)))  # noqa: E712
            .order_by(Client.last_contact_at.asc(nulls="FIRST"), Client.id).limit(limit))
        return [clients.row_of(c) for c in query]


KIND_LABELS = {"reception": "来访接待", "call": "电话回访", "onsite": "上门拜访", "outbound": "主动呼出"}


def export_table(services):
    from crdesk.services.exports import Table

    services.ctx.require(P.CLIENTS_READ)

    def rows():
        query = Visit.select(Visit, Client).join(Client).order_by(Visit.id)
        for visit in query.iterator():
            yield [visit.number, visit.client.code, visit.client.name, KIND_LABELS.get(visit.kind, visit.kind),
                   visit.staff, visit.visited_at, visit.purpose, visit.summary, visit.satisfaction,
                   visit.next_follow_up, visit.follow_up_done]

    return Table(["编号", "客户编号", "客户名称", "方式", "人员", "时间", "目的", "内容", "满意度", "下次回访",
                  "已回访"], rows())
