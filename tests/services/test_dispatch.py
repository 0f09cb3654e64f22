import datetime as dt

import pytest

from crdesk.db.models.catalog import Driver, Vehicle
from crdesk.db.models.core import AuditLog
from crdesk.db.models.fleet import MaintenanceLog
from crdesk.services import dispatch
from crdesk.services.errors import PermissionDenied, ValidationError

DAY = dt.date(2026, 3, 10)


@pytest.fixture
def fleet(db):
    """A vehicle and a driver with every paper valid and a service done 1,000 km and a month ago."""
    vehicle = Vehicle.create(plate="沪A·12345", insurance_expiry=dt.date(2026, 12, 31),
                             inspection_due=dt.date(2026, 9, 30), service_interval_km=10000,
                             service_interval_months=6, odometer_start_km=40000, odometer_km=41000)
    MaintenanceLog.create(vehicle=vehicle, service_date=dt.date(2026, 2, 10), kind="service", odometer=40000)
    driver = Driver.create(name="赵师傅", licence_expiry=dt.date(2030, 1, 1))
    return vehicle, driver


def _codes(ctx, vehicle, driver, day=DAY):
    return [(p.code, p.blocking) for p in dispatch.check_dispatch(ctx, vehicle.id, driver.id, day)]


def _set(row, **values):
    type(row).update(**values).where(type(row).id == row.id).execute()


def test_valid_vehicle_and_driver_pass(manager, fleet):
    assert _codes(manager.ctx, *fleet) == []


@pytest.mark.parametrize("target,values,code", [
    ("vehicle", {"status": "maintenance"}, "vehicle_in_maintenance"),
    ("vehicle", {"status": "retired"}, "vehicle_retired"),
    ("vehicle", {"insurance_expiry": DAY - dt.timedelta(days=1)}, "insurance_expired"),
    ("vehicle", {"inspection_due": DAY - dt.timedelta(days=1)}, "inspection_expired"),
    ("vehicle", {"odometer_km": 40000 + 10000 + 1000 + 1}, "service_overdue"),  # 1 km past the margin
    ("driver", {"licence_expiry": DAY - dt.timedelta(days=1)}, "licence_expired"),
    ("driver", {"active": False}, "driver_inactive"),
])
def test_each_expired_case_blocks_the_dispatch(manager, fleet, target, values, code):
    vehicle, driver = fleet
    _set(vehicle if target == "vehicle" else driver, **values)
    problems = dispatch.check_dispatch(manager.ctx, vehicle.id, driver.id, DAY)
    assert [(p.code, p.blocking) for p in dispatch.blocking(problems)] == [(code, True)]


def test_service_overdue_by_date_beyond_the_margin_blocks(manager, fleet):
    vehicle, driver = fleet
    due = dt.date(2026, 8, 10)  # 2026-02-10 + 6 months
    assert _codes(manager.ctx, vehicle, driver, due - dt.timedelta(days=1)) == []
    assert _codes(manager.ctx, vehicle, driver, due) == [("service_due", False)]
    assert _codes(manager.ctx, vehicle, driver, due + dt.timedelta(days=14)) == [("service_due", False)]
    assert _codes(manager.ctx, vehicle, driver, due + dt.timedelta(days=15)) == [("service_overdue", True)]


def test_service_exactly_at_the_km_margin_is_only_a_warning(manager, fleet):
    vehicle, driver = fleet
    _set(vehicle, odometer_km=50000 + 1000)
    assert _codes(manager.ctx, vehicle, driver) == [("service_due", False)]
    _set(vehicle, odometer_km=50000 - 1)
    assert _codes(manager.ctx, vehicle, driver) == []


def test_papers_are_valid_through_their_last_day_and_warn_a_week_ahead(manager, fleet):
    vehicle, driver = fleet
    _set(vehicle, insurance_expiry=DAY)
    _set(driver, licence_expiry=DAY + dt.timedelta(days=7))
    problems = dispatch.check_dispatch(manager.ctx, vehicle.id, driver.id, DAY)
    assert [(p.code, p.blocking, p.params["days"]) for p in problems] == [
        ("insurance_expiring", False, 0), ("licence_expiring", False, 7)]


def test_missing_dates_are_warnings_not_refusals(manager, fleet):
    vehicle, driver = fleet
    _set(vehicle, insurance_expiry=None, inspection_due=None)
    assert _codes(manager.ctx, vehicle, driver) == [("insurance_unknown", False), ("inspection_unknown", False)]


def test_override_needs_the_permission(make_services, fleet):
    vehicle, driver = fleet
    _set(vehicle, inspection_due=DAY - dt.timedelta(days=3))
    for role in ("clerk", "driver", "reception"):
        with pytest.raises(PermissionDenied):
            dispatch.override(make_services(role).ctx, vehicle.id, driver.id, DAY, "急单")
    assert not AuditLog.select().where(AuditLog.action == "dispatch_override").exists()


def test_override_needs_a_reason_and_is_audited(manager, fleet):
    vehicle, driver = fleet
    _set(vehicle, inspection_due=DAY - dt.timedelta(days=3))
    _set(driver, licence_expiry=DAY - dt.timedelta(days=1))
    with pytest.raises(ValidationError) as caught:
        dispatch.override(manager.ctx, vehicle.id, driver.id, DAY, "  ")
    assert (caught.value.field, caught.value.code) == ("reason", "required")
    overridden = dispatch.override(manager.ctx, vehicle.id, driver.id, DAY, "年检预约在明天，客户急单")
    assert [p.code for p in overridden] == ["inspection_expired", "licence_expired"]
    row = AuditLog.get(AuditLog.action == "dispatch_override")
    assert (row.username, row.table_name, row.record_id) == ("manager1", "vehicle", vehicle.id)
    assert row.reason == "年检预约在明天，客户急单"
    assert '"inspection_expired"' in row.changes and "2026-03-10" in row.changes
