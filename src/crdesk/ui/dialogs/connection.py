"""Database connection: a local file or a PostgreSQL / MySQL-MariaDB server; test the connection; create or
upgrade the schema after a confirmation; remember the choice for this workstation. The password goes to the
operating system's keyring (keyring_store), never into the settings file. With ``first_run`` it is the
welcome step that offers local or server.

Connecting happens on a thread of the dialog's own (a database worker without services), never on the GUI
thread; the result is the URL, with the password, in ``self.url``.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, unquote, urlparse

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from crdesk import keyring_store
from crdesk.db.connection import backend_of, describe, sqlite_path
from crdesk.db.probe import Probe, prepare, probe
from crdesk.services.errors import ValidationError
from crdesk.settings import Preferences
from crdesk.ui.forms.ui_connection_dialog import Ui_ConnectionDialog
from crdesk.ui.schema_question import confirm_schema_change
from crdesk.ui.tasks import DbWorker
from crdesk.ui.widgets.field_errors import FieldErrors

SERVERS = (("postgresql", "PostgreSQL", 5432), ("mysql", "MySQL / MariaDB", 3306))


def _safely(fn):
    """Run on the dialog's thread; every failure comes back as text (never a traceback)."""
    def run(_services):
        try:
            return True, fn()
        except Exception as error:  # shown to the user in the dialog
            return False, str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
    return run


