"""The connection dialog: local file or server, test, create the schema after a confirmation, remember the
choice per workstation with the password in the keyring (never in the settings file)."""
import keyring
import pytest
from keyring.backend import KeyringBackend
from PySide6.QtWidgets import QDialog, QMessageBox

from crdesk import keyring_store
from crdesk.db import migrations
from crdesk.db.connection import open_database
from crdesk.ui.dialogs.connection import ConnectionDialog
from tests.backends import BackendServer, server_url


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.stored = {}

    def get_password(self, service, username):
        return self.stored.get((service, username))

    def set_password(self, service, username, password):
        self.stored[(service, username)] = password

    def delete_password(self, service, username):
        self.stored.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    from keyring.backends.fail import Keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def say_yes(monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text)
                        or QMessageBox.StandardButton.Yes)
    return asked


def _dialog(qtbot, prefs, url="", first_run=False):
    dialog = ConnectionDialog(prefs, url, first_run=first_run)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_first_run_creates_a_local_database_after_asking(qtbot, gui_app, prefs, tmp_path, say_yes, no_keyring):
    path = tmp_path / "desk" / "crdesk.sqlite3"
    dialog = _dialog(qtbot, prefs, f"sqlite:///{path}", first_run=True)
    assert dialog.windowTitle() == "欢迎使用 crdesk" and dialog.ui.local_radio.isChecked()
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=20000)
    assert say_yes and "还没有 crdesk 的数据表" in say_yes[0]
    db = open_database(dialog.url)
    assert migrations.current_version(db) == migrations.latest_version()
    db.close()
    assert prefs.get("database/url") == f"sqlite:///{path}"


def test_missing_server_fields_are_shown_at_their_fields(qtbot, gui_app, prefs, no_keyring):
    dialog = _dialog(qtbot, prefs)
    dialog.ui.server_radio.setChecked(True)
    dialog.ui.database_edit.clear()
    dialog.accept()
    assert dialog.ui.error_label.isVisible() and "服务器地址" in dialog.ui.error_label.text()
    assert dialog.ui.host_edit.styleSheet() and dialog.result() == 0
    assert not dialog.ui.remember_check.isEnabled() and "密钥环" in dialog.ui.keyring_label.text()


def test_an_unreachable_server_is_reported_and_nothing_is_remembered(qtbot, gui_app, prefs, no_keyring):
    dialog = _dialog(qtbot, prefs, "postgresql://kf@127.0.0.1:1/crdesk")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.ui.status_label.text().startswith("无法连接"), timeout=20000)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.ui.button_box.isEnabled(), timeout=20000)
    assert dialog.result() == 0 and prefs.get("database/url") == ""


@pytest.fixture
def empty_postgres(run_id):
    admin = server_url("postgresql")
    if not admin:
        pytest.skip("set CRDESK_TEST_POSTGRES_URL")
    server = BackendServer("postgresql", admin, f"crdesk_conn_{run_id}")
    server.create()
    yield server
    server.drop()


def test_a_server_schema_is_created_and_the_password_goes_to_the_keyring(qtbot, gui_app, prefs, empty_postgres,
                                                                         memory_keyring, say_yes, tmp_path):
    target = keyring_store.with_password(empty_postgres.url, "机密 p@ss")
    dialog = _dialog(qtbot, prefs, target)
    ui = dialog.ui
    assert ui.server_radio.isChecked() and ui.backend_combo.currentData() == "postgresql"
    assert ui.password_edit.text() == "机密 p@ss" and ui.remember_check.isEnabled()
    dialog.test_connection()
    qtbot.waitUntil(lambda: "还没有 crdesk 的数据表" in ui.status_label.text(), timeout=20000)
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=60000)
    remembered = prefs.get("database/url")
    assert "机密" not in remembered and "p%40ss" not in remembered and remembered.startswith("postgresql://")
    assert list(memory_keyring.stored.values()) == ["机密 p@ss"]
    prefs.sync()
    assert "p@ss" not in (tmp_path / "prefs.ini").read_text(encoding="utf-8", errors="replace")
    assert keyring_store.complete_url(remembered) == dialog.url
    db = open_database(dialog.url)
    assert migrations.current_version(db) == migrations.latest_version()
    db.close()
    again = _dialog(qtbot, prefs, remembered)  # the next start fills the password from the keyring
    assert again.ui.password_edit.text() == "机密 p@ss"
