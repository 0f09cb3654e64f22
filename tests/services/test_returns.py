from decimal import Decimal

import pytest

from crdesk.messages import describe
from crdesk.services.casework import CallbackData
from crdesk.services.clients import ClientData
from crdesk.services.complaints import ComplaintData
from crdesk.services.errors import ConflictError, InvalidTransition, PermissionDenied, ValidationError
from crdesk.services.products import ProductData
from crdesk.services.return_lists import ReturnFilter
from crdesk.services.returns import ReceiptLine, ReturnData, ReturnLineData


@pytest.fixture
def ids(manager):
    client = manager.clients.save(ClientData(name="南京苏果超市", address="南京市中山路1号")).id
    water = manager.products.save(ProductData("CP0101", "纯净水", "550ml×24瓶", unit_price=Decimal("28.00"))).id
    juice = manager.products.save(ProductData("CP0201", "橙汁", "1L×12瓶", unit_price=Decimal("96.50"))).id
    return client, water, juice


@pytest.fixture
def clerk(make_services):
    return make_services("clerk")


def _return(ids, water_qty="10", juice_qty="2", **kw):
    client, water, juice = ids
    lines = [ReturnLineData(water, Decimal(water_qty), "damaged", "20261101A"),
             ReturnLineData(juice, Decimal(juice_qty), "expired")]
    return ReturnData(client_id=client, kind=kw.pop("kind", "return"), reason="运输途中挤压破损", lines=lines, **kw)


def test_a_request_numbers_it_prices_its_lines_and_totals(clerk, ids):
    saved = clerk.returns.save(_return(ids))
    assert saved.number == f"TH{saved.requested_at.year}000001" and saved.status == "requested"
    assert [(ln.product_code, ln.quantity, ln.unit_price, ln.amount) for ln in saved.lines] == [
        ("CP0101", Decimal("10"), Decimal("28.00"), Decimal("280.00")),
        ("CP0201", Decimal("2"), Decimal("96.50"), Decimal("193.00"))]
    assert (saved.total_quantity, saved.total_amount) == (Decimal("12"), Decimal("473.00"))
    assert [e.action for e in saved.timeline] == ["request"]


@pytest.mark.parametrize("change,field,code", [
    (lambda d: setattr(d, "lines", []), "lines", "required"),
    (lambda d: setattr(d.lines[0], "quantity", Decimal("0")), "lines.0.quantity", "must_be_positive"),
    (lambda d: setattr(d.lines[1], "quantity", "两箱"), "lines.1.quantity", "not_a_number"),
    (lambda d: setattr(d.lines[0], "product_id", None), "lines.0.product", "required"),
    (lambda d: setattr(d.lines[0], "reason", "whim"), "lines.0.reason", "invalid_choice"),
    (lambda d: setattr(d, "client_id", None), "client", "required"),
    (lambda d: setattr(d, "kind", "gift"), "kind", "invalid_choice"),
])
def test_bad_requests_are_refused_at_their_field(clerk, ids, change, field, code):
    data = _return(ids)
    change(data)
    with pytest.raises(ValidationError) as caught:
        clerk.returns.save(data)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_a_linked_complaint_must_belong_to_the_same_client(clerk, ids):
    other = clerk.clients.save(ClientData(name="别的客户")).id
    complaint = clerk.complaints.save(ComplaintData(category="包装", description="破损", client_id=other))
    with pytest.raises(ValidationError) as caught:
        clerk.returns.save(_return(ids, complaint_id=complaint.id))
    assert caught.value.code == "complaint_other_client"
    own = clerk.complaints.save(ComplaintData(category="包装", description="破损", client_id=ids[0]))
    assert clerk.returns.save(_return(ids, complaint_id=own.id)).complaint_number == own.number


def test_a_clerk_approves_within_the_threshold(clerk, ids):
    saved = clerk.returns.save(_return(ids))
    assert clerk.returns.can_approve(saved)
    approved = clerk.returns.approve(saved.id, saved.version, "同意退货")
    assert (approved.status, approved.decided_by, approved.decision_note) == ("approved", "clerk1", "同意退货")


