"""A month of deliveries: two runs a working day per driver (morning and afternoon) on the vans and trucks
of the fleet demo, 4–8 stops each, slips printed and signed; today's runs are out on the road with slips
not yet returned, the next two days are planned, and some orders still wait for a run.

Bulk-inserted (like the client demo) and deterministic for a given ``rng``; the number sequences are set
to continue after the demo numbers.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from crdesk.db.models.catalog import Driver, Product, Vehicle
from crdesk.db.models.clients import Client, Contact
from crdesk.db.models.core import NumberSequence
from crdesk.db.models.deliveries import DeliveryLine, DeliveryOrder, DeliveryRun, DeliverySlip
from crdesk.demo import words as w
from crdesk.services.delivery_rules import line_weight

DAYS_BACK = 30
DAYS_AHEAD = 2
SHIFTS = (("08:00", "12:00"), ("13:00", "17:30"))
FAIL_REASONS = ["客户店铺关门", "收货人不在，电话无人接听", "地址有误，无法送达", "客户临时拒收"]
SHORT_REASONS = ["两箱外包装破损，客户拒收", "客户少要一箱", "仓库少装一箱"]
NOTES = ["", "", "", "请走后门卸货", "上午十点前送达", "送货前请先电话联系", "卸货到二号仓库"]
CHUNK = 500


class _Numbers:
    """Yearly document numbers as the services would give them (SH / CC / PS + year + serial)."""

    def __init__(self):
        self.last: dict[tuple[str, int], int] = {}

    def next(self, kind: str, prefix: str, digits: int, year: int) -> str:
        value = self.last.get((kind, year), 0) + 1
        self.last[(kind, year)] = value
        return f"{prefix}{year}{value:0{digits}d}"

    def save(self) -> None:
        for (kind, year), value in self.last.items():
            NumberSequence.replace(name=f"{kind}:{year}", next_value=value + 1).execute()


class _Builder:
    def __init__(self, rng, today: dt.date):
        self.rng, self.today, self.numbers = rng, today, _Numbers()
        self.stamp = dt.datetime.combine(today, dt.time(7, 30))
        self.products = list(Product.select().where(Product.active == True).order_by(Product.code))  # noqa: E712
        self.clients = list(Client.select().where(Client.active == True).order_by(Client.id).limit(300))  # noqa: E712
        contacts = Contact.select().where(Contact.client.in_([c.id for c in self.clients]))
        self.contacts = {c.client_id: c for c in contacts}
        self.runs, self.orders, self.lines, self.slips = [], [], [], []

    def base(self) -> dict:
        return dict(created_at=self.stamp, updated_at=self.stamp, updated_by="demo", version=1)

    def order(self, day: dt.date, status: str, room_kg: Decimal) -> tuple[dict, Decimal]:
        client = self.rng.choice(self.clients)
        contact = self.contacts.get(client.id)
        number = self.numbers.next("delivery_order", "SH", 6, day.year)
        lines, weight = [], Decimal(0)
        for line_no, product in enumerate(self.rng.sample(self.products, self.rng.randint(1, 3)), start=1):
            quantity = Decimal(self.rng.choice([2, 5, 5, 10, 10, 20, 30]))
            if weight + line_weight(product, quantity) > room_kg:
                break
            weight += line_weight(product, quantity)
            lines.append(dict(line_no=line_no, product=product.id, quantity=quantity, unit=product.unit,
                              unit_price=product.unit_price, **self.base()))
        row = dict(number=number, client=client.id, address=client.address or f"{client.region}仓库",
                   contact_name=contact.name if contact else "", contact_phone=(contact.phone if contact else "")
                   or client.phone, requested_date=day, notes=self.rng.choice(NOTES), status=status,
                   weight_kg=weight, source="manual", **self.base())
        row["_lines"] = lines if lines else [dict(line_no=1, product=self.products[0].id, quantity=Decimal(1),
                                                  unit=self.products[0].unit, unit_price=self.products[0].unit_price,
                                                  **self.base())]
        return row, weight

    def run(self, day: dt.date, vehicle: Vehicle, driver: int, shift: tuple[str, str]) -> None:
        status = "completed" if day < self.today else "dispatched" if day == self.today else "planned"
        number = self.numbers.next("delivery_run", "CC", 5, day.year)
        run = dict(number=number, run_date=day, vehicle=vehicle.id, driver=driver, departs_at=shift[0],
                   returns_at=shift[1], status=status, **self.base())
        room = Decimal(vehicle.capacity_kg) * Decimal("0.9")
        stops, load = [], Decimal(0)
        for seq in range(1, self.rng.randint(4, 8) + 1):
            order_status = {"completed": "delivered", "dispatched": "out", "planned": "scheduled"}[status]
            order, weight = self.order(day, order_status, room - load)
            if weight == 0:
                break
            load += weight
            order.update(_run=number, stop_seq=seq)
            stops.append(order)
        run.update(stop_count=len(stops), load_kg=load,
                   dispatched_at=dt.datetime.combine(day, dt.time.fromisoformat(shift[0])) if status != "planned"
                   else None,
                   completed_at=dt.datetime.combine(day, dt.time.fromisoformat(shift[1])) if status == "completed"
                   else None)
        self.runs.append(run)
        for order in stops:
            self.orders.append(order)
            if status != "planned":
                self.slip(day, order, shift)

    def slip(self, day: dt.date, order: dict, shift: tuple[str, str]) -> None:
        number = self.numbers.next("delivery_slip", "PS", 6, day.year)
        issued = dt.datetime.combine(day, dt.time.fromisoformat(shift[0])) - dt.timedelta(minutes=40)
        slip = dict(number=number, _order=order["number"], _run=order["_run"], issue_no=1, status="issued",
                    issued_at=issued, print_count=1, last_printed_at=issued, **self.base())
        outcome = self.rng.random()
        returned = order["requested_date"] < self.today or outcome < 0.3
        if order["status"] == "delivered" and outcome < 0.05:
            order.update(status="failed", failure_reason=self.rng.choice(FAIL_REASONS))
            slip.update(status="void", void_reason="delivery_failed")
        elif returned:
            signed = issued + dt.timedelta(hours=1, minutes=self.rng.randrange(0, 180))
            order["status"] = "delivered"
            slip.update(status="signed", receiver_name=w.person(self.rng), signed_at=signed,
                        pod_recorded_by="demo", pod_recorded_at=signed + dt.timedelta(hours=5))
            for line in order["_lines"]:
                line["delivered_qty"] = line["quantity"]
            if outcome < 0.1 and order["_lines"][0]["quantity"] > 1:
                first = order["_lines"][0]
                first.update(delivered_qty=first["quantity"] - 1, difference_reason=self.rng.choice(SHORT_REASONS))
                order["status"] = "partial"
        self.slips.append(slip)

    def pending(self, count: int) -> None:
        for _ in range(count):
            day = self.today + dt.timedelta(days=self.rng.randint(0, DAYS_AHEAD))
            order, _ = self.order(day, "pending", Decimal(600))
            self.orders.append(order)


def _insert(model, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        model.insert_many(rows[start:start + CHUNK]).execute()


def _plain(row: dict) -> dict:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def _write(builder: _Builder) -> None:
    _insert(DeliveryRun, builder.runs)
    run_ids = dict(DeliveryRun.select(DeliveryRun.number, DeliveryRun.id).tuples())
    _insert(DeliveryOrder, [dict(_plain(o), run=run_ids.get(o.get("_run"))) for o in builder.orders])
    order_ids = dict(DeliveryOrder.select(DeliveryOrder.number, DeliveryOrder.id).tuples())
    _insert(DeliveryLine, [dict(line, order=order_ids[o["number"]]) for o in builder.orders for line in o["_lines"]])
    _insert(DeliverySlip, [dict(_plain(s), order=order_ids[s["_order"]], run=run_ids[s["_run"]])
                           for s in builder.slips])
    builder.numbers.save()


def generate(services, scale: int, rng, progress) -> None:
    today = services.ctx.today()
    builder = _Builder(rng, today)
    vehicles = list(Vehicle.select().where((Vehicle.status == "in_service") & (Vehicle.capacity_kg > 0))
                    .order_by(Vehicle.capacity_kg))
    drivers = [d.id for d in Driver.select().where(Driver.active == True).order_by(Driver.id)]  # noqa: E712
    if not builder.products or not builder.clients or not vehicles or not drivers:
        return
    days = [today + dt.timedelta(days=n) for n in range(-DAYS_BACK, DAYS_AHEAD + 1)]
    for index, day in enumerate(days, start=1):
        if day.weekday() == 6:  # no deliveries on Sundays
            continue
        for k, driver in enumerate(drivers[:len(vehicles)]):
            vehicle = vehicles[(k + day.toordinal()) % len(vehicles)]
            for shift in SHIFTS:
                builder.run(day, vehicle, driver, shift)
        progress("deliveries", index, len(days))
    builder.pending(12 * scale)
    with services.ctx.db.atomic():
        _write(builder)
