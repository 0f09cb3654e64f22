"""The complaint intake form (投诉受理): a client from the files or a consumer (name, phone), channel,
category, severity, product and batch, time received, assignee and the description. The choices (categories,
products, staff) are loaded on the DB worker before the form opens."""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QDateTime, Qt

from crdesk.db.models.complaints import CHANNEL_LABELS, SEVERITY_LABELS
from crdesk.services.complaints import ComplaintData
from crdesk.ui.dialogs.complaint_labels import channel, fill, severity
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_complaint_dialog import Ui_ComplaintDialog
from crdesk.ui.widgets.field_errors import FieldErrors


@dataclass(frozen=True)
class IntakeChoices:
    categories: list[str]
    products: list[tuple[int, str]]  # id, label
    staff: list[tuple[str, str]]  # username, display name
    hours: dict[str, tuple[int, int]]  # severity → (response, resolution) hours


def load_choices(services) -> IntakeChoices:
    from crdesk.services import permissions as P
    from crdesk.services.complaints import due_hours
    from crdesk.services.staff import staff_with

    ctx = services.ctx
    return IntakeChoices(services.complaints.categories(),
                         [(p.id, p.label) for p in services.products.choices()],
                         [(m.username, m.display_name) for m in staff_with(P.COMPLAINTS_EDIT)],
                         {s: (due_hours(ctx, "response", s), due_hours(ctx, "resolution", s)) for s in SEVERITY_LABELS})


class ComplaintDialog(RecordDialog):
    def __init__(self, app, data: ComplaintData, choices: IntakeChoices, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_ComplaintDialog()
        self.ui.setupUi(self)
        self.setObjectName("complaint_dialog")
        self.choices = choices
        ui = self.ui
        ui.client_picker.attach(app.worker)
        fill(ui.channel_combo, CHANNEL_LABELS, channel)
        fill(ui.severity_combo, SEVERITY_LABELS, severity)
        ui.product_combo.addItem(self.tr("（不涉及具体产品）"), None)
        for product_id, label in choices.products:
            ui.product_combo.addItem(label, product_id)
        ui.assignee_combo.addItem(self.tr("（暂不指派）"), "")
        for username, name in choices.staff:
            ui.assignee_combo.addItem(name, username)
        self.errors = FieldErrors(ui.error_label, {
            "client": ui.client_picker, "consumer_name": ui.consumer_name_edit,
            "consumer_phone": ui.consumer_phone_edit, "channel": ui.channel_combo, "category": ui.category_combo,
            "severity": ui.severity_combo, "product": ui.product_combo, "batch_no": ui.batch_edit,
            "received_at": ui.received_at_edit, "assignee": ui.assignee_combo, "description": ui.description_edit,
        }, {"client": self.tr("客户"), "consumer_name": self.tr("消费者姓名"), "consumer_phone": self.tr("联系电话"),
            "channel": self.tr("受理渠道"), "category": self.tr("投诉类别"), "severity": self.tr("严重程度"),
            "product": self.tr("产品"), "batch_no": self.tr("批次"), "received_at": self.tr("受理时间"),
            "assignee": self.tr("处理人"), "description": self.tr("投诉内容")})
        ui.severity_combo.currentIndexChanged.connect(self._show_deadlines)
        ui.client_picker.client_changed.connect(self._party_changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(data)
        self.watch_changes()
        ui.client_picker.client_changed.connect(self.mark_dirty)
        ui.client_picker.setFocus()
        self.resize(620, 640)

    def _show_deadlines(self) -> None:
        response, resolution = self.choices.hours.get(self.ui.severity_combo.currentData(), (0, 0))
        self.ui.deadline_hint.setText(self.tr("该严重程度须在 {response} 小时内响应、{resolution} 小时内处理完毕。")
                                      .format(response=response, resolution=resolution))

    def _party_changed(self, client_id) -> None:
        """A consumer's name and phone are for complaints from outside the client files."""
        ui = self.ui
        ui.consumer_label.setText(self.tr("联系人") if client_id else self.tr("或消费者"))
        ui.consumer_name_edit.setPlaceholderText(self.tr("联系人姓名（可空）") if client_id else self.tr("消费者姓名"))
        ui.consumer_phone_edit.setPlaceholderText(self.tr("联系电话（可空）") if client_id else self.tr("联系电话"))

    def load(self, data: ComplaintData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("投诉单 {number}").format(number=data.number) if data.number else self.tr("投诉受理"))
        ui.number_value.setText(data.number or self.tr("（保存后自动编号）"))
        ui.client_picker.set_client(data.client_id, f"{data.client_code}  {data.client_name}" if data.client_id else "")
        ui.consumer_name_edit.setText(data.consumer_name)
        ui.consumer_phone_edit.setText(data.consumer_phone)
        ui.channel_combo.setCurrentIndex(max(0, ui.channel_combo.findData(data.channel)))
        ui.category_combo.clear()
        for category in self.choices.categories + ([data.category] if data.category and data.category
                                                   not in self.choices.categories else []):
            ui.category_combo.addItem(category, category)
        ui.category_combo.setCurrentIndex(max(0, ui.category_combo.findData(data.category)))
        ui.severity_combo.setCurrentIndex(max(0, ui.severity_combo.findData(data.severity)))
        ui.product_combo.setCurrentIndex(max(0, ui.product_combo.findData(data.product_id)))
        ui.batch_edit.setText(data.batch_no)
        ui.received_at_edit.setDateTime(QDateTime(data.received_at or dt.datetime.now().replace(second=0)))
        if data.assignee and ui.assignee_combo.findData(data.assignee) < 0:
            ui.assignee_combo.addItem(data.name_of(data.assignee), data.assignee)
        ui.assignee_combo.setCurrentIndex(max(0, ui.assignee_combo.findData(data.assignee)))
        ui.description_edit.setPlainText(data.description)
        self._show_deadlines()

    def collect(self) -> ComplaintData:
        ui = self.ui
        return dataclasses.replace(
            self._data, client_id=ui.client_picker.client_id(), consumer_name=ui.consumer_name_edit.text(),
            consumer_phone=ui.consumer_phone_edit.text(), channel=ui.channel_combo.currentData(),
            category=ui.category_combo.currentData() or "", severity=ui.severity_combo.currentData(),
            product_id=ui.product_combo.currentData(), batch_no=ui.batch_edit.text(),
            received_at=ui.received_at_edit.dateTime().toPython().replace(second=0, microsecond=0),
            assignee=ui.assignee_combo.currentData() or "", description=ui.description_edit.toPlainText(),
            timeline=[])

    def save(self, services, data: ComplaintData) -> ComplaintData:
        return services.complaints.save(data)

    def reload(self, services, data: ComplaintData) -> ComplaintData:
        return services.complaints.get(data.id)


def open_complaint_dialog(app, parent, complaint_id: int | None = None,
                          on_saved: Callable[[ComplaintData], None] | None = None,
                          preset: ComplaintData | None = None) -> None:
    """Load the choices (and the complaint, when editing) on the worker, then open the form."""
    def load(services):
        data = services.complaints.get(complaint_id) if complaint_id else preset or ComplaintData()
        return data, load_choices(services)

    def show(result) -> None:
        data, choices = result
        dialog = ComplaintDialog(app, data, choices, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_saved is not None:
            dialog.finished.connect(lambda _r: on_saved(dialog.result_data) if dialog.result_data else None)
        dialog.open()
        parent.opened_dialog = dialog  # tests and screenshots reach the form that just opened

    app.worker.submit(load, show, lambda e: show_error(parent, e), owner=parent)
