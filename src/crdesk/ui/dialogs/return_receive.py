"""收货: the quantity actually received and the condition of every line of an approved return."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from crdesk.db.models.complaints import CONDITION_LABELS
from crdesk.services.returns import ReceiptLine, ReturnData
from crdesk.ui.dialogs.complaint_labels import condition, return_reason
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.forms.ui_return_receive_dialog import Ui_ReturnReceiveDialog
from crdesk.ui.widgets.field_errors import FieldErrors
from crdesk.ui.widgets.line_columns import fit_columns

PRODUCT, BATCH, REASON, REQUESTED, RECEIVED, CONDITION = range(6)


class ReceiveDialog(RecordDialog):
    workflow_step = True

    def __init__(self, app, data: ReturnData, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_ReturnReceiveDialog()
        self.ui.setupUi(self)
        self.setObjectName("return_receive_dialog")
        self.setWindowTitle(self.tr("收货 {number}").format(number=data.number))
        self._data, self.version = data, data.version
        ui = self.ui
        ui.hint_label.setText(self.tr("{client}：请逐行填写实收数量和货物状况。").format(client=data.client_name))
        table = ui.lines_table
        table.setColumnCount(6)
        table.setHorizontalHeaderLabels([self.tr("产品"), self.tr("批次"), self.tr("原因"), self.tr("申请数量"),
                                         self.tr("实收数量 *"), self.tr("货物状况 *")])
        fit_columns(table, PRODUCT)
        table.verticalHeader().hide()
        self.errors = FieldErrors(ui.error_label, {"lines": table, "note": ui.note_edit},
                                  {"lines": self.tr("明细"), "note": self.tr("说明")})
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load({"version": data.version, "note": ""})
        self.watch_changes()
        self.resize(760, 460)

    def _cell(self, row: int, column: int, text: str, editable: bool = False) -> None:
        item = QTableWidgetItem(text)
        if not editable:
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.ui.lines_table.setItem(row, column, item)

    def load(self, values: dict) -> None:
        self.version = values["version"]
        self.ui.note_edit.setPlainText(values["note"])
        table = self.ui.lines_table
        table.setRowCount(len(self._data.lines))
        for row, line in enumerate(self._data.lines):
            self._cell(row, PRODUCT, f"{line.product_code} {line.product_name} {line.specification}".strip())
            self._cell(row, BATCH, line.batch_no)
            self._cell(row, REASON, return_reason(line.reason))
            self._cell(row, REQUESTED, f"{line.quantity.normalize():f} {line.unit}")
            self._cell(row, RECEIVED, f"{line.quantity.normalize():f}", editable=True)
            combo = QComboBox()
            combo.addItem(self.tr("请选择"), "")
            for code in CONDITION_LABELS:
                combo.addItem(condition(code), code)
            combo.currentIndexChanged.connect(self.mark_dirty)
            table.setCellWidget(row, CONDITION, combo)

    def collect(self) -> dict:
        table = self.ui.lines_table
        receipts = []
        for row, line in enumerate(self._data.lines):
            text = table.item(row, RECEIVED).text().strip()
            try:
                quantity = Decimal(text) if text else None
            except InvalidOperation:
                quantity = text  # the service answers "not a number" at this line
            receipts.append(ReceiptLine(line.id, quantity, table.cellWidget(row, CONDITION).currentData()))
        return {"receipts": receipts, "note": self.ui.note_edit.toPlainText(), "version": self.version}

    def save(self, services, values: dict) -> ReturnData:
        return services.returns.receive(self._data.id, values["version"], values["receipts"], values["note"])

