import datetime as dt
from decimal import Decimal

import pytest

from crdesk.services.errors import PermissionDenied, ValidationError
from crdesk.services.fleet_logs import LogFilter
from crdesk.services.fleet_maintenance import MaintenanceData
from tests.services.fleet_support import TODAY, fuel, make_fleet, trip

YESTERDAY = TODAY - dt.timedelta(days=1)


@pytest.fixture
def fleet(make_services):
    return make_fleet(make_services)


def _refused(save, data):
    with pytest.raises(ValidationError) as caught:
        save(data)
    return caught.value.field, caught.value.code, caught.value.params


def test_a_trip_moves_the_vehicle_odometer(fleet):
    saved = fleet.driver.fleet_logs.save_trip(trip(fleet, fleet.me, 40000, 40120))
    assert (saved.km, saved.driver_name, saved.plate) == (120, "赵建国", "沪A·12345")
    assert fleet.manager.fleet.vehicle(fleet.vehicle.id).odometer_km == 40120


def test_a_reading_below_the_last_one_is_refused_showing_the_last_value(fleet):
    logs = fleet.driver.fleet_logs
    logs.save_trip(trip(fleet, fleet.me, 40000, 40120, YESTERDAY))
    assert _refused(logs.save_trip, trip(fleet, fleet.me, 40119, 40200)) == (
        "start_odometer", "odometer_below_last", {"last": 40120})
    assert _refused(logs.save_fuel, fuel(fleet, 40100, "40")) == ("odometer", "odometer_below_last", {"last": 40120})
    assert logs.save_trip(trip(fleet, fleet.me, 40120, 40200)).start_odometer == 40120  # equal is fine


def test_same_day_trips_follow_each_other_and_a_fill_may_lie_inside_a_trip(fleet):
    logs = fleet.driver.fleet_logs
    logs.save_fuel(fuel(fleet, 40050, "30"))
    logs.save_trip(trip(fleet, fleet.me, 40000, 40120))  # the fill at 40,050 was made during this trip
    assert _refused(logs.save_trip, trip(fleet, fleet.me, 40100, 40300))[1:] == ("odometer_below_last", {"last": 40120})


def test_a_backdated_reading_may_not_exceed_a_later_days_reading(fleet):
    logs = fleet.driver.fleet_logs
    logs.save_trip(trip(fleet, fleet.me, 40200, 40300))
    assert _refused(logs.save_trip, trip(fleet, fleet.me, 40000, 40250, YESTERDAY)) == (
        "end_odometer", "odometer_above_later", {"next": 40200})
    assert logs.save_trip(trip(fleet, fleet.me, 40000, 40200, YESTERDAY)).km == 200


def test_end_before_start_and_below_the_registration_reading_are_refused(fleet):
    logs = fleet.driver.fleet_logs
    assert _refused(logs.save_trip, trip(fleet, fleet.me, 39999, 40100))[2] == {"last": 40000}
    assert _refused(logs.save_trip, trip(fleet, fleet.me, 40100, 40050))[:2] == ("end_odometer",
                                                                                 "odometer_end_before_start")


def test_editing_a_trip_is_checked_without_its_own_old_reading(fleet):
    logs = fleet.driver.fleet_logs
    saved = logs.save_trip(trip(fleet, fleet.me, 40000, 40500))
    saved.end_odometer = 40150
    assert logs.save_trip(saved).km == 150
    assert fleet.manager.fleet.vehicle(fleet.vehicle.id).odometer_km == 40150


def test_the_checklist_needs_every_item_or_a_defect_note(fleet):
    data = trip(fleet, fleet.me, 40000, 40100, checked=("tyres", "lights", "brakes", "papers"))
    assert _refused(fleet.driver.fleet_logs.save_trip, data)[:2] == ("defects", "defects_required")
    data.defects = "玻璃水不足，已加注"
    saved = fleet.driver.fleet_logs.save_trip(data)
    assert saved.checked == ("tyres", "lights", "brakes", "papers") and saved.defects == "玻璃水不足，已加注"


def test_future_dates_are_refused(fleet):
    tomorrow = TODAY + dt.timedelta(days=1)
    assert _refused(fleet.driver.fleet_logs.save_trip, trip(fleet, fleet.me, 40000, 40100, tomorrow))[:2] == (
        "trip_date", "future_date")


def test_a_driver_logs_own_trips_and_fuel_without_naming_themselves(fleet):
    saved = fleet.driver.fleet_logs.save_trip(trip(fleet, None, 40000, 40100))
    filled = fleet.driver.fleet_logs.save_fuel(fuel(fleet, 40100, "35.5"))
    assert saved.driver_id == fleet.me.id and filled.driver_id == fleet.me.id


