"""One panel of the dashboard: a titled short list (number, what, due) whose rows open their record."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QGroupBox, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout

from crdesk.services.dashboard import Panel
from crdesk.services.dashboard_items import DashboardItem

OVERDUE = QColor("#b52b27")
MAX_VISIBLE_ROWS = 8


def due_text(value) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%m-%d")
    return ""


class DashboardPanel(QGroupBox):
    opened = Signal(object)  # the DashboardItem of the activated row

    def __init__(self, panel: Panel, title: str, parent=None):
        super().__init__(parent)
        self.panel = panel
        self.setObjectName(f"panel_{panel.key}")
        count = f"{panel.total}" if panel.total <= len(panel.items) else f"{len(panel.items)}/{panel.total}"
        self.setTitle(self.tr("{title}（{count}）").format(title=title, count=count))
        self.table = QTableWidget(len(panel.items), 3, self)
        self.table.setObjectName(f"panel_table_{panel.key}")
        self.table.setHorizontalHeaderLabels([self.tr("编号"), self.tr("内容"), self.tr("期限")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        char = self.table.fontMetrics().horizontalAdvance("中")
        self.table.setColumnWidth(0, 8 * char)
        self.table.setColumnWidth(2, 6 * char)
        for row, item in enumerate(panel.items):
            self._fill(row, item)
        self.table.itemActivated.connect(lambda cell: self.opened.emit(self.panel.items[cell.row()]))
        self.table.setEnabled(bool(panel.items))
        rows = max(1, min(len(panel.items), MAX_VISIBLE_ROWS))
        row_height = self.table.fontMetrics().height() + 8
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setFixedHeight(header.sizeHint().height() + rows * row_height + 6)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def _fill(self, row: int, item: DashboardItem) -> None:
        for column, text in enumerate((item.number, item.title, due_text(item.due))):
            cell = QTableWidgetItem(text)
            cell.setToolTip(item.title)
            if item.overdue:
                cell.setForeground(OVERDUE)
            if column == 2:
                cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, cell)
