"""The approval inbox across crdesk: everything waiting for a decision, and decisions waiting to be seen.

Each area registers an ``ApprovalSource`` when its service module is imported (``register(...)``): planning
registers production and purchase plans; returns register theirs (those over the threshold). The inbox shows
the items of every source whose permission the actor holds; approving or rejecting goes back to the source,
which enforces its own rules. The submitter sees each decision until they acknowledge it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from crdesk.services.context import Context
from crdesk.services.errors import NotFound


@dataclass(frozen=True)
class PendingItem:
    kind: str  # the source's kind, e.g. "production_plan"
    record_id: int
    version: int  # pass back to approve / reject (optimistic check)
    number: str
    title: str
    submitted_by: str
    submitted_name: str
    submitted_at: dt.datetime | None
    amount: Decimal | None = None


@dataclass(frozen=True)
class Decision:
    kind: str
    record_id: int
    number: str
    title: str
    status: str  # approved / rejected
    decided_name: str
    decided_at: dt.datetime | None
    comment: str
    reason: str


@dataclass(frozen=True)
class ApprovalSource:
    kind: str
    label: str  # Chinese name of the kind, e.g. 生产计划
    permission: str  # who may decide
    pending: Callable[[Context], list[PendingItem]]
    approve: Callable[[Context, int, int, str], object]  # (ctx, record id, version, comment)
    reject: Callable[[Context, int, int, str, str], object]  # (ctx, record id, version, reason, comment)
    decisions: Callable[[Context], list[Decision]]  # unseen decisions on what the actor submitted
    acknowledge: Callable[[Context, int], None]  # (ctx, record id)


SOURCES: dict[str, ApprovalSource] = {}


def register(source: ApprovalSource) -> None:
    SOURCES[source.kind] = source


def label_of(kind: str) -> str:
    source = SOURCES.get(kind)
    return source.label if source else kind


class ApprovalService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def _source(self, kind: str) -> ApprovalSource:
        if kind not in SOURCES:
            raise NotFound("approval_source", kind)
        return SOURCES[kind]

    def inbox(self) -> list[PendingItem]:
        """What the actor may decide, oldest submission first (empty for a role that decides nothing)."""
        items = [item for source in SOURCES.values() if self.ctx.actor.can(source.permission)
                 for item in source.pending(self.ctx)]
        return sorted(items, key=lambda item: (item.submitted_at or dt.datetime.min, item.kind, item.record_id))

    def count(self) -> int:
        return len(self.inbox())

    def approve(self, kind: str, record_id: int, version: int, comment: str = ""):
        """Approve through the source (which checks the permission); returns what the source returns."""
        return self._source(kind).approve(self.ctx, record_id, version, comment)

    def reject(self, kind: str, record_id: int, version: int, reason: str, comment: str = ""):
        return self._source(kind).reject(self.ctx, record_id, version, reason, comment)

    def my_decisions(self) -> list[Decision]:
        """Decisions on what the actor submitted that they have not acknowledged yet, newest first."""
        items = [item for source in SOURCES.values() for item in source.decisions(self.ctx)]
        return sorted(items, key=lambda item: item.decided_at or dt.datetime.min, reverse=True)

    def acknowledge(self, kind: str, record_id: int) -> None:
        self._source(kind).acknowledge(self.ctx, record_id)
