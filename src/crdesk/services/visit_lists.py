"""The list of all visits and follow-ups (拜访回访记录): filtered, sorted and keyset-paged in SQL."""
from __future__ import annotations

from dataclasses import dataclass

import peewee

from crdesk.db.models.clients import Client, Visit
from crdesk.services import permissions as P
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError
from crdesk.services.paging import Page, capped_count, keyset, page_of
from crdesk.services.visits import VisitData
from crdesk.services.visits import data_of as visit_data

SORTABLE = ("visited_at", "number", "kind", "staff")


@dataclass(frozen=True)
class VisitFilter:
    text: str = ""  # client name / code / phone / contact, visit number, purpose or staff
    kind: str = ""


def _filtered(flt: VisitFilter) -> peewee.ModelSelect:
    query = Visit.select(Visit, Client).join(Client)
    text = flt.text.strip()
    if text:
        query = query.where(Client.search_text.contains(text.lower()) | Visit.number.contains(text.upper())
                            | Visit.purpose.contains(text) | Visit.staff.contains(text))
    if flt.kind:
        query = query.where(Visit.kind == flt.kind)
    return query


class VisitList:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def page(self, flt: VisitFilter = VisitFilter(), sort: str = "visited_at", descending: bool = True,
             after: tuple | None = None, limit: int = 200) -> Page[VisitData]:
        self.ctx.require(P.CLIENTS_READ)
        if sort not in SORTABLE:
            raise ValidationError("sort", "invalid_choice")
        rows = keyset(_filtered(flt), getattr(Visit, sort), Visit.id, after, limit, descending)
        return page_of(rows, visit_data, sort, limit)

    def count(self, flt: VisitFilter = VisitFilter()) -> int:
        self.ctx.require(P.CLIENTS_READ)
        return capped_count(_filtered(flt))
