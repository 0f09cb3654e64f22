"""The start page: the manager's dashboard (工作台) of the department's open work, and every other user's
"my work" (我的工作). Each panel is a short list of items that open their record, with the full count.

The overview — approvals waiting, unacknowledged incidents, overdue complaints and callbacks, today's runs,
slips not yet returned, vehicle papers about to expire, follow-ups due — is the manager's (REPORTS_READ).
"My work" is anyone's: what waits for the signed-in user, by what their role does.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from crdesk.services import dashboard_items as items
from crdesk.services import permissions as P
from crdesk.services.context import Context
from crdesk.services.dashboard_items import DashboardItem


@dataclass(frozen=True)
class Panel:
    key: str
    title: str
    items: list[DashboardItem]
    total: int  # may be more than the items listed

    @property
    def overdue(self) -> int:
        return sum(1 for item in self.items if item.overdue)


@dataclass(frozen=True)
class PanelSpec:
    key: str
    title: str
    source: Callable[[Context, str], items.Items]
    scope: str  # all / mine
    permission: str  # the panel is shown to roles with this permission


OVERVIEW = [
    PanelSpec("approvals", "待审批", items.approvals, "all", P.PLANS_APPROVE),
    PanelSpec("incidents", "未确认的重大事件", items.incidents, "all", P.INCIDENTS_ACK),
    PanelSpec("overdue_complaints", "超期投诉", items.overdue_complaints, "all", P.CLIENTS_READ),
    PanelSpec("callbacks", "超期回访", items.callbacks, "all", P.CLIENTS_READ),
    PanelSpec("runs", "今日配送车次", items.todays_runs, "all", P.DELIVERIES_READ),
    PanelSpec("slips", "未交回的回单", items.unreturned_slips, "all", P.DELIVERIES_READ),
    PanelSpec("papers", "车辆证照到期", items.vehicle_papers, "all", P.FLEET_READ),
    PanelSpec("follow_ups", "待回访客户", items.follow_ups, "all", P.CLIENTS_READ),
]

MY_WORK = [
    PanelSpec("cases", "我的投诉与退换货", items.callbacks, "mine", P.COMPLAINTS_EDIT),
    PanelSpec("follow_ups", "待回访客户", items.follow_ups, "mine", P.VISITS_EDIT),
    PanelSpec("decisions", "我提交的审批结果", items.approvals, "mine", P.CLIENTS_READ),
    PanelSpec("runs", "今日配送车次", items.todays_runs, "mine", P.POD_RECORD),
    PanelSpec("slips", "未交回的回单", items.unreturned_slips, "mine", P.POD_RECORD),
    PanelSpec("papers", "证照到期提醒", items.vehicle_papers, "mine", P.FLEET_LOG_OWN),
]


class DashboardService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def _panels(self, specs: list[PanelSpec]) -> list[Panel]:
        panels = []
        for spec in specs:
            if self.ctx.actor.can(spec.permission):
                found, total = spec.source(self.ctx, spec.scope)
                panels.append(Panel(spec.key, spec.title, found, total))
        return panels

    def overview(self) -> list[Panel]:
        """The manager's dashboard: the whole department's open work."""
        self.ctx.require(P.REPORTS_READ)
        return self._panels(OVERVIEW)

    def my_work(self) -> list[Panel]:
        """What waits for the signed-in user (their own complaints, returns, calls, runs, slips …)."""
        self.ctx.require(P.CLIENTS_READ)
        return self._panels(MY_WORK)

    def counts(self) -> dict[str, int]:
        """Panel totals of the overview, e.g. for a status bar."""
        return {panel.key: panel.total for panel in self.overview()}
