"""The returns tab driven like a user: request with lines, approval within and above the clerk's limit,
receipt, completion; and a return started from a complaint."""
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QMessageBox

from crdesk.services.clients import ClientData
from crdesk.services.complaints import ComplaintData
from crdesk.services.products import ProductData
from crdesk.services.returns import ReturnData, ReturnLineData
from crdesk.ui.dialogs.return_receive import CONDITION, RECEIVED
from crdesk.ui.tabs.returns import ReturnsTab
from tests.ui.test_complaints_tab import make_tab as make_complaints_tab
from tests.ui.test_complaints_tab import ok, open_from
from tests.ui.typing import type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing|propagateSizeHints)")


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def clerk_app(make_context):
    return make_context("clerk")


@pytest.fixture
def setup(clerk_app):
    services = clerk_app.worker.services
    client = services.clients.save(ClientData(name="南京苏果超市"))
    product = services.products.save(ProductData("YL0101", "纯净水", "550ml×24瓶", unit_price=Decimal("24")))
    return client, product


def make_tab(qtbot, app):
    tab = ReturnsTab(app)
    qtbot.addWidget(tab)
    tab.show()
    return tab


def wait_status(qtbot, tab, status):
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.status == status)
    qtbot.waitUntil(lambda: tab.app.worker.idle)


def test_a_clerk_requests_approves_receives_and_completes_a_small_return(qtbot, clerk_app, setup):
    client, product = setup
    tab = make_tab(qtbot, clerk_app)
    form = open_from(qtbot, tab, tab.ui.new_button)
    form.ui.client_picker.set_client(client.id, f"{client.code}  {client.name}")
    table = form.ui.lines_table
    table.cellWidget(0, 0).setCurrentIndex(table.cellWidget(0, 0).findData(product.id))
    table.item(0, 2).setText("10")
    qtbot.waitUntil(lambda: "240.00" in form.ui.totals_label.text())
    type_text(form.ui.reason_edit, "运输挤压破损")
    ok(qtbot, form)
    wait_status(qtbot, tab, "requested")
    assert tab.ui.approve_button.isEnabled()  # 10 units, 240 yuan: within the clerk's limit

    ok(qtbot, open_from(qtbot, tab, tab.ui.approve_button))
    wait_status(qtbot, tab, "approved")
    receive = open_from(qtbot, tab, tab.ui.receive_button)
    receive.ui.lines_table.item(0, RECEIVED).setText("9")
    combo = receive.ui.lines_table.cellWidget(0, CONDITION)
    combo.setCurrentIndex(combo.findData("package_damaged"))
    ok(qtbot, receive)
    wait_status(qtbot, tab, "received")
    assert tab.ui.lines_table.item(0, 5).text() == "9"

    complete = open_from(qtbot, tab, tab.ui.complete_button)
    complete.ui.choice_combo.setCurrentIndex(complete.ui.choice_combo.findData("repair"))
    ok(qtbot, complete)
    wait_status(qtbot, tab, "completed")
    assert tab.ui.callback_button.isEnabled() and not tab.ui.archive_button.isEnabled()


def test_above_the_limit_the_clerk_cannot_approve_but_the_manager_can(qtbot, clerk_app, manager_app, setup):
    client, product = setup
    clerk_app.worker.services.returns.save(ReturnData(client.id, "return", "滞销",
                                                      [ReturnLineData(product.id, Decimal(100), "surplus")]))
    tab = make_tab(qtbot, clerk_app)
    wait_status(qtbot, tab, "requested")
    assert not tab.ui.approve_button.isEnabled() and not tab.ui.reject_button.isEnabled()
    manager_tab = make_tab(qtbot, manager_app)
    wait_status(qtbot, manager_tab, "requested")
    reject = open_from(qtbot, manager_tab, manager_tab.ui.reject_button)
    ok(qtbot, reject)
    qtbot.waitUntil(lambda: not reject.ui.error_label.isHidden())  # a rejection needs a reason
    type_text(reject.ui.note_edit, "超过退货期限")
    ok(qtbot, reject)
    wait_status(qtbot, manager_tab, "rejected")


def test_a_return_started_from_a_complaint_is_linked_to_it(qtbot, clerk_app, setup):
    client, product = setup
    services = clerk_app.worker.services
    complaint = services.complaints.save(ComplaintData(category="包装", description="外箱破损", client_id=client.id))
    complaints_tab = make_complaints_tab(qtbot, clerk_app)
    qtbot.waitUntil(lambda: complaints_tab.current is not None)
    form = open_from(qtbot, complaints_tab, complaints_tab.ui.return_button)
    assert form.ui.client_picker.client_id() == client.id
    qtbot.waitUntil(lambda: form.ui.complaint_combo.currentData() == complaint.id)
    table = form.ui.lines_table
    table.cellWidget(0, 0).setCurrentIndex(table.cellWidget(0, 0).findData(product.id))
    ok(qtbot, form)
    qtbot.waitUntil(lambda: form.result_data is not None)
    assert form.result_data.complaint_number == complaint.number
