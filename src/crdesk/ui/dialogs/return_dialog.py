"""The return / exchange request form (退换货申请): client, type, linked complaint, original delivery, reason,
and the lines (product, batch, quantity, reason) with the running totals and the approval limit."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from crdesk.db.models.complaints import RETURN_KIND_LABELS, RETURN_REASON_LABELS
from crdesk.services.complaint_lists import ComplaintFilter
from crdesk.services.returns import ReturnData, ReturnLineData
from crdesk.ui.dialogs.complaint_labels import fill, return_kind, return_reason
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_return_dialog import Ui_ReturnDialog
from crdesk.ui.widgets.field_errors import FieldErrors
from crdesk.ui.widgets.line_columns import fit_columns

PRODUCT, BATCH, QUANTITY, REASON, AMOUNT = range(5)


@dataclass(frozen=True)
class ReturnChoices:
    products: list[tuple[int, str, Decimal]]  # id, label, unit price
    limits: tuple[Decimal, Decimal]  # what a clerk or receptionist may approve: quantity, amount


def load_choices(services) -> ReturnChoices:
    return ReturnChoices([(p.id, p.label, p.unit_price) for p in services.products.choices()],
                         services.returns.limits())


class ReturnDialog(RecordDialog):
    def __init__(self, app, data: ReturnData, choices: ReturnChoices, parent=None, client_label: str = ""):
        super().__init__(app, parent)
        self._client_label = client_label  # how to name a preset client not loaded with the data
        self.ui = Ui_ReturnDialog()
        self.ui.setupUi(self)
        self.setObjectName("return_dialog")
        self.choices = choices
        self._prices = {pid: price for pid, _label, price in choices.products}
        ui = self.ui
        ui.client_picker.attach(app.worker)
        fill(ui.kind_combo, RETURN_KIND_LABELS, return_kind)
        table = ui.lines_table
        table.setColumnCount(5)
        table.setHorizontalHeaderLabels([self.tr("产品 *"), self.tr("批次"), self.tr("数量 *"), self.tr("原因 *"),
                                         self.tr("金额(元)")])
        fit_columns(table, PRODUCT)
        table.verticalHeader().hide()
        ui.limit_hint.setText(self.tr("合计数量不超过 {quantity}、金额不超过 {amount} 元的，配送员或接待员可以审批；"
                                      "超过的须由部门经理审批。").format(quantity=choices.limits[0],
                                                              amount=choices.limits[1]))
        self.errors = FieldErrors(ui.error_label, {
            "client": ui.client_picker, "kind": ui.kind_combo, "complaint": ui.complaint_combo,
            "original_delivery": ui.original_delivery_edit, "reason": ui.reason_edit, "lines": table,
        }, {"client": self.tr("客户"), "kind": self.tr("类型"), "complaint": self.tr("关联投诉"),
            "original_delivery": self.tr("原送货单"), "reason": self.tr("退换货原因"), "lines": self.tr("明细")})
        ui.client_picker.client_changed.connect(self._client_changed)
        ui.add_line_button.clicked.connect(lambda: self._add_line(ReturnLineData(None, Decimal(1))))
        ui.remove_line_button.clicked.connect(self._remove_line)
        table.itemChanged.connect(lambda _item: self._update_totals())
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(data)
        self.watch_changes()
        ui.client_picker.client_changed.connect(self.mark_dirty)
        self.resize(760, 640)

    # --- form <-> data
    def load(self, data: ReturnData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("退换货单 {number}").format(number=data.number) if data.number
                            else self.tr("退换货申请"))
        ui.number_value.setText(data.number or self.tr("（保存后自动编号）"))
        label = f"{data.client_code}  {data.client_name}" if data.client_code else self._client_label
        ui.client_picker.set_client(data.client_id, label if data.client_id else "")
        ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(data.kind)))
        ui.original_delivery_edit.setText(data.original_delivery)
        ui.reason_edit.setPlainText(data.reason)
        ui.lines_table.setRowCount(0)
        for line in data.lines or [ReturnLineData(None, Decimal(1))]:
            self._add_line(line)
        self._update_totals()

    def _client_changed(self, client_id) -> None:
        combo = self.ui.complaint_combo
        combo.clear()
        combo.addItem(self.tr("（无）"), None)
        if client_id is None:
            return
        wanted = self._data.complaint_id
        self.app.worker.submit(
            lambda s: s.complaints.page(ComplaintFilter(client_id=client_id), limit=50).rows,
            lambda rows: self._fill_complaints(client_id, rows, wanted), lambda e: show_error(self, e), owner=self)

    def _fill_complaints(self, client_id, rows, wanted) -> None:
        if client_id != self.ui.client_picker.client_id():
            return
        for row in rows:
            self.ui.complaint_combo.addItem(f"{row.number}  {row.category}  {row.received_at:%Y-%m-%d}", row.id)
        self.ui.complaint_combo.setCurrentIndex(max(0, self.ui.complaint_combo.findData(wanted)))

    def _combo(self, items, value) -> QComboBox:
        combo = QComboBox()
        for label, data in items:
            combo.addItem(label, data)
        combo.setCurrentIndex(max(0, combo.findData(value)))
        combo.currentIndexChanged.connect(lambda _i: (self._update_totals(), self.mark_dirty()))
        return combo

    def _add_line(self, line: ReturnLineData) -> None:
        table = self.ui.lines_table
        table.blockSignals(True)  # itemChanged recomputes the totals: not while the row is half built
        row = table.rowCount()
        table.insertRow(row)
        products = [(self.tr("请选择产品"), None)] + [(label, pid) for pid, label, _price in self.choices.products]
        table.setCellWidget(row, PRODUCT, self._combo(products, line.product_id))
        table.setItem(row, BATCH, QTableWidgetItem(line.batch_no))
        table.setItem(row, QUANTITY, QTableWidgetItem(f"{Decimal(line.quantity).normalize():f}"))
        reasons = [(return_reason(code), code) for code in RETURN_REASON_LABELS]
        table.setCellWidget(row, REASON, self._combo(reasons, line.reason))
        amount = QTableWidgetItem()
        amount.setFlags(Qt.ItemFlag.ItemIsEnabled)
        amount.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        table.setItem(row, AMOUNT, amount)
        table.blockSignals(False)
        self._update_totals()
        self.mark_dirty()

    def _remove_line(self) -> None:
        row = self.ui.lines_table.currentRow()
        if row >= 0:
            self.ui.lines_table.removeRow(row)
            self._update_totals()
            self.mark_dirty()

    def _lines(self) -> list[ReturnLineData]:
        table = self.ui.lines_table
        lines = []
        for row in range(table.rowCount()):
            quantity = table.item(row, QUANTITY).text().strip() if table.item(row, QUANTITY) else ""
            try:
                value = Decimal(quantity) if quantity else Decimal(0)
            except InvalidOperation:
                value = quantity  # the service answers "not a number" at this line
            lines.append(ReturnLineData(table.cellWidget(row, PRODUCT).currentData(), value,
                                        table.cellWidget(row, REASON).currentData(),
                                        table.item(row, BATCH).text() if table.item(row, BATCH) else ""))
        return lines

    def _update_totals(self) -> None:
        table = self.ui.lines_table
        quantity = amount = Decimal(0)
        table.blockSignals(True)
        for row, line in enumerate(self._lines()):
            value = line.quantity if isinstance(line.quantity, Decimal) else Decimal(0)
            line_amount = value * self._prices.get(line.product_id, Decimal(0))
            table.item(row, AMOUNT).setText(f"{line_amount:,.2f}")
            quantity, amount = quantity + value, amount + line_amount
        table.blockSignals(False)
        self.ui.totals_label.setText(self.tr("合计 {quantity} 件，{amount} 元").format(
            quantity=f"{quantity.normalize():f}", amount=f"{amount:,.2f}"))

    def collect(self) -> ReturnData:
        ui = self.ui
        return dataclasses.replace(
            self._data, client_id=ui.client_picker.client_id(), kind=ui.kind_combo.currentData(),
            complaint_id=ui.complaint_combo.currentData(), original_delivery=ui.original_delivery_edit.text(),
            reason=ui.reason_edit.toPlainText(), lines=self._lines(), timeline=[])

    def save(self, services, data: ReturnData) -> ReturnData:
        return services.returns.save(data)

    def reload(self, services, data: ReturnData) -> ReturnData:
        return services.returns.get(data.id)


def open_return_dialog(app, parent, return_id: int | None = None, client: tuple[int, str] | None = None,
                       complaint_id: int | None = None,
                       on_saved: Callable[[ReturnData], None] | None = None) -> None:
    """Load the choices (and the return, when editing) on the worker, then open the form. ``client`` presets
    (id, label) and ``complaint_id`` the complaint the request comes from."""
    def load(services):
        data = services.returns.get(return_id) if return_id else ReturnData(
            client_id=client[0] if client else None, complaint_id=complaint_id)
        return data, load_choices(services)

    def show(result) -> None:
        data, choices = result
        dialog = ReturnDialog(app, data, choices, parent, client[1] if client else "")
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_saved is not None:
            dialog.finished.connect(lambda _r: on_saved(dialog.result_data) if dialog.result_data else None)
        dialog.open()
        parent.opened_dialog = dialog

    app.worker.submit(load, show, lambda e: show_error(parent, e), owner=parent)
