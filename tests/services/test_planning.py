"""Production plans and the approval workflow they share with purchase plans (every backend)."""
import datetime as dt
from decimal import Decimal as D

import pytest

from crdesk.services.errors import ConflictError, InvalidTransition, PermissionDenied, ValidationError
from crdesk.services.materials import Bom, BomLineData, MaterialData
from crdesk.services.production_actuals import ActualEntry
from crdesk.services.production_plans import PlanLineData, ProductionPlanData
from crdesk.services.products import ProductData

MARCH = dt.date(2026, 3, 1)


def catalog(services):
    """Two products and three materials with their BOMs; returns ({code: product id}, {code: material id})."""
    products = {code: services.products.save(ProductData(code=code, name=name)).id
                for code, name in (("CP01", "纯净水 550ml×24"), ("CP02", "矿泉水 1.5L×12"))}
    materials = {}
    for code, name, pack, minimum, price, safety in (("XZ01", "纸箱", "50", "200", "3.20", "100"),
                                                     ("JD01", "封箱胶带", "24", "0", "6.50", "0"),
                                                     ("SM01", "收缩膜", "0.5", "10", "18", "5")):
        materials[code] = services.materials.save(MaterialData(
            code=code, name=name, pack_size=D(pack), min_order=D(minimum), unit_price=D(price),
            safety_stock=D(safety), supplier="华南包装")).id
    services.materials.save_bom(Bom(products["CP01"], [BomLineData(materials["XZ01"], D("1"), D("2")),
                                                       BomLineData(materials["JD01"], D("0.02"))]))
    services.materials.save_bom(Bom(products["CP02"], [BomLineData(materials["XZ01"], D("1"), D("2")),
                                                       BomLineData(materials["SM01"], D("0.035"), D("5"))]))
    return products, materials


def plan_data(products, month=MARCH, cp01=(1000, 1200, 800, 1000, 0), cp02=(0, 500, 500, 0, 0)):
    return ProductionPlanData(month, [PlanLineData(products["CP01"], list(cp01)),
                                      PlanLineData(products["CP02"], list(cp02))])


@pytest.fixture
def clerk(make_services):
    return make_services("clerk")


@pytest.fixture
def setup(clerk):
    return catalog(clerk)


def test_a_new_plan_is_a_numbered_draft_prepared_by_its_author(clerk, setup):
    plan = clerk.production_plans.save(plan_data(setup[0]))
    assert plan.header.number == "SC20260001" and plan.header.status == "draft" and plan.header.revision == 0
    assert plan.header.prepared.name == "张配送1" and plan.total == 5000
    assert [line.product_code for line in plan.lines] == ["CP01", "CP02"]


def test_one_plan_per_month(clerk, setup):
    clerk.production_plans.save(plan_data(setup[0]))
    with pytest.raises(ValidationError) as caught:
        clerk.production_plans.save(plan_data(setup[0], month=dt.date(2026, 3, 15)))
    assert (caught.value.field, caught.value.code) == ("month", "plan_exists")


@pytest.mark.parametrize("cp01,field,code", [
    ((0, 0, 0, 0, 7), "lines.0.week5", "no_such_week"),  # February 2026 has 28 days: no week 5
    ((-1, 0, 0, 0, 0), "lines.0.week1", "out_of_range"),
    ((1.5, 0, 0, 0, 0), "lines.0.week1", "not_a_number"),
])
def test_bad_quantities_are_refused_at_their_cell(clerk, setup, cp01, field, code):
    with pytest.raises(ValidationError) as caught:
        clerk.production_plans.save(plan_data(setup[0], month=dt.date(2026, 2, 1), cp01=cp01))
    assert (caught.value.field, caught.value.code) == (field, code)


def test_a_plan_without_quantities_cannot_be_submitted(clerk, setup):
    plan = clerk.production_plans.save(plan_data(setup[0], cp01=(0,) * 5, cp02=(0,) * 5))
    with pytest.raises(ValidationError) as caught:
        clerk.production_plans.submit(plan.id, plan.version)
    assert caught.value.code == "no_lines"


