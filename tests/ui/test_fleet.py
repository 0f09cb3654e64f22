"""The fleet tab: a driver logs a trip with the pre-trip checklist; the manager sees a 年检 about to expire."""
import datetime as dt
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from crdesk.services.fleet import DriverData, VehicleData
from crdesk.ui.dialogs.fleet_trip import TripDialog
from crdesk.ui.tabs import fleet_columns
from crdesk.ui.tabs.fleet import PAGES, FleetTab
from tests.ui.typing import type_text

TODAY = dt.date.today()


@pytest.fixture
def fleet(add_user):
    """The manager's services, a vehicle whose 年检 is due in 5 days, and a way to add a linked driver."""
    manager = add_user("manager", "manager9")
    vehicle = manager.fleet.save_vehicle(VehicleData(
        plate="沪B57239", model="江铃顺达", capacity_kg=Decimal(1495), insurance_expiry=TODAY + dt.timedelta(days=200),
        inspection_due=TODAY + dt.timedelta(days=5), odometer_start_km=86000))
    return manager, vehicle


def wait_rows(qtbot, model, rows):
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == rows)


def _open_tab(qtbot, app, page):
    tab = FleetTab(app)
    qtbot.addWidget(tab)
    tab.show()
    tab.ui.fleet_pages.setCurrentIndex(PAGES.index(page))
    qtbot.waitUntil(lambda: tab.choices is not None)
    return tab


def test_a_driver_logs_a_trip_with_the_pre_trip_checklist(qtbot, make_context, fleet):
    manager, vehicle = fleet
    driver_app = make_context("driver", "driver1")
    me = manager.fleet.save_driver(DriverData("赵建国", user_id=driver_app.actor.user_id,
                                              licence_expiry=TODAY + dt.timedelta(days=900)))
    manager.fleet.save_driver(DriverData("钱志强"))
    tab = _open_tab(qtbot, driver_app, "trips")
    assert not tab.ui.new_trip_button.isHidden() and tab.ui.new_vehicle_button.isHidden()  # no master data

    qtbot.mouseClick(tab.ui.new_trip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.findChild(TripDialog) is not None)
    dialog = tab.findChild(TripDialog)
    ui = dialog.ui
    assert ui.driver_combo.currentData() == me.id and not ui.driver_combo.isEnabled()  # only their own trips
    assert ui.vehicle_combo.currentText() == "沪B·57239" and ui.start_spin.value() == 86000
    ui.end_spin.setValue(86145)
    type_text(ui.route_edit, "公司—浦东仓库—公司")
    for box in (ui.check_tyres, ui.check_lights, ui.check_brakes, ui.check_papers):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))  # on the box
    dialog.accept()
    qtbot.waitUntil(lambda: not ui.error_label.isHidden())
    assert "缺陷" in ui.error_label.text() and ui.defects_edit.toolTip()  # 油液 unchecked: say why
    type_text(ui.defects_edit, "玻璃水不足，已加注")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_data is not None)
    assert dialog.result_data.km == 145

    wait_rows(qtbot, tab.models["trips"], 1)
    texts = [tab.models["trips"].index(0, column).data() for column in range(10)]
    assert texts[1:6] == ["沪B·57239", "赵建国", "86,000", "86,145", "145"]
    assert texts[8] == "未通过：油液" and texts[9] == "玻璃水不足，已加注"


def test_the_manager_sees_a_nianjian_about_to_expire(qtbot, manager_app, fleet):
    tab = _open_tab(qtbot, manager_app, "compliance")
    model = tab.models["compliance"]
    wait_rows(qtbot, model, 1)
    assert [model.index(0, c).data() for c in range(5)] == [
        "年检", "沪B·57239", "7 天内到期", (TODAY + dt.timedelta(days=5)).isoformat(), "5"]
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor(fleet_columns.SOON[0])
    assert tab.count_label.text() == "到期提醒：1 项"
    assert "1 项" in tab.ui.compliance_summary_label.text()
    assert not tab.ui.new_vehicle_button.isHidden()


def test_a_driver_without_a_profile_cannot_log(qtbot, make_context, fleet):
    tab = _open_tab(qtbot, make_context("driver", "driver7"), "trips")
    assert tab.ui.new_trip_button.isHidden() and tab.ui.new_fuel_button.isHidden()


def test_a_bad_plate_is_shown_at_its_field_and_a_good_one_is_stored_normalized(qtbot, manager_app, fleet):
    from crdesk.ui.dialogs.fleet_vehicle import VehicleDialog

    dialog = VehicleDialog(manager_app, None, None)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.plate_edit, "粤B1234")
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.ui.error_label.isHidden())
    assert "车牌号" in dialog.ui.error_label.text() and dialog.ui.plate_edit.toolTip()
    dialog.ui.plate_edit.setText("粤BD12345")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_data is not None)
    assert dialog.result_data.plate == "粤B·D12345"


def test_a_driver_logs_a_fill_and_sees_the_consumption(qtbot, make_context, fleet):
    from crdesk.services.fleet_logs import FuelData
    from crdesk.ui.dialogs.fleet_fuel import FuelDialog

    manager, vehicle = fleet
    driver_app = make_context("driver", "driver1")
    manager.fleet.save_driver(DriverData("赵建国", user_id=driver_app.actor.user_id))
    driver_app.worker.services.fleet_logs.save_fuel(FuelData(vehicle.id, TODAY - dt.timedelta(days=3),
                                                             Decimal(50), Decimal(390), 86000))
    tab = _open_tab(qtbot, driver_app, "fuel")
    wait_rows(qtbot, tab.models["fuel"], 1)
    qtbot.mouseClick(tab.ui.new_fuel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.findChild(FuelDialog) is not None)
    dialog = tab.findChild(FuelDialog)
    dialog.ui.odometer_spin.setValue(86600)
    dialog.ui.litres_spin.setValue(63)
    dialog.ui.amount_spin.setValue(491.4)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_data is not None)
    wait_rows(qtbot, tab.models["fuel"], 2)
    assert tab.models["fuel"].index(0, 7).data() == "10.50"  # 63 L over 600 km