def test_a_driver_cannot_log_or_edit_another_drivers_entries(fleet):
    assert _refused(fleet.driver.fleet_logs.save_trip, trip(fleet, fleet.them, 40000, 40100))[:2] == (
        "driver", "not_own_entry")
    theirs = fleet.other.fleet_logs.save_trip(trip(fleet, fleet.them, 40000, 40100))
    theirs.route = "改一下"
    with pytest.raises(PermissionDenied):
        fleet.driver.fleet_logs.save_trip(theirs)
    their_fill = fleet.other.fleet_logs.save_fuel(fuel(fleet, 40100, "30"))
    their_fill.litres = Decimal("3")
    with pytest.raises(PermissionDenied):
        fleet.driver.fleet_logs.save_fuel(their_fill)
    assert fleet.manager.fleet_logs.trip(theirs.id).route == "公司—浦东仓库"
    theirs.route = "经理更正"
    assert fleet.manager.fleet_logs.save_trip(theirs).route == "经理更正"


def test_a_driver_cannot_reassign_own_entry_to_someone_else(fleet):
    mine = fleet.driver.fleet_logs.save_trip(trip(fleet, fleet.me, 40000, 40100))
    mine.driver_id = fleet.them.id
    assert _refused(fleet.driver.fleet_logs.save_trip, mine)[:2] == ("driver", "not_own_entry")


def test_a_user_without_a_driver_profile_cannot_log(make_services, fleet):
    clerk = make_services("clerk")
    assert _refused(clerk.fleet_logs.save_trip, trip(fleet, None, 40000, 40100))[:2] == ("driver", "no_driver_profile")
    with pytest.raises(PermissionDenied):
        make_services("reception").fleet_logs.save_fuel(fuel(fleet, 40100, "30"))


def test_drivers_cannot_write_maintenance(fleet):
    with pytest.raises(PermissionDenied):
        fleet.driver.fleet_maintenance.save(MaintenanceData(fleet.vehicle.id, TODAY, "repair", cost=Decimal(100)))


def test_a_service_resets_the_service_clock(fleet):
    fleet.driver.fleet_logs.save_trip(trip(fleet, fleet.me, 40000, 49000, YESTERDAY))
    assert fleet.manager.fleet.vehicle(fleet.vehicle.id).service.remaining_km == 1000
    with pytest.raises(ValidationError) as caught:
        fleet.manager.fleet_maintenance.save(MaintenanceData(fleet.vehicle.id, TODAY, "service"))
    assert (caught.value.field, caught.value.code) == ("odometer", "required")
    fleet.manager.fleet_maintenance.save(MaintenanceData(fleet.vehicle.id, TODAY, "service", odometer=49010,
                                                         cost=Decimal("680.00"), vendor="上汽大通4S店"))
    service = fleet.manager.fleet.vehicle(fleet.vehicle.id).service
    assert (service.due_km, service.due_date, service.remaining_km) == (59010, dt.date(2026, 9, 10), 10000)


def test_an_inspection_entry_renews_the_vehicles_date(fleet):
    fleet.manager.fleet_maintenance.save(MaintenanceData(fleet.vehicle.id, TODAY, "inspection",
                                                         cost=Decimal(300), valid_until=dt.date(2027, 9, 30)))
    assert fleet.manager.fleet.vehicle(fleet.vehicle.id).inspection_due == dt.date(2027, 9, 30)
    with pytest.raises(ValidationError) as caught:
        fleet.manager.fleet_maintenance.save(MaintenanceData(fleet.vehicle.id, TODAY, "insurance",
                                                             valid_until=YESTERDAY))
    assert caught.value.code == "valid_until_before_date"


def test_consumption_between_full_tanks_with_partial_fills_and_outliers(fleet):
    logs, start = fleet.driver.fleet_logs, TODAY - dt.timedelta(days=20)
    readings = [(40000, "50", True), (40500, "40", True), (40800, "10", False), (41000, "25", True),
                (41500, "41", True), (42000, "70", True)]
    for day, (odometer, litres, full) in enumerate(readings):
        logs.save_fuel(fuel(fleet, odometer, litres, start + dt.timedelta(days=day * 3), full_tank=full))
    rows = logs.fuel_with_consumption(fleet.vehicle.id, start + dt.timedelta(days=3), TODAY)
    assert [(r.odometer, r.l_per_100km, r.outlier) for r in rows] == [
        (40500, Decimal("8.00"), False), (40800, None, False), (41000, Decimal("7.00"), False),
        (41500, Decimal("8.20"), False), (42000, Decimal("14.00"), True)]


def test_trip_list_is_newest_first_and_filters_by_driver(fleet):
    logs = fleet.manager.fleet_logs
    for day, (driver, start) in enumerate([(fleet.me, 40000), (fleet.them, 40100), (fleet.me, 40200)]):
        logs.save_trip(trip(fleet, driver, start, start + 100, TODAY - dt.timedelta(days=5 - day)))
    page = logs.trips(LogFilter(driver_id=fleet.me.id), limit=1)
    assert [t.start_odometer for t in page.rows] == [40200]
    assert [t.start_odometer for t in logs.trips(LogFilter(driver_id=fleet.me.id), after=page.next_key).rows] == [40000]
