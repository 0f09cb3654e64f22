"""Gather slips and runs from the database in a few bulk queries and hand them to the PDF modules.

A day of 1,000 slips costs a handful of queries (slips with their orders, clients and runs; then the lines
of 500 orders at a time), not one query per slip.
"""
from __future__ import annotations

from collections import OrderedDict
from decimal import Decimal
from typing import Callable

import peewee

from crdesk.db.models.catalog import Driver, Product, Vehicle
from crdesk.db.models.clients import Client
from crdesk.db.models.core import User
from crdesk.db.models.deliveries import DeliveryLine, DeliveryOrder, DeliveryRun, DeliverySlip
from crdesk.services.business_settings import BusinessSettings
from crdesk.services.context import Context
from crdesk.services.delivery_rules import line_weight, window_text
from crdesk.services.errors import ValidationError

CHUNK = 500
Clerk = User.alias()


def print_detail(settings) -> str:
    """What the audit row of a print says about it, e.g. ``a4 stub/client/receipt prices``."""
    return f"{settings.format} {'/'.join(settings.copies)}{' prices' if settings.show_prices else ''}"


def qty(value) -> str:
    value = Decimal(value or 0)
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def money(value) -> str:
    return f"{Decimal(value or 0):.2f}"


def _options(ctx: Context, settings):
    from crdesk.pdf.delivery_slip import SlipOptions
    from crdesk.pdf.document import Company

    return SlipOptions(Company.from_settings(BusinessSettings(ctx).all()), settings.format,
                       tuple(settings.copies), settings.show_prices)


def _lines_of(order_ids: list[int]) -> dict[int, list[DeliveryLine]]:
    found: dict[int, list[DeliveryLine]] = {order_id: [] for order_id in order_ids}
    for start in range(0, len(order_ids), CHUNK):
        query = (DeliveryLine.select(DeliveryLine, Product).join(Product)
                 .where(DeliveryLine.order.in_(order_ids[start:start + CHUNK]))
                 .order_by(DeliveryLine.order, DeliveryLine.line_no))
        for line in query:
            found[line.order_id].append(line)
    return found


def _slips(slip_ids: list[int]) -> dict[int, DeliverySlip]:
    found = {}
    for start in range(0, len(slip_ids), CHUNK):
        query = (DeliverySlip.select(DeliverySlip, DeliveryOrder, Client, DeliveryRun, Vehicle, Driver, Clerk)
                 .join(DeliveryOrder).join(Client).switch(DeliveryOrder)
                 .join(DeliveryRun, peewee.JOIN.LEFT_OUTER).join(Vehicle, peewee.JOIN.LEFT_OUTER)
                 .switch(DeliveryRun).join(Driver, peewee.JOIN.LEFT_OUTER)
                 .switch(DeliveryRun).join(Clerk, peewee.JOIN.LEFT_OUTER, on=(DeliveryRun.clerk == Clerk.id))
                 .where(DeliverySlip.id.in_(slip_ids[start:start + CHUNK])))
        found.update({slip.id: slip for slip in query})
    return found


def _window(order: DeliveryOrder) -> str:
    return window_text(order.window_start, order.window_end)


def slip_doc(slip: DeliverySlip, lines: list[DeliveryLine], printed: str):
    from crdesk.pdf.delivery_slip import SlipDoc, SlipLine

    order, client = slip.order, slip.order.client
    run = order.run if order.run_id else None
    amount = sum((Decimal(x.quantity) * Decimal(x.unit_price) for x in lines), Decimal(0))
    driver = run.driver if run else None
    return SlipDoc(
        number=slip.number, client=f"{client.name}（{client.code}）", address=order.address,
        contact=order.contact_name, phone=order.contact_phone,
        date=(run.run_date if run else order.requested_date).isoformat(), window=_window(order),
        order_number=order.number, run=f"{run.number} 第{order.stop_seq}站" if run else "",
        vehicle=run.vehicle.plate if run else "", driver=f"{driver.name} {driver.phone}".strip() if driver else "",
        clerk=run.clerk.display_name if run and run.clerk_id else "",
        lines=[SlipLine(x.product.code, x.product.name, x.product.specification, x.unit, qty(x.quantity),
                        money(x.unit_price), money(Decimal(x.quantity) * Decimal(x.unit_price))) for x in lines],
        total_quantity=qty(sum((Decimal(x.quantity) for x in lines), Decimal(0))), total_amount=money(amount),
        notes=order.notes, printed=printed, reprint=slip.print_count > 0)


