"""Delivery slips (送货单): issue numbers that stay unique across workstations, list, print and reprint.

A slip is issued the first time its order is printed (or when its run is dispatched). Issuing takes the
numbering lock first, then looks again for a live slip of the order, so two workstations printing the same
order at once end up with one slip and no gap in the numbers; ``(order, issue_no)`` is unique as a backstop.

Every print and reprint adds one to the slip's ``print_count`` and writes an audit row (print / reprint),
after the PDF was made. Counting is derived data, so it does not bump the slip's version: printing a
slip never makes someone's proof-of-delivery entry conflict.
"""
from __future__ import annotations

import datetime as dt
from typing import Callable

import peewee

from crdesk.db.models.clients import Client
from crdesk.db.models.deliveries import DeliveryOrder, DeliveryRun, DeliverySlip
from crdesk.services import audit, numbering, records
from crdesk.services import permissions as P
from crdesk.services.business_settings import DEFAULTS, BusinessSettings
from crdesk.services.context import Context
from crdesk.services.delivery_data import SLIP_COPIES
from crdesk.services.delivery_data import SlipFilter, SlipRow, SlipSettings  # noqa: F401
from crdesk.services.errors import NotFound, ServiceError, ValidationError
from crdesk.services.paging import Page, capped_count, keyset, page_of

SLIP_FORMATS = ("a4", "form241")  # A4, one copy a page / 241 × 140 mm continuous multi-part form
DEFAULTS.update({
    # Plain flags, so the business settings dialog can show them as check boxes.
    "delivery_slip_continuous": False,  # True: the 241 × 140 mm form; False: A4
    "delivery_slip_stub": True,
    "delivery_slip_client": True,
    "delivery_slip_receipt": True,
    "delivery_slip_show_prices": False,
})
SORTABLE = ("issued_at", "number", "status")


class Cancelled(ServiceError):
    """The user cancelled a long print; nothing was counted."""

    code = "cancelled"


def live_slip(order_id: int) -> DeliverySlip | None:
    return (DeliverySlip.select().where((DeliverySlip.order == order_id) & (DeliverySlip.status != "void"))
            .order_by(DeliverySlip.issue_no.desc()).first())


def issue_slip(ctx: Context, order_id: int) -> DeliverySlip:
    """The order's live slip, issuing a new number when it has none."""
    existing = live_slip(order_id)
    if existing is not None:
        return existing
    with ctx.db.atomic() as txn:
        number = numbering.next_number(ctx, "delivery_slip")  # a write first: holds the numbering lock
        existing = live_slip(order_id)
        if existing is not None:  # issued by another workstation while we waited for the lock
            txn.rollback()
            return existing
        order = records.get(DeliveryOrder, order_id)
        last = (DeliverySlip.select(peewee.fn.MAX(DeliverySlip.issue_no))
                .where(DeliverySlip.order == order_id).scalar() or 0)
        return records.create(ctx, DeliverySlip, number=number, order=order_id, issue_no=last + 1,
                              run=order.run_id, status="issued", issued_at=ctx.now())


def void_live_slip(ctx: Context, order_id: int, reason: str) -> None:
    """Void the order's unsigned slip (the order changed, moved or failed); a signed slip stays."""
    slip = live_slip(order_id)
    if slip is not None and slip.status == "issued":
        records.update(ctx, DeliverySlip, slip.id, slip.version, {"status": "void", "void_reason": reason},
                       action="void", reason=reason)


def count_prints(ctx: Context, slip_ids: list[int], detail: str) -> None:
    """Add one print to each slip, with a print (first time) or reprint audit row each."""
    if not slip_ids:
        return
    stamp = ctx.now()
    with ctx.db.atomic():
        for start in range(0, len(slip_ids), 500):
            chunk = slip_ids[start:start + 500]
            DeliverySlip.update(print_count=DeliverySlip.print_count + 1, last_printed_at=stamp).where(
                DeliverySlip.id.in_(chunk)).execute()
            counts = DeliverySlip.select(DeliverySlip.id, DeliverySlip.print_count).where(DeliverySlip.id.in_(chunk))
            for row in counts:
                audit.record(ctx, "print" if row.print_count == 1 else "reprint", "delivery_slip", row.id,
                             {"print_count": [row.print_count - 1, row.print_count]}, detail)


