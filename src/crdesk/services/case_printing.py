"""Printed complaint handling forms (投诉处理单) and return authorisations (退换货单).

Registered in ``services.printing.DOCUMENTS`` as ``complaint`` and ``return``:
``crdesk print complaint TS2026000001 -o form.pdf``. Data comes through the services, so permissions apply.
"""
from __future__ import annotations

from decimal import Decimal

from crdesk.db.models.complaints import (CHANNEL_LABELS, COMPLAINT_STATUS_LABELS, CONDITION_LABELS,
                                         DISPOSITION_LABELS, RETURN_KIND_LABELS, RETURN_REASON_LABELS,
                                         RETURN_STATUS_LABELS, SEVERITY_LABELS)
from crdesk.services.casework import ACTION_LABELS, OUTCOME_LABELS, CallbackData, TimelineEntry
from crdesk.services.printing import document_frame, satisfaction_text, when


def _timeline(entries: list[TimelineEntry]) -> list[list[str]]:
    return [[when(e.at), e.display_name or e.username, ACTION_LABELS.get(e.action, e.action), e.note]
            for e in entries]


def _day(value) -> str:
    return value.strftime("%Y-%m-%d") if value else ""


def _callback_section(callback: CallbackData | None, due, title: str = "回访情况"):
    from crdesk.pdf.complaint_form import Section

    c = callback
    return Section(title, [("回访人", c.by if c else ""), ("回访时间", when(c.at) if c else ""),
                           ("回访结果", OUTCOME_LABELS.get(c.outcome, "") if c else ""),
                           ("满意度", satisfaction_text(c.satisfaction) if c else ""),
                           ("回访期限", when(due))],
                   [("回访记录", c.note if c else "")], blank_lines=2)


def _number(value) -> str:
    value = Decimal(value).normalize()
    return f"{value.quantize(Decimal(1)) if value == value.to_integral_value() else value:,f}"


def _render(services, title: str, number: str, form) -> bytes:
    from crdesk.pdf.complaint_form import blocks, signatures
    from crdesk.pdf.layout import render

    return render(document_frame(services, title, number, blocks=blocks(form), signatures=signatures(form),
                                 signatures_per_row=4))


def complaint(services, number: str) -> bytes:
    """投诉处理单: intake, handling, callback, the timeline; 受理人 / 处理人 / 回访人 / 部门经理."""
    from crdesk.pdf.complaint_form import CaseForm, Section

    c = services.complaints.get_by_number(number)
    phone = c.consumer_phone or (services.clients.get(c.client_id).phone if c.client_id else "")
    intake = Section("受理信息", [
        ("客户 / 消费者", " ".join(filter(None, [c.client_code, c.party]))), ("联系电话", phone),
        ("受理渠道", CHANNEL_LABELS[c.channel]), ("受理时间", when(c.received_at)),
        ("投诉类别", c.category), ("严重程度", SEVERITY_LABELS[c.severity]),
        ("产品", c.product_label), ("批次", c.batch_no),
        ("受理人", c.name_of(c.received_by)), ("状态", COMPLAINT_STATUS_LABELS[c.status]),
        ("响应期限", when(c.response_due)), ("处理期限", when(c.resolution_due)),
    ], [("投诉内容", c.description)])
    handling = Section("处理情况", [
        ("处理人", c.name_of(c.assignee)), ("处理完毕", when(c.resolved_at)),
    ], [("处理结果", c.resolution), ("原因分析", c.root_cause)])
    closing = []
    if c.archived_at:
        closing = [Section("归档", [("归档人", c.name_of(c.archived_by)), ("归档时间", when(c.archived_at))],
                           [("未回访归档原因", c.archive_reason)] if c.archive_reason else [])]
    form = CaseForm(
        [intake, handling, _callback_section(c.callback, c.callback_due)] + closing, _timeline(c.timeline),
        [("受理人", c.name_of(c.received_by), _day(c.received_at)),
         ("处理人", c.name_of(c.resolved_by or c.assignee), _day(c.resolved_at)),
         ("回访人", c.callback.by if c.callback else "", _day(c.callback.at) if c.callback else ""),
         ("部门经理", "", "")])
    return _render(services, "客户投诉处理单", c.number, form)


def return_order(services, number: str) -> bytes:
    """退换货单: request with its lines, approval, receipt and disposition, callback, the timeline."""
    from crdesk.pdf.complaint_form import Section
    from crdesk.pdf.return_form import ReturnLineRow, return_form

    r = services.returns.get_by_number(number)
    decided = "驳回原因" if r.status == "rejected" else "审批意见"
    request = Section("申请信息", [
        ("客户", f"{r.client_code} {r.client_name}"), ("类型", RETURN_KIND_LABELS[r.kind]),
        ("关联投诉", r.complaint_number), ("原送货单", r.original_delivery),
        ("申请人", r.name_of(r.requested_by)), ("申请时间", when(r.requested_at)),
        ("状态", RETURN_STATUS_LABELS[r.status]), ("审批人", r.name_of(r.decided_by)),
    ], [("退换货原因", r.reason), (decided, r.decision_note)], blank_lines=2)
    handling = Section("收货及处理", [
        ("收货人", r.name_of(r.received_by)), ("收货时间", when(r.received_at)),
        ("处理方式", DISPOSITION_LABELS.get(r.disposition, "")), ("处理时间", when(r.completed_at)),
    ] + ([("补发送货任务", "、".join(r.replacement_orders))] if r.replacement_orders else []),
        [("处理说明", r.completion_note)], blank_lines=2)
    lines = [ReturnLineRow(ln.product_code, " ".join(filter(None, [ln.product_name, ln.specification])),
                           ln.batch_no, RETURN_REASON_LABELS.get(ln.reason, ln.reason), _number(ln.quantity),
                           ln.unit, f"{ln.unit_price:,.2f}", f"{ln.amount:,.2f}",
                           _number(ln.received_quantity) if ln.received_quantity is not None else "",
                           CONDITION_LABELS.get(ln.condition, "")) for ln in r.lines]
    form = return_form([request, handling, _callback_section(r.callback, r.callback_due)], lines,
                       _number(r.total_quantity), f"{r.total_amount:,.2f}", _timeline(r.timeline),
                       [("申请人", r.name_of(r.requested_by), _day(r.requested_at)),
                        ("审批", r.name_of(r.decided_by), _day(r.decided_at)),
                        ("收货人", r.name_of(r.received_by), _day(r.received_at)),
                        ("客户签字", "", "")])
    return _render(services, "退换货单", r.number, form)
