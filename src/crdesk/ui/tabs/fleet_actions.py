"""The fleet tab's actions: new / edit on each page, the vehicle log sheet, exports, and which buttons a
role sees. A mixin of :class:`crdesk.ui.tabs.fleet.FleetTab` (it uses the tab's ``ui``, ``models``, ``app``)."""
from __future__ import annotations

from crdesk.services import permissions as P
from crdesk.ui.dialogs import fleet_common as common
from crdesk.ui.errors import show_error

EXPORTABLE = {"vehicles": "车辆", "drivers": "司机", "trips": "行车记录", "fuel": "加油记录", "maintenance": "保养维修"}


class FleetActions:
    def connect_actions(self) -> None:
        ui = self.ui
        for button, page in ((ui.new_vehicle_button, "vehicles"), (ui.new_driver_button, "drivers"),
                             (ui.new_trip_button, "trips"), (ui.new_fuel_button, "fuel"),
                             (ui.new_maintenance_button, "maintenance")):
            button.clicked.connect(lambda _=False, p=page: self.open_record(p, None))
        for button, page in ((ui.edit_vehicle_button, "vehicles"), (ui.edit_driver_button, "drivers"),
                             (ui.edit_trip_button, "trips"), (ui.edit_fuel_button, "fuel"),
                             (ui.edit_maintenance_button, "maintenance")):
            button.clicked.connect(lambda _=False, p=page: self.edit_selected(p))
        for page in ("vehicles", "drivers", "trips", "fuel", "maintenance"):
            self.views()[page][0].doubleClicked.connect(lambda _index, p=page: self.edit_selected(p))
        ui.compliance_table.doubleClicked.connect(lambda _index: self._open_compliance_item())
        ui.trip_from_run_button.clicked.connect(self.log_trip_from_run)
        ui.print_log_button.clicked.connect(self.print_current)

    def apply_permissions(self) -> None:
        ui, can = self.ui, self.app.can
        master = can(P.FLEET_EDIT)
        logs = master or (can(P.FLEET_LOG_OWN) and self.choices is not None and self.choices.own_driver is not None)
        for button in (ui.new_vehicle_button, ui.edit_vehicle_button, ui.new_driver_button, ui.edit_driver_button,
                       ui.new_maintenance_button, ui.edit_maintenance_button):
            button.setVisible(master)
        for button in (ui.new_trip_button, ui.trip_from_run_button, ui.edit_trip_button, ui.new_fuel_button,
                       ui.edit_fuel_button):
            button.setVisible(logs)

    def current_page(self) -> str:
        from crdesk.ui.tabs.fleet import PAGES

        return PAGES[self.ui.fleet_pages.currentIndex()]

    def selected(self, page: str):
        view, model = self.views()[page]
        index = view.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    # --- new and edit
    def new_record(self) -> None:
        page = self.current_page()
        if page in ("vehicles", "drivers", "trips", "fuel", "maintenance"):
            self.open_record(page, None)

    def edit_selected(self, page: str) -> None:
        row = self.selected(page)
        if row is not None:
            self.open_record(page, row.id)

    def _may_open(self, page: str) -> bool:
        if page in ("vehicles", "drivers", "maintenance"):
            return self.app.can(P.FLEET_EDIT)
        return self.app.can(P.FLEET_EDIT) or self.app.can(P.FLEET_LOG_OWN)

    def open_record(self, page: str, record_id: int | None) -> None:
        if not self._may_open(page):
            return
        loaders = {
            "vehicles": (lambda s: s.fleet.vehicle(record_id), self._vehicle_dialog),
            "drivers": (lambda s: (s.fleet.driver(record_id), s.fleet.driver_users()), self._driver_dialog),
            "trips": (lambda s: (s.fleet_logs.trip(record_id), common.load_choices(s)), self._trip_dialog),
            "fuel": (lambda s: (s.fleet_logs.fuel(record_id), common.load_choices(s)), self._fuel_dialog),
            "maintenance": (lambda s: (s.fleet_maintenance.get(record_id), common.load_choices(s)),
                            self._maintenance_dialog),
        }
        new_loaders = {
            "vehicles": lambda s: None, "drivers": lambda s: (None, s.fleet.driver_users()),
            "trips": lambda s: (None, common.load_choices(s)), "fuel": lambda s: (None, common.load_choices(s)),
            "maintenance": lambda s: (None, common.load_choices(s)),
        }
        load, build = loaders[page]
        common.open_loaded(self.app, self, load if record_id is not None else new_loaders[page], build, self._saved)

    def open_trip_for_run(self, run_id: int) -> None:
        common.open_loaded(self.app, self, lambda s: (s.fleet_runs.trip_for_run(run_id), common.load_choices(s)),
                           self._trip_dialog, self._saved)

    def _vehicle_dialog(self, data):
        from crdesk.ui.dialogs.fleet_vehicle import VehicleDialog
        return VehicleDialog(self.app, data, self)

    def _driver_dialog(self, loaded):
        from crdesk.ui.dialogs.fleet_driver import DriverDialog
        return DriverDialog(self.app, loaded[0], loaded[1], self)

    def _trip_dialog(self, loaded):
        from crdesk.ui.dialogs.fleet_trip import TripDialog, new_trip
        data, choices = loaded
        return TripDialog(self.app, data or new_trip(choices, self.app.worker.services.ctx.today()), choices, self)

    def _fuel_dialog(self, loaded):
        from crdesk.ui.dialogs.fleet_fuel import FuelDialog, new_fill
        data, choices = loaded
        return FuelDialog(self.app, data or new_fill(choices, self.app.worker.services.ctx.today()), choices, self)

    def _maintenance_dialog(self, loaded):
        from crdesk.ui.dialogs.fleet_maintenance import MaintenanceDialog, new_entry
        data, choices = loaded
        return MaintenanceDialog(self.app, data or new_entry(choices, self.app.worker.services.ctx.today()),
                                 choices, self)

    def _saved(self, _record) -> None:
        self.status_message(self.tr("已保存"))
        self.refresh()

    def _open_compliance_item(self) -> None:
        item = self.selected("compliance")
        if item is not None and self.app.can(P.FLEET_EDIT):
            self.open_record("vehicles" if item.vehicle_id else "drivers", item.vehicle_id or item.driver_id)

    # --- print and export
    def _print_vehicle(self):
        page = self.current_page()
        if page == "vehicles":
            row = self.selected("vehicles")
            return row.plate if row else None
        combo = {"trips": self.ui.trip_vehicle_filter, "fuel": self.ui.fuel_vehicle_filter,
                 "maintenance": self.ui.maintenance_vehicle_filter}.get(page)
        return combo.currentText() if combo is not None and combo.currentData() is not None else None

    def print_current(self) -> None:
        """车辆运行记录表 of the selected (or filtered) vehicle for the month chosen on the vehicles page."""
        plate = self._print_vehicle()
        if plate is None:
            self.status_message(self.tr("请先选择车辆"))
            return
        month = self.ui.log_month_edit.date().toString("yyyy-MM")
        title = self.tr("车辆运行记录表 {plate} {month}").format(plate=plate, month=month)

        def render(services) -> bytes:
            from crdesk.services import printing
            return printing.resolve("vehicle-log")(services, plate, month)

        def show(pdf: bytes) -> None:
            from crdesk.ui.print_preview import show_print_preview
            show_print_preview(self, pdf, title)

        self.app.worker.submit(render, show, lambda error: show_error(self, error), owner=self)

    def export(self) -> None:
        page = self.current_page()
        if page not in EXPORTABLE:
            self.status_message(self.tr("此页没有可导出的列表"))
            return
        from crdesk.services import fleet_exports

        self.export_to_file(self.tr(EXPORTABLE[page]), getattr(fleet_exports, page))

    # --- screenshots and layout
    def sample_dialogs(self):
        """For `crdesk screenshot`: each other page (as a tab of its own) and the trip and vehicle forms."""
        from crdesk.ui.dialogs.fleet_trip import TripDialog, new_trip
        from crdesk.ui.tabs.fleet import PAGES

        pages = []
        for index, name in enumerate(PAGES[1:], start=1):
            page = type(self)(self.app)
            page.ui.fleet_pages.setCurrentIndex(index)
            page.resize(self.size())
            pages.append((f"{name}_page", page))
        choices = self.app.worker.run_sync(common.load_choices)
        today = self.app.worker.services.ctx.today()
        dialogs = pages + [("trip_dialog", TripDialog(self.app, new_trip(choices, today), choices, self))]
        vehicle = self.models["vehicles"].row_at(0) if self.models["vehicles"].rowCount() else None
        if vehicle is not None and self.app.can(P.FLEET_EDIT):
            from crdesk.ui.dialogs.fleet_vehicle import VehicleDialog
            dialogs.append(("vehicle_dialog", VehicleDialog(self.app, vehicle, self)))
        return dialogs

    def save_state(self) -> None:
        for name, (view, _model) in self.views().items():
            self.save_table(view, f"fleet_{name}")
