import datetime as dt

import pytest

from crdesk.services.clients import ClientData
from crdesk.services.complaints import ComplaintData
from crdesk.services.errors import InvalidTransition, PermissionDenied
from crdesk.services.products import ProductData

NOW = dt.datetime.now().replace(microsecond=0)
CATEGORIES = ["产品质量", "配送", "服务态度", "包装", "其他"]


@pytest.fixture
def setup(manager, reception):
    client = manager.clients.save(ClientData(name="杭州联华超市")).id
    products = [manager.products.save(ProductData(f"CP{i}", f"绿茶{i}")).id for i in range(2)]
    manager.settings.set("incident_category_count", 4)
    manager.settings.set("incident_product_count", 3)
    manager.settings.set("incident_window_days", 7)

    def register(n, category=None, product=None, batch="", hours_ago=1, severity="normal"):
        """n complaints, an hour apart; without a category each gets a different one."""
        return [reception.complaints.save(ComplaintData(
            channel="phone", category=category or CATEGORIES[i], severity=severity, description=f"投诉{i}", client_id=client,
            product_id=product, batch_no=batch, received_at=NOW - dt.timedelta(hours=hours_ago + i)))
            for i in range(n)]

    return register, products


def test_a_major_complaint_raises_an_incident_at_once(setup, reception):
    register, _ = setup
    complaint = register(1, severity="major")[0]
    [incident] = reception.incidents.unacknowledged()
    assert (incident.rule, incident.complaint_numbers) == ("major", [complaint.number])
    assert incident.number.startswith("SJ") and complaint.number in incident.summary


RULES = {
    "category": (4, lambda register, products, n: register(n, category="包装")),
    "product": (3, lambda register, products, n: register(n, product=products[0])),
    "batch": (3, lambda register, products, n: register(n, batch="20261101A")),
}


@pytest.mark.parametrize("rule", list(RULES))
def test_a_cluster_below_the_threshold_raises_nothing(setup, reception, rule):
    register, products = setup
    threshold, make = RULES[rule]
    make(register, products, threshold - 1)
    assert reception.incidents.unacknowledged() == []


@pytest.mark.parametrize("rule", list(RULES))
def test_a_cluster_at_the_threshold_raises_one_incident_and_later_ones_join_it(setup, reception, rule):
    register, products = setup
    threshold, make = RULES[rule]
    complaints = make(register, products, threshold)
    [incident] = reception.incidents.unacknowledged()
    assert incident.rule == rule
    assert sorted(incident.complaint_numbers) == sorted(c.number for c in complaints)
    make(register, products, 1)
    [again] = reception.incidents.unacknowledged()
    assert again.id == incident.id and len(again.complaint_numbers) == threshold + 1


def test_complaints_outside_the_window_do_not_count(setup, reception):
    register, products = setup
    register(2, product=products[0], hours_ago=24 * 8)  # eight days ago: outside the 7-day window
    register(2, product=products[0])
    assert reception.incidents.unacknowledged() == []
    register(1, product=products[1])  # another product does not join the cluster
    assert reception.incidents.unacknowledged() == []


def test_correcting_a_complaints_product_can_complete_a_cluster(setup, reception):
    register, products = setup
    register(2, product=products[0])
    stray = register(1, product=products[1])[0]
    stray.product_id = products[0]
    reception.complaints.save(stray)
    assert [i.rule for i in reception.incidents.unacknowledged()] == ["product"]


def test_only_the_manager_acknowledges_and_only_once(setup, reception, manager):
    register, _ = setup
    register(1, severity="major")
    [incident] = manager.incidents.unacknowledged()
    with pytest.raises(PermissionDenied):
        reception.incidents.acknowledge(incident.id, incident.version, "已知悉")
    done = manager.incidents.acknowledge(incident.id, incident.version, "已通知质量部")
    assert (done.acknowledged_by, done.ack_note) == ("manager1", "已通知质量部")
    assert manager.incidents.unacknowledged_count() == 0 and manager.incidents.unacknowledged() == []
    with pytest.raises(InvalidTransition) as caught:
        manager.incidents.acknowledge(done.id, done.version, "再次")
    assert caught.value.code == "already_acknowledged"
    assert [i.number for i in manager.incidents.page().rows] == [incident.number]
    assert manager.audit.search(table="incident", record_id=incident.id)[0].action == "acknowledge"


def test_the_cluster_window_is_at_most_d_days_long():
    from crdesk.services.incidents import densest_window

    span = dt.timedelta(days=7)
    t0 = dt.datetime(2026, 11, 1, 9)
    received = [(t0, 1), (t0 + span - dt.timedelta(seconds=1), 2), (t0 + span, 3)]
    assert densest_window(received, t0, span) == [1, 2]
    assert densest_window(received, t0 + span, span) == [2, 3]
