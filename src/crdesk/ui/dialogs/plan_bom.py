"""A product's bill of materials (包装物料清单): which packaging materials one unit takes, how many, and the
scrap allowance. Saved as a whole; if someone changed it meanwhile, the conflict dialog offers a reload."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from crdesk.services.materials import Bom, BomLineData
from crdesk.services.plan_printing import number_text
from crdesk.ui.dialogs.plan_decision import open_record
from crdesk.ui.dialogs.plan_material import parse
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_planning_bom_dialog import Ui_PlanningBomDialog
from crdesk.ui.widgets.field_errors import FieldErrors
from crdesk.ui.widgets.line_columns import fit_columns


class BomDialog(RecordDialog):
    def __init__(self, app, products, materials, bom: Bom, parent=None):
        super().__init__(app, parent)
        self.setObjectName("plan_bom_dialog")
        self.ui = Ui_PlanningBomDialog()
        self.ui.setupUi(self)
        self.materials = materials
        ui = self.ui
        for product in products:
            ui.product_combo.addItem(product.label, product.id)
        table = ui.lines_table
        table.setColumnCount(3)
        table.setHorizontalHeaderLabels([self.tr("包装物"), self.tr("每单位用量"), self.tr("损耗率 %")])
        fit_columns(table, 0)
        table.verticalHeader().hide()
        self.errors = FieldErrors(ui.error_label, {"lines": table}, {"lines": self.tr("物料清单")})
        ui.add_button.clicked.connect(lambda: self._add(BomLineData(materials[0].id, Decimal(1))) if materials else None)
        ui.remove_button.clicked.connect(self._remove)
        ui.product_combo.activated.connect(self._product_changed)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(bom)
        self.watch_changes()
        self.resize(560, 420)

    def load(self, bom: Bom) -> None:
        self.bom = bom
        self.ui.product_combo.setCurrentIndex(self.ui.product_combo.findData(bom.product_id))
        self.ui.lines_table.setRowCount(0)
        for line in bom.lines:
            self._add(line)
        self.setWindowTitle(self.tr("包装物料清单：{product}").format(product=self.ui.product_combo.currentText()))

    def _add(self, line: BomLineData) -> None:
        table = self.ui.lines_table
        row = table.rowCount()
        table.insertRow(row)
        combo = QComboBox(table)
        for material in self.materials:
            combo.addItem(self.tr("{code} {name} {specification}（{unit}）").format(
                code=material.code, name=material.name, specification=material.specification, unit=material.unit),
                material.id)
        combo.setCurrentIndex(max(0, combo.findData(line.material_id)))
        combo.activated.connect(self.mark_dirty)
        table.setCellWidget(row, 0, combo)
        table.setItem(row, 1, QTableWidgetItem(number_text(line.per_unit)))
        table.setItem(row, 2, QTableWidgetItem(number_text(line.scrap_pct)))
        self.mark_dirty()

    def _remove(self) -> None:
        for row in sorted({i.row() for i in self.ui.lines_table.selectedIndexes()}, reverse=True):
            self.ui.lines_table.removeRow(row)
            self.mark_dirty()

    def _product_changed(self, _index: int) -> None:
        product_id = self.ui.product_combo.currentData()
        if product_id == self.bom.product_id or (self.is_dirty() and not self._confirm_discard()):
            self.ui.product_combo.setCurrentIndex(self.ui.product_combo.findData(self.bom.product_id))
            return
        self.app.worker.submit(lambda s: s.materials.bom(product_id), self._loaded, lambda e: show_error(self, e),
                               owner=self)

    def _loaded(self, bom: Bom) -> None:
        self.load(bom)
        self._dirty = False

    def collect(self) -> Bom:
        table, lines = self.ui.lines_table, []
        for row in range(table.rowCount()):
            lines.append(BomLineData(table.cellWidget(row, 0).currentData(),
                                     parse(f"lines.{row}.per_unit", table.item(row, 1).text()),
                                     parse(f"lines.{row}.scrap_pct", table.item(row, 2).text())))
        return Bom(self.bom.product_id, lines, self.bom.stamp)

    def save(self, services, data: Bom) -> Bom:
        return services.materials.save_bom(data)

    def reload(self, services, data: Bom) -> Bom:
        return services.materials.bom(data.product_id)


def open_bom(app, parent, on_done=lambda bom: None) -> None:
    """Load the products, the materials and the first product's BOM on the worker, then open the form."""
    def gather(services):
        products = services.products.choices()
        materials = services.materials.page(active=True, limit=2000).rows
        return products, materials, services.materials.bom(products[0].id) if products else None

    def show(result) -> None:
        products, materials, bom = result
        if bom is not None:
            parent.opened_dialog = open_record(BomDialog(app, products, materials, bom, parent), on_done)

    app.worker.submit(gather, show, lambda e: show_error(parent, e), owner=parent)
