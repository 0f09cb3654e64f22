"""The driver form (司机): name, the linked user with the driver role (so they can log their own trips),
licence number, class and expiry, phone, active."""
from __future__ import annotations

from crdesk.services.fleet import LICENCE_CLASSES, DriverData
from crdesk.ui.dialogs.fleet_common import date_of, optional_date, select_data, set_date
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.forms.ui_fleet_driver_dialog import Ui_FleetDriverDialog
from crdesk.ui.widgets.field_errors import FieldErrors


class DriverDialog(RecordDialog):
    def __init__(self, app, data: DriverData | None, users: list[tuple[int, str, str]], parent=None):
        super().__init__(app, parent)
        self.ui = ui = Ui_FleetDriverDialog()
        ui.setupUi(self)
        self.setObjectName("fleet_driver_dialog")
        ui.user_combo.addItem(self.tr("（不关联）"), None)
        for user_id, username, display_name in users:
            ui.user_combo.addItem(self.tr("{name}（{username}）").format(name=display_name, username=username), user_id)
        for licence_class in LICENCE_CLASSES:
            ui.licence_class_combo.addItem(licence_class or self.tr("（未填）"), licence_class)
        optional_date(ui.licence_expiry_edit, self.tr("未登记"))
        self.errors = FieldErrors(ui.error_label, {
            "name": ui.name_edit, "user": ui.user_combo, "licence_no": ui.licence_no_edit,
            "licence_class": ui.licence_class_combo, "phone": ui.phone_edit,
        }, {"name": self.tr("姓名"), "user": self.tr("登录用户"), "licence_no": self.tr("驾驶证号"),
            "licence_class": self.tr("准驾车型"), "phone": self.tr("电话")})
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(data or DriverData(name=""))
        self.watch_changes()

    def load(self, data: DriverData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("司机 {name}").format(name=data.name) if data.id else self.tr("新建司机"))
        ui.name_edit.setText(data.name)
        if data.user_id is not None and ui.user_combo.findData(data.user_id) < 0:
            ui.user_combo.addItem(data.username, data.user_id)  # linked to a user no longer a driver
        select_data(ui.user_combo, data.user_id)
        ui.licence_no_edit.setText(data.licence_no)
        select_data(ui.licence_class_combo, data.licence_class)
        set_date(ui.licence_expiry_edit, data.licence_expiry)
        ui.phone_edit.setText(data.phone)
        ui.active_check.setChecked(data.active)

    def collect(self) -> DriverData:
        ui = self.ui
        return DriverData(
            name=ui.name_edit.text(), user_id=ui.user_combo.currentData(), licence_no=ui.licence_no_edit.text(),
            licence_class=ui.licence_class_combo.currentData(), licence_expiry=date_of(ui.licence_expiry_edit),
            phone=ui.phone_edit.text(), active=ui.active_check.isChecked(), id=self._data.id,
            version=self._data.version)

    def save(self, services, data: DriverData) -> DriverData:
        return services.fleet.save_driver(data)

    def reload(self, services, data: DriverData) -> DriverData:
        return services.fleet.driver(data.id)
