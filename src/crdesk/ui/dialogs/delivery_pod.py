"""Proof of delivery (签收): the receiver, the signing time, the delivered quantity per line (a difference needs
a reason) and the scanned 回单 (image or PDF). A signed slip opens read-only: it is locked."""
from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QTableWidgetItem

from crdesk.services.delivery_rules import SLIP_STATUS_LABELS
from crdesk.services.errors import ValidationError
from crdesk.services.pod import PodData, PodLine, Scan
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_delivery_pod_dialog import Ui_DeliveryPodDialog
from crdesk.ui.widgets.field_errors import FieldErrors
from crdesk.ui.widgets.line_columns import fit_columns

PRODUCT, ORDERED, DELIVERED, REASON = range(4)


@dataclasses.dataclass
class PodForm:
    """What the dialog shows and returns: the slip, its lines and the entry."""
    slip: object
    lines: list
    entry: PodData


def _locked_item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


class DeliveryPodDialog(RecordDialog):
    workflow_step = True

    def __init__(self, app, form: PodForm, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_DeliveryPodDialog()
        self.ui.setupUi(self)
        self.setObjectName("delivery_pod_dialog")
        ui = self.ui
        ui.lines_table.setColumnCount(4)
        ui.lines_table.setHorizontalHeaderLabels([self.tr("产品"), self.tr("送货数量"), self.tr("实收数量"),
                                                  self.tr("差异原因")])
        fit_columns(ui.lines_table, PRODUCT)
        ui.lines_table.verticalHeader().hide()
        self.errors = FieldErrors(ui.error_label, {
            "receiver_name": ui.receiver_edit, "signed_at": ui.signed_at_edit, "lines": ui.lines_table,
            "scan": ui.scan_button}, {"receiver_name": self.tr("收货人"), "signed_at": self.tr("签收时间"),
                                      "lines": self.tr("实收数量"), "scan": self.tr("回单扫描件")})
        ui.scan_button.clicked.connect(self.choose_scan)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self._scan: Scan | None = None
        self.load(form)
        self.watch_changes()
        self.resize(640, 520)

    def load(self, form: PodForm) -> None:
        self._form = form
        slip, ui = form.slip, self.ui
        self.setWindowTitle(self.tr("签收登记 {number}").format(number=slip.number))
        ui.slip_value.setText(self.tr("送货单 {number}　{client}　车次 {run}　状态：{status}").format(
            number=slip.number, client=slip.client_name, run=slip.run_number,
            status=self.tr(SLIP_STATUS_LABELS[slip.status])))
        locked = slip.status != "issued"
        ui.locked_label.setVisible(locked)
        ui.locked_label.setStyleSheet("color: #b52b27; font-weight: bold;")
        ui.locked_label.setText(self.tr("该送货单已签收，已锁定，不能修改。") if slip.status == "signed"
                                else self.tr("该送货单已作废，不能签收。"))
        ui.receiver_edit.setText(slip.receiver_name or form.entry.receiver_name)
        ui.signed_at_edit.setDateTime(QDateTime(slip.signed_at or form.entry.signed_at))
        table = ui.lines_table
        table.setRowCount(len(form.lines))
        for row, line in enumerate(form.lines):
            table.setItem(row, PRODUCT, _locked_item(f"{line.product_code} {line.product_name}"))
            table.setItem(row, ORDERED, _locked_item(f"{line.quantity.normalize():f} {line.unit}"))
            delivered = line.delivered_qty if line.delivered_qty is not None else line.quantity
            table.setItem(row, DELIVERED, QTableWidgetItem(f"{Decimal(delivered).normalize():f}"))
            table.setItem(row, REASON, QTableWidgetItem(line.difference_reason))
        for widget in (ui.receiver_edit, ui.signed_at_edit, ui.lines_table, ui.scan_button):
            widget.setEnabled(not locked)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(not locked)
        ui.scan_value.setText(self.tr("未选择") if not locked else "")

    def choose_scan(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择回单扫描件"), "",
                                              self.tr("扫描件 (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)"))
        if path:
            self.attach_scan(Path(path))

    def attach_scan(self, path: Path) -> None:
        self._scan = Scan(path.name, path.read_bytes())
        self.ui.scan_value.setText(self.tr("{name}（{kb} KB）").format(name=path.name,
                                                                      kb=len(self._scan.data) // 1024))
        self.mark_dirty()

    def collect(self) -> PodForm:
        table, lines = self.ui.lines_table, []
        for row, line in enumerate(self._form.lines):
            try:
                delivered = Decimal(table.item(row, DELIVERED).text().strip())
            except InvalidOperation:
                raise ValidationError(f"lines.{row}.delivered_qty", "not_a_number") from None
            lines.append(PodLine(line.id, delivered, table.item(row, REASON).text()))
        signed_at = self.ui.signed_at_edit.dateTime().toPython().replace(second=0, microsecond=0)
        entry = PodData(self.ui.receiver_edit.text(), signed_at, lines, self._scan)
        return dataclasses.replace(self._form, entry=entry)

    def save(self, services, form: PodForm):
        services.pod.record(form.slip.id, form.slip.version, form.entry)
        return services.slips.get(form.slip.id)


    def field_names(self) -> dict[str, str]:
        return self.errors.names


def load_form(services, find) -> PodForm:
    slip = find(services)
    entry = PodData("", dt.datetime.now().replace(second=0, microsecond=0))
    return PodForm(slip, services.pod.lines(slip.id), entry)


def open_pod_dialog(app, parent, find, on_saved: Callable | None = None) -> None:
    """``find(services)`` names the slip (by scan text or selection); the form opens once it is loaded."""
    def show(form: PodForm) -> None:
        dialog = DeliveryPodDialog(app, form, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_saved is not None:
            dialog.finished.connect(lambda _r: on_saved(dialog.result_data) if dialog.result_data else None)
        dialog.open()

    app.worker.submit(lambda s: load_form(s, find), show, lambda e: show_error(parent, e), owner=parent)
