"""The product catalogue (产品目录): a searchable paged list of products with a form to add or change one
(code, name, specification, unit, unit weight, unit price, active) and a button to deactivate or reactivate.
Products with history are never deleted; a deactivated one no longer appears in pickers."""
from __future__ import annotations

import dataclasses
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox

from crdesk.services import permissions as P
from crdesk.services.errors import ValidationError
from crdesk.services.paging import COUNT_CAP
from crdesk.services.products import MAX_PRICE, MAX_WEIGHT, ProductData, parse_decimal
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.errors import message_of
from crdesk.ui.forms.ui_product_dialog import Ui_ProductDialog
from crdesk.ui.forms.ui_products_dialog import Ui_ProductsDialog
from crdesk.ui.models.paged import Column, PagedTableModel
from crdesk.ui.widgets.field_errors import FieldErrors

NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _number_text(value: Decimal) -> str:
    """13.500 → "13.5", 0 → "": the form shows what a person would type."""
    return "" if value == 0 else format(value.normalize(), "f")


class ProductDialog(RecordDialog):
    """One product, new (``data`` None) or existing. Numbers are checked as they are collected, so a bad unit
    weight or price is refused at its field before anything is sent; the service checks everything again."""

    def __init__(self, app, data: ProductData | None, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_ProductDialog()
        self.ui.setupUi(self)
        self.setObjectName("product_dialog")
        ui = self.ui
        self.errors = FieldErrors(ui.error_label, {
            "code": ui.code_edit, "name": ui.name_edit, "specification": ui.specification_edit,
            "unit": ui.unit_edit, "unit_weight_kg": ui.unit_weight_edit, "unit_price": ui.unit_price_edit,
            "active": ui.active_check,
        }, {"code": self.tr("产品编号"), "name": self.tr("产品名称"), "specification": self.tr("规格"),
            "unit": self.tr("单位"), "unit_weight_kg": self.tr("单位重量（kg）"), "unit_price": self.tr("单价（元）"),
            "active": self.tr("有效")})
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(data or ProductData(code="", name=""))
        self.watch_changes()
        (ui.code_edit if data is None else ui.name_edit).setFocus()
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height() + 24)

    def load(self, data: ProductData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("产品 {code}").format(code=data.code) if data.id else self.tr("新建产品"))
        ui.code_edit.setText(data.code)
        ui.name_edit.setText(data.name)
        ui.specification_edit.setText(data.specification)
        ui.unit_edit.setText(data.unit)
        ui.unit_weight_edit.setText(_number_text(Decimal(data.unit_weight_kg)))
        ui.unit_price_edit.setText(_number_text(Decimal(data.unit_price)))
        ui.active_check.setChecked(data.active)

    def collect(self) -> ProductData:
        ui = self.ui
        errors: list = []
        weight = parse_decimal(errors, "unit_weight_kg", ui.unit_weight_edit.text().strip() or "0", MAX_WEIGHT, 3)
        price = parse_decimal(errors, "unit_price", ui.unit_price_edit.text().strip() or "0", MAX_PRICE, 2)
        if errors:
            raise ValidationError.of(errors)
        return dataclasses.replace(self._data, code=ui.code_edit.text(), name=ui.name_edit.text(),
                                   specification=ui.specification_edit.text(), unit=ui.unit_edit.text(),
                                   unit_weight_kg=weight, unit_price=price, active=ui.active_check.isChecked())

    def save(self, services, data: ProductData) -> ProductData:
        return services.products.save(data)

    def reload(self, services, data: ProductData) -> ProductData:
        return services.products.get(data.id)


