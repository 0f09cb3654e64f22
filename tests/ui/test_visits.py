import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QMessageBox

from crdesk.services.clients import ClientData
from crdesk.services.visits import VisitData
from crdesk.ui.dialogs.visit_dialog import VisitDialog, open_visit_dialog
from crdesk.ui.tabs import visits as visits_tab
from crdesk.ui.tabs.visits import DUE, OUTBOUND, VisitsTab
from tests.ui.typing import type_text

# The picker's popup asks the offscreen platform for raise() and a keyboard grab, which it cannot do.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """Forms left with typing in them are closed at teardown: answer the unsaved-changes question."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def tab(qtbot, reception_app):
    widget = VisitsTab(reception_app)
    qtbot.addWidget(widget)
    widget.show()
    return widget


@pytest.fixture
def client(reception_app):
    return reception_app.worker.services.clients.save(ClientData(name="上海华联超市", phone="021-62345678"))


def pick_client(qtbot, picker, text):
    type_text(picker, text)
    popup = picker.completer_popup()
    qtbot.waitUntil(lambda: popup.isVisible() and popup.model().rowCount() > 0)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: picker.client_id() is not None)


def wait_idle(qtbot, model, rows):
    qtbot.waitUntil(lambda: not model.loading and model.rowCount() == rows)


def test_follow_up_call_with_next_date_is_due_then_marked_done(qtbot, tab, reception_app, client, monkeypatch):
    dialog = open_visit_dialog(reception_app, tab, on_saved=lambda _v: tab.refresh())
    qtbot.addWidget(dialog)
    pick_client(qtbot, dialog.ui.client_picker, "华联")
    assert dialog.ui.client_picker.client_id() == client.id
    assert dialog.ui.kind_combo.currentData() == "call"
    assert dialog.ui.staff_edit.text() == "李接待"  # the signed-in user by default
    dialog.ui.satisfaction_combo.setCurrentIndex(dialog.ui.satisfaction_combo.findData(4))
    dialog.ui.next_follow_up_check.setChecked(True)
    dialog.ui.next_follow_up_edit.setDate(QDate.currentDate())
    type_text(dialog.ui.purpose_edit, "季度回访")
    qtbot.keyClick(dialog.ui.purpose_edit, Qt.Key.Key_Return)  # Enter submits the form
    qtbot.waitUntil(lambda: dialog.result_data is not None)
    saved = dialog.result_data
    assert saved.number.startswith("HF") and saved.satisfaction == 4 and saved.next_follow_up == dt.date.today()

    wait_idle(qtbot, tab.due_model, 1)
    row = tab.due_model.row_at(0)
    assert (row.number, row.client_name) == (saved.number, "上海华联超市")
    assert tab.due_model.index(0, 1).data() == "今天"
    assert "1" in tab.ui.view_tabs.tabText(DUE)

    tab.ui.due_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.ui.done_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, tab.due_model, 0)
    assert reception_app.worker.services.visits.due() == []


def test_logging_from_the_due_list_closes_that_follow_up(qtbot, tab, reception_app, client):
    services = reception_app.worker.services
    two_days_ago = dt.datetime.now().replace(microsecond=0) - dt.timedelta(days=2)
    earlier = services.visits.save(VisitData(client.id, "reception", two_days_ago, purpose="新品推介",
                                             next_follow_up=two_days_ago.date() + dt.timedelta(days=1)))
    tab.refresh()
    wait_idle(qtbot, tab.due_model, 1)
    assert tab.due_model.index(0, 1).data() == "逾期 1 天"
    assert tab.due_model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole) == QColor(visits_tab.OVERDUE_BACKGROUND)

    tab.ui.due_table.selectRow(0)
    qtbot.mouseClick(tab.ui.log_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(VisitDialog)
    assert dialog is not None and dialog.ui.follow_up_hint.isVisibleTo(dialog)
    assert dialog.ui.client_picker.client_id() == client.id
    type_text(dialog.ui.summary_edit, "客户反馈良好，已解决")
    dialog.accept()
    wait_idle(qtbot, tab.due_model, 0)
    assert services.visits.get(earlier.id).number == earlier.number
    assert services.visits.due() == []
    assert len(services.visits.for_client(client.id).rows) == 2


def test_a_form_without_a_client_is_refused_at_the_picker(qtbot, tab, reception_app):
    dialog = open_visit_dialog(reception_app, tab)
    qtbot.addWidget(dialog)
    type_text(dialog.ui.client_picker, "不存在的客户")  # typed, but nothing picked
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.ui.error_label.isVisible())
    assert "客户" in dialog.ui.error_label.text()
    assert dialog.ui.client_picker.toolTip()
    assert dialog.result_data is None and dialog.ui.client_picker.text() == "不存在的客户"


def test_escape_closes_an_untouched_form(qtbot, tab, reception_app):
    dialog = open_visit_dialog(reception_app, tab)
    qtbot.addWidget(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_outbound_list_follows_the_days_rule(qtbot, reception_app, system_services, client):
    services = reception_app.worker.services
    system_services.settings.set("outbound_after_days", 45)
    quiet = services.clients.save(ClientData(name="杭州联华"))
    services.visits.save(VisitData(client.id, "call", dt.datetime.now().replace(microsecond=0)
                                   - dt.timedelta(days=10)))
    tab = VisitsTab(reception_app)
    qtbot.addWidget(tab)
    tab.show()
    tab.ui.view_tabs.setCurrentIndex(OUTBOUND)
    qtbot.waitUntil(lambda: tab.ui.days_spin.value() == 45)  # the default comes from the business settings
    wait_idle(qtbot, tab.outbound_model, 1)
    assert tab.outbound_model.row_at(0).id == quiet.id  # contacted 10 days ago is not due for a call yet
    tab.ui.days_spin.setValue(5)
    wait_idle(qtbot, tab.outbound_model, 2)

    tab.ui.outbound_table.selectRow(tab.outbound_model.find_row(lambda r: r.id == quiet.id))
    qtbot.mouseClick(tab.ui.log_button, Qt.MouseButton.LeftButton)
    dialog = tab.findChild(VisitDialog)
    assert dialog.ui.kind_combo.currentData() == "outbound"
    assert dialog.ui.client_picker.client_id() == quiet.id


def test_all_visits_search_and_print(qtbot, tab, reception_app, client, monkeypatch):
    services = reception_app.worker.services
    other = services.clients.save(ClientData(name="北京物美"))
    now = dt.datetime.now().replace(microsecond=0)
    services.visits.save(VisitData(client.id, "onsite", now, purpose="合同续签"))
    wanted = services.visits.save(VisitData(other.id, "call", now, purpose="满意度调查"))
    tab.ui.view_tabs.setCurrentIndex(visits_tab.ALL)
    tab.refresh()
    wait_idle(qtbot, tab.visit_model, 2)
    type_text(tab.ui.search_edit, "物美")
    wait_idle(qtbot, tab.visit_model, 1)
    assert tab.visit_model.row_at(0).number == wanted.number
    qtbot.waitUntil(lambda: tab.ui.count_label.text() == "共 1 条记录")

    printed = []
    monkeypatch.setattr("crdesk.ui.printing.preview_document", lambda *args: printed.append(args[2:4]))
    tab.ui.visit_table.selectRow(0)
    qtbot.mouseClick(tab.ui.print_button, Qt.MouseButton.LeftButton)
    assert printed == [("visit", wanted.number)]
