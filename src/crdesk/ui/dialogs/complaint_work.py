"""Pieces of the complaints tab that live beside the list: the user's "my work" list (complaints to handle,
callbacks due, returns to decide) and the banner that keeps unacknowledged major incidents in front of the
manager, plus the overdue count in the main window's status bar."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QMainWindow

from crdesk.services import permissions as P
from crdesk.services.paging import Page
from crdesk.ui.models.paged import Column, PagedTableModel

REFRESH_MS = 60_000
OVERDUE_BACKGROUND, OVERDUE_FOREGROUND = "#fdecea", "#a61d24"
ACTION_LABELS = {"handle": "处理", "callback": "回访", "assign": "待分派", "approve": "审批", "receive": "收货",
                 "complete": "完成处理"}
KIND_LABELS = {"complaint": "投诉", "return": "退换货"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("complaints", text)


def overdue_style(row, role):
    """Rows whose deadline has passed: red text on a light red background."""
    if not getattr(row, "overdue", False):
        return None
    if role == Qt.ItemDataRole.ForegroundRole:
        return QColor(OVERDUE_FOREGROUND)
    if role == Qt.ItemDataRole.BackgroundRole:
        return QColor(OVERDUE_BACKGROUND)
    return None


def _my_work(services) -> list:
    items = services.complaints.my_work() + services.returns.my_work()
    return sorted(items, key=lambda w: (w.due_at is None, w.due_at or 0, w.number))


def work_model(worker, parent) -> PagedTableModel:
    columns = [
        Column(_tr("类型"), lambda w: _tr(KIND_LABELS.get(w.kind, w.kind)), None, 5),
        Column(_tr("编号"), lambda w: w.number, None, 10),
        Column(_tr("待办"), lambda w: _tr(ACTION_LABELS.get(w.action, w.action)), None, 5),
        Column(_tr("期限"), lambda w: w.due_at, None, 9),
        Column(_tr("内容"), lambda w: w.title, None, 30),
    ]
    return PagedTableModel(worker, columns, lambda s, *_args: Page(_my_work(s), None), "",
                           row_style=overdue_style, parent=parent)


class Watch(QObject):
    """Keeps the incident banner and the overdue counts current (on open, on refresh, every minute)."""

    def __init__(self, tab):
        super().__init__(tab)
        self.tab, self.incidents = tab, []
        ui = tab.ui
        ui.incident_frame.setStyleSheet("#incident_frame { background: #fdecea; border: 1px solid #d9534f; }")
        ui.incident_label.setStyleSheet(f"color: {OVERDUE_FOREGROUND}; font-weight: bold;")
        ui.incident_frame.hide()
        self.status_label = QLabel()
        self.status_label.setObjectName("overdue_status_label")
        window = tab.parent()
        if isinstance(window, QMainWindow):
            window.statusBar().addPermanentWidget(self.status_label)
        self.timer = QTimer(self, interval=REFRESH_MS, timeout=self.refresh)
        self.timer.start()

    def refresh(self) -> None:
        can_ack = self.tab.app.can(P.INCIDENTS_ACK)

        def load(services):
            pending = services.incidents.unacknowledged(limit=20) if can_ack else []
            return services.complaints.overdue_count(), pending

        self.tab.app.worker.submit(load, self._show, lambda _error: None, owner=self.tab)

    def _show(self, result) -> None:
        overdue, self.incidents = result
        text = _tr("超期投诉：{count}").format(count=overdue)
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {OVERDUE_FOREGROUND}; font-weight: bold;" if overdue else "")
        self.tab.ui.overdue_label.setText(text)
        ui = self.tab.ui
        ui.incident_frame.setVisible(bool(self.incidents))
        if self.incidents:
            first = self.incidents[0]
            ui.incident_label.setText(_tr("有 {count} 起重大事件待确认。{number}：{summary}（{at}）").format(
                count=len(self.incidents), number=first.number, summary=first.summary,
                at=f"{first.raised_at:%Y-%m-%d %H:%M}"))
