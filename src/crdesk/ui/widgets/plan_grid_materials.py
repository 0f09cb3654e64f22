"""Packaging materials and their stock: the paged list (red below safety stock), the selected material's
stock movements, and the forms to add or edit a material, issue to production, record a count, and edit a
product's bill of materials."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QTableWidgetItem, QWidget

from crdesk.services import permissions as P
from crdesk.services.plan_printing import number_text
from crdesk.ui.dialogs.plan_decision import open_record
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_planning_materials import Ui_PlanningMaterials
from crdesk.ui.models.paged import Column, PagedTableModel, display
from crdesk.ui.widgets.plan_grid import RIGHT, _tr

KIND_LABELS = {"receipt": "到货入库", "issue": "领用出库", "adjustment": "盘点调整"}


class MaterialsPage(QWidget):
    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        self.ui = Ui_PlanningMaterials()
        self.ui.setupUi(self)
        ui = self.ui
        self._timer = QTimer(self, singleShot=True, interval=250, timeout=self.refresh)
        self.model = PagedTableModel(app.worker, self._columns(), self._fetch(), "code", row_style=self._style,
                                     parent=self)
        ui.material_table.setModel(self.model)
        ui.material_table.verticalHeader().hide()
        char = ui.material_table.fontMetrics().horizontalAdvance("中")
        for column, width in enumerate(self.model.column_widths()):
            ui.material_table.setColumnWidth(column, width * char)
        ui.movement_table.setColumnCount(6)
        ui.movement_table.setHorizontalHeaderLabels([_tr("时间"), _tr("类型"), _tr("数量"), _tr("单据号"), _tr("原因"),
                                                     _tr("经办人")])
        ui.movement_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        ui.movement_table.horizontalHeader().setStretchLastSection(True)
        ui.movement_table.verticalHeader().hide()
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 2)
        ui.search_edit.textChanged.connect(lambda _t: self._timer.start())
        ui.inactive_check.toggled.connect(lambda _c: self.refresh())
        ui.material_table.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_movements())
        ui.material_table.doubleClicked.connect(lambda _i: self.edit_material())
        self.model.failed.connect(lambda error: show_error(self, error))
        ui.new_button.clicked.connect(self.new_material)
        ui.edit_button.clicked.connect(self.edit_material)
        ui.issue_button.clicked.connect(lambda: self._stock("issue"))
        ui.count_button.clicked.connect(lambda: self._stock("count"))
        ui.bom_button.clicked.connect(self._bom)
        for button in (ui.new_button, ui.edit_button, ui.bom_button):
            button.setVisible(app.can(P.PLANS_EDIT))
        for button in (ui.issue_button, ui.count_button):
            button.setVisible(app.can(P.STOCK_EDIT))

    def _columns(self) -> list[Column]:
        return [Column(_tr("编号"), lambda r: r.code, "code", 6), Column(_tr("名称"), lambda r: r.name, None, 10),
                Column(_tr("规格"), lambda r: r.specification, None, 10), Column(_tr("单位"), lambda r: r.unit, None, 3),
                Column(_tr("供应商"), lambda r: r.supplier, None, 10),
                Column(_tr("包装量"), lambda r: number_text(r.pack_size), None, 5, RIGHT),
                Column(_tr("安全库存"), lambda r: number_text(r.safety_stock), None, 5, RIGHT),
                Column(_tr("库存"), lambda r: number_text(r.stock), None, 6, RIGHT)]

    @staticmethod
    def _style(row, role):
        if role == Qt.ItemDataRole.ForegroundRole and row.below_safety:
            return QColor("#b52b27")
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor("#999999")
        return None

    def _fetch(self):
        text, active = self.ui.search_edit.text(), None if self.ui.inactive_check.isChecked() else True
        return lambda s, _key, _desc, after, limit: s.materials.page(text, active, after, limit)

    def refresh(self) -> None:
        self.model.set_fetch(self._fetch())

    def selected(self):
        index = self.ui.material_table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _show_movements(self) -> None:
        row = self.selected()
        if row is not None:
            self.app.worker.submit(lambda s: s.materials.movements(row.id, limit=200).rows, self._fill_movements,
                                   lambda e: show_error(self, e), owner=self)

    def _fill_movements(self, rows) -> None:
        table = self.ui.movement_table
        table.setRowCount(len(rows))
        for r, m in enumerate(rows):
            values = (display(m.moved_at), _tr(KIND_LABELS.get(m.kind, m.kind)), number_text(m.quantity), m.reference,
                      m.reason, m.username)
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c == 2:
                    item.setTextAlignment(RIGHT)
                table.setItem(r, c, item)
        table.resizeColumnsToContents()

    def _changed(self, _result) -> None:
        self.refresh()
        self._show_movements()

    def new_material(self) -> None:
        from crdesk.ui.dialogs.plan_material import MaterialDialog

        if self.app.can(P.PLANS_EDIT):
            self.opened_dialog = open_record(MaterialDialog(self.app, None, self), self._changed)

    def edit_material(self) -> None:
        row = self.selected()
        if row is None or not self.app.can(P.PLANS_EDIT):
            return
        from crdesk.ui.dialogs.plan_material import MaterialDialog

        self.app.worker.submit(lambda s: s.materials.get(row.id), lambda data: setattr(
            self, "opened_dialog", open_record(MaterialDialog(self.app, data, self), self._changed)),
            lambda e: show_error(self, e), owner=self)

    def _stock(self, mode: str) -> None:
        row = self.selected()
        if row is None:
            return
        from crdesk.ui.dialogs.plan_material import StockDialog

        self.app.worker.submit(lambda s: s.materials.get(row.id), lambda data: setattr(
            self, "opened_dialog", open_record(StockDialog(self.app, data, mode, self), self._changed)),
            lambda e: show_error(self, e), owner=self)

    def _bom(self) -> None:
        from crdesk.ui.dialogs.plan_bom import open_bom

        open_bom(self.app, self)
