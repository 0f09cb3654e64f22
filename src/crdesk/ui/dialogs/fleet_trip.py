"""The trip form (行车记录): vehicle, driver, date, odometer at departure and return, route, the pre-trip
checklist (every item confirmed, or the defect noted). A driver logs only their own trips: the driver
choice is locked to them. A trip may come prefilled from a delivery run."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate

from crdesk.db.models.fleet import CHECKLIST
from crdesk.services.fleet_logs import TripData
from crdesk.ui.dialogs.fleet_common import Choices, date_of, fill_choices, select_data, set_date
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.forms.ui_fleet_trip_dialog import Ui_FleetTripDialog
from crdesk.ui.widgets.field_errors import FieldErrors


def new_trip(choices: Choices, today: dt.date) -> TripData:
    vehicle = choices.vehicles[0][0] if choices.vehicles else None
    start = choices.odometers.get(vehicle, 0)
    return TripData(vehicle_id=vehicle, driver_id=choices.own_driver, trip_date=today, start_odometer=start,
                    end_odometer=start)


class TripDialog(RecordDialog):
    def __init__(self, app, data: TripData, choices: Choices, parent=None):
        super().__init__(app, parent)
        self.ui = ui = Ui_FleetTripDialog()
        ui.setupUi(self)
        self.setObjectName("fleet_trip_dialog")
        self.choices = choices
        fill_choices(ui.vehicle_combo, choices.vehicles)
        fill_choices(ui.driver_combo, choices.drivers)
        ui.driver_combo.setEnabled(choices.may_edit_all)
        ui.date_edit.setMaximumDate(QDate.currentDate())
        self.checks = {item: getattr(ui, f"check_{item}") for item in CHECKLIST}
        self.errors = FieldErrors(ui.error_label, {
            "vehicle": ui.vehicle_combo, "driver": ui.driver_combo, "trip_date": ui.date_edit,
            "start_odometer": ui.start_spin, "end_odometer": ui.end_spin, "route": ui.route_edit,
            "purpose": ui.purpose_edit, "checked": ui.checklist_box, "defects": ui.defects_edit,
            "returned_at": ui.date_edit,
        }, {"vehicle": self.tr("车辆"), "driver": self.tr("驾驶员"), "trip_date": self.tr("日期"),
            "start_odometer": self.tr("出车里程"), "end_odometer": self.tr("回场里程"), "route": self.tr("路线"),
            "purpose": self.tr("事由"), "checked": self.tr("出车检查"), "defects": self.tr("缺陷及处理"),
            "returned_at": self.tr("回场时间")})
        ui.start_spin.valueChanged.connect(self._show_km)
        ui.end_spin.valueChanged.connect(self._show_km)
        ui.vehicle_combo.currentIndexChanged.connect(self._vehicle_changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(data)
        self.watch_changes()

    def load(self, data: TripData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("编辑行车记录") if data.id else self.tr("登记行车"))
        ui.run_value.setText(data.purpose if data.delivery_run_id else self.tr("（无）"))
        ui.vehicle_combo.blockSignals(True)
        select_data(ui.vehicle_combo, data.vehicle_id)
        ui.vehicle_combo.blockSignals(False)
        if data.driver_id is not None and ui.driver_combo.findData(data.driver_id) < 0:
            ui.driver_combo.addItem(data.driver_name, data.driver_id)
        select_data(ui.driver_combo, data.driver_id)
        set_date(ui.date_edit, data.trip_date)
        ui.start_spin.setValue(data.start_odometer)
        ui.end_spin.setValue(data.end_odometer)
        ui.route_edit.setText(data.route)
        ui.purpose_edit.setText(data.purpose)
        for item, box in self.checks.items():
            box.setChecked(item in data.checked)
        ui.defects_edit.setPlainText(data.defects)
        self._show_km()

    def _vehicle_changed(self) -> None:
        """A new entry starts from the chosen vehicle's last reading."""
        if self._data.id is None:
            reading = self.choices.odometers.get(self.ui.vehicle_combo.currentData(), 0)
            self.ui.start_spin.setValue(reading)
            self.ui.end_spin.setValue(max(self.ui.end_spin.value(), reading))

    def _show_km(self) -> None:
        km = self.ui.end_spin.value() - self.ui.start_spin.value()
        self.ui.km_value.setText(self.tr("{km:,} 公里").format(km=km))

    def collect(self) -> TripData:
        ui, data = self.ui, self._data
        return TripData(
            vehicle_id=ui.vehicle_combo.currentData(), driver_id=ui.driver_combo.currentData(),
            trip_date=date_of(ui.date_edit), start_odometer=ui.start_spin.value(), end_odometer=ui.end_spin.value(),
            route=ui.route_edit.text(), purpose=ui.purpose_edit.text(),
            checked=tuple(item for item, box in self.checks.items() if box.isChecked()),
            defects=ui.defects_edit.toPlainText(), delivery_run_id=data.delivery_run_id,
            departed_at=data.departed_at, returned_at=data.returned_at, id=data.id, version=data.version)

    def save(self, services, data: TripData) -> TripData:
        return services.fleet_logs.save_trip(data)

    def reload(self, services, data: TripData) -> TripData:
        return services.fleet_logs.trip(data.id)