def settings_of(ctx: Context) -> SlipSettings:
    values = BusinessSettings(ctx).all()
    copies = tuple(c for c in SLIP_COPIES if values.get(f"delivery_slip_{c}"))
    return SlipSettings("form241" if values.get("delivery_slip_continuous") else "a4", copies or SLIP_COPIES,
                        bool(values.get("delivery_slip_show_prices")))


def _row(slip: DeliverySlip) -> SlipRow:
    return SlipRow(slip.id, slip.number, slip.order_id, slip.order.number, slip.order.client.name, slip.status,
                   slip.run.number if slip.run_id else "", slip.issued_at, slip.print_count, slip.receiver_name,
                   slip.signed_at, slip.version)


def _filtered(flt: SlipFilter) -> peewee.ModelSelect:
    query = DeliverySlip.select()
    text = flt.text.strip()
    if text:
        orders = (DeliveryOrder.select(DeliveryOrder.id).join(Client)
                  .where(Client.search_text.contains(text.lower()) | (DeliveryOrder.number == text.upper())))
        query = query.where(DeliverySlip.number.contains(text.upper()) | DeliverySlip.order.in_(orders))
    for condition, clause in ((flt.status, DeliverySlip.status == flt.status),
                              (flt.run_id, DeliverySlip.run == flt.run_id),
                              (flt.order_id, DeliverySlip.order == flt.order_id),
                              (flt.date_from, DeliverySlip.issued_at >= dt.datetime.combine(
                                  flt.date_from or dt.date.min, dt.time.min)),
                              (flt.date_to, DeliverySlip.issued_at < dt.datetime.combine(
                                  (flt.date_to or dt.date.min) + dt.timedelta(days=1), dt.time.min))):
        if condition:
            query = query.where(clause)
    return query


def _with_joins(query: peewee.ModelSelect) -> peewee.ModelSelect:
    return (query.select(DeliverySlip, DeliveryOrder, Client, DeliveryRun).join(DeliveryOrder).join(Client)
            .switch(DeliverySlip).join(DeliveryRun, peewee.JOIN.LEFT_OUTER))


