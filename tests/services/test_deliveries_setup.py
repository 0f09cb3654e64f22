"""Shared test data for the delivery tests: a client, products, a vehicle, a driver, orders, runs."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from crdesk.db.models.catalog import Driver, Product, Vehicle
from crdesk.services.clients import ClientData, ContactData
from crdesk.services.deliveries import LineData, OrderData
from crdesk.services.runs import RunData


@dataclass
class World:
    client_id: int
    water: int  # 13.5 kg a case
    oil: int  # 20 kg a case
    vehicle: int  # capacity 1000 kg
    driver: int
    day: dt.date


def far(day: dt.date) -> dt.date:
    return day + dt.timedelta(days=400)


def make_vehicle(plate: str, day: dt.date, capacity=1000, **overrides) -> int:
    values = dict(plate=plate, capacity_kg=capacity, insurance_expiry=far(day), inspection_due=far(day))
    values.update(overrides)
    return Vehicle.create(**values).id


def make_driver(name: str, day: dt.date, **overrides) -> int:
    values = dict(name=name, licence_expiry=far(day), phone="13900001111")
    values.update(overrides)
    return Driver.create(**values).id


def make_world(services) -> World:
    day = services.ctx.today()
    client = services.clients.save(ClientData(
        name="上海华联超市", region="华东", address="上海市人民路1号", phone="021-62345678",
        contacts=[ContactData("王海", phone="13812345678", is_primary=True)]))
    water = Product.create(code="CP01", name="纯净水", specification="550ml×24", unit="箱",
                           unit_weight_kg=Decimal("13.5"), unit_price=Decimal("24")).id
    oil = Product.create(code="CP02", name="花生油", specification="5L×4", unit="箱",
                         unit_weight_kg=Decimal("20"), unit_price=Decimal("180")).id
    return World(client.id, water, oil, make_vehicle("沪A10001", day), make_driver("赵师傅", day), day)


def order(services, world: World, quantity=10, product=None, client_id=None, **extra):
    data = OrderData(client_id=client_id or world.client_id, requested_date=world.day,
                     lines=[LineData(product or world.water, Decimal(quantity))], **extra)
    return services.deliveries.save(data)


def run(services, world: World, vehicle=None, driver=None, departs=dt.time(8), returns=dt.time(12),
        override_reason=""):
    data = RunData(run_date=world.day, vehicle_id=vehicle or world.vehicle, driver_id=driver or world.driver,
                   departs_at=departs, returns_at=returns)
    return services.runs.save(data, override_reason).run


def dispatched_run(services, world: World, quantities=(10,)):
    """A run with one order per quantity, assigned and dispatched; returns (run, orders)."""
    orders = [order(services, world, q) for q in quantities]
    planned = run(services, world)
    planned = services.runs.assign(planned.id, planned.version, [o.id for o in orders]).run
    out = services.runs.dispatch(planned.id, planned.version).run
    return out, [services.deliveries.get(o.id) for o in orders]
