"""Delivery orders (送货任务): create and edit with lines, search and page, fail and reschedule, history.

An order goes pending → scheduled (on a run) → out (run dispatched) → delivered / partial / failed.
Runs are in ``runs.py``, slips in ``slips.py``, proof of delivery in ``pod.py``.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import peewee

from crdesk.db.models.catalog import Product
from crdesk.db.models.clients import Client, Contact
from crdesk.db.models.deliveries import ORDER_SOURCES, DeliveryLine, DeliveryOrder, DeliveryRun, DeliverySlip
from crdesk.services import clients, numbering, records
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.delivery_data import (LineData, OrderData, OrderFilter, OrderRow, line_data,  # noqa: F401
                                            order_data)
from crdesk.services.delivery_rules import ORDER_STATUS_LABELS, clock, hhmm, line_weight, require_status
from crdesk.services.errors import NotFound, ValidationError
from crdesk.services.paging import Page, capped_count, keyset, page_of

SORTABLE = ("requested_date", "number", "status", "updated_at")
EDITABLE_STATUSES = ("pending", "scheduled")
QTY_MAX = Decimal("9999999")


def _client_defaults(data: OrderData) -> OrderData:
    """Fill address and contact from the client file when left empty."""
    client = Client.get_or_none(Client.id == data.client_id) if data.client_id else None
    if client is None:
        return data
    contact = (Contact.select().where(Contact.client == client.id)
               .order_by(Contact.is_primary.desc(), Contact.id).first())
    return replace(
        data, address=data.address.strip() or client.address,
        contact_name=data.contact_name.strip() or (contact.name if contact else ""),
        contact_phone=data.contact_phone.strip() or (contact.phone if contact and contact.phone else client.phone))


def validate(data: OrderData) -> dict[int, Product]:
    """Check every field; returns the lines' products by id."""
    errors: v.Errors = []
    if data.client_id is None or not Client.select().where(Client.id == data.client_id).exists():
        errors.append(("client", "required", {}))
    v.required(errors, "address", data.address, v.LINE_MAX)
    v.length(errors, "contact_name", data.contact_name, v.SHORT_MAX)
    v.phone(errors, "contact_phone", data.contact_phone)
    v.length(errors, "notes", data.notes, v.NOTE_MAX)
    v.choice(errors, "source", data.source, ORDER_SOURCES)
    v.length(errors, "source_ref", data.source_ref, 32)
    if data.window_start and data.window_end and data.window_end <= data.window_start:
        errors.append(("window_end", "window_order", {}))
    if not data.lines:
        errors.append(("lines", "order_without_lines", {}))
    ids = {line.product_id for line in data.lines if line.product_id}
    products = {p.id: p for p in Product.select().where(Product.id.in_(ids))} if ids else {}
    for index, line in enumerate(data.lines):
        if line.product_id not in products:
            errors.append((f"lines.{index}.product", "required", {}))
        if line.quantity is None or not Decimal(0) < Decimal(line.quantity) <= QTY_MAX:
            errors.append((f"lines.{index}.quantity", "positive_quantity", {}))
        v.length(errors, f"lines.{index}.unit", line.unit, 16)
        if line.unit_price is not None and Decimal(line.unit_price) < 0:
            errors.append((f"lines.{index}.unit_price", "negative_price", {}))
    if errors:
        raise ValidationError.of(errors)
    return products


def _history(client_id: int) -> list[clients.HistoryItem]:
    query = (DeliveryOrder.select().where(DeliveryOrder.client == client_id)
             .order_by(DeliveryOrder.requested_date.desc(), DeliveryOrder.id.desc()).limit(200))
    return [clients.HistoryItem(
        dt.datetime.combine(row.requested_date, clock(row.window_start) or dt.time(8)), f"delivery.{row.status}",
        row.number, f"{ORDER_STATUS_LABELS[row.status]} {row.address}".strip()) for row in query]


