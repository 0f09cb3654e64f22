"""The satisfaction survey form (满意度调查): asked during a callback or after a delivery, or on its own.

``open_survey_dialog(app, parent, client_id, source_kind, source_id)`` is what the visit, complaint, return
and delivery screens call: it loads the questionnaire — or the survey already taken for that visit, callback
or delivery, to correct it — on the worker, then opens the form. One combo box a question: a score 5 … 1 or
one of the choices; unanswered questions are allowed, an empty survey is not.
"""
from __future__ import annotations

import dataclasses
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel

from crdesk.db.models.surveys import SOURCE_LABELS
from crdesk.services.surveys import AnswerData, SurveyData
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_survey_dialog import Ui_SurveyDialog
from crdesk.ui.widgets.field_errors import FieldErrors

SCORES = ((5, "5 非常满意"), (4, "4 满意"), (3, "3 一般"), (2, "2 不满意"), (1, "1 非常不满意"))


class SurveyDialog(RecordDialog):
    def __init__(self, app, data: SurveyData, parent=None, client_label: str = ""):
        super().__init__(app, parent)
        self.ui = Ui_SurveyDialog()
        self.ui.setupUi(self)
        self.setObjectName("survey_dialog")
        self.ui.client_picker.attach(app.worker)
        self.combos: list[QComboBox] = []
        self._client_label = client_label
        self._build_questions(data)
        fields = {"client": self.ui.client_picker, "source": self.ui.source_value, "note": self.ui.note_edit,
                  "answers": self.combos[0] if self.combos else self.ui.questions_box}
        fields.update({f"answers.{i}": combo for i, combo in enumerate(self.combos)})
        self.errors = FieldErrors(self.ui.error_label, fields, {
            "client": self.tr("客户"), "source": self.tr("调查场合"), "note": self.tr("客户意见及建议"),
            "answers": self.tr("问卷"), **{f"answers.{i}": q.text for i, q in enumerate(data.questions)}})
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.load(data)
        self.watch_changes()
        self.ui.client_picker.client_changed.connect(self.mark_dirty)
        (self.combos[0] if self.combos and data.client_id else self.ui.client_picker).setFocus()
        self.resize(700, 520)

    def _build_questions(self, data: SurveyData) -> None:
        for index, question in enumerate(data.questions):
            combo = QComboBox(self)
            combo.setObjectName(f"answer_combo_{index}")
            combo.addItem(self.tr("（未回答）"), None)
            for value, text in (SCORES if question.kind == "score" else ((c, c) for c in question.choices)):
                combo.addItem(self.tr(text) if question.kind == "score" else text, value)
            label = QLabel(f"{index + 1}. {question.text}", self)
            label.setTextFormat(Qt.TextFormat.PlainText)
            combo.setMinimumContentsLength(10)
            label.setBuddy(combo)
            self.ui.questions_layout.addRow(label, combo)
            self.combos.append(combo)

    # --- form <-> data
    def load(self, data: SurveyData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("满意度调查 {number}").format(number=data.number) if data.number
                            else self.tr("满意度调查"))
        ui.number_value.setText(data.number or self.tr("（保存后自动编号）"))
        ui.client_picker.set_client(data.client_id, data.client_name or self._client_label)
        ui.client_picker.setEnabled(data.source_kind == "none" and data.id is None)
        source = self.tr(SOURCE_LABELS.get(data.source_kind, data.source_kind))
        ui.source_value.setText(f"{source} {data.source_number}".strip())
        ui.staff_value.setText(data.staff_name or self.app.actor.display_name)
        given = {a.question_key: a for a in data.answers}
        for question, combo in zip(data.questions, self.combos):
            answer = given.get(question.key)
            value = None if answer is None else (answer.score if question.kind == "score" else answer.choice or None)
            combo.setCurrentIndex(max(0, combo.findData(value)) if value is not None else 0)
        ui.note_edit.setPlainText(data.note)

    def collect(self) -> SurveyData:
        answers = []
        for question, combo in zip(self._data.questions, self.combos):
            value = combo.currentData()
            if question.kind == "score":
                answers.append(AnswerData(question.key, value))
            else:
                answers.append(AnswerData(question.key, None, value or ""))
        return dataclasses.replace(self._data, client_id=self.ui.client_picker.client_id(), answers=answers,
                                   note=self.ui.note_edit.toPlainText())

    def save(self, services, data: SurveyData) -> SurveyData:
        return services.surveys.save(data)

    def reload(self, services, data: SurveyData) -> SurveyData:
        return services.surveys.get(data.id)


def load_survey(services, client_id: int | None, source_kind: str = "none",
                source_id: int | None = None) -> SurveyData:
    """On the worker: the form's data for this contact (a blank survey without a client)."""
    if client_id is not None:
        return services.surveys.new_for(client_id, source_kind, source_id)
    questions = services.surveys.questions()
    return SurveyData(None, answers=[AnswerData(q.key) for q in questions], questions=questions)


def open_survey_dialog(app, parent, client_id: int | None = None, source_kind: str = "none",
                       source_id: int | None = None,
                       on_saved: Callable[[SurveyData], None] | None = None) -> None:
    """Load the questionnaire (or the survey already taken for the source) on the worker, then open the form."""
    def show(data: SurveyData) -> None:
        dialog = SurveyDialog(app, data, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_saved is not None:
            dialog.finished.connect(lambda _r: on_saved(dialog.result_data) if dialog.result_data else None)
        dialog.open()

    app.worker.submit(lambda services: load_survey(services, client_id, source_kind, source_id), show,
                      lambda error: show_error(parent, error), owner=parent)