@pytest.mark.parametrize("water_qty,juice_qty", [("49", "2"), ("10", "20")])  # over 50 units / over 2000 yuan
def test_over_the_threshold_only_the_manager_approves(clerk, reception, manager, ids, water_qty, juice_qty):
    saved = clerk.returns.save(_return(ids, water_qty, juice_qty))
    assert not clerk.returns.can_approve(saved)
    for user in (clerk, reception):
        with pytest.raises(PermissionDenied) as caught:
            user.returns.approve(saved.id, saved.version)
        assert describe(caught.value) == "退换货数量超过 50 或金额超过 2000 元，须由部门经理审批"
    assert manager.returns.approve(saved.id, saved.version).status == "approved"


def test_a_user_without_the_right_cannot_approve_even_a_small_return(clerk, make_services, ids):
    saved = clerk.returns.save(_return(ids, "1", "1"))
    driver = make_services("driver")
    with pytest.raises(PermissionDenied) as caught:
        driver.returns.approve(saved.id, saved.version)
    assert caught.value.code == "permission_denied"
    assert driver.returns.awaiting_approval() == []
    assert clerk.returns.get(saved.id).status == "requested"


def test_thresholds_come_from_the_business_settings(clerk, manager, ids):
    manager.settings.set("return_approval_max_quantity", 5)
    saved = clerk.returns.save(_return(ids))
    with pytest.raises(PermissionDenied):
        clerk.returns.approve(saved.id, saved.version)
    assert clerk.returns.awaiting_approval() == []
    assert [r.number for r in manager.returns.awaiting_approval()] == [saved.number]


def test_rejecting_needs_a_reason(clerk, manager, ids):
    saved = clerk.returns.save(_return(ids))
    with pytest.raises(ValidationError) as caught:
        manager.returns.reject(saved.id, saved.version, " ")
    assert caught.value.field == "reason"
    rejected = manager.returns.reject(saved.id, saved.version, "超过退货期限")
    assert (rejected.status, rejected.decision_note) == ("rejected", "超过退货期限")
    with pytest.raises(InvalidTransition):
        manager.returns.archive(rejected.id, rejected.version, reason="结束")


def _receipts(data, quantity=None, condition="package_damaged"):
    return [ReceiptLine(ln.id, ln.quantity if quantity is None else quantity, condition) for ln in data.lines]


def _walk(services, r, to):
    steps = {
        "approved": lambda r: services.returns.approve(r.id, r.version),
        "received": lambda r: services.returns.receive(r.id, r.version, _receipts(r)),
        "completed": lambda r: services.returns.complete(r.id, r.version, "restock"),
        "followed_up": lambda r: services.returns.callback(r.id, r.version, CallbackData("satisfied", 5)),
        "archived": lambda r: services.returns.archive(r.id, r.version),
    }
    for status in steps:
        if r.status == to:
            break
        r = steps[status](r)
    return r


def test_a_return_walks_its_whole_life(clerk, ids):
    r = clerk.returns.save(_return(ids, kind="exchange"))
    r = clerk.returns.approve(r.id, r.version)
    r = clerk.returns.receive(r.id, r.version, [ReceiptLine(r.lines[0].id, Decimal("9"), "package_damaged"),
                                                ReceiptLine(r.lines[1].id, Decimal("2"), "spoiled")], "少收一箱")
    assert [(ln.received_quantity, ln.condition) for ln in r.lines] == [(Decimal("9"), "package_damaged"),
                                                                        (Decimal("2"), "spoiled")]
    r = clerk.returns.complete(r.id, r.version, "replacement", "已安排补发")
    assert (r.status, r.disposition, r.callback_due is not None) == ("completed", "replacement", True)
    [order_number] = r.replacement_orders  # the exchange's replacement delivery order
    order = clerk.deliveries.get_by_number(order_number)
    assert (order.source, order.source_ref, order.client_id) == ("exchange", r.number, ids[0])
    assert [(ln.product_id, ln.quantity) for ln in order.lines] == [(ids[1], Decimal("9")), (ids[2], Decimal("2"))]
    assert order_number in r.timeline[-1].note
    r = clerk.returns.callback(r.id, r.version, CallbackData("satisfied", 4))
    r = clerk.returns.archive(r.id, r.version)
    assert r.status == "archived"
    assert [e.action for e in r.timeline] == ["request", "approve", "receive", "complete", "callback", "archive"]


