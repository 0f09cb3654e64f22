"""The fuel form (加油记录): vehicle, driver, date, odometer, litres, amount, station, full tank (L/100 km is
computed between full tanks). A driver logs only their own fills."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate

from crdesk.services.fleet_logs import FuelData
from crdesk.ui.dialogs.fleet_common import Choices, date_of, fill_choices, select_data, set_date
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.forms.ui_fleet_fuel_dialog import Ui_FleetFuelDialog
from crdesk.ui.widgets.field_errors import FieldErrors


def new_fill(choices: Choices, today: dt.date) -> FuelData:
    vehicle = choices.vehicles[0][0] if choices.vehicles else None
    return FuelData(vehicle_id=vehicle, fuel_date=today, litres=Decimal(0), amount=Decimal(0),
                    odometer=choices.odometers.get(vehicle, 0), driver_id=choices.own_driver)


class FuelDialog(RecordDialog):
    def __init__(self, app, data: FuelData, choices: Choices, parent=None):
        super().__init__(app, parent)
        self.ui = ui = Ui_FleetFuelDialog()
        ui.setupUi(self)
        self.setObjectName("fleet_fuel_dialog")
        self.choices = choices
        fill_choices(ui.vehicle_combo, choices.vehicles)
        fill_choices(ui.driver_combo, choices.drivers, self.tr("（未指定）") if choices.may_edit_all else None)
        ui.driver_combo.setEnabled(choices.may_edit_all)
        ui.date_edit.setMaximumDate(QDate.currentDate())
        self.errors = FieldErrors(ui.error_label, {
            "vehicle": ui.vehicle_combo, "driver": ui.driver_combo, "fuel_date": ui.date_edit,
            "odometer": ui.odometer_spin, "litres": ui.litres_spin, "amount": ui.amount_spin,
            "station": ui.station_edit,
        }, {"vehicle": self.tr("车辆"), "driver": self.tr("驾驶员"), "fuel_date": self.tr("日期"),
            "odometer": self.tr("里程表"), "litres": self.tr("加油量"), "amount": self.tr("金额"),
            "station": self.tr("加油站")})
        ui.vehicle_combo.currentIndexChanged.connect(self._vehicle_changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(data)
        self.watch_changes()

    def load(self, data: FuelData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("编辑加油记录") if data.id else self.tr("登记加油"))
        ui.vehicle_combo.blockSignals(True)
        select_data(ui.vehicle_combo, data.vehicle_id)
        ui.vehicle_combo.blockSignals(False)
        select_data(ui.driver_combo, data.driver_id)
        set_date(ui.date_edit, data.fuel_date)
        ui.odometer_spin.setValue(data.odometer)
        ui.litres_spin.setValue(float(data.litres))
        ui.amount_spin.setValue(float(data.amount))
        ui.station_edit.setText(data.station)
        ui.full_tank_check.setChecked(data.full_tank)

    def _vehicle_changed(self) -> None:
        if self._data.id is None:
            self.ui.odometer_spin.setValue(self.choices.odometers.get(self.ui.vehicle_combo.currentData(), 0))

    def collect(self) -> FuelData:
        ui, data = self.ui, self._data
        return FuelData(
            vehicle_id=ui.vehicle_combo.currentData(), fuel_date=date_of(ui.date_edit),
            litres=Decimal(str(ui.litres_spin.value())), amount=Decimal(str(ui.amount_spin.value())),
            odometer=ui.odometer_spin.value(), station=ui.station_edit.text(),
            full_tank=ui.full_tank_check.isChecked(), driver_id=ui.driver_combo.currentData(), id=data.id,
            version=data.version)

    def save(self, services, data: FuelData) -> FuelData:
        return services.fleet_logs.save_fuel(data)

    def reload(self, services, data: FuelData) -> FuelData:
        return services.fleet_logs.fuel(data.id)
