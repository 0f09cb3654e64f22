"""The packaging purchase plan form (包装物采购计划表), A4 landscape: every line with its arithmetic
(required, stock, open purchases, safety stock, net need, pack size / minimum order, proposed and final
quantity), price, amount, supplier and needed-by date; the total amount; 制表 / 审核 / 批准 with names and
dates. The line table repeats its heading on every page (a 100-line plan runs over several pages).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from crdesk.pdf.document import Column, Company, Document, TextBlock
from crdesk.pdf.production_plan import LineTable, PlanHead, plan_document

FORMULA = ("需求量 = Σ 计划产量 × 单耗 × (1 + 损耗率)；净需求 = 需求量 − 库存 − 在途 + 安全库存；"
           "建议采购：净需求 ≤ 0 时为 0，否则取净需求与起订量之大者，按包装量向上取整。"
           "采购数量与建议不同时须注明原因。")

COLUMNS = (
    Column("序号", 0.42, "center"), Column("物料编号", 0.95), Column("名称 / 规格", 2.0), Column("单位", 0.45, "center"),
    Column("需求量", 0.95, "right"), Column("库存", 0.85, "right"), Column("在途", 0.85, "right"),
    Column("安全库存", 0.8, "right"), Column("净需求", 0.95, "right"), Column("包装量 / 起订量", 1.05, "right"),
    Column("建议采购", 0.95, "right"), Column("采购数量", 0.95, "right"), Column("单价", 0.75, "right"),
    Column("金额（元）", 1.05, "right"), Column("供应商", 1.3), Column("需用日期", 0.95, "center"),
    Column("调整原因", 1.3),
)


@dataclass(frozen=True)
class PurchaseLine:
    code: str
    name: str
    unit: str
    required: str
    stock: str
    on_order: str
    safety_stock: str
    net: str
    pack: str  # "50 / 200"
    proposed: str
    quantity: str
    unit_price: str
    amount: str
    supplier: str
    needed_by: str
    reason: str = ""


@dataclass(frozen=True)
class PurchasePlanForm:
    head: PlanHead
    lines: Sequence[PurchaseLine]
    total_amount: str


def _row(index: int, line: PurchaseLine) -> list[str]:
    return [str(index), line.code, line.name, line.unit, line.required, line.stock, line.on_order, line.safety_stock,
            line.net, line.pack, line.proposed, line.quantity, line.unit_price, line.amount, line.supplier,
            line.needed_by, line.reason]


def document(form: PurchasePlanForm, company: Company) -> Document:
    rows = [_row(index, line) for index, line in enumerate(form.lines, start=1)]
    rows.append(["", "合计", f"{len(form.lines)} 项", *[""] * 10, form.total_amount, "", "", ""])
    table = LineTable(COLUMNS, rows, title="采购明细")
    return plan_document(form.head, company, [table, TextBlock("计算方法", FORMULA)])


def render(form: PurchasePlanForm, company: Company) -> bytes:
    from crdesk.pdf.layout import render as render_document

    return render_document(document(form, company))
