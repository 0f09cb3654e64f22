import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crdesk.services.fleet_rules import Fill, add_months, consumption, reminder_level, service_due

BASE = dt.date(2026, 1, 31)


@pytest.mark.parametrize("day,months,expected", [
    (dt.date(2026, 1, 31), 1, dt.date(2026, 2, 28)), (dt.date(2028, 1, 31), 1, dt.date(2028, 2, 29)),
    (dt.date(2026, 8, 15), 6, dt.date(2027, 2, 15)), (dt.date(2026, 12, 1), 12, dt.date(2027, 12, 1)),
])
def test_add_months_clamps_to_the_month_end(day, months, expected):
    assert add_months(day, months) == expected


@given(st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 1, 1)), st.integers(0, 120))
def test_add_months_never_goes_back_and_lands_in_the_right_month(day, months):
    result = add_months(day, months)
    assert result >= day and (result.year * 12 + result.month) - (day.year * 12 + day.month) == months


def _due(odometer, day):
    return service_due(BASE, 40000, 10000, 6, odometer, day)  # due at 50,000 km or on 2026-07-31


@pytest.mark.parametrize("odometer,day,is_due", [
    (49999, dt.date(2026, 7, 30), False),  # one km and one day before both
    (50000, dt.date(2026, 7, 30), True),  # the km come first
    (49999, dt.date(2026, 7, 31), True),  # the date comes first
    (50001, dt.date(2026, 3, 1), True),  # far from the date, past the km
    (41000, dt.date(2026, 8, 1), True),  # few km, past the date
])
def test_service_is_due_by_km_or_date_whichever_comes_first(odometer, day, is_due):
    assert _due(odometer, day).is_due is is_due


@pytest.mark.parametrize("odometer,day,beyond", [
    (51000, dt.date(2026, 7, 1), False), (51001, dt.date(2026, 7, 1), True),
    (45000, dt.date(2026, 8, 14), False), (45000, dt.date(2026, 8, 15), True),
])
def test_overdue_beyond_the_margin_counts_either_measure(odometer, day, beyond):
    assert _due(odometer, day).overdue_beyond(1000, 14) is beyond


def test_a_zero_interval_is_not_tracked():
    due = service_due(BASE, 40000, 0, 6, 99999, dt.date(2026, 7, 30))
    assert (due.due_km, due.remaining_km, due.is_due) == (None, None, False)
    assert service_due(BASE, 40000, 10000, 0, 1, dt.date(2099, 1, 1)).is_due is False


@pytest.mark.parametrize("days,level", [(-1, -1), (0, 0), (1, 7), (7, 7), (8, 30), (30, 30), (31, None)])
def test_reminder_levels_30_7_0(days, level):
    assert reminder_level(days, [30, 7, 0]) == level


def test_consumption_is_litres_since_the_last_full_tank_over_the_distance():
    fills = [Fill(1, 10000, Decimal("45")), Fill(2, 10400, Decimal("10"), full_tank=False),
             Fill(3, 10600, Decimal("38")), Fill(4, 10600, Decimal("1"))]
    result = consumption(fills, 25)
    assert [(r.distance_km, r.l_per_100km) for r in result] == [
        (None, None), (None, None), (600, Decimal("8.00")), (0, None)]
    assert not any(r.outlier for r in result)  # fewer than three values: no median to compare with


def test_consumption_rounds_half_up_to_two_places():
    result = consumption([Fill(1, 0, Decimal("1")), Fill(2, 300, Decimal("25"))], 25)
    assert result[1].l_per_100km == Decimal("8.33")
    result = consumption([Fill(1, 0, Decimal("1")), Fill(2, 800, Decimal("65"))], 25)
    assert result[1].l_per_100km == Decimal("8.13")  # 8.125 → 8.13


def test_outliers_are_beyond_the_percentage_from_the_median():
    fills = [Fill(i, i * 100, Decimal(litres)) for i, litres in enumerate(["9", "8", "10", "7.5", "10.1", "5.9"])]
    result = consumption(fills, 25)  # values 8, 10, 7.5, 10.1, 5.9; median 8; limit 2
    assert [(r.l_per_100km, r.outlier) for r in result[1:]] == [
        (Decimal("8.00"), False), (Decimal("10.00"), False), (Decimal("7.50"), False),
        (Decimal("10.10"), True), (Decimal("5.90"), True)]
