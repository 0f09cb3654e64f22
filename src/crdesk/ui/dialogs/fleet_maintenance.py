"""The maintenance form (保养维修): vehicle, date, kind (保养 / 维修 / 年检 / 保险), odometer, cost, vendor,
what was done; a 年检 or 保险 entry with a "valid until" date moves the vehicle's date forward."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate

from crdesk.db.models.fleet import MAINTENANCE_KIND_LABELS
from crdesk.services.fleet_maintenance import RENEWS, MaintenanceData
from crdesk.ui.dialogs.fleet_common import (Choices, date_of, fill_choices, fill_codes, optional_date, optional_int,
                                            select_data, set_date)
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.forms.ui_fleet_maintenance_dialog import Ui_FleetMaintenanceDialog
from crdesk.ui.widgets.field_errors import FieldErrors


def new_entry(choices: Choices, today: dt.date) -> MaintenanceData:
    vehicle = choices.vehicles[0][0] if choices.vehicles else None
    return MaintenanceData(vehicle_id=vehicle, service_date=today, kind="service",
                           odometer=choices.odometers.get(vehicle))


class MaintenanceDialog(RecordDialog):
    def __init__(self, app, data: MaintenanceData, choices: Choices, parent=None):
        super().__init__(app, parent)
        self.ui = ui = Ui_FleetMaintenanceDialog()
        ui.setupUi(self)
        self.setObjectName("fleet_maintenance_dialog")
        self.choices = choices
        fill_choices(ui.vehicle_combo, choices.vehicles)
        fill_codes(ui.kind_combo, MAINTENANCE_KIND_LABELS)
        ui.date_edit.setMaximumDate(QDate.currentDate())
        optional_date(ui.valid_until_edit, self.tr("无"))
        self.errors = FieldErrors(ui.error_label, {
            "vehicle": ui.vehicle_combo, "service_date": ui.date_edit, "kind": ui.kind_combo,
            "odometer": ui.odometer_spin, "cost": ui.cost_spin, "vendor": ui.vendor_edit,
            "valid_until": ui.valid_until_edit, "description": ui.description_edit,
        }, {"vehicle": self.tr("车辆"), "service_date": self.tr("日期"), "kind": self.tr("类别"),
            "odometer": self.tr("里程表"), "cost": self.tr("费用"), "vendor": self.tr("服务单位"),
            "valid_until": self.tr("有效期至"), "description": self.tr("内容")})
        ui.kind_combo.currentIndexChanged.connect(self._kind_changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(data)
        self.watch_changes()

    def load(self, data: MaintenanceData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("编辑保养维修") if data.id else self.tr("登记保养维修"))
        select_data(ui.vehicle_combo, data.vehicle_id)
        set_date(ui.date_edit, data.service_date)
        select_data(ui.kind_combo, data.kind)
        ui.odometer_spin.setValue(data.odometer if data.odometer is not None else ui.odometer_spin.minimum())
        ui.cost_spin.setValue(float(data.cost))
        ui.vendor_edit.setText(data.vendor)
        set_date(ui.valid_until_edit, data.valid_until)
        ui.description_edit.setPlainText(data.description)
        self._kind_changed()

    def _kind_changed(self) -> None:
        """年检 and 保险 renew a date; the other kinds have none."""
        renews = self.ui.kind_combo.currentData() in RENEWS
        self.ui.valid_until_edit.setEnabled(renews)
        if not renews:
            set_date(self.ui.valid_until_edit, None)

    def collect(self) -> MaintenanceData:
        ui, data = self.ui, self._data
        return MaintenanceData(
            vehicle_id=ui.vehicle_combo.currentData(), service_date=date_of(ui.date_edit),
            kind=ui.kind_combo.currentData(), odometer=optional_int(ui.odometer_spin),
            cost=Decimal(str(ui.cost_spin.value())), vendor=ui.vendor_edit.text(),
            description=ui.description_edit.toPlainText(), valid_until=date_of(ui.valid_until_edit), id=data.id,
            version=data.version)

    def save(self, services, data: MaintenanceData) -> MaintenanceData:
        return services.fleet_maintenance.save(data)

    def reload(self, services, data: MaintenanceData) -> MaintenanceData:
        return services.fleet_maintenance.get(data.id)
