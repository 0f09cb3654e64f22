"""Returns in the manager's approval inbox (``services.approvals``): the requests above the clerk's limit,
and the decisions the requester has not seen yet."""
from __future__ import annotations

from crdesk.db.models.clients import Client
from crdesk.db.models.complaints import RETURN_KIND_LABELS, ReturnOrder
from crdesk.services import approvals
from crdesk.services import permissions as P
from crdesk.services.context import Context
from crdesk.services.staff import display_names

KIND = "return_order"


def _title(row: ReturnOrder, client_name: str) -> str:
    return f"{client_name} {RETURN_KIND_LABELS[row.kind]} {row.total_quantity.normalize():f} 件"


def pending(ctx: Context) -> list[approvals.PendingItem]:
    from crdesk.services.return_lists import ReturnLists

    max_quantity, max_amount = ReturnLists(ctx).limits()
    query = (ReturnOrder.select(ReturnOrder, Client.name.alias("client_name")).join(Client)
             .where((ReturnOrder.status == "requested")
                    & ((ReturnOrder.total_quantity > max_quantity) | (ReturnOrder.total_amount > max_amount)))
             .order_by(ReturnOrder.requested_at, ReturnOrder.id).limit(500).objects())
    rows = list(query)
    names = display_names({row.requested_by for row in rows})
    return [approvals.PendingItem(KIND, row.id, row.version, row.number, _title(row, row.client_name),
                                  row.requested_by, names.get(row.requested_by, row.requested_by), row.requested_at,
                                  row.total_amount) for row in rows]


def decisions(ctx: Context) -> list[approvals.Decision]:
    query = (ReturnOrder.select(ReturnOrder, Client.name.alias("client_name")).join(Client)
             .where((ReturnOrder.requested_by == ctx.actor.username) & ReturnOrder.decided_at.is_null(False)
                    & (ReturnOrder.decision_seen == False))  # noqa: E712
             .order_by(ReturnOrder.decided_at.desc()).limit(100).objects())
    rows = list(query)
    names = display_names({row.decided_by for row in rows})
    return [approvals.Decision(
        KIND, row.id, row.number, _title(row, row.client_name), "rejected" if row.status == "rejected" else "approved",
        names.get(row.decided_by, row.decided_by), row.decided_at,
        "" if row.status == "rejected" else row.decision_note, row.decision_note if row.status == "rejected" else "")
        for row in rows]


def acknowledge(ctx: Context, return_id: int) -> None:
    """The requester has seen the decision (derived flag: no version bump, no conflict)."""
    ReturnOrder.update(decision_seen=True).where(
        (ReturnOrder.id == return_id) & (ReturnOrder.requested_by == ctx.actor.username)).execute()


def _service(ctx: Context):
    from crdesk.services.returns import ReturnService

    return ReturnService(ctx)


def _reason(reason: str, comment: str) -> str:
    return "；".join(part for part in (reason.strip(), comment.strip()) if part)


approvals.register(approvals.ApprovalSource(
    kind=KIND, label="退换货", permission=P.RETURNS_APPROVE, pending=pending,
    approve=lambda ctx, record_id, version, comment: _service(ctx).approve(record_id, version, comment),
    reject=lambda ctx, record_id, version, reason, comment: _service(ctx).reject(
        record_id, version, _reason(reason, comment)),
    decisions=decisions, acknowledge=acknowledge,
))
