"""Connection loss while a form is open: the form keeps its content, the status bar says so, crdesk reconnects
by itself when the server is back and the retried save goes through — nothing half-done is replayed.
A connection MySQL dropped while idle (wait_timeout) is replaced without bothering the user."""
import time
from urllib.parse import urlparse, urlunparse

import pytest

from crdesk.db.connection import DB, open_database
from crdesk.services import Services
from crdesk.services.clients import ClientData
from crdesk.services.errors import ConnectionLost
from crdesk.ui import tasks
from crdesk.ui.context import AppContext
from crdesk.ui.dialogs import record_dialog
from crdesk.ui.dialogs.client_dialog import ClientDialog
from crdesk.ui.tasks import DbWorker
from tests.db.tcp_proxy import TcpProxy
from tests.fixtures import _open_backend, _services_for
from tests.ui.conftest import gui_app, prefs  # noqa: F401  (GUI fixtures for these data-layer tests)


def _backend(name, request, tmp_path, servers, run_id, sqlite_template):
    url, db = _open_backend(name, request, tmp_path, servers, run_id, sqlite_template)
    return url, db


@pytest.fixture
def pg_url(request, tmp_path, servers, run_id, sqlite_template):
    url, db = _backend("postgresql", request, tmp_path, servers, run_id, sqlite_template)
    yield url
    DB.obj.close()
    db.close()


@pytest.fixture
def mysql_url(request, tmp_path, servers, run_id, sqlite_template):
    url, db = _backend("mysql", request, tmp_path, servers, run_id, sqlite_template)
    yield url
    db.close()


@pytest.fixture
def desk(qtbot, gui_app, prefs):  # noqa: F811
    """desk(url) -> (AppContext as a manager, its services, an open client form with an unsaved change)."""
    workers = []

    def open_desk(url):
        manager = _services_for("manager")
        client = manager.clients.save(ClientData(name="上海华联超市", phone="021-62345678"))
        worker = DbWorker(manager)
        workers.append(worker)
        app = AppContext(worker, prefs, gui_app, url)
        dialog = ClientDialog(app, manager.clients.get(client.id))
        dialog._duplicates_checked = True  # straight to the save flow every form shares (RecordDialog)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.ui.name_edit.setText("上海华联超市总店")
        dialog.mark_dirty()
        worker.run_sync(lambda s: s.clients.count())  # the worker holds an open connection now
        return app, dialog, client.id

    yield open_desk
    for worker in workers:
        worker.stop()


@pytest.fixture(autouse=True)
def no_modal_error_boxes(monkeypatch):
    """An error box would block the test in its own event loop: record it instead (the test then fails)."""
    shown = []
    monkeypatch.setattr("crdesk.ui.dialogs.client_dialog.show_error", lambda parent, error: shown.append(error))
    monkeypatch.setattr("crdesk.ui.errors.show_error", lambda parent, error: shown.append(error))
    yield shown
    assert shown == []


def _answer_retry(monkeypatch, dialog, answers):
    """Stand in for the "connection lost: retry?" box; record what the form held at that moment."""
    asked = []

    def ask(parent, error):
        asked.append((type(error), dialog.isVisible(), dialog.ui.name_edit.text()))
        return answers[len(asked) - 1]
    monkeypatch.setattr(record_dialog, "ask_retry", ask)
    return asked


def test_pg_terminate_backend_while_a_form_is_open(qtbot, desk, pg_url, monkeypatch):
    app, dialog, client_id = desk(pg_url)
    pid = app.worker.run_sync(lambda s: s.ctx.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0])
    DB.obj.execute_sql("SELECT pg_terminate_backend(%s)", (pid,))  # the server cuts the worker's connection
    asked = _answer_retry(monkeypatch, dialog, [True])
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=20000)
    assert asked == [(ConnectionLost, True, "上海华联超市总店")]  # the form survived, with the user's text
    stored = app.worker.run_sync(lambda s: s.clients.get(client_id))
    assert (stored.name, stored.version) == ("上海华联超市总店", 2)  # saved once, by the retry


def _through(proxy: TcpProxy, url: str) -> str:
    parts = urlparse(url)
    return urlunparse(parts._replace(netloc=f"{parts.username}@127.0.0.1:{proxy.port}"))


def test_server_away_then_back_status_bar_and_automatic_reconnect(qtbot, gui_app, prefs, pg_url,  # noqa: F811
                                                                   desk, monkeypatch):
    from crdesk.ui.main_window import MainWindow

    target = urlparse(pg_url)
    proxy = TcpProxy(target.hostname, target.port or 5432)
    proxy.start()
    try:
        url = _through(proxy, pg_url)
        DB.obj.close()
        DB.initialize(open_database(url))  # every connection of this test goes through the unpluggable proxy
        app, dialog, client_id = desk(url)
        window = MainWindow(app)
        qtbot.addWidget(window)
        window.reconnector.delays = (0.3,)
        window.show()
        qtbot.waitUntil(lambda: app.worker.idle, timeout=20000)

        proxy.stop()  # the server goes away
        asked = _answer_retry(monkeypatch, dialog, [False])
        dialog.accept()
        qtbot.waitUntil(lambda: bool(asked), timeout=20000)
        assert asked == [(ConnectionLost, True, "上海华联超市总店")] and dialog.result_data is None
        qtbot.waitUntil(lambda: "第 2 次" in window.connection_label.text(), timeout=20000)
        assert "连接中断" in window.connection_label.text()

        proxy.start()  # the server is back: crdesk notices by itself
        qtbot.waitUntil(lambda: window.reconnector.connected, timeout=20000)
        qtbot.waitUntil(lambda: app.worker.idle, timeout=20000)
        assert window.connection_label.text() in ("已重新连接", "已连接")
        dialog.accept()  # the user saves again
        qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=20000)
        assert app.worker.run_sync(lambda s: s.clients.get(client_id)).name == "上海华联超市总店"
        window.live_refresh.timer.stop()
        window.close()
    finally:
        proxy.stop()


def test_a_connection_mysql_dropped_while_idle_is_replaced_quietly(gui_app, mysql_url, monkeypatch):  # noqa: F811
    worker = DbWorker(Services(DB.obj))
    try:
        def idle_out():
            worker.run_sync(lambda s: s.ctx.db.execute_sql("SET SESSION wait_timeout = 1"))
            time.sleep(2.5)

        monkeypatch.setattr(tasks, "STALE_SECONDS", 3600.0)
        idle_out()
        with pytest.raises(ConnectionLost):  # the server really dropped it: without the check, the user sees it
            worker.run_sync(lambda s: s.clients.count())
        monkeypatch.setattr(tasks, "STALE_SECONDS", 1.0)
        idle_out()
        assert worker.run_sync(lambda s: s.clients.count()) == 0
    finally:
        worker.stop()
