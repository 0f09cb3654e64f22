"""Printed forms: the DOCUMENTS registry and the client-desk forms (客户档案卡, 回访记录单).

DOCUMENTS maps a name to ``"module:function"``; the function takes ``(services, *keys)`` and returns PDF
bytes. ``crdesk print NAME KEY… -o FILE.pdf`` and the GUI's print action use it. A builder gathers data
through the services (so permissions apply), turns it into a :class:`crdesk.pdf.layout.Document` with
Chinese labels, and renders it; ``pdf/`` never reads the database. Modules load on use (reportlab too).
"""
from __future__ import annotations

import datetime as dt
import importlib
from typing import Callable

# name -> "module:function"; function(services, *keys) -> bytes (a PDF).
DOCUMENTS: dict[str, str] = {
    "client": "crdesk.services.printing:client_card",
    "visit": "crdesk.services.printing:visit_record",
    "vehicle-log": "crdesk.services.fleet_printing:vehicle_log",
    "production-plan": "crdesk.services.plan_printing:production_plan",
    "purchase-plan": "crdesk.services.plan_printing:purchase_plan",
    "slip": "crdesk.services.slip_printing:slip",
    "run": "crdesk.services.slip_printing:run",
    "day": "crdesk.services.slip_printing:day",
    "complaint": "crdesk.services.case_printing:complaint",
    "return": "crdesk.services.case_printing:return_order",
    "monthly-report": "crdesk.services.report_printing:monthly_report",
}

SATISFACTION_LABELS = {1: "很不满意", 2: "不满意", 3: "一般", 4: "满意", 5: "非常满意"}
RECENT_VISITS = 10


def resolve(name: str) -> Callable[..., bytes]:
    if name not in DOCUMENTS:
        raise KeyError(name)
    module, function = DOCUMENTS[name].split(":")
    return getattr(importlib.import_module(module), function)


def when(value: dt.date | dt.datetime | None, empty: str = "") -> str:
    """A date or time as printed on forms: 2026-03-02 or 2026-03-02 14:30."""
    if value is None:
        return empty
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    return value.isoformat()


def satisfaction_text(score: int | None) -> str:
    return f"{score} 分（{SATISFACTION_LABELS[score]}）" if score in SATISFACTION_LABELS else ""


def document_frame(services, title: str, number: str, **options):
    """A Document with the company header from the business settings and 打印日期 (today) on the right."""
    from crdesk.pdf.layout import Company, Document

    return Document(title=title, number=number, company=Company.from_settings(services.settings.all()),
                    header_note=f"打印日期：{services.ctx.today().isoformat()}",
                    author=services.actor.display_name, **options)


def client_card(services, code: str) -> bytes:
    """客户档案卡: the client's fields, contacts, recent visits and note."""
    from crdesk.pdf.layout import Column, Field, FieldGrid, Signature, TableBlock, TextBlock, render
    from crdesk.services.clients import KIND_LABELS
    from crdesk.services.visits import KIND_LABELS as VISIT_KINDS

    client = services.clients.get_by_code(code)
    visits = services.visits.for_client(client.id, limit=RECENT_VISITS).rows
    fields = FieldGrid([
        Field("客户编号", client.code), Field("客户名称", client.name),
        Field("客户类型", KIND_LABELS.get(client.kind, client.kind)), Field("客户等级", client.grade),
        Field("所属区域", client.region), Field("联系电话", client.phone),
        Field("地址", client.address, span=2),
        Field("状态", "有效" if client.active else "停用"),
        Field("最后修改", " ".join(filter(None, [when(client.updated_at), client.updated_by]))),
    ], title="基本信息")
    contacts = TableBlock(
        [Column("姓名", 1.2), Column("职务", 1.2), Column("电话", 1.6), Column("电子邮箱", 2.4),
         Column("主要联系人", 1, "center")],
        [[c.name, c.title, c.phone, c.email, "是" if c.is_primary else ""] for c in client.contacts],
        title="联系人", empty_text="无")
    recent = TableBlock(
        [Column("编号", 1.7), Column("时间", 1.9), Column("方式", 1.1), Column("人员", 1.1),
         Column("目的 / 内容", 3.2), Column("满意度", 0.9, "center")],
        [[v.number, when(v.visited_at), VISIT_KINDS.get(v.kind, v.kind), v.staff, v.purpose or v.summary,
          v.satisfaction or ""] for v in visits],
        title=f"最近拜访 / 回访（最多 {RECENT_VISITS} 条）", empty_text="暂无记录")
    note = TextBlock("备注", client.note, min_lines=2)
    today = services.ctx.today().isoformat()
    return render(document_frame(services, "客户档案卡", client.code, blocks=[fields, contacts, recent, note],
                                 signatures=[Signature("制表", services.actor.display_name, today),
                                             Signature("审核")]))


def visit_record(services, number: str) -> bytes:
    """回访记录单: one visit or follow-up call with the client's contact details and signature lines."""
    from crdesk.pdf.layout import Field, FieldGrid, Signature, TextBlock, render
    from crdesk.services.visits import KIND_LABELS

    visit = services.visits.get_by_number(number)
    client = services.clients.get(visit.client_id)
    contact = next((c for c in client.contacts if c.is_primary), client.contacts[0] if client.contacts else None)
    fields = FieldGrid([
        Field("客户编号", client.code), Field("客户名称", client.name),
        Field("联系人", contact.name if contact else ""),
        Field("联系电话", (contact.phone if contact else "") or client.phone),
        Field("回访方式", KIND_LABELS.get(visit.kind, visit.kind)), Field("回访时间", when(visit.visited_at)),
        Field("回访人员", visit.staff), Field("满意度", satisfaction_text(visit.satisfaction)),
        Field("回访目的", visit.purpose, span=2),
        Field("下次回访", when(visit.next_follow_up, "无")),
    ], title="回访信息")
    return render(document_frame(services, "回访记录单", visit.number, blocks=[
        fields,
        TextBlock("回访内容", visit.summary, min_lines=5),
        TextBlock("客户意见及建议", "", min_lines=3),
    ], signatures=[Signature("回访人", visit.staff, when(visit.visited_at.date())), Signature("客户签字"),
                   Signature("审核")]))
