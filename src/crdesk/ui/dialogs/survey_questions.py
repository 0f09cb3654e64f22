"""The questionnaire editor (问卷设置): the manager's list of survey questions, saved in the business
settings. A row a question: text, kind (评分 / 单选), category, choices separated by 、."""
from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QTableWidgetItem

from crdesk.services.errors import ValidationError
from crdesk.services.survey_questions import Question
from crdesk.ui.errors import message_of
from crdesk.ui.forms.ui_survey_questions_dialog import Ui_SurveyQuestionsDialog
from crdesk.ui.widgets.field_errors import FieldErrors
from crdesk.ui.widgets.line_columns import fit_columns

KINDS = (("score", "评分（1–5 分）"), ("choice", "单选"))
TEXT, KIND, CATEGORY, CHOICES = range(4)
_SPLIT = re.compile(r"[、,，;；/]")


class SurveyQuestionsDialog(QDialog):
    def __init__(self, app, questions: list[Question], parent=None):
        super().__init__(parent)
        self.app = app
        self.result_data: list[Question] | None = None
        self.ui = Ui_SurveyQuestionsDialog()
        self.ui.setupUi(self)
        self.setObjectName("survey_questions_dialog")
        table = self.ui.question_table
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("问题"), self.tr("类型"), self.tr("类别"), self.tr("选项（单选题）")])
        fit_columns(table, TEXT)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
        for index, width in ((KIND, 9), (CATEGORY, 7), (CHOICES, 16)):
            table.setColumnWidth(index, width * table.fontMetrics().horizontalAdvance("中"))
        self.errors = FieldErrors(self.ui.error_label, {"questions": table}, {"questions": self.tr("问卷")})
        for question in questions:
            self._add_row(question)
        self.ui.add_button.clicked.connect(lambda: self._add_row(Question("", "", "score", "")))
        self.ui.remove_button.clicked.connect(self._remove)
        self.ui.up_button.clicked.connect(lambda: self._move(-1))
        self.ui.down_button.clicked.connect(lambda: self._move(1))
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.resize(860, 420)

    def _add_row(self, question: Question) -> None:
        table = self.ui.question_table
        row = table.rowCount()
        table.insertRow(row)
        text = QTableWidgetItem(question.text)
        text.setData(Qt.ItemDataRole.UserRole, question.key)
        table.setItem(row, TEXT, text)
        combo = QComboBox(table)
        for value, label in KINDS:
            combo.addItem(self.tr(label), value)
        combo.setCurrentIndex(max(0, combo.findData(question.kind)))
        table.setCellWidget(row, KIND, combo)
        table.setItem(row, CATEGORY, QTableWidgetItem(question.category))
        table.setItem(row, CHOICES, QTableWidgetItem("、".join(question.choices)))

    def questions(self) -> list[Question]:
        table, found = self.ui.question_table, []
        for row in range(table.rowCount()):
            kind = table.cellWidget(row, KIND).currentData()
            choices = tuple(c.strip() for c in _SPLIT.split(table.item(row, CHOICES).text()) if c.strip())
            found.append(Question(table.item(row, TEXT).data(Qt.ItemDataRole.UserRole) or "",
                                  table.item(row, TEXT).text(), kind, table.item(row, CATEGORY).text(), choices))
        return found

    def _remove(self) -> None:
        row = self.ui.question_table.currentRow()
        if row >= 0:
            self.ui.question_table.removeRow(row)

    def _move(self, step: int) -> None:
        row = self.ui.question_table.currentRow()
        items = self.questions()
        if not 0 <= row < len(items) or not 0 <= row + step < len(items):
            return
        items[row], items[row + step] = items[row + step], items[row]
        self.ui.question_table.setRowCount(0)
        for question in items:
            self._add_row(question)
        self.ui.question_table.selectRow(row + step)

    def accept(self) -> None:
        items = self.questions()
        self.app.worker.submit(lambda services: services.surveys.save_questions(items), self._saved,
                               self._failed, owner=self)

    def _saved(self, questions: list[Question]) -> None:
        self.result_data = questions
        super().accept()

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error)
            row = next((int(f.split(".")[1]) for f, _, _ in error.errors if f.startswith("questions.")), None)
            if row is not None:
                self.ui.question_table.selectRow(row)
        else:
            self.errors.message(message_of(error))


def open_questions_dialog(app, parent) -> None:
    from crdesk.ui.errors import show_error

    def show(questions: list[Question]) -> None:
        dialog = SurveyQuestionsDialog(app, questions, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    app.worker.submit(lambda services: services.surveys.questions(), show, lambda e: show_error(parent, e),
                      owner=parent)
