"""The manager's decision on something waiting for approval: approve with an optional comment, or reject
with a reason (required) and an optional comment. The decision runs on the DB worker through the function
given; a stale version shows the conflict dialog, a missing reason is shown at its field."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.forms.ui_planning_decision_dialog import Ui_PlanningDecisionDialog
from crdesk.ui.widgets.field_errors import FieldErrors

# decide(services, reason, comment) -> the updated record
Decide = Callable[[Any, str, str], Any]


class DecisionDialog(RecordDialog):
    workflow_step = True

    def __init__(self, app, approve: bool, summary: str, decide: Decide, parent: QWidget | None = None):
        super().__init__(app, parent)
        self.setObjectName("plan_decision_dialog")
        self.ui = Ui_PlanningDecisionDialog()
        self.ui.setupUi(self)
        self.approve, self.decide = approve, decide
        ui = self.ui
        self.setWindowTitle(self.tr("批准") if approve else self.tr("驳回"))
        ui.summary_label.setText(summary)
        ui.reason_label.setVisible(not approve)
        ui.reason_edit.setVisible(not approve)
        ok = ui.button_box.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("批准") if approve else self.tr("驳回"))
        self.errors = FieldErrors(ui.error_label, {"reason": ui.reason_edit, "comment": ui.comment_edit},
                                  {"reason": self.tr("驳回原因"), "comment": self.tr("审批意见")})
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        (ui.comment_edit if approve else ui.reason_edit).setFocus()
        self.watch_changes()
        self.resize(460, 300)

    def collect(self) -> dict:
        return {"reason": self.ui.reason_edit.text(), "comment": self.ui.comment_edit.toPlainText()}

    def load(self, data: dict) -> None:
        self.ui.reason_edit.setText(data["reason"])
        self.ui.comment_edit.setPlainText(data["comment"])

    def save(self, services, data: dict):
        return self.decide(services, data["reason"], data["comment"])



def open_record(dialog: RecordDialog, on_done: Callable[[Any], None]) -> RecordDialog:
    """Show a planning form (window-modal); ``on_done`` gets what its save returned, once saved."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: on_done(dialog.result_data) if dialog.result_data is not None else None)
    dialog.open()
    return dialog


def open_decision(app, parent, approve: bool, summary: str, decide: Decide,
                  on_done: Callable[[Any], None]) -> RecordDialog:
    """Show the decision form; ``on_done`` gets the decided record."""
    return open_record(DecisionDialog(app, approve, summary, decide, parent), on_done)
