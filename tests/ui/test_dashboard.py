"""The dashboard tab: the manager's overview first, "my work" for the other roles, items open their records."""
import datetime as dt

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from crdesk.db.models.catalog import Driver, Vehicle
from crdesk.db.models.clients import Client, Visit
from crdesk.db.models.complaints import Complaint
from crdesk.db.models.deliveries import DeliveryRun
from crdesk.db.models.planning import ProductionPlan
from crdesk.ui.dialogs.survey_dialog import SurveyDialog
from crdesk.ui.dialogs.visit_dialog import VisitDialog
from crdesk.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def work(system_services):
    now = dt.datetime.now().replace(microsecond=0)
    client = Client.create(code="KH000001", name="甲商店")
    visit = Visit.create(number="HF2026000001", client=client, kind="call", staff="李接待", purpose="季度回访",
                         next_follow_up=now.date() - dt.timedelta(days=2))
    plan = ProductionPlan.create(number="SC20260009", month=dt.date(2026, 9, 1), status="submitted",
                                 submitted_by="clerk1", submitted_at=now)
    Complaint.create(number="TS2026000001", channel="phone", category="配送", severity="normal", description="送错货",
                     received_by="reception1", assignee="reception1", received_at=now, response_due=now,
                     resolution_due=now, next_due_at=now - dt.timedelta(hours=1), status="in_progress")
    return client, visit, plan


def window_for(qtbot, app) -> MainWindow:
    window = MainWindow(app)
    qtbot.addWidget(window)
    window.show()
    return window


def tab_keys(window) -> list[str]:
    return [window.tabs.widget(i).objectName().removeprefix("tab_") for i in range(window.tabs.count())]


def panels_of(qtbot, tab) -> dict:
    qtbot.waitUntil(lambda: bool(tab.panels))
    return {p.panel.key: p for p in tab.panels}


def test_the_manager_starts_on_the_dashboard(qtbot, make_context, work):
    window = window_for(qtbot, make_context("manager"))
    assert tab_keys(window)[0] == "dashboard" and "reports" in tab_keys(window)
    assert window.current_tab().objectName() == "tab_dashboard"
    panels = panels_of(qtbot, window.current_tab())
    assert list(panels)[:4] == ["approvals", "incidents", "overdue_complaints", "callbacks"]
    approvals = panels["approvals"].table
    assert approvals.rowCount() == 1 and approvals.item(0, 0).text() == "SC20260009"
    overdue = panels["overdue_complaints"].table
    assert overdue.item(0, 0).text() == "TS2026000001" and overdue.item(0, 0).foreground().color().name() == "#b52b27"
    assert panels["follow_ups"].title().startswith("待回访客户（1")
    assert panels["papers"].title().startswith("车辆证照到期")  # not the title of the drivers' own panel


def test_a_follow_up_opens_the_call_that_answers_it(qtbot, make_context, work):
    _, visit, _ = work
    window = window_for(qtbot, make_context("manager"))
    panel = panels_of(qtbot, window.current_tab())["follow_ups"]
    panel.table.itemActivated.emit(panel.table.item(0, 1))
    assert window.current_tab().objectName() == "tab_visits"
    qtbot.waitUntil(lambda: any(isinstance(w, VisitDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, VisitDialog) and w.isVisible())
    assert dialog._closes == visit.id and "甲商店" in dialog.ui.client_picker.text()
    dialog.close()


def test_an_approval_opens_the_plan_in_the_planning_tab(qtbot, make_context, work):
    _, _, plan = work
    window = window_for(qtbot, make_context("manager"))
    panel = panels_of(qtbot, window.current_tab())["approvals"]
    panel.table.itemActivated.emit(panel.table.item(0, 0))
    planning = window.current_tab()
    assert planning.objectName() == "tab_planning"
    qtbot.waitUntil(lambda: planning.production.current is not None
                    and planning.production.current.header is not None
                    and planning.production.current.header.id == plan.id)


def test_reception_gets_my_work_and_no_dashboard_or_reports(qtbot, make_context, work):
    window = window_for(qtbot, make_context("reception"))
    keys = tab_keys(window)
    assert keys[0] == "mywork" and "dashboard" not in keys and "reports" not in keys
    panels = panels_of(qtbot, window.current_tab())
    assert list(panels) == ["cases", "follow_ups", "decisions"]
    cases = panels["cases"].table
    assert cases.rowCount() == 1 and cases.item(0, 0).text() == "TS2026000001"
    assert window.current_tab().ui.reports_button.isHidden()


def test_a_driver_sees_their_runs(qtbot, make_context, work):
    app = make_context("driver")
    vehicle = Vehicle.create(plate="沪A·12345")
    me = Driver.create(name="赵建国", user=app.actor.user_id)
    DeliveryRun.create(number="CC202600001", run_date=dt.date.today(), vehicle=vehicle, driver=me, departs_at="08:00",
                       returns_at="12:00", stop_count=3)
    window = window_for(qtbot, app)
    panels = panels_of(qtbot, window.current_tab())
    assert list(panels) == ["decisions", "runs", "slips", "papers"]
    assert panels["runs"].table.item(0, 0).text() == "CC202600001" and "3 站" in panels["runs"].table.item(0, 1).text()


def test_the_survey_button_opens_the_questionnaire(qtbot, make_context, work):
    window = window_for(qtbot, make_context("reception"))
    tab = window.current_tab()
    tab.ui.survey_button.click()
    qtbot.waitUntil(lambda: tab.findChild(SurveyDialog) is not None)
    dialog = tab.findChild(SurveyDialog)
    assert len(dialog.combos) == 4 and dialog.ui.client_picker.isEnabled()
    dialog.close()


def test_the_manager_gets_the_dashboard_instead_of_my_work(qtbot, make_context):
    keys = tab_keys(window_for(qtbot, make_context("manager")))
    assert keys[0] == "dashboard" and "mywork" not in keys and "reports" in keys
