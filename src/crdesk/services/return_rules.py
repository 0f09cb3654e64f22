"""Return authorisation data as forms see it, its validation, totals and receipt checks."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from crdesk.db.models.catalog import Product
from crdesk.db.models.clients import Client
from crdesk.db.models.complaints import (RETURN_CONDITIONS, RETURN_KINDS, RETURN_REASONS, Complaint, ReturnLine,
                                         ReturnOrder)
from crdesk.services import casework
from crdesk.services import validators as v
from crdesk.services.casework import CallbackData, TimelineEntry
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError
from crdesk.services.products import parse_decimal
from crdesk.services.staff import display_names

KIND = "return"
MAX_QUANTITY = Decimal("999999999.999")
MAX_LINES = 200


@dataclass
class ReturnLineData:
    product_id: int | None
    quantity: Decimal
    reason: str = "quality"
    batch_no: str = ""
    id: int | None = None
    unit_price: Decimal = Decimal("0")
    received_quantity: Decimal | None = None
    condition: str = ""
    product_code: str = ""
    product_name: str = ""
    specification: str = ""
    unit: str = ""

    @property
    def amount(self) -> Decimal:
        return (Decimal(str(self.quantity)) * self.unit_price).quantize(Decimal("0.01"))


@dataclass
class ReceiptLine:
    line_id: int
    received_quantity: Decimal
    condition: str


@dataclass
class ReturnData:
    """A return as the forms show it; the fields after ``requested_at`` are filled by the service."""
    client_id: int | None = None
    kind: str = "return"
    reason: str = ""
    lines: list[ReturnLineData] = field(default_factory=list)
    complaint_id: int | None = None
    original_delivery: str = ""
    requested_at: dt.datetime | None = None
    id: int | None = None
    number: str = ""
    version: int = 0
    status: str = "requested"
    client_code: str = ""
    client_name: str = ""
    complaint_number: str = ""
    requested_by: str = ""
    names: dict[str, str] = field(default_factory=dict)  # username → display name
    total_quantity: Decimal = Decimal("0")
    total_amount: Decimal = Decimal("0")
    decided_by: str = ""
    decided_at: dt.datetime | None = None
    decision_note: str = ""
    received_by: str = ""
    received_at: dt.datetime | None = None
    disposition: str = ""
    completion_note: str = ""
    completed_by: str = ""
    completed_at: dt.datetime | None = None
    callback_due: dt.datetime | None = None
    callback: CallbackData | None = None
    reopen_count: int = 0
    archived_by: str = ""
    archived_at: dt.datetime | None = None
    archive_reason: str = ""
    updated_by: str = ""
    updated_at: dt.datetime | None = None
    replacement_orders: list[str] = field(default_factory=list)  # delivery orders made for an exchange
    timeline: list[TimelineEntry] = field(default_factory=list)

    def name_of(self, username: str) -> str:
        return self.names.get(username, username)


def _line_data(line: ReturnLine, product: Product) -> ReturnLineData:
    received = Decimal(line.received_quantity) if line.received_quantity is not None else None
    return ReturnLineData(product_id=line.product_id, quantity=Decimal(line.quantity), reason=line.reason,
                          batch_no=line.batch_no, id=line.id, unit_price=Decimal(line.unit_price),
                          received_quantity=received, condition=line.condition, product_code=product.code,
                          product_name=product.name, specification=product.specification, unit=product.unit)


def data_of(row: ReturnOrder) -> ReturnData:
    lines = (ReturnLine.select(ReturnLine, Product).join(Product)
             .where(ReturnLine.return_order == row.id).order_by(ReturnLine.position))
    client = Client.get_by_id(row.client_id)
    complaint = Complaint.get_or_none(Complaint.id == row.complaint_id) if row.complaint_id else None
    callback = None
    if row.callback_at:
        callback = CallbackData(row.callback_outcome, row.satisfaction, row.callback_by, row.callback_at,
                                row.callback_note)
    people = {row.requested_by, row.decided_by, row.received_by, row.completed_by, row.archived_by, row.updated_by}
    return ReturnData(
        client_id=row.client_id, kind=row.kind, reason=row.reason,
        lines=[_line_data(line, line.product) for line in lines], complaint_id=row.complaint_id,
        original_delivery=row.original_delivery, requested_at=row.requested_at, id=row.id, number=row.number,
        version=row.version, status=row.status, client_code=client.code, client_name=client.name,
        complaint_number=complaint.number if complaint else "", requested_by=row.requested_by,
        names=display_names(people), total_quantity=Decimal(row.total_quantity),
        total_amount=Decimal(row.total_amount), decided_by=row.decided_by, decided_at=row.decided_at,
        decision_note=row.decision_note, received_by=row.received_by, received_at=row.received_at,
        disposition=row.disposition, completion_note=row.completion_note, completed_by=row.completed_by,
        completed_at=row.completed_at, callback_due=row.callback_due, callback=callback,
        reopen_count=row.reopen_count, archived_by=row.archived_by, archived_at=row.archived_at,
        archive_reason=row.archive_reason, updated_by=row.updated_by, updated_at=row.updated_at,
        replacement_orders=replacement_orders(row.number) if row.kind == "exchange" else [],
        timeline=casework.timeline(KIND, row.id),
    )


def totals(lines: list[ReturnLineData]) -> tuple[Decimal, Decimal]:
    """Total quantity and amount (at each product's current price)."""
    prices = {p.id: Decimal(p.unit_price) for p in
              Product.select(Product.id, Product.unit_price).where(Product.id.in_([ln.product_id for ln in lines]))}
    quantity = sum((Decimal(str(ln.quantity)) for ln in lines), Decimal(0))
    amount = sum((Decimal(str(ln.quantity)) * prices.get(ln.product_id, Decimal(0)) for ln in lines), Decimal(0))
    return quantity, amount.quantize(Decimal("0.01"))


def _validate_line(errors: v.Errors, index: int, line: ReturnLineData, known: set[int]) -> None:
    prefix = f"lines.{index}"
    if line.product_id is None:
        errors.append((f"{prefix}.product", "required", {}))
    elif line.product_id not in known:
        errors.append((f"{prefix}.product", "not_found", {}))
    quantity = parse_decimal(errors, f"{prefix}.quantity", line.quantity, MAX_QUANTITY, 3)
    if quantity == 0 and not any(e[0] == f"{prefix}.quantity" for e in errors):
        errors.append((f"{prefix}.quantity", "must_be_positive", {}))
    v.choice(errors, f"{prefix}.reason", line.reason, RETURN_REASONS)
    v.length(errors, f"{prefix}.batch_no", line.batch_no, 32)


def _delivery_exists(number: str) -> bool:
    """The original delivery named by its order (送货任务) or slip (送货单) number."""
    from crdesk.db.models.deliveries import DeliveryOrder, DeliverySlip

    return (DeliveryOrder.select().where(DeliveryOrder.number == number).exists()
            or DeliverySlip.select().where(DeliverySlip.number == number).exists())


def replacement_orders(number: str) -> list[str]:
    from crdesk.db.models.deliveries import DeliveryOrder

    return [row.number for row in DeliveryOrder.select(DeliveryOrder.number).where(
        (DeliveryOrder.source == "exchange") & (DeliveryOrder.source_ref == number)).order_by(DeliveryOrder.id)]


def validate(ctx: Context, data: ReturnData) -> None:
    errors: v.Errors = []
    client_ok = data.client_id is not None and Client.select().where(Client.id == data.client_id).exists()
    if not client_ok:
        errors.append(("client", "required" if data.client_id is None else "not_found", {}))
    v.choice(errors, "kind", data.kind, RETURN_KINDS)
    v.length(errors, "reason", data.reason, v.NOTE_MAX)
    v.length(errors, "original_delivery", data.original_delivery, 32)
    if data.original_delivery and not _delivery_exists(data.original_delivery):
        errors.append(("original_delivery", "not_found", {}))
    if data.complaint_id is not None:
        complaint = Complaint.get_or_none(Complaint.id == data.complaint_id)
        if complaint is None:
            errors.append(("complaint", "not_found", {}))
        elif client_ok and complaint.client_id not in (None, data.client_id):
            errors.append(("complaint", "complaint_other_client", {}))
    if data.requested_at and data.requested_at > ctx.now():
        errors.append(("requested_at", "in_future", {}))
    if not data.lines:
        errors.append(("lines", "required", {}))
    elif len(data.lines) > MAX_LINES:
        errors.append(("lines", "too_many_lines", {"max": MAX_LINES}))
    ids = [line.product_id for line in data.lines if line.product_id is not None]
    known = {p.id for p in Product.select(Product.id).where(Product.id.in_(ids))} if ids else set()
    for index, line in enumerate(data.lines[:MAX_LINES]):
        _validate_line(errors, index, line, known)
    if errors:
        raise ValidationError.of(errors)


def check_receipts(lines: dict[int, ReturnLine], receipts: list[ReceiptLine]) -> None:
    """Every line of the return exactly once, with a received quantity and a condition."""
    errors: v.Errors = []
    given = {r.line_id: r for r in receipts}
    if set(given) != set(lines) or len(given) != len(receipts):
        raise ValidationError("lines", "receipt_lines_mismatch")
    for index, line_id in enumerate(sorted(lines, key=lambda i: lines[i].position)):
        receipt = given[line_id]
        if receipt.received_quantity is None:
            errors.append((f"lines.{index}.received_quantity", "required", {}))
        else:
            parse_decimal(errors, f"lines.{index}.received_quantity", receipt.received_quantity, MAX_QUANTITY, 3)
        if receipt.condition not in RETURN_CONDITIONS:
            errors.append((f"lines.{index}.condition", "required" if not receipt.condition else "invalid_choice",
                           {}))
    if errors:
        raise ValidationError.of(errors)
