"""Returns and exchanges (退换货): the paged list with filters, the selected return with its lines and
timeline, and the buttons for the next step (approval only where the user's limit allows)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from crdesk.db.models.complaints import RETURN_KIND_LABELS, RETURN_STATUS_LABELS
from crdesk.services import permissions as P
from crdesk.services.paging import COUNT_CAP
from crdesk.services.return_lists import ReturnFilter
from crdesk.ui.dialogs import return_actions as actions
from crdesk.ui.dialogs.complaint_labels import (condition, disposition, fill, return_kind, return_reason,
                                                return_status, satisfaction, step)
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_returns_tab import Ui_ReturnsTab
from crdesk.ui.models.paged import Column, PagedTableModel, display
from crdesk.ui.tabs.base import AreaTab

STEP_BUTTONS = {  # button → (statuses it applies to, action)
    "approve_button": (("requested",), actions.approve),
    "reject_button": (("requested",), actions.reject),
    "receive_button": (("approved",), actions.receive),
    "complete_button": (("received",), actions.complete),
    "callback_button": (("completed",), actions.callback),
    "archive_button": (("followed_up",), actions.archive),
}


def _fill_table(table: QTableWidget, headers: list[str], rows: list[list[str]]) -> None:
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(value))
    table.resizeColumnsToContents()


class ReturnsTab(AreaTab):
    supported_actions = frozenset({"new", "find", "print", "refresh", "export"})
    watched_tables = frozenset({"return_order", "return_line", "client", "product"})

    def __init__(self, app, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_ReturnsTab()
        self.ui.setupUi(self)
        self.current = None
        self.opened_dialog = None
        self._selected_id: int | None = None
        self._can_approve = False
        self._search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.apply_filter)
        self.model = PagedTableModel(app.worker, self._columns(), self._fetch(ReturnFilter()), "requested_at",
                                     parent=self)
        self.model.sort(1, Qt.SortOrder.DescendingOrder)
        self.ui.return_table.setModel(self.model)
        self.restore_table(self.ui.return_table, "returns")
        self.ui.return_table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        for table in (self.ui.lines_table, self.ui.timeline_table):
            table.horizontalHeader().setStretchLastSection(True)
            table.verticalHeader().hide()
        ui = self.ui
        ui.status_filter.addItem(self.tr("全部状态"), "")
        ui.status_filter.addItem(self.tr("办理中"), "open")
        fill(ui.status_filter, RETURN_STATUS_LABELS, return_status)
        fill(ui.kind_filter, RETURN_KIND_LABELS, return_kind, (self.tr("退货和换货"), ""))
        self._connect()
        self._show_detail(None)
        self.apply_filter()
        app.worker.submit(lambda s: s.returns.limits(), self._show_limits, owner=self)

    def _columns(self) -> list[Column]:
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return [
            Column(self.tr("单号"), lambda r: r.number, "number", 10),
            Column(self.tr("申请时间"), lambda r: r.requested_at, "requested_at", 9),
            Column(self.tr("客户"), lambda r: r.client, None, 14),
            Column(self.tr("类型"), lambda r: return_kind(r.kind), None, 3),
            Column(self.tr("状态"), lambda r: return_status(r.status), None, 4),
            Column(self.tr("数量"), lambda r: f"{r.total_quantity.normalize():f}", None, 4, right),
            Column(self.tr("金额(元)"), lambda r: f"{r.total_amount:,.2f}", None, 6, right),
            Column(self.tr("申请人"), lambda r: r.requested_by, None, 5),
        ]

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        ui.search_edit.returnPressed.connect(self.apply_filter)
        for combo in (ui.status_filter, ui.kind_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        ui.return_table.selectionModel().currentRowChanged.connect(self._row_changed)
        ui.return_table.doubleClicked.connect(lambda _: self.edit_selected())
        ui.new_button.clicked.connect(self.new_record)
        ui.edit_button.clicked.connect(self.edit_selected)
        ui.print_button.clicked.connect(self.print_current)
        ui.export_button.clicked.connect(self.export)
        for name, (_statuses, action) in STEP_BUTTONS.items():
            getattr(ui, name).clicked.connect(lambda _=False, a=action: self._run_step(a))
        self.model.page_loaded.connect(self._restore_selection)
        self.model.failed.connect(lambda error: show_error(self, error))

    def _show_limits(self, limits) -> None:
        self.ui.limit_label.setText(self.tr("配送员/接待员审批限额：{quantity} 件、{amount} 元").format(
            quantity=limits[0], amount=limits[1]))

    # --- filtering
    def current_filter(self) -> ReturnFilter:
        ui = self.ui
        return ReturnFilter(text=ui.search_edit.text(), status=ui.status_filter.currentData() or "",
                            kind=ui.kind_filter.currentData() or "")

    @staticmethod
    def _fetch(flt: ReturnFilter):
        return lambda s, key, desc, after, limit: s.returns.page(flt, key, desc, after, limit)

    def apply_filter(self) -> None:
        flt = self.current_filter()
        self.model.set_fetch(self._fetch(flt))
        self.ui.count_label.setText(self.tr("计数中…"))
        self.app.worker.submit(lambda s: s.returns.count(flt), self._show_count, owner=self)

    def _show_count(self, count: int) -> None:
        shown = f"{COUNT_CAP}+" if count > COUNT_CAP else str(count)
        self.ui.count_label.setText(self.tr("共 {count} 张").format(count=shown))

    def show_number(self, number: str) -> None:
        """Find one return by its number (from "my work" or a complaint)."""
        self.ui.search_edit.setText(number)
        self._selected_id = None
        self.apply_filter()

    # --- selection and detail
    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.load_detail(self.model.row_at(current.row()).id)

    def load_detail(self, return_id: int) -> None:
        self._selected_id = return_id

        def load(services):
            data = services.returns.get(return_id)
            return data, services.returns.can_approve(data)

        self.app.worker.submit(load, self._loaded, lambda e: show_error(self, e), owner=self)

    def _loaded(self, result) -> None:
        data, can_approve = result
        if data.id == self._selected_id:
            self._can_approve = can_approve
            self._show_detail(data)

    def _show_detail(self, r) -> None:
        self.current = r
        ui = self.ui
        ui.detail_title.setText(f"{r.number}　{return_kind(r.kind)}　{return_status(r.status)}　{r.client_name}"
                                if r else self.tr("未选择退换货单"))
        ui.detail_text.setText(self._detail_text(r) if r else "")
        _fill_table(ui.lines_table, [self.tr("产品"), self.tr("批次"), self.tr("原因"), self.tr("数量"),
                                     self.tr("金额"), self.tr("实收"), self.tr("状况")],
                    [[f"{ln.product_code} {ln.product_name}", ln.batch_no, return_reason(ln.reason),
                      f"{ln.quantity.normalize():f} {ln.unit}", f"{ln.amount:,.2f}",
                      f"{ln.received_quantity.normalize():f}" if ln.received_quantity is not None else "",
                      condition(ln.condition)] for ln in (r.lines if r else [])])
        _fill_table(ui.timeline_table, [self.tr("时间"), self.tr("人员"), self.tr("步骤"), self.tr("说明")],
                    [[display(e.at), e.display_name or e.username, step(e.action), e.note]
                     for e in (r.timeline if r else [])])
        editable = r is not None and self.app.can(P.RETURNS_EDIT)
        for name, (statuses, _action) in STEP_BUTTONS.items():
            getattr(ui, name).setEnabled(editable and r.status in statuses)
        for button in (ui.approve_button, ui.reject_button):
            button.setEnabled(button.isEnabled() and self._can_approve)
        if editable and self.app.can(P.COMPLAINTS_ARCHIVE_WITHOUT_CALLBACK) and r.status in (
                "approved", "received", "completed"):
            ui.archive_button.setEnabled(True)  # the manager's archive without a callback (reason required)
        ui.edit_button.setEnabled(editable and r.status == "requested")
        ui.print_button.setEnabled(r is not None)
        ui.new_button.setVisible(self.app.can(P.RETURNS_EDIT))

    def _detail_text(self, r) -> str:
        lines = [
            self.tr("申请：{who} {at}　合计 {quantity} 件，{amount} 元").format(
                who=r.name_of(r.requested_by), at=display(r.requested_at),
                quantity=f"{r.total_quantity.normalize():f}", amount=f"{r.total_amount:,.2f}"),
            self.tr("关联投诉：{complaint}　原送货单：{delivery}").format(complaint=r.complaint_number or "—",
                                                                 delivery=r.original_delivery or "—"),
            self.tr("原因：{reason}").format(reason=r.reason[:300]),
        ]
        if r.decided_at:
            lines.append(self.tr("审批：{who} {at} {note}").format(who=r.name_of(r.decided_by),
                                                               at=display(r.decided_at), note=r.decision_note))
        if r.disposition:
            lines.append(self.tr("处理方式：{disposition}").format(disposition=disposition(r.disposition)))
        if r.replacement_orders:
            lines.append(self.tr("补发送货任务：{orders}").format(orders="、".join(r.replacement_orders)))
        if r.callback:
            lines.append(self.tr("回访：{by} {at}，满意度 {score}").format(
                by=r.callback.by, at=display(r.callback.at), score=satisfaction(r.callback.satisfaction)))
        return "\n".join(lines)

    def _restore_selection(self, _count: int) -> None:
        if self.ui.return_table.currentIndex().isValid() or not self.model.rowCount():
            return
        row = self.model.find_row(lambda r: r.id == self._selected_id) if self._selected_id else 0
        self.ui.return_table.selectRow(max(row, 0))

    # --- steps and actions
    def _run_step(self, action) -> None:
        if self.current is not None:
            action(self.app, self, self.current, self._changed)

    def _changed(self, data) -> None:
        self.status_message(self.tr("退换货单 {number}：{status}").format(number=data.number,
                                                                      status=return_status(data.status)))
        self._selected_id = data.id
        self.load_detail(data.id)
        self.model.reload()

    def find(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def refresh(self) -> None:
        self.apply_filter()

    def new_record(self) -> None:
        if self.app.can(P.RETURNS_EDIT):
            from crdesk.ui.dialogs.return_dialog import open_return_dialog

            open_return_dialog(self.app, self, on_saved=self._changed)

    def edit_selected(self) -> None:
        if self.current is not None and self.ui.edit_button.isEnabled():
            from crdesk.ui.dialogs.return_dialog import open_return_dialog

            open_return_dialog(self.app, self, self.current.id, on_saved=self._changed)

    def print_current(self) -> None:
        if self.current is not None:
            from crdesk.ui.printing import preview_document

            preview_document(self, self.app, "return", self.current.number,
                             self.tr("退换货单 {number}").format(number=self.current.number))

    def export(self) -> None:
        from crdesk.services.return_lists import export_table

        flt = self.current_filter()
        self.export_to_file(self.tr("退换货"), lambda s: export_table(s, flt))

    def sample_dialogs(self):
        from crdesk.ui.dialogs.return_dialog import ReturnDialog, load_choices
        from crdesk.ui.dialogs.return_receive import ReceiveDialog

        def load(s):
            rows = s.returns.page(limit=20).rows
            data = [s.returns.get(row.id) for row in rows[:20]]
            return data, load_choices(s)

        data, choices = self.app.worker.run_sync(load)
        if not data:
            return []
        dialogs = [("return_dialog", ReturnDialog(self.app, data[0], choices, self))]
        approved = next((r for r in data if r.status == "approved"), None)
        if approved is not None:
            dialogs.append(("receive_dialog", ReceiveDialog(self.app, approved, self)))
        return dialogs

    def save_state(self) -> None:
        self.save_table(self.ui.return_table, "returns")
