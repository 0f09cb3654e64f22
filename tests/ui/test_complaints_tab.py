"""The complaints tab driven like a user: intake, start, resolve, callback, archive; an unsatisfied callback
reopening the complaint; refusals shown at the field; the incident banner; overdue rows; my work."""
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from crdesk.services.casework import CallbackData
from crdesk.services.clients import ClientData
from crdesk.services.complaints import ComplaintData
from crdesk.ui.tabs.complaints import WORK, ComplaintsTab
from tests.ui.typing import type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def client(reception_app):
    return reception_app.worker.services.clients.save(ClientData(name="上海华联超市", phone="021-62345678"))


def make_tab(qtbot, app):
    tab = ComplaintsTab(app)
    qtbot.addWidget(tab)
    tab.show()
    return tab


@pytest.fixture
def tab(qtbot, reception_app):
    return make_tab(qtbot, reception_app)


def click(qtbot, button):
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_from(qtbot, tab, button):
    """Click a button that opens a form (maybe after loading on the worker); return the form."""
    tab.opened_dialog = None
    click(qtbot, button)
    qtbot.waitUntil(lambda: tab.opened_dialog is not None and tab.opened_dialog.isVisible())
    return tab.opened_dialog


def ok(qtbot, dialog):
    click(qtbot, dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok))


def wait_status(qtbot, tab, status):
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.status == status)
    qtbot.waitUntil(lambda: tab.app.worker.idle)


def test_a_complaint_walks_its_whole_life_in_the_gui(qtbot, tab, client):
    form = open_from(qtbot, tab, tab.ui.new_button)
    form.ui.client_picker.set_client(client.id, f"{client.code}  {client.name}")
    form.ui.category_combo.setCurrentIndex(form.ui.category_combo.findData("包装"))
    form.ui.severity_combo.setCurrentIndex(form.ui.severity_combo.findData("important"))
    assert "8 小时内响应" in form.ui.deadline_hint.text()
    type_text(form.ui.description_edit, "外箱破损，三瓶漏液")
    ok(qtbot, form)
    qtbot.waitUntil(lambda: form.result_data is not None)
    number = form.result_data.number
    wait_status(qtbot, tab, "registered")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 0).data() == number and tab.model.index(0, 5).data() == "已受理"

    start = open_from(qtbot, tab, tab.ui.start_button)
    assert start.ui.choice_combo.currentData() == "reception1"
    ok(qtbot, start)
    wait_status(qtbot, tab, "in_progress")

    resolve = open_from(qtbot, tab, tab.ui.resolve_button)
    type_text(resolve.ui.first_edit, "更换整箱并致歉")
    type_text(resolve.ui.second_edit, "码放过高，运输挤压")
    ok(qtbot, resolve)
    wait_status(qtbot, tab, "resolved")
    assert not tab.ui.archive_button.isEnabled()  # a receptionist cannot skip the callback

    callback = open_from(qtbot, tab, tab.ui.callback_button)
    callback.ui.satisfaction_combo.setCurrentIndex(callback.ui.satisfaction_combo.findData(5))
    type_text(callback.ui.note_edit, "客户满意")
    ok(qtbot, callback)
    wait_status(qtbot, tab, "followed_up")

    archive = open_from(qtbot, tab, tab.ui.archive_button)
    ok(qtbot, archive)
    wait_status(qtbot, tab, "archived")
    steps = [tab.ui.timeline_table.item(row, 2).text() for row in range(tab.ui.timeline_table.rowCount())]
    assert steps == ["受理", "开始处理", "处理完毕", "回访", "归档"]
    assert not any(getattr(tab.ui, name).isEnabled() for name in (
        "start_button", "resolve_button", "callback_button", "archive_button", "note_button", "edit_button"))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1 and tab.model.index(0, 5).data() == "已归档")


def _resolved(services, client, **kw) -> ComplaintData:
    c = services.complaints.save(ComplaintData(category="产品质量", description="瓶内有悬浮物", client_id=client.id,
                                               **kw))
    c = services.complaints.start(c.id, c.version)
    return services.complaints.resolve(c.id, c.version, "更换", "储运温度过高")