def _docs(ctx: Context, slip_ids: list[int]) -> list:
    slips = _slips(slip_ids)
    for slip_id in slip_ids:
        if slip_id not in slips:
            raise ValidationError("slips", "not_found", what="delivery_slip", key=slip_id)
        if slips[slip_id].status == "void":
            raise ValidationError("slips", "slip_void", number=slips[slip_id].number)
    lines = _lines_of(list({s.order_id for s in slips.values()}))
    printed = f"打印：{ctx.now():%Y-%m-%d %H:%M}"
    return [slip_doc(slips[i], lines[slips[i].order_id], printed) for i in slip_ids]


def render_slips(ctx: Context, slip_ids: list[int], settings) -> bytes:
    from crdesk.pdf.delivery_slip import render

    return render(_docs(ctx, slip_ids), _options(ctx, settings))


def _load_list(orders: list[DeliveryOrder], lines: dict[int, list[DeliveryLine]]):
    from crdesk.pdf.run_pack import LoadItem

    totals: OrderedDict[tuple, list] = OrderedDict()
    for order in orders:
        for line in lines[order.id]:
            key = (line.product_id, line.unit)
            entry = totals.setdefault(key, [line.product, line.unit, Decimal(0), Decimal(0)])
            entry[2] += Decimal(line.quantity)
            entry[3] += line_weight(line.product, line.quantity)
    items = sorted(totals.values(), key=lambda e: e[0].code)
    return [LoadItem(p.code, p.name, p.specification, unit, qty(q), qty(w)) for p, unit, q, w in items]


def _pack(ctx: Context, run: DeliveryRun, orders: list[DeliveryOrder], slips: dict[int, DeliverySlip],
          lines: dict[int, list[DeliveryLine]], printed: str):
    from crdesk.pdf.run_pack import RunPack, Stop

    live = [o for o in orders if o.id in slips]
    stops = [Stop(str(o.stop_seq), slips[o.id].number, o.client.name, o.address,
                  f"{o.contact_name} {o.contact_phone}".strip(), _window(o),
                  qty(sum((Decimal(x.quantity) for x in lines[o.id]), Decimal(0))), qty(o.weight_kg))
             for o in live]
    total_qty = sum((Decimal(x.quantity) for o in live for x in lines[o.id]), Decimal(0))
    return RunPack(
        number=run.number, date=run.run_date.isoformat(), vehicle=f"{run.vehicle.plate} {run.vehicle.model}".strip(),
        driver=f"{run.driver.name} {run.driver.phone}".strip(),
        clerk=run.clerk.display_name if run.clerk_id else "",
        times=window_text(run.departs_at, run.returns_at), stops=stops, load=_load_list(live, lines),
        total_quantity=qty(total_qty), total_weight=qty(sum((o.weight_kg for o in live), Decimal(0))),
        capacity=qty(run.vehicle.capacity_kg),
        slips=[slip_doc(slips[o.id], lines[o.id], printed) for o in live], printed=printed)


def render_runs(ctx: Context, run_ids: list[int], settings,
                tick: Callable[[int, int], None]) -> tuple[bytes, list[int]]:
    """The run packs of ``run_ids`` as one PDF, and the ids of the slips in it (to count as printed)."""
    from crdesk.pdf.run_pack import render_packs
    from crdesk.services.runs import stops_of

    printed = f"打印：{ctx.now():%Y-%m-%d %H:%M}"
    runs = {r.id: r for r in DeliveryRun.select(DeliveryRun, Vehicle, Driver, Clerk).join(Vehicle)
            .switch(DeliveryRun).join(Driver).switch(DeliveryRun)
            .join(Clerk, peewee.JOIN.LEFT_OUTER, on=(DeliveryRun.clerk == Clerk.id))
            .where(DeliveryRun.id.in_(run_ids))}
    stops = {run_id: stops_of(run_id) for run_id in run_ids}
    order_ids = [o.id for orders in stops.values() for o in orders]
    live = {}
    for start in range(0, len(order_ids), CHUNK):
        for slip in DeliverySlip.select().where(DeliverySlip.order.in_(order_ids[start:start + CHUNK])
                                                & (DeliverySlip.status != "void")):
            live[slip.order_id] = slip
    lines = _lines_of(order_ids)
    for run_id in run_ids:  # share the rows already loaded instead of one query per slip
        for order in stops[run_id]:
            order.run = runs[run_id]
            if order.id in live:
                live[order.id].order = order
    packs = [_pack(ctx, runs[run_id], stops[run_id], live, lines, printed) for run_id in run_ids]
    data = render_packs(packs, _options(ctx, settings), tick=tick)
    return data, [live[o.id].id for run_id in run_ids for o in stops[run_id] if o.id in live]