def test_submit_approve_and_the_approved_plan_is_locked(clerk, manager, setup):
    plan = clerk.production_plans.save(plan_data(setup[0]))
    plan = clerk.production_plans.submit(plan.id, plan.version)
    assert plan.header.status == "submitted" and plan.header.submitted.username == "clerk1"
    with pytest.raises(PermissionDenied):
        clerk.production_plans.approve(plan.id, plan.version)
    assert [item.number for item in manager.approvals.inbox()] == ["SC20260001"]
    assert clerk.approvals.inbox() == []
    approved = manager.approvals.approve("production_plan", plan.id, plan.version, "同意，注意三周产能")
    approved = clerk.production_plans.get(plan.id)
    assert approved.header.status == "approved" and approved.header.decided.name == "王经理1"
    assert approved.header.decision_comment == "同意，注意三周产能"
    approved.lines[0].weeks[0] = 1
    with pytest.raises(InvalidTransition) as caught:
        clerk.production_plans.save(approved)
    assert caught.value.code == "plan_locked"
    with pytest.raises(InvalidTransition):
        manager.production_plans.save(approved)
    with pytest.raises(InvalidTransition):
        clerk.production_plans.submit(plan.id, approved.version)
    assert clerk.production_plans.get(plan.id).lines[0].weeks[0] == 1000


def test_a_submitted_plan_is_locked_too_until_withdrawn(clerk, setup):
    plan = clerk.production_plans.save(plan_data(setup[0]))
    plan = clerk.production_plans.submit(plan.id, plan.version)
    with pytest.raises(InvalidTransition):
        clerk.production_plans.save(plan)
    plan = clerk.production_plans.withdraw(plan.id, plan.version)
    plan.lines[1].weeks[0] = 100
    assert clerk.production_plans.save(plan).lines[1].weeks[0] == 100


def test_rejection_needs_a_reason_and_the_submitter_sees_the_decision(clerk, manager, setup):
    plan = clerk.production_plans.save(plan_data(setup[0]))
    plan = clerk.production_plans.submit(plan.id, plan.version)
    with pytest.raises(ValidationError) as caught:
        manager.production_plans.reject(plan.id, plan.version, "  ")
    assert (caught.value.field, caught.value.code) == ("reason", "required")
    manager.production_plans.reject(plan.id, plan.version, "第二周超出产能", "请与车间确认")
    decisions = clerk.approvals.my_decisions()
    assert [(d.number, d.status, d.reason, d.comment, d.decided_name) for d in decisions] == [
        ("SC20260001", "rejected", "第二周超出产能", "请与车间确认", "王经理1")]
    assert manager.approvals.my_decisions() == [] and manager.approvals.inbox() == []
    clerk.approvals.acknowledge("production_plan", plan.id)
    assert clerk.approvals.my_decisions() == []


def test_revision_keeps_the_old_plan_and_supersedes_it_once_approved(clerk, manager, setup):
    plan = clerk.production_plans.save(plan_data(setup[0]))
    plan = clerk.production_plans.submit(plan.id, plan.version)
    plan = manager.production_plans.approve(plan.id, plan.version)
    revision = clerk.production_plans.revise(plan.id)
    assert revision.header.display_number == "SC20260001-R1" and revision.header.status == "draft"
    assert [line.weeks for line in revision.lines] == [line.weeks for line in plan.lines]
    with pytest.raises(InvalidTransition):
        clerk.production_plans.revise(plan.id)  # only the latest revision can be revised
    revision.lines[0].weeks[3] = 1500
    revision = clerk.production_plans.save(revision)
    revision = clerk.production_plans.submit(revision.id, revision.version)
    assert clerk.production_plans.get(plan.id).header.status == "approved"  # still in force meanwhile
    manager.production_plans.approve(revision.id, revision.version)
    old = clerk.production_plans.get(plan.id)
    assert old.header.status == "superseded" and old.lines[0].weeks[3] == 1000
    assert clerk.production_plans.get_by_number("sc20260001").header.revision == 1
    assert clerk.production_plans.get_by_number("SC20260001-R0").id == plan.id


