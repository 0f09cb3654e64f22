"""The delivery order form (送货任务): client, date and time window, address and contact (from the client
file when left empty), notes, and the product lines. The product list is loaded before the form opens."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal, InvalidOperation
from typing import Callable

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from crdesk.services.deliveries import LineData, OrderData
from crdesk.services.errors import ValidationError
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_delivery_order_dialog import Ui_DeliveryOrderDialog
from crdesk.ui.widgets.field_errors import FieldErrors
from crdesk.ui.widgets.line_columns import fit_columns

PRODUCT, QUANTITY, UNIT = range(3)


class DeliveryOrderDialog(RecordDialog):
    def __init__(self, app, data: OrderData, products: list, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_DeliveryOrderDialog()
        self.ui.setupUi(self)
        self.setObjectName("delivery_order_dialog")
        self.products = products
        ui = self.ui
        ui.client_picker.attach(app.worker)
        ui.lines_table.setColumnCount(3)
        ui.lines_table.setHorizontalHeaderLabels([self.tr("产品"), self.tr("数量"), self.tr("单位")])
        fit_columns(ui.lines_table, PRODUCT)
        ui.lines_table.verticalHeader().hide()
        self.errors = FieldErrors(ui.error_label, {
            "client": ui.client_picker, "requested_date": ui.requested_date_edit, "window_end": ui.window_end_edit,
            "address": ui.address_edit, "contact_name": ui.contact_edit, "contact_phone": ui.phone_edit,
            "notes": ui.notes_edit, "lines": ui.lines_table,
        }, {"client": self.tr("客户"), "requested_date": self.tr("要求送货日期"), "window_end": self.tr("送货时间段"),
            "address": self.tr("送货地址"), "contact_name": self.tr("联系人"), "contact_phone": self.tr("联系电话"),
            "notes": self.tr("备注"), "lines": self.tr("产品明细")})
        ui.any_time_check.toggled.connect(lambda on: (ui.window_start_edit.setEnabled(not on),
                                                      ui.window_end_edit.setEnabled(not on)))
        ui.add_line_button.clicked.connect(lambda: self._add_line(None))
        ui.remove_line_button.clicked.connect(lambda: ui.lines_table.removeRow(ui.lines_table.currentRow()))
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(data)
        self.watch_changes()
        ui.client_picker.client_changed.connect(self.mark_dirty)
        self.resize(680, 640)

    def load(self, data: OrderData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("送货任务 {number}").format(number=data.number) if data.number
                            else self.tr("新建送货任务"))
        ui.number_value.setText(data.number or self.tr("（保存后自动编号）"))
        ui.client_picker.set_client(data.client_id, f"{data.client_code}  {data.client_name}".strip())
        ui.requested_date_edit.setDate(QDate(data.requested_date))
        ui.any_time_check.setChecked(data.window_start is None and data.window_end is None)
        ui.window_start_edit.setTime(QTime(data.window_start or dt.time(9)))
        ui.window_end_edit.setTime(QTime(data.window_end or dt.time(17)))
        ui.address_edit.setText(data.address)
        ui.contact_edit.setText(data.contact_name)
        ui.phone_edit.setText(data.contact_phone)
        ui.notes_edit.setPlainText(data.notes)
        ui.lines_table.setRowCount(0)
        for line in data.lines:
            self._add_line(line)

    def _add_line(self, line: LineData | None) -> None:
        table = self.ui.lines_table
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox()
        combo.addItem(self.tr("（选择产品）"), None)
        for product in self.products:
            combo.addItem(product.label, product.id)
        combo.setCurrentIndex(max(0, combo.findData(line.product_id)) if line else 0)
        combo.currentIndexChanged.connect(self.mark_dirty)
        table.setCellWidget(row, PRODUCT, combo)
        table.setItem(row, QUANTITY, QTableWidgetItem(f"{line.quantity.normalize():f}" if line else "1"))
        unit = QTableWidgetItem(line.unit if line else "")
        unit.setFlags(unit.flags() & ~Qt.ItemFlag.ItemIsEditable)
        table.setItem(row, UNIT, unit)

    def _lines(self) -> list[LineData]:
        table, lines = self.ui.lines_table, []
        for row in range(table.rowCount()):
            text = table.item(row, QUANTITY).text().strip() if table.item(row, QUANTITY) else ""
            try:
                quantity = Decimal(text)
            except InvalidOperation:
                raise ValidationError(f"lines.{row}.quantity", "positive_quantity") from None
            lines.append(LineData(table.cellWidget(row, PRODUCT).currentData(), quantity))
        return lines

    def collect(self) -> OrderData:
        ui = self.ui
        any_time = ui.any_time_check.isChecked()
        return dataclasses.replace(
            self._data, client_id=ui.client_picker.client_id(), requested_date=ui.requested_date_edit.date().toPython(),
            window_start=None if any_time else ui.window_start_edit.time().toPython().replace(second=0),
            window_end=None if any_time else ui.window_end_edit.time().toPython().replace(second=0),
            address=ui.address_edit.text(), contact_name=ui.contact_edit.text(), contact_phone=ui.phone_edit.text(),
            notes=ui.notes_edit.toPlainText(), lines=self._lines())

    def save(self, services, data: OrderData) -> OrderData:
        return services.deliveries.save(data)

    def reload(self, services, data: OrderData) -> OrderData:
        return services.deliveries.get(data.id)


def open_order_dialog(app, parent, order_id: int | None = None, client_id: int | None = None,
                      on_saved: Callable[[OrderData], None] | None = None) -> None:
    """Load the products (and the order, or the client's defaults) on the worker, then open the form."""
    def load(services):
        products = services.products.choices()
        if order_id is not None:
            return services.deliveries.get(order_id), products
        if client_id is not None:
            return services.deliveries.new_for_client(client_id), products
        return OrderData(client_id=None, requested_date=services.ctx.today()), products

    def show(result) -> None:
        data, products = result
        dialog = DeliveryOrderDialog(app, data, products, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_saved is not None:
            dialog.finished.connect(lambda _r: on_saved(dialog.result_data) if dialog.result_data else None)
        dialog.open()

    app.worker.submit(load, show, lambda e: show_error(parent, e), owner=parent)
