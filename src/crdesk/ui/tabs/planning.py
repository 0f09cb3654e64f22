"""Planning (生产计划 / 包装物采购计划): the production plan grid by week, the purchase plans generated from
it, packaging materials with their stock, and the approval inbox. A banner tells the submitter the decisions
on what they submitted until they acknowledge them."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from crdesk.services import approvals
from crdesk.ui.dialogs.plan_decision import open_decision
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_planning_approvals import Ui_PlanningApprovals
from crdesk.ui.forms.ui_planning_tab import Ui_PlanningTab
from crdesk.ui.models.paged import display
from crdesk.ui.tabs.base import AreaTab
from crdesk.ui.widgets.plan_grid import _tr
from crdesk.ui.widgets.plan_grid_page import status_label

PAGES = ("production", "purchase", "materials", "approvals")
OTHER_TABS = {"return_order": "returns"}  # approval kinds that open in another tab


def _fill(table, rows: list[list[str]]) -> None:
    """A short list (at most a few hundred rows): fill it and fit the columns to their contents."""
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class ApprovalsPage(QWidget):
    """Everything waiting for the actor's decision across crdesk, and the decisions on what they submitted."""

    open_requested = Signal(str, int)  # kind, record id
    decisions_loaded = Signal(list)

    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        self.ui = Ui_PlanningApprovals()
        self.ui.setupUi(self)
        self.inbox: list[approvals.PendingItem] = []
        self.decisions: list[approvals.Decision] = []
        ui = self.ui
        for table, headers in ((ui.inbox_table, [_tr("类别"), _tr("编号"), _tr("事项"), _tr("提交人"), _tr("提交时间"),
                                                 _tr("金额（元）")]),
                               (ui.decisions_table, [_tr("类别"), _tr("编号"), _tr("事项"), _tr("结果"), _tr("审批人"),
                                                     _tr("时间"), _tr("意见 / 原因")])):
            table.setColumnCount(len(headers))
            table.setHorizontalHeaderLabels(headers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().hide()
        deciding = any(app.can(source.permission) for source in approvals.SOURCES.values())
        for widget in (ui.inbox_label, ui.inbox_table, ui.open_button, ui.approve_button, ui.reject_button):
            widget.setVisible(deciding)
        ui.refresh_button.clicked.connect(self.load)
        ui.open_button.clicked.connect(lambda: self._open(self._selected(ui.inbox_table, self.inbox)))
        ui.decision_open_button.clicked.connect(lambda: self._open(self._selected(ui.decisions_table, self.decisions)))
        ui.approve_button.clicked.connect(lambda: self.decide(True))
        ui.reject_button.clicked.connect(lambda: self.decide(False))
        ui.ack_button.clicked.connect(self.acknowledge_selected)
        ui.inbox_table.doubleClicked.connect(lambda _i: ui.open_button.click())

    def load(self) -> None:
        self.app.worker.submit(lambda s: (s.approvals.inbox(), s.approvals.my_decisions()), self._show,
                               lambda e: show_error(self, e), owner=self)

    def _show(self, result) -> None:
        self.inbox, self.decisions = result
        _fill(self.ui.inbox_table, [
            [_tr(approvals.label_of(i.kind)), i.number, i.title, i.submitted_name, display(i.submitted_at),
             f"{i.amount:,.2f}" if i.amount is not None else ""] for i in self.inbox])
        _fill(self.ui.decisions_table, [
            [_tr(approvals.label_of(d.kind)), d.number, d.title, status_label(d.status), d.decided_name,
             display(d.decided_at), d.reason or d.comment] for d in self.decisions])
        self.ui.inbox_label.setText(_tr("待我审批（全系统）：{count} 项").format(count=len(self.inbox)))
        self.decisions_loaded.emit(self.decisions)

    @staticmethod
    def _selected(table, items):
        row = table.currentRow()
        return items[row] if 0 <= row < len(items) else None

    def _open(self, item) -> None:
        if item is not None:
            self.open_requested.emit(item.kind, item.record_id)

    def decide(self, approve: bool) -> None:
        item = self._selected(self.ui.inbox_table, self.inbox)
        if item is None:
            return
        summary = _tr("{kind} {number}：{title}（{who}）").format(kind=_tr(approvals.label_of(item.kind)),
                                                               number=item.number, title=item.title,
                                                               who=item.submitted_name)
        if approve:
            decide = lambda s, _r, comment: s.approvals.approve(item.kind, item.record_id, item.version, comment)  # noqa: E731
        else:
            decide = lambda s, reason, c: s.approvals.reject(item.kind, item.record_id, item.version, reason, c)  # noqa: E731
        self.opened_dialog = open_decision(self.app, self, approve, summary, decide, lambda _result: self.load())

    def acknowledge_selected(self) -> None:
        items = [self.decisions[i.row()] for i in self.ui.decisions_table.selectionModel().selectedRows()] \
            or self.decisions
        self.acknowledge(items)

    def acknowledge(self, items) -> None:
        def run(services):
            for item in items:
                services.approvals.acknowledge(item.kind, item.record_id)

        self.app.worker.submit(run, lambda _r: self.load(), lambda e: show_error(self, e), owner=self)


class PlanningTab(AreaTab):
    supported_actions = frozenset({"new", "print", "refresh", "export"})
    # the plans, materials and stock, and the approvals inbox (which also lists returns)
    watched_tables = frozenset({"production_plan", "production_actual", "purchase_plan", "purchase_plan_line",
                                "packaging_material", "bom_line", "stock_movement", "product", "return_order"})

    def __init__(self, app, parent=None):
        super().__init__(app, parent)
        from crdesk.ui.widgets.plan_grid_materials import MaterialsPage
        from crdesk.ui.widgets.plan_grid_production import ProductionPage
        from crdesk.ui.widgets.plan_grid_purchase_page import PurchasePage

        self.ui = Ui_PlanningTab()
        self.ui.setupUi(self)
        self.production, self.purchase = ProductionPage(app, self), PurchasePage(app, self)
        self.materials, self.approvals = MaterialsPage(app, self), ApprovalsPage(app, self)
        ui = self.ui
        for name in PAGES:
            getattr(ui, f"{name}_page_layout").addWidget(getattr(self, name))
        ui.decision_banner.setStyleSheet("#decision_banner { background: #eef5fb; border: 1px solid #c5d9ec; }")
        ui.decision_banner.hide()
        self.production.purchase_generated.connect(self._purchase_generated)
        self.approvals.open_requested.connect(self.open_record)
        self.approvals.decisions_loaded.connect(self._show_banner)
        ui.decision_open_button.clicked.connect(lambda: ui.view_tabs.setCurrentWidget(ui.approvals_page))
        ui.decision_ack_button.clicked.connect(lambda: self.approvals.acknowledge(self.approvals.decisions))
        self.refresh()

    def refresh(self) -> None:
        self.production.refresh()
        self.purchase.refresh()
        self.materials.refresh()
        self.approvals.load()

    def _show_banner(self, decisions) -> None:
        banner = self.ui.decision_banner
        if not decisions:
            banner.hide()
            return
        first = decisions[0]
        text = _tr("您提交的{kind} {number} {result}（{who} {when}）").format(
            kind=_tr(approvals.label_of(first.kind)), number=first.number, result=status_label(first.status),
            who=first.decided_name, when=display(first.decided_at))
        if first.status == "rejected" and first.reason:
            text += _tr("，驳回原因：{reason}").format(reason=first.reason)
        if len(decisions) > 1:
            text += _tr("；另有 {count} 项审批结果").format(count=len(decisions) - 1)
        self.ui.decision_label.setText(text)
        banner.show()

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a plan named by the approval inbox (other kinds belong to their own tabs)."""
        target = {"production_plan": (self.production, self.ui.production_page),
                  "purchase_plan": (self.purchase, self.ui.purchase_page)}.get(kind)
        if target is not None:
            self.ui.view_tabs.setCurrentWidget(target[1])
            target[0].open_plan(record_id)
        elif kind in OTHER_TABS and hasattr(self.window(), "select_tab"):
            self.window().select_tab(OTHER_TABS[kind])

    def _purchase_generated(self, plan) -> None:
        self.ui.view_tabs.setCurrentWidget(self.ui.purchase_page)
        self.purchase.done(plan, _tr("已生成采购计划 {number}").format(number=plan.header.display_number))

    def sample_dialogs(self):
        """For `crdesk screenshot`: the other pages standalone, and the decision and material forms."""
        from crdesk.ui.dialogs.plan_decision import DecisionDialog
        from crdesk.ui.dialogs.plan_material import MaterialDialog
        from crdesk.ui.widgets.plan_grid_materials import MaterialsPage
        from crdesk.ui.widgets.plan_grid_purchase_page import PurchasePage

        pages = [("purchase_page", PurchasePage(self.app)), ("materials_page", MaterialsPage(self.app)),
                 ("approvals_page", ApprovalsPage(self.app))]
        for _name, page in pages:
            page.resize(self.size())
            page.load() if isinstance(page, ApprovalsPage) else page.refresh()
        rows = self.app.worker.run_sync(lambda s: s.materials.page(limit=1).rows)
        material = self.app.worker.run_sync(lambda s: s.materials.get(rows[0].id)) if rows else None
        summary = self.tr("生产计划 SC20260001（2026年03月）")
        return pages + [("decision_dialog", DecisionDialog(self.app, False, summary, lambda *a: None, self)),
                        ("material_dialog", MaterialDialog(self.app, material, self))]

    def _current_page(self):
        return getattr(self, PAGES[self.ui.view_tabs.currentIndex()])

    def new_record(self) -> None:
        page = self._current_page()
        if page is self.production:
            self.production.new_plan()
        elif page is self.materials:
            self.materials.new_material()

    def print_current(self) -> None:
        page = self._current_page()
        if page in (self.production, self.purchase):
            page.print_current()

    def export(self) -> None:
        from crdesk.services import planning_exports

        page = self._current_page()
        if page is self.production:
            self.export_to_file(self.tr("生产计划"), planning_exports.production_plans)
        elif page is self.purchase:
            self.export_to_file(self.tr("包装物采购计划"), planning_exports.purchase_plans)
        else:
            self.export_to_file(self.tr("包装物"), planning_exports.materials)
