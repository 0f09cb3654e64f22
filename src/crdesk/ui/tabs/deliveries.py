"""Deliveries (配送): the scheduling board, the delivery orders list, and the slips page with the scan field
(a USB scanner types the QR text like a keyboard and presses Enter), proof of delivery and the list of slips
not yet returned, per driver and date."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QTreeWidgetItem

from crdesk.services import permissions as P
from crdesk.services.deliveries import OrderFilter
from crdesk.services.delivery_rules import ORDER_STATUS_LABELS, SLIP_STATUS_LABELS
from crdesk.services.errors import ConflictError, InvalidTransition
from crdesk.services.slips import SlipFilter
from crdesk.ui.dialogs.business_settings import SETTING_FIELDS, SettingField
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_deliveries_tab import Ui_DeliveriesTab
from crdesk.ui.models.paged import Column, PagedTableModel
from crdesk.ui.tabs.base import AreaTab
from crdesk.ui.widgets.schedule_board_page import BoardPage

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
SETTING_FIELDS.extend([
    SettingField("delivery_slip_continuous", "送货单用 241×140 mm 连续多联纸（否则 A4）", "bool"),
    SettingField("delivery_slip_stub", "送货单打印存根联（A4）", "bool"),
    SettingField("delivery_slip_client", "送货单打印客户联（A4）", "bool"),
    SettingField("delivery_slip_receipt", "送货单打印回单联（A4）", "bool"),
    SettingField("delivery_slip_show_prices", "送货单显示单价和金额", "bool"),
    SettingField("delivery_run_hours", "配送车次默认时长", "int", 1, 16, " 小时"),
])


def show_pdf(parent, pdf: bytes, title: str) -> None:
    from crdesk.ui.print_preview import show_print_preview

    show_print_preview(parent, pdf, title)


class DeliveriesTab(AreaTab):
    supported_actions = frozenset({"new", "find", "print", "refresh", "export"})
    watched_tables = frozenset({"delivery_order", "delivery_line", "delivery_run", "delivery_slip", "slip_scan",
                                "vehicle", "driver", "client"})

    def __init__(self, app, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_DeliveriesTab()
        self.ui.setupUi(self)
        self.board_page = BoardPage(self)
        self._search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.apply_filter)
        self.orders = PagedTableModel(app.worker, self._order_columns(), self._order_fetch(OrderFilter()),
                                      "requested_date", parent=self)
        self.slips = PagedTableModel(app.worker, self._slip_columns(), self._slip_fetch(), "issued_at", parent=self)
        self.ui.order_table.setModel(self.orders)
        self.ui.slip_table.setModel(self.slips)
        self.slips.sort(4, Qt.SortOrder.DescendingOrder)  # newest slips first
        self.restore_table(self.ui.order_table, "delivery_orders")
        self.restore_table(self.ui.slip_table, "delivery_slips")
        self.ui.status_filter.addItem(self.tr("全部状态"), "")
        for status, label in ORDER_STATUS_LABELS.items():
            self.ui.status_filter.addItem(self.tr(label), status)
        self.ui.unreturned_tree.setHeaderLabels([self.tr("司机 / 日期 / 送货单"), self.tr("客户"), self.tr("地址")])
        self._connect()
        self._apply_permissions()
        self.refresh()

    def _order_columns(self) -> list[Column]:
        return [Column(self.tr("送货任务号"), lambda r: r.number, "number", 9),
                Column(self.tr("客户"), lambda r: r.client_name, None, 14),
                Column(self.tr("送货地址"), lambda r: r.address, None, 18),
                Column(self.tr("要求日期"), lambda r: r.requested_date, "requested_date", 7),
                Column(self.tr("状态"), lambda r: self.tr(ORDER_STATUS_LABELS[r.status]), "status", 5),
                Column(self.tr("车次"), lambda r: r.run_number, None, 8),
                Column(self.tr("重量(kg)"), lambda r: f"{r.weight_kg:.1f}", None, 6, RIGHT)]

    def _slip_columns(self) -> list[Column]:
        return [Column(self.tr("送货单号"), lambda r: r.number, "number", 9),
                Column(self.tr("客户"), lambda r: r.client_name, None, 14),
                Column(self.tr("车次"), lambda r: r.run_number, None, 8),
                Column(self.tr("状态"), lambda r: self.tr(SLIP_STATUS_LABELS[r.status]), "status", 5),
                Column(self.tr("开单时间"), lambda r: r.issued_at, "issued_at", 9),
                Column(self.tr("打印次数"), lambda r: r.print_count, None, 4, RIGHT),
                Column(self.tr("收货人"), lambda r: r.receiver_name, None, 6),
                Column(self.tr("签收时间"), lambda r: r.signed_at, None, 9)]

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(lambda _t: self._search_timer.start())
        ui.status_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        ui.order_table.doubleClicked.connect(lambda _i: self.edit_order())
        ui.new_order_button.clicked.connect(self.new_record)
        ui.edit_order_button.clicked.connect(self.edit_order)
        ui.fail_button.clicked.connect(self.mark_failed)
        ui.reschedule_button.clicked.connect(self.reschedule)
        ui.print_slip_button.clicked.connect(self.print_order_slip)
        ui.export_orders_button.clicked.connect(lambda: self._export("orders", self.tr("送货任务")))
        ui.export_slips_button.clicked.connect(lambda: self._export("slips", self.tr("送货单")))
        ui.scan_edit.returnPressed.connect(self.scan)
        ui.pod_button.clicked.connect(self.pod_for_selected)
        ui.slip_table.doubleClicked.connect(lambda _i: self.pod_for_selected())
        ui.reprint_button.clicked.connect(self.reprint)
        for model in (self.orders, self.slips):
            model.failed.connect(lambda error: show_error(self, error))

    def _apply_permissions(self) -> None:
        ui, edit = self.ui, self.app.can(P.DELIVERIES_EDIT)
        for button in (ui.new_order_button, ui.edit_order_button, ui.reschedule_button, ui.print_slip_button,
                       ui.reprint_button):
            button.setVisible(edit)
        ui.fail_button.setVisible(self.app.can(P.POD_RECORD))
        ui.pod_button.setVisible(self.app.can(P.POD_RECORD))

    # --- lists
    def current_filter(self) -> OrderFilter:
        return OrderFilter(text=self.ui.search_edit.text(), status=self.ui.status_filter.currentData() or "")

    @staticmethod
    def _order_fetch(flt: OrderFilter):
        return lambda s, key, desc, after, limit: s.deliveries.page(flt, key, desc, after, limit)

    @staticmethod
    def _slip_fetch():
        return lambda s, key, desc, after, limit: s.slips.page(SlipFilter(), key, desc, after, limit)

    def apply_filter(self) -> None:
        flt = self.current_filter()
        self.orders.set_fetch(self._order_fetch(flt))
        self.app.worker.submit(lambda s: s.deliveries.count(flt), lambda n: self.ui.count_label.setText(
            self.tr("共 {count} 个送货任务").format(count=n if n <= 1000 else "1000+")), owner=self)

    def refresh(self) -> None:
        self.board_page.refresh()
        self.apply_filter()
        self.slips.reload()
        self.app.worker.submit(lambda s: s.pod.unreturned(), self._show_unreturned,
                               lambda e: show_error(self, e), owner=self)

    def _show_unreturned(self, rows) -> None:
        """Group the slips not yet returned: driver → run date → slips."""
        tree = self.ui.unreturned_tree
        tree.clear()
        drivers: dict[int, QTreeWidgetItem] = {}
        days: dict[tuple, QTreeWidgetItem] = {}
        for row in rows:
            if row.driver_id not in drivers:
                drivers[row.driver_id] = QTreeWidgetItem(tree, [row.driver_name])
            key = (row.driver_id, row.run_date)
            if key not in days:
                days[key] = QTreeWidgetItem(drivers[row.driver_id], [self.tr("{date}（已出车 {days} 天）").format(
                    date=row.run_date.isoformat(), days=row.days_out)])
            QTreeWidgetItem(days[key], [row.slip_number, row.client_name, row.address])
        for driver_id, item in drivers.items():
            count = sum(1 for row in rows if row.driver_id == driver_id)
            item.setText(0, self.tr("{name}（{count} 张）").format(name=item.text(0), count=count))
        tree.expandAll()
        self.ui.slip_count_label.setText(self.tr("未回单 {count} 张").format(count=len(rows)))

    def _selected(self, table, model):
        index = table.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    # --- orders
    def find(self) -> None:
        self.ui.pages.setCurrentWidget(self.ui.orders_page)
        self.ui.search_edit.setFocus()

    def new_record(self) -> None:
        if self.app.can(P.DELIVERIES_EDIT):
            self._open_order(None)

    def edit_order(self) -> None:
        row = self._selected(self.ui.order_table, self.orders)
        if row is not None and self.app.can(P.DELIVERIES_EDIT):
            self._open_order(row.id)

    def _open_order(self, order_id: int | None) -> None:
        from crdesk.ui.dialogs.delivery_order import open_order_dialog

        open_order_dialog(self.app, self, order_id, on_saved=lambda order: self._changed(
            self.tr("送货任务 {number} 已保存").format(number=order.number)))

    def _changed(self, message: str) -> None:
        self.status_message(message)
        self.refresh()

    def mark_failed(self) -> None:
        row = self._selected(self.ui.order_table, self.orders)
        if row is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("登记未送达"), self.tr("未送达原因："),
                                          QLineEdit.EchoMode.Normal)
        if ok:
            self.app.worker.submit(lambda s: s.deliveries.mark_failed(row.id, row.version, reason),
                                   lambda o: self._changed(self.tr("{number} 已登记未送达").format(number=o.number)),
                                   self._step_refused, owner=self)

    def reschedule(self) -> None:
        row = self._selected(self.ui.order_table, self.orders)
        if row is None:
            return
        tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
        text, ok = QInputDialog.getText(self, self.tr("改期重送"), self.tr("新的送货日期（YYYY-MM-DD）："),
                                        QLineEdit.EchoMode.Normal, tomorrow)
        if not ok:
            return
        try:
            day = dt.date.fromisoformat(text.strip())
        except ValueError:
            from crdesk.services.errors import ValidationError
            show_error(self, ValidationError("requested_date", "invalid_date"))
            return
        self.app.worker.submit(lambda s: s.deliveries.reschedule(row.id, row.version, day),
                               lambda o: self._changed(self.tr("{number} 已改期").format(number=o.number)),
                               self._step_refused, owner=self)

    def _step_refused(self, error: BaseException) -> None:
        """A step on an order (not delivered, new date) was refused; when someone else changed the order first
        (its version, or already its status) the lists reload where the user had them, so what is shown is the
        order as it is now."""
        show_error(self, error)
        if isinstance(error, (ConflictError, InvalidTransition)):
            from crdesk.ui.live_refresh import refresh_keeping_views

            refresh_keeping_views(self)

    def print_order_slip(self) -> None:
        row = self._selected(self.ui.order_table, self.orders)
        if row is not None:
            self._print(lambda s: s.slips.print_orders([row.id]), self.tr("送货单 {number}").format(number=row.number))

    # --- slips and proof of delivery
    def scan(self) -> None:
        """Scanner input (or a typed number) + Enter: open that slip's proof of delivery."""
        text = self.ui.scan_edit.text()
        self.ui.scan_edit.clear()
        if text.strip():
            self.open_pod(lambda s: s.pod.find_by_scan(text))

    def pod_for_selected(self) -> None:
        row = self._selected(self.ui.slip_table, self.slips)
        if row is not None:
            self.open_pod(lambda s: s.slips.get(row.id))

    def open_pod(self, find) -> None:
        from crdesk.ui.dialogs.delivery_pod import open_pod_dialog

        open_pod_dialog(self.app, self, find, on_saved=lambda slip: self._changed(
            self.tr("送货单 {number} 已签收").format(number=slip.number)))

    def reprint(self) -> None:
        row = self._selected(self.ui.slip_table, self.slips)
        if row is not None:
            self._print(lambda s: s.slips.print_slips([row.number]), self.tr("送货单 {number}").format(
                number=row.number))

    def _print(self, render, title: str) -> None:
        self.app.worker.submit(render, lambda pdf: (self.show_pdf(pdf, title), self.slips.reload()),
                               lambda e: show_error(self, e), owner=self)

    def show_pdf(self, pdf: bytes, title: str) -> None:
        show_pdf(self, pdf, title)

    def print_current(self) -> None:
        if self.ui.pages.currentWidget() is self.ui.board_page:
            self.board_page.print_run()
        elif self.ui.pages.currentWidget() is self.ui.orders_page:
            self.print_order_slip()
        else:
            self.reprint()

    def export(self) -> None:
        page = self.ui.pages.currentWidget()
        if page is self.ui.board_page:
            self._export("runs", self.tr("配送车次"))
        elif page is self.ui.orders_page:
            self._export("orders", self.tr("送货任务"))
        else:
            self._export("slips", self.tr("送货单"))

    def _export(self, kind: str, title: str) -> None:
        from crdesk.services import delivery_exports

        flt = self.current_filter() if kind == "orders" else None
        build = getattr(delivery_exports, kind)
        self.export_to_file(title, lambda s: build(s, flt) if flt is not None else build(s))

    def sample_dialogs(self):
        """The order, run and proof-of-delivery forms with real data, for `crdesk screenshot`."""
        from crdesk.ui.dialogs.delivery_order import DeliveryOrderDialog
        from crdesk.ui.dialogs.delivery_pod import DeliveryPodDialog, load_form
        from crdesk.ui.dialogs.delivery_run import DeliveryRunDialog

        def gather(s):
            orders, slips = s.deliveries.page(limit=1).rows, s.slips.page(SlipFilter(status="issued"), limit=1).rows
            runs = s.runs.page(limit=1).rows
            return (s.deliveries.get(orders[0].id) if orders else None, s.products.choices(),
                    s.runs.get(runs[0].id) if runs else None, s.fleet.vehicles(), s.fleet.drivers(),
                    load_form(s, lambda x: x.slips.get(slips[0].id)) if slips else None)

        order, products, run, vehicles, drivers, pod = self.app.worker.run_sync(gather)
        dialogs = [("delivery_order_dialog", DeliveryOrderDialog(self.app, order, products, self))] if order else []
        if run:
            dialogs.append(("delivery_run_dialog", DeliveryRunDialog(self.app, run, vehicles, drivers, self)))
        if pod:
            dialogs.append(("delivery_pod_dialog", DeliveryPodDialog(self.app, pod, self)))
        return dialogs

    def save_state(self) -> None:
        self.save_table(self.ui.order_table, "delivery_orders")
        self.save_table(self.ui.slip_table, "delivery_slips")
