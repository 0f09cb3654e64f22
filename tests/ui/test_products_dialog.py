"""The product catalogue (产品目录): create a product, a bad unit weight refused at its field, edit, deactivate
and reactivate, a conflict with another workstation, the unsaved-changes question, and the 管理 menu entry."""
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from crdesk.services.products import ProductData
from crdesk.ui.dialogs.conflict import ConflictDialog
from crdesk.ui.dialogs.products import ProductDialog, ProductsDialog
from crdesk.ui.main_window import MainWindow
from tests.ui.typing import type_text


@pytest.fixture
def questions(monkeypatch):
    """Answer every question box with Yes / Discard and note its text."""
    asked = []

    def answer(_parent, _title, text, buttons=None, *_args, **_kwargs):
        asked.append(text)
        discard = buttons is not None and bool(buttons & QMessageBox.StandardButton.Discard)
        return QMessageBox.StandardButton.Discard if discard else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


@pytest.fixture
def clerk_app(make_context):
    return make_context("clerk")


def _catalogue(qtbot, app, rows: int) -> ProductsDialog:
    dialog = ProductsDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == rows and not dialog.model.loading)
    return dialog


def _form(qtbot, catalogue: ProductsDialog, button) -> ProductDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: catalogue.findChild(ProductDialog) is not None
                    and catalogue.findChild(ProductDialog).isVisible())
    return catalogue.findChild(ProductDialog)


def _save(qtbot, form: ProductDialog) -> None:
    qtbot.mouseClick(form.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)


def _cell(catalogue: ProductsDialog, row: int, column: int) -> str:
    return catalogue.model.index(row, column).data()


def test_create_with_a_bad_unit_weight_refused_at_its_field_then_edit(qtbot, clerk_app, questions):
    services = clerk_app.worker.services
    catalogue = _catalogue(qtbot, clerk_app, 0)
    form = _form(qtbot, catalogue, catalogue.ui.new_button)
    assert form.windowTitle() == "新建产品" and form.ui.unit_edit.text() == "箱"
    qtbot.keyClicks(form.ui.code_edit, "cp0101")
    type_text(form.ui.name_edit, "纯净水")
    type_text(form.ui.specification_edit, "550ml×24瓶")
    qtbot.keyClicks(form.ui.unit_weight_edit, "13,5kg")
    qtbot.keyClicks(form.ui.unit_price_edit, "24")
    _save(qtbot, form)
    assert form.isVisible() and "请输入数字" in form.ui.error_label.text()
    assert form.ui.unit_weight_edit.toolTip() == "请输入数字" and form.focusWidget() is form.ui.unit_weight_edit
    assert not form.ui.unit_price_edit.toolTip() and services.products.count(active=None) == 0

    form.ui.unit_weight_edit.setText("13.5555")
    _save(qtbot, form)
    assert "最多保留 3 位小数" in form.ui.unit_weight_edit.toolTip()
    form.ui.unit_weight_edit.setText("13.5")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 1 and catalogue.findChild(ProductDialog) is None)
    assert "已保存产品 CP0101 纯净水" in catalogue.ui.message_label.text()
    saved = services.products.get_by_code("CP0101")
    assert (saved.name, saved.specification, saved.unit_weight_kg, saved.unit_price) == (
        "纯净水", "550ml×24瓶", Decimal("13.5"), Decimal(24))
    assert [_cell(catalogue, 0, c) for c in (0, 1, 3, 6)] == ["CP0101", "纯净水", "箱", "有效"]

    catalogue.ui.product_table.selectRow(0)
    form = _form(qtbot, catalogue, catalogue.ui.edit_button)
    assert form.windowTitle() == "产品 CP0101" and form.ui.unit_weight_edit.text() == "13.5"
    form.ui.unit_price_edit.setText("25.50")
    form.mark_dirty()
    _save(qtbot, form)
    qtbot.waitUntil(lambda: services.products.get(saved.id).version == saved.version + 1)
    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 1 and _cell(catalogue, 0, 5) == "25.50")
    assert services.products.get(saved.id).unit_price == Decimal("25.50")


