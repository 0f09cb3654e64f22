"""The production plan page: pick a month and start a plan (empty or copied from last month), edit the
week grid, see actual production beside it (import a CSV of actuals), run the approval workflow, generate the
packaging purchase plan from an approved plan, print."""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog

from crdesk.services import permissions as P
from crdesk.services.errors import ValidationError
from crdesk.services.production_plans import ProductionPlanData, first_of_month
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_planning_production import Ui_PlanningProduction
from crdesk.ui.widgets.plan_grid import WeekGrid, _tr
from crdesk.ui.widgets.plan_grid_page import PlanPage


class ProductionPage(PlanPage):
    kind = "production_plan"
    document = "production-plan"
    purchase_generated = Signal(object)  # the purchase plan made from the plan on screen

    def __init__(self, app, parent=None):
        self.noun = _tr("生产计划")
        super().__init__(app, Ui_PlanningProduction(), WeekGrid, parent)
        ui = self.ui
        today = QDate.currentDate()
        ui.month_edit.setDate(QDate(today.year(), today.month(), 1).addMonths(1))
        ui.new_button.clicked.connect(self.new_plan)
        ui.copy_button.clicked.connect(self.copy_last_month)
        ui.add_product_button.clicked.connect(self.add_product)
        ui.remove_product_button.clicked.connect(self.grid.remove_selected)
        ui.actuals_button.clicked.connect(self.import_actuals)
        ui.purchase_button.clicked.connect(self.generate_purchase)
        ui.actual_check.toggled.connect(self._toggle_actual)
        editing = app.can(P.PLANS_EDIT)
        for widget in (ui.month_label, ui.month_edit, ui.new_button, ui.copy_button):
            widget.setVisible(editing)
        self.grid.changed.connect(self._show_total)

    def service(self, services):
        return services.production_plans

    def month(self) -> dt.date:
        date = self.ui.month_edit.date()
        return dt.date(date.year(), date.month(), 1)

    def _toggle_actual(self, on: bool) -> None:
        if self.dirty and not self._discard_ok():
            self.ui.actual_check.blockSignals(True)
            self.ui.actual_check.setChecked(not on)
            self.ui.actual_check.blockSignals(False)
        elif self.current is not None:
            self.show_plan(self.current)

    def actual_mode(self, plan=None) -> bool:
        plan = plan if plan is not None else self.current
        return self.ui.actual_check.isChecked() and plan is not None and plan.header is not None

    def load_grid(self, plan: ProductionPlanData, editable: bool) -> None:
        if self.actual_mode(plan):  # actuals are facts: entered also for a locked plan
            self.grid.load(plan, self.app.can(P.PLANS_EDIT), actual=True)
        else:
            self.grid.load(plan, editable)
        self._show_total()

    def _show_total(self) -> None:
        self.ui.total_label.setText(_tr("计划合计：{total}").format(total=f"{self.grid.total():,}"))

    def update_buttons(self, plan, editable: bool) -> None:
        super().update_buttons(plan, editable)
        ui, status = self.ui, plan.header.status if plan is not None and plan.header else ""
        actual = self.actual_mode(plan)
        ui.add_product_button.setVisible(editable and not actual)
        ui.remove_product_button.setVisible(editable and not actual)
        ui.actual_check.setVisible(plan is not None and plan.header is not None)
        ui.actuals_button.setVisible(plan is not None and plan.header is not None and self.app.can(P.PLANS_EDIT))
        if actual:
            ui.save_button.setVisible(self.app.can(P.PLANS_EDIT))
        ui.purchase_button.setVisible(status == "approved" and self.app.can(P.PLANS_EDIT))

    # --- starting a plan
    def new_plan(self) -> None:
        self._start(lambda s: ProductionPlanData(self.month(), []), self.month())

    def copy_last_month(self) -> None:
        month = self.month()
        self._start(lambda s: s.production_plans.copy_from_previous_month(month), month)

    def _start(self, make, month: dt.date) -> None:
        if self.dirty and not self._discard_ok():
            return

        def run(services):
            existing = services.production_plans.for_month(month)
            return existing if existing is not None else make(services)

        def show(plan) -> None:
            self.show_plan(plan)
            if plan.id is not None:
                self.status_message(_tr("{month} 已有计划，已打开").format(month=f"{month:%Y-%m}"))
            else:
                self.dirty = True

        self.app.worker.submit(run, show, self.failed, owner=self)

    def add_product(self) -> None:
        def choose(products) -> None:
            taken = self.grid.product_ids()
            offered = [p for p in products if p.id not in taken]
            labels = [p.label for p in offered]
            if not labels:
                self.status_message(_tr("没有可添加的产品"))
                return
            label, ok = QInputDialog.getItem(self, _tr("添加产品"), _tr("产品"), labels, 0, False)
            if ok and label:
                product = offered[labels.index(label)]
                self.grid.add_product(product.id, product.code, product.name, product.unit)

        self.app.worker.submit(lambda s: s.products.choices(), choose, lambda e: show_error(self, e), owner=self)

    # --- saving and follow-ups
    def save_current(self) -> None:
        if self.current is not None and self.actual_mode():
            self.save_actuals()
        else:
            super().save_current()

    def collect(self) -> ProductionPlanData:
        return dataclasses.replace(self.current, lines=self.grid.lines(), note=self.ui.note_edit.text(),
                                   month=first_of_month(self.current.month))

    def save(self, services, data: ProductionPlanData) -> ProductionPlanData:
        return services.production_plans.save(data)

    def save_actuals(self) -> None:
        plan = self.current
        try:
            entries = self.grid.actual_entries()
        except ValidationError as error:
            self.failed(error)
            return
        self.app.worker.submit(lambda s: (s.production_actuals.record(plan.month, entries),
                                          s.production_plans.get(plan.id)),
                               lambda result: self.done(result[1], _tr("已保存 {count} 个实际产量").format(
                                   count=result[0])), self.failed, owner=self)

    def import_actuals(self) -> None:
        plan = self.current
        if plan is None or plan.header is None:
            return
        path, _ = QFileDialog.getOpenFileName(self, _tr("导入实际产量（列：产品编号, 周, 数量）"), "",
                                              _tr("CSV 文件 (*.csv)"))
        if path:
            self.app.worker.submit(lambda s: (s.production_actuals.import_csv(plan.month, path),
                                              s.production_plans.get(plan.id)),
                                   lambda result: self.done(result[1], _tr("已导入 {count} 个实际产量").format(
                                       count=result[0])), self.failed, owner=self)

    def generate_purchase(self) -> None:
        plan = self.current
        if plan is not None and plan.id is not None:
            self.app.worker.submit(lambda s: s.purchase_plans.generate(plan.id), self.purchase_generated.emit,
                                   self.failed, owner=self)