class SlipService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def get(self, slip_id: int) -> SlipRow:
        self.ctx.require(P.DELIVERIES_READ)
        slip = _with_joins(DeliverySlip.select()).where(DeliverySlip.id == slip_id).first()
        if slip is None:
            raise NotFound("delivery_slip", slip_id)
        return _row(slip)

    def get_by_number(self, number: str) -> SlipRow:
        self.ctx.require(P.DELIVERIES_READ)
        slip = _with_joins(DeliverySlip.select()).where(DeliverySlip.number == number.strip().upper()).first()
        if slip is None:
            raise NotFound("delivery_slip", number)
        return _row(slip)

    def page(self, flt: SlipFilter = SlipFilter(), sort: str = "issued_at", descending: bool = True,
             after: tuple | None = None, limit: int = 200) -> Page[SlipRow]:
        self.ctx.require(P.DELIVERIES_READ)
        if sort not in SORTABLE:
            raise ValidationError("sort", "invalid_choice")
        rows = keyset(_with_joins(_filtered(flt)), getattr(DeliverySlip, sort), DeliverySlip.id, after, limit,
                      descending)
        return page_of(rows, _row, sort, limit)

    def count(self, flt: SlipFilter = SlipFilter()) -> int:
        self.ctx.require(P.DELIVERIES_READ)
        return capped_count(_filtered(flt))

    def settings(self) -> SlipSettings:
        self.ctx.require(P.DELIVERIES_READ)
        return settings_of(self.ctx)

    def save_settings(self, value: SlipSettings) -> SlipSettings:
        self.ctx.require(P.SETTINGS_EDIT)
        errors = []
        if value.format not in SLIP_FORMATS:
            errors.append(("format", "invalid_choice", {}))
        if not value.copies or any(c not in SLIP_COPIES for c in value.copies) or len(set(value.copies)) != len(
                value.copies):
            errors.append(("copies", "invalid_copies", {}))
        if errors:
            raise ValidationError.of(errors)
        store = BusinessSettings(self.ctx)
        with self.ctx.db.atomic():
            store.set("delivery_slip_continuous", value.format == "form241")
            for copy in SLIP_COPIES:
                store.set(f"delivery_slip_{copy}", copy in value.copies)
            store.set("delivery_slip_show_prices", bool(value.show_prices))
        return settings_of(self.ctx)

    def issue(self, order_id: int) -> SlipRow:
        """Give a scheduled order its slip number without printing (dispatch does this for every stop)."""
        self.ctx.require(P.DELIVERIES_EDIT)
        order = records.get(DeliveryOrder, order_id)
        if order.status not in ("scheduled", "out"):
            raise ValidationError("order", "not_scheduled", number=order.number)
        return self.get(issue_slip(self.ctx, order_id).id)

    def print_orders(self, order_ids: list[int], settings: SlipSettings | None = None) -> bytes:
        """The slips of these scheduled or out orders (issuing numbers where needed), counted as printed."""
        self.ctx.require(P.DELIVERIES_EDIT)
        slip_ids = [self.issue(order_id).id for order_id in order_ids]
        return self._print(slip_ids, settings)

    def print_slips(self, numbers: list[str], settings: SlipSettings | None = None) -> bytes:
        """Print or reprint slips by number; an order number prints that order's slip."""
        self.ctx.require(P.DELIVERIES_EDIT)
        slip_ids = []
        for number in numbers:
            key = number.strip().upper()
            slip = DeliverySlip.get_or_none(DeliverySlip.number == key)
            if slip is None:
                order = DeliveryOrder.get_or_none(DeliveryOrder.number == key)
                if order is None:
                    raise NotFound("delivery_slip", number)
                slip = DeliverySlip.get_by_id(self.issue(order.id).id)
            slip_ids.append(slip.id)
        return self._print(slip_ids, settings)

    def _print(self, slip_ids: list[int], settings: SlipSettings | None) -> bytes:
        from crdesk.services import slip_docs

        settings = settings or settings_of(self.ctx)
        data = slip_docs.render_slips(self.ctx, slip_ids, settings)
        count_prints(self.ctx, slip_ids, slip_docs.print_detail(settings))
        return data

    def print_run(self, run_id: int, settings: SlipSettings | None = None) -> bytes:
        """The run pack: manifest, loading list, then each stop's slip in stop order."""
        return self.print_runs([run_id], settings)

    def print_day(self, day: dt.date, settings: SlipSettings | None = None,
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] | None = None) -> bytes:
        """Every run of the day as one PDF; ``progress(done, total)`` per slip, ``cancelled()`` polled."""
        self.ctx.require(P.DELIVERIES_EDIT)
        runs = [r.id for r in DeliveryRun.select(DeliveryRun.id).where(DeliveryRun.run_date == day)
                .order_by(DeliveryRun.departs_at, DeliveryRun.number)]
        if not runs:
            raise ValidationError("day", "no_runs", day=day.isoformat())
        return self.print_runs(runs, settings, progress, cancelled)

    def print_runs(self, run_ids: list[int], settings: SlipSettings | None = None,
                   progress: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> bytes:
        self.ctx.require(P.DELIVERIES_EDIT)
        from crdesk.services import slip_docs
        from crdesk.services.runs import stops_of

        settings = settings or settings_of(self.ctx)
        for run_id in run_ids:
            records.get(DeliveryRun, run_id)
            for order in stops_of(run_id):
                if order.status in ("scheduled", "out"):
                    issue_slip(self.ctx, order.id)

        def tick(done: int, total: int) -> None:
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(done, total)

        data, slip_ids = slip_docs.render_runs(self.ctx, run_ids, settings, tick)
        count_prints(self.ctx, slip_ids, slip_docs.print_detail(settings))
        return data
