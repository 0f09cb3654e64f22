"""The packaging purchase plan page: the arithmetic of every line, edits with a reason in a draft,
recalculation, the approval workflow, receiving goods against an approved plan, printing."""
from __future__ import annotations

import dataclasses

from crdesk.services import permissions as P
from crdesk.services.purchase_lines import LineEdit
from crdesk.services.purchase_plans import PurchasePlanData
from crdesk.ui.forms.ui_planning_purchase import Ui_PlanningPurchase
from crdesk.ui.widgets.plan_grid import _tr
from crdesk.ui.widgets.plan_grid_page import PlanPage
from crdesk.ui.widgets.plan_grid_purchase import PurchaseGrid

FORMULA = ("建议采购 = 净需求（需求量 − 库存 − 在途 + 安全库存）≤ 0 时为 0，否则取与起订量之大者，按包装量向上取整；"
           "采购数量与建议不同时须填写调整原因。")


class PurchasePage(PlanPage):
    kind = "purchase_plan"
    document = "purchase-plan"

    def __init__(self, app, parent=None):
        self.noun = _tr("包装物采购计划")
        super().__init__(app, Ui_PlanningPurchase(), PurchaseGrid, parent)
        ui = self.ui
        ui.formula_label.setText(_tr(FORMULA))
        ui.regenerate_button.clicked.connect(lambda: self.act(
            lambda s, p: s.purchase_plans.regenerate(p.id, p.version), _tr("已按最新库存和在途重新计算")))
        ui.receive_button.clicked.connect(self.receive)
        self.grid.changed.connect(self._show_total)

    def service(self, services):
        return services.purchase_plans

    def title_of(self, plan) -> str:
        title = super().title_of(plan)
        return title if plan is None else _tr("{title}　依据生产计划 {source}").format(
            title=title, source=plan.production_plan_number)

    def load_grid(self, plan, editable: bool) -> None:
        self.grid.load(plan, editable)
        self._show_total()

    def _show_total(self) -> None:
        self.ui.total_label.setText(_tr("合计金额：{amount} 元").format(amount=self.grid.total_text()))

    def update_buttons(self, plan, editable: bool) -> None:
        super().update_buttons(plan, editable)
        status = plan.header.status if plan is not None and plan.header else ""
        self.ui.regenerate_button.setVisible(editable)
        outstanding = plan is not None and any(line.outstanding > 0 for line in plan.lines)
        self.ui.receive_button.setVisible(status == "approved" and outstanding and self.app.can(P.STOCK_EDIT))

    def collect(self) -> PurchasePlanData:
        """The plan with the grid's edits in its lines (ValidationError at a cell that is not a number or date)."""
        edits = {edit.line_id: edit for edit in self.grid.edits()}
        lines = [dataclasses.replace(line, quantity=edits[line.id].quantity, adjust_reason=edits[line.id].reason,
                                     supplier=edits[line.id].supplier, needed_by=edits[line.id].needed_by)
                 for line in self.current.lines]
        return dataclasses.replace(self.current, lines=lines, note=self.ui.note_edit.text())

    def save(self, services, data: PurchasePlanData) -> PurchasePlanData:
        edits = [LineEdit(line.id, line.quantity, line.adjust_reason, line.supplier, line.needed_by)
                 for line in data.lines]
        return services.purchase_plans.save(data.id, data.version, edits, data.note)

    def receive(self) -> None:
        plan = self.current
        if plan is None:
            return
        from crdesk.ui.dialogs.plan_receive import open_receive

        self.opened_dialog = open_receive(self.app, self, plan, lambda saved: self.done(
            saved, _tr("已入库，库存已更新")))