def test_an_unsatisfied_callback_reopens_the_complaint(qtbot, tab, reception_app, client):
    c = _resolved(reception_app.worker.services, client)
    tab.refresh()
    wait_status(qtbot, tab, "resolved")
    callback = open_from(qtbot, tab, tab.ui.callback_button)
    qtbot.waitUntil(lambda: "2 分及以下" in callback.ui.rule_label.text())
    callback.ui.satisfaction_combo.setCurrentIndex(callback.ui.satisfaction_combo.findData(2))
    type_text(callback.ui.note_edit, "更换后仍有悬浮物")
    ok(qtbot, callback)
    wait_status(qtbot, tab, "in_progress")
    last = tab.ui.timeline_table.rowCount() - 1
    assert tab.ui.timeline_table.item(last, 2).text() == "回访不满意，重新处理"
    assert "更换后仍有悬浮物" in tab.ui.timeline_table.item(last, 3).text()
    assert tab.ui.resolve_button.isEnabled() and not tab.ui.archive_button.isEnabled()
    assert reception_app.worker.services.complaints.get(c.id).reopen_count == 1


def test_resolving_without_the_required_fields_is_shown_at_the_fields(qtbot, tab, reception_app, client):
    services = reception_app.worker.services
    c = services.complaints.save(ComplaintData(category="配送", description="少送两箱", client_id=client.id))
    services.complaints.start(c.id, c.version)
    tab.refresh()
    wait_status(qtbot, tab, "in_progress")
    resolve = open_from(qtbot, tab, tab.ui.resolve_button)
    ok(qtbot, resolve)
    qtbot.waitUntil(lambda: not resolve.ui.error_label.isHidden())
    assert "处理结果" in resolve.ui.error_label.text() and "原因分析" in resolve.ui.error_label.text()
    assert resolve.ui.first_edit.toolTip() and resolve.isVisible()
    resolve.reject()


def test_the_manager_archives_without_callback_only_with_a_reason(qtbot, manager_app, client):
    _resolved(manager_app.worker.services, client)
    tab = make_tab(qtbot, manager_app)
    wait_status(qtbot, tab, "resolved")
    archive = open_from(qtbot, tab, tab.ui.archive_button)
    assert "只有部门经理" in archive.ui.hint_label.text()
    ok(qtbot, archive)
    qtbot.waitUntil(lambda: not archive.ui.error_label.isHidden())
    type_text(archive.ui.note_edit, "客户多次无人接听")
    ok(qtbot, archive)
    wait_status(qtbot, tab, "archived")
    assert tab.ui.timeline_table.item(tab.ui.timeline_table.rowCount() - 1, 2).text() == "未回访归档"


def test_an_incident_stays_in_front_of_the_manager_until_acknowledged(qtbot, manager_app, make_context, client):
    services = manager_app.worker.services
    services.complaints.save(ComplaintData(category="产品质量", severity="major", description="多名消费者饮用后腹泻",
                                           client_id=client.id))
    reception_tab = make_tab(qtbot, make_context("reception", "reception2"))
    tab = make_tab(qtbot, manager_app)
    qtbot.waitUntil(lambda: tab.ui.incident_frame.isVisible())
    assert "重大投诉" in tab.ui.incident_label.text()
    qtbot.waitUntil(lambda: reception_tab.app.worker.idle)
    assert not reception_tab.ui.incident_frame.isVisible()
    ack = open_from(qtbot, tab, tab.ui.incident_ack_button)
    type_text(ack.ui.note_edit, "已通知质量部封存同批次产品")
    ok(qtbot, ack)
    qtbot.waitUntil(lambda: not tab.ui.incident_frame.isVisible())
    assert services.incidents.unacknowledged() == []


def test_overdue_complaints_are_red_and_my_work_lists_callbacks(qtbot, tab, reception_app, client):
    services = reception_app.worker.services
    late = dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=30)
    overdue = services.complaints.save(ComplaintData(category="配送", description="送货延迟", client_id=client.id,
                                                     received_at=late))
    waiting = _resolved(services, client)
    tab.refresh()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    row = tab.model.find_row(lambda r: r.number == overdue.number)
    assert tab.model.index(row, 0).data(Qt.ItemDataRole.ForegroundRole) == QColor("#a61d24")
    qtbot.waitUntil(lambda: "超期投诉：1" in tab.ui.overdue_label.text())
    tab.ui.view_tabs.setCurrentIndex(WORK)
    qtbot.waitUntil(lambda: tab.work_model.rowCount() == 1)
    assert (tab.work_model.index(0, 1).data(), tab.work_model.index(0, 2).data()) == (waiting.number, "回访")


def test_a_callback_is_recorded_for_the_satisfied_client(qtbot, tab, reception_app, client):
    c = _resolved(reception_app.worker.services, client)
    reception_app.worker.services.complaints.callback(c.id, c.version, CallbackData("satisfied", 4))
    tab.refresh()
    wait_status(qtbot, tab, "followed_up")
    assert "满意度 4 满意" in tab.ui.detail_text.text()
