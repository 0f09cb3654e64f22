import copy
import datetime as dt
from decimal import Decimal

import pytest

from crdesk.services.deliveries import LineData, OrderData, OrderFilter
from crdesk.services.runs import RunData
from crdesk.services.errors import InvalidTransition, PermissionDenied, ValidationError
from tests.services.test_deliveries_setup import dispatched_run, make_world, order, run


@pytest.fixture
def clerk(make_services):
    return make_services("clerk")


@pytest.fixture
def world(clerk):
    return make_world(clerk)


def test_new_order_gets_a_number_and_the_clients_address_and_contact(clerk, world):
    saved = order(clerk, world, 10)
    assert saved.number == f"SH{world.day.year}000001" and saved.status == "pending"
    assert (saved.address, saved.contact_name, saved.contact_phone) == ("上海市人民路1号", "王海", "13812345678")
    assert saved.weight_kg == Decimal("135.0")
    assert saved.lines[0].unit == "箱" and saved.lines[0].unit_price == Decimal("24.00")


def test_an_exchange_from_returns_creates_an_order_with_its_reference(clerk, world):
    saved = order(clerk, world, 2, source="exchange", source_ref="TH2026000007", address="另一个地址 8 号")
    assert (saved.source, saved.source_ref, saved.address) == ("exchange", "TH2026000007", "另一个地址 8 号")


@pytest.mark.parametrize("change,field,code", [
    (dict(lines=[]), "lines", "order_without_lines"),
    (dict(lines=[LineData(None, Decimal(1))]), "lines.0.product", "required"),
    (dict(lines=[LineData("water", Decimal(0))]), "lines.0.quantity", "positive_quantity"),
    (dict(client_id=None), "client", "required"),
    (dict(contact_phone="12345"), "contact_phone", "invalid_phone"),
    (dict(window_start=dt.time(12), window_end=dt.time(9)), "window_end", "window_order"),
])
def test_bad_orders_are_refused_at_their_field(clerk, world, change, field, code):
    data = OrderData(client_id=world.client_id, requested_date=world.day, lines=[LineData(world.water, Decimal(1))])
    for key, value in copy.deepcopy(change).items():
        setattr(data, key, value)
    for line in data.lines:
        line.product_id = world.water if line.product_id == "water" else line.product_id
    with pytest.raises(ValidationError) as caught:
        clerk.deliveries.save(data)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert clerk.deliveries.count() == 0


def test_reception_may_read_orders_but_not_create_them(reception, clerk, world):
    with pytest.raises(PermissionDenied):
        order(reception, world)
    saved = order(clerk, world)
    assert reception.deliveries.get(saved.id).number == saved.number


def test_list_filters_and_searches_by_client_number_and_status(clerk, world):
    from crdesk.services.clients import ClientData

    other = clerk.clients.save(ClientData(name="北京物美", region="华北", address="北京市长安街1号"))
    first, second = order(clerk, world), order(clerk, world, client_id=other.id)
    assert [r.number for r in clerk.deliveries.page(OrderFilter(text="物美")).rows] == [second.number]
    assert [r.number for r in clerk.deliveries.page(OrderFilter(text=first.number)).rows] == [first.number]
    planned = run(clerk, world)
    clerk.runs.assign(planned.id, planned.version, [first.id])
    assert [r.number for r in clerk.deliveries.page(OrderFilter(unassigned=True)).rows] == [second.number]
    assert clerk.deliveries.count(OrderFilter(status="scheduled")) == 1


def test_editing_a_scheduled_order_updates_the_runs_load_and_voids_its_slip(clerk, world):
    saved = order(clerk, world, 10)
    planned = run(clerk, world)
    clerk.runs.assign(planned.id, planned.version, [saved.id])
    clerk.slips.print_orders([saved.id])
    data = clerk.deliveries.get(saved.id)
    data.lines[0].quantity = Decimal(20)
    clerk.deliveries.save(data)
    assert clerk.runs.get(planned.id).load_kg == Decimal("270.0")
    first_slip = clerk.slips.get_by_number(clerk.deliveries.slips_of(saved.id)[0])
    assert first_slip.status == "void"
    clerk.slips.print_orders([saved.id])
    assert len(clerk.deliveries.slips_of(saved.id)) == 2


def test_a_failed_delivery_needs_a_reason_and_is_rescheduled_onto_a_run_in_one_action(clerk, world):
    out, (failed,) = dispatched_run(clerk, world)
    with pytest.raises(ValidationError):
        clerk.deliveries.mark_failed(failed.id, failed.version, "  ")
    failed = clerk.deliveries.mark_failed(failed.id, failed.version, "客户店铺关门")
    assert (failed.status, failed.failure_reason) == ("failed", "客户店铺关门")
    assert clerk.slips.get_by_number(clerk.deliveries.slips_of(failed.id)[0]).status == "void"
    tomorrow = world.day + dt.timedelta(days=1)
    later = clerk.runs.save(RunData(run_date=tomorrow, vehicle_id=world.vehicle, driver_id=world.driver)).run
    again = clerk.deliveries.reschedule(failed.id, failed.version, tomorrow, later.id, later.version)
    assert (again.status, again.run_id, again.requested_date, again.attempt) == ("scheduled", later.id, tomorrow, 2)


def test_only_failed_orders_are_rescheduled(clerk, world):
    saved = order(clerk, world)
    with pytest.raises(InvalidTransition):
        clerk.deliveries.reschedule(saved.id, saved.version, world.day)


def test_the_client_history_shows_its_deliveries(clerk, world):
    saved = order(clerk, world)
    history = clerk.clients.history(world.client_id)
    assert [(h.kind, h.number) for h in history] == [("delivery.pending", saved.number)]


def test_exports_list_orders_runs_and_slips(clerk, world, tmp_path):
    from crdesk.services import exports

    dispatched_run(clerk, world, (5, 6))
    counts = {}
    for kind in ("deliveries", "runs", "slips"):
        counts[kind] = exports.write(exports.resolve(kind)(clerk), tmp_path / f"{kind}.csv")
    assert counts == {"deliveries": 2, "runs": 1, "slips": 2}
    assert "配送中" in (tmp_path / "deliveries.csv").read_text(encoding="utf-8-sig")
