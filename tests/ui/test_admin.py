import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crdesk.services import auth
from crdesk.services.clients import ClientData
from crdesk.services.errors import PermissionDenied
from crdesk.ui.dialogs import audit as audit_dialog
from crdesk.ui.dialogs.audit import AuditDialog
from crdesk.ui.dialogs.business_settings import BusinessSettingsDialog
from crdesk.ui.dialogs.users import UserDialog, UsersDialog
from crdesk.ui.main_window import MainWindow
from tests.ui.typing import type_text


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def menu_texts(window) -> set[str]:
    texts = set()
    for menu_action in window.menuBar().actions():
        texts.add(menu_action.text())
        texts.update(action.text() for action in menu_action.menu().actions())
    return texts


def shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_reception_has_no_admin_menu_and_the_services_refuse_anyway(qtbot, reception_app, manager_app):
    window = shown(qtbot, MainWindow(reception_app))
    assert not {"管理(&M)", "用户管理…", "审计日志…", "业务设置…"} & menu_texts(window)
    manager_window = shown(qtbot, MainWindow(manager_app))
    assert {"管理(&M)", "用户管理…", "审计日志…", "业务设置…"} <= menu_texts(manager_window)

    services = reception_app.worker.services
    for refused in (lambda: services.users.list(), lambda: services.users.add("x1", "某人", "manager", "password 1"),
                    lambda: services.audit.search(), lambda: services.settings.set("company_name", "某公司")):
        with pytest.raises(PermissionDenied):
            refused()

    users = shown(qtbot, UsersDialog(reception_app))  # opened anyway: the service still says no
    qtbot.waitUntil(lambda: users.ui.error_label.isVisible())
    assert "无权" in users.ui.error_label.text() and users.ui.user_table.rowCount() == 0
    assert not users.ui.add_button.isEnabled()
    log = shown(qtbot, AuditDialog(reception_app))
    qtbot.waitUntil(lambda: "无权" in log.ui.status_label.text())
    assert log.ui.entry_table.rowCount() == 0


def test_audit_dialog_lists_a_client_edit_with_old_and_new(qtbot, manager_app, monkeypatch):
    services = manager_app.worker.services
    client = services.clients.save(ClientData(name="上海华联超市", phone="021-62345678"))
    client.phone = "13900001111"
    services.clients.save(client)
    monkeypatch.setattr(audit_dialog, "PAGE_SIZE", 2)
    dialog = shown(qtbot, AuditDialog(manager_app))
    qtbot.waitUntil(lambda: dialog.ui.entry_table.rowCount() == 2)
    assert [dialog.ui.entry_table.item(0, c).text() for c in (1, 2, 3, 4)] == ["manager1", "修改", "客户档案",
                                                                               str(client.id)]
    assert "电话：021-62345678 → 13900001111" in dialog.ui.entry_table.item(0, 5).text()
    changes = dialog.ui.change_table
    rows = [tuple(changes.item(r, c).text() for c in range(3)) for r in range(changes.rowCount())]
    assert ("电话", "021-62345678", "13900001111") in rows
    assert all(name != "search_text" for name, _old, _new in rows)

    assert dialog.ui.more_button.isEnabled()  # newest first, two at a time
    qtbot.mouseClick(dialog.ui.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.entry_table.rowCount() == 3)
    assert dialog.ui.entry_table.item(2, 2).text() == "新建"  # the manager's own account, created first
    assert not dialog.ui.more_button.isEnabled()

    dialog.ui.table_combo.setCurrentIndex(dialog.ui.table_combo.findData("client"))
    dialog.ui.record_edit.setText(str(client.id))
    qtbot.keyClick(dialog.ui.record_edit, Qt.Key.Key_Return)  # Enter runs the query
    qtbot.waitUntil(lambda: dialog.ui.entry_table.rowCount() == 2
                    and dialog.ui.entry_table.item(1, 2).text() == "新建")
    assert {dialog.ui.entry_table.item(r, 3).text() for r in range(2)} == {"客户档案"}


