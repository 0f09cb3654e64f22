"""The save flow every record form shares.

A subclass builds ``self.ui`` and ``self.errors`` (FieldErrors), and implements ``collect()`` (form → data),
``load(data)`` (data → form), ``save(services, data)`` (runs on the DB worker) and ``reload(services, data)``.
This base saves off the GUI thread, shows validation at the field, handles conflicts (reload, re-apply my
changes on top of theirs, keep editing, or — with CONFLICT_OVERWRITE — an audited overwrite), offers retry
on a lost connection, and asks before unsaved changes are dropped.

A workflow step (``workflow_step = True``: approve or reject, a complaint step or call-back, a receipt, a proof
of delivery) acts on the record as the user saw it when the form opened. When someone else changed the record
first, the step is not re-applied or forced onto a version the user has not seen: the form says so, keeps what
was typed, and the step is taken again from the list, on the record as it is now. Such a form needs no
``reload``.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QWidget, QLineEdit, QPlainTextEdit, \
    QComboBox, QAbstractSpinBox, QCheckBox, QDateTimeEdit, QTableWidget

from crdesk.services.errors import ConflictError, ConflictInfo, ConnectionLost, ValidationError
from crdesk.ui.context import AppContext
from crdesk.ui.dialogs.conflict_flow import resolve_conflict, saving_over
from crdesk.ui.errors import ask_retry, message_of


class RecordDialog(QDialog):
    workflow_step = False

    def __init__(self, app: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.app = app
        self.result_data: Any = None
        self._dirty = False
        self._saving = False
        self._base: Any = None  # the form's data as loaded: what "re-apply my changes" compares with

    def field_names(self) -> dict[str, str]:
        return self.errors.names

    # --- dirty tracking
    def watch_changes(self) -> None:
        """Mark the form dirty on any edit (call after ``load``)."""
        for widget in self.findChildren(QWidget):
            signal = _change_signal(widget)
            if signal is not None:
                signal.connect(self.mark_dirty)
        self._dirty = False
        self._base = self._snapshot()

    def _snapshot(self) -> Any:
        try:
            return self.collect()
        except ValidationError:
            return None

    def mark_dirty(self, *_args) -> None:
        self._dirty = True

    def is_dirty(self) -> bool:
        return self._dirty

    # --- save flow
    def accept(self) -> None:
        if self._saving:
            return
        try:
            data = self.collect()
        except ValidationError as error:
            self.errors.show(error)
            return
        self._set_saving(True)
        self.app.worker.submit(lambda services: self.save(services, data), self._saved,
                               lambda error: self._failed(error, data), owner=self)

    def _set_saving(self, saving: bool) -> None:
        self._saving = saving
        for button in self.findChildren(QWidget, "button_box"):
            button.setEnabled(not saving)

    def _saved(self, result: Any) -> None:
        self._set_saving(False)
        self.result_data = result
        self._dirty = False
        self.errors.clear()
        super().accept()

    def _failed(self, error: BaseException, data: Any) -> None:
        self._set_saving(False)
        if isinstance(error, ValidationError):
            self.errors.show(error)
        elif isinstance(error, ConflictError) and self.workflow_step:
            self._outdated(error)
        elif isinstance(error, ConflictError):
            resolve_conflict(self, error, data, self._base)
        elif isinstance(error, ConnectionLost):
            self.errors.message(message_of(error))
            if ask_retry(self, error):
                self.accept()
        else:
            self.errors.message(message_of(error))

    def _outdated(self, error: ConflictError) -> None:
        """A workflow step met someone else's save: say so; only closing is left (what was typed stays)."""
        self.errors.message(self.tr("{message}。此操作针对打开本窗口时的版本：请关闭本窗口，在列表中核对最新内容后"
                                    "重新操作（您填写的内容仍在此处，可复制）。").format(message=message_of(error)))
        for box in self.findChildren(QDialogButtonBox, "button_box"):
            ok = box.button(QDialogButtonBox.StandardButton.Ok)
            if ok is not None:
                ok.setEnabled(False)

    # --- the conflict flow's editor side (dialogs/conflict_flow.py)
    def show_theirs(self, theirs: Any, text: str) -> None:
        self.load(theirs)
        self._dirty = False
        self._base = self._snapshot()
        self.errors.message(text)

    def show_merged(self, merged: Any, theirs: Any, text: str) -> None:
        self.load(merged)
        self._base, self._dirty = theirs, True
        self.errors.message(text)

    def save_over(self, data: Any, info: ConflictInfo) -> None:
        """Save mine over the version the conflict dialog showed; the service checks the permission and
        audits the overwrite."""
        self._set_saving(True)
        self.app.worker.submit(saving_over(info, lambda services: self.save(services, data)), self._saved,
                               lambda error: self._failed(error, data), owner=self)

    def reject(self) -> None:
        if self._dirty and not self._confirm_discard():
            return
        super().reject()

    def closeEvent(self, event) -> None:
        # Only a close by the user (window button, Alt+F4) asks; a programmatic close does not.
        if (self._dirty and event.spontaneous() and self.result_data is None
                and not self._confirm_discard()):
            event.ignore()
            return
        self._dirty = False
        super().closeEvent(event)

    def _confirm_discard(self) -> bool:
        answer = QMessageBox.question(
            self, self.tr("放弃修改？"), self.tr("表单中有尚未保存的修改。确定要放弃这些修改吗？"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Discard:
            self._dirty = False
            return True
        return False


def _change_signal(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.activated
    if isinstance(widget, (QDateTimeEdit, QAbstractSpinBox)) and hasattr(widget, "editingFinished"):
        return widget.editingFinished
    if isinstance(widget, QCheckBox):
        return widget.toggled
    if isinstance(widget, QTableWidget):
        return widget.itemChanged
    return None
