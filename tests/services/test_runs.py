import datetime as dt

import pytest

from crdesk.db.models.core import AuditLog
from crdesk.services.delivery_rules import SchedulingRefused
from crdesk.services.errors import ConflictError, InvalidTransition, PermissionDenied, ValidationError
from tests.services.test_deliveries_setup import make_driver, make_vehicle, make_world, order, run


@pytest.fixture
def clerk(make_services):
    return make_services("clerk")


@pytest.fixture
def world(clerk):
    return make_world(clerk)


def _codes(error):
    return [p.code for p in error.value.problems if p.blocking]


def test_load_over_the_vehicles_capacity_is_refused_and_nothing_changes(clerk, world):
    heavy = order(clerk, world, 80)  # 80 × 13.5 kg = 1080 kg > 1000 kg
    planned = run(clerk, world)
    with pytest.raises(SchedulingRefused) as caught:
        clerk.runs.assign(planned.id, planned.version, [heavy.id])
    assert _codes(caught) == ["over_capacity"]
    assert caught.value.problems[0].params == {"plate": "沪A10001", "load": "1080.0", "capacity": "1000.0"}
    assert clerk.deliveries.get(heavy.id).status == "pending"
    assert clerk.runs.get(planned.id).stop_count == 0


def test_capacity_counts_the_orders_already_on_the_run(clerk, world):
    first, second = order(clerk, world, 40), order(clerk, world, 40)  # 540 kg each
    planned = run(clerk, world)
    planned = clerk.runs.assign(planned.id, planned.version, [first.id]).run
    assert planned.load_kg == 540
    with pytest.raises(SchedulingRefused):
        clerk.runs.assign(planned.id, planned.version, [second.id])


def test_a_manager_may_override_the_capacity_check_with_a_reason_which_is_audited(clerk, manager, world):
    heavy = order(clerk, world, 80)
    planned = run(clerk, world)
    with pytest.raises(PermissionDenied):
        clerk.runs.assign(planned.id, planned.version, [heavy.id], override_reason="客户急需")
    outcome = manager.runs.assign(planned.id, planned.version, [heavy.id], override_reason="客户急需")
    assert outcome.run.load_kg == 1080 and [p.code for p in outcome.problems] == ["over_capacity"]
    row = AuditLog.get((AuditLog.action == "schedule_override") & (AuditLog.record_id == planned.id))
    assert row.reason == "客户急需" and "over_capacity" in row.changes


@pytest.mark.parametrize("first,second,clash", [
    ((8, 12), (11, 15), True),
    ((8, 12), (12, 16), False),  # back to back is fine
    ((8, 12), (6, 8), False),
    ((8, 12), (9, 10), True),
])
def test_a_vehicle_on_two_runs_at_overlapping_times_is_refused(clerk, world, first, second, clash):
    run(clerk, world, departs=dt.time(first[0]), returns=dt.time(first[1]))
    other_driver = make_driver("钱师傅", world.day)
    if not clash:
        run(clerk, world, driver=other_driver, departs=dt.time(second[0]), returns=dt.time(second[1]))
        return
    with pytest.raises(SchedulingRefused) as caught:
        run(clerk, world, driver=other_driver, departs=dt.time(second[0]), returns=dt.time(second[1]))
    assert _codes(caught) == ["vehicle_double_booked"]
    assert caught.value.problems[0].params["run"].startswith("CC")


def test_a_driver_on_two_runs_at_overlapping_times_is_refused(clerk, world):
    run(clerk, world)
    other_vehicle = make_vehicle("沪A20002", world.day)
    with pytest.raises(SchedulingRefused) as caught:
        run(clerk, world, vehicle=other_vehicle, departs=dt.time(10), returns=dt.time(14))
    assert _codes(caught) == ["driver_double_booked"]


def test_editing_a_run_does_not_clash_with_itself(clerk, world):
    planned = run(clerk, world)
    data = clerk.runs.get(planned.id)
    data.returns_at = dt.time(13)
    assert clerk.runs.save(data).run.returns_at == dt.time(13)


@pytest.mark.parametrize("field,code", [
    ("insurance_expiry", "insurance_expired"),
    ("inspection_due", "inspection_expired"),
])
def test_a_vehicle_with_expired_papers_is_refused(clerk, world, field, code):
    vehicle = make_vehicle("沪A30003", world.day, **{field: world.day - dt.timedelta(days=1)})
    with pytest.raises(SchedulingRefused) as caught:
        run(clerk, world, vehicle=vehicle)
    assert code in _codes(caught)
    assert (world.day - dt.timedelta(days=1)).isoformat() in caught.value.params["reasons"]


def test_a_vehicle_in_maintenance_is_refused(clerk, world):
    vehicle = make_vehicle("沪A40004", world.day, status="maintenance")
    with pytest.raises(SchedulingRefused) as caught:
        run(clerk, world, vehicle=vehicle)
    assert _codes(caught) == ["vehicle_in_maintenance"]


