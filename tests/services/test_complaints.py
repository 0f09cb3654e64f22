import datetime as dt
from decimal import Decimal

import pytest

from crdesk.messages import describe
from crdesk.services.casework import CallbackData
from crdesk.services.clients import ClientData
from crdesk.services.complaint_lists import ComplaintFilter
from crdesk.services.complaints import ComplaintData
from crdesk.services.errors import ConflictError, InvalidTransition, PermissionDenied, ValidationError
from crdesk.services.products import ProductData


@pytest.fixture
def client_id(manager):
    return manager.clients.save(ClientData(name="上海华联超市", phone="021-62345678")).id


@pytest.fixture
def product_id(manager):
    return manager.products.save(ProductData("CP0101", "纯净水", "550ml×24瓶", unit_price=Decimal("28"))).id


def _complaint(client_id=None, **kw):
    values = dict(channel="phone", category="产品质量", severity="normal", description="瓶盖漏水，整箱受潮")
    values.update(kw)
    return ComplaintData(client_id=client_id, **values)


def test_registering_numbers_it_sets_deadlines_and_starts_the_timeline(reception, client_id):
    saved = reception.complaints.save(_complaint(client_id))
    assert saved.number == f"TS{saved.received_at.year}000001"
    assert (saved.status, saved.received_by, saved.client_name) == ("registered", "reception1", "上海华联超市")
    assert saved.response_due == saved.received_at + dt.timedelta(hours=24)
    assert saved.resolution_due == saved.received_at + dt.timedelta(hours=120)
    assert saved.next_due_at == saved.response_due
    assert [(e.action, e.username, e.to_status) for e in saved.timeline] == [("register", "reception1", "registered")]


def test_deadlines_follow_the_business_settings_per_severity(manager, reception, client_id):
    manager.settings.set("complaint_response_hours_important", 4)
    saved = reception.complaints.save(_complaint(client_id, severity="important"))
    assert saved.response_due - saved.received_at == dt.timedelta(hours=4)
    assert saved.resolution_due - saved.received_at == dt.timedelta(hours=72)


def test_a_consumer_outside_the_client_files_needs_name_and_phone(reception):
    saved = reception.complaints.save(_complaint(consumer_name="陈女士", consumer_phone="13812345678"))
    assert saved.party == "陈女士"
    with pytest.raises(ValidationError) as caught:
        reception.complaints.save(_complaint())
    assert {e[0] for e in caught.value.errors} == {"consumer_name", "consumer_phone"}


@pytest.mark.parametrize("field,value,code", [
    ("channel", "fax", "invalid_choice"),
    ("category", "不存在的类别", "invalid_choice"),
    ("severity", "critical", "invalid_choice"),
    ("description", "  ", "required"),
    ("description", "述" * 10_001, "too_long"),
    ("batch_no", "B" * 33, "too_long"),
    ("assignee", "nobody", "invalid_choice"),
    ("received_at", dt.datetime(2100, 1, 1), "in_future"),
])
def test_bad_intake_is_refused_at_its_field(reception, client_id, field, value, code):
    data = _complaint(client_id)
    setattr(data, field, value)
    with pytest.raises(ValidationError) as caught:
        reception.complaints.save(data)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert reception.complaints.count() == 0


def test_categories_are_an_editable_business_setting(manager, reception, client_id):
    manager.settings.set("complaint_categories", ["口味", "异物"])
    assert reception.complaints.categories() == ["口味", "异物"]
    assert reception.complaints.save(_complaint(client_id, category="异物")).category == "异物"


def _walk(services, complaint, to):
    """Bring a complaint to status ``to`` along the allowed path."""
    c = complaint
    steps = {
        "in_progress": lambda c: services.complaints.start(c.id, c.version),
        "resolved": lambda c: services.complaints.resolve(c.id, c.version, "更换整箱并致歉", "灌装线瓶盖扭矩不足"),
        "followed_up": lambda c: services.complaints.callback(c.id, c.version, CallbackData("satisfied", 5)),
        "archived": lambda c: services.complaints.archive(c.id, c.version),
    }
    for status in ("in_progress", "resolved", "followed_up", "archived"):
        if c.status == to:
            break
        c = steps[status](c)
    return c