class ProductsDialog(QDialog):
    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        self.ui = Ui_ProductsDialog()
        self.ui.setupUi(self)
        self.setObjectName("products_dialog")
        self._selected_id: int | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.apply_filter)
        self.model = PagedTableModel(app.worker, self._columns(), self._fetch("", True), "code",
                                     row_style=self._row_style, parent=self)
        self._prepare_table()
        self.ui.message_label.setWordWrap(True)
        self.ui.message_label.hide()
        self._connect()
        editable = app.can(P.PRODUCTS_EDIT)
        for button in (self.ui.new_button, self.ui.edit_button, self.ui.active_button):
            button.setVisible(editable)
        self.resize(900, 560)
        self.apply_filter()

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("产品编号"), lambda r: r.code, "code", 7),
            Column(self.tr("产品名称"), lambda r: r.name, "name", 12),
            Column(self.tr("规格"), lambda r: r.specification, None, 10),
            Column(self.tr("单位"), lambda r: r.unit, None, 3),
            Column(self.tr("单位重量（kg）"), lambda r: _number_text(Decimal(r.unit_weight_kg)), None, 7, NUMBER_ALIGN),
            Column(self.tr("单价（元）"), lambda r: f"{Decimal(r.unit_price):.2f}", None, 6, NUMBER_ALIGN),
            Column(self.tr("状态"), lambda r: self.tr("有效") if r.active else self.tr("已停用"), None, 4),
            Column(self.tr("更新时间"), lambda r: r.updated_at, "updated_at", 9),
        ]

    @staticmethod
    def _row_style(row: ProductData, role):
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QColor("#999999")
        return None

    def _prepare_table(self) -> None:
        view = self.ui.product_table
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        char = view.fontMetrics().horizontalAdvance("中")
        for column, width in enumerate(self.model.column_widths()):
            view.setColumnWidth(column, width * char)

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        ui.search_edit.returnPressed.connect(self.apply_filter)
        ui.inactive_check.toggled.connect(self.apply_filter)
        ui.product_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        ui.product_table.doubleClicked.connect(lambda _: self.edit_selected())
        ui.new_button.clicked.connect(lambda: self._open(None))
        ui.edit_button.clicked.connect(self.edit_selected)
        ui.active_button.clicked.connect(self.toggle_active)
        ui.button_box.rejected.connect(self.reject)
        for button in (ui.new_button, ui.edit_button, ui.active_button):
            button.setAutoDefault(False)  # Enter in the search field searches, never opens a form
        self.model.page_loaded.connect(self._restore_selection)
        self.model.failed.connect(lambda error: self._notice(message_of(error), ok=False))

    # --- the list
    @staticmethod
    def _fetch(text: str, active: bool | None):
        return lambda s, key, desc, after, limit: s.products.page(text, active, key, desc, after, limit)

    def apply_filter(self) -> None:
        text = self.ui.search_edit.text()
        active = None if self.ui.inactive_check.isChecked() else True
        self.model.set_fetch(self._fetch(text, active))
        self._update_buttons()
        self.app.worker.submit(lambda s: s.products.count(text, active), self._show_count, owner=self)

    def _show_count(self, count: int) -> None:
        shown = f"{COUNT_CAP}+" if count > COUNT_CAP else str(count)
        self.ui.count_label.setText(self.tr("共 {count} 种产品").format(count=shown))

    def selected(self) -> ProductData | None:
        index = self.ui.product_table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _restore_selection(self, _count: int) -> None:
        """Select the product just saved (or the first) once its page is in."""
        view = self.ui.product_table
        if view.currentIndex().isValid() or not self.model.rowCount():
            return
        row = self.model.find_row(lambda r: r.id == self._selected_id) if self._selected_id else 0
        if row >= 0:
            view.selectRow(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        product = self.selected()
        self.ui.edit_button.setEnabled(product is not None)
        self.ui.active_button.setEnabled(product is not None)
        self.ui.active_button.setText(self.tr("重新启用") if product is not None and not product.active
                                      else self.tr("停用"))

    def _notice(self, text: str, ok: bool) -> None:
        self.ui.message_label.setStyleSheet("color: #1e6b34;" if ok else "color: #b52b27;")
        self.ui.message_label.setText(text)
        self.ui.message_label.show()

    # --- actions
    def edit_selected(self) -> None:
        product = self.selected()
        if product is not None and self.app.can(P.PRODUCTS_EDIT):
            # the latest version, not the row as listed: someone may have saved since
            self.app.worker.submit(lambda s: s.products.get(product.id), self._open,
                                   lambda error: self._notice(message_of(error), ok=False), owner=self)

    def _open(self, data: ProductData | None) -> ProductDialog:
        dialog = ProductDialog(self.app, data, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._saved(dialog.result_data))
        dialog.open()
        return dialog

    def _saved(self, product: ProductData | None) -> None:
        if product is None:
            return
        self._notice(self.tr("已保存产品 {code} {name}").format(code=product.code, name=product.name), ok=True)
        self._reload(product.id)

    def toggle_active(self) -> None:
        product = self.selected()
        if product is None:
            return
        if product.active and QMessageBox.question(
                self, self.tr("停用产品"), self.tr("停用产品 {label}？停用后新单据中不能再选择它，已有记录保留。").format(
                    label=product.label)) != QMessageBox.StandardButton.Yes:
            return
        changed = dataclasses.replace(product, active=not product.active)
        self.app.worker.submit(lambda s: s.products.save(changed), self._toggled,
                               lambda error: self._toggle_failed(error, product.id), owner=self)

    def _toggled(self, product: ProductData) -> None:
        text = self.tr("已停用产品 {code}") if not product.active else self.tr("已重新启用产品 {code}")
        self._notice(text.format(code=product.code), ok=True)
        self._reload(product.id)

    def _toggle_failed(self, error: BaseException, product_id: int) -> None:
        self._notice(message_of(error), ok=False)  # e.g. someone else changed it: show the list as it is now
        self._reload(product_id)

    def _reload(self, product_id: int) -> None:
        self._selected_id = product_id  # the reload resets the view; the product is selected again when listed
        self.apply_filter()
