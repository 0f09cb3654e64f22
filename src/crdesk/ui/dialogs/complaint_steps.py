"""The forms of one workflow step, shared by complaints and returns: a generic step form (a choice, up to
two texts and a note, as the step needs) and the callback form (回访). Both save on the DB worker with the
version of the case the user saw: when someone else changed the case first, the step is refused and the form
says so (``RecordDialog.workflow_step``)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import QWidget

from crdesk.db.models.complaints import CALLBACK_OUTCOMES
from crdesk.services.casework import CallbackData
from crdesk.ui.dialogs.complaint_labels import SATISFACTION_LABELS, outcome
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.forms.ui_complaint_callback_dialog import Ui_ComplaintCallbackDialog
from crdesk.ui.forms.ui_complaint_step_dialog import Ui_ComplaintStepDialog
from crdesk.ui.widgets.field_errors import FieldErrors

# submit(services, version, values) -> the updated case
Submit = Callable[[Any, int, dict], Any]
PARTS = ("choice", "first", "second", "note")


@dataclass
class StepSpec:
    """What a step asks for. ``labels`` names the parts shown (choice / first / second / note; a part without
    a label is hidden); ``fields`` maps the service's field names to those parts for error display."""
    title: str
    labels: dict[str, str]
    fields: dict[str, str] = field(default_factory=dict)
    hint: str = ""
    choices: list[tuple[str, Any]] = field(default_factory=list)
    preset: dict[str, Any] = field(default_factory=dict)


class StepDialog(RecordDialog):
    workflow_step = True

    def __init__(self, app, spec: StepSpec, version: int, submit: Submit, parent: QWidget | None = None):
        super().__init__(app, parent)
        self.ui = Ui_ComplaintStepDialog()
        self.ui.setupUi(self)
        self.setObjectName("complaint_step_dialog")
        self.setWindowTitle(spec.title)
        self._submit, self.version = submit, version
        ui = self.ui
        ui.hint_label.setText(spec.hint)
        ui.hint_label.setVisible(bool(spec.hint))
        for text, value in spec.choices:
            ui.choice_combo.addItem(text, value)
        widgets = {"choice": ui.choice_combo, "first": ui.first_edit, "second": ui.second_edit, "note": ui.note_edit}
        labels = {"choice": ui.choice_label, "first": ui.first_label, "second": ui.second_label,
                  "note": ui.note_label}
        for part in PARTS:
            shown = part in spec.labels
            widgets[part].setVisible(shown)
            labels[part].setVisible(shown)
            if shown:
                labels[part].setText(spec.labels[part])
        self.errors = FieldErrors(ui.error_label, {name: widgets[part] for name, part in spec.fields.items()},
                                  {name: spec.labels[part].rstrip(" *") for name, part in spec.fields.items()})
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(dict(spec.preset, version=version))
        self.watch_changes()
        next(widgets[p] for p in PARTS if p in spec.labels).setFocus()
        self.resize(520, 420)

    def load(self, values: dict) -> None:
        ui = self.ui
        self.version = values["version"]
        if "choice" in values:
            ui.choice_combo.setCurrentIndex(max(0, ui.choice_combo.findData(values["choice"])))
        for part, widget in (("first", ui.first_edit), ("second", ui.second_edit), ("note", ui.note_edit)):
            if part in values:
                widget.setPlainText(values[part])

    def collect(self) -> dict:
        ui = self.ui
        return dict(choice=ui.choice_combo.currentData(), first=ui.first_edit.toPlainText(),
                    second=ui.second_edit.toPlainText(), note=ui.note_edit.toPlainText(), version=self.version)

    def save(self, services, values: dict):
        return self._submit(services, values["version"], values)


class CallbackDialog(RecordDialog):
    """回访: who called, when, the outcome and the satisfaction score are required."""

    workflow_step = True

    def __init__(self, app, case_label: str, version: int, submit: Submit, parent: QWidget | None = None):
        super().__init__(app, parent)
        self.ui = Ui_ComplaintCallbackDialog()
        self.ui.setupUi(self)
        self.setObjectName("complaint_callback_dialog")
        self._submit, self.version = submit, version
        ui = self.ui
        ui.case_label.setText(case_label)
        for code in CALLBACK_OUTCOMES:
            ui.outcome_combo.addItem(outcome(code), code)
        ui.satisfaction_combo.addItem(self.tr("请选择"), None)
        for score in SATISFACTION_LABELS:
            ui.satisfaction_combo.addItem(self.tr(SATISFACTION_LABELS[score]), score)
        self.errors = FieldErrors(ui.error_label, {
            "by": ui.by_edit, "at": ui.at_edit, "outcome": ui.outcome_combo, "satisfaction": ui.satisfaction_combo,
            "note": ui.note_edit,
        }, {"by": self.tr("回访人"), "at": self.tr("回访时间"), "outcome": self.tr("回访结果"),
            "satisfaction": self.tr("满意度"), "note": self.tr("回访记录")})
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self.load(dict(by=app.actor.display_name, at=dt.datetime.now().replace(second=0, microsecond=0),
                       outcome="satisfied", satisfaction=None, note="", version=version))
        self.watch_changes()
        app.worker.submit(lambda s: s.settings.get("callback_unsatisfied_max"), self._show_rule, owner=self)
        ui.satisfaction_combo.setFocus()
        self.resize(520, 440)

    def _show_rule(self, limit: int) -> None:
        self.ui.rule_label.setText(self.tr(
            "回访结果为“不满意”，或满意度在 {limit} 分及以下时，将退回重新处理，不能归档。").format(limit=limit))

    def load(self, values: dict) -> None:
        ui = self.ui
        self.version = values["version"]
        ui.by_edit.setText(values["by"])
        ui.at_edit.setDateTime(QDateTime(values["at"]))
        ui.outcome_combo.setCurrentIndex(max(0, ui.outcome_combo.findData(values["outcome"])))
        score = values["satisfaction"]
        ui.satisfaction_combo.setCurrentIndex(ui.satisfaction_combo.findData(score) if score else 0)
        ui.note_edit.setPlainText(values["note"])

    def collect(self) -> dict:
        ui = self.ui
        return dict(by=ui.by_edit.text(), at=ui.at_edit.dateTime().toPython().replace(second=0, microsecond=0),
                    outcome=ui.outcome_combo.currentData(), satisfaction=ui.satisfaction_combo.currentData(),
                    note=ui.note_edit.toPlainText(), version=self.version)

    def save(self, services, values: dict):
        data = CallbackData(values["outcome"], values["satisfaction"], values["by"], values["at"], values["note"])
        return self._submit(services, values["version"], data)


def open_step(dialog: RecordDialog, on_done: Callable[[Any], None]) -> RecordDialog:
    """Show a step form; ``on_done`` gets the updated case after a successful save."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.finished.connect(lambda _result: on_done(dialog.result_data) if dialog.result_data else None)
    dialog.open()
    return dialog
