import datetime as dt
from decimal import Decimal

import pytest

from crdesk.services.errors import ConflictError, PermissionDenied, ValidationError
from crdesk.services.fleet import DriverData, VehicleData
from crdesk.services.fleet_plates import normalize
from tests.services.fleet_support import make_fleet


@pytest.mark.parametrize("typed,stored", [
    ("沪A·12345", "沪A·12345"), ("沪A12345", "沪A·12345"), ("沪a 12345", "沪A·12345"),
    ("粤B·D12345", "粤B·D12345"), ("粤BD12345", "粤B·D12345"), ("粤B12345F", "粤B·12345F"),
    ("京Ａ１２３４５", "京A·12345"), ("苏E-1234学", "苏E·1234学"),
])
def test_plates_are_accepted_with_or_without_the_dot_and_stored_normalized(typed, stored):
    assert normalize(typed) == stored


@pytest.mark.parametrize("typed", ["沪A1234", "沪A123456", "AB12345", "沪I12345", "沪AO1234", "粤B·DI2345", "沪A·D123456", ""])
def test_malformed_plates_are_refused(typed):
    assert normalize(typed) is None


def test_vehicle_plate_is_validated_normalized_and_unique(make_services):
    fleet = make_fleet(make_services)
    assert fleet.vehicle.plate == "沪A·12345" and fleet.vehicle.odometer_km == 40000
    with pytest.raises(ValidationError) as caught:
        fleet.manager.fleet.save_vehicle(VehicleData(plate="沪A 12345"))
    assert (caught.value.field, caught.value.code) == ("plate", "duplicate_plate")
    with pytest.raises(ValidationError) as caught:
        fleet.manager.fleet.save_vehicle(VehicleData(plate="沪A1234", capacity_kg=Decimal(-1), status="broken"))
    assert [(f, c) for f, c, _ in caught.value.errors] == [
        ("plate", "invalid_plate"), ("status", "invalid_choice"), ("capacity_kg", "not_negative")]
    assert fleet.manager.fleet.vehicle_by_plate("沪a12345").id == fleet.vehicle.id


def test_vehicle_update_is_versioned_and_audited(make_services):
    fleet = make_fleet(make_services)
    mine = fleet.manager.fleet.vehicle(fleet.vehicle.id)
    mine.status = "maintenance"
    saved = fleet.manager.fleet.save_vehicle(mine)
    assert (saved.status, saved.version) == ("maintenance", 2)
    mine.note = "旧版本"
    with pytest.raises(ConflictError):
        fleet.manager.fleet.save_vehicle(mine)
    entries = fleet.manager.audit.search(table="vehicle", record_id=fleet.vehicle.id)
    assert entries[0].changes == {"status": ["in_service", "maintenance"]}


def test_new_vehicle_service_falls_due_by_its_interval(make_services):
    fleet = make_fleet(make_services)
    assert fleet.vehicle.service.due_km == 50000
    assert fleet.vehicle.service.due_date == dt.date(2026, 9, 10)


@pytest.mark.parametrize("role", ["driver", "clerk", "reception"])
def test_only_fleet_editors_change_vehicles_and_drivers(make_services, role):
    make_fleet(make_services)
    services = make_services(role, f"{role}9")
    with pytest.raises(PermissionDenied):
        services.fleet.save_vehicle(VehicleData(plate="粤B·D12345"))
    with pytest.raises(PermissionDenied):
        services.fleet.save_driver(DriverData("孙师傅"))
    assert [v.plate for v in services.fleet.vehicles()] == ["沪A·12345"]


def test_a_driver_profile_links_only_to_a_free_driver_user(make_services):
    fleet = make_fleet(make_services)
    clerk = make_services("clerk")
    with pytest.raises(ValidationError) as caught:
        fleet.manager.fleet.save_driver(DriverData("孙师傅", user_id=clerk.actor.user_id))
    assert caught.value.code == "driver_user_not_driver"
    with pytest.raises(ValidationError) as caught:
        fleet.manager.fleet.save_driver(DriverData("孙师傅", user_id=fleet.driver.actor.user_id))
    assert caught.value.code == "driver_user_taken"
    assert fleet.driver.fleet.my_driver().name == "赵建国"
    assert fleet.manager.fleet.my_driver() is None
    assert [u[1] for u in fleet.manager.fleet.driver_users()] == ["driver1", "driver2"]


def test_driver_fields_are_validated(make_services):
    fleet = make_fleet(make_services)
    with pytest.raises(ValidationError) as caught:
        fleet.manager.fleet.save_driver(DriverData(" ", licence_class="Z9", phone="123"))
    assert [(f, c) for f, c, _ in caught.value.errors] == [
        ("name", "required"), ("licence_class", "invalid_choice"), ("phone", "invalid_phone")]
    saved = fleet.manager.fleet.save_driver(DriverData("孙立", licence_class="c1", licence_no="310101199001011234"))
    assert saved.licence_class == "C1" and saved.licence_no == "310101199001011234"
    assert {d.name for d in fleet.manager.fleet.drivers()} == {"赵建国", "钱志强", "孙立"}