def test_users_dialog_adds_edits_and_resets_passwords(qtbot, manager_app):
    dialog = shown(qtbot, UsersDialog(manager_app))
    qtbot.waitUntil(lambda: dialog.ui.user_table.rowCount() == 1)
    qtbot.mouseClick(dialog.ui.add_button, Qt.MouseButton.LeftButton)
    form = dialog.findChild(UserDialog)
    qtbot.keyClicks(form.ui.username_edit, "lijie")
    type_text(form.ui.display_name_edit, "李杰")
    form.ui.role_combo.setCurrentIndex(form.ui.role_combo.findData("reception"))
    qtbot.keyClicks(form.ui.password_edit, "secret 123")
    qtbot.keyClicks(form.ui.confirm_edit, "secret 124")
    qtbot.keyClick(form.ui.confirm_edit, Qt.Key.Key_Return)
    assert "两次输入的密码不一致" in form.ui.error_label.text() and form.ui.confirm_edit.toolTip()
    form.ui.confirm_edit.clear()
    qtbot.keyClicks(form.ui.confirm_edit, "secret 123")
    qtbot.keyClick(form.ui.confirm_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.ui.user_table.rowCount() == 2)
    ctx = manager_app.worker.services.ctx
    assert auth.sign_in(ctx, "lijie", "secret 123").role == "reception"

    dialog.ui.user_table.selectRow([u.username for u in dialog.users].index("lijie"))
    qtbot.mouseClick(dialog.ui.password_button, Qt.MouseButton.LeftButton)
    form = dialog.findChild(UserDialog)
    assert form.ui.username_edit.isReadOnly() and not form.ui.role_combo.isVisibleTo(form)
    for edit in (form.ui.password_edit, form.ui.confirm_edit):
        qtbot.keyClicks(edit, "another 456")
    form.accept()
    qtbot.waitUntil(lambda: "已为 lijie 设置新密码" in dialog.ui.error_label.text())
    assert auth.sign_in(ctx, "lijie", "another 456").username == "lijie"

    dialog.ui.user_table.selectRow([u.username for u in dialog.users].index("lijie"))
    qtbot.mouseClick(dialog.ui.edit_button, Qt.MouseButton.LeftButton)
    form = dialog.findChild(UserDialog)
    assert not form.ui.password_edit.isVisibleTo(form)
    form.ui.role_combo.setCurrentIndex(form.ui.role_combo.findData("clerk"))
    form.ui.active_check.setChecked(False)
    form.accept()
    qtbot.waitUntil(lambda: any(dialog.ui.user_table.item(r, 3).text() == "已停用" for r in range(2)))
    lijie = next(u for u in dialog.users if u.username == "lijie")
    assert (lijie.role, lijie.active) == ("clerk", False)


def test_business_settings_are_built_from_the_list_and_saved(qtbot, manager_app, system_services):
    dialog = shown(qtbot, BusinessSettingsDialog(manager_app))
    name = dialog.widgets["company_name"]
    qtbot.waitUntil(lambda: name.isEnabled() and name.text() == "客户服务中心")
    assert dialog.widgets["outbound_after_days"].value() == 90
    name.clear()
    type_text(name, "华联食品有限公司客户服务中心")
    dialog.widgets["company_phone"].setText("021-62345678")
    dialog.widgets["outbound_after_days"].setValue(30)
    qtbot.keyClick(dialog.widgets["company_phone"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result_data is not None)
    settings = system_services.settings
    assert (settings.get("company_name"), settings.get("company_phone"), settings.get("outbound_after_days")) == (
        "华联食品有限公司客户服务中心", "021-62345678", 30)
    entries = system_services.audit.search(table="setting")
    assert {key for entry in entries for key in entry.changes} == {"company_name", "company_phone",
                                                                    "outbound_after_days"}
