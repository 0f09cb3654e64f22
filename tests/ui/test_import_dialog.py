"""The import dialog: preview with the column mapping, row errors, valid rows only, progress and cancel."""
from crdesk.db.models.clients import Client
from crdesk.ui.dialogs.import_dialog import ImportDialog

CSV = "客户名,区域,电话,说明\n上海华联超市,华东,021-62345678,老客户\n杭州百货,华东,12345,\n广州便利店,华南,13812345678,新开\n"


def _dialog(qtbot, app, path):
    dialog = ImportDialog(app)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=10000)
    return dialog


def test_preview_mapping_errors_and_valid_rows_only(qtbot, manager_app, tmp_path):
    path = tmp_path / "客户.csv"
    path.write_bytes(CSV.encode("gbk"))
    dialog = _dialog(qtbot, manager_app, path)
    ui = dialog.ui
    assert "GBK" in ui.info_label.text() and ui.preview_table.rowCount() == 3
    assert [ui.mapping_table.item(r, 0).text() for r in range(4)] == ["客户名", "区域", "电话", "说明"]
    assert dialog.mapping() == [None, "region", "phone", None]  # "客户名" is not a known header
    name_combo = ui.mapping_table.cellWidget(0, 1)
    name_combo.setCurrentIndex(name_combo.findData("name"))
    note_combo = ui.mapping_table.cellWidget(3, 1)
    note_combo.setCurrentIndex(note_combo.findData("note"))

    ui.check_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=10000)
    assert ui.errors_table.rowCount() == 1
    assert [ui.errors_table.item(0, c).text() for c in range(2)] == ["3", "电话"]
    assert "电话号码格式不正确" in ui.errors_table.item(0, 2).text()
    assert "尚未写入" in ui.summary_label.text() and Client.select().count() == 0

    ui.import_button.click()
    qtbot.waitUntil(lambda: not dialog.result.dry_run, timeout=10000)
    assert "未导入任何数据" in ui.summary_label.text() and Client.select().count() == 0

    ui.valid_only_check.setChecked(True)
    with qtbot.waitSignal(dialog.imported, timeout=10000) as imported:
        ui.import_button.click()
    assert imported.args == ["client"] and "已导入 2 行" in ui.summary_label.text()
    assert {c.name: c.note for c in Client.select()} == {"上海华联超市": "老客户", "广州便利店": "新开"}


def test_cancel_stops_the_import_and_writes_nothing(qtbot, manager_app, tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("客户名称\n" + "".join(f"客户{i}\n" for i in range(6000)), encoding="utf-8")
    dialog = _dialog(qtbot, manager_app, path)
    dialog.ui.import_button.click()
    assert dialog.ui.cancel_button.isEnabled() and not dialog.ui.import_button.isEnabled()
    dialog.ui.cancel_button.click()
    qtbot.waitUntil(lambda: dialog.ui.import_button.isEnabled(), timeout=20000)
    assert "已取消" in dialog.ui.summary_label.text() and Client.select().count() == 0


def test_a_role_sees_only_what_it_may_import(qtbot, make_context):
    dialog = ImportDialog(make_context("reception"))
    qtbot.addWidget(dialog)
    assert [dialog.ui.kind_combo.itemData(i) for i in range(dialog.ui.kind_combo.count())] == ["clients"]
