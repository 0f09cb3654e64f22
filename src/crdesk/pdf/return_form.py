"""The return authorisation form (退换货单): the case layout of :mod:`crdesk.pdf.complaint_form` with the
table of returned lines (requested and received quantity, condition) and its totals after the request."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from crdesk.pdf.complaint_form import CaseForm, Section
from crdesk.pdf.document import Column, TableBlock

LINE_COLUMNS = (
    Column("序号", 0.65, "center"), Column("产品编号", 1.05), Column("名称 / 规格", 2.0), Column("批次", 1.3),
    Column("原因", 1.1), Column("数量", 0.75, "right"), Column("单位", 0.6, "center"),
    Column("单价", 0.85, "right"), Column("金额(元)", 1.05, "right"), Column("实收", 0.75, "right"),
    Column("货物状况", 1.3),
)


@dataclass(frozen=True)
class ReturnLineRow:
    code: str
    name: str
    batch: str
    reason: str
    quantity: str
    unit: str
    unit_price: str
    amount: str
    received: str = ""
    condition: str = ""


def lines_block(lines: Sequence[ReturnLineRow], total_quantity: str, total_amount: str) -> TableBlock:
    rows = [[str(index), ln.code, ln.name, ln.batch, ln.reason, ln.quantity, ln.unit, ln.unit_price, ln.amount,
             ln.received, ln.condition] for index, ln in enumerate(lines, start=1)]
    rows.append(["", "合计", f"{len(lines)} 项", "", "", total_quantity, "", "", total_amount, "", ""])
    return TableBlock(LINE_COLUMNS, rows, title="退换货明细")


def return_form(sections: Sequence[Section], lines: Sequence[ReturnLineRow], total_quantity: str,
                total_amount: str, timeline, signatures) -> CaseForm:
    return CaseForm(sections, timeline, signatures,
                    after_first=(lines_block(lines, total_quantity, total_amount),))
