"""Packaging material form (包装物) and the stock forms (领用出库 / 盘点). Stock is never typed over: the
material form shows it read-only; an issue or a count becomes a stock movement with its reason."""
from __future__ import annotations

from decimal import Decimal, InvalidOperation

from crdesk.services.errors import ValidationError
from crdesk.services.materials import MaterialData
from crdesk.services.plan_printing import number_text
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.forms.ui_planning_material_dialog import Ui_PlanningMaterialDialog
from crdesk.ui.forms.ui_planning_stock_dialog import Ui_PlanningStockDialog
from crdesk.ui.widgets.field_errors import FieldErrors

NUMBERS = ("pack_size", "min_order", "unit_price", "safety_stock")
TEXTS = ("code", "name", "specification", "unit", "supplier")


def parse(field: str, text: str) -> Decimal:
    try:
        value = Decimal(text.strip().replace(",", "") or "0")
        if not value.is_finite():
            raise InvalidOperation
        return value
    except InvalidOperation:
        raise ValidationError(field, "not_a_number") from None


class MaterialDialog(RecordDialog):
    def __init__(self, app, data: MaterialData | None, parent=None):
        super().__init__(app, parent)
        self.setObjectName("plan_material_dialog")
        self.ui = Ui_PlanningMaterialDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self._data = data or MaterialData(code="", name="")
        names = {"code": "编号", "name": "名称", "specification": "规格", "unit": "单位", "supplier": "供应商",
                 "pack_size": "包装量", "min_order": "最小起订量", "unit_price": "单价", "safety_stock": "安全库存",
                 "note": "备注"}
        self.errors = FieldErrors(ui.error_label, {n: getattr(ui, f"{n}_edit") for n in names},
                                  {n: self.tr(label) for n, label in names.items()})
        ui.active_check.setText(self.tr("有效"))
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(self._data)
        self.watch_changes()
        self.resize(480, 520)

    def load(self, data: MaterialData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("包装物 {code}").format(code=data.code) if data.id else self.tr("新建包装物"))
        for name in TEXTS:
            getattr(ui, f"{name}_edit").setText(getattr(data, name))
        for name in NUMBERS:
            getattr(ui, f"{name}_edit").setText(number_text(getattr(data, name)))
        ui.active_check.setChecked(data.active)
        ui.note_edit.setPlainText(data.note)
        ui.code_edit.setReadOnly(data.id is not None)
        ui.stock_label.setText(self.tr("当前库存：{stock}（由入库、领用和盘点记录计算，不能直接修改）").format(
            stock=number_text(data.stock)) if data.id else "")

    def collect(self) -> MaterialData:
        ui = self.ui
        values = {name: getattr(ui, f"{name}_edit").text() for name in TEXTS}
        values.update({name: parse(name, getattr(ui, f"{name}_edit").text()) for name in NUMBERS})
        return MaterialData(**values, active=ui.active_check.isChecked(), note=ui.note_edit.toPlainText(),
                            id=self._data.id, version=self._data.version)

    def save(self, services, data: MaterialData) -> MaterialData:
        return services.materials.save(data)

    def reload(self, services, data: MaterialData) -> MaterialData:
        return services.materials.get(data.id)


class StockDialog(RecordDialog):
    """``mode`` "issue" (领用出库: quantity, reference, reason) or "count" (盘点: counted quantity, reason)."""

    def __init__(self, app, material: MaterialData, mode: str, parent=None):
        super().__init__(app, parent)
        self.setObjectName("plan_stock_dialog")
        self.ui = Ui_PlanningStockDialog()
        self.ui.setupUi(self)
        self.material, self.mode = material, mode
        ui = self.ui
        issue = mode == "issue"
        self.setWindowTitle(self.tr("领用出库") if issue else self.tr("盘点"))
        ui.summary_label.setText(self.tr("{code} {name}：当前库存 {stock} {unit}").format(
            code=material.code, name=material.name, stock=number_text(material.stock), unit=material.unit))
        ui.quantity_label.setText(self.tr("领用数量 *") if issue else self.tr("实盘数量 *"))
        ui.reason_label.setText(self.tr("用途") if issue else self.tr("差异原因 *"))
        ui.reference_label.setVisible(issue)
        ui.reference_edit.setVisible(issue)
        self.errors = FieldErrors(ui.error_label, {"quantity": ui.quantity_edit, "reason": ui.reason_edit,
                                                   "reference": ui.reference_edit},
                                  {"quantity": self.tr("数量"), "reason": self.tr("原因"),
                                   "reference": self.tr("单据号")})
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.watch_changes()

    def load(self, data: dict) -> None:
        self.ui.quantity_edit.setText(data["quantity"])
        self.ui.reason_edit.setText(data["reason"])
        self.ui.reference_edit.setText(data["reference"])

    def collect(self) -> dict:
        ui = self.ui
        return {"quantity": ui.quantity_edit.text(), "reason": ui.reason_edit.text(),
                "reference": ui.reference_edit.text()}

    def save(self, services, data: dict):
        quantity = parse("quantity", data["quantity"])
        if self.mode == "issue":
            return services.materials.issue(self.material.id, quantity, data["reference"], data["reason"])
        return services.materials.count(self.material.id, quantity, data["reason"])

    def reload(self, services, data: dict) -> dict:
        return data

