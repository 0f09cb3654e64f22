"""The board page of the deliveries tab: day or week, runs per vehicle, assign by drag or by the button,
reorder, dispatch, complete, and print a run's pack or a whole day's (with progress and cancel)."""
from __future__ import annotations

import datetime as dt
import threading

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox

from crdesk.messages import text
from crdesk.services import permissions as P
from crdesk.services.delivery_rules import SchedulingRefused
from crdesk.services.schedule import week_start
from crdesk.services.slips import Cancelled
from crdesk.ui.errors import message_of, show_error
from crdesk.ui.widgets.schedule_board import ScheduleBoard


class PrintProgress(QObject):
    """Carries ``progress(done, total)`` from the DB worker to the GUI thread; ``cancel`` is polled there."""

    changed = Signal(int, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cancel = threading.Event()


class BoardPage(QObject):
    def __init__(self, tab):
        super().__init__(tab)
        self.tab, self.ui, self.app = tab, tab.ui, tab.app
        ui = self.ui
        self.board = ScheduleBoard(ui.board_host)
        ui.board_host_layout.addWidget(self.board)
        ui.view_combo.addItem(self.tr("日视图"), 1)
        ui.view_combo.addItem(self.tr("周视图"), 7)
        ui.board_date.setDate(QDate.currentDate())
        self.progress = PrintProgress(self)
        self.progress.changed.connect(self._show_progress)
        ui.print_progress.hide()
        ui.cancel_print_button.hide()
        self._connect()
        self._enable(None)
        editable = self.app.can(P.DELIVERIES_EDIT)
        for button in (ui.new_run_button, ui.edit_run_button, ui.assign_button, ui.unassign_button,
                       ui.auto_order_button, ui.dispatch_button, ui.complete_button, ui.print_run_button,
                       ui.print_day_button):
            button.setVisible(editable)

    def _connect(self) -> None:
        ui, board = self.ui, self.board
        ui.prev_button.clicked.connect(lambda: self._step(-1))
        ui.next_button.clicked.connect(lambda: self._step(1))
        ui.today_button.clicked.connect(lambda: ui.board_date.setDate(QDate.currentDate()))
        ui.board_date.dateChanged.connect(lambda _d: self.refresh())
        ui.view_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        board.run_selected.connect(self._enable)
        board.assign_requested.connect(lambda run_id, ids: self.assign(run_id, ids))
        board.unassign_requested.connect(self.unassign)
        board.reorder_requested.connect(self.reorder)
        ui.assign_button.clicked.connect(self.assign_selected)
        ui.unassign_button.clicked.connect(self._unassign_selected)
        ui.auto_order_button.clicked.connect(lambda: self._on_run(lambda s, r: s.runs.auto_order(r.id, r.version),
                                                                  self.tr("已按区域和地址排序")))
        ui.dispatch_button.clicked.connect(self.dispatch)
        ui.complete_button.clicked.connect(lambda: self._on_run(lambda s, r: s.runs.complete(r.id, r.version),
                                                                self.tr("车次已完成")))
        ui.new_run_button.clicked.connect(lambda: self.open_run(None))
        ui.edit_run_button.clicked.connect(lambda: self.open_run(self.board.selected))
        ui.print_run_button.clicked.connect(self.print_run)
        ui.print_day_button.clicked.connect(self.print_day)
        ui.cancel_print_button.clicked.connect(self.progress.cancel.set)

    def day(self) -> dt.date:
        return self.ui.board_date.date().toPython()

    def _step(self, direction: int) -> None:
        self.ui.board_date.setDate(self.ui.board_date.date().addDays(direction * self.ui.view_combo.currentData()))

    def refresh(self) -> None:
        days = self.ui.view_combo.currentData() or 1
        first = self.day() if days == 1 else week_start(self.day())
        self.app.worker.submit(lambda s: s.schedule.board(first, days), self.board.show_board,
                               lambda e: show_error(self.tab, e), owner=self.tab)

    def _enable(self, run) -> None:
        planned = run is not None and run.status == "planned"
        ui = self.ui
        for button in (ui.edit_run_button, ui.assign_button, ui.unassign_button, ui.auto_order_button,
                       ui.dispatch_button):
            button.setEnabled(planned)
        ui.complete_button.setEnabled(run is not None and run.status == "dispatched")
        ui.print_run_button.setEnabled(run is not None)

    # --- actions on runs (each reloads the board when done)
    def _submit(self, fn, message: str, retry_with_override=None) -> None:
        def failed(error):
            if isinstance(error, SchedulingRefused) and retry_with_override is not None:
                self._refused(error, retry_with_override, message)
            else:
                show_error(self.tab, error)
            self.refresh()

        self.app.worker.submit(fn, lambda _r: self._done(message), failed, owner=self.tab)

    def _done(self, message: str) -> None:
        self.tab.status_message(message)
        self.ui.board_status.setText(message)
        self.refresh()

    def _refused(self, error: SchedulingRefused, retry, message: str) -> None:
        """Show why; a manager may give a reason and go ahead anyway (the reason is audited)."""
        text = message_of(error)
        if not self.app.can(P.DISPATCH_OVERRIDE):
            QMessageBox.warning(self.tab, self.tr("排车检查"), text)
            return
        reason, ok = QInputDialog.getText(self.tab, self.tr("排车检查"), text + "\n\n" + self.tr(
            "如仍要执行，请填写原因（将记入审计记录）："), QLineEdit.EchoMode.Normal)
        if ok and reason.strip():
            self._submit(lambda s: retry(s, reason), message)

    def _on_run(self, fn, message: str, overridable: bool = False) -> None:
        run = self.board.selected
        if run is None:
            return
        retry = (lambda s, reason: fn(s, run, reason)) if overridable else None
        self._submit((lambda s: fn(s, run, "")) if overridable else (lambda s: fn(s, run)), message, retry)

    def assign(self, run_id: int, order_ids: list[int]) -> None:
        run = self.board.run_card(run_id)
        if run is None or not order_ids:
            return
        self._submit(lambda s: s.runs.assign(run.id, run.version, order_ids),
                     self.tr("已排入车次 {number}").format(number=run.number),
                     lambda s, reason: s.runs.assign(run.id, run.version, order_ids, reason))

    def assign_selected(self) -> None:
        if self.board.selected is not None:
            self.assign(self.board.selected.id, self.board.unassigned.selected_ids())

    def unassign(self, run_id: int, order_ids: list[int]) -> None:
        run = self.board.run_card(run_id)
        if run is not None:
            self._submit(lambda s: s.runs.unassign(run.id, run.version, order_ids), self.tr("已移出车次"))

    def _unassign_selected(self) -> None:
        run = self.board.selected
        if run is not None:
            self.unassign(run.id, self.board.lists[run.id].selected_ids())

    def reorder(self, run_id: int, order_ids: list[int]) -> None:
        run = self.board.run_card(run_id)
        if run is not None:
            self._submit(lambda s: s.runs.reorder(run.id, run.version, order_ids), self.tr("站点顺序已调整"))

    def dispatch(self) -> None:
        self._on_run(lambda s, r, reason: s.runs.dispatch(r.id, r.version, reason), self.tr("车次已发车"),
                     overridable=True)

    def open_run(self, run) -> None:
        from crdesk.ui.dialogs.delivery_run import open_run_dialog

        def saved(outcome) -> None:
            warnings = "；".join(text(p.code, p.params, lambda t: QCoreApplication.translate("messages", t))
                                for p in outcome.problems)
            self._done(self.tr("车次 {number} 已保存").format(number=outcome.run.number)
                       + (self.tr("。提醒：") + warnings if warnings else ""))

        open_run_dialog(self.app, self.tab, run.id if run else None, self.day(), on_saved=saved)

    # --- printing
    def print_run(self) -> None:
        run = self.board.selected
        if run is None:
            return
        title = self.tr("车次单据 {number}").format(number=run.number)
        self.app.worker.submit(lambda s: s.slips.print_run(run.id), lambda pdf: self.tab.show_pdf(pdf, title),
                               lambda e: show_error(self.tab, e), owner=self.tab)

    def print_day(self) -> None:
        day, progress = self.day(), self.progress
        progress.cancel.clear()
        self._printing(True)

        def render(services) -> bytes:
            return services.slips.print_day(day, progress=progress.changed.emit, cancelled=progress.cancel.is_set)

        def done(pdf: bytes) -> None:
            self._printing(False)
            self.tab.show_pdf(pdf, self.tr("{day} 全部车次单据").format(day=day.isoformat()))

        def failed(error) -> None:
            self._printing(False)
            if isinstance(error, Cancelled):
                self.tab.status_message(self.tr("已取消打印"))
            else:
                show_error(self.tab, error)

        self.app.worker.submit(render, done, failed, owner=self.tab)

    def _printing(self, busy: bool) -> None:
        self.ui.print_progress.setVisible(busy)
        self.ui.cancel_print_button.setVisible(busy)
        self.ui.print_day_button.setEnabled(not busy)
        self.ui.print_progress.setValue(0)

    def _show_progress(self, done: int, total: int) -> None:
        self.ui.print_progress.setMaximum(max(total, 1))
        self.ui.print_progress.setValue(done)
