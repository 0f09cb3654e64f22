"""The start page. For the manager, 工作台: the department's open work (approvals, incidents, overdue
complaints and callbacks, today's runs, slips not returned, vehicle papers, follow-ups due). For everyone
else, 我的工作: what waits for them. Double-clicking an item opens its record in the tab that owns it."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from crdesk.services import permissions as P
from crdesk.services.dashboard import MY_WORK, OVERVIEW
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_dashboard_tab import Ui_DashboardTab
from crdesk.ui.tabs.base import AreaTab
from crdesk.ui.tabs.dashboard_open import open_item
from crdesk.ui.widgets.dashboard_panel import DashboardPanel

COLUMNS = 2
WEEKDAYS = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
PANEL_TITLES = tuple(dict.fromkeys(spec.title for spec in OVERVIEW + MY_WORK))  # for the translation catalogue


class DashboardTab(AreaTab):
    """The manager's overview; :class:`MyWorkTab` shows the signed-in user's own work instead."""

    supported_actions = frozenset({"refresh"})
    # what dashboard_items reads: approvals, incidents, complaints, returns, follow-ups, runs, slips, papers
    watched_tables = frozenset({"production_plan", "purchase_plan", "return_order", "incident", "complaint",
                                "visit", "client", "delivery_run", "delivery_slip", "slip_scan", "vehicle",
                                "driver"})
    scope = "overview"

    def __init__(self, app, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_DashboardTab()
        self.ui.setupUi(self)
        self.panels: list[DashboardPanel] = []
        ui = self.ui
        ui.title_label.setText(self.tr("工作台") if self.scope == "overview" else self.tr("我的工作"))
        font = ui.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        ui.title_label.setFont(font)
        ui.hint_label.setStyleSheet("color: #666666;")
        ui.reports_button.setVisible(app.can(P.REPORTS_READ))
        ui.survey_button.setVisible(app.can(P.VISITS_EDIT) or app.can(P.POD_RECORD))
        ui.refresh_button.clicked.connect(self.refresh)
        ui.reports_button.clicked.connect(lambda: self._select("reports"))
        ui.survey_button.clicked.connect(self.new_survey)
        self._loaded = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.refresh()

    def _fetch(self, services):
        return services.dashboard.overview() if self.scope == "overview" else services.dashboard.my_work()

    def refresh(self) -> None:
        self.app.worker.submit(lambda s: (self._fetch(s), s.ctx.today()), self._show, lambda e: show_error(self, e),
                               owner=self)

    def _show(self, result) -> None:
        panels, today = result
        self.ui.date_label.setText(self.tr("{date} {weekday}").format(
            date=today.strftime("%Y-%m-%d"), weekday=self.tr(WEEKDAYS[today.weekday()])))
        grid = self.ui.panel_grid
        for widget in self.panels:
            grid.removeWidget(widget)
            widget.deleteLater()
        self.panels = []
        for index, panel in enumerate(panels):
            title = self.tr(panel.title)  # one of PANEL_TITLES
            widget = DashboardPanel(panel, title, self.ui.panel_container)
            widget.opened.connect(self.open_item)
            grid.addWidget(widget, index // COLUMNS, index % COLUMNS, Qt.AlignmentFlag.AlignTop)
            self.panels.append(widget)
        if not panels:
            empty = QLabel(self.tr("暂无待办事项"), self.ui.panel_container)
            grid.addWidget(empty, 0, 0)
            self.panels.append(empty)
        grid.setRowStretch(len(panels) // COLUMNS + 1, 1)
        waiting = sum(p.total for p in panels)
        self.status_message(self.tr("共 {count} 项待办").format(count=waiting))

    def open_item(self, item) -> None:
        if not open_item(self.app, self.window(), item):
            self.status_message(self.tr("没有可打开该记录的页面"))

    def _select(self, key: str) -> None:
        window = self.window()
        if hasattr(window, "select_tab"):
            window.select_tab(key)

    def new_survey(self) -> None:
        from crdesk.ui.dialogs.survey_dialog import open_survey_dialog

        open_survey_dialog(self.app, self, on_saved=lambda survey: self.status_message(
            self.tr("满意度调查 {number} 已保存").format(number=survey.number)))

    def sample_dialogs(self):
        """For `crdesk screenshot`: the survey form with the questionnaire."""
        from crdesk.ui.dialogs.survey_dialog import SurveyDialog, load_survey

        if not (self.app.can(P.VISITS_EDIT) or self.app.can(P.POD_RECORD)):
            return []
        data = self.app.worker.run_sync(lambda s: load_survey(s, None))
        return [("survey", SurveyDialog(self.app, data, self))]


class MyWorkTab(DashboardTab):
    scope = "mine"

    def sample_dialogs(self):
        return [] if self.app.can(P.REPORTS_READ) else super().sample_dialogs()  # the dashboard shows it
