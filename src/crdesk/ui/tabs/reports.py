"""Reports (报表), the manager's: pick a report and a month; key figures, charts (pyqtgraph) and tables on
screen; export to XLSX; print the monthly department report (客服中心月报). Reports are built on the worker."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (QAbstractItemView, QFileDialog, QFrame, QHeaderView, QLabel, QListWidgetItem,
                               QTableWidget, QTableWidgetItem, QVBoxLayout)

from crdesk.db import months
from crdesk.services import permissions as P
from crdesk.services.report_data import Report, ReportTable, text
from crdesk.services.reports import REPORTS
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_reports_tab import Ui_ReportsTab
from crdesk.ui.i18n import tr
from crdesk.ui.tabs.base import AreaTab

CHART_COLUMNS = 2
MAX_TABLE_ROWS = 14  # taller tables scroll inside themselves


class ReportsTab(AreaTab):
    supported_actions = frozenset({"print", "refresh", "export"})
    # what the REPORTS builders read
    watched_tables = frozenset({"complaint", "product", "visit", "return_order", "survey_response", "delivery_order",
                                "delivery_slip", "vehicle", "trip_log", "fuel_log", "maintenance_log",
                                "production_plan", "production_actual", "purchase_plan", "packaging_material",
                                "stock_movement"})

    def __init__(self, app, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_ReportsTab()
        self.ui.setupUi(self)
        self.report: Report | None = None
        self._content: list = []
        ui = self.ui
        for name, (title, _) in REPORTS.items():
            item = QListWidgetItem(tr("reports", title))
            item.setData(Qt.ItemDataRole.UserRole, name)
            ui.report_list.addItem(item)
        ui.report_list.setMaximumWidth(ui.report_list.fontMetrics().horizontalAdvance("中") * 11)
        today = app.worker.services.ctx.today()
        ui.month_edit.setDate(QDate(today.year, today.month, 1))
        ui.month_edit.setMaximumDate(QDate(today.year + 1, 12, 31))
        font = ui.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        ui.title_label.setFont(font)
        ui.note_label.setStyleSheet("color: #666666;")
        ui.questions_button.setVisible(app.can(P.SETTINGS_EDIT))
        ui.survey_button.setVisible(app.can(P.VISITS_EDIT))
        ui.report_list.currentRowChanged.connect(lambda _: self.refresh())
        ui.month_edit.dateChanged.connect(lambda _: self.refresh())
        ui.refresh_button.clicked.connect(self.refresh)
        ui.export_button.clicked.connect(self.export)
        ui.print_button.clicked.connect(self.print_current)
        ui.survey_button.clicked.connect(self.new_survey)
        ui.questions_button.clicked.connect(self.edit_questions)
        ui.report_list.setCurrentRow(0)

    # --- what is asked for
    def current_name(self) -> str:
        item = self.ui.report_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else next(iter(REPORTS))

    def current_month(self) -> str:
        date = self.ui.month_edit.date()
        return f"{date.year():04d}-{date.month():02d}"

    def select(self, name: str, month: str | None = None) -> None:
        """Show report ``name`` (for `crdesk screenshot` and other tabs)."""
        if month:
            first = months.parse(month)
            self.ui.month_edit.setDate(QDate(first.year, first.month, 1))
        names = list(REPORTS)
        self.ui.report_list.setCurrentRow(names.index(name))

    # --- loading and showing
    def refresh(self) -> None:
        name, month = self.current_name(), self.current_month()
        self.ui.title_label.setText(self.tr("正在生成报表…"))
        self.app.worker.submit(lambda s: s.reports.build(name, month), self._show, lambda e: show_error(self, e),
                               owner=self)

    def _clear(self) -> None:
        for widget in self._content:
            widget.setParent(None)
            widget.deleteLater()
        self._content = []

    def _show(self, report: Report) -> None:
        if report.name != self.current_name():
            return  # an older request answered after the user moved on
        self.report = report
        self._clear()
        ui = self.ui
        ui.title_label.setText(self.tr("{title}（{period}）").format(title=tr("reports", REPORTS[report.name][0]),
                                                                   period=report.period))
        for index, (label, value) in enumerate(report.figures):
            self._add(ui.figures_grid, _figure(label, value, ui.content), index // 3, index % 3)
        from crdesk.ui.widgets.report_chart import chart_widget

        for index, chart in enumerate(report.charts):
            self._add(ui.chart_grid, chart_widget(chart, ui.content), index // CHART_COLUMNS, index % CHART_COLUMNS)
        for table in report.tables:
            title = QLabel(table.title, ui.content)
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setStyleSheet("font-weight: bold; margin-top: 6px;")
            ui.tables_layout.addWidget(title)
            widget = table_widget(table, ui.content)
            ui.tables_layout.addWidget(widget)
            self._content += [title, widget]
        ui.note_label.setText(self.tr("说明：{note}").format(note=report.note) if report.note else "")

    def _add(self, grid, widget, row: int, column: int) -> None:
        grid.addWidget(widget, row, column)
        self._content.append(widget)

    # --- actions
    def export(self) -> None:
        if self.report is None:
            return
        name, month, title = self.report.name, months.label(self.report.month), self.report.title
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出报表"), f"{title}-{month}.xlsx",
                                              self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        if path:
            self.export_to(Path(path), name, month)

    def export_to(self, target: Path, name: str, month: str) -> None:
        from crdesk.services import report_export

        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        self.app.worker.submit(lambda s: report_export.write(s.reports.build(name, month), target),
                               lambda count: self.status_message(self.tr("已导出 {count} 行到 {path}").format(
                                   count=count, path=target)), lambda e: show_error(self, e), owner=self)

    def print_current(self) -> None:
        from crdesk.ui.printing import preview_document

        month = self.current_month()
        preview_document(self, self.app, "monthly-report", month, self.tr("客服中心月报 {month}").format(month=month))

    def new_survey(self) -> None:
        from crdesk.ui.dialogs.survey_dialog import open_survey_dialog

        open_survey_dialog(self.app, self, on_saved=lambda _survey: self.refresh())

    def edit_questions(self) -> None:
        from crdesk.ui.dialogs.survey_questions import open_questions_dialog

        open_questions_dialog(self.app, self)

    def sample_dialogs(self):
        """For `crdesk screenshot`: every report of the current month, each as its own page."""
        pages = []
        for name in REPORTS:
            page = ReportsTab(self.app)
            page.setObjectName(f"report_{name}")
            page.resize(1280, 900)
            page.select(name, self.current_month())
            pages.append((name, page))
        return pages


def _figure(label: str, value: str, parent) -> QFrame:
    frame = QFrame(parent)
    frame.setFrameShape(QFrame.Shape.StyledPanel)
    frame.setStyleSheet("QFrame { background: #f4f7fb; border: 1px solid #d6dfea; border-radius: 3px; }"
                        "QLabel { border: none; }")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(8, 4, 8, 4)
    for text_, style in ((label, "color: #555555;"), (value, "font-size: 15pt; font-weight: bold; color: #1f4e8c;")):
        widget = QLabel(text_, frame)
        widget.setTextFormat(Qt.TextFormat.PlainText)
        widget.setWordWrap(True)
        widget.setStyleSheet(style)
        layout.addWidget(widget)
    return frame


def table_widget(table: ReportTable, parent) -> QTableWidget:
    widget = QTableWidget(len(table.rows), len(table.headers), parent)
    widget.setObjectName("report_table")
    widget.setHorizontalHeaderLabels([str(h) for h in table.headers])
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.verticalHeader().hide()
    for row, values in enumerate(table.rows):
        for column, value in enumerate(values):
            numeric = column >= table.numeric_from and not isinstance(value, str)
            cell = QTableWidgetItem(text(value) if numeric else ("" if value is None else str(value)))
            if numeric:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widget.setItem(row, column, cell)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    row_height = widget.fontMetrics().height() + 8
    widget.verticalHeader().setDefaultSectionSize(row_height)
    rows = max(1, min(len(table.rows), MAX_TABLE_ROWS))
    widget.setFixedHeight(header.sizeHint().height() + rows * row_height + 4)
    return widget
