"""What the dashboard lists, area by area: each function returns (items, total) for one panel.

``scope`` is "all" (the manager's dashboard: the whole department) or "mine" (a user's own work). Items
carry the record's kind and id — all the UI needs to open it — plus a number, a one-line title and the date
it is due. Lists are short (``LIMIT``); totals are counted in SQL where a list could be long.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crdesk.db.models.clients import Client, Visit
from crdesk.db.models.complaints import (RETURN_KIND_LABELS, SEVERITY_LABELS, Complaint,
                                         ReturnOrder)
from crdesk.db.models.deliveries import DeliveryRun
from crdesk.services import permissions as P
from crdesk.services.context import Context

LIMIT = 20
STATUS_ACTIONS = {"registered": "assign", "in_progress": "resolve", "resolved": "callback"}
RUN_STATUS_LABELS = {"planned": "计划", "dispatched": "已发车", "completed": "已完成"}
PAPER_LABELS = {"insurance": "保险到期", "inspection": "年检到期", "licence": "驾驶证到期", "service": "保养到期"}


@dataclass(frozen=True)
class DashboardItem:
    kind: str  # complaint, return_order, incident, visit, production_plan, purchase_plan, delivery_run,
    #            delivery_slip, vehicle, driver
    record_id: int
    number: str  # the document number, plate or name the user recognises
    title: str
    due: dt.datetime | dt.date | None = None
    overdue: bool = False
    action: str = ""  # approve, acknowledge, assign, resolve, callback, follow_up, dispatch, return_slip, renew
    client_id: int | None = None  # the client concerned, where there is one (a follow-up call, a survey)
    client_name: str = ""


Items = tuple[list[DashboardItem], int]


def approvals(ctx: Context, scope: str) -> Items:
    from crdesk.services.approvals import ApprovalService, label_of

    service = ApprovalService(ctx)
    if scope == "all":
        pending = service.inbox()
        return [DashboardItem(p.kind, p.record_id, p.number, f"{label_of(p.kind)} · {p.title}", p.submitted_at,
                              action="approve") for p in pending[:LIMIT]], len(pending)
    decided = service.my_decisions()
    return [DashboardItem(d.kind, d.record_id, d.number, _decision_title(d), d.decided_at,
                          overdue=d.status == "rejected", action="acknowledge") for d in decided[:LIMIT]], len(decided)


def _decision_title(decision) -> str:
    from crdesk.services.approvals import label_of

    result = "已批准" if decision.status == "approved" else "被驳回"
    reason = f" · {decision.reason}" if decision.reason else ""
    return f"{label_of(decision.kind)}{result} · {decision.decided_name}{reason}"


def incidents(ctx: Context, scope: str) -> Items:
    from crdesk.services.incidents import IncidentService

    service = IncidentService(ctx)
    found = service.unacknowledged(LIMIT)
    return [DashboardItem("incident", i.id, i.number, i.summary, i.raised_at, overdue=True, action="acknowledge")
            for i in found], service.unacknowledged_count()


def _complaint_title(row: Complaint) -> str:
    return f"{SEVERITY_LABELS.get(row.severity, row.severity)} · {row.category} · {row.description[:30]}"


def overdue_complaints(ctx: Context, scope: str) -> Items:
    """Complaints registered or in progress past the deadline of their current step."""
    condition = Complaint.status.in_(("registered", "in_progress")) & (Complaint.next_due_at < ctx.now())
    if scope == "mine":
        condition &= (Complaint.assignee == ctx.actor.username) | (Complaint.received_by == ctx.actor.username)
    query = Complaint.select().where(condition)
    rows = query.order_by(Complaint.next_due_at, Complaint.id).limit(LIMIT)
    return [DashboardItem("complaint", r.id, r.number, _complaint_title(r), r.next_due_at, True,
                          STATUS_ACTIONS[r.status], r.client_id) for r in rows], query.count()


def _my_complaints(ctx: Context) -> Items:
    from crdesk.services.complaint_lists import ComplaintLists

    work = ComplaintLists(ctx).my_work(limit=200)
    return [DashboardItem(w.kind, w.id, w.number, w.title, w.due_at, w.overdue, w.action)
            for w in work[:LIMIT]], len(work)


def callbacks(ctx: Context, scope: str) -> Items:
    """Complaint and return callbacks (回访) past due; "mine" adds everything else waiting for the user in
    complaints and returns (谁受理谁回访)."""
    now = ctx.now()
    if scope == "mine":
        from crdesk.services.return_lists import ReturnLists

        mine, total = _my_complaints(ctx)
        returns = ReturnLists(ctx).my_work(200)
        items = mine + [DashboardItem("return_order", w.id, w.number, w.title, w.due_at, w.overdue, w.action)
                        for w in returns]
        return sorted(items, key=_urgency)[:LIMIT], total + len(returns)
    late = (Complaint.status == "resolved") & (Complaint.next_due_at < now)
    complaints = Complaint.select().where(late).order_by(Complaint.next_due_at, Complaint.id).limit(LIMIT)
    late_returns = (ReturnOrder.status == "completed") & (ReturnOrder.callback_due < now)
    returns = (ReturnOrder.select(ReturnOrder, Client).join(Client).where(late_returns)
               .order_by(ReturnOrder.callback_due, ReturnOrder.id).limit(LIMIT))
    items = [DashboardItem("complaint", r.id, r.number, _complaint_title(r), r.next_due_at, True, "callback",
                           r.client_id) for r in complaints]
    items += [DashboardItem("return_order", r.id, r.number, f"{r.client.name} · {RETURN_KIND_LABELS.get(r.kind, '')}",
                            r.callback_due, True, "callback", r.client_id, r.client.name) for r in returns]
    total = Complaint.select().where(late).count() + ReturnOrder.select().where(late_returns).count()
    return sorted(items, key=_urgency)[:LIMIT], total


def _urgency(item: DashboardItem):
    due = item.due if isinstance(item.due, dt.datetime) else (
        dt.datetime.combine(item.due, dt.time.min) if item.due else dt.datetime.max)
    return (not item.overdue, due, item.number)


def follow_ups(ctx: Context, scope: str) -> Items:
    """Visits whose follow-up (回访) is due today or overdue: the desk's shared call list."""
    today = ctx.today()
    condition = (Visit.follow_up_done == False) & (Visit.next_follow_up <= today)  # noqa: E712
    query = Visit.select(Visit, Client).join(Client).where(condition)
    rows = query.order_by(Visit.next_follow_up, Visit.id).limit(LIMIT)
    return [DashboardItem("visit", r.id, r.number, f"{r.client.name} · {r.purpose or r.summary[:30]}",
                          r.next_follow_up, r.next_follow_up < today, "follow_up", r.client_id,
                          f"{r.client.code}  {r.client.name}") for r in rows], \
        Visit.select().where(condition).count()


