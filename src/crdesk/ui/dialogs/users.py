"""User administration (the manager's): list users, add one (password twice), change name / role / active,
reset a password. The service refuses every other role; this dialog then shows the refusal and nothing else."""
from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem

from crdesk.services import permissions as P
from crdesk.services.auth import UserInfo
from crdesk.services.errors import ValidationError
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.errors import message_of
from crdesk.ui.forms.ui_user_dialog import Ui_UserDialog
from crdesk.ui.forms.ui_users_dialog import Ui_UsersDialog
from crdesk.ui.labels import role as role_label
from crdesk.ui.widgets.field_errors import FieldErrors

ADD, EDIT, PASSWORD = "add", "edit", "password"


@dataclasses.dataclass
class UserForm:
    username: str = ""
    display_name: str = ""
    role: str = "reception"
    active: bool = True
    password: str = dataclasses.field(default="", repr=False)
    id: int | None = None
    version: int = 0


def form_of(user: UserInfo) -> UserForm:
    return UserForm(user.username, user.display_name, user.role, user.active, "", user.id, user.version)


class UserDialog(RecordDialog):
    """One user: ``ADD`` a new one, ``EDIT`` name / role / active, or set a new ``PASSWORD``."""

    def __init__(self, app, mode: str, data: UserForm, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self.setObjectName("user_dialog")
        self.mode = mode
        ui = self.ui
        for name in P.ROLES:
            ui.role_combo.addItem(role_label(name), name)
        self.errors = FieldErrors(ui.error_label, {
            "username": ui.username_edit, "display_name": ui.display_name_edit, "role": ui.role_combo,
            "password": ui.password_edit, "confirm": ui.confirm_edit,
        }, {"username": self.tr("用户名"), "display_name": self.tr("姓名"), "role": self.tr("角色"),
            "active": self.tr("账户有效"), "password": self.tr("密码"), "confirm": self.tr("确认密码")})
        titles = {ADD: self.tr("添加用户"), EDIT: self.tr("修改用户 {name}"), PASSWORD: self.tr("重置密码：{name}")}
        self.setWindowTitle(titles[mode].format(name=data.username))
        ui.username_edit.setReadOnly(mode != ADD)
        if mode != ADD:
            ui.username_label.setText(self.tr("用户名"))
        for widget in (ui.display_name_edit, ui.role_combo, ui.active_check):
            ui.form_layout.setRowVisible(widget, mode != PASSWORD)
        ui.form_layout.setRowVisible(ui.active_check, mode == EDIT)
        for widget in (ui.password_edit, ui.confirm_edit):
            ui.form_layout.setRowVisible(widget, mode != EDIT)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(data)
        self.watch_changes()
        (ui.username_edit if mode == ADD else ui.display_name_edit if mode == EDIT else ui.password_edit).setFocus()
        self.resize(max(460, self.sizeHint().width()), self.sizeHint().height() + 24)

    def load(self, data: UserForm) -> None:
        self._data = data
        ui = self.ui
        ui.username_edit.setText(data.username)
        ui.display_name_edit.setText(data.display_name)
        ui.role_combo.setCurrentIndex(max(0, ui.role_combo.findData(data.role)))
        ui.active_check.setChecked(data.active)

    def collect(self) -> UserForm:
        ui = self.ui
        if self.mode != EDIT and ui.password_edit.text() != ui.confirm_edit.text():
            raise ValidationError("confirm", "passwords_differ")
        return dataclasses.replace(self._data, username=ui.username_edit.text(),
                                   display_name=ui.display_name_edit.text(), role=ui.role_combo.currentData(),
                                   active=ui.active_check.isChecked(), password=ui.password_edit.text())

    def save(self, services, data: UserForm) -> UserForm:
        users = services.users
        if self.mode == ADD:
            return form_of(users.add(data.username, data.display_name, data.role, data.password))
        if self.mode == EDIT:
            return form_of(users.update(data.id, data.version, data.display_name, data.role, data.active))
        users.set_password(data.id, data.password)
        return dataclasses.replace(data, password="")

    def reload(self, services, data: UserForm) -> UserForm:
        return next(form_of(user) for user in services.users.list() if user.id == data.id)


class UsersDialog(QDialog):
    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        self.setObjectName("users_dialog")
        self.users: list[UserInfo] = []
        self.ui.error_label.setWordWrap(True)
        self.ui.error_label.hide()
        header = self.ui.user_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.ui.user_table.verticalHeader().hide()
        self.ui.user_table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.ui.add_button.clicked.connect(lambda: self._open(ADD, UserForm()))
        self.ui.edit_button.clicked.connect(lambda: self._open_selected(EDIT))
        self.ui.password_button.clicked.connect(lambda: self._open_selected(PASSWORD))
        self.ui.user_table.doubleClicked.connect(lambda _: self._open_selected(EDIT))
        self.ui.button_box.rejected.connect(self.reject)
        self.resize(620, 420)
        self.refresh()

    def refresh(self) -> None:
        self.app.worker.submit(lambda s: s.users.list(), self._show, self._refused, owner=self)

    def _notice(self, text: str, ok: bool) -> None:
        self.ui.error_label.setStyleSheet("color: #1e6b34;" if ok else "color: #b52b27;")
        self.ui.error_label.setText(text)
        self.ui.error_label.show()

    def _refused(self, error: BaseException) -> None:
        self._notice(message_of(error), ok=False)
        for button in (self.ui.add_button, self.ui.edit_button, self.ui.password_button):
            button.setEnabled(False)

    def _show(self, users: list[UserInfo]) -> None:
        self.users = users
        table = self.ui.user_table
        table.setRowCount(len(users))
        for row, user in enumerate(users):
            state = self.tr("有效") if user.active else self.tr("已停用")
            for column, value in enumerate((user.username, user.display_name, role_label(user.role), state)):
                item = QTableWidgetItem(value)
                if not user.active:
                    item.setForeground(QColor("#999999"))
                table.setItem(row, column, item)

    def selected_user(self) -> UserInfo | None:
        row = self.ui.user_table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _open_selected(self, mode: str) -> None:
        user = self.selected_user()
        if user is not None:
            self._open(mode, form_of(user))

    def _open(self, mode: str, data: UserForm) -> UserDialog:
        dialog = UserDialog(self.app, mode, data, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._saved(mode, dialog.result_data))
        dialog.open()
        return dialog

    def _saved(self, mode: str, data: UserForm | None) -> None:
        if data is None:
            return
        done = {ADD: self.tr("已添加用户 {name}"), EDIT: self.tr("已保存用户 {name}"),
                PASSWORD: self.tr("已为 {name} 设置新密码")}
        self._notice(done[mode].format(name=data.username), ok=True)
        self.refresh()
