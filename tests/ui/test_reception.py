import datetime as dt

import pytest
from PySide6.QtCore import QDateTime, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from crdesk.services.clients import ClientData
from crdesk.services.visitors import VisitorData
from crdesk.ui.dialogs.visitor_dialog import CheckOutDialog, VisitorDialog
from crdesk.ui.tabs import reception
from crdesk.ui.tabs.reception import HISTORY, ReceptionTab
from tests.ui.test_visits import pick_client, wait_idle
from tests.ui.typing import type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def tab(qtbot, reception_app):
    widget = ReceptionTab(reception_app)
    qtbot.addWidget(widget)
    widget.show()
    wait_idle(qtbot, widget.today_model, 0)
    return widget


def test_check_a_visitor_in_and_out(qtbot, tab, reception_app):
    client = reception_app.worker.services.clients.save(ClientData(name="上海华联超市"))
    qtbot.mouseClick(tab.ui.check_in_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(VisitorDialog)
    assert dialog.ui.host_edit.text() == "李接待"
    type_text(dialog.ui.name_edit, "张伟")
    type_text(dialog.ui.purpose_edit, "洽谈合同续签")
    type_text(dialog.ui.badge_edit, "A012")
    pick_client(qtbot, dialog.ui.client_picker, "华联")
    qtbot.waitUntil(lambda: dialog.ui.organisation_edit.text() == "上海华联超市")  # filled from the client
    qtbot.keyClick(dialog.ui.badge_edit, Qt.Key.Key_Return)
    wait_idle(qtbot, tab.today_model, 1)
    visitor = tab.today_model.row_at(0)
    assert (visitor.name, visitor.client_id, visitor.checked_out_at) == ("张伟", client.id, None)
    assert tab.today_model.index(0, 1).data() == "在访"
    assert tab.today_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor(reception.INSIDE_BACKGROUND)
    assert "仍在访 1 人" in tab.ui.today_summary_label.text()

    tab.ui.today_table.selectRow(0)
    assert tab.ui.check_out_button.isEnabled()
    qtbot.mouseClick(tab.ui.check_out_button, Qt.MouseButton.LeftButton)
    confirm = tab.findChild(CheckOutDialog)
    assert "张伟" in confirm.ui.question_label.text()
    qtbot.keyClick(confirm.ui.checked_out_at_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.today_model.rowCount() == 1 and tab.today_model.row_at(0).checked_out_at is not None)
    assert tab.today_model.index(0, 1).data() == "已离开"
    assert tab.today_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert not tab.ui.check_out_button.isEnabled()


def test_check_out_before_check_in_is_refused_at_the_field(qtbot, tab, reception_app):
    services = reception_app.worker.services
    checked_in = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(minutes=30)
    visitor = services.visitors.check_in(VisitorData(name="王芳", checked_in_at=checked_in))
    dialog = CheckOutDialog(reception_app, visitor, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.checked_out_at_edit.setDateTime(QDateTime(checked_in - dt.timedelta(hours=1)))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.ui.error_label.isVisible())
    assert "离开时间不能早于来访时间" in dialog.ui.error_label.text()
    assert dialog.ui.checked_out_at_edit.toolTip() and dialog.result_data is None
    assert services.visitors.today()[0].checked_out_at is None


def test_a_visitor_without_a_name_is_refused_at_the_field(qtbot, tab, reception_app):
    dialog = VisitorDialog(reception_app, tab)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.phone_edit, "12345")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.ui.error_label.isVisible())
    text = dialog.ui.error_label.text()
    assert "访客姓名" in text and "电话" in text
    assert dialog.ui.name_edit.toolTip() and dialog.ui.phone_edit.text() == "12345"


def test_search_older_entries(qtbot, tab, reception_app):
    services = reception_app.worker.services
    last_week = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=7)
    for name, organisation in (("刘洋", "杭州物流公司"), ("周丹", "郑州物美百货")):
        services.visitors.check_in(VisitorData(name=name, organisation=organisation, checked_in_at=last_week))
    tab.refresh()
    tab.find()
    assert tab.ui.view_tabs.currentIndex() == HISTORY
    wait_idle(qtbot, tab.history_model, 2)
    type_text(tab.ui.search_edit, "物流")
    wait_idle(qtbot, tab.history_model, 1)
    assert tab.history_model.row_at(0).name == "刘洋"
    assert tab.today_model.rowCount() == 0
