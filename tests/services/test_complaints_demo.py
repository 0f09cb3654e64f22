import random

from crdesk.db.models.catalog import Product
from crdesk.db.models.complaints import COMPLAINT_STATUSES, RETURN_STATUSES, Complaint, ReturnOrder
from crdesk.demo import complaints, products
from crdesk.services.clients import ClientData
from crdesk.services.complaint_lists import ComplaintFilter
from crdesk.services.complaints import ComplaintData
from crdesk.services.return_lists import ReturnFilter


def _demo(services):
    """Clients through the service (any backend), then the products and complaints demo areas."""
    for i in range(40):
        services.clients.save(ClientData(name=f"演示客户{i}"))
    rng = random.Random(7)
    for area in (products, complaints):
        area.generate(services, 1, rng, lambda *args: None)


def test_demo_covers_every_state_with_readable_records(manager, reception):
    _demo(manager)
    assert Product.select().count() == len(products.PRODUCTS)
    assert {row.status for row in Complaint.select(Complaint.status)} == set(COMPLAINT_STATUSES)
    assert {row.status for row in ReturnOrder.select(ReturnOrder.status)} == set(RETURN_STATUSES)
    assert manager.complaints.overdue_count() >= 1
    assert manager.incidents.unacknowledged() and manager.incidents.page().rows[-1].acknowledged_at
    for status in COMPLAINT_STATUSES:
        row = manager.complaints.page(ComplaintFilter(status=status), limit=1).rows[0]
        complaint = manager.complaints.get(row.id)
        assert complaint.timeline[-1].to_status == status and complaint.timeline[0].action == "register"
    for status in RETURN_STATUSES:
        row = manager.returns.page(ReturnFilter(status=status), limit=1).rows[0]
        assert manager.returns.get(row.id).timeline[-1].to_status == status


def test_the_next_complaint_after_the_demo_gets_a_fresh_number(manager, reception):
    _demo(manager)
    last = Complaint.select().order_by(Complaint.id.desc()).first()
    saved = reception.complaints.save(ComplaintData(category="其他", description="新投诉",
                                                    consumer_name="陈女士", consumer_phone="13812345678"))
    assert saved.number > last.number
