"""The reception visitor log (来访登记): the check-in form, and the check-out confirmation with its time
(a check-out before the check-in is refused at the field by the service)."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Callable

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QDialogButtonBox

from crdesk.services.visitors import VisitorData
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.forms.ui_check_out_dialog import Ui_CheckOutDialog
from crdesk.ui.forms.ui_visitor_dialog import Ui_VisitorDialog
from crdesk.ui.models.paged import display
from crdesk.ui.widgets.field_errors import FieldErrors


def _minute(value: QDateTime) -> dt.datetime:
    return value.toPython().replace(second=0, microsecond=0)


def _now() -> dt.datetime:
    return dt.datetime.now().replace(second=0, microsecond=0)


class VisitorDialog(RecordDialog):
    """Check a visitor in. New entries only: a visitor is never edited, only checked out."""

    def __init__(self, app, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_VisitorDialog()
        self.ui.setupUi(self)
        self.setObjectName("visitor_dialog")
        ui = self.ui
        ui.client_picker.attach(app.worker)
        ui.client_picker.setPlaceholderText(self.tr("可选：输入客户名称、编号或电话查找"))
        self.errors = FieldErrors(ui.error_label, {
            "name": ui.name_edit, "organisation": ui.organisation_edit, "phone": ui.phone_edit,
            "purpose": ui.purpose_edit, "host": ui.host_edit, "badge": ui.badge_edit, "client": ui.client_picker,
            "checked_in_at": ui.checked_in_at_edit,
        }, {"name": self.tr("访客姓名"), "organisation": self.tr("单位"), "phone": self.tr("电话"),
            "purpose": self.tr("来访事由"), "host": self.tr("接待人"), "badge": self.tr("访客证号"),
            "client": self.tr("关联客户"), "checked_in_at": self.tr("来访时间")})
        ui.client_picker.client_changed.connect(self._client_chosen)
        ui.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("登记来访"))
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(VisitorData(name="", host=app.actor.display_name, checked_in_at=_now()))
        self.watch_changes()
        ui.name_edit.setFocus()
        self.resize(max(480, self.sizeHint().width()), self.sizeHint().height())

    def load(self, data: VisitorData) -> None:
        ui = self.ui
        for edit, value in ((ui.name_edit, data.name), (ui.organisation_edit, data.organisation),
                            (ui.phone_edit, data.phone), (ui.purpose_edit, data.purpose), (ui.host_edit, data.host),
                            (ui.badge_edit, data.badge)):
            edit.setText(value)
        ui.client_picker.set_client(data.client_id, data.client_name)
        ui.checked_in_at_edit.setDateTime(QDateTime(data.checked_in_at or _now()))

    def collect(self) -> VisitorData:
        ui = self.ui
        return VisitorData(
            name=ui.name_edit.text(), organisation=ui.organisation_edit.text(), phone=ui.phone_edit.text(),
            purpose=ui.purpose_edit.text(), host=ui.host_edit.text(), badge=ui.badge_edit.text(),
            client_id=ui.client_picker.client_id(), checked_in_at=_minute(ui.checked_in_at_edit.dateTime()))

    def _client_chosen(self, client_id: int | None) -> None:
        """A visitor from a client's company: fill in the organisation when it is still empty."""
        if client_id is None or self.ui.organisation_edit.text().strip():
            return
        self.app.worker.submit(lambda s: s.clients.get(client_id).name, self._fill_organisation,
                               lambda _error: None, owner=self)

    def _fill_organisation(self, name: str) -> None:
        if not self.ui.organisation_edit.text().strip():
            self.ui.organisation_edit.setText(name)

    def save(self, services, data: VisitorData) -> VisitorData:
        return services.visitors.check_in(data)

    def reload(self, services, data: VisitorData) -> VisitorData:
        """A check-in creates a new entry, so it never meets someone else's version; keep the form as typed."""
        return data


@dataclasses.dataclass
class CheckOut:
    visitor_id: int
    version: int
    checked_out_at: dt.datetime


class CheckOutDialog(RecordDialog):
    """Confirm a visitor's departure and its time (now unless corrected)."""

    def __init__(self, app, visitor: VisitorData, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_CheckOutDialog()
        self.ui.setupUi(self)
        self.setObjectName("check_out_dialog")
        self.errors = FieldErrors(self.ui.error_label, {"checked_out_at": self.ui.checked_out_at_edit},
                                  {"checked_out_at": self.tr("离开时间")})
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("确认离开"))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.load(visitor)
        self.ui.checked_out_at_edit.setDateTime(QDateTime(_now()))
        self.watch_changes()
        self.ui.checked_out_at_edit.setFocus()
        self.resize(420, 200)

    def load(self, visitor: VisitorData) -> None:
        self._visitor = visitor
        who = "，".join(filter(None, (visitor.name, visitor.organisation)))
        self.setWindowTitle(self.tr("登记离开 {number}").format(number=visitor.number))
        self.ui.question_label.setText(self.tr("登记访客 {who}（证号 {badge}）离开？").format(
            who=who, badge=visitor.badge or "—"))
        self.ui.checked_in_at_value.setText(display(visitor.checked_in_at))
        if visitor.checked_out_at is not None:
            self.ui.checked_out_at_edit.setDateTime(QDateTime(visitor.checked_out_at))

    def collect(self) -> CheckOut:
        return CheckOut(self._visitor.id, self._visitor.version, _minute(self.ui.checked_out_at_edit.dateTime()))

    def save(self, services, data: CheckOut) -> VisitorData:
        return services.visitors.check_out(data.visitor_id, data.version, data.checked_out_at)

    def reload(self, services, data: CheckOut) -> VisitorData:
        day = self._visitor.checked_in_at.date()
        return next(v for v in services.visitors.today(day) if v.id == data.visitor_id)


def _open(dialog: RecordDialog, on_saved: Callable[[VisitorData], None] | None) -> RecordDialog:
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_saved is not None:
        dialog.finished.connect(lambda _result: on_saved(dialog.result_data) if dialog.result_data else None)
    dialog.open()
    return dialog


def open_check_in(app, parent, on_saved: Callable[[VisitorData], None] | None = None) -> VisitorDialog:
    return _open(VisitorDialog(app, parent), on_saved)


def open_check_out(app, parent, visitor: VisitorData,
                   on_saved: Callable[[VisitorData], None] | None = None) -> CheckOutDialog:
    return _open(CheckOutDialog(app, visitor, parent), on_saved)
