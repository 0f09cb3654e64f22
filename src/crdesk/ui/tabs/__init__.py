"""The main window's tabs, in order. A tab appears for users whose role has its permission (the manager's
工作台 covers everything 我的工作 shows, so a manager gets only the former)."""
from __future__ import annotations

import importlib
from dataclasses import dataclass

from crdesk.services import permissions as P


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str  # Chinese source text, translated in context "tabs"
    icon: str
    factory: str  # "module:Class"; the class takes (AppContext, parent)
    permission: str
    superseded_by: str | None = None  # hidden for users who have this permission (they get a fuller tab)

    def visible_for(self, can) -> bool:
        return can(self.permission) and not (self.superseded_by and can(self.superseded_by))

    def create(self, app, parent=None):
        module, name = self.factory.split(":")
        return getattr(importlib.import_module(module), name)(app, parent)


TABS: list[TabSpec] = [
    TabSpec("dashboard", "工作台", "dashboard", "crdesk.ui.tabs.dashboard:DashboardTab", P.REPORTS_READ),
    TabSpec("mywork", "我的工作", "fa5s.tasks", "crdesk.ui.tabs.dashboard:MyWorkTab", P.CLIENTS_READ,
            superseded_by=P.REPORTS_READ),
    TabSpec("clients", "客户档案", "clients", "crdesk.ui.tabs.clients:ClientsTab", P.CLIENTS_READ),
    TabSpec("visits", "拜访回访", "visits", "crdesk.ui.tabs.visits:VisitsTab", P.CLIENTS_READ),
    TabSpec("reception", "来访登记", "reception", "crdesk.ui.tabs.reception:ReceptionTab", P.CLIENTS_READ),
    TabSpec("complaints", "投诉", "complaints", "crdesk.ui.tabs.complaints:ComplaintsTab", P.CLIENTS_READ),
    TabSpec("returns", "退换货", "returns", "crdesk.ui.tabs.returns:ReturnsTab", P.CLIENTS_READ),
    TabSpec("planning", "生产与采购计划", "planning", "crdesk.ui.tabs.planning:PlanningTab", P.PLANS_EDIT),
    TabSpec("deliveries", "配送", "deliveries", "crdesk.ui.tabs.deliveries:DeliveriesTab", P.DELIVERIES_READ),
    TabSpec("fleet", "车辆管理", "fleet", "crdesk.ui.tabs.fleet:FleetTab", P.FLEET_READ),
    TabSpec("reports", "报表", "fa5s.chart-bar", "crdesk.ui.tabs.reports:ReportsTab", P.REPORTS_READ),
]
