"""Delivery runs (配送车次): a vehicle, a driver and a delivery clerk on a date, with ordered stops.

A run goes planned → dispatched → completed. Stops are the orders assigned to it, in ``stop_seq`` order;
every stop change bumps the run's version (two clerks dragging onto one run conflict instead of both
passing the capacity check) and keeps the run's ``stop_count`` and ``load_kg`` current.
"""
from __future__ import annotations

import datetime as dt
from decimal import Decimal


from crdesk.db.models.catalog import Driver, Vehicle
from crdesk.db.models.clients import Client
from crdesk.db.models.core import User
from crdesk.db.models.deliveries import DeliveryOrder, DeliveryRun
from crdesk.services import numbering, records
from crdesk.services import delivery_rules as rules
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.business_settings import DEFAULTS, BusinessSettings
from crdesk.services.context import Context
from crdesk.services.delivery_data import Outcome, RunData, RunFilter, run_data  # noqa: F401
from crdesk.services.dispatch import DispatchProblem
from crdesk.services.errors import NotFound, ValidationError
from crdesk.services.paging import Page, keyset, page_of

DEFAULTS.update({"delivery_run_hours": 4})  # a run's return time when none is given
SORTABLE = ("run_date", "number", "status")


def _minutes_later(at: dt.time, hours: int) -> dt.time:
    later = dt.datetime.combine(dt.date.min, at) + dt.timedelta(hours=hours)
    return min(later, dt.datetime.combine(dt.date.min, dt.time(23, 59))).time()


def validate(data: RunData) -> None:
    errors: v.Errors = []
    if data.vehicle_id is None or not Vehicle.select().where(Vehicle.id == data.vehicle_id).exists():
        errors.append(("vehicle", "required", {}))
    if data.driver_id is None or not Driver.select().where(Driver.id == data.driver_id).exists():
        errors.append(("driver", "required", {}))
    if data.clerk_id is not None and not User.select().where(User.id == data.clerk_id).exists():
        errors.append(("clerk", "not_found", {}))
    if data.returns_at <= data.departs_at:
        errors.append(("returns_at", "returns_before_departure", {}))
    v.length(errors, "notes", data.notes, v.NOTE_MAX)
    if errors:
        raise ValidationError.of(errors)


def stops_of(run_id: int) -> list[DeliveryOrder]:
    return list(DeliveryOrder.select(DeliveryOrder, Client).join(Client)
                .where(DeliveryOrder.run == run_id).order_by(DeliveryOrder.stop_seq, DeliveryOrder.id))


def _bump(ctx: Context, run_id: int, version: int | None, action: str, reason: str = "") -> None:
    """Record a stop change on the run: new stop count and load, version + 1 (checked when given)."""
    run = records.get(DeliveryRun, run_id)
    count = DeliveryOrder.select().where(DeliveryOrder.run == run_id).count()
    records.update(ctx, DeliveryRun, run_id, run.version if version is None else version,
                   {"stop_count": count, "load_kg": rules.run_load(run_id)}, action=action, reason=reason)


def refresh_load(ctx: Context, run_id: int) -> None:
    """An order on the run changed weight: update the run's load (no version check: derived data)."""
    _bump(ctx, run_id, None, "refresh_load")


def _renumber(orders: list[DeliveryOrder]) -> None:
    for seq, order in enumerate(orders, start=1):
        if order.stop_seq != seq:
            DeliveryOrder.update(stop_seq=seq).where(DeliveryOrder.id == order.id).execute()


