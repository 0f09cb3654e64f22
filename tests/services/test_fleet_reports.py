import datetime as dt
from decimal import Decimal

import pytest

from crdesk.services.context import Actor
from crdesk.services.errors import PermissionDenied
from crdesk.services.fleet import DriverData
from crdesk.services.fleet_maintenance import MaintenanceData
from tests.services.fleet_support import TODAY, fuel, make_fleet, trip


@pytest.fixture
def fleet(make_services):
    return make_fleet(make_services)


def _edit_vehicle(fleet, **values):
    data = fleet.manager.fleet.vehicle(fleet.vehicle.id)
    for name, value in values.items():
        setattr(data, name, value)
    return fleet.manager.fleet.save_vehicle(data)


def _items(fleet):
    return [(i.kind, i.subject, i.days_left, i.level) for i in fleet.manager.fleet_reports.compliance()]


def test_nothing_due_gives_an_empty_compliance_list(fleet):
    assert _items(fleet) == [] and fleet.manager.fleet_reports.compliance_count() == 0


def test_compliance_list_ranks_items_by_30_7_0_days_and_overdue(fleet):
    _edit_vehicle(fleet, inspection_due=TODAY + dt.timedelta(days=6), insurance_expiry=TODAY + dt.timedelta(days=30))
    driver = fleet.manager.fleet.driver(fleet.them.id)
    driver.licence_expiry = TODAY - dt.timedelta(days=2)
    fleet.manager.fleet.save_driver(driver)
    fleet.manager.fleet.save_driver(DriverData("孙立", licence_expiry=TODAY))
    fleet.manager.fleet.save_driver(DriverData("周勇", licence_expiry=TODAY + dt.timedelta(days=31)))
    assert _items(fleet) == [
        ("licence", "钱志强", -2, -1), ("licence", "孙立", 0, 0),
        ("inspection", "沪A·12345", 6, 7), ("insurance", "沪A·12345", 30, 30)]
    assert fleet.driver.fleet_reports.compliance_count() == 4


def test_reminder_days_come_from_the_settings(fleet):
    _edit_vehicle(fleet, inspection_due=TODAY + dt.timedelta(days=45))
    assert _items(fleet) == []
    fleet.manager.settings.set("fleet_reminder_days", [60, 14, 0])
    assert _items(fleet) == [("inspection", "沪A·12345", 45, 60)]


def test_a_service_appears_by_km_before_its_date(fleet):
    fleet.manager.fleet_logs.save_trip(trip(fleet, fleet.me, 40000, 49400))
    assert _items(fleet) == []
    fleet.manager.fleet_logs.save_trip(trip(fleet, fleet.me, 49400, 49500))  # 500 km left: warn
    item = fleet.manager.fleet_reports.compliance()[0]
    assert (item.kind, item.due_km, item.remaining_km, item.level) == ("service", 50000, 500, 7)
    fleet.manager.fleet_logs.save_trip(trip(fleet, fleet.me, 49500, 50010))
    assert fleet.manager.fleet_reports.compliance()[0].level == -1


def test_retired_vehicles_and_inactive_drivers_are_left_out(fleet):
    _edit_vehicle(fleet, inspection_due=TODAY, status="retired")
    driver = fleet.manager.fleet.driver(fleet.me.id)
    driver.licence_expiry, driver.active = TODAY, False
    fleet.manager.fleet.save_driver(driver)
    assert _items(fleet) == []


def _month_of_logs(fleet):
    logs, care = fleet.manager.fleet_logs, fleet.manager.fleet_maintenance
    feb, mar = dt.date(2026, 2, 10), dt.date(2026, 3, 2)
    logs.save_trip(trip(fleet, fleet.me, 40000, 40300, feb))
    logs.save_trip(trip(fleet, fleet.them, 40300, 40500, feb + dt.timedelta(days=1)))
    logs.save_fuel(fuel(fleet, 40500, "40", feb + dt.timedelta(days=1)))  # 312.00
    care.save(MaintenanceData(fleet.vehicle.id, feb + dt.timedelta(days=2), "repair", cost=Decimal("188.00")))
    logs.save_trip(trip(fleet, fleet.me, 40500, 40900, mar))
    logs.save_fuel(fuel(fleet, 40900, "30", mar))  # 234.00


def test_cost_per_km_and_per_month_for_each_vehicle(fleet):
    _month_of_logs(fleet)
    reports = fleet.manager.fleet_reports
    rows = reports.vehicle_costs(dt.date(2026, 1, 1), TODAY, by_month=True)
    assert [(r.month, r.km, r.litres, r.fuel_cost, r.maintenance_cost, r.total, r.cost_per_km) for r in rows] == [
        ("2026-02", 500, Decimal("40"), Decimal("312"), Decimal("188"), Decimal("500"), Decimal("1.00")),
        ("2026-03", 400, Decimal("30"), Decimal("234"), Decimal("0"), Decimal("234"), Decimal("0.59"))]
    (whole,) = reports.vehicle_costs(dt.date(2026, 1, 1), TODAY)
    assert (whole.plate, whole.month, whole.km, whole.total, whole.cost_per_km) == (
        "沪A·12345", "", 900, Decimal("734"), Decimal("0.82"))
    assert reports.vehicle_costs(dt.date(2025, 1, 1), dt.date(2025, 12, 31)) == []


def test_km_per_driver(fleet):
    _month_of_logs(fleet)
    rows = fleet.manager.fleet_reports.km_per_driver(dt.date(2026, 2, 1), TODAY)
    assert [(r.name, r.trips, r.km) for r in rows] == [("赵建国", 2, 700), ("钱志强", 1, 200)]
    rows = fleet.manager.fleet_reports.km_per_driver(dt.date(2026, 3, 1), TODAY)
    assert [(r.name, r.trips, r.km) for r in rows] == [("赵建国", 1, 400)]


def test_reports_need_fleet_read(fleet):
    outsider = fleet.manager.as_actor(Actor(None, "guest", "访客", "guest"))  # a role without FLEET_READ
    for report in (lambda r: r.compliance(), lambda r: r.km_per_driver(TODAY, TODAY),
                   lambda r: r.vehicle_costs(TODAY, TODAY)):
        with pytest.raises(PermissionDenied):
            report(outsider.fleet_reports)
