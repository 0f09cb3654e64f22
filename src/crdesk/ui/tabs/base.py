"""What every tab shares: the main window's actions (new, find, print, refresh, export) land here, and the
table layouts are remembered per user."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QTableView, QWidget

from crdesk.ui.context import AppContext
from crdesk.ui.errors import show_error


def restore_table_layout(view: QTableView, prefs, key: str) -> None:
    """Columns as the user last left them under ``key``; until then, widths from the model's columns."""
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.verticalHeader().hide()
    state = prefs.state(f"table/{key}")
    if state is None or not header.restoreState(state):
        char = view.fontMetrics().horizontalAdvance("中")
        for column, width in enumerate(view.model().column_widths()):
            view.setColumnWidth(column, width * char)


class AreaTab(QWidget):
    """Subclasses set ``self.ui`` and override the actions they support."""

    supported_actions: frozenset[str] = frozenset({"refresh"})
    # The tables this tab shows (snake_case table names, as in the audit log); None = reload on any change.
    watched_tables: frozenset[str] | None = None

    def __init__(self, app: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.app = app
        self._stale = False

    def new_record(self) -> None: ...
    def find(self) -> None: ...
    def print_current(self) -> None: ...
    def export(self) -> None: ...
    def refresh(self) -> None: ...
    def save_state(self) -> None: ...

    def data_changed(self, tables: set[str]) -> None:
        """Other workstations changed ``tables`` (live refresh; ``"*"`` = anything). A visible tab reloads what
        it shows, keeping selection and scroll position; a hidden one reloads when it is shown again.
        Tabs with more than paged lists (a board, a dashboard) override this."""
        from crdesk.ui.live_refresh import concerns, refresh_keeping_views

        if not concerns(self.watched_tables, tables):
            return
        if self.isVisible():
            refresh_keeping_views(self)
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            from crdesk.ui.live_refresh import refresh_keeping_views

            self._stale = False
            refresh_keeping_views(self)

    def sample_dialogs(self) -> list[tuple[str, QWidget]]:
        """Dialogs of this tab filled with real data, for `crdesk screenshot` (may use worker.run_sync)."""
        return []

    def status_message(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)

    # --- remembered layout
    def restore_table(self, view: QTableView, key: str) -> None:
        restore_table_layout(view, self.app.prefs, key)

    def save_table(self, view: QTableView, key: str) -> None:
        self.app.prefs.save_state(f"table/{key}", view.horizontalHeader().saveState())

    # --- exports run on the worker
    def export_to_file(self, title: str, build: Callable) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出"), f"{title}.xlsx",
                                              self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        if not path:
            return
        from crdesk.services import exports

        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        self.status_message(self.tr("正在导出…"))
        self.app.worker.submit(lambda services: exports.write(build(services), target, title),
                               lambda count: self.status_message(
                                   self.tr("已导出 {count} 行到 {path}").format(count=count, path=target)),
                               lambda error: show_error(self, error), owner=self)

    def confirm(self, title: str, question: str) -> bool:
        answer = QMessageBox.question(self, title, question, QMessageBox.StandardButton.Yes
                                      | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes
