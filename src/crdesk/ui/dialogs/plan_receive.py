"""Goods in against an approved purchase plan (到货入库): the outstanding quantity of each line, the quantity
received now (defaults to all outstanding), and the supplier's delivery note number. Each received line
becomes a stock receipt; more than the outstanding quantity is refused at its row."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem

from crdesk.services.errors import ValidationError
from crdesk.services.plan_printing import number_text
from crdesk.services.purchase_plans import PurchasePlanData
from crdesk.ui.dialogs.plan_decision import open_record
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.forms.ui_planning_receive_dialog import Ui_PlanningReceiveDialog
from crdesk.ui.widgets.field_errors import FieldErrors
from crdesk.ui.widgets.line_columns import fit_columns

RECEIVED = 4


class ReceiveDialog(RecordDialog):
    workflow_step = True

    def __init__(self, app, plan: PurchasePlanData, parent=None):
        super().__init__(app, parent)
        self.setObjectName("plan_receive_dialog")
        self.ui = Ui_PlanningReceiveDialog()
        self.ui.setupUi(self)
        self.plan = plan
        self.lines = [line for line in plan.lines if line.outstanding > 0]
        ui = self.ui
        ui.summary_label.setText(self.tr("采购计划 {number}：填写本次实际到货数量（不超过未到货数量）").format(
            number=plan.header.display_number))
        self.errors = FieldErrors(ui.error_label, {"lines": ui.lines_table, "reference": ui.reference_edit},
                                  {"lines": self.tr("到货数量"), "reference": self.tr("送货单号")})
        table = ui.lines_table
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("物料编号"), self.tr("名称"), self.tr("采购数量"),
                                         self.tr("未到货"), self.tr("本次到货")])
        fit_columns(table, 1)
        table.verticalHeader().hide()
        self.load({"received": {line.id: line.outstanding for line in self.lines}, "reference": ""})
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.watch_changes()
        self.resize(620, 420)

    def load(self, data: dict) -> None:
        received = data["received"]
        self.ui.reference_edit.setText(data["reference"])
        table = self.ui.lines_table
        table.setRowCount(len(self.lines))
        for row, line in enumerate(self.lines):
            values = [line.material_code, line.material_name, number_text(line.quantity),
                      number_text(line.outstanding), number_text(received.get(line.id, Decimal(0)))]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column != RECEIVED:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                if column >= 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)

    def collect(self) -> dict:
        received = {}
        for row, line in enumerate(self.lines):
            raw = self.ui.lines_table.item(row, RECEIVED).text().strip().replace(",", "")
            try:
                quantity = Decimal(raw or "0")
            except InvalidOperation:
                raise ValidationError(f"lines.{line.id}.received", "not_a_number") from None
            if quantity:
                received[line.id] = quantity
        return {"received": received, "reference": self.ui.reference_edit.text()}

    def save(self, services, data: dict):
        return services.purchase_plans.receive(self.plan.id, data["received"], data["reference"])



def open_receive(app, parent, plan: PurchasePlanData, on_done: Callable) -> RecordDialog:
    return open_record(ReceiveDialog(app, plan, parent), on_done)
