"""Demo planning data: every state of both plan kinds, realistic stock, deterministic.

SQLite only: the services it goes through are tested on every backend; this is about what the demo makes.
"""
import random

import pytest

from crdesk.db.models.planning import ProductionPlan, PurchasePlan, StockMovement
from crdesk.demo import planning, products


@pytest.fixture
def manager(sqlite_url):
    from tests.fixtures import _services_for

    return _services_for("manager")


def _generate(services, seed=7):
    rng = random.Random(seed)
    products.generate(services, 1, rng, lambda *a: None)
    planning.generate(services, 1, rng, lambda *a: None)


def _states(model) -> set[str]:
    return {row.status for row in model.select(model.status)}


def test_demo_covers_every_state_and_its_plans_print(manager):
    _generate(manager)
    assert _states(ProductionPlan) == {"draft", "submitted", "approved", "rejected", "superseded"}
    assert _states(PurchasePlan) == {"submitted", "approved", "rejected"}
    assert {i.kind for i in manager.approvals.inbox()} == {"production_plan", "purchase_plan"}
    kinds = {row.kind for row in StockMovement.select(StockMovement.kind)}
    assert kinds == {"receipt", "issue", "adjustment"}
    assert all(row.stock >= 0 for row in manager.materials.page().rows)
    from crdesk.services import plan_printing

    latest = manager.purchase_plans.page(status="approved").rows[0]
    assert plan_printing.purchase_plan(manager, latest.display_number).startswith(b"%PDF")


def _snapshot(services):
    plans = [(p.number, p.revision, p.status) for p in ProductionPlan.select().order_by(ProductionPlan.id)]
    lines = sorted((p.display_number, line.material_code, line.quantity, line.received)
                   for p in services.purchase_plans.page().rows for line in services.purchase_plans.get(p.id).lines)
    return plans, lines


def test_the_same_seed_gives_the_same_plans(manager, sqlite_template, tmp_path):
    """Two fresh databases, the same seed: the same plans, states, quantities and receipts."""
    import shutil

    from crdesk.db.connection import DB, connect
    from crdesk.services import Services

    _generate(manager)
    first = _snapshot(manager)
    shutil.copy(sqlite_template, tmp_path / "second.sqlite3")
    try:
        second = Services(connect(f"sqlite:///{tmp_path / 'second.sqlite3'}"), manager.actor)
        _generate(second)
        assert _snapshot(second) == first and len(first[0]) == 10 and first[1]
    finally:
        DB.obj.close()
        DB.initialize(manager.ctx.db)