clients.HISTORY_SOURCES.append(_history)


def _filtered(flt: OrderFilter) -> peewee.ModelSelect:
    query = DeliveryOrder.select()
    text = flt.text.strip()
    if text:
        matching_clients = Client.select(Client.id).where(Client.search_text.contains(text.lower()))
        query = query.where(DeliveryOrder.number.contains(text.upper()) | DeliveryOrder.client.in_(matching_clients)
                            | DeliveryOrder.address.contains(text))
    if flt.status:
        query = query.where(DeliveryOrder.status == flt.status)
    if flt.date_from:
        query = query.where(DeliveryOrder.requested_date >= flt.date_from)
    if flt.date_to:
        query = query.where(DeliveryOrder.requested_date <= flt.date_to)
    if flt.client_id:
        query = query.where(DeliveryOrder.client == flt.client_id)
    if flt.run_id:
        query = query.where(DeliveryOrder.run == flt.run_id)
    if flt.unassigned:
        query = query.where(DeliveryOrder.run.is_null())
    return query


def _row(order: DeliveryOrder) -> OrderRow:
    return OrderRow(order.id, order.number, order.client.name, order.address, order.requested_date, order.status,
                    order.run.number if order.run_id else "", order.weight_kg, order.version, order.updated_at)


class DeliveryService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def get(self, order_id: int) -> OrderData:
        self.ctx.require(P.DELIVERIES_READ)
        return order_data(records.get(DeliveryOrder, order_id))

    def get_by_number(self, number: str) -> OrderData:
        self.ctx.require(P.DELIVERIES_READ)
        order = DeliveryOrder.get_or_none(DeliveryOrder.number == number.strip().upper())
        if order is None:
            raise NotFound("delivery_order", number)
        return order_data(order)

    def page(self, flt: OrderFilter = OrderFilter(), sort: str = "requested_date", descending: bool = False,
             after: tuple | None = None, limit: int = 200) -> Page[OrderRow]:
        self.ctx.require(P.DELIVERIES_READ)
        if sort not in SORTABLE:
            raise ValidationError("sort", "invalid_choice")
        query = (_filtered(flt).select(DeliveryOrder, Client, DeliveryRun).join(Client)
                 .switch(DeliveryOrder).join(DeliveryRun, peewee.JOIN.LEFT_OUTER))
        rows = keyset(query, getattr(DeliveryOrder, sort), DeliveryOrder.id, after, limit, descending)
        return page_of(rows, _row, sort, limit)

    def count(self, flt: OrderFilter = OrderFilter()) -> int:
        self.ctx.require(P.DELIVERIES_READ)
        return capped_count(_filtered(flt))

    def new_for_client(self, client_id: int, requested_date: dt.date | None = None) -> OrderData:
        """A blank order with the client's address and contact filled in (not saved)."""
        self.ctx.require(P.DELIVERIES_READ)
        client = records.get(Client, client_id)
        data = OrderData(client_id=client_id, requested_date=requested_date or self.ctx.today(),
                         source="client", client_code=client.code, client_name=client.name)
        return _client_defaults(data)

    def save(self, data: OrderData) -> OrderData:
        """Create or update with the optimistic check. Changing an order voids a slip already printed for it."""
        self.ctx.require(P.DELIVERIES_EDIT)
        data = _client_defaults(data)
        products = validate(data)
        with self.ctx.db.atomic():
            order_id = self._create(data, products) if data.id is None else self._update(data, products)
        return self.get(order_id)

    def _values(self, data: OrderData, products: dict[int, Product]) -> dict:
        weight = sum((line_weight(products[line.product_id], line.quantity) for line in data.lines), Decimal(0))
        return dict(client=data.client_id, address=data.address.strip(), contact_name=data.contact_name.strip(),
                    contact_phone=data.contact_phone.strip(), requested_date=data.requested_date,
                    window_start=hhmm(data.window_start), window_end=hhmm(data.window_end), notes=data.notes,
                    source=data.source, source_ref=data.source_ref.strip(), weight_kg=weight)

    def _create(self, data: OrderData, products: dict[int, Product]) -> int:
        number = numbering.next_number(self.ctx, "delivery_order")
        order = records.create(self.ctx, DeliveryOrder, number=number, **self._values(data, products))
        self._replace_lines(order.id, data.lines, products)
        return order.id

    def _update(self, data: OrderData, products: dict[int, Product]) -> int:
        current = records.get(DeliveryOrder, data.id)
        require_status(current, EDITABLE_STATUSES)
        values = self._values(data, products)
        records.update(self.ctx, DeliveryOrder, data.id, data.version, values)
        self._replace_lines(data.id, data.lines, products)
        if current.run_id and values["weight_kg"] != current.weight_kg:
            from crdesk.services.runs import refresh_load
            refresh_load(self.ctx, current.run_id)
        from crdesk.services.slips import void_live_slip
        void_live_slip(self.ctx, data.id, "order_changed")
        return data.id

    def _replace_lines(self, order_id: int, lines: list[LineData], products: dict[int, Product]) -> None:
        DeliveryLine.delete().where(DeliveryLine.order == order_id).execute()
        stamp = self.ctx.now()
        for number, line in enumerate(lines, start=1):
            product = products[line.product_id]
            price = product.unit_price if line.unit_price is None else Decimal(line.unit_price)
            DeliveryLine.create(order=order_id, line_no=number, product=product.id, quantity=Decimal(line.quantity),
                                unit=line.unit.strip() or product.unit, unit_price=price, created_at=stamp,
                                updated_at=stamp, updated_by=self.ctx.actor.username)

    def mark_failed(self, order_id: int, version: int, reason: str) -> OrderData:
        """The delivery did not happen (closed shop, refused …); the slip of this attempt is voided."""
        self.ctx.require(P.POD_RECORD)
        reason = reason.strip()
        if not reason:
            raise ValidationError("failure_reason", "required")
        v.length(errors := [], "failure_reason", reason, v.LINE_MAX)
        if errors:
            raise ValidationError.of(errors)
        with self.ctx.db.atomic():
            require_status(records.get(DeliveryOrder, order_id), ("out",))
            records.update(self.ctx, DeliveryOrder, order_id, version, {"status": "failed", "failure_reason": reason},
                           action="fail", reason=reason)
            from crdesk.services.slips import void_live_slip
            void_live_slip(self.ctx, order_id, "delivery_failed")
        return self.get(order_id)

    def reschedule(self, order_id: int, version: int, new_date: dt.date, run_id: int | None = None,
                   run_version: int | None = None) -> OrderData:
        """One action: a failed order gets a new date (and a new attempt), optionally straight onto a run."""
        self.ctx.require(P.DELIVERIES_EDIT)
        if new_date < self.ctx.today():
            raise ValidationError("requested_date", "date_in_past")
        with self.ctx.db.atomic():
            current = records.get(DeliveryOrder, order_id)
            require_status(current, ("failed",))
            records.update(self.ctx, DeliveryOrder, order_id, version, {
                "status": "pending", "requested_date": new_date, "run": None, "stop_seq": 0,
                "attempt": current.attempt + 1}, action="reschedule", reason=current.failure_reason)
            DeliveryLine.update(delivered_qty=None, difference_reason="").where(
                DeliveryLine.order == order_id).execute()
            if run_id is not None:
                from crdesk.services.runs import RunService
                RunService(self.ctx).assign(run_id, run_version, [order_id])
        return self.get(order_id)

    def slips_of(self, order_id: int) -> list[str]:
        self.ctx.require(P.DELIVERIES_READ)
        query = DeliverySlip.select(DeliverySlip.number).where(DeliverySlip.order == order_id)
        return [row.number for row in query.order_by(DeliverySlip.issue_no)]