def test_every_step_is_audited_with_its_user(clerk, manager, setup):
    plan = clerk.production_plans.save(plan_data(setup[0]))
    plan.lines[0].weeks[0] = 900
    plan = clerk.production_plans.save(plan)
    plan = clerk.production_plans.submit(plan.id, plan.version)
    plan = manager.production_plans.reject(plan.id, plan.version, "数量偏高")
    revision = clerk.production_plans.revise(plan.id)
    entries = manager.audit.search(table="production_plan", record_id=plan.id)
    assert [(e.action, e.username) for e in reversed(entries)] == [
        ("create", "clerk1"), ("update", "clerk1"), ("update_lines", "clerk1"), ("submit", "clerk1"),
        ("reject", "manager1"), ("revise", "clerk1")]
    assert entries[1].reason == "数量偏高" and entries[0].reason == "SC20260001-R1"
    lines = next(e.changes["lines"] for e in entries if e.action == "update_lines")
    assert lines == [{"CP01": [1000, 1200, 800, 1000, 0], "CP02": [0, 500, 500, 0, 0]},
                     {"CP01": [900, 1200, 800, 1000, 0], "CP02": [0, 500, 500, 0, 0]}]
    assert manager.audit.search(table="production_plan", record_id=revision.id)[0].action == "create"


def test_a_stale_approval_is_a_conflict(clerk, manager, setup):
    plan = clerk.production_plans.save(plan_data(setup[0]))
    submitted = clerk.production_plans.submit(plan.id, plan.version)
    clerk.production_plans.withdraw(submitted.id, submitted.version)
    with pytest.raises(ConflictError):
        manager.production_plans.approve(plan.id, submitted.version)


def test_copy_from_last_month_takes_the_latest_revision_and_drops_a_missing_week_5(clerk, setup):
    clerk.production_plans.save(plan_data(setup[0], month=dt.date(2026, 1, 1), cp01=(1, 2, 3, 4, 5)))
    copy = clerk.production_plans.copy_from_previous_month(dt.date(2026, 2, 1))
    assert copy.id is None and copy.month == dt.date(2026, 2, 1)
    assert [line.weeks for line in copy.lines] == [[1, 2, 3, 4, 0], [0, 500, 500, 0, 0]]
    assert clerk.production_plans.save(copy).header.number == "SC20260002"
    assert clerk.production_plans.copy_from_previous_month(dt.date(2025, 6, 1)).lines == []


def test_actual_production_is_shown_beside_the_plan_even_when_locked(clerk, manager, setup):
    products = setup[0]
    plan = clerk.production_plans.save(plan_data(products))
    plan = clerk.production_plans.submit(plan.id, plan.version)
    manager.production_plans.approve(plan.id, plan.version)
    assert clerk.production_actuals.record(MARCH, [ActualEntry(products["CP01"], 1, 980),
                                                   ActualEntry(products["CP01"], 2, 1210)]) == 2
    assert clerk.production_actuals.record(MARCH, [ActualEntry(products["CP01"], 1, 980)]) == 0
    line = clerk.production_plans.get(plan.id).lines[0]
    assert line.actual == [980, 1210, 0, 0, 0] and line.actual_total == 2190 and line.total == 4000


def test_actuals_import_from_a_gb18030_csv_and_bad_rows_name_their_line(clerk, setup, tmp_path):
    products = setup[0]
    path = tmp_path / "actual.csv"
    path.write_bytes("产品编号,周,数量\ncp02,2,480\nCP01,1,\"1,005\"\n".encode("gb18030"))
    assert clerk.production_actuals.import_csv(MARCH, path) == 2
    plan = clerk.production_plans.save(plan_data(products))
    assert [line.actual[:2] for line in plan.lines] == [[1005, 0], [0, 480]]
    path.write_bytes("产品编号,周,数量\nCP01,1,5\nCP99,1,5\nCP02,6,1\n".encode("utf-8-sig"))
    with pytest.raises(ValidationError) as caught:
        clerk.production_actuals.import_csv(MARCH, path)
    assert [(f, c) for f, c, _ in caught.value.errors] == [("rows.3.product", "not_found"),
                                                            ("rows.4.week", "out_of_range")]
    assert clerk.production_plans.get(plan.id).lines[0].actual[0] == 1005  # all or nothing


def test_reception_can_neither_read_nor_edit_plans(reception, clerk, setup):
    with pytest.raises(PermissionDenied):
        reception.production_plans.page()
    with pytest.raises(PermissionDenied):
        reception.production_plans.save(plan_data(setup[0]))
