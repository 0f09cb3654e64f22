"""The scheduling board (排车看板): runs per vehicle for a day or a week, with the unassigned orders beside
them. One call gathers everything the board shows (a few queries), so the GUI asks once per refresh."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal


from crdesk.db.models.catalog import Driver, Vehicle
from crdesk.db.models.clients import Client
from crdesk.db.models.deliveries import DeliveryOrder, DeliveryRun
from crdesk.services import permissions as P
from crdesk.services.context import Context
from crdesk.services.delivery_rules import clock, window_text

UNASSIGNED_LIMIT = 500


@dataclass(frozen=True)
class StopCard:
    order_id: int
    number: str
    version: int
    client_name: str
    region: str
    address: str
    requested_date: dt.date
    window: str
    weight_kg: Decimal
    status: str
    stop_seq: int


@dataclass(frozen=True)
class RunCard:
    id: int
    number: str
    version: int
    run_date: dt.date
    vehicle_id: int
    driver_id: int
    driver_name: str
    departs_at: dt.time
    returns_at: dt.time
    status: str
    load_kg: Decimal
    capacity_kg: Decimal
    stops: list[StopCard]


@dataclass(frozen=True)
class VehicleLane:
    vehicle_id: int
    plate: str
    status: str
    capacity_kg: Decimal
    runs: list[RunCard]


@dataclass(frozen=True)
class Board:
    first_day: dt.date
    days: int
    lanes: list[VehicleLane]
    unassigned: list[StopCard]
    drivers: list[tuple[int, str]]


def _card(order: DeliveryOrder) -> StopCard:
    window = window_text(order.window_start, order.window_end)
    return StopCard(order.id, order.number, order.version, order.client.name, order.client.region, order.address,
                    order.requested_date, window, order.weight_kg, order.status, order.stop_seq)


class ScheduleService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def board(self, first_day: dt.date, days: int = 1) -> Board:
        """Runs from ``first_day`` for ``days`` days (1: day view, 7: week view), lanes per vehicle."""
        self.ctx.require(P.DELIVERIES_READ)
        last_day = first_day + dt.timedelta(days=days - 1)
        runs = list(DeliveryRun.select(DeliveryRun, Driver).join(Driver)
                    .where(DeliveryRun.run_date.between(first_day, last_day))
                    .order_by(DeliveryRun.run_date, DeliveryRun.departs_at, DeliveryRun.id))
        stops: dict[int, list[StopCard]] = {run.id: [] for run in runs}
        if runs:
            query = (DeliveryOrder.select(DeliveryOrder, Client).join(Client)
                     .where(DeliveryOrder.run.in_(list(stops))).order_by(DeliveryOrder.stop_seq, DeliveryOrder.id))
            for order in query:
                stops[order.run_id].append(_card(order))
        vehicles = list(Vehicle.select().where((Vehicle.status != "retired") | Vehicle.id.in_(
            [r.vehicle_id for r in runs])).order_by(Vehicle.plate))
        lanes = []
        for vehicle in vehicles:
            cards = [RunCard(r.id, r.number, r.version, r.run_date, r.vehicle_id, r.driver_id, r.driver.name,
                             clock(r.departs_at), clock(r.returns_at), r.status, r.load_kg, vehicle.capacity_kg,
                             stops[r.id])
                     for r in runs if r.vehicle_id == vehicle.id]
            lanes.append(VehicleLane(vehicle.id, vehicle.plate, vehicle.status, vehicle.capacity_kg, cards))
        return Board(first_day, days, lanes, self.unassigned(last_day), self._drivers())

    def unassigned(self, until: dt.date, limit: int = UNASSIGNED_LIMIT) -> list[StopCard]:
        """Pending orders requested on or before ``until`` (overdue ones first)."""
        self.ctx.require(P.DELIVERIES_READ)
        query = (DeliveryOrder.select(DeliveryOrder, Client).join(Client)
                 .where((DeliveryOrder.status == "pending") & (DeliveryOrder.requested_date <= until))
                 .order_by(DeliveryOrder.requested_date, Client.region, DeliveryOrder.id).limit(limit))
        return [_card(order) for order in query]

    def _drivers(self) -> list[tuple[int, str]]:
        query = Driver.select(Driver.id, Driver.name).where(Driver.active == True).order_by(Driver.name)  # noqa: E712
        return [(d.id, d.name) for d in query]


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


__all__ = ["Board", "RunCard", "ScheduleService", "StopCard", "VehicleLane", "week_start"]
