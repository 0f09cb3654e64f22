"""Plans edited on two workstations: a refused save offers the conflict dialog's ways out (re-apply my changes
on their version, overwrite with the permission — audited); a refused workflow step reloads the plan and says so."""
import dataclasses

import pytest
from PySide6.QtCore import Qt, QTimer

from crdesk.db.models.core import AuditLog
from crdesk.ui.tabs.planning import PlanningTab
from tests.services.test_planning import catalog, plan_data
from tests.ui.test_conflict_dialog import _answer_conflict
from tests.ui.test_planning_tab import _open_first_plan
from tests.ui.typing import type_text


@pytest.fixture
def desk2(add_user):
    return add_user("clerk", "desk2")


def _page(qtbot, app, name):
    tab = PlanningTab(app)
    qtbot.addWidget(tab)
    tab.show()
    return getattr(tab, name)


def _their_note(services, plan, note):
    """desk2 saves the plan with another note (its lines as they were)."""
    theirs = services.production_plans.get(plan.id)
    services.production_plans.save(dataclasses.replace(theirs, note=note))


def _save(page):
    page.ui.save_button.click()


def test_reapply_puts_my_week_on_their_version_of_the_production_plan(qtbot, make_context, desk2):
    app = make_context("clerk")
    app.worker.services.production_plans.save(plan_data(catalog(app.worker.services)[0]))
    page = _page(qtbot, app, "production")
    plan = _open_first_plan(qtbot, page)
    page.ui.grid.item(0, 3).setText("1,500")
    _their_note(desk2, plan, "desk2 的备注")
    seen = {}
    _answer_conflict(seen, "reapply_button")
    _save(page)
    qtbot.waitUntil(lambda: page.ui.note_edit.text() == "desk2 的备注", timeout=5000)
    assert "desk2" in seen["summary"] and not seen["overwrite_visible"]
    assert page.ui.grid.item(0, 3).text().replace(",", "") == "1500" and page.dirty and "desk2" in page.ui.error_label.text()
    _save(page)
    qtbot.waitUntil(lambda: not page.dirty and page.current.version == plan.version + 2, timeout=5000)
    stored = app.worker.run_sync(lambda s: s.production_plans.get(plan.id))
    assert (stored.note, stored.lines[0].weeks[0]) == ("desk2 的备注", 1500)


def test_the_manager_overwrites_their_note_and_it_is_audited(qtbot, make_context, desk2):
    app = make_context("manager")
    app.worker.services.production_plans.save(plan_data(catalog(app.worker.services)[0]))
    page = _page(qtbot, app, "production")
    plan = _open_first_plan(qtbot, page)
    page.ui.note_edit.setText("经理的备注")
    _their_note(desk2, plan, "desk2 的备注")
    seen = {}
    _answer_conflict(seen, "overwrite_button")
    _save(page)
    qtbot.waitUntil(lambda: page.current.version == plan.version + 2, timeout=5000)
    assert seen["overwrite_visible"] and seen["rows"]["备注"] == ("经理的备注", "desk2 的备注")
    assert app.worker.run_sync(lambda s: s.production_plans.get(plan.id)).note == "经理的备注"
    assert app.worker.run_sync(lambda s: AuditLog.select().where(
        (AuditLog.table_name == "production_plan") & (AuditLog.action == "overwrite")).count()) == 1


def test_reapply_keeps_my_purchase_quantity_and_their_note(qtbot, make_context, desk2):
    manager = make_context("manager").worker.services
    app = make_context("clerk")
    products, _materials = catalog(manager)
    plan = manager.production_plans.save(plan_data(products))
    plan = manager.production_plans.submit(plan.id, plan.version)
    plan = manager.production_plans.approve(plan.id, plan.version)
    purchase = manager.purchase_plans.generate(plan.id)
    page = _page(qtbot, app, "purchase")
    shown = _open_first_plan(qtbot, page)
    grid = page.ui.grid
    grid.item(0, 10).setText(str(shown.lines[0].proposed + 100))
    grid.item(0, 11).setText("多备一些")
    desk2.purchase_plans.save(purchase.id, purchase.version, [], "desk2 的备注")
    _answer_conflict({}, "reapply_button")
    _save(page)
    qtbot.waitUntil(lambda: page.ui.note_edit.text() == "desk2 的备注", timeout=5000)
    _save(page)
    qtbot.waitUntil(lambda: not page.dirty and page.current.version == purchase.version + 2, timeout=5000)
    stored = app.worker.run_sync(lambda s: s.purchase_plans.get(purchase.id))
    assert stored.note == "desk2 的备注"
    assert (stored.lines[0].quantity, stored.lines[0].adjust_reason) == (shown.lines[0].proposed + 100, "多备一些")


def test_a_submit_after_their_save_reloads_the_plan_and_says_so(qtbot, make_context, desk2):
    app = make_context("clerk")
    app.worker.services.production_plans.save(plan_data(catalog(app.worker.services)[0]))
    page = _page(qtbot, app, "production")
    plan = _open_first_plan(qtbot, page)
    _their_note(desk2, plan, "desk2 的备注")
    qtbot.mouseClick(page.ui.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.current.version == plan.version + 1, timeout=5000)
    assert page.ui.note_edit.text() == "desk2 的备注" and page.current.header.status == "draft"
    assert "desk2" in page.ui.error_label.text() and "已载入最新版本" in page.ui.error_label.text()



def test_an_approval_that_meets_another_save_is_refused_and_says_so_without_the_conflict_dialog(
        qtbot, make_context, desk2):
    from PySide6.QtWidgets import QApplication, QDialogButtonBox

    from crdesk.ui.dialogs.conflict import ConflictDialog
    from crdesk.ui.dialogs.plan_decision import DecisionDialog

    app = make_context("manager")
    plan = desk2.production_plans.save(plan_data(catalog(desk2)[0]))
    plan = desk2.production_plans.submit(plan.id, plan.version)
    desk2.production_plans.withdraw(plan.id, plan.version)  # the plan changed after the manager looked at it
    dialog = DecisionDialog(app, True, "生产计划", lambda s, _r, comment: s.approvals.approve(
        "production_plan", plan.id, plan.version, comment))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.ui.comment_edit, "同意")
    conflict_dialogs = []

    def close_a_conflict_dialog():  # it must not come up; if it does, note it and get out of its event loop
        modal = QApplication.activeModalWidget()
        if isinstance(modal, ConflictDialog):
            conflict_dialogs.append(modal)
            modal.keep_button.click()

    watcher = QTimer(interval=50, timeout=close_a_conflict_dialog)
    watcher.start()
    dialog.accept()
    qtbot.waitUntil(lambda: "请关闭本窗口" in dialog.ui.error_label.text(), timeout=5000)
    watcher.stop()
    assert conflict_dialogs == [] and dialog.isVisible()
    assert not dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.ui.comment_edit.toPlainText() == "同意"  # what was typed is kept
    assert app.worker.run_sync(lambda s: s.production_plans.get(plan.id)).header.status == "draft"
