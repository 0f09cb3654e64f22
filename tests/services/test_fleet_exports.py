"""`crdesk export vehicles|drivers|trips|fuel|maintenance` and the demo fleet."""
import csv
import datetime as dt
import random
from decimal import Decimal

import pytest

from crdesk import cli
from crdesk.services.fleet_maintenance import MaintenanceData
from tests.services.fleet_support import TODAY, fuel, make_fleet, trip


def _read(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


@pytest.fixture
def fleet(sqlite_url):
    from tests.fixtures import _services_for

    fleet = make_fleet(_services_for)
    fleet.driver.fleet_logs.save_trip(trip(fleet, fleet.me, 40000, 40180, route="=HYPERLINK(\"x\")"))
    fleet.driver.fleet_logs.save_fuel(fuel(fleet, 40180, "52.5"))
    fleet.manager.fleet_maintenance.save(MaintenanceData(fleet.vehicle.id, TODAY, "inspection", 40180,
                                                         Decimal("300"), "车管所", valid_until=dt.date(2027, 3, 31)))
    return fleet


@pytest.mark.parametrize("kind,header,row", [
    ("vehicles", "车牌号", ["沪A·12345", "江铃顺达", "厢式货车", "柴油"]),
    ("drivers", "姓名", ["赵建国", "driver1"]),
    ("trips", "日期", ["2026-03-10", "沪A·12345", "赵建国", "40000", "40180", "180", "'=HYPERLINK(\"x\")"]),
    ("fuel", "日期", ["2026-03-10", "沪A·12345", "赵建国", "40180", "52.5", "409.5", "中石化曹杨站", "是"]),
    ("maintenance", "日期", ["2026-03-10", "沪A·12345", "年检", "40180", "300.0", "车管所", "", "2027-03-31"]),
])
def test_each_fleet_list_exports(fleet, sqlite_url, tmp_path, kind, header, row):
    out = tmp_path / f"{kind}.csv"
    assert cli.run(["--db", sqlite_url, "export", kind, "-o", str(out)]) == 0
    rows = _read(out)
    assert rows[0][0] == header
    assert rows[1][:len(row)] == row


def test_demo_fleet_has_consistent_odometers_and_something_due(sqlite_url):
    from crdesk.demo import fleet as demo_fleet
    from crdesk.services.fleet_logs import LogFilter
    from tests.fixtures import _services_for
    from tests.services.fleet_support import on_day

    manager = on_day(_services_for("manager"))
    driver_user = _services_for("driver")
    demo_fleet.generate(manager, 1, random.Random(7), lambda *a: None)
    vehicles = manager.fleet.vehicles()
    assert len(vehicles) == 4
    assert driver_user.actor.username in {d.username for d in manager.fleet.drivers()}  # linked to the driver user
    for vehicle in vehicles:
        trips = manager.fleet_logs.trips(LogFilter(vehicle_id=vehicle.id), limit=1000).rows[::-1]
        assert len(trips) > 100
        assert all(a.end_odometer <= b.start_odometer for a, b in zip(trips, trips[1:]))
        assert vehicle.odometer_km == trips[-1].end_odometer
    kinds = {(i.kind, i.subject) for i in manager.fleet_reports.compliance()}
    assert ("inspection", "沪B·57239") in kinds and ("insurance", "沪A·6K392") in kinds
