"""The vehicle form (车辆): plate (checked and normalized by the service), type, capacity, status, papers,
the service interval by km and months, and the current reading and next service (read only)."""
from __future__ import annotations

from decimal import Decimal

from crdesk.db.models.fleet import FUEL_TYPE_LABELS, VEHICLE_STATUS_LABELS, VEHICLE_TYPE_LABELS
from crdesk.services.fleet import VehicleData
from crdesk.ui.dialogs.fleet_common import date_of, fill_codes, optional_date, select_data, set_date
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.forms.ui_fleet_vehicle_dialog import Ui_FleetVehicleDialog
from crdesk.ui.widgets.field_errors import FieldErrors


class VehicleDialog(RecordDialog):
    def __init__(self, app, data: VehicleData | None, parent=None):
        super().__init__(app, parent)
        self.ui = ui = Ui_FleetVehicleDialog()
        ui.setupUi(self)
        self.setObjectName("fleet_vehicle_dialog")
        fill_codes(ui.type_combo, VEHICLE_TYPE_LABELS)
        fill_codes(ui.fuel_combo, FUEL_TYPE_LABELS)
        fill_codes(ui.status_combo, VEHICLE_STATUS_LABELS)
        optional_date(ui.insurance_edit, self.tr("未登记"))
        optional_date(ui.inspection_edit, self.tr("未登记"))
        self.errors = FieldErrors(ui.error_label, {
            "plate": ui.plate_edit, "model": ui.model_edit, "vehicle_type": ui.type_combo, "fuel_type": ui.fuel_combo,
            "capacity_kg": ui.capacity_kg_spin, "capacity_m3": ui.capacity_m3_spin, "status": ui.status_combo,
            "service_interval_km": ui.interval_km_spin, "service_interval_months": ui.interval_months_spin,
            "odometer_start_km": ui.odometer_start_spin, "note": ui.note_edit,
        }, {"plate": self.tr("车牌号"), "model": self.tr("车型"), "vehicle_type": self.tr("车辆类型"),
            "fuel_type": self.tr("燃料"), "capacity_kg": self.tr("载重"), "capacity_m3": self.tr("容积"),
            "status": self.tr("状态"), "service_interval_km": self.tr("保养间隔（公里）"),
            "service_interval_months": self.tr("保养间隔（月）"), "odometer_start_km": self.tr("登记时里程"),
            "note": self.tr("备注")})
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(data or VehicleData(plate=""))
        self.watch_changes()

    def load(self, data: VehicleData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("车辆 {plate}").format(plate=data.plate) if data.id else self.tr("新建车辆"))
        ui.plate_edit.setText(data.plate)
        ui.model_edit.setText(data.model)
        select_data(ui.type_combo, data.vehicle_type)
        select_data(ui.fuel_combo, data.fuel_type)
        select_data(ui.status_combo, data.status)
        ui.capacity_kg_spin.setValue(float(data.capacity_kg))
        ui.capacity_m3_spin.setValue(float(data.capacity_m3))
        set_date(ui.insurance_edit, data.insurance_expiry)
        set_date(ui.inspection_edit, data.inspection_due)
        ui.interval_km_spin.setValue(data.service_interval_km)
        ui.interval_months_spin.setValue(data.service_interval_months)
        ui.odometer_start_spin.setValue(data.odometer_start_km)
        ui.odometer_start_spin.setEnabled(data.id is None)
        ui.odometer_value.setText(self.tr("{km:,} 公里").format(km=data.odometer_km) if data.id else "—")
        ui.service_value.setText(self._service_text(data))
        ui.note_edit.setText(data.note)

    def _service_text(self, data: VehicleData) -> str:
        service = data.service
        if service is None:
            return self.tr("保存后按间隔计算")
        parts = [self.tr("{km:,} 公里").format(km=service.due_km) if service.due_km else "",
                 service.due_date.isoformat() if service.due_date else ""]
        text = self.tr(" 或 ").join(p for p in parts if p)
        return self.tr("{due}（先到为准）").format(due=text) if text else self.tr("不跟踪")

    def collect(self) -> VehicleData:
        ui = self.ui
        return VehicleData(
            plate=ui.plate_edit.text(), model=ui.model_edit.text(), vehicle_type=ui.type_combo.currentData(),
            fuel_type=ui.fuel_combo.currentData(), capacity_kg=Decimal(str(ui.capacity_kg_spin.value())),
            capacity_m3=Decimal(str(ui.capacity_m3_spin.value())), status=ui.status_combo.currentData(),
            insurance_expiry=date_of(ui.insurance_edit), inspection_due=date_of(ui.inspection_edit),
            service_interval_km=ui.interval_km_spin.value(), service_interval_months=ui.interval_months_spin.value(),
            odometer_start_km=ui.odometer_start_spin.value(), note=ui.note_edit.text(), id=self._data.id,
            version=self._data.version)

    def save(self, services, data: VehicleData) -> VehicleData:
        return services.fleet.save_vehicle(data)

    def reload(self, services, data: VehicleData) -> VehicleData:
        return services.fleet.vehicle(data.id)
