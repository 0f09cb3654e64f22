"""The packaging purchase plan page: the arithmetic of every line, edits with a reason in a draft,
recalculation, the approval workflow, receiving goods against an approved plan, printing."""
from __future__ import annotations

from crdesk.services import permissions as P
from crdesk.services.errors import ValidationError
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

    def save_current(self) -> None:
        plan = self.current
        if plan is None or plan.id is None:
            return
        try:
            edits = self.grid.edits()
        except ValidationError as error:
            self.failed(error)
            return
        note = self.ui.note_edit.text()
        self.app.worker.submit(lambda s: s.purchase_plans.save(plan.id, plan.version, edits, note),
                               lambda saved: self.done(saved, _tr("已保存")), self.failed, owner=self)

    def receive(self) -> None:
        plan = self.current
        if plan is None:
            return
        from crdesk.ui.dialogs.plan_receive import open_receive

        self.opened_dialog = open_receive(self.app, self, plan, lambda saved: self.done(
            saved, _tr("已入库，库存已更新")))

