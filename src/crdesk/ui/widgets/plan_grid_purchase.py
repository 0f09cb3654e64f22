"""The purchase plan's line grid: every term of the arithmetic read-only; in a draft the quantity, the reason
for a change, the supplier and the needed-by date are editable. The amount follows the quantity as typed,
and a quantity that differs from the proposal is highlighted until it has a reason."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget

from crdesk.services.errors import ValidationError
from crdesk.services.plan_printing import money_text, number_text
from crdesk.services.planning_math import amount_of
from crdesk.services.purchase_plans import LineEdit, PurchasePlanData
from crdesk.ui.widgets.plan_grid import ID_ROLE, GridBase, _tr

EDITED = QBrush(QColor("#fff6d6"))
QUANTITY, REASON, AMOUNT, SUPPLIER, NEEDED_BY = 10, 11, 13, 14, 15


class PurchaseGrid(GridBase):
    def __init__(self, table: QTableWidget):
        headers = [_tr("物料编号"), _tr("名称 / 规格"), _tr("单位"), _tr("需求量"), _tr("库存"), _tr("在途"),
                   _tr("安全库存"), _tr("净需求"), _tr("包装量 / 起订量"), _tr("建议采购"), _tr("采购数量"),
                   _tr("调整原因"), _tr("单价"), _tr("金额"), _tr("供应商"), _tr("需用日期"), _tr("已到货")]
        super().__init__(table, headers, {"quantity": QUANTITY, "reason": REASON, "supplier": SUPPLIER,
                                          "needed_by": NEEDED_BY, "material": 0, "received": 16},
                         (8, 18, 4, 8, 8, 8, 8, 8, 10, 8, 8, 14, 6, 10, 12, 10, 8))
        self.plan: PurchasePlanData | None = None

    def load(self, plan: PurchasePlanData, editable: bool) -> None:
        self.plan, self.editable = plan, editable
        with self.filling():
            self.table.setRowCount(len(plan.lines) + 1)
            for row, line in enumerate(plan.lines):
                name = " ".join(filter(None, [line.material_name, line.specification]))
                fixed = [line.material_code, name, line.unit, number_text(line.required), number_text(line.stock),
                         number_text(line.on_order), number_text(line.safety_stock), number_text(line.net),
                         f"{number_text(line.pack_size)} / {number_text(line.min_order)}", number_text(line.proposed)]
                for column, value in enumerate(fixed):
                    self.cell(row, column, value, right=column > 2 and column != 1,
                              data=line.id if column == 0 else None)
                self.cell(row, QUANTITY, number_text(line.quantity), editable=True, right=True)
                self.cell(row, REASON, line.adjust_reason, editable=True)
                self.cell(row, 12, number_text(line.unit_price), right=True)
                self.cell(row, AMOUNT, money_text(line.amount), right=True)
                self.cell(row, SUPPLIER, line.supplier, editable=True)
                self.cell(row, NEEDED_BY, line.needed_by.isoformat() if line.needed_by else "", editable=True)
                self.cell(row, 16, number_text(line.received), right=True)
            last = len(plan.lines)
            for column in range(self.table.columnCount()):
                self.cell(last, column, _tr("合计") if column == 1 else "", right=True)
            self.shade_totals(last)
        self.recalculate()

    def recalculate(self) -> None:
        if self.plan is None:
            return
        total = Decimal(0)
        with self.filling():
            for row, line in enumerate(self.plan.lines):
                try:
                    quantity = self.number(row, QUANTITY, "quantity")
                except ValidationError:
                    continue
                amount = amount_of(quantity, line.unit_price)
                total += amount
                self.table.item(row, AMOUNT).setText(money_text(amount))
                if self.editable:
                    edited = quantity != line.proposed and not self.text(row, REASON)
                    self.table.item(row, QUANTITY).setBackground(EDITED if edited else QBrush())
            self.table.item(len(self.plan.lines), AMOUNT).setText(money_text(total))

    def total_text(self) -> str:
        return self.text(len(self.plan.lines), AMOUNT) if self.plan else ""

    def edits(self) -> list[LineEdit]:
        """One edit per line, in row order (service errors name ``lines.<row>.<field>``)."""
        return [LineEdit(self.table.item(row, 0).data(ID_ROLE), self.number(row, QUANTITY, "quantity"),
                         self.text(row, REASON), self.text(row, SUPPLIER), self._date(row))
                for row in range(len(self.plan.lines))] if self.plan else []

    def _date(self, row: int) -> dt.date | None:
        raw = self.text(row, NEEDED_BY)
        if not raw:
            return None
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise ValidationError(f"lines.{row}.needed_by", "invalid_date") from None
