"""Trips from delivery runs (配送车次): a dispatched or completed run the driver has not logged yet fills a
new trip — vehicle, driver, date, departure and return times, the stops as the route. The driver then
adds the odometer readings and the pre-trip checklist and saves it through ``FleetLogService.save_trip``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from crdesk.db.models.catalog import Vehicle
from crdesk.db.models.deliveries import DeliveryOrder, DeliveryRun
from crdesk.db.models.fleet import TripLog
from crdesk.services import permissions as P
from crdesk.services import records
from crdesk.services.context import Context
from crdesk.services.fleet import own_driver
from crdesk.services.fleet_logs import TripData

LOOK_BACK_DAYS = 14
ROUTE_MAX = 255


@dataclass(frozen=True)
class RunChoice:
    id: int
    number: str
    run_date: dt.date
    plate: str
    status: str


def _route(run: DeliveryRun) -> str:
    stops = (DeliveryOrder.select(DeliveryOrder.address).where(DeliveryOrder.run == run.id)
             .order_by(DeliveryOrder.stop_seq, DeliveryOrder.id).limit(30))
    route = "公司—" + "—".join(s.address for s in stops) + "—公司" if stops else ""
    return route if len(route) <= ROUTE_MAX else route[:ROUTE_MAX - 1] + "…"


class RunTrips:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def unlogged_runs(self) -> list[RunChoice]:
        """Recent dispatched / completed runs without a trip: the user's own as a driver, all for FLEET_EDIT."""
        self.ctx.require(P.FLEET_READ)
        since = self.ctx.today() - dt.timedelta(days=LOOK_BACK_DAYS)
        logged = TripLog.select(TripLog.delivery_run_id).where(TripLog.delivery_run_id.is_null(False))
        query = (DeliveryRun.select(DeliveryRun, Vehicle).join(Vehicle)
                 .where((DeliveryRun.status.in_(("dispatched", "completed"))) & (DeliveryRun.run_date >= since)
                        & (DeliveryRun.id.not_in(logged))))
        if not self.ctx.actor.can(P.FLEET_EDIT):
            mine = own_driver(self.ctx)
            query = query.where(DeliveryRun.driver == (mine.id if mine else 0))
        query = query.order_by(DeliveryRun.run_date.desc(), DeliveryRun.id.desc()).limit(100)
        return [RunChoice(r.id, r.number, r.run_date, r.vehicle.plate, r.status) for r in query]

    def trip_for_run(self, run_id: int) -> TripData:
        """A new trip filled from the run; the odometer starts at the vehicle's current reading."""
        self.ctx.require(P.FLEET_READ)
        run = records.get(DeliveryRun, run_id)
        vehicle = records.get(Vehicle, run.vehicle_id)
        return TripData(
            vehicle_id=run.vehicle_id, driver_id=run.driver_id, trip_date=run.run_date,
            start_odometer=vehicle.odometer_km, end_odometer=vehicle.odometer_km, route=_route(run),
            purpose=f"配送车次 {run.number}", delivery_run_id=run.id, departed_at=run.dispatched_at,
            returned_at=run.completed_at, plate=vehicle.plate)