class RunService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def get(self, run_id: int) -> RunData:
        self.ctx.require(P.DELIVERIES_READ)
        return run_data(records.get(DeliveryRun, run_id))

    def get_by_number(self, number: str) -> RunData:
        self.ctx.require(P.DELIVERIES_READ)
        run = DeliveryRun.get_or_none(DeliveryRun.number == number.strip().upper())
        if run is None:
            raise NotFound("delivery_run", number)
        return run_data(run)

    def page(self, flt: RunFilter = RunFilter(), sort: str = "run_date", descending: bool = True,
             after: tuple | None = None, limit: int = 200) -> Page[RunData]:
        self.ctx.require(P.DELIVERIES_READ)
        if sort not in SORTABLE:
            raise ValidationError("sort", "invalid_choice")
        query = DeliveryRun.select(DeliveryRun, Vehicle, Driver).join(Vehicle).switch(DeliveryRun).join(Driver)
        for condition, clause in ((flt.date_from, DeliveryRun.run_date >= flt.date_from),
                                  (flt.date_to, DeliveryRun.run_date <= flt.date_to),
                                  (flt.status, DeliveryRun.status == flt.status),
                                  (flt.vehicle_id, DeliveryRun.vehicle == flt.vehicle_id),
                                  (flt.driver_id, DeliveryRun.driver == flt.driver_id)):
            if condition:
                query = query.where(clause)
        rows = keyset(query, getattr(DeliveryRun, sort), DeliveryRun.id, after, limit, descending)
        return page_of(rows, run_data, sort, limit)

    def stops(self, run_id: int) -> list[DeliveryOrder]:
        self.ctx.require(P.DELIVERIES_READ)
        return stops_of(run_id)

    def check(self, data: RunData) -> list[DispatchProblem]:
        """The scheduling problems the run would have, without saving anything."""
        self.ctx.require(P.DELIVERIES_READ)
        data = self._with_defaults(data)
        validate(data)
        load = rules.run_load(data.id) if data.id else Decimal(0)
        return rules.check(self.ctx, data.run_date, data.vehicle_id, data.driver_id, data.departs_at,
                           data.returns_at, load, data.id)

    def _with_defaults(self, data: RunData) -> RunData:
        if data.returns_at is None:
            hours = BusinessSettings(self.ctx).get("delivery_run_hours")
            data.returns_at = _minutes_later(data.departs_at, hours)
        data.departs_at = data.departs_at.replace(second=0, microsecond=0)
        data.returns_at = data.returns_at.replace(second=0, microsecond=0)
        return data

    def save(self, data: RunData, override_reason: str = "") -> Outcome:
        """Create or update a planned run; refused on blocking scheduling problems unless overridden."""
        self.ctx.require(P.DELIVERIES_EDIT)
        with self.ctx.db.atomic():
            problems = self.check(data)
            values = dict(run_date=data.run_date, vehicle=data.vehicle_id, driver=data.driver_id,
                          clerk=data.clerk_id, departs_at=rules.hhmm(data.departs_at),
                          returns_at=rules.hhmm(data.returns_at),
                          notes=data.notes)
            if data.id is None:
                run = records.create(self.ctx, DeliveryRun, number=numbering.next_number(self.ctx, "delivery_run"),
                                     status="planned", **values)
            else:
                rules.require_status(records.get(DeliveryRun, data.id), ("planned",))
                run = records.update(self.ctx, DeliveryRun, data.id, data.version, values)
            warnings = rules.enforce(self.ctx, problems, override_reason, run.id, data.vehicle_id,
                                     data.driver_id, data.run_date)
        return Outcome(self.get(run.id), warnings)

    def assign(self, run_id: int, run_version: int, order_ids: list[int], override_reason: str = "") -> Outcome:
        """Put orders on a planned run (after its last stop); orders on another planned run move over."""
        self.ctx.require(P.DELIVERIES_EDIT)
        with self.ctx.db.atomic():
            run = records.get(DeliveryRun, run_id)
            rules.require_status(run, ("planned",))
            orders = [records.get(DeliveryOrder, order_id) for order_id in order_ids]
            moved_from = self._detach_for_move(orders, run_id)
            added = sum((o.weight_kg for o in orders if o.run_id != run_id), Decimal(0))
            problems = rules.capacity_problems(run.vehicle, rules.run_load(run_id) + added)
            rules.enforce(self.ctx, problems, override_reason, run_id, run.vehicle_id, run.driver_id, run.run_date)
            seq = len(stops_of(run_id))
            for order in orders:
                if order.run_id == run_id:
                    continue
                seq += 1
                records.update(self.ctx, DeliveryOrder, order.id, order.version,
                               {"run": run_id, "stop_seq": seq, "status": "scheduled"}, action="schedule")
            _bump(self.ctx, run_id, run_version, "assign")
            for other in moved_from:
                _bump(self.ctx, other, None, "unassign")
        return Outcome(self.get(run_id), problems)

    def _detach_for_move(self, orders: list[DeliveryOrder], run_id: int) -> set[int]:
        """Check each order may be (re)assigned; returns the other runs they leave."""
        from crdesk.services.slips import void_live_slip

        others = set()
        for order in orders:
            if order.run_id == run_id:
                continue
            rules.require_status(order, ("pending", "scheduled"))
            if order.run_id is not None:
                rules.require_status(records.get(DeliveryRun, order.run_id), ("planned",))
                others.add(order.run_id)
                void_live_slip(self.ctx, order.id, "run_changed")
        return others

    def unassign(self, run_id: int, run_version: int, order_ids: list[int]) -> RunData:
        """Take stops off a planned run; they go back to the unassigned orders (a printed slip is voided)."""
        self.ctx.require(P.DELIVERIES_EDIT)
        from crdesk.services.slips import void_live_slip

        with self.ctx.db.atomic():
            rules.require_status(records.get(DeliveryRun, run_id), ("planned",))
            for order_id in order_ids:
                order = records.get(DeliveryOrder, order_id)
                if order.run_id != run_id:
                    raise ValidationError("orders", "not_on_run", number=order.number)
                records.update(self.ctx, DeliveryOrder, order_id, order.version,
                               {"run": None, "stop_seq": 0, "status": "pending"}, action="unschedule")
                void_live_slip(self.ctx, order_id, "run_changed")
            _renumber(stops_of(run_id))
            _bump(self.ctx, run_id, run_version, "unassign")
        return self.get(run_id)

    def reorder(self, run_id: int, run_version: int, order_ids: list[int]) -> RunData:
        """Set the stop order by hand: ``order_ids`` lists every stop of the run in its new order."""
        self.ctx.require(P.DELIVERIES_EDIT)
        with self.ctx.db.atomic():
            rules.require_status(records.get(DeliveryRun, run_id), ("planned",))
            stops = {o.id: o for o in stops_of(run_id)}
            if sorted(order_ids) != sorted(stops):
                raise ValidationError("orders", "stops_mismatch")
            _renumber([stops[i] for i in order_ids])
            _bump(self.ctx, run_id, run_version, "reorder",
                  reason=" → ".join(stops[i].number for i in order_ids))
        return self.get(run_id)

    def auto_order(self, run_id: int, run_version: int) -> RunData:
        """Order the stops by area (the client's region), then address, then client name."""
        self.ctx.require(P.DELIVERIES_EDIT)
        stops = stops_of(run_id)
        ordered = sorted(stops, key=lambda o: (o.client.region, o.address, o.client.name, o.id))
        return self.reorder(run_id, run_version, [o.id for o in ordered])

    def dispatch(self, run_id: int, version: int, override_reason: str = "") -> Outcome:
        """The run leaves: every check again, each stop gets a slip (if it has none) and goes out."""
        self.ctx.require(P.DELIVERIES_EDIT)
        from crdesk.services.slips import issue_slip

        with self.ctx.db.atomic():
            run = records.get(DeliveryRun, run_id)
            rules.require_status(run, ("planned",))
            stops = stops_of(run_id)
            if not stops:
                raise ValidationError("orders", "run_without_stops")
            problems = rules.check(self.ctx, run.run_date, run.vehicle_id, run.driver_id,
                                   rules.clock(run.departs_at), rules.clock(run.returns_at),
                                   rules.run_load(run_id), run_id)
            rules.enforce(self.ctx, problems, override_reason, run_id, run.vehicle_id, run.driver_id, run.run_date)
            records.update(self.ctx, DeliveryRun, run_id, version,
                           {"status": "dispatched", "dispatched_at": self.ctx.now()}, action="dispatch")
            for order in stops:
                issue_slip(self.ctx, order.id)
                records.update(self.ctx, DeliveryOrder, order.id, order.version, {"status": "out"}, action="out")
        return Outcome(self.get(run_id), problems)

    def complete(self, run_id: int, version: int) -> RunData:
        """Close a dispatched run once every stop is delivered, partly delivered or failed."""
        self.ctx.require(P.DELIVERIES_EDIT)
        with self.ctx.db.atomic():
            rules.require_status(records.get(DeliveryRun, run_id), ("dispatched",))
            open_stops = [o.number for o in stops_of(run_id) if o.status == "out"]
            if open_stops:
                raise ValidationError("orders", "open_stops", numbers="、".join(open_stops))
            records.update(self.ctx, DeliveryRun, run_id, version,
                           {"status": "completed", "completed_at": self.ctx.now()}, action="complete")
        return self.get(run_id)

    def remove(self, run_id: int, version: int) -> None:
        """Delete a planned run; its stops go back to the unassigned orders."""
        self.ctx.require(P.DELIVERIES_EDIT)
        with self.ctx.db.atomic():
            run = records.get(DeliveryRun, run_id)
            rules.require_status(run, ("planned",))
            stops = [o.id for o in stops_of(run_id)]
            if stops:
                self.unassign(run_id, version, stops)
                version += 1
            deleted = DeliveryRun.delete().where(
                (DeliveryRun.id == run_id) & (DeliveryRun.version == version)).execute()
            if not deleted:
                raise records.conflict_for(DeliveryRun, run_id, version)
            from crdesk.services import audit
            audit.record(self.ctx, "delete", "delivery_run", run_id, {"number": [run.number, None]})
