"""The plain data the delivery services take and return: orders with lines, runs, slips, their list rows
and filters, and the conversions from the database rows."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from crdesk.db.models.catalog import Product
from crdesk.db.models.deliveries import DeliveryLine, DeliveryOrder, DeliveryRun
from crdesk.services.delivery_rules import clock, line_weight
from crdesk.services.dispatch import DispatchProblem

SLIP_COPIES = ("stub", "client", "receipt")  # 存根联 / 客户联 / 回单联


@dataclass
class LineData:
    product_id: int | None
    quantity: Decimal
    unit: str = ""  # default: the product's unit
    unit_price: Decimal | None = None  # default: the product's price
    id: int | None = None
    product_code: str = ""
    product_name: str = ""
    specification: str = ""
    weight_kg: Decimal = Decimal(0)
    delivered_qty: Decimal | None = None
    difference_reason: str = ""


@dataclass
class OrderData:
    client_id: int | None
    requested_date: dt.date
    lines: list[LineData] = field(default_factory=list)
    address: str = ""  # default: the client's address
    contact_name: str = ""  # default: the client's primary contact
    contact_phone: str = ""
    window_start: dt.time | None = None
    window_end: dt.time | None = None
    notes: str = ""
    source: str = "manual"
    source_ref: str = ""
    id: int | None = None
    number: str = ""
    version: int = 0
    status: str = "pending"
    failure_reason: str = ""
    run_id: int | None = None
    run_number: str = ""
    stop_seq: int = 0
    attempt: int = 1
    weight_kg: Decimal = Decimal(0)
    client_code: str = ""
    client_name: str = ""
    region: str = ""
    updated_by: str = ""
    updated_at: dt.datetime | None = None


@dataclass(frozen=True)
class OrderRow:
    id: int
    number: str
    client_name: str
    address: str
    requested_date: dt.date
    status: str
    run_number: str
    weight_kg: Decimal
    version: int
    updated_at: dt.datetime


@dataclass(frozen=True)
class OrderFilter:
    text: str = ""
    status: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    client_id: int | None = None
    run_id: int | None = None
    unassigned: bool = False


def line_data(line: DeliveryLine) -> LineData:
    product = line.product
    return LineData(
        product_id=product.id, quantity=line.quantity, unit=line.unit, unit_price=line.unit_price, id=line.id,
        product_code=product.code, product_name=product.name, specification=product.specification,
        weight_kg=line_weight(product, line.quantity), delivered_qty=line.delivered_qty,
        difference_reason=line.difference_reason)


def order_data(order: DeliveryOrder) -> OrderData:
    lines = (DeliveryLine.select(DeliveryLine, Product).join(Product)
             .where(DeliveryLine.order == order.id).order_by(DeliveryLine.line_no))
    client = order.client
    return OrderData(
        client_id=order.client_id, requested_date=order.requested_date, lines=[line_data(x) for x in lines],
        address=order.address, contact_name=order.contact_name, contact_phone=order.contact_phone,
        window_start=clock(order.window_start), window_end=clock(order.window_end), notes=order.notes,
        source=order.source, source_ref=order.source_ref, id=order.id, number=order.number, version=order.version,
        status=order.status, failure_reason=order.failure_reason, run_id=order.run_id,
        run_number=order.run.number if order.run_id else "", stop_seq=order.stop_seq, attempt=order.attempt,
        weight_kg=order.weight_kg, client_code=client.code, client_name=client.name, region=client.region,
        updated_by=order.updated_by, updated_at=order.updated_at)


@dataclass
class RunData:
    run_date: dt.date
    vehicle_id: int | None
    driver_id: int | None
    departs_at: dt.time = dt.time(8, 0)
    returns_at: dt.time | None = None  # default: departure + the delivery_run_hours setting
    clerk_id: int | None = None
    notes: str = ""
    id: int | None = None
    number: str = ""
    version: int = 0
    status: str = "planned"
    plate: str = ""
    capacity_kg: Decimal = Decimal(0)
    driver_name: str = ""
    clerk_name: str = ""
    stop_count: int = 0
    load_kg: Decimal = Decimal(0)
    dispatched_at: dt.datetime | None = None
    completed_at: dt.datetime | None = None


@dataclass(frozen=True)
class RunFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    status: str = ""
    vehicle_id: int | None = None
    driver_id: int | None = None


@dataclass(frozen=True)
class Outcome:
    """The run after an action, with the warnings the checks raised (blocking ones only when overridden)."""
    run: RunData
    problems: list[DispatchProblem]


def run_data(run: DeliveryRun) -> RunData:
    return RunData(
        run_date=run.run_date, vehicle_id=run.vehicle_id, driver_id=run.driver_id,
        departs_at=clock(run.departs_at), returns_at=clock(run.returns_at), clerk_id=run.clerk_id,
        notes=run.notes, id=run.id, number=run.number,
        version=run.version, status=run.status, plate=run.vehicle.plate, capacity_kg=run.vehicle.capacity_kg,
        driver_name=run.driver.name, clerk_name=run.clerk.display_name if run.clerk_id else "",
        stop_count=run.stop_count, load_kg=run.load_kg, dispatched_at=run.dispatched_at,
        completed_at=run.completed_at)


@dataclass(frozen=True)
class SlipSettings:
    format: str = "a4"
    copies: tuple[str, ...] = SLIP_COPIES
    show_prices: bool = False


@dataclass(frozen=True)
class SlipRow:
    id: int
    number: str
    order_id: int
    order_number: str
    client_name: str
    status: str
    run_number: str
    issued_at: dt.datetime
    print_count: int
    receiver_name: str
    signed_at: dt.datetime | None
    version: int

    @property
    def locked(self) -> bool:
        return self.status == "signed"


@dataclass(frozen=True)
class SlipFilter:
    text: str = ""
    status: str = ""
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    run_id: int | None = None
    order_id: int | None = None
