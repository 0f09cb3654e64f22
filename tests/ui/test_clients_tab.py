import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from crdesk.services.clients import ClientData, ContactData
from crdesk.ui.dialogs.client_dialog import ClientDialog
from crdesk.ui.tabs.clients import ClientsTab
from tests.ui.typing import type_text


@pytest.fixture
def tab(qtbot, reception_app):
    widget = ClientsTab(reception_app)
    qtbot.addWidget(widget)
    return widget


def _seed(services, names):
    return [services.clients.save(ClientData(name=n, region="华东", phone="021-62345678" if i == 0 else ""))
            for i, n in enumerate(names)]


def test_typing_two_chinese_characters_filters_the_list(qtbot, tab, reception_app):
    _seed(reception_app.worker.services, ["上海华联超市", "北京物美", "杭州联华"])
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    type_text(tab.ui.search_edit, "华联")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.row_at(0).name == "上海华联超市"
    qtbot.waitUntil(lambda: "1" in tab.ui.count_label.text())


def test_sorting_by_a_header_requeries_in_that_order(qtbot, tab, reception_app):
    _seed(reception_app.worker.services, ["乙", "甲", "丙"])
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    tab.ui.client_table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.rowCount() == 3)
    names = [tab.model.row_at(i).name for i in range(3)]
    assert names == sorted(names, reverse=True)


def test_deactivated_clients_show_grey_among_all_clients(qtbot, tab, reception_app):
    import datetime as dt

    from PySide6.QtGui import QColor

    from crdesk.services.visits import VisitData

    services = reception_app.worker.services
    kept, gone = _seed(services, ["甲", "乙"])
    services.visits.save(VisitData(gone.id, "call", dt.datetime(2026, 11, 2, 10, 0)))
    services.clients.remove(gone.id, services.clients.get(gone.id).version)  # has a visit: deactivated
    tab.ui.active_filter.setCurrentIndex(tab.ui.active_filter.findData(None))
    qtbot.waitUntil(lambda: not tab.model.loading and tab.model.rowCount() == 2)
    rows = {tab.model.row_at(i).name: i for i in range(2)}
    foreground = [tab.model.index(rows[name], column).data(Qt.ItemDataRole.ForegroundRole)
                  for name in ("甲", "乙") for column in (0, 6)]
    assert foreground == [None, None, QColor("#999999"), QColor("#999999")]


def test_new_client_with_bad_phone_shows_message_at_field_and_keeps_typing(qtbot, tab, reception_app):
    dialog = ClientDialog(reception_app, None, tab)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.name_edit, "上海华联超市")
    type_text(dialog.ui.phone_edit, "12345")
    dialog._duplicates_checked = True
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.ui.error_label.isHidden())
    assert "电话" in dialog.ui.error_label.text()
    assert dialog.ui.phone_edit.toolTip()
    assert dialog.ui.name_edit.text() == "上海华联超市" and dialog.ui.phone_edit.text() == "12345"
    assert dialog.result_data is None


def test_saving_over_someone_elses_change_offers_reload(qtbot, tab, reception_app, add_user, monkeypatch):
    services = reception_app.worker.services
    saved = services.clients.save(ClientData(name="上海华联超市", contacts=[ContactData("王海")]))
    dialog = ClientDialog(reception_app, services.clients.get(saved.id), tab)
    qtbot.addWidget(dialog)
    other = add_user("reception", "reception2")
    theirs = other.clients.get(saved.id)
    theirs.phone = "13900001111"
    other.clients.save(theirs)

    from crdesk.ui.dialogs import conflict
    shown = {}

    def fake_exec(self):
        shown["rows"] = self.findChild(conflict.QTableWidget, "differences").rowCount()
        return conflict.RELOAD
    monkeypatch.setattr(conflict.ConflictDialog, "exec", fake_exec)
    dialog.ui.note_edit.setPlainText("我的备注")
    dialog._duplicates_checked = True
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.ui.phone_edit.text() == "13900001111")
    assert shown["rows"] >= 1
    assert services.clients.get(saved.id).phone == "13900001111"
    assert "最新版本" in dialog.ui.error_label.text()


def test_closing_a_changed_form_asks_before_discarding(qtbot, tab, reception_app, monkeypatch):
    dialog = ClientDialog(reception_app, None, tab)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.name_edit, "未保存的客户")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    dialog.reject()
    assert len(asked) == 1
    assert dialog.result_data is None and dialog.ui.name_edit.text() == "未保存的客户"


def test_a_detail_pane_that_cannot_load_says_so_in_the_pane_without_a_message_box(qtbot, reception_app, monkeypatch):
    from crdesk.services.errors import ConnectionLost
    from crdesk.ui.tabs import clients as clients_tab

    reception_app.worker.services.clients.save(ClientData(name="上海华联超市"))
    boxes = []
    monkeypatch.setattr(clients_tab, "show_error", lambda parent, error: boxes.append(error))
    tab = ClientsTab(reception_app)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)

    def lost(client_id):
        raise ConnectionLost(detail="server closed the connection")

    monkeypatch.setattr(type(reception_app.worker.services.clients), "history", lambda self, client_id: lost(client_id))
    tab.ui.client_table.clearSelection()
    tab.ui.client_table.setCurrentIndex(tab.model.index(0, 1))
    tab._load_detail()
    qtbot.waitUntil(lambda: "数据库连接已断开" in tab.ui.detail_text.text(), timeout=5000)
    assert boxes == [] and tab.ui.history_table.rowCount() == 0