def test_a_complaint_walks_its_whole_closed_loop(reception, client_id, product_id):
    c = reception.complaints.save(_complaint(client_id, product_id=product_id, batch_no="20261101A"))
    c = reception.complaints.start(c.id, c.version, note="已联系客户")
    assert (c.status, c.assignee, c.next_due_at) == ("in_progress", "reception1", c.resolution_due)
    c = reception.complaints.resolve(c.id, c.version, "更换整箱并致歉", "灌装线瓶盖扭矩不足")
    assert c.status == "resolved" and c.callback_due == c.resolved_at + dt.timedelta(days=3)
    c = reception.complaints.callback(c.id, c.version, CallbackData("satisfied", 5, note="客户表示满意"))
    assert (c.status, c.callback.satisfaction, c.callback.by, c.next_due_at) == ("followed_up", 5, "李接待1", None)
    c = reception.complaints.archive(c.id, c.version)
    assert (c.status, c.archived_by) == ("archived", "reception1")
    assert [(e.action, e.from_status, e.to_status) for e in c.timeline] == [
        ("register", "", "registered"), ("start", "registered", "in_progress"),
        ("resolve", "in_progress", "resolved"), ("callback", "resolved", "followed_up"),
        ("archive", "followed_up", "archived")]
    assert c.timeline[1].note == "已联系客户" and c.timeline[3].note.endswith("客户表示满意")


ACTIONS = {
    "start": lambda s, c: s.complaints.start(c.id, c.version),
    "resolve": lambda s, c: s.complaints.resolve(c.id, c.version, "处理结果", "原因"),
    "callback": lambda s, c: s.complaints.callback(c.id, c.version, CallbackData("satisfied", 4)),
    "archive": lambda s, c: s.complaints.archive(c.id, c.version),
}
ALLOWED = {("registered", "start"), ("in_progress", "resolve"), ("resolved", "callback"),
           ("followed_up", "archive")}
STATUSES = ("registered", "in_progress", "resolved", "followed_up", "archived")
LABELS = {"registered": "已受理", "in_progress": "处理中", "resolved": "已处理", "followed_up": "已回访", "archived": "已归档"}


@pytest.mark.parametrize("status", STATUSES)
@pytest.mark.parametrize("action", list(ACTIONS))
def test_only_the_next_step_is_allowed_and_others_are_refused_clearly(reception, client_id, status, action):
    c = _walk(reception, reception.complaints.save(_complaint(client_id)), status)
    if (status, action) in ALLOWED:
        assert ACTIONS[action](reception, c).status != status
        return
    with pytest.raises(InvalidTransition) as caught:
        ACTIONS[action](reception, c)
    if action == "archive" and status != "archived":
        assert caught.value.code == "callback_required"
        assert "只有部门经理" in describe(caught.value)
    else:
        assert caught.value.code == "wrong_status"
        assert describe(caught.value).startswith(f"当前状态为「{LABELS[status]}」，不能")
    assert reception.complaints.get(c.id).status == status


def test_refusal_names_the_status_and_the_step(reception, client_id):
    c = reception.complaints.save(_complaint(client_id))
    with pytest.raises(InvalidTransition) as caught:
        reception.complaints.resolve(c.id, c.version, "结果", "原因")
    assert describe(caught.value) == "当前状态为「已受理」，不能处理完毕"


def test_resolving_needs_resolution_and_root_cause(reception, client_id):
    c = _walk(reception, reception.complaints.save(_complaint(client_id)), "in_progress")
    with pytest.raises(ValidationError) as caught:
        reception.complaints.resolve(c.id, c.version, " ", "")
    assert [e[0] for e in caught.value.errors] == ["resolution", "root_cause"]


