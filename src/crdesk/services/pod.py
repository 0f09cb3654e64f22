"""Proof of delivery (签收): the receiver, the signing time, the delivered quantity per line (a difference
needs a reason) and the scanned 回单, stored in the database. A signed slip is locked: it can be reprinted
but never signed again or changed. Also: the slips not yet returned, per driver and date, and the scan
field's lookup (a USB scanner types the QR or barcode text like a keyboard).
"""
from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal

import peewee

from crdesk.db.models.catalog import Driver
from crdesk.db.models.clients import Client
from crdesk.db.models.deliveries import DeliveryLine, DeliveryOrder, DeliveryRun, DeliverySlip, SlipScan
from crdesk.services import audit, records
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.delivery_rules import require_status
from crdesk.services.errors import InvalidTransition, NotFound, ValidationError

SCAN_MAX_BYTES = 10 * 1024 * 1024
# What a scanned or photographed 回单 may be, recognised by its first bytes (not by the file name).
SCAN_TYPES = ((b"%PDF-", "application/pdf"), (b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
              (b"II*\x00", "image/tiff"), (b"MM\x00*", "image/tiff"))


@dataclass
class PodLine:
    line_id: int
    delivered_qty: Decimal
    reason: str = ""


@dataclass
class Scan:
    filename: str
    data: bytes


@dataclass
class PodData:
    receiver_name: str
    signed_at: dt.datetime
    lines: list[PodLine] = field(default_factory=list)
    scan: Scan | None = None


@dataclass(frozen=True)
class ScanInfo:
    id: int
    filename: str
    mime: str
    size: int
    uploaded_by: str
    uploaded_at: dt.datetime


@dataclass(frozen=True)
class Unreturned:
    slip_id: int
    slip_number: str
    driver_id: int
    driver_name: str
    run_date: dt.date
    run_number: str
    client_name: str
    address: str
    days_out: int


def normalize_scan(text: str) -> str:
    """Scanner text as a slip number: full-width characters folded (a Chinese IME may be on), spaces,
    line ends and a ``crdesk:`` style prefix dropped, upper case."""
    value = unicodedata.normalize("NFKC", text or "").strip().upper()
    value = value.rsplit(":", 1)[-1].rsplit("/", 1)[-1]
    return "".join(ch for ch in value if ch.isalnum())


def mime_of(data: bytes) -> str | None:
    return next((mime for magic, mime in SCAN_TYPES if data.startswith(magic)), None)


def _validate(data: PodData, lines: dict[int, DeliveryLine], now: dt.datetime, issued_at: dt.datetime) -> None:
    errors: v.Errors = []
    v.required(errors, "receiver_name", data.receiver_name, v.SHORT_MAX)
    if data.signed_at is None or data.signed_at > now + dt.timedelta(minutes=5):
        errors.append(("signed_at", "signed_in_future", {}))
    elif data.signed_at < issued_at - dt.timedelta(days=1):
        errors.append(("signed_at", "signed_before_issue", {}))
    given = {line.line_id: line for line in data.lines}
    if set(given) != set(lines):
        errors.append(("lines", "lines_mismatch", {}))
    for index, line_id in enumerate(sorted(lines)):
        pod, ordered = given.get(line_id), Decimal(lines[line_id].quantity)
        if pod is None:
            continue
        if pod.delivered_qty is None or not Decimal(0) <= Decimal(pod.delivered_qty) <= ordered:
            errors.append((f"lines.{index}.delivered_qty", "delivered_out_of_range", {"max": str(ordered)}))
        elif Decimal(pod.delivered_qty) != ordered and not pod.reason.strip():
            errors.append((f"lines.{index}.reason", "difference_needs_reason", {}))
        v.length(errors, f"lines.{index}.reason", pod.reason, v.LINE_MAX)
    if data.scan is not None:
        if len(data.scan.data) > SCAN_MAX_BYTES:
            errors.append(("scan", "scan_too_large", {"max_mb": SCAN_MAX_BYTES // (1024 * 1024)}))
        elif mime_of(data.scan.data) is None:
            errors.append(("scan", "scan_type", {}))
    if errors:
        raise ValidationError.of(errors)


class PodService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def find_by_scan(self, text: str):
        """The slip a scanner (or a typed number) names; an order number finds the order's live slip."""
        self.ctx.require(P.DELIVERIES_READ)
        from crdesk.services.slips import SlipService, live_slip

        key = normalize_scan(text)
        if not key:
            raise ValidationError("scan", "required")
        slip = DeliverySlip.get_or_none(DeliverySlip.number == key)
        if slip is None:
            order = DeliveryOrder.get_or_none(DeliveryOrder.number == key)
            slip = live_slip(order.id) if order else None
        if slip is None:
            raise NotFound("delivery_slip", key)
        return SlipService(self.ctx).get(slip.id)

    def lines(self, slip_id: int):
        """The order lines of the slip (what the POD form asks a delivered quantity for)."""
        self.ctx.require(P.DELIVERIES_READ)
        from crdesk.services.deliveries import line_data

        slip = records.get(DeliverySlip, slip_id)
        query = DeliveryLine.select().where(DeliveryLine.order == slip.order_id).order_by(DeliveryLine.line_no)
        return [line_data(line) for line in query]

    def record(self, slip_id: int, version: int, data: PodData) -> None:
        """Sign the slip: delivered quantities, receiver, time, scan; the order becomes delivered or partly
        delivered. Refused on a signed (locked) or void slip."""
        self.ctx.require(P.POD_RECORD)
        with self.ctx.db.atomic():
            slip = records.get(DeliverySlip, slip_id)
            if slip.status == "signed":
                raise InvalidTransition("slip_locked", number=slip.number)
            require_status(slip, ("issued",))
            order = records.get(DeliveryOrder, slip.order_id)
            require_status(order, ("out",))
            lines = {x.id: x for x in DeliveryLine.select().where(DeliveryLine.order == order.id)}
            _validate(data, lines, self.ctx.now(), slip.issued_at)
            records.update(self.ctx, DeliverySlip, slip_id, version, {
                "status": "signed", "receiver_name": data.receiver_name.strip(),
                "signed_at": data.signed_at.replace(microsecond=0), "pod_recorded_by": self.ctx.actor.username,
                "pod_recorded_at": self.ctx.now()}, action="sign")
            complete = True
            for pod in data.lines:
                line = lines[pod.line_id]
                complete &= Decimal(pod.delivered_qty) == Decimal(line.quantity)
                records.update(self.ctx, DeliveryLine, line.id, line.version, {
                    "delivered_qty": Decimal(pod.delivered_qty), "difference_reason": pod.reason.strip()},
                    action="deliver", reason=pod.reason.strip())
            records.update(self.ctx, DeliveryOrder, order.id, order.version,
                           {"status": "delivered" if complete else "partial"}, action="deliver")
            if data.scan is not None:
                self._store_scan(slip_id, data.scan)

    def _store_scan(self, slip_id: int, scan: Scan) -> None:
        name = (scan.filename or "scan").replace("\\", "/").rsplit("/", 1)[-1][:255]
        row = SlipScan.create(slip=slip_id, filename=name, mime=mime_of(scan.data), size=len(scan.data),
                              data=scan.data, created_at=self.ctx.now(), updated_at=self.ctx.now(),
                              updated_by=self.ctx.actor.username)
        audit.record(self.ctx, "attach", "slip_scan", row.id,
                     {"slip": [None, slip_id], "filename": [None, name], "size": [None, len(scan.data)]})

    def scans(self, slip_id: int) -> list[ScanInfo]:
        self.ctx.require(P.DELIVERIES_READ)
        query = (SlipScan.select(SlipScan.id, SlipScan.filename, SlipScan.mime, SlipScan.size, SlipScan.updated_by,
                                 SlipScan.created_at).where(SlipScan.slip == slip_id).order_by(SlipScan.id))
        return [ScanInfo(s.id, s.filename, s.mime, s.size, s.updated_by, s.created_at) for s in query]

    def scan_data(self, scan_id: int) -> bytes:
        self.ctx.require(P.DELIVERIES_READ)
        return bytes(records.get(SlipScan, scan_id).data)

    def unreturned(self, driver_id: int | None = None, date_from: dt.date | None = None,
                   date_to: dt.date | None = None, limit: int = 1000) -> list[Unreturned]:
        """Slips that went out and have no proof of delivery yet, by driver then date (oldest first)."""
        self.ctx.require(P.DELIVERIES_READ)
        query = (DeliverySlip.select(DeliverySlip, DeliveryRun, Driver, DeliveryOrder, Client)
                 .join(DeliveryRun).join(Driver).switch(DeliverySlip).join(DeliveryOrder).join(Client)
                 .where((DeliverySlip.status == "issued") & (DeliveryRun.status != "planned")
                        & (DeliveryOrder.status == "out"))
                 .order_by(Driver.name, DeliveryRun.run_date, DeliveryRun.number, DeliveryOrder.stop_seq)
                 .limit(limit))
        if driver_id:
            query = query.where(DeliveryRun.driver == driver_id)
        if date_from:
            query = query.where(DeliveryRun.run_date >= date_from)
        if date_to:
            query = query.where(DeliveryRun.run_date <= date_to)
        today = self.ctx.today()
        return [Unreturned(s.id, s.number, s.run.driver_id, s.run.driver.name, s.run.run_date, s.run.number,
                           s.order.client.name, s.order.address, (today - s.run.run_date).days) for s in query]


def drivers_with_unreturned(ctx: Context) -> list[tuple[int, str, int]]:
    """(driver id, name, count) of drivers with slips out and not returned."""
    ctx.require(P.DELIVERIES_READ)
    query = (DeliverySlip.select(Driver.id, Driver.name, peewee.fn.COUNT(DeliverySlip.id).alias("n"))
             .join(DeliveryRun).join(Driver).switch(DeliverySlip).join(DeliveryOrder)
             .where((DeliverySlip.status == "issued") & (DeliveryRun.status != "planned")
                    & (DeliveryOrder.status == "out"))
             .group_by(Driver.id, Driver.name).order_by(Driver.name).tuples())
    return list(query)
