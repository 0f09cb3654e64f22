"""Packaging purchase plans generated from approved production plans; receipts into stock (every backend)."""
import dataclasses
import datetime as dt
from decimal import Decimal as D

import pytest

from crdesk.services.errors import InvalidTransition, PermissionDenied, ValidationError
from crdesk.services.purchase_plans import LineEdit
from tests.services.test_planning import MARCH, catalog, plan_data


@pytest.fixture
def clerk(make_services):
    return make_services("clerk")


def approved_plan(clerk, manager, products, **kw):
    plan = clerk.production_plans.save(plan_data(products, **kw))
    plan = clerk.production_plans.submit(plan.id, plan.version)
    return manager.production_plans.approve(plan.id, plan.version)


@pytest.fixture
def world(clerk, manager):
    products, materials = catalog(clerk)
    clerk.materials.adjust(materials["XZ01"], D("730"), "期初")
    clerk.materials.adjust(materials["SM01"], D("50"), "期初")
    return products, materials, approved_plan(clerk, manager, products)


def arithmetic(plan):
    return {line.material_code: (line.required, line.stock, line.on_order, line.safety_stock, line.net,
                                 line.proposed, line.quantity, line.amount, line.needed_by) for line in plan.lines}


def test_generated_lines_show_their_arithmetic(clerk, world):
    plan = clerk.purchase_plans.generate(world[2].id)
    assert plan.header.number == "CG20260001" and plan.production_plan_number == "SC20260001"
    assert arithmetic(plan) == {
        # 4000 × 1 × 1.02 + 1000 × 1 × 1.02 = 5100; 5100 − 730 − 0 + 100 = 4470 → 4500 (packs of 50)
        "XZ01": (D("5100"), D("730"), D("0"), D("100"), D("4470"), D("4500"), D("4500"), D("14400.00"), MARCH),
        # 4000 × 0.02 = 80 → 96 (packs of 24)
        "JD01": (D("80"), D("0"), D("0"), D("0"), D("80"), D("96"), D("96"), D("624.00"), MARCH),
        # 1000 × 0.035 × 1.05 = 36.75; 36.75 − 50 + 5 < 0 → nothing to buy; first needed in week 2
        "SM01": (D("36.75"), D("50"), D("0"), D("5"), D("-8.25"), D("0"), D("0"), D("0.00"), dt.date(2026, 3, 8)),
    }
    assert plan.total_amount == D("15024.00")
    assert {line.supplier for line in plan.lines} == {"华南包装"}


def test_only_an_approved_production_plan_generates(clerk, world):
    draft = clerk.production_plans.save(plan_data(world[0], month=dt.date(2026, 4, 1)))
    with pytest.raises(ValidationError) as caught:
        clerk.purchase_plans.generate(draft.id)
    assert (caught.value.field, caught.value.code) == ("production_plan", "plan_not_approved")


def test_regenerating_gives_the_same_plan(clerk, world):
    first = clerk.purchase_plans.generate(world[2].id)
    again = clerk.purchase_plans.generate(world[2].id)
    assert again.id == first.id and arithmetic(again) == arithmetic(first)
    regenerated = clerk.purchase_plans.regenerate(again.id, again.version)
    assert arithmetic(regenerated) == arithmetic(first)
    preview = {line.material_id: line.proposed for line in clerk.purchase_plans.preview(world[2].id)}
    assert preview == {line.material_id: line.proposed for line in regenerated.lines}


def test_a_changed_quantity_needs_a_reason_and_is_audited_with_it(clerk, manager, world):
    plan = clerk.purchase_plans.generate(world[2].id)
    box = next(line for line in plan.lines if line.material_code == "XZ01")
    with pytest.raises(ValidationError) as caught:
        clerk.purchase_plans.save(plan.id, plan.version, [LineEdit(box.id, D("5000"))])
    assert (caught.value.field, caught.value.code) == ("lines.0.reason", "required")
    saved = clerk.purchase_plans.save(plan.id, plan.version, [LineEdit(
        box.id, D("5000"), "供应商五月涨价，提前备货", supplier="东莞纸品", needed_by=dt.date(2026, 2, 25))])
    line = next(line for line in saved.lines if line.material_code == "XZ01")
    assert (line.quantity, line.proposed, line.amount, line.supplier, line.needed_by) == (
        D("5000"), D("4500"), D("16000.00"), "东莞纸品", dt.date(2026, 2, 25))
    assert line.edited and saved.version == plan.version + 1
    entry = manager.audit.search(table="purchase_plan_line", record_id=box.id)[0]
    assert entry.reason == "供应商五月涨价，提前备货" and [D(x) for x in entry.changes["quantity"]] == [4500, 5000]
    with pytest.raises(ValidationError) as caught:
        clerk.purchase_plans.save(saved.id, saved.version, [LineEdit(box.id, D("-1"), "退")])
    assert (caught.value.field, caught.value.code) == ("lines.0.quantity", "not_negative")


