# Generated from ui/survey_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QGroupBox, QLabel, QPlainTextEdit, QVBoxLayout)

from crdesk.ui.widgets.client_picker import (ClientPicker)

class Ui_SurveyDialog(object):
    def setupUi(self, SurveyDialog):
        if not SurveyDialog.objectName():
            SurveyDialog.setObjectName(u"SurveyDialog")
        self.main_layout = QVBoxLayout(SurveyDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.head_layout = QFormLayout()
        self.head_layout.setObjectName(u"head_layout")
        self.number_label = QLabel(SurveyDialog)
        self.number_label.setObjectName(u"number_label")

        self.head_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_value = QLabel(SurveyDialog)
        self.number_value.setObjectName(u"number_value")

        self.head_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_value)

        self.client_label = QLabel(SurveyDialog)
        self.client_label.setObjectName(u"client_label")

        self.head_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.client_label)

        self.client_picker = ClientPicker(SurveyDialog)
        self.client_picker.setObjectName(u"client_picker")

        self.head_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.client_picker)

        self.source_label = QLabel(SurveyDialog)
        self.source_label.setObjectName(u"source_label")

        self.head_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.source_label)

        self.source_value = QLabel(SurveyDialog)
        self.source_value.setObjectName(u"source_value")
        self.source_value.setTextFormat(Qt.TextFormat.PlainText)

        self.head_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.source_value)

        self.staff_label = QLabel(SurveyDialog)
        self.staff_label.setObjectName(u"staff_label")

        self.head_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staff_label)

        self.staff_value = QLabel(SurveyDialog)
        self.staff_value.setObjectName(u"staff_value")
        self.staff_value.setTextFormat(Qt.TextFormat.PlainText)

        self.head_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staff_value)


        self.main_layout.addLayout(self.head_layout)

        self.questions_box = QGroupBox(SurveyDialog)
        self.questions_box.setObjectName(u"questions_box")
        self.questions_layout = QFormLayout(self.questions_box)
        self.questions_layout.setObjectName(u"questions_layout")
        self.questions_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

        self.main_layout.addWidget(self.questions_box)

        self.note_label = QLabel(SurveyDialog)
        self.note_label.setObjectName(u"note_label")

        self.main_layout.addWidget(self.note_label)

        self.note_edit = QPlainTextEdit(SurveyDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.note_edit)

        self.error_label = QLabel(SurveyDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(SurveyDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.client_label.setBuddy(self.client_picker)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SurveyDialog)

        QMetaObject.connectSlotsByName(SurveyDialog)
    # setupUi

    def retranslateUi(self, SurveyDialog):
        SurveyDialog.setWindowTitle(QCoreApplication.translate("SurveyDialog", u"\u6ee1\u610f\u5ea6\u8c03\u67e5", None))
        self.number_label.setText(QCoreApplication.translate("SurveyDialog", u"\u8c03\u67e5\u7f16\u53f7", None))
        self.client_label.setText(QCoreApplication.translate("SurveyDialog", u"\u5ba2\u6237 *", None))
        self.source_label.setText(QCoreApplication.translate("SurveyDialog", u"\u8c03\u67e5\u573a\u5408", None))
        self.staff_label.setText(QCoreApplication.translate("SurveyDialog", u"\u8c03\u67e5\u4eba", None))
        self.questions_box.setTitle(QCoreApplication.translate("SurveyDialog", u"\u95ee\u5377\uff08\u8bc4\u5206\uff1a5 \u975e\u5e38\u6ee1\u610f \u2026 1 \u975e\u5e38\u4e0d\u6ee1\u610f\uff09", None))
        self.note_label.setText(QCoreApplication.translate("SurveyDialog", u"\u5ba2\u6237\u610f\u89c1\u53ca\u5efa\u8bae", None))
    # retranslateUi
