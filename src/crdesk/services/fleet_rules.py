"""Pure fleet arithmetic: service due by km or date (whichever first), fuel consumption, reminder levels.

No database access here, so every boundary can be tested directly.
"""
from __future__ import annotations

import calendar
import datetime as dt
import statistics
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from crdesk.services.business_settings import DEFAULTS

DEFAULTS.update({
    "fleet_reminder_days": [30, 7, 0],  # compliance list: what falls due within 30, 7, 0 days
    "fleet_service_margin_km": 1000,  # dispatch refuses a vehicle this far past its service km …
    "fleet_service_margin_days": 14,  # … or this many days past its service date
    "fleet_service_warn_km": 500,  # compliance list: a service due within this many km
    "fleet_consumption_outlier_pct": 25,  # a fill this far from the vehicle's median L/100 km is flagged
})


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later, clamped to the month's end (31 Jan + 1 month = 28/29 Feb)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class ServiceDue:
    """The next service (保养): due at ``due_km`` or on ``due_date``, whichever comes first."""

    base_date: dt.date
    base_km: int
    due_km: int | None  # None: the vehicle has no km interval
    due_date: dt.date | None  # None: no month interval
    remaining_km: int | None
    remaining_days: int | None

    @property
    def is_due(self) -> bool:
        """Reached by either measure: the km reading hit ``due_km`` or the day is ``due_date`` or later."""
        return (self.remaining_km is not None and self.remaining_km <= 0) or (
            self.remaining_days is not None and self.remaining_days <= 0)

    def overdue_beyond(self, margin_km: int, margin_days: int) -> bool:
        """Past due by more than a margin on either measure (exactly at the margin is still allowed)."""
        return (self.remaining_km is not None and -self.remaining_km > margin_km) or (
            self.remaining_days is not None and -self.remaining_days > margin_days)


def service_due(base_date: dt.date, base_km: int, interval_km: int, interval_months: int,
                odometer: int, day: dt.date) -> ServiceDue:
    due_km = base_km + interval_km if interval_km > 0 else None
    due_date = add_months(base_date, interval_months) if interval_months > 0 else None
    return ServiceDue(base_date, base_km, due_km, due_date,
                      None if due_km is None else due_km - odometer,
                      None if due_date is None else (due_date - day).days)


def reminder_level(days_left: int, thresholds: list[int]) -> int | None:
    """The tightest threshold (30 / 7 / 0 …) that ``days_left`` falls within; -1 when overdue; None when
    it is further ahead than every threshold."""
    if days_left < 0:
        return -1
    within = [t for t in thresholds if days_left <= t]
    return min(within) if within else None


@dataclass(frozen=True)
class Fill:
    id: int
    odometer: int
    litres: Decimal
    full_tank: bool = True


@dataclass(frozen=True)
class FillConsumption:
    id: int
    distance_km: int | None  # since the previous full tank
    l_per_100km: Decimal | None  # None for the first full tank, a partial fill, or no distance
    outlier: bool = False


HUNDRED = Decimal(100)
CENT = Decimal("0.01")


def consumption(fills: list[Fill], outlier_pct: int) -> list[FillConsumption]:
    """Full-to-full: at each full tank, the litres bought since the previous full tank (partial fills
    included, the previous full tank's own litres excluded) over the km driven since then, × 100.

    ``fills`` must be in odometer order. A value more than ``outlier_pct`` % away from the median of the
    vehicle's values is flagged (only when there are at least three values to take a median of).
    """
    results, litres_since, last_full_km = [], Decimal(0), None
    for fill in fills:
        litres_since += Decimal(fill.litres)
        if not fill.full_tank:
            results.append(FillConsumption(fill.id, None, None))
            continue
        distance = None if last_full_km is None else fill.odometer - last_full_km
        value = None
        if distance and distance > 0:
            value = (litres_since * HUNDRED / distance).quantize(CENT, ROUND_HALF_UP)
        results.append(FillConsumption(fill.id, distance, value))
        litres_since, last_full_km = Decimal(0), fill.odometer
    return _flag_outliers(results, outlier_pct)


def _flag_outliers(results: list[FillConsumption], outlier_pct: int) -> list[FillConsumption]:
    values = [r.l_per_100km for r in results if r.l_per_100km is not None]
    if len(values) < 3:
        return results
    median = statistics.median(values)
    limit = median * Decimal(outlier_pct) / HUNDRED
    return [FillConsumption(r.id, r.distance_km, r.l_per_100km,
                            r.l_per_100km is not None and abs(r.l_per_100km - median) > limit)
            for r in results]


def per_km(cost: Decimal, km: int) -> Decimal | None:
    return (Decimal(cost) / km).quantize(CENT, ROUND_HALF_UP) if km > 0 else None
