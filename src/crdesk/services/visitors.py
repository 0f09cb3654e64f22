"""Reception visitor log (来访登记): check in, check out, today's visitors."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crdesk.db.models.clients import Client, Visitor
from crdesk.services import clients, numbering, records
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError
from crdesk.services.paging import Page, keyset, page_of


@dataclass
class VisitorData:
    name: str
    organisation: str = ""
    phone: str = ""
    purpose: str = ""
    host: str = ""
    badge: str = ""
    client_id: int | None = None
    checked_in_at: dt.datetime | None = None
    checked_out_at: dt.datetime | None = None
    id: int | None = None
    number: str = ""
    version: int = 0
    client_name: str = ""


def _data(row: Visitor) -> VisitorData:
    return VisitorData(
        name=row.name, organisation=row.organisation, phone=row.phone, purpose=row.purpose, host=row.host,
        badge=row.badge, client_id=row.client_id, checked_in_at=row.checked_in_at,
        checked_out_at=row.checked_out_at, id=row.id, number=row.number, version=row.version,
        client_name=row.client.name if row.client_id else "",
    )


def validate(data: VisitorData) -> None:
    errors: v.Errors = []
    v.required(errors, "name", data.name, v.SHORT_MAX)
    v.length(errors, "organisation", data.organisation, v.NAME_MAX)
    v.phone(errors, "phone", data.phone)
    v.length(errors, "purpose", data.purpose, v.LINE_MAX)
    v.length(errors, "host", data.host, v.SHORT_MAX)
    v.length(errors, "badge", data.badge, 32)
    if data.client_id is not None and not Client.select().where(Client.id == data.client_id).exists():
        errors.append(("client", "not_found", {}))
    if data.checked_out_at and data.checked_in_at and data.checked_out_at < data.checked_in_at:
        errors.append(("checked_out_at", "before_check_in", {}))
    if errors:
        raise ValidationError.of(errors)


def _visitor_history(client_id: int) -> list[clients.HistoryItem]:
    query = Visitor.select().where(Visitor.client == client_id).order_by(Visitor.checked_in_at.desc()).limit(200)
    return [clients.HistoryItem(row.checked_in_at, "visitor", row.number, f"{row.name} {row.purpose}".strip())
            for row in query]


clients.HISTORY_SOURCES.append(_visitor_history)


class VisitorService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def get(self, visitor_id: int) -> VisitorData:
        self.ctx.require(P.CLIENTS_READ)
        return _data(records.get(Visitor, visitor_id))

    def check_in(self, data: VisitorData) -> VisitorData:
        self.ctx.require(P.VISITORS_EDIT)
        data.checked_in_at = data.checked_in_at or self.ctx.now()
        data.checked_out_at = None
        validate(data)
        with self.ctx.db.atomic():
            row = records.create(
                self.ctx, Visitor, number=numbering.next_number(self.ctx, "visitor"), name=data.name.strip(),
                organisation=data.organisation.strip(), phone=data.phone.strip(), purpose=data.purpose.strip(),
                host=data.host.strip(), badge=data.badge.strip(), client=data.client_id,
                checked_in_at=data.checked_in_at)
            if data.client_id:
                clients.ClientService(self.ctx).touch_contact(data.client_id, data.checked_in_at)
        return _data(row)

    def check_out(self, visitor_id: int, version: int, at: dt.datetime | None = None) -> VisitorData:
        self.ctx.require(P.VISITORS_EDIT)
        current = _data(records.get(Visitor, visitor_id))
        if current.checked_out_at is not None:
            raise ValidationError("checked_out_at", "already_checked_out")
        current.checked_out_at = at or self.ctx.now()
        validate(current)
        with self.ctx.db.atomic():
            row = records.update(self.ctx, Visitor, visitor_id, version,
                                 {"checked_out_at": current.checked_out_at}, action="check_out")
        return _data(row)

    def today(self, day: dt.date | None = None) -> list[VisitorData]:
        self.ctx.require(P.CLIENTS_READ)
        start = dt.datetime.combine(day or self.ctx.today(), dt.time.min)
        query = (Visitor.select().where((Visitor.checked_in_at >= start)
                                        & (Visitor.checked_in_at < start + dt.timedelta(days=1)))
                 .order_by(Visitor.checked_in_at.desc(), Visitor.id.desc()))
        return [_data(row) for row in query]

    def page(self, text: str = "", after: tuple | None = None, limit: int = 200) -> Page[VisitorData]:
        self.ctx.require(P.CLIENTS_READ)
        query = Visitor.select()
        if text.strip():
            needle = text.strip()
            query = query.where(Visitor.name.contains(needle) | Visitor.organisation.contains(needle)
                                | Visitor.phone.contains(needle) | Visitor.badge.contains(needle))
        rows = keyset(query, Visitor.checked_in_at, Visitor.id, after, limit, descending=True)
        return page_of(rows, _data, "checked_in_at", limit)


def export_table(services):
    from crdesk.services.exports import Table

    services.ctx.require(P.CLIENTS_READ)

    def rows():
        for row in Visitor.select().order_by(Visitor.id).iterator():
            yield [row.number, row.name, row.organisation, row.phone, row.purpose, row.host, row.badge,
                   row.checked_in_at, row.checked_out_at]

    return Table(["编号", "姓名", "单位", "电话", "事由", "接待人", "证件号", "来访时间", "离开时间"], rows())