@pytest.mark.parametrize("callback,field,code", [
    (CallbackData("", 4), "outcome", "invalid_choice"),
    (CallbackData("satisfied", None), "satisfaction", "required"),
    (CallbackData("satisfied", 6), "satisfaction", "out_of_range"),
    (CallbackData("satisfied", 4, at=dt.datetime(2000, 1, 1)), "at", "before_resolution"),
    (CallbackData("satisfied", 4, at=dt.datetime(2100, 1, 1)), "at", "in_future"),
])
def test_a_callback_needs_outcome_satisfaction_and_a_sensible_time(reception, client_id, callback, field, code):
    c = _walk(reception, reception.complaints.save(_complaint(client_id)), "resolved")
    with pytest.raises(ValidationError) as caught:
        reception.complaints.callback(c.id, c.version, callback)
    assert (caught.value.field, caught.value.code) == (field, code)


@pytest.mark.parametrize("outcome,score,status", [
    ("satisfied", 3, "followed_up"),
    ("satisfied", 2, "in_progress"),
    ("satisfied", 1, "in_progress"),
    ("unsatisfied", 4, "in_progress"),
])
def test_an_unsatisfied_callback_reopens_the_complaint(reception, client_id, outcome, score, status):
    c = _walk(reception, reception.complaints.save(_complaint(client_id)), "resolved")
    c = reception.complaints.callback(c.id, c.version, CallbackData(outcome, score))
    assert c.status == status
    if status == "in_progress":
        assert c.reopen_count == 1 and c.timeline[-1].action == "reopen"
        assert c.next_due_at == c.resolution_due > c.resolved_at
        c = reception.complaints.resolve(c.id, c.version, "二次处理：上门更换", "物流挤压")
        c = reception.complaints.callback(c.id, c.version, CallbackData("satisfied", 5))
        assert c.status == "followed_up"


def test_only_the_manager_archives_without_callback_with_a_reason_and_it_is_audited(reception, manager, client_id):
    c = _walk(reception, reception.complaints.save(_complaint(client_id)), "resolved")
    with pytest.raises(InvalidTransition) as caught:
        reception.complaints.archive(c.id, c.version, reason="客户联系不上")
    assert caught.value.code == "callback_required"
    with pytest.raises(ValidationError) as missing:
        manager.complaints.archive(c.id, c.version)
    assert missing.value.field == "reason"
    c = manager.complaints.archive(c.id, c.version, reason="客户三次未接通")
    assert (c.status, c.archive_reason, c.timeline[-1].action) == ("archived", "客户三次未接通",
                                                                   "archive_without_callback")
    entry = manager.audit.search(table="complaint", record_id=c.id)[0]
    assert (entry.action, entry.reason, entry.username) == ("archive_without_callback", "客户三次未接通", "manager1")


def test_an_archived_complaint_is_read_only(reception, client_id):
    c = _walk(reception, reception.complaints.save(_complaint(client_id)), "archived")
    c.description = "改写"
    with pytest.raises(InvalidTransition):
        reception.complaints.save(c)
    with pytest.raises(InvalidTransition):
        reception.complaints.add_note(c.id, "补充")
    with pytest.raises(InvalidTransition):
        reception.complaints.assign(c.id, c.version, "reception1")


def test_concurrent_steps_conflict_instead_of_overwriting(reception, make_services, client_id):
    other = make_services("clerk")
    c = reception.complaints.save(_complaint(client_id))
    reception.complaints.start(c.id, c.version)
    with pytest.raises(ConflictError) as caught:
        other.complaints.start(c.id, c.version, assignee="clerk1")
    assert caught.value.info.changed_by == "reception1"
    stored = other.complaints.get(c.id)
    assert (stored.assignee, [e.action for e in stored.timeline]) == ("reception1", ["register", "start"])


def test_notes_and_reassignment_go_to_the_timeline(reception, make_services, client_id):
    make_services("clerk")
    c = reception.complaints.save(_complaint(client_id))
    c = reception.complaints.add_note(c.id, "客户电话未接通")
    c = reception.complaints.assign(c.id, c.version, "clerk1")
    assert c.assignee == "clerk1" and c.name_of("clerk1") == "张配送1"
    assert [(e.action, e.note) for e in c.timeline[1:]] == [("note", "客户电话未接通"), ("assign", "张配送1")]


