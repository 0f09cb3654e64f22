"""Return authorisations (退换货单): lines of product, batch, quantity and reason; the workflow
待审批 requested → 已批准 approved | 已驳回 rejected → 已收货 received → 已处理 completed → 已回访 followed_up
→ 已归档 archived, with the same callback-before-archive rule as complaints (see ``casework``).

Approval: a user with RETURNS_APPROVE (the manager) approves any return; a user with RETURNS_EDIT (delivery
clerk, receptionist) only one whose total quantity and total amount are both within the business settings
``return_approval_max_quantity`` / ``return_approval_max_amount``. Rejection needs a reason. An
unsatisfied callback sends the return back to 已收货 so that it is handled again.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from crdesk.db.models.catalog import Product
from crdesk.db.models.clients import Client
from crdesk.db.models.complaints import DISPOSITIONS, RETURN_STATUS_LABELS, Complaint, ReturnLine, ReturnOrder
from crdesk.services import audit, casework, clients, numbering, records
from crdesk.services import return_approvals  # noqa: F401  (registers returns in the manager's approval inbox)
from crdesk.services import permissions as P
from crdesk.services.casework import CallbackData, TimelineEntry
from crdesk.services.errors import NotFound, PermissionDenied, ServiceError, ValidationError
from crdesk.services.return_lists import ReturnLists
from crdesk.services.return_rules import (KIND, ReceiptLine, ReturnData, ReturnLineData, check_receipts, data_of,
                                          totals, validate)

STATUS_LABELS = RETURN_STATUS_LABELS
OPEN = ("approved", "received", "completed")  # a manager may archive these without a callback


class OverApprovalLimit(PermissionDenied):
    """Above the threshold only the manager approves: says so with the limits."""

    code = "over_approval_limit"

    def __init__(self, max_quantity, max_amount):
        ServiceError.__init__(self, permission=P.RETURNS_APPROVE, max_quantity=max_quantity, max_amount=max_amount)
        self.permission = P.RETURNS_APPROVE


def _history(client_id: int) -> list[clients.HistoryItem]:
    query = (ReturnOrder.select().where(ReturnOrder.client == client_id)
             .order_by(ReturnOrder.requested_at.desc()).limit(200))
    return [clients.HistoryItem(row.requested_at, KIND, row.number,
                                f"{'换货' if row.kind == 'exchange' else '退货'} · {STATUS_LABELS[row.status]} · "
                                f"{row.reason[:60]}") for row in query]


clients.HISTORY_SOURCES.append(_history)

__all__ = ["ReturnService", "ReturnData", "ReturnLineData", "ReceiptLine", "CallbackData", "TimelineEntry",
           "OverApprovalLimit"]


class ReturnService(ReturnLists):
    """Requests, approval, receipt, completion, callback and archive; (inherited) lists and my work."""

    def get(self, return_id: int) -> ReturnData:
        self.ctx.require(P.CLIENTS_READ)
        return data_of(records.get(ReturnOrder, return_id))

    def get_by_number(self, number: str) -> ReturnData:
        self.ctx.require(P.CLIENTS_READ)
        row = ReturnOrder.get_or_none(ReturnOrder.number == number.strip().upper())
        if row is None:
            raise NotFound("return", number)
        return data_of(row)

    def save(self, data: ReturnData) -> ReturnData:
        """Request a return (data.id is None) or change the request while it waits for approval."""
        self.ctx.require(P.RETURNS_EDIT)
        data = replace(data, original_delivery=data.original_delivery.strip().upper())
        with self.ctx.db.atomic():
            current = None
            if data.id is not None:
                current = casework.check_version(ReturnOrder, data.id, data.version)
                if current.status != "requested":
                    raise casework.refuse(current.status, "修改申请", STATUS_LABELS)
            validate(self.ctx, data)
            row = self._create(data) if current is None else self._update(data, current)
        return data_of(row)

    def _values(self, data: ReturnData, number: str) -> dict:
        quantity, amount = totals(data.lines)
        client = Client.get_by_id(data.client_id)
        complaint = Complaint.get_or_none(Complaint.id == data.complaint_id) if data.complaint_id else None
        search = [number, client.name, client.code, data.original_delivery, complaint.number if complaint else ""]
        return dict(client=data.client_id, complaint=data.complaint_id, original_delivery=data.original_delivery,
                    kind=data.kind, reason=data.reason.strip(), total_quantity=quantity, total_amount=amount,
                    search_text=" ".join(s.lower() for s in search if s))

    def _create(self, data: ReturnData) -> ReturnOrder:
        number = numbering.next_number(self.ctx, KIND)
        row = records.create(self.ctx, ReturnOrder, number=number, status="requested",
                             requested_by=self.ctx.actor.username, requested_at=data.requested_at or self.ctx.now(),
                             **self._values(data, number))
        self._replace_lines(row.id, data.lines)
        casework.add_event(self.ctx, KIND, row.id, "request", "", "requested", data.reason.strip()[:200])
        return row

    def _update(self, data: ReturnData, current: ReturnOrder) -> ReturnOrder:
        old_lines = [_line_text(line) for line in current.lines.order_by(ReturnLine.position)]
        values = self._values(data, current.number)
        if data.requested_at:
            values["requested_at"] = data.requested_at
        row = records.update(self.ctx, ReturnOrder, current.id, data.version, values)
        self._replace_lines(current.id, data.lines)
        new_lines = [_line_text(line) for line in ReturnLine.select().where(ReturnLine.return_order == current.id)
                     .order_by(ReturnLine.position)]
        if old_lines != new_lines:
            audit.record(self.ctx, "update", "return_order", current.id, {"lines": [old_lines, new_lines]})
        casework.add_event(self.ctx, KIND, current.id, "edit", "requested", "requested")
        return row

    def _replace_lines(self, return_id: int, lines: list[ReturnLineData]) -> None:
        ReturnLine.delete().where(ReturnLine.return_order == return_id).execute()
        stamp = self.ctx.now()
        prices = {p.id: p.unit_price for p in Product.select().where(Product.id.in_([ln.product_id for ln in lines]))}
        ReturnLine.insert_many([dict(
            return_order=return_id, position=index, product=line.product_id, batch_no=line.batch_no.strip(),
            quantity=Decimal(str(line.quantity)), unit_price=prices[line.product_id], reason=line.reason,
            created_at=stamp, updated_at=stamp, updated_by=self.ctx.actor.username,
        ) for index, line in enumerate(lines, start=1)]).execute()

    # approval ------------------------------------------------------------------------------------------
    def within_limits(self, total_quantity: Decimal, total_amount: Decimal) -> bool:
        max_quantity, max_amount = self.limits()
        return total_quantity <= max_quantity and total_amount <= max_amount

    def can_approve(self, data: ReturnData) -> bool:
        if self.ctx.actor.can(P.RETURNS_APPROVE):
            return True
        return self.ctx.actor.can(P.RETURNS_EDIT) and self.within_limits(data.total_quantity, data.total_amount)

    def _require_approver(self, row: ReturnOrder) -> None:
        if self.ctx.actor.can(P.RETURNS_APPROVE):
            return
        self.ctx.require(P.RETURNS_EDIT)
        if not self.within_limits(Decimal(row.total_quantity), Decimal(row.total_amount)):
            raise OverApprovalLimit(*self.limits())

    def _decide(self, return_id: int, version: int, to_status: str, action: str, note: str,
                label: str) -> ReturnData:
        with self.ctx.db.atomic():
            current = records.get(ReturnOrder, return_id)
            self._require_approver(current)
            row = casework.transition(self.ctx, ReturnOrder, KIND, return_id, version, ("requested",), to_status,
                                      {"decided_by": self.ctx.actor.username, "decided_at": self.ctx.now(),
                                       "decision_note": note.strip(),
                                       "decision_seen": current.requested_by == self.ctx.actor.username},
                                      action, label, STATUS_LABELS, note.strip(), note.strip())
        return data_of(row)

    def approve(self, return_id: int, version: int, note: str = "") -> ReturnData:
        casework.check_note("note", note)
        return self._decide(return_id, version, "approved", "approve", note, "审批")

    def reject(self, return_id: int, version: int, reason: str) -> ReturnData:
        casework.check_note("reason", reason, required=True)
        return self._decide(return_id, version, "rejected", "reject", reason, "驳回")

    # handling ------------------------------------------------------------------------------------------
    def receive(self, return_id: int, version: int, receipts: list[ReceiptLine], note: str = "") -> ReturnData:
        """已批准 → 已收货: every line needs the quantity actually received and its condition."""
        self.ctx.require(P.RETURNS_EDIT)
        casework.check_note("note", note)
        with self.ctx.db.atomic():
            lines = {line.id: line for line in ReturnLine.select().where(ReturnLine.return_order == return_id)}
            check_receipts(lines, receipts)
            row = casework.transition(self.ctx, ReturnOrder, KIND, return_id, version, ("approved",), "received",
                                      {"received_by": self.ctx.actor.username, "received_at": self.ctx.now()},
                                      "receive", "收货", STATUS_LABELS, note.strip())
            for receipt in receipts:
                line = lines[receipt.line_id]
                records.update(self.ctx, ReturnLine, line.id, line.version,
                               {"received_quantity": Decimal(str(receipt.received_quantity)),
                                "condition": receipt.condition}, action="receive")
        return data_of(row)

    def complete(self, return_id: int, version: int, disposition: str, note: str = "") -> ReturnData:
        """已收货 → 已处理 with a disposition; the callback falls due."""
        self.ctx.require(P.RETURNS_EDIT)
        if disposition not in DISPOSITIONS:
            raise ValidationError("disposition", "invalid_choice" if disposition else "required")
        casework.check_note("note", note)
        now = self.ctx.now()
        due = casework.callback_due(self.ctx, now)
        with self.ctx.db.atomic():
            current = records.get(ReturnOrder, return_id)
            order = ""
            if current.kind == "exchange" and disposition == "replacement" and current.status == "received":
                order = replacement_order(self.ctx, current)
            text = "；".join(filter(None, [note.strip(), f"补发送货任务 {order}" if order else ""]))
            row = casework.transition(self.ctx, ReturnOrder, KIND, return_id, version, ("received",), "completed",
                                      {"disposition": disposition, "completion_note": note.strip(),
                                       "completed_by": self.ctx.actor.username, "completed_at": now,
                                       "callback_due": due}, "complete", "完成处理", STATUS_LABELS, text)
        return data_of(row)

    def callback(self, return_id: int, version: int, data: CallbackData) -> ReturnData:
        """已处理 → 已回访, or back to 已收货 when the client is unsatisfied."""
        self.ctx.require(P.RETURNS_EDIT)
        with self.ctx.db.atomic():
            current = records.get(ReturnOrder, return_id)
            data = casework.validate_callback(self.ctx, data, current.completed_at)
            changes = casework.callback_changes(data)
            reopen = casework.is_unsatisfied(self.ctx, data)
            if reopen:
                changes.update(reopen_count=current.reopen_count + 1, callback_due=None)
            row = casework.transition(self.ctx, ReturnOrder, KIND, return_id, version, ("completed",),
                                      "received" if reopen else "followed_up", changes,
                                      "reopen" if reopen else "callback", "回访", STATUS_LABELS,
                                      casework.callback_note(data))
        return data_of(row)

    def archive(self, return_id: int, version: int, reason: str = "") -> ReturnData:
        """已回访 → 已归档; without a callback only the manager, with a reason (audited)."""
        self.ctx.require(P.RETURNS_EDIT)
        casework.check_note("reason", reason)
        with self.ctx.db.atomic():
            current = records.get(ReturnOrder, return_id)
            if current.status in ("archived", "rejected", "requested"):
                raise casework.refuse(current.status, "归档", STATUS_LABELS)
            skip = casework.archive_rule(self.ctx, current.status, "followed_up", reason)
            row = casework.transition(self.ctx, ReturnOrder, KIND, return_id, version,
                                      OPEN if skip else ("followed_up",), "archived",
                                      {"archived_by": self.ctx.actor.username, "archived_at": self.ctx.now(),
                                       "archive_reason": reason.strip(), "callback_due": None},
                                      "archive_without_callback" if skip else "archive", "归档", STATUS_LABELS,
                                      reason.strip(), reason.strip())
        return data_of(row)


def replacement_order(ctx, row: ReturnOrder) -> str:
    """An exchange completed by replacement: the delivery order (送货任务) for the goods received back, on
    the next day; its source reference is the return's number. Needs DELIVERIES_EDIT. Returns its number."""
    from crdesk.services.deliveries import DeliveryService, LineData, OrderData

    from crdesk.db.models.deliveries import DeliveryOrder

    lines = [LineData(line.product_id, Decimal(line.received_quantity if line.received_quantity else line.quantity))
             for line in row.lines.order_by(ReturnLine.position)]
    original = DeliveryOrder.get_or_none(DeliveryOrder.number == row.original_delivery) if row.original_delivery \
        else None
    data = OrderData(client_id=row.client_id, requested_date=ctx.today() + dt.timedelta(days=1), lines=lines,
                     address=original.address if original else "", notes=f"换货补发（退换货单 {row.number}）",
                     source="exchange", source_ref=row.number)
    try:
        return DeliveryService(ctx).save(data).number
    except ValidationError as error:
        if error.field == "address":
            raise ValidationError("disposition", "replacement_needs_address") from None
        raise


def _line_text(line: ReturnLine) -> str:
    return f"{line.product_id}:{line.batch_no}:{Decimal(line.quantity).normalize()}:{line.reason}"