ACTIONS = {
    "approve": lambda s, r: s.returns.approve(r.id, r.version),
    "reject": lambda s, r: s.returns.reject(r.id, r.version, "不符合条件"),
    "receive": lambda s, r: s.returns.receive(r.id, r.version, _receipts(r)),
    "complete": lambda s, r: s.returns.complete(r.id, r.version, "scrap"),
    "callback": lambda s, r: s.returns.callback(r.id, r.version, CallbackData("satisfied", 4)),
    "archive": lambda s, r: s.returns.archive(r.id, r.version),
}
ALLOWED = {("requested", "approve"), ("requested", "reject"), ("approved", "receive"), ("received", "complete"),
           ("completed", "callback"), ("followed_up", "archive")}


@pytest.mark.parametrize("status", ["requested", "approved", "received", "completed", "followed_up", "archived"])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_only_the_next_step_is_allowed(clerk, ids, status, action):
    r = _walk(clerk, clerk.returns.save(_return(ids)), status)
    if (status, action) in ALLOWED:
        assert ACTIONS[action](clerk, r).status != status
        return
    with pytest.raises(InvalidTransition) as caught:
        ACTIONS[action](clerk, r)
    expected = "callback_required" if action == "archive" and status in ("approved", "received", "completed") \
        else "wrong_status"
    assert caught.value.code == expected
    assert clerk.returns.get(r.id).status == status


def test_receipt_must_cover_every_line_with_quantity_and_condition(clerk, ids):
    r = _walk(clerk, clerk.returns.save(_return(ids)), "approved")
    with pytest.raises(ValidationError) as caught:
        clerk.returns.receive(r.id, r.version, _receipts(r)[:1])
    assert caught.value.code == "receipt_lines_mismatch"
    with pytest.raises(ValidationError) as caught:
        clerk.returns.receive(r.id, r.version, _receipts(r, condition=""))
    assert (caught.value.field, caught.value.code) == ("lines.0.condition", "required")
    with pytest.raises(ValidationError):
        clerk.returns.complete(r.id, r.version, "")


def test_an_unsatisfied_callback_sends_the_return_back_to_be_handled(clerk, ids):
    r = _walk(clerk, clerk.returns.save(_return(ids)), "completed")
    r = clerk.returns.callback(r.id, r.version, CallbackData("unsatisfied", 3, note="补发的货也有破损"))
    assert (r.status, r.reopen_count, r.timeline[-1].action) == ("received", 1, "reopen")
    r = clerk.returns.complete(r.id, r.version, "refund")
    assert clerk.returns.callback(r.id, r.version, CallbackData("satisfied", 5)).status == "followed_up"


def test_only_the_manager_archives_without_callback(clerk, manager, ids):
    r = _walk(clerk, clerk.returns.save(_return(ids)), "completed")
    with pytest.raises(InvalidTransition):
        clerk.returns.archive(r.id, r.version, reason="客户失联")
    r = manager.returns.archive(r.id, r.version, reason="客户失联")
    assert (r.status, r.archive_reason) == ("archived", "客户失联")
    assert manager.audit.search(table="return_order", record_id=r.id)[0].action == "archive_without_callback"


def test_a_request_can_be_changed_only_before_the_decision(clerk, ids):
    r = clerk.returns.save(_return(ids))
    r.lines = r.lines[:1]
    r = clerk.returns.save(r)
    assert (len(r.lines), r.total_quantity) == (1, Decimal("10"))
    r = clerk.returns.approve(r.id, r.version)
    r.lines[0].quantity = Decimal("500")
    with pytest.raises(InvalidTransition):
        clerk.returns.save(r)