def _own_driver_id(ctx: Context) -> int | None:
    from crdesk.services.fleet import own_driver

    driver = own_driver(ctx)
    return driver.id if driver else -1


def todays_runs(ctx: Context, scope: str) -> Items:
    from crdesk.db.models.catalog import Driver, Vehicle

    query = (DeliveryRun.select(DeliveryRun, Vehicle, Driver).join(Vehicle).switch(DeliveryRun).join(Driver)
             .where(DeliveryRun.run_date == ctx.today()))
    if scope == "mine" and not ctx.actor.can(P.DELIVERIES_EDIT):
        query = query.where(DeliveryRun.driver == _own_driver_id(ctx))
    rows = list(query.order_by(DeliveryRun.departs_at, DeliveryRun.number).limit(LIMIT))
    return [DashboardItem("delivery_run", r.id, r.number,
                          f"{r.departs_at} {r.vehicle.plate} · {r.driver.name} · {r.stop_count} 站 · "
                          f"{RUN_STATUS_LABELS.get(r.status, r.status)}", ctx.today(),
                          action="dispatch" if r.status == "planned" else "") for r in rows], query.count()


def unreturned_slips(ctx: Context, scope: str) -> Items:
    from crdesk.services.pod import PodService

    driver = _own_driver_id(ctx) if scope == "mine" and not ctx.actor.can(P.DELIVERIES_EDIT) else None
    found = PodService(ctx).unreturned(driver_id=driver, limit=500)
    return [DashboardItem("delivery_slip", s.slip_id, s.slip_number,
                          f"{s.client_name} · {s.driver_name} · {s.run_number}", s.run_date, s.days_out > 0,
                          "return_slip") for s in found[:LIMIT]], len(found)


def vehicle_papers(ctx: Context, scope: str) -> Items:
    """Insurance, 年检, licences and services due within the reminder days, or overdue."""
    from crdesk.services.fleet_reports import FleetReportService

    found = FleetReportService(ctx).compliance()
    if scope == "mine" and not ctx.actor.can(P.DELIVERIES_EDIT):
        own = _own_driver_id(ctx)
        found = [c for c in found if c.driver_id == own]
    items = []
    for c in found[:LIMIT]:
        detail = f"还剩 {c.remaining_km} 公里" if c.remaining_km is not None and c.kind == "service" else ""
        kind, record_id = ("driver", c.driver_id) if c.driver_id else ("vehicle", c.vehicle_id)
        items.append(DashboardItem(kind, record_id, c.subject, " · ".join(filter(None, [PAPER_LABELS[c.kind], detail])),
                                   c.due_date, c.level < 0, "renew"))
    return items, len(found)
