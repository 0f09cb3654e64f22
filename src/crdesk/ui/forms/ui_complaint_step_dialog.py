# Generated from ui/complaint_step_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout,
    QWidget)

class Ui_ComplaintStepDialog(object):
    def setupUi(self, ComplaintStepDialog):
        if not ComplaintStepDialog.objectName():
            ComplaintStepDialog.setObjectName(u"ComplaintStepDialog")
        self.main_layout = QVBoxLayout(ComplaintStepDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(ComplaintStepDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.hint_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.choice_label = QLabel(ComplaintStepDialog)
        self.choice_label.setObjectName(u"choice_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.choice_label)

        self.choice_combo = QComboBox(ComplaintStepDialog)
        self.choice_combo.setObjectName(u"choice_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.choice_combo)

        self.first_label = QLabel(ComplaintStepDialog)
        self.first_label.setObjectName(u"first_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.first_label)

        self.first_edit = QPlainTextEdit(ComplaintStepDialog)
        self.first_edit.setObjectName(u"first_edit")
        self.first_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.first_edit)

        self.second_label = QLabel(ComplaintStepDialog)
        self.second_label.setObjectName(u"second_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.second_label)

        self.second_edit = QPlainTextEdit(ComplaintStepDialog)
        self.second_edit.setObjectName(u"second_edit")
        self.second_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.second_edit)

        self.note_label = QLabel(ComplaintStepDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(ComplaintStepDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ComplaintStepDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ComplaintStepDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.choice_label.setBuddy(self.choice_combo)
        self.first_label.setBuddy(self.first_edit)
        self.second_label.setBuddy(self.second_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.choice_combo, self.first_edit)
        QWidget.setTabOrder(self.first_edit, self.second_edit)
        QWidget.setTabOrder(self.second_edit, self.note_edit)

        self.retranslateUi(ComplaintStepDialog)

        QMetaObject.connectSlotsByName(ComplaintStepDialog)
    # setupUi

    def retranslateUi(self, ComplaintStepDialog):
        ComplaintStepDialog.setWindowTitle(QCoreApplication.translate("ComplaintStepDialog", u"\u529e\u7406", None))
        self.choice_label.setText("")
        self.first_label.setText("")
        self.second_label.setText("")
        self.note_label.setText(QCoreApplication.translate("ComplaintStepDialog", u"\u8bf4\u660e", None))
    # retranslateUi