def test_concurrent_decisions_conflict(clerk, manager, ids):
    r = clerk.returns.save(_return(ids))
    manager.returns.reject(r.id, r.version, "不同意")
    with pytest.raises(ConflictError):
        clerk.returns.approve(r.id, r.version)
    assert clerk.returns.get(r.id).status == "rejected"


def test_lists_my_work_and_client_history(clerk, manager, ids):
    a = clerk.returns.save(_return(ids))
    b = clerk.returns.save(_return(ids, kind="exchange"))
    _walk(clerk, a, "completed")
    assert [r.number for r in clerk.returns.page(ReturnFilter(kind="exchange")).rows] == [b.number]
    assert [r.number for r in clerk.returns.page(ReturnFilter(status="completed")).rows] == [a.number]
    assert clerk.returns.count(ReturnFilter(status="open")) == 2
    assert [(w.number, w.action) for w in clerk.returns.my_work()] == [(b.number, "approve"), (a.number, "callback")]
    history = manager.clients.history(ids[0])
    assert sorted(h.number for h in history if h.kind == "return") == sorted([a.number, b.number])


def test_export_lists_every_return(clerk, ids):
    from crdesk.services.return_lists import export_table

    clerk.returns.save(_return(ids))
    rows = list(export_table(clerk).rows)
    assert rows[0][2] == "南京苏果超市" and rows[0][5] == Decimal("12")


def test_replacing_an_exchange_needs_a_delivery_address(clerk, ids):
    client = clerk.clients.get(ids[0])
    client.address = ""
    clerk.clients.save(client)
    r = _walk(clerk, clerk.returns.save(_return(ids, kind="exchange")), "received")
    with pytest.raises(ValidationError) as caught:
        clerk.returns.complete(r.id, r.version, "replacement")
    assert caught.value.code == "replacement_needs_address"
    assert clerk.returns.get(r.id).status == "received"


def test_replacing_an_exchange_needs_the_right_to_create_delivery_orders(clerk, reception, ids):
    r = _walk(clerk, clerk.returns.save(_return(ids, kind="exchange")), "received")
    with pytest.raises(PermissionDenied):
        reception.returns.complete(r.id, r.version, "replacement")
    assert reception.returns.get(r.id).status == "received"
    assert reception.returns.complete(r.id, r.version, "refund").replacement_orders == []


def test_the_original_delivery_must_exist(clerk, ids):
    from crdesk.services.deliveries import LineData, OrderData

    with pytest.raises(ValidationError) as caught:
        clerk.returns.save(_return(ids, original_delivery="SH2026999999"))
    assert (caught.value.field, caught.value.code) == ("original_delivery", "not_found")
    order = clerk.deliveries.save(OrderData(ids[0], clerk.ctx.today(), [LineData(ids[1], Decimal(5))],
                                            address="南京市中山路1号"))
    assert clerk.returns.save(_return(ids, original_delivery=order.number.lower())).original_delivery == order.number


def test_returns_above_the_limit_wait_in_the_managers_approval_inbox(clerk, manager, ids):
    big = clerk.returns.save(_return(ids, "60", "1"))
    clerk.returns.save(_return(ids))  # within the clerk's limit: not the manager's business
    [item] = [i for i in manager.approvals.inbox() if i.kind == "return_order"]
    assert (item.number, item.submitted_name, item.amount) == (big.number, "张配送1", Decimal("1776.50"))
    assert [i for i in clerk.approvals.inbox() if i.kind == "return_order"] == []
    manager.approvals.reject("return_order", item.record_id, item.version, "超过退货期限", "请与业务员联系")
    assert clerk.returns.get(big.id).decision_note == "超过退货期限；请与业务员联系"
    [decision] = [d for d in clerk.approvals.my_decisions() if d.kind == "return_order"]
    assert (decision.status, decision.decided_name, decision.reason) == ("rejected", "王经理1",
                                                                        "超过退货期限；请与业务员联系")
    clerk.approvals.acknowledge("return_order", big.id)
    assert [d for d in clerk.approvals.my_decisions() if d.kind == "return_order"] == []