def test_a_driver_with_an_expired_licence_is_refused(clerk, world):
    driver = make_driver("孙师傅", world.day, licence_expiry=world.day - dt.timedelta(days=3))
    with pytest.raises(SchedulingRefused) as caught:
        run(clerk, world, driver=driver)
    assert _codes(caught) == ["licence_expired"]


def test_papers_that_expired_after_planning_still_stop_the_dispatch(clerk, world):
    from crdesk.db.models.catalog import Driver

    planned = run(clerk, world)
    planned = clerk.runs.assign(planned.id, planned.version, [order(clerk, world).id]).run
    Driver.update(licence_expiry=world.day - dt.timedelta(days=1)).where(Driver.id == world.driver).execute()
    with pytest.raises(SchedulingRefused):
        clerk.runs.dispatch(planned.id, planned.version)
    assert clerk.runs.get(planned.id).status == "planned"


def test_run_goes_planned_dispatched_completed_and_orders_follow(clerk, world):
    first, second = order(clerk, world), order(clerk, world)
    planned = run(clerk, world)
    planned = clerk.runs.assign(planned.id, planned.version, [first.id, second.id]).run
    assert clerk.deliveries.get(first.id).status == "scheduled"
    out = clerk.runs.dispatch(planned.id, planned.version).run
    assert out.status == "dispatched" and clerk.deliveries.get(first.id).status == "out"
    assert len(clerk.deliveries.slips_of(first.id)) == 1
    with pytest.raises(ValidationError) as caught:
        clerk.runs.complete(out.id, out.version)
    assert caught.value.code == "open_stops"
    with pytest.raises(InvalidTransition):
        clerk.runs.assign(out.id, out.version, [order(clerk, world).id])


def test_stops_reorder_by_hand_and_automatically_by_area_and_address(clerk, world):
    from crdesk.services.clients import ClientData

    north = clerk.clients.save(ClientData(name="北京物美", region="华北", address="北京市长安街1号")).id
    east_b = clerk.clients.save(ClientData(name="杭州联华", region="华东", address="杭州市延安路9号")).id
    orders = [order(clerk, world), order(clerk, world, client_id=north), order(clerk, world, client_id=east_b)]
    planned = run(clerk, world)
    planned = clerk.runs.assign(planned.id, planned.version, [o.id for o in orders]).run
    planned = clerk.runs.auto_order(planned.id, planned.version)
    # grouped by area (华东 before 华北, in code-point order), then by address within an area
    assert [o.id for o in clerk.runs.stops(planned.id)] == [orders[0].id, orders[2].id, orders[1].id]
    wanted = [orders[1].id, orders[0].id, orders[2].id]
    planned = clerk.runs.reorder(planned.id, planned.version, wanted)
    assert [o.id for o in clerk.runs.stops(planned.id)] == wanted
    with pytest.raises(ValidationError):
        clerk.runs.reorder(planned.id, planned.version, wanted[:2])


def test_two_clerks_assigning_to_the_same_run_version_conflict(clerk, make_services, world):
    other = make_services("clerk", "clerk2")
    first, second = order(clerk, world), order(clerk, world)
    planned = run(clerk, world)
    clerk.runs.assign(planned.id, planned.version, [first.id])
    with pytest.raises(ConflictError):
        other.runs.assign(planned.id, planned.version, [second.id])
    assert other.deliveries.get(second.id).status == "pending"


def test_unassigning_returns_the_order_and_voids_its_printed_slip(clerk, world):
    first = order(clerk, world)
    planned = run(clerk, world)
    planned = clerk.runs.assign(planned.id, planned.version, [first.id]).run
    clerk.slips.print_orders([first.id])
    planned = clerk.runs.unassign(planned.id, clerk.runs.get(planned.id).version, [first.id])
    assert clerk.deliveries.get(first.id).status == "pending" and planned.stop_count == 0
    assert clerk.slips.get_by_number(clerk.deliveries.slips_of(first.id)[0]).status == "void"


def test_reception_may_look_but_not_plan(reception, clerk, world):
    with pytest.raises(PermissionDenied):
        run(reception, world)
    planned = run(clerk, world)
    assert reception.runs.get(planned.id).number == planned.number


def test_board_shows_runs_per_vehicle_and_the_unassigned_orders(clerk, world):
    waiting, placed = order(clerk, world), order(clerk, world)
    planned = run(clerk, world)
    clerk.runs.assign(planned.id, planned.version, [placed.id])
    board = clerk.schedule.board(world.day)
    lane = next(lane for lane in board.lanes if lane.vehicle_id == world.vehicle)
    assert [s.order_id for s in lane.runs[0].stops] == [placed.id]
    assert [s.order_id for s in board.unassigned] == [waiting.id]
    week = clerk.schedule.board(world.day - dt.timedelta(days=world.day.weekday()), days=7)
    assert sum(len(lane.runs) for lane in week.lanes) == 1
