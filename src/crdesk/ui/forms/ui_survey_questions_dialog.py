# Generated from ui/survey_questions_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout)

class Ui_SurveyQuestionsDialog(object):
    def setupUi(self, SurveyQuestionsDialog):
        if not SurveyQuestionsDialog.objectName():
            SurveyQuestionsDialog.setObjectName(u"SurveyQuestionsDialog")
        self.main_layout = QVBoxLayout(SurveyQuestionsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(SurveyQuestionsDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)

        self.main_layout.addWidget(self.hint_label)

        self.question_table = QTableWidget(SurveyQuestionsDialog)
        self.question_table.setObjectName(u"question_table")
        self.question_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.question_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.main_layout.addWidget(self.question_table)

        self.button_row = QHBoxLayout()
        self.button_row.setObjectName(u"button_row")
        self.add_button = QPushButton(SurveyQuestionsDialog)
        self.add_button.setObjectName(u"add_button")

        self.button_row.addWidget(self.add_button)

        self.remove_button = QPushButton(SurveyQuestionsDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.button_row.addWidget(self.remove_button)

        self.up_button = QPushButton(SurveyQuestionsDialog)
        self.up_button.setObjectName(u"up_button")

        self.button_row.addWidget(self.up_button)

        self.down_button = QPushButton(SurveyQuestionsDialog)
        self.down_button.setObjectName(u"down_button")

        self.button_row.addWidget(self.down_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_row.addItem(self.button_spacer)


        self.main_layout.addLayout(self.button_row)

        self.error_label = QLabel(SurveyQuestionsDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(SurveyQuestionsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(SurveyQuestionsDialog)

        QMetaObject.connectSlotsByName(SurveyQuestionsDialog)
    # setupUi

    def retranslateUi(self, SurveyQuestionsDialog):
        SurveyQuestionsDialog.setWindowTitle(QCoreApplication.translate("SurveyQuestionsDialog", u"\u6ee1\u610f\u5ea6\u8c03\u67e5\u95ee\u5377\u8bbe\u7f6e", None))
        self.hint_label.setText(QCoreApplication.translate("SurveyQuestionsDialog", u"\u8bc4\u5206\u9898\u6309 1\u20135 \u5206\u4f5c\u7b54\uff1b\u5355\u9009\u9898\u7684\u9009\u9879\u7528\u987f\u53f7\u201c\u3001\u201d\u5206\u9694\u3002\u5df2\u6709\u7684\u8c03\u67e5\u7ed3\u679c\u4fdd\u7559\u63d0\u95ee\u65f6\u7684\u95ee\u9898\u548c\u7c7b\u522b\u3002", None))
        self.add_button.setText(QCoreApplication.translate("SurveyQuestionsDialog", u"\u6dfb\u52a0\u95ee\u9898", None))
        self.remove_button.setText(QCoreApplication.translate("SurveyQuestionsDialog", u"\u5220\u9664", None))
        self.up_button.setText(QCoreApplication.translate("SurveyQuestionsDialog", u"\u4e0a\u79fb", None))
        self.down_button.setText(QCoreApplication.translate("SurveyQuestionsDialog", u"\u4e0b\u79fb", None))
    # retranslateUi
