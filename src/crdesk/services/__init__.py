"""Use cases on plain data: the same rules for the GUI and the CLI. No Qt here."""
from __future__ import annotations

import importlib
from functools import cached_property
from typing import TYPE_CHECKING

from crdesk.services.context import SYSTEM, Actor, Context

if TYPE_CHECKING:  # peewee (and with it the database drivers) loads with the first database, not at start-up
    import peewee


# Area modules register their client-history sources and business-setting defaults when imported.
AREA_MODULES = ("visits", "visitors", "products", "complaints", "incidents", "returns", "production_plans",
                "purchase_plans", "fleet", "deliveries", "runs", "slips", "surveys")


def load_areas() -> None:
    for name in AREA_MODULES:
        importlib.import_module(f"{__name__}.{name}")


class Services:
    """One facade per signed-in actor; each area's service is created on first use."""

    def __init__(self, db: peewee.Database, actor: Actor = SYSTEM, clock=None):
        load_areas()
        self.ctx = Context(db, actor) if clock is None else Context(db, actor, clock)

    @property
    def actor(self) -> Actor:
        return self.ctx.actor

    def as_actor(self, actor: Actor) -> "Services":
        return Services(self.ctx.db, actor, self.ctx.clock)

    @cached_property
    def importing(self):
        from crdesk.services.importing import ImportService
        return ImportService(self.ctx)

    @cached_property
    def backup(self):
        from crdesk.services.backup import BackupService
        return BackupService(self.ctx)

    @cached_property
    def users(self):
        from crdesk.services.auth import UserService
        return UserService(self.ctx)

    @cached_property
    def audit(self):
        from crdesk.services.audit import AuditService
        return AuditService(self.ctx)

    @cached_property
    def settings(self):
        from crdesk.services.business_settings import BusinessSettings
        return BusinessSettings(self.ctx)

    @cached_property
    def clients(self):
        from crdesk.services.clients import ClientService
        return ClientService(self.ctx)

    @cached_property
    def visits(self):
        from crdesk.services.visits import VisitService
        return VisitService(self.ctx)

    @cached_property
    def visitors(self):
        from crdesk.services.visitors import VisitorService
        return VisitorService(self.ctx)

    @cached_property
    def products(self):
        from crdesk.services.products import ProductService
        return ProductService(self.ctx)

    @cached_property
    def complaints(self):
        from crdesk.services.complaints import ComplaintService
        return ComplaintService(self.ctx)

    @cached_property
    def incidents(self):
        from crdesk.services.incidents import IncidentService
        return IncidentService(self.ctx)

    @cached_property
    def returns(self):
        from crdesk.services.returns import ReturnService
        return ReturnService(self.ctx)

    @cached_property
    def materials(self):
        from crdesk.services.materials import MaterialService
        return MaterialService(self.ctx)

    @cached_property
    def production_plans(self):
        from crdesk.services.production_plans import ProductionPlanService
        return ProductionPlanService(self.ctx)

    @cached_property
    def production_actuals(self):
        from crdesk.services.production_actuals import ProductionActualService
        return ProductionActualService(self.ctx)

    @cached_property
    def purchase_plans(self):
        from crdesk.services.purchase_plans import PurchasePlanService
        return PurchasePlanService(self.ctx)

    @cached_property
    def approvals(self):
        from crdesk.services.approvals import ApprovalService
        return ApprovalService(self.ctx)

    @cached_property
    def fleet(self):
        from crdesk.services.fleet import FleetService
        return FleetService(self.ctx)

    @cached_property
    def fleet_logs(self):
        from crdesk.services.fleet_logs import FleetLogService
        return FleetLogService(self.ctx)

    @cached_property
    def fleet_maintenance(self):
        from crdesk.services.fleet_maintenance import MaintenanceService
        return MaintenanceService(self.ctx)

    @cached_property
    def fleet_reports(self):
        from crdesk.services.fleet_reports import FleetReportService
        return FleetReportService(self.ctx)

    @cached_property
    def fleet_runs(self):
        from crdesk.services.fleet_runs import RunTrips
        return RunTrips(self.ctx)

    @cached_property
    def deliveries(self):
        from crdesk.services.deliveries import DeliveryService
        return DeliveryService(self.ctx)

    @cached_property
    def runs(self):
        from crdesk.services.runs import RunService
        return RunService(self.ctx)

    @cached_property
    def slips(self):
        from crdesk.services.slips import SlipService
        return SlipService(self.ctx)

    @cached_property
    def pod(self):
        from crdesk.services.pod import PodService
        return PodService(self.ctx)

    @cached_property
    def surveys(self):
        from crdesk.services.surveys import SurveyService
        return SurveyService(self.ctx)

    @cached_property
    def dashboard(self):
        from crdesk.services.dashboard import DashboardService
        return DashboardService(self.ctx)

    @cached_property
    def reports(self):
        from crdesk.services.reports import ReportService
        return ReportService(self.ctx)

    @cached_property
    def schedule(self):
        from crdesk.services.schedule import ScheduleService
        return ScheduleService(self.ctx)