def test_approved_purchase_plan_is_locked_and_receipts_become_stock(clerk, manager, world):
    materials = world[1]
    plan = clerk.purchase_plans.generate(world[2].id)
    box = next(line for line in plan.lines if line.material_code == "XZ01")
    with pytest.raises(InvalidTransition):
        clerk.purchase_plans.receive(plan.id, {box.id: D("10")})  # not approved yet
    plan = clerk.purchase_plans.submit(plan.id, plan.version)
    assert [(i.number, i.amount) for i in manager.approvals.inbox()] == [("CG20260001", D("15024.00"))]
    with pytest.raises(PermissionDenied):
        clerk.approvals.approve("purchase_plan", plan.id, plan.version)
    plan = manager.purchase_plans.approve(plan.id, plan.version)
    with pytest.raises(InvalidTransition):
        clerk.purchase_plans.save(plan.id, plan.version, [LineEdit(box.id, D("1"), "改")])
    with pytest.raises(InvalidTransition):
        clerk.purchase_plans.regenerate(plan.id, plan.version)
    plan = clerk.purchase_plans.receive(plan.id, {box.id: D("2000")}, reference="送货单 A-118")
    assert clerk.materials.stock(materials["XZ01"]) == D("2730")
    line = next(line for line in plan.lines if line.material_code == "XZ01")
    assert (line.received, line.outstanding) == (D("2000"), D("2500"))
    with pytest.raises(ValidationError) as caught:
        clerk.purchase_plans.receive(plan.id, {box.id: D("2500.001")})
    assert caught.value.code == "exceeds_outstanding"
    with pytest.raises(PermissionDenied):
        manager.as_actor(dataclasses.replace(manager.actor, role="reception")).purchase_plans.receive(
            plan.id, {box.id: D("1")})


def test_open_purchases_count_in_the_next_plan(clerk, manager, world):
    products = world[0]
    plan = clerk.purchase_plans.generate(world[2].id)
    plan = clerk.purchase_plans.submit(plan.id, plan.version)
    plan = manager.purchase_plans.approve(plan.id, plan.version)
    box = next(line for line in plan.lines if line.material_code == "XZ01")
    clerk.purchase_plans.receive(plan.id, {box.id: D("2000")})
    april = approved_plan(clerk, manager, products, month=dt.date(2026, 4, 1), cp01=(500, 0, 0, 0, 0), cp02=(0,) * 5)
    lines = arithmetic(clerk.purchase_plans.generate(april.id))
    # 500 × 1.02 = 510; stock 2730, on order 4500 − 2000 = 2500 (the tape's 96 are all on order)
    assert lines["XZ01"][:6] == (D("510"), D("2730"), D("2500"), D("100"), D("-4620"), D("0"))
    assert lines["JD01"][:6] == (D("10"), D("0"), D("96"), D("0"), D("-86"), D("0"))


def test_a_revised_production_plan_revises_its_purchase_plan(clerk, manager, world):
    products, _, march = world
    plan = clerk.purchase_plans.generate(march.id)
    plan = clerk.purchase_plans.submit(plan.id, plan.version)
    with pytest.raises(InvalidTransition):
        clerk.purchase_plans.generate(march.id)  # waiting for approval: withdraw first
    plan = manager.purchase_plans.approve(plan.id, plan.version)
    revision = clerk.production_plans.revise(march.id)
    revision.lines[0].weeks = [2000, 1200, 800, 1000, 0]
    revision = clerk.production_plans.save(revision)
    revision = clerk.production_plans.submit(revision.id, revision.version)
    revision = manager.production_plans.approve(revision.id, revision.version)
    new = clerk.purchase_plans.generate(revision.id)
    assert new.header.display_number == "CG20260001-R1" and new.production_plan_number == "SC20260001-R1"
    # the first purchase plan's own open quantities are not counted against its revision
    assert arithmetic(new)["XZ01"][:6] == (D("6120"), D("730"), D("0"), D("100"), D("5490"), D("5500"))
    assert clerk.purchase_plans.get(plan.id).header.status == "approved"
    new = clerk.purchase_plans.submit(new.id, new.version)
    manager.purchase_plans.approve(new.id, new.version)
    assert clerk.purchase_plans.get(plan.id).header.status == "superseded"
    assert clerk.purchase_plans.get_by_number("CG20260001").id == new.id


def test_the_submitter_sees_the_purchase_plan_decision(clerk, manager, world):
    clerk.approvals.acknowledge("production_plan", world[2].id)
    plan = clerk.purchase_plans.generate(world[2].id)
    plan = clerk.purchase_plans.submit(plan.id, plan.version)
    manager.approvals.approve("purchase_plan", plan.id, plan.version, "同意")
    assert [(d.kind, d.number, d.status, d.comment) for d in clerk.approvals.my_decisions()] == [
        ("purchase_plan", "CG20260001", "approved", "同意")]
