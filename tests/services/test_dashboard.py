"""The dashboard: the manager's overview of the department's open work, and each role's own work."""
import datetime as dt

import pytest

from crdesk.db.models.catalog import Driver, Vehicle
from crdesk.db.models.clients import Client, Visit
from crdesk.db.models.complaints import Complaint, Incident, ReturnOrder
from crdesk.db.models.deliveries import DeliveryOrder, DeliveryRun, DeliverySlip
from crdesk.db.models.planning import ProductionPlan
from crdesk.services import Services
from crdesk.services.errors import PermissionDenied

NOW = dt.datetime(2026, 3, 10, 9, 0)
TODAY = NOW.date()


def at_now(services: Services) -> Services:
    return Services(services.ctx.db, services.actor, clock=lambda: NOW)


def _complaint(number, status, due, **extra):
    return Complaint.create(number=number, channel="phone", category="配送", severity="normal", description="送错货",
                            received_by="reception1", received_at=NOW - dt.timedelta(days=5), response_due=due,
                            resolution_due=due, next_due_at=due, status=status, **extra)


@pytest.fixture
def desk(make_services):
    roles = {role: at_now(make_services(role)) for role in ("manager", "reception", "clerk", "driver")}
    client = Client.create(code="KH000001", name="甲商店")
    ids = {"plan": ProductionPlan.create(number="SC20260004", month=dt.date(2026, 4, 1), status="submitted",
                                         submitted_by="clerk1", submitted_at=NOW - dt.timedelta(hours=3)).id,
           "incident": Incident.create(number="SJ20260001", rule="major", rule_key="TS2026000001",
                                       raised_at=NOW - dt.timedelta(days=1)).id,
           "late": _complaint("TS2026000001", "registered", NOW - dt.timedelta(hours=1)).id,
           "mine": _complaint("TS2026000002", "in_progress", NOW + dt.timedelta(days=1), assignee="reception1").id,
           "callback": _complaint("TS2026000003", "resolved", NOW - dt.timedelta(days=1)).id,
           "return": ReturnOrder.create(number="TH2026000001", client=client, requested_by="clerk1", status="completed",
                                        callback_due=NOW - dt.timedelta(hours=2)).id,
           "visit": Visit.create(number="HF2026000001", client=client, kind="call", staff="李接待",
                                 next_follow_up=TODAY - dt.timedelta(days=1)).id}
    Visit.create(number="HF2026000002", client=client, kind="call", staff="李接待", next_follow_up=TODAY,
                 follow_up_done=True)
    vehicle = Vehicle.create(plate="沪A·12345", insurance_expiry=TODAY + dt.timedelta(days=5),
                             inspection_due=TODAY + dt.timedelta(days=300))
    me = Driver.create(name="赵建国", user=roles["driver"].actor.user_id, licence_expiry=TODAY + dt.timedelta(days=900))
    other = Driver.create(name="钱志强", licence_expiry=TODAY + dt.timedelta(days=900))
    mine = DeliveryRun.create(number="CC202600001", run_date=TODAY, vehicle=vehicle, driver=me, departs_at="08:00",
                              returns_at="12:00", status="dispatched", stop_count=1)
    DeliveryRun.create(number="CC202600002", run_date=TODAY, vehicle=vehicle, driver=other, departs_at="13:00",
                       returns_at="17:00", status="planned")
    DeliveryRun.create(number="CC202600003", run_date=TODAY + dt.timedelta(days=1), vehicle=vehicle, driver=me,
                       departs_at="08:00", returns_at="12:00")
    order = DeliveryOrder.create(number="SH2026000001", client=client, address="上海", requested_date=TODAY,
                                 status="out", run=mine)
    ids["run"], ids["slip"] = mine.id, DeliverySlip.create(number="PS2026000001", order=order, run=mine).id
    ids["vehicle"] = vehicle.id
    return roles, ids


def _panels(panels):
    return {p.key: [(i.kind, i.record_id, i.action) for i in p.items] for p in panels}


def test_the_manager_sees_the_whole_department(desk):
    roles, ids = desk
    panels = roles["manager"].dashboard.overview()
    found = _panels(panels)
    assert list(found) == ["approvals", "incidents", "overdue_complaints", "callbacks", "runs", "slips", "papers",
                           "follow_ups"]
    assert found["approvals"] == [("production_plan", ids["plan"], "approve")]
    assert found["incidents"] == [("incident", ids["incident"], "acknowledge")]
    assert found["overdue_complaints"] == [("complaint", ids["late"], "assign")]
    assert found["callbacks"] == [("complaint", ids["callback"], "callback"),
                                  ("return_order", ids["return"], "callback")]
    assert [i[1] for i in found["runs"]] == [ids["run"], ids["run"] + 1]  # today's two, not tomorrow's
    assert found["slips"] == [("delivery_slip", ids["slip"], "return_slip")]
    assert ("vehicle", ids["vehicle"], "renew") in found["papers"]
    assert found["follow_ups"] == [("visit", ids["visit"], "follow_up")]
    assert {p.key: p.total for p in panels}["runs"] == 2
    complaint = next(p for p in panels if p.key == "overdue_complaints").items[0]
    assert complaint.number == "TS2026000001" and complaint.overdue and "配送" in complaint.title


@pytest.mark.parametrize("role", ["reception", "clerk", "driver"])
def test_the_overview_is_the_managers(desk, role):
    roles, _ = desk
    with pytest.raises(PermissionDenied):
        roles[role].dashboard.overview()


def test_reception_sees_its_own_cases_and_the_call_list(desk):
    roles, ids = desk
    found = _panels(roles["reception"].dashboard.my_work())
    assert list(found) == ["cases", "follow_ups", "decisions"]
    assert set(found["cases"]) == {("complaint", ids["mine"], "handle"), ("complaint", ids["callback"], "callback")}
    assert found["follow_ups"] == [("visit", ids["visit"], "follow_up")]
    assert found["decisions"] == []


def test_a_driver_sees_only_their_own_runs_and_slips(desk):
    roles, ids = desk
    found = _panels(roles["driver"].dashboard.my_work())
    assert list(found) == ["decisions", "runs", "slips", "papers"]
    assert found["runs"] == [("delivery_run", ids["run"], "")]
    assert found["slips"] == [("delivery_slip", ids["slip"], "return_slip")]
    assert found["papers"] == []  # the vehicle's insurance is the clerk's and the manager's to renew


def test_the_clerk_sees_the_days_runs_and_the_returns_they_requested(desk):
    roles, ids = desk
    found = _panels(roles["clerk"].dashboard.my_work())
    assert [i[1] for i in found["runs"]] == [ids["run"], ids["run"] + 1]
    assert ("return_order", ids["return"], "callback") in found["cases"]
    assert ("vehicle", ids["vehicle"], "renew") in found["papers"]


def test_decisions_wait_for_the_submitter(desk):
    roles, ids = desk
    ProductionPlan.update(status="approved", decided_by="manager1", decided_name="王经理1", decided_at=NOW).where(
        ProductionPlan.id == ids["plan"]).execute()
    found = _panels(roles["clerk"].dashboard.my_work())
    assert found["decisions"] == [("production_plan", ids["plan"], "acknowledge")]
    assert _panels(roles["manager"].dashboard.overview())["approvals"] == []
