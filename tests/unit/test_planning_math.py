"""The packaging arithmetic on worked examples, and its properties (Hypothesis)."""
import datetime as dt
import random
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crdesk.services import planning_math as pm


@pytest.mark.parametrize("net,pack,minimum,expected", [
    ("0", "100", "0", "0"),            # nothing needed: nothing bought, not even the minimum order
    ("-350", "100", "500", "0"),       # stock covers the need: never negative
    ("1", "100", "0", "100"),          # one piece short buys a whole pack
    ("100", "100", "0", "100"),        # an exact multiple is not rounded further
    ("100.001", "100", "0", "200"),
    ("120", "50", "500", "500"),       # below the minimum order: the minimum
    ("120", "200", "500", "600"),      # the minimum itself rounded up to the pack size
    ("730", "200", "500", "800"),      # above the minimum: pack rounding only
    ("2.3", "0.5", "0", "2.5"),        # fractional packs (kg, rolls of film)
])
def test_to_buy_worked_examples(net, pack, minimum, expected):
    assert pm.to_buy(D(net), D(pack), D(minimum)) == D(expected)


def test_required_counts_every_week_of_every_product_with_its_scrap():
    # 纸箱 C1: product 1 uses 1 a unit with 2 % scrap, product 2 uses 0.5 a unit with no scrap.
    production = [pm.ProductionNeed(1, (100, 200, 0, 50, 0)), pm.ProductionNeed(2, (0, 0, 300, 0, 0))]
    bom = [pm.BomUse(1, 10, D("1"), D("2")), pm.BomUse(2, 10, D("0.5")), pm.BomUse(2, 11, D("2"), D("1.5"))]
    needed = pm.requirements(production, bom)
    assert needed[10] == (D("357") + D("150"), 1)  # 350 × 1 × 1.02 + 300 × 0.5
    assert needed[11] == (D("609.00"), 3)  # 300 × 2 × 1.015, first used in week 3


def test_a_whole_line_shows_its_arithmetic():
    terms = pm.MaterialTerms(10, stock=D("120"), on_order=D("200"), safety_stock=D("100"), pack_size=D("50"),
                             min_order=D("300"), unit_price=D("1.25"))
    line = pm.purchase_lines([pm.ProductionNeed(1, (400, 0, 0, 0, 0))], [pm.BomUse(1, 10, D("1"), D("2.5"))],
                             {10: terms})[0]
    assert line.required == D("410.000")          # 400 × 1 × 1.025
    assert line.net == D("190.000")               # 410 − 120 − 200 + 100
    assert line.proposed == D("300")              # below the 300 minimum → 300, a multiple of 50
    assert line.amount == D("375.00")
    assert line.first_week == 1


def test_rounding_the_required_quantity_never_shrinks_it():
    line = pm.line_for(D("10.0001"), 1, pm.MaterialTerms(1, pack_size=D("0.001")))
    assert line.required == D("10.001") and line.proposed == D("10.001")


def test_products_without_a_bom_and_empty_weeks_need_nothing():
    assert pm.purchase_lines([pm.ProductionNeed(1, (0, 0, 0, 0, 0)), pm.ProductionNeed(2, (5, 0, 0, 0, 0))],
                             [pm.BomUse(1, 10, D("1"))], {}) == []


def test_zero_pack_size_is_refused():
    with pytest.raises(ValueError):
        pm.round_up_to(D("1"), D("0"))


def test_week_starts():
    assert [pm.week_start(dt.date(2026, 3, 12), w).day for w in (1, 2, 3, 4, 5)] == [1, 8, 15, 22, 29]


decimals = st.decimals(min_value=D("-100000"), max_value=D("100000"), places=3)
positive = st.decimals(min_value=D("0.001"), max_value=D("10000"), places=3)
minimums = st.decimals(min_value=D("0"), max_value=D("10000"), places=3)


@given(decimals, positive, minimums)
def test_never_buys_less_than_the_net_need_and_always_whole_packs(net, pack, minimum):
    bought = pm.to_buy(net, pack, minimum)
    assert bought >= 0
    assert bought >= net
    assert bought % pack == 0
    if net > 0:
        assert bought >= minimum
        assert bought - pack < max(net, minimum)  # the smallest such multiple
    else:
        assert bought == 0


needs = st.lists(st.tuples(st.integers(1, 6), st.tuples(*[st.integers(0, 5000)] * 5)), max_size=6,
                 unique_by=lambda item: item[0])
uses = st.lists(st.tuples(st.integers(1, 6), st.integers(1, 5), positive, st.decimals(0, 100, places=2)),
                max_size=12, unique_by=lambda item: (item[0], item[1]))
term_values = st.fixed_dictionaries({
    "stock": minimums, "on_order": minimums, "safety_stock": minimums, "pack_size": positive, "min_order": minimums,
    "unit_price": st.decimals(0, 100, places=4)})


@given(needs, uses, st.lists(term_values, min_size=5, max_size=5), st.randoms())
def test_plan_lines_cover_the_need_and_regenerating_in_any_order_gives_the_same_plan(need_list, use_list, term_list,
                                                                                    rnd: random.Random):
    production = [pm.ProductionNeed(pid, weeks) for pid, weeks in need_list]
    bom = [pm.BomUse(pid, mid, per, scrap) for pid, mid, per, scrap in use_list]
    terms = {mid: pm.MaterialTerms(mid, **values) for mid, values in enumerate(term_list, start=1)}
    lines = pm.purchase_lines(production, bom, terms)
    for line in lines:
        exact = sum((pm.usage(w, u.per_unit, u.scrap_pct) for p in production for w in p.weeks
                     for u in bom if u.product_id == p.product_id and u.material_id == line.material_id), D(0))
        assert line.required >= exact
        assert line.proposed >= line.required - line.stock - line.on_order + line.safety_stock
        assert line.proposed % line.pack_size == 0
    shuffled_production, shuffled_bom = list(production), list(bom)
    rnd.shuffle(shuffled_production)
    rnd.shuffle(shuffled_bom)
    assert pm.purchase_lines(shuffled_production, shuffled_bom, dict(reversed(list(terms.items())))) == lines