class ConnectionDialog(QDialog):
    def __init__(self, prefs: Preferences, current_url: str, parent: QWidget | None = None, first_run: bool = False):
        super().__init__(parent)
        self.ui = Ui_ConnectionDialog()
        self.ui.setupUi(self)
        self.setObjectName("connection_dialog")
        self.prefs = prefs
        self.url = ""
        self._busy = False
        self._worker = worker = DbWorker(None)
        self.finished.connect(lambda _result: worker.stop())
        self.destroyed.connect(lambda *_: worker.stop())
        ui = self.ui
        for backend, label, _port in SERVERS:
            ui.backend_combo.addItem(label, backend)
        self.errors = FieldErrors(ui.error_label, {"path": ui.path_edit, "host": ui.host_edit,
                                                   "database": ui.database_edit, "user": ui.user_edit},
                                  {"path": self.tr("数据库文件"), "host": self.tr("服务器地址"),
                                   "database": self.tr("数据库名"), "user": self.tr("用户名")})
        if first_run:
            self.setWindowTitle(self.tr("欢迎使用 crdesk"))
            ui.intro_label.setText(self.tr(
                "欢迎使用 crdesk 客户服务中心系统。请选择数据存放在哪里：只有这一台电脑使用时，选择“本机数据库文件”；"
                "几台电脑（接待、配送、经理）共用数据时，选择“数据库服务器”，并填写管理员提供的连接信息。以后可在“文件 → 数据库连接…”中修改。"))
        self._show_keyring_state()
        self._fill(current_url)
        ui.local_radio.toggled.connect(self._mode_changed)
        ui.backend_combo.currentIndexChanged.connect(self._backend_changed)
        ui.browse_button.clicked.connect(self._browse)
        ui.test_button.clicked.connect(self.test_connection)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self._mode_changed()
        self.resize(620, 500)

    # --- form <-> URL
    def _show_keyring_state(self) -> None:
        if keyring_store.available():
            self.ui.keyring_label.hide()
            self.ui.remember_check.setChecked(self.prefs.get("database/remember_password"))
            return
        self.ui.remember_check.setChecked(False)
        self.ui.remember_check.setEnabled(False)
        self.ui.keyring_label.setText(self.tr(
            "此电脑没有可用的系统密钥环，密码不会被保存（也不会写入设置文件）：每次启动 crdesk 时需要重新输入密码。"))

    def _fill(self, url: str) -> None:
        ui = self.ui
        if not url or backend_of(url) == "sqlite":
            ui.local_radio.setChecked(True)
            ui.path_edit.setText(str(sqlite_path(url)) if url else "")
            return
        parsed = urlparse(keyring_store.complete_url(url))
        ui.server_radio.setChecked(True)
        ui.backend_combo.setCurrentIndex(max(0, ui.backend_combo.findData(backend_of(url))))
        ui.host_edit.setText(parsed.hostname or "")
        ui.port_spin.setValue(parsed.port or SERVERS[ui.backend_combo.currentIndex()][2])
        ui.database_edit.setText(unquote(parsed.path.lstrip("/")))
        ui.user_edit.setText(unquote(parsed.username or ""))
        ui.password_edit.setText(unquote(parsed.password or ""))

    def url_from_form(self) -> str:
        """The URL the form describes (with the password); ValidationError at the field otherwise."""
        ui = self.ui
        if ui.local_radio.isChecked():
            path = ui.path_edit.text().strip()
            if not path:
                raise ValidationError("path", "required")
            return "sqlite:///" + str(Path(path).expanduser())
        errors = [(name, "required", {}) for name, edit in (("host", ui.host_edit), ("database", ui.database_edit),
                                                            ("user", ui.user_edit)) if not edit.text().strip()]
        if errors:
            raise ValidationError.of(errors)
        url = (f"{ui.backend_combo.currentData()}://{quote(ui.user_edit.text().strip(), safe='')}@"
               f"{ui.host_edit.text().strip()}:{ui.port_spin.value()}/{quote(ui.database_edit.text().strip(), safe='')}")
        return keyring_store.with_password(url, ui.password_edit.text())

    def _mode_changed(self, *_args) -> None:
        local = self.ui.local_radio.isChecked()
        self.ui.local_box.setEnabled(local)
        self.ui.server_box.setEnabled(not local)

    def _backend_changed(self, index: int) -> None:
        if self.ui.port_spin.value() in {port for _b, _l, port in SERVERS}:
            self.ui.port_spin.setValue(SERVERS[index][2])

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("数据库文件"), self.ui.path_edit.text(),
                                              self.tr("SQLite 数据库 (*.sqlite3 *.db)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.ui.path_edit.setText(path)

    # --- testing and accepting (on the dialog's own thread)
    def _run(self, fn, on_done) -> None:
        self._set_busy(True)

        def done(result):
            self._set_busy(False)
            on_done(result)
        self._worker.submit(_safely(fn), done, owner=self)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.ui.test_button, self.ui.button_box):
            widget.setEnabled(not busy)
        if busy:
            self.ui.status_label.setText(self.tr("正在连接…"))

    def _form_url(self) -> str | None:
        self.errors.clear()
        try:
            return self.url_from_form()
        except ValidationError as error:
            self.errors.show(error)
            return None

    def test_connection(self) -> None:
        url = self._form_url()
        if url:
            self._run(lambda: probe(url), lambda outcome: self._show_probe(outcome[1]))

    def _show_probe(self, result: Probe) -> None:
        texts = {
            "error": self.tr("无法连接：{error}"),
            "empty": self.tr("连接成功。该数据库中还没有 crdesk 的数据表，确定后将创建。"),
            "old": self.tr("连接成功。数据库版本 {version}，需要升级到版本 {latest}。"),
            "current": self.tr("连接成功，数据库版本 {version}（最新）。"),
            "newer": self.tr("连接成功，但该数据库由较新版本的 crdesk 使用（版本 {version}），请先升级本程序。"),
        }
        self.ui.status_label.setText(texts[result.state].format(error=result.error, version=result.version,
                                                                latest=result.latest))
        self.ui.status_label.setStyleSheet("color: #b52b27;" if result.state in ("error", "newer") else "")

    def accept(self) -> None:
        url = self._form_url()
        if url and not self._busy:
            self._run(lambda: probe(url), lambda outcome: self._probed(url, outcome[1]))

    def _probed(self, url: str, result: Probe) -> None:
        self._show_probe(result)
        if result.state in ("error", "newer"):
            return
        if result.state == "current":
            self._finish(url)
        elif confirm_schema_change(self, result, describe(url)):  # empty or old
            self._run(lambda: prepare(url), lambda outcome: self._prepared(url, outcome))

    def _prepared(self, url: str, outcome: tuple[bool, object]) -> None:
        ok, detail = outcome
        if not ok:
            self.ui.status_label.setText(self.tr("创建或升级失败：{error}").format(error=detail))
            return
        self._finish(url)

    def _finish(self, url: str) -> None:
        """Remember the choice for this workstation: the URL without the password; the password in the keyring."""
        remember = self.ui.remember_check.isChecked()
        self.prefs.set("database/url", keyring_store.without_password(url))
        self.prefs.set("database/remember_password", remember)
        if backend_of(url) != "sqlite":
            password = unquote(urlparse(url).password or "")
            if remember and password:
                keyring_store.save_password(url, password)
            elif not remember:
                keyring_store.forget_password(url)
        self.prefs.sync()
        self.url = url
        super().accept()