def test_a_code_already_used_is_shown_at_the_code_field(qtbot, clerk_app, questions):
    clerk_app.worker.services.products.save(ProductData("CP0101", "纯净水"))
    catalogue = _catalogue(qtbot, clerk_app, 1)
    form = _form(qtbot, catalogue, catalogue.ui.new_button)
    qtbot.keyClicks(form.ui.code_edit, "CP0101")
    type_text(form.ui.name_edit, "矿泉水")
    _save(qtbot, form)
    qtbot.waitUntil(lambda: form.ui.error_label.isVisible())
    assert form.ui.code_edit.toolTip() == "该编号已存在" and form.isVisible()
    form.reject()  # typed text: the form asks before dropping it
    assert questions and "尚未保存的修改" in questions[-1]
    qtbot.waitUntil(lambda: catalogue.findChild(ProductDialog) is None)


def test_deactivate_hides_the_product_until_inactive_ones_are_shown_then_reactivate(qtbot, clerk_app, questions):
    products = clerk_app.worker.services.products
    water = products.save(ProductData("CP0101", "纯净水", "550ml×24瓶"))
    products.save(ProductData("CP0102", "矿泉水"))
    catalogue = _catalogue(qtbot, clerk_app, 2)
    catalogue.ui.product_table.selectRow(0)
    assert catalogue.ui.active_button.text() == "停用"
    qtbot.mouseClick(catalogue.ui.active_button, Qt.MouseButton.LeftButton)
    assert "CP0101 纯净水 550ml×24瓶" in questions[-1]
    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 1 and _cell(catalogue, 0, 0) == "CP0102")
    assert not products.get(water.id).active and "已停用产品 CP0101" in catalogue.ui.message_label.text()
    assert [p.code for p in products.choices()] == ["CP0102"]

    catalogue.ui.inactive_check.setChecked(True)
    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 2 and not catalogue.model.loading)
    assert _cell(catalogue, 0, 6) == "已停用"
    assert catalogue.model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    catalogue.ui.product_table.selectRow(0)
    assert catalogue.ui.active_button.text() == "重新启用"
    qtbot.mouseClick(catalogue.ui.active_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: products.get(water.id).active)
    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 2 and _cell(catalogue, 0, 6) == "有效")
    assert len(questions) == 1  # reactivating does not ask

    catalogue.ui.search_edit.setText("矿泉")
    qtbot.waitUntil(lambda: catalogue.model.rowCount() == 1 and _cell(catalogue, 0, 0) == "CP0102")
    qtbot.waitUntil(lambda: catalogue.ui.count_label.text() == "共 1 种产品")


def test_a_save_after_another_workstation_saved_offers_the_conflict_choices(qtbot, clerk_app, add_user, questions):
    products = clerk_app.worker.services.products
    water = products.save(ProductData("CP0101", "纯净水", unit_price=Decimal(24)))
    catalogue = _catalogue(qtbot, clerk_app, 1)
    catalogue.ui.product_table.selectRow(0)
    form = _form(qtbot, catalogue, catalogue.ui.edit_button)
    desk2 = add_user("manager", "desk2").products
    desk2.save(ProductData("CP0101", "纯净水", unit_price=Decimal(26), id=water.id, version=water.version))
    form.ui.name_edit.clear()
    type_text(form.ui.name_edit, "纯净水（新包装）")
    form.mark_dirty()

    def reload_when_asked():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, ConflictDialog):
            dialog.reload_button.click()
        else:
            QTimer.singleShot(20, reload_when_asked)

    QTimer.singleShot(0, reload_when_asked)
    _save(qtbot, form)
    qtbot.waitUntil(lambda: form.ui.unit_price_edit.text() == "26", timeout=5000)
    assert form.ui.name_edit.text() == "纯净水" and form.isVisible() and not form.is_dirty()
    form.reject()


def test_the_admin_menu_offers_the_catalogue_to_who_may_edit_products(qtbot, make_context):
    def entries(role):
        window = MainWindow(make_context(role))
        qtbot.addWidget(window)
        return {action.text() for menu in window.menuBar().actions() for action in menu.menu().actions()}

    assert "产品目录…" in entries("clerk") and "产品目录…" in entries("manager")
    assert "产品目录…" not in entries("reception")
