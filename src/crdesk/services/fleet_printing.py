"""The monthly vehicle log sheet (车辆运行记录表): gather one vehicle's month through the services
(permissions apply), format it, render it.

Registered in ``services.printing.DOCUMENTS`` as ``vehicle-log``:
``crdesk print vehicle-log 沪A·12345 2026-03 -o log.pdf`` (the plate with or without the dot).
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from decimal import Decimal

from crdesk.db.models.fleet import (CHECKLIST, CHECKLIST_LABELS, FUEL_TYPE_LABELS, MAINTENANCE_KIND_LABELS,
                                    VEHICLE_STATUS_LABELS, VEHICLE_TYPE_LABELS)
from crdesk.services import fleet_readings
from crdesk.services.errors import ValidationError
from crdesk.services.fleet_logs import LogFilter, TripData

_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")


def month_range(text: str) -> tuple[dt.date, dt.date]:
    """"2026-03" → (2026-03-01, 2026-03-31)."""
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise ValidationError("month", "invalid_month")
    year, month = int(match.group(1)), int(match.group(2))
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def _all(fetch, flt: LogFilter) -> list:
    """Every row of a keyset-paged log query, oldest first."""
    rows, after = [], None
    while True:
        page = fetch(flt, after=after, limit=500)
        rows += page.rows
        if page.next_key is None:
            return rows[::-1]
        after = page.next_key


def _km(value) -> str:
    return f"{value:,}" if value is not None else ""


def _money(value) -> str:
    return f"{Decimal(value):,.2f}" if value is not None else ""


def checklist_text(trip: TripData) -> str:
    missing = [CHECKLIST_LABELS[item] for item in CHECKLIST if item not in trip.checked]
    return "全部正常" if not missing else "未通过：" + "、".join(missing)


def _trip_rows(trips: list[TripData]) -> list[list[str]]:
    return [[t.trip_date.isoformat(), t.driver_name, _km(t.start_odometer), _km(t.end_odometer), _km(t.km),
             " ".join(filter(None, [t.route, t.purpose])), checklist_text(t), t.defects] for t in trips]


def _fuel_rows(fills) -> list[list[str]]:
    def note(f):
        return "；".join(filter(None, ["未加满" if not f.full_tank else "", "油耗异常" if f.outlier else ""]))

    return [[f.fuel_date.isoformat(), f.driver_name, _km(f.odometer), f"{f.litres:.2f}", _money(f.amount),
             f.station, f"{f.l_per_100km:.2f}" if f.l_per_100km is not None else "", note(f)] for f in fills]


def _maintenance_rows(entries) -> list[list[str]]:
    def content(m):
        renewed = f"（有效期至 {m.valid_until.isoformat()}）" if m.valid_until else ""
        return m.description + renewed

    return [[m.service_date.isoformat(), MAINTENANCE_KIND_LABELS.get(m.kind, m.kind), _km(m.odometer),
             _money(m.cost), m.vendor, content(m)] for m in entries]


def _vehicle_fields(vehicle, first: dt.date, last: dt.date, start_km: int, end_km: int) -> list[tuple[str, str]]:
    service = vehicle.service
    next_service = " 或 ".join(filter(None, [f"{_km(service.due_km)} 公里" if service.due_km else "",
                                             service.due_date.isoformat() if service.due_date else ""]))
    return [("车牌号", vehicle.plate), ("车型", vehicle.model),
            ("车辆类型", VEHICLE_TYPE_LABELS.get(vehicle.vehicle_type, vehicle.vehicle_type)),
            ("燃料", FUEL_TYPE_LABELS.get(vehicle.fuel_type, vehicle.fuel_type)),
            ("记录月份", f"{first:%Y年%m月}"), ("状态", VEHICLE_STATUS_LABELS.get(vehicle.status, vehicle.status)),
            ("月初里程", f"{_km(start_km)} 公里"), ("月末里程", f"{_km(end_km)} 公里"),
            ("保险到期", vehicle.insurance_expiry.isoformat() if vehicle.insurance_expiry else "未登记"),
            ("年检到期", vehicle.inspection_due.isoformat() if vehicle.inspection_due else "未登记"),
            ("下次保养", next_service + "（先到为准）" if next_service else "未设定"),
            ("统计区间", f"{first.isoformat()} 至 {last.isoformat()}")]


def _totals(services, vehicle_id: int, first: dt.date, last: dt.date, trips, fills) -> list[tuple[str, str]]:
    costs = services.fleet_reports.vehicle_costs(first, last, vehicle_id=vehicle_id)
    cost = costs[0] if costs else None
    measured = [f for f in fills if f.l_per_100km is not None]
    distance = sum(f.distance_km for f in measured)
    litres = sum(f.l_per_100km * f.distance_km for f in measured)  # × 100 cancels out below
    average = f"{litres / distance:.2f} 升" if distance else "—"
    per_km = cost.cost_per_km if cost else None
    return [("出车次数", f"{len(trips)} 次"), ("行驶里程", f"{_km(cost.km if cost else 0)} 公里"),
            ("加油量", f"{(cost.litres if cost else 0):.2f} 升"), ("平均百公里油耗", average),
            ("油费", f"{_money(cost.fuel_cost if cost else 0)} 元"),
            ("保养维修费", f"{_money(cost.maintenance_cost if cost else 0)} 元"),
            ("费用合计", f"{_money(cost.total if cost else 0)} 元"),
            ("每公里费用", f"{per_km:.2f} 元" if per_km is not None else "—")]


def sheet(services, plate: str, month: str):
    """The :class:`crdesk.pdf.vehicle_log.VehicleLogSheet` of one vehicle and month."""
    from crdesk.pdf.vehicle_log import VehicleLogSheet

    first, last = month_range(month)
    vehicle = services.fleet.vehicle_by_plate(plate)
    flt = LogFilter(vehicle_id=vehicle.id, date_from=first, date_to=last)
    trips = _all(services.fleet_logs.trips, flt)
    fills = services.fleet_logs.fuel_with_consumption(vehicle.id, first, last)
    entries = _all(services.fleet_maintenance.page, flt)
    start_km, end_km = fleet_readings.month_readings(vehicle.id, first, last)
    drivers = list(dict.fromkeys([t.driver_name for t in trips] + [f.driver_name for f in fills if f.driver_name]))
    return VehicleLogSheet(
        number=f"{vehicle.plate}-{first:%Y-%m}", vehicle=_vehicle_fields(vehicle, first, last, start_km, end_km),
        trips=_trip_rows(trips), fuel=_fuel_rows(fills), maintenance=_maintenance_rows(entries),
        totals=_totals(services, vehicle.id, first, last, trips, fills), drivers="、".join(drivers),
        printed_on=services.ctx.today().isoformat(), author=services.actor.display_name)


def vehicle_log(services, plate: str, month: str) -> bytes:
    from crdesk.pdf.document import Company
    from crdesk.pdf.vehicle_log import render

    return render(sheet(services, plate, month), Company.from_settings(services.settings.all()))
