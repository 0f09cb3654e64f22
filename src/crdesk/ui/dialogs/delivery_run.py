"""The run form (配送车次): date, vehicle, driver, delivery clerk, departure and return times, notes.

Saving runs the scheduling checks; a refusal shows every reason at the override field, where a manager may
give a reason to go ahead (audited). The warnings (a paper expiring soon …) come back with the saved run.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Callable

from PySide6.QtCore import QDate, Qt, QTime

from crdesk.services import permissions as P
from crdesk.services.delivery_rules import SchedulingRefused
from crdesk.services.errors import ValidationError
from crdesk.services.runs import Outcome, RunData
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_delivery_run_dialog import Ui_DeliveryRunDialog
from crdesk.ui.widgets.field_errors import FieldErrors


class DeliveryRunDialog(RecordDialog):
    def __init__(self, app, data: RunData, vehicles: list, drivers: list, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_DeliveryRunDialog()
        self.ui.setupUi(self)
        self.setObjectName("delivery_run_dialog")
        ui = self.ui
        for vehicle in vehicles:
            ui.vehicle_combo.addItem(self.tr("{plate}（核定 {kg} kg）").format(
                plate=vehicle.plate, kg=f"{vehicle.capacity_kg:.0f}"), vehicle.id)
        for driver in drivers:
            ui.driver_combo.addItem(driver.name, driver.id)
        ui.clerk_combo.addItem(self.tr("（无）"), None)
        if app.actor.user_id is not None:
            ui.clerk_combo.addItem(app.actor.display_name, app.actor.user_id)
        manager = app.can(P.DISPATCH_OVERRIDE)
        ui.override_label.setVisible(manager)
        ui.override_edit.setVisible(manager)
        ui.problems_label.hide()
        self.errors = FieldErrors(ui.error_label, {
            "vehicle": ui.vehicle_combo, "driver": ui.driver_combo, "clerk": ui.clerk_combo,
            "returns_at": ui.returns_edit, "notes": ui.notes_edit, "override_reason": ui.override_edit,
        }, {"vehicle": self.tr("车辆"), "driver": self.tr("司机"), "clerk": self.tr("配送员"),
            "returns_at": self.tr("预计返回"), "notes": self.tr("备注"), "override_reason": self.tr("排车检查")})
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self._reason = ""
        self.load(data)
        self.watch_changes()
        self.resize(520, 460)

    def load(self, data: RunData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("配送车次 {number}").format(number=data.number) if data.number
                            else self.tr("新建配送车次"))
        ui.number_value.setText(data.number or self.tr("（保存后自动编号）"))
        ui.run_date_edit.setDate(QDate(data.run_date))
        ui.vehicle_combo.setCurrentIndex(max(0, ui.vehicle_combo.findData(data.vehicle_id)))
        ui.driver_combo.setCurrentIndex(max(0, ui.driver_combo.findData(data.driver_id)))
        ui.clerk_combo.setCurrentIndex(max(0, ui.clerk_combo.findData(data.clerk_id)))
        ui.departs_edit.setTime(QTime(data.departs_at))
        ui.returns_edit.setTime(QTime(data.returns_at or dt.time(12)))
        ui.notes_edit.setPlainText(data.notes)

    def collect(self) -> RunData:
        ui = self.ui
        self._reason = ui.override_edit.text()  # read by save() on the worker
        return dataclasses.replace(
            self._data, run_date=ui.run_date_edit.date().toPython(), vehicle_id=ui.vehicle_combo.currentData(),
            driver_id=ui.driver_combo.currentData(), clerk_id=ui.clerk_combo.currentData(),
            departs_at=ui.departs_edit.time().toPython().replace(second=0, microsecond=0),
            returns_at=ui.returns_edit.time().toPython().replace(second=0, microsecond=0),
            notes=ui.notes_edit.toPlainText())

    def save(self, services, data: RunData) -> Outcome:
        try:
            return services.runs.save(data, self._reason)
        except SchedulingRefused as refused:  # show every reason at the override field
            raise ValidationError("override_reason", "scheduling_refused", **refused.params) from None

    def reload(self, services, data: RunData) -> RunData:
        return services.runs.get(data.id)


def open_run_dialog(app, parent, run_id: int | None, day: dt.date,
                    on_saved: Callable[[Outcome], None] | None = None) -> None:
    """Load vehicles, drivers (and the run) on the worker, then open the form."""
    def load(services):
        data = services.runs.get(run_id) if run_id else RunData(run_date=day, vehicle_id=None, driver_id=None,
                                                                 clerk_id=services.actor.user_id)
        return data, services.fleet.vehicles(), services.fleet.drivers()

    def show(result) -> None:
        data, vehicles, drivers = result
        dialog = DeliveryRunDialog(app, data, vehicles, drivers, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_saved is not None:
            dialog.finished.connect(lambda _r: on_saved(dialog.result_data) if dialog.result_data else None)
        dialog.open()

    app.worker.submit(load, show, lambda e: show_error(parent, e), owner=parent)
