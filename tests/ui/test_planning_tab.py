"""The planning tab driven through its widgets: the clerk submits, the manager approves, the clerk sees it."""
import pytest
from PySide6.QtCore import Qt

from crdesk.ui.tabs.planning import PlanningTab
from tests.services.test_planning import catalog, plan_data
from tests.ui.typing import type_text


@pytest.fixture
def clerk_app(make_context):
    return make_context("clerk")


@pytest.fixture
def manager_app(make_context):
    return make_context("manager")


def _tab(qtbot, app) -> PlanningTab:
    tab = PlanningTab(app)
    qtbot.addWidget(tab)
    return tab


def _open_first_plan(qtbot, page):
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
    page.ui.plan_list.selectRow(0)
    qtbot.waitUntil(lambda: page.current is not None and page.current.header is not None)
    return page.current


def test_clerk_submits_manager_approves_and_the_clerk_sees_the_decision(qtbot, clerk_app, manager_app):
    services = clerk_app.worker.services
    services.production_plans.save(plan_data(catalog(services)[0]))
    clerk = _tab(qtbot, clerk_app)
    plan = _open_first_plan(qtbot, clerk.production)
    assert not clerk.production.ui.submit_button.isHidden() and clerk.production.ui.approve_button.isHidden()
    qtbot.mouseClick(clerk.production.ui.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: clerk.production.current.header.status == "submitted")
    assert clerk.production.ui.save_button.isHidden()  # locked while waiting

    manager = _tab(qtbot, manager_app)
    inbox = manager.approvals.ui.inbox_table
    qtbot.waitUntil(lambda: inbox.rowCount() == 1)
    assert inbox.item(0, 1).text() == plan.header.number and inbox.item(0, 3).text() == "张配送"
    inbox.selectRow(0)
    qtbot.mouseClick(manager.approvals.ui.approve_button, Qt.MouseButton.LeftButton)
    dialog = manager.approvals.opened_dialog
    assert dialog.ui.reason_edit.isHidden()
    type_text(dialog.ui.comment_edit, "同意，按周排产")
    dialog.accept()
    qtbot.waitUntil(lambda: inbox.rowCount() == 0)

    clerk.refresh()
    banner = clerk.ui.decision_banner
    qtbot.waitUntil(lambda: not banner.isHidden())
    assert plan.header.number in clerk.ui.decision_label.text() and "已批准" in clerk.ui.decision_label.text()
    assert "王经理" in clerk.ui.decision_label.text()
    decisions = clerk.approvals.ui.decisions_table
    assert decisions.item(0, 6).text() == "同意，按周排产"
    clerk.production.open_plan(plan.id)
    qtbot.waitUntil(lambda: clerk.production.current.header.status == "approved")
    assert "批准：王经理" in clerk.production.ui.info_label.text()
    assert clerk.production.ui.save_button.isHidden() and not clerk.production.ui.purchase_button.isHidden()
    qtbot.mouseClick(clerk.ui.decision_ack_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: banner.isHidden())
    assert services.approvals.my_decisions() == []


def test_a_rejection_without_reason_is_refused_at_the_reason_field(qtbot, clerk_app, manager_app):
    services = clerk_app.worker.services
    plan = services.production_plans.save(plan_data(catalog(services)[0]))
    services.production_plans.submit(plan.id, plan.version)
    manager = _tab(qtbot, manager_app)
    _open_first_plan(qtbot, manager.production)
    qtbot.mouseClick(manager.production.ui.reject_button, Qt.MouseButton.LeftButton)
    dialog = manager.production.opened_dialog
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.ui.error_label.isHidden())
    assert dialog.ui.reason_edit.toolTip() and dialog.result_data is None
    type_text(dialog.ui.reason_edit, "第二周超出产能")
    dialog.accept()
    qtbot.waitUntil(lambda: manager.production.current.header.status == "rejected")
    assert "驳回原因：第二周超出产能" in manager.production.ui.info_label.text()


def test_editing_the_week_grid_saves_and_a_bad_cell_is_marked(qtbot, clerk_app):
    services = clerk_app.worker.services
    services.production_plans.save(plan_data(catalog(services)[0]))
    clerk = _tab(qtbot, clerk_app)
    _open_first_plan(qtbot, clerk.production)
    grid = clerk.production.ui.grid
    grid.item(0, 3).setText("1,500")
    assert clerk.production.ui.total_label.text().endswith("5,500")
    qtbot.mouseClick(clerk.production.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: clerk.production.current.lines[0].weeks[0] == 1500)
    grid.item(1, 4).setText("五百")
    qtbot.mouseClick(clerk.production.ui.save_button, Qt.MouseButton.LeftButton)
    assert grid.item(1, 4).toolTip() and not clerk.production.ui.error_label.isHidden()
    assert services.production_plans.get(clerk.production.current.id).lines[1].weeks[1] == 500


def test_actual_production_is_entered_by_week_beside_an_approved_plan(qtbot, clerk_app, manager_app):
    services = clerk_app.worker.services
    plan = services.production_plans.save(plan_data(catalog(services)[0]))
    plan = services.production_plans.submit(plan.id, plan.version)
    manager_app.worker.services.production_plans.approve(plan.id, plan.version)
    clerk = _tab(qtbot, clerk_app)
    _open_first_plan(qtbot, clerk.production)
    page = clerk.production
    assert page.ui.save_button.isHidden()  # the approved plan itself is locked
    page.ui.actual_check.setChecked(True)
    assert not page.ui.save_button.isHidden()
    assert page.ui.grid.horizontalHeaderItem(3).text() == "第1周实际"
    page.ui.grid.item(0, 3).setText("980")
    assert page.ui.grid.item(0, 10).text() == "24.5%"  # 980 of the 4,000 planned
    qtbot.mouseClick(page.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current.lines[0].actual[0] == 980)
    assert services.production_plans.get(plan.id).lines[0].weeks[0] == 1000  # the plan is unchanged