def test_overdue_complaints_are_found_and_counted(reception, client_id):
    late = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=3)
    c = reception.complaints.save(_complaint(client_id, severity="major", received_at=late))
    reception.complaints.save(_complaint(client_id))
    assert reception.complaints.overdue_count() == 1
    rows = reception.complaints.page(ComplaintFilter(overdue=True)).rows
    assert [(r.number, r.overdue) for r in rows] == [(c.number, True)]
    reception.complaints.start(c.id, c.version)  # the resolution deadline (24 h) is still ahead
    assert reception.complaints.overdue_count() == 0


def test_my_work_lists_what_to_handle_and_the_callbacks_due(reception, manager, make_services, client_id):
    clerk = make_services("clerk")
    handled = reception.complaints.save(_complaint(client_id, assignee="clerk1"))
    unassigned = reception.complaints.save(_complaint(client_id))
    assert [(w.number, w.action) for w in clerk.complaints.my_work()] == [(handled.number, "handle")]
    assert (unassigned.number, "assign") in [(w.number, w.action) for w in manager.complaints.my_work()]
    c = clerk.complaints.start(handled.id, handled.version)
    clerk.complaints.resolve(c.id, c.version, "退换", "运输破损")
    assert clerk.complaints.my_work() == []
    assert [(w.number, w.action) for w in reception.complaints.my_work()] == [(handled.number, "callback")]


def test_list_filters_and_search(reception, client_id, product_id):
    other = reception.clients.save(ClientData(name="北京物美")).id
    a = reception.complaints.save(_complaint(client_id, severity="major", product_id=product_id, batch_no="B1"))
    b = reception.complaints.save(_complaint(other, category="配送", received_at=dt.datetime(2026, 1, 5, 9, 0)))
    _walk(reception, a, "in_progress")
    cases = {
        ComplaintFilter(status="in_progress"): [a.number],
        ComplaintFilter(status="open"): [a.number, b.number],
        ComplaintFilter(severity="major"): [a.number],
        ComplaintFilter(category="配送"): [b.number],
        ComplaintFilter(client_id=other): [b.number],
        ComplaintFilter(date_from=dt.date(2026, 1, 1), date_to=dt.date(2026, 1, 5)): [b.number],
        ComplaintFilter(text="纯净"): [a.number],
        ComplaintFilter(text="物美"): [b.number],
        ComplaintFilter(text=b.number.lower()): [b.number],
    }
    for flt, expected in cases.items():
        assert [r.number for r in reception.complaints.page(flt).rows] == expected, flt
    first = reception.complaints.page(limit=1)
    second = reception.complaints.page(after=first.next_key, limit=1)
    assert [r.number for r in first.rows + second.rows] == [a.number, b.number]


def test_client_history_shows_the_clients_complaints(reception, client_id):
    c = reception.complaints.save(_complaint(client_id))
    history = reception.clients.history(client_id)
    assert [(h.kind, h.number) for h in history] == [("complaint", c.number)]
    assert reception.clients.has_history(client_id)


def test_driver_cannot_register_complaints(make_services, client_id):
    with pytest.raises(PermissionDenied):
        make_services("driver").complaints.save(_complaint(client_id))


def test_export_streams_every_complaint(reception, client_id):
    from crdesk.services.complaint_lists import export_table

    for _ in range(3):
        reception.complaints.save(_complaint(client_id, description="=HYPERLINK(\"x\")"))
    table = export_table(reception)
    rows = list(table.rows)
    assert len(rows) == 3 and table.headers[0] == "编号" and rows[0][2] == "上海华联超市"


def test_correcting_the_severity_moves_the_deadlines_and_other_corrections_keep_them(reception, client_id):
    c = reception.complaints.save(_complaint(client_id))
    c.description = "补充：共五箱"
    c = reception.complaints.save(c)
    assert c.response_due == c.received_at + dt.timedelta(hours=24) and c.timeline[-1].action == "edit"
    c.severity = "important"
    c = reception.complaints.save(c)
    assert c.response_due == c.received_at + dt.timedelta(hours=8) == c.next_due_at
