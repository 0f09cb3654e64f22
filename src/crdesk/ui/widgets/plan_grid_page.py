"""What the production-plan and purchase-plan pages share: the paged plan list with a status filter, the
plan header (status and who prepared, checked and approved it), the workflow buttons each role may use in
each state (save, submit, withdraw, revise; approve and reject for the manager), printing, and showing
service errors at the grid cell or field they concern. A save refused because someone saved the plan first goes
through the conflict flow every record form uses (reload, re-apply mine, overwrite); a workflow step refused
that way (submit, withdraw, recalculate) reloads the plan and says so: there is nothing of mine to keep."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from crdesk.services import permissions as P
from crdesk.services.errors import ConflictError, ValidationError
from crdesk.services.plan_workflow import STATUS_LABELS, PlanHeader
from crdesk.ui.dialogs.conflict_flow import resolve_conflict, saving_over
from crdesk.ui.dialogs.plan_decision import open_decision
from crdesk.ui.errors import message_of, show_error
from crdesk.ui.models.paged import Column, PagedTableModel
from crdesk.ui.widgets.field_errors import FieldErrors
from crdesk.ui.widgets.plan_grid import _tr

STATUS_FILTERS = ("", "draft", "submitted", "approved", "rejected", "superseded")


def status_label(status: str) -> str:
    return _tr(STATUS_LABELS.get(status, status))


def _step(label: str, name: str, at) -> str:
    if name and at:
        return _tr("{step}：{name} {at:%Y-%m-%d}").format(step=label, name=name, at=at)
    return _tr("{step}：—").format(step=label)


class PlanPage(QWidget):
    """Subclasses set ``kind`` / ``document`` / ``noun`` and implement ``service``, ``load_grid``, ``collect``
    (the plan on screen as data) and ``save`` (services, data) -> the saved plan."""

    kind = ""  # the approval source kind, e.g. "production_plan"
    document = ""  # the printing.DOCUMENTS name
    noun = ""
    shown = Signal(object)  # the plan now on screen

    def __init__(self, app, ui, grid_class, parent: QWidget | None = None):
        super().__init__(parent)
        self.app, self.ui = app, ui
        ui.setupUi(self)
        self.grid = grid_class(ui.grid)
        self.current: Any = None
        self.loaded: Any = None  # the plan as loaded: what "re-apply my changes" compares with
        self.dirty = False
        self._wanted_id: int | None = None
        self.errors = FieldErrors(ui.error_label, {"note": ui.note_edit, "lines": ui.grid, "month": ui.title_label},
                                  {"note": _tr("备注"), "lines": _tr("明细"), "month": _tr("月份"),
                                   "production_plan": _tr("生产计划"), "reason": _tr("原因")})
        for status in STATUS_FILTERS:
            ui.status_filter.addItem(status_label(status) if status else _tr("全部"), status)
        self.model = PagedTableModel(app.worker, self._columns(), self._fetch(""), "month", parent=self)
        ui.plan_list.setModel(self.model)
        ui.plan_list.verticalHeader().hide()
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 3)
        self._connect()
        self.show_plan(None)

    def _columns(self) -> list[Column]:
        return [Column(_tr("编号"), lambda h: h.display_number, None, 12),
                Column(_tr("月份"), lambda h: f"{h.month:%Y-%m}", None, 7),
                Column(_tr("状态"), lambda h: status_label(h.status), None, 6),
                Column(_tr("制表"), lambda h: h.prepared.name, None, 6)]

    def _fetch(self, status: str):
        return lambda s, _key, _desc, after, limit: self.service(s).page(status, after, limit)

    def _connect(self) -> None:
        ui = self.ui
        ui.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.plan_list.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.page_loaded.connect(self._select_wanted)
        self.model.failed.connect(lambda error: show_error(self, error))
        ui.note_edit.textEdited.connect(self.mark_dirty)
        self.grid.changed.connect(self.mark_dirty)
        ui.save_button.clicked.connect(self.save_current)
        ui.submit_button.clicked.connect(lambda: self.act(lambda s, p: self.service(s).submit(p.id, p.version),
                                                          _tr("已提交审批，等待部门经理批准")))
        ui.withdraw_button.clicked.connect(lambda: self.act(lambda s, p: self.service(s).withdraw(p.id, p.version),
                                                            _tr("已撤回为草稿")))
        ui.revise_button.clicked.connect(lambda: self.act(lambda s, p: self.service(s).revise(p.id),
                                                          _tr("已创建修订版（草稿），原版本保留")))
        ui.approve_button.clicked.connect(lambda: self.decide(True))
        ui.reject_button.clicked.connect(lambda: self.decide(False))
        ui.print_button.clicked.connect(self.print_current)

    # Subclasses provide service(services) (their plan service), load_grid(plan, editable), collect(), save().

    # --- list
    def refresh(self) -> None:
        self.model.set_fetch(self._fetch(self.ui.status_filter.currentData() or ""))

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            header: PlanHeader = self.model.row_at(current.row())
            if self.current is None or self.current.id != header.id:
                self.open_plan(header.id)

    def _select_wanted(self, _count: int) -> None:
        """Keep the plan on screen selected in the list; at first, open the newest plan."""
        if self._wanted_id is not None:
            row = self.model.find_row(lambda h: h.id == self._wanted_id)
            if row >= 0:
                self.ui.plan_list.selectRow(row)
        elif self.current is None and self.model.rowCount():
            self.ui.plan_list.selectRow(0)

    def open_plan(self, plan_id: int) -> None:
        if self.dirty and not self._discard_ok():
            return
        self._wanted_id = plan_id
        self.app.worker.submit(lambda s: self.service(s).get(plan_id), self.show_plan,
                               lambda e: show_error(self, e), owner=self)

    # --- the plan on screen
    def show_plan(self, plan) -> None:
        self.current, self.loaded, self.dirty = plan, plan, False
        self.errors.clear()
        self.grid.clear_marks()
        header = getattr(plan, "header", None)
        status = header.status if header else "draft"
        editable = plan is not None and status == "draft" and self.app.can(P.PLANS_EDIT)
        self.ui.title_label.setText(self.title_of(plan))
        self.ui.info_label.setText(self.info_of(header))
        self.ui.note_edit.setText(plan.note if plan else "")
        self.ui.note_edit.setReadOnly(not editable)
        if plan is not None:
            self.load_grid(plan, editable)
        else:
            self.ui.grid.setRowCount(0)
        self.update_buttons(plan, editable)
        self.shown.emit(plan)

    def title_of(self, plan) -> str:
        if plan is None:
            return _tr("请选择左侧的计划")
        number = plan.header.display_number if plan.header else _tr("（新计划，尚未保存）")
        return _tr("{noun} {number}　{month:%Y年%m月}").format(noun=self.noun, number=number, month=plan.month)

    def info_of(self, header: PlanHeader | None) -> str:
        if header is None:
            return ""
        steps = "　".join([_step(_tr("制表"), header.prepared.name, header.prepared.at),
                          _step(_tr("审核"), header.submitted.name, header.submitted.at),
                          _step(_tr("批准") if header.status != "rejected" else _tr("驳回"),
                                header.decided.name, header.decided.at)])
        lines = [_tr("状态：{status}").format(status=status_label(header.status)), steps]
        if header.rejection_reason and header.status == "rejected":
            lines.append(_tr("驳回原因：{reason}").format(reason=header.rejection_reason))
        if header.decision_comment:
            lines.append(_tr("审批意见：{comment}").format(comment=header.decision_comment))
        return "\n".join(lines)

    def update_buttons(self, plan, editable: bool) -> None:
        ui, header = self.ui, getattr(plan, "header", None)
        status = header.status if header else ""
        can_edit, can_approve = self.app.can(P.PLANS_EDIT), self.app.can(P.PLANS_APPROVE)
        ui.save_button.setVisible(editable)
        ui.submit_button.setVisible(can_edit and status == "draft")
        ui.withdraw_button.setVisible(can_edit and status == "submitted")
        ui.revise_button.setVisible(can_edit and status in ("approved", "rejected"))
        ui.approve_button.setVisible(can_approve and status == "submitted")
        ui.reject_button.setVisible(can_approve and status == "submitted")
        ui.print_button.setVisible(header is not None)

    def mark_dirty(self, *_args) -> None:
        self.dirty = True

    def _discard_ok(self) -> bool:
        answer = QMessageBox.question(self, _tr("放弃修改？"), _tr("当前计划有尚未保存的修改。确定要放弃吗？"),
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    # --- saving, and the conflict flow's editor side (dialogs/conflict_flow.py)
    def save_current(self) -> None:
        if self.current is None:
            return
        try:
            data = self.collect()
        except ValidationError as error:  # a cell that is not a number or a date
            self.failed(error)
            return
        self._submit_save(lambda services: self.save(services, data), data)

    def _submit_save(self, job: Callable[[Any], Any], data: Any) -> None:
        self.app.worker.submit(job, lambda saved: self.done(saved, _tr("已保存")),
                               lambda error: self._save_failed(error, data), owner=self)

    def _save_failed(self, error: BaseException, data: Any) -> None:
        if isinstance(error, ConflictError):
            resolve_conflict(self, error, data, self.loaded)
        else:
            self.failed(error)

    def field_names(self) -> dict[str, str]:
        return self.errors.names

    def reload(self, services, data) -> Any:
        return self.service(services).get(data.id)

    def show_theirs(self, theirs: Any, text: str) -> None:
        self.show_plan(theirs)
        self.refresh()
        self.errors.message(text)

    def show_merged(self, merged: Any, theirs: Any, text: str) -> None:
        self.show_plan(merged)
        self.loaded, self.dirty = theirs, True
        self.errors.message(text)

    def save_over(self, data: Any, info) -> None:
        self._submit_save(saving_over(info, lambda services: self.save(services, data)), data)

    # --- actions
    def act(self, fn: Callable[[Any, Any], Any], done_message: str) -> None:
        """Run ``fn(services, plan)`` on the worker, then show the plan it returns."""
        plan = self.current
        if plan is None or getattr(plan, "id", None) is None:
            return
        if self.dirty and not self._discard_ok():
            return
        self.app.worker.submit(lambda s: fn(s, plan), lambda result: self.done(result, done_message), self.failed,
                               owner=self)

    def done(self, plan, message: str) -> None:
        self._wanted_id = plan.id
        self.show_plan(plan)
        self.refresh()
        self.status_message(message)

    def failed(self, error: BaseException) -> None:
        self.ui.error_label.setStyleSheet("color: #b52b27;")
        if isinstance(error, ValidationError):
            self.errors.show(error)
            self.grid.mark(error)
        elif isinstance(error, ConflictError):
            self._reload_after_conflict(error)
        else:
            show_error(self, error)

    def _reload_after_conflict(self, error: ConflictError) -> None:
        """A workflow step met someone else's save: show the plan as it is now, and say why."""
        text = _tr("{message}。已载入最新版本，请核对后重新操作。").format(message=message_of(error))
        self.app.worker.submit(lambda s: self.service(s).get(error.info.record_id),
                               lambda plan: self.show_theirs(plan, text), lambda e: show_error(self, e), owner=self)

    def decide(self, approve: bool) -> None:
        plan = self.current
        if plan is None or plan.header is None:
            return
        summary = _tr("{noun} {number}（{month:%Y年%m月}）").format(noun=self.noun, number=plan.header.display_number,
                                                               month=plan.month)
        if approve:
            decide = lambda s, _reason, comment: self.service(s).approve(plan.id, plan.version, comment)  # noqa: E731
        else:
            decide = lambda s, reason, comment: self.service(s).reject(plan.id, plan.version, reason, comment)  # noqa: E731
        self.opened_dialog = open_decision(self.app, self, approve, summary, decide, lambda result: self.done(
            result, _tr("已批准") if approve else _tr("已驳回")))

    def print_current(self) -> None:
        plan = self.current
        if plan is not None and plan.header is not None:
            from crdesk.ui.printing import preview_document

            preview_document(self, self.app, self.document, plan.header.display_number,
                             f"{self.noun} {plan.header.display_number}")

    def status_message(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 8000)
        self.ui.error_label.setStyleSheet("color: #1d6b35;")
        self.ui.error_label.setText(text)
        self.ui.error_label.show()
