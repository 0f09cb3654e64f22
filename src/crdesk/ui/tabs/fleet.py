"""Vehicle management (车辆管理): what falls due (insurance, 年检, licences, services — also counted in the
status bar), vehicles, drivers, the trip / fuel / maintenance logs, and the cost and kilometre reports.
Drivers log their own trips and fills here; the manager keeps the master data."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QInputDialog, QLabel, QMainWindow

from crdesk.services.fleet_logs import LogFilter
from crdesk.services.paging import Page
from crdesk.ui.dialogs import fleet_common as common
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_fleet_tab import Ui_FleetTab
from crdesk.ui.models.paged import PagedTableModel
from crdesk.ui.tabs import fleet_columns as cols
from crdesk.ui.tabs.base import AreaTab
from crdesk.ui.tabs.fleet_actions import FleetActions

PAGES = ("compliance", "vehicles", "drivers", "trips", "fuel", "maintenance", "reports")
FUEL_DAYS = 92


def whole(load):
    """A PagedTableModel fetch for a short list the service returns whole."""
    return lambda services, _key, _descending, _after, _limit: Page(load(services), None)


def keyset(load):
    return lambda services, _key, _descending, after, limit: load(services, after, limit)


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


class FleetTab(FleetActions, AreaTab):
    supported_actions = frozenset({"new", "print", "refresh", "export"})
    watched_tables = frozenset({"vehicle", "driver", "trip_log", "fuel_log", "maintenance_log"})

    def __init__(self, app, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_FleetTab()
        self.ui.setupUi(self)
        self.choices: common.Choices | None = None
        self.count_label = QLabel(self)
        self.count_label.setObjectName("fleet_count_label")
        self.count_label.hide()  # shown once it sits in the main window's status bar
        self._count_shown = False
        self._init_dates()
        self.models = self._models()
        for name, (view, model) in self.views().items():
            view.setModel(model)
            self.restore_table(view, f"fleet_{name}")
            model.failed.connect(lambda error: show_error(self, error))
        self._connect()
        self.apply_permissions()
        self.refresh()

    def views(self):
        ui = self.ui
        return {"compliance": (ui.compliance_table, self.models["compliance"]),
                "vehicles": (ui.vehicle_table, self.models["vehicles"]),
                "drivers": (ui.driver_table, self.models["drivers"]),
                "trips": (ui.trip_table, self.models["trips"]), "fuel": (ui.fuel_table, self.models["fuel"]),
                "maintenance": (ui.maintenance_table, self.models["maintenance"]),
                "costs": (ui.cost_table, self.models["costs"]), "driver_km": (ui.driver_km_table, self.models["driver_km"])}

    def _init_dates(self) -> None:
        today = dt.date.today()
        ui = self.ui
        ui.log_month_edit.setDate(qdate(today.replace(day=1)))
        ui.fuel_from_edit.setDate(qdate(today - dt.timedelta(days=FUEL_DAYS)))
        ui.fuel_to_edit.setDate(qdate(today))
        ui.report_from_edit.setDate(qdate(today.replace(month=1, day=1)))
        ui.report_to_edit.setDate(qdate(today))

    def _models(self) -> dict[str, PagedTableModel]:
        worker = self.app.worker

        def model(columns, fetch, style=None):
            return PagedTableModel(worker, columns, fetch, "", row_style=style, parent=self)

        return {
            "compliance": model(cols.compliance_columns(), whole(lambda s: s.fleet_reports.compliance()),
                                cols.urgency_style(lambda r: r.level)),
            "vehicles": model(cols.vehicle_columns(), self._vehicles_fetch()),
            "drivers": model(cols.driver_columns(), whole(lambda s: s.fleet.drivers(include_inactive=True))),
            "trips": model(cols.trip_columns(), self._trips_fetch()),
            "fuel": model(cols.fuel_columns(), self._fuel_fetch(), cols.fuel_style),
            "maintenance": model(cols.maintenance_columns(), self._maintenance_fetch()),
            "costs": model(cols.cost_columns(), self._costs_fetch()),
            "driver_km": model(cols.driver_km_columns(), self._driver_km_fetch()),
        }

    # --- fetches built from the current filters
    def _vehicles_fetch(self):
        retired = self.ui.retired_check.isChecked()
        return whole(lambda s: s.fleet.vehicles(include_retired=retired))

    def _trips_fetch(self):
        flt = LogFilter(self.ui.trip_vehicle_filter.currentData(), self.ui.trip_driver_filter.currentData())
        return keyset(lambda s, after, limit: s.fleet_logs.trips(flt, after, limit))

    def _fuel_fetch(self):
        vehicle = self.ui.fuel_vehicle_filter.currentData()
        first, last = common.date_of(self.ui.fuel_from_edit), common.date_of(self.ui.fuel_to_edit)
        if vehicle is None:
            return whole(lambda s: [])
        return whole(lambda s: s.fleet_logs.fuel_with_consumption(vehicle, first, last)[::-1])

    def _maintenance_fetch(self):
        flt = LogFilter(self.ui.maintenance_vehicle_filter.currentData())
        return keyset(lambda s, after, limit: s.fleet_maintenance.page(flt, after, limit))

    def _report_range(self):
        return common.date_of(self.ui.report_from_edit), common.date_of(self.ui.report_to_edit)

    def _costs_fetch(self):
        (first, last), by_month = self._report_range(), self.ui.by_month_check.isChecked()
        return whole(lambda s: s.fleet_reports.vehicle_costs(first, last, by_month))

    def _driver_km_fetch(self):
        first, last = self._report_range()
        return whole(lambda s: s.fleet_reports.km_per_driver(first, last))

    def _connect(self) -> None:
        ui, models = self.ui, self.models
        ui.retired_check.toggled.connect(lambda _: models["vehicles"].set_fetch(self._vehicles_fetch()))
        for combo in (ui.trip_vehicle_filter, ui.trip_driver_filter):
            combo.currentIndexChanged.connect(lambda _: models["trips"].set_fetch(self._trips_fetch()))
        for widget in (ui.fuel_vehicle_filter, ui.fuel_from_edit, ui.fuel_to_edit):
            signal = widget.currentIndexChanged if widget is ui.fuel_vehicle_filter else widget.dateChanged
            signal.connect(lambda _: models["fuel"].set_fetch(self._fuel_fetch()))
        ui.maintenance_vehicle_filter.currentIndexChanged.connect(
            lambda _: models["maintenance"].set_fetch(self._maintenance_fetch()))
        for widget in (ui.report_from_edit, ui.report_to_edit):
            widget.dateChanged.connect(lambda _: self._reload_reports())
        ui.by_month_check.toggled.connect(lambda _: self._reload_reports())
        models["compliance"].page_loaded.connect(self._show_count)
        self.connect_actions()

    def _reload_reports(self) -> None:
        self.models["costs"].set_fetch(self._costs_fetch())
        self.models["driver_km"].set_fetch(self._driver_km_fetch())

    # --- loading
    def refresh(self) -> None:
        for name in ("compliance", "vehicles", "drivers", "trips", "maintenance"):
            self.models[name].reload()
        self.models["fuel"].set_fetch(self._fuel_fetch())
        self._reload_reports()
        self.app.worker.submit(common.load_choices, self._choices_loaded, lambda e: show_error(self, e), owner=self)

    def _choices_loaded(self, choices: common.Choices) -> None:
        self.choices = choices
        ui = self.ui
        for combo, items, everyone in ((ui.trip_vehicle_filter, choices.vehicles, self.tr("全部车辆")),
                                       (ui.trip_driver_filter, choices.drivers, self.tr("全部司机")),
                                       (ui.maintenance_vehicle_filter, choices.vehicles, self.tr("全部车辆")),
                                       (ui.fuel_vehicle_filter, choices.vehicles, None)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            common.fill_choices(combo, items, everyone)
            common.select_data(combo, current)
            combo.blockSignals(False)
        self.models["fuel"].set_fetch(self._fuel_fetch())
        self.apply_permissions()

    def _show_count(self, count: int) -> None:
        text = self.tr("到期提醒：{count} 项").format(count=count)
        self.count_label.setText(text)
        self.ui.compliance_summary_label.setText(
            self.tr("保险、年检、驾驶证与保养：{count} 项已到期或即将到期").format(count=count))
        window = self.window()
        if not self._count_shown and isinstance(window, QMainWindow):
            window.statusBar().addPermanentWidget(self.count_label)
            self._count_shown = True
            if count:
                self.status_message(self.tr("车辆管理：{count} 项证照或保养已到期或即将到期，请查看“到期提醒”").format(
                    count=count))

    # --- the run picker
    def log_trip_from_run(self) -> None:
        self.app.worker.submit(lambda s: s.fleet_runs.unlogged_runs(), self._pick_run,
                               lambda e: show_error(self, e), owner=self)

    def _pick_run(self, runs) -> None:
        if not runs:
            self.status_message(self.tr("近两周没有尚未登记行车记录的配送车次"))
            return
        labels = [f"{r.number}  {r.run_date.isoformat()}  {r.plate}" for r in runs]
        picker = QInputDialog(self)
        picker.setWindowTitle(self.tr("从配送车次登记"))
        picker.setLabelText(self.tr("选择配送车次："))
        picker.setComboBoxItems(labels)
        picker.textValueSelected.connect(lambda text: self.open_trip_for_run(runs[labels.index(text)].id))
        picker.open()
