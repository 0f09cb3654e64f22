"""A delivery run fills a trip: vehicle, driver, date, departure and return, the stops as the route."""
import datetime as dt

from crdesk.db.models.clients import Client
from crdesk.db.models.deliveries import DeliveryOrder, DeliveryRun
from tests.services.fleet_support import TODAY, make_fleet

LEFT = dt.datetime.combine(TODAY, dt.time(8, 5))


def _run(fleet, driver, number="CC202600001", status="dispatched"):
    run = DeliveryRun.create(number=number, run_date=TODAY, vehicle=fleet.vehicle.id, driver=driver.id,
                             departs_at="08:00", returns_at="12:00", status=status, dispatched_at=LEFT,
                             completed_at=LEFT + dt.timedelta(hours=4) if status == "completed" else None)
    client = Client.create(code=f"KH{run.id:06d}", name="上海华联超市")
    for seq, address in enumerate(["浦东新区张杨路1号", "静安区南京西路2号"], start=1):
        DeliveryOrder.create(number=f"SH{number[2:]}{seq}", client=client, address=address, requested_date=TODAY,
                             run=run, stop_seq=seq, status="out")
    return run


def test_a_driver_logs_a_trip_from_own_dispatched_run(make_services):
    fleet = make_fleet(make_services)
    mine = _run(fleet, fleet.me, status="completed")
    _run(fleet, fleet.them, "CC202600002")
    _run(fleet, fleet.me, "CC202600003", status="planned")
    runs = fleet.driver.fleet_runs.unlogged_runs()
    assert [r.number for r in runs] == ["CC202600001"]
    assert {r.number for r in fleet.manager.fleet_runs.unlogged_runs()} == {"CC202600001", "CC202600002"}
    data = fleet.driver.fleet_runs.trip_for_run(mine.id)
    assert (data.vehicle_id, data.driver_id, data.trip_date, data.start_odometer) == (
        fleet.vehicle.id, fleet.me.id, TODAY, 40000)
    assert data.route == "公司—浦东新区张杨路1号—静安区南京西路2号—公司"
    assert (data.departed_at, data.returned_at, data.purpose) == (LEFT, LEFT + dt.timedelta(hours=4),
                                                                  "配送车次 CC202600001")
    data.end_odometer, data.checked = 40085, ("tyres", "lights", "brakes", "fluids", "papers")
    saved = fleet.driver.fleet_logs.save_trip(data)
    assert saved.delivery_run_id == mine.id and saved.km == 85
    assert fleet.driver.fleet_runs.unlogged_runs() == []
