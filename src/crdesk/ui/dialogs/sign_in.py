"""Sign-in, and the first manager account on a database without users. Both check on the DB worker."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from crdesk.services.errors import ValidationError
from crdesk.ui.errors import message_of
from crdesk.ui.forms.ui_first_manager_dialog import Ui_FirstManagerDialog
from crdesk.ui.forms.ui_sign_in_dialog import Ui_SignInDialog
from crdesk.ui.widgets.field_errors import FieldErrors


def _auth():
    """The auth service (argon2, the models) loads on the DB worker, after the window is up."""
    from crdesk.services import auth

    return auth


class _CredentialsDialog(QDialog):
    """Shared flow: submit on OK, show the refusal in the form, keep what was typed."""

    def __init__(self, worker, parent=None):
        super().__init__(parent)
        self.worker = worker
        self.user = None  # auth.UserInfo once signed in
        self._busy = False

    def _submit(self, fn) -> None:
        if self._busy:
            return
        self._busy = True
        self.ui.button_box.setEnabled(False)
        self.worker.submit(fn, self._succeeded, self._refused, owner=self)

    def _succeeded(self, user) -> None:
        self._busy = False
        self.ui.button_box.setEnabled(True)
        self.user = user
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self._busy = False
        self.ui.button_box.setEnabled(True)
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            self.errors.message(message_of(error))
            self.ui.password_edit.selectAll()
            self.ui.password_edit.setFocus()


class SignInDialog(_CredentialsDialog):
    def __init__(self, worker, username: str = "", parent=None):
        super().__init__(worker, parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.setObjectName("sign_in_dialog")
        self.errors = FieldErrors(self.ui.error_label, {"username": self.ui.username_edit,
                                                        "password": self.ui.password_edit})
        self.ui.username_edit.setText(username)
        (self.ui.password_edit if username else self.ui.username_edit).setFocus()
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        username, password = self.ui.username_edit.text(), self.ui.password_edit.text()
        if not username.strip():
            self.errors.show(ValidationError("username", "required"))
            return
        self._submit(lambda services: _auth().sign_in(services.ctx, username, password))


class FirstManagerDialog(_CredentialsDialog):
    def __init__(self, worker, parent=None):
        super().__init__(worker, parent)
        self.ui = Ui_FirstManagerDialog()
        self.ui.setupUi(self)
        self.setObjectName("first_manager_dialog")
        self.errors = FieldErrors(self.ui.error_label, {
            "username": self.ui.username_edit, "display_name": self.ui.display_name_edit,
            "password": self.ui.password_edit, "confirm": self.ui.confirm_edit,
        }, {"username": self.tr("用户名"), "display_name": self.tr("姓名"), "password": self.tr("密码"),
            "confirm": self.tr("确认密码")})
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)

    def accept(self) -> None:
        ui = self.ui
        if ui.password_edit.text() != ui.confirm_edit.text():
            self.errors.show(ValidationError("confirm", "passwords_differ"))
            return
        username, name, password = ui.username_edit.text(), ui.display_name_edit.text(), ui.password_edit.text()
        self._submit(lambda services: _auth().create_first_manager(services.ctx, username, name, password))


