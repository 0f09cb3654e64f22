# Generated from ui/complaint_callback_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QPlainTextEdit, QVBoxLayout, QWidget)

class Ui_ComplaintCallbackDialog(object):
    def setupUi(self, ComplaintCallbackDialog):
        if not ComplaintCallbackDialog.objectName():
            ComplaintCallbackDialog.setObjectName(u"ComplaintCallbackDialog")
        self.main_layout = QVBoxLayout(ComplaintCallbackDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.case_label = QLabel(ComplaintCallbackDialog)
        self.case_label.setObjectName(u"case_label")
        self.case_label.setWordWrap(True)
        self.case_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.case_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.by_label = QLabel(ComplaintCallbackDialog)
        self.by_label.setObjectName(u"by_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.by_label)

        self.by_edit = QLineEdit(ComplaintCallbackDialog)
        self.by_edit.setObjectName(u"by_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.by_edit)

        self.at_label = QLabel(ComplaintCallbackDialog)
        self.at_label.setObjectName(u"at_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.at_label)

        self.at_edit = QDateTimeEdit(ComplaintCallbackDialog)
        self.at_edit.setObjectName(u"at_edit")
        self.at_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.at_edit)

        self.outcome_label = QLabel(ComplaintCallbackDialog)
        self.outcome_label.setObjectName(u"outcome_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.outcome_label)

        self.outcome_combo = QComboBox(ComplaintCallbackDialog)
        self.outcome_combo.setObjectName(u"outcome_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.outcome_combo)

        self.satisfaction_label = QLabel(ComplaintCallbackDialog)
        self.satisfaction_label.setObjectName(u"satisfaction_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.satisfaction_label)

        self.satisfaction_combo = QComboBox(ComplaintCallbackDialog)
        self.satisfaction_combo.setObjectName(u"satisfaction_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.satisfaction_combo)

        self.note_label = QLabel(ComplaintCallbackDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(ComplaintCallbackDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.rule_label = QLabel(ComplaintCallbackDialog)
        self.rule_label.setObjectName(u"rule_label")
        self.rule_label.setWordWrap(True)
        self.rule_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.rule_label)

        self.error_label = QLabel(ComplaintCallbackDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ComplaintCallbackDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.by_label.setBuddy(self.by_edit)
        self.at_label.setBuddy(self.at_edit)
        self.outcome_label.setBuddy(self.outcome_combo)
        self.satisfaction_label.setBuddy(self.satisfaction_combo)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.by_edit, self.at_edit)
        QWidget.setTabOrder(self.at_edit, self.outcome_combo)
        QWidget.setTabOrder(self.outcome_combo, self.satisfaction_combo)
        QWidget.setTabOrder(self.satisfaction_combo, self.note_edit)

        self.retranslateUi(ComplaintCallbackDialog)

        QMetaObject.connectSlotsByName(ComplaintCallbackDialog)
    # setupUi

    def retranslateUi(self, ComplaintCallbackDialog):
        ComplaintCallbackDialog.setWindowTitle(QCoreApplication.translate("ComplaintCallbackDialog", u"\u56de\u8bbf", None))
        self.by_label.setText(QCoreApplication.translate("ComplaintCallbackDialog", u"\u56de\u8bbf\u4eba *", None))
        self.at_label.setText(QCoreApplication.translate("ComplaintCallbackDialog", u"\u56de\u8bbf\u65f6\u95f4 *", None))
        self.at_edit.setDisplayFormat(QCoreApplication.translate("ComplaintCallbackDialog", u"yyyy-MM-dd HH:mm", None))
        self.outcome_label.setText(QCoreApplication.translate("ComplaintCallbackDialog", u"\u56de\u8bbf\u7ed3\u679c *", None))
        self.satisfaction_label.setText(QCoreApplication.translate("ComplaintCallbackDialog", u"\u6ee1\u610f\u5ea6 *", None))
        self.note_label.setText(QCoreApplication.translate("ComplaintCallbackDialog", u"\u56de\u8bbf\u8bb0\u5f55", None))
        self.note_edit.setPlaceholderText(QCoreApplication.translate("ComplaintCallbackDialog", u"\u5ba2\u6237\u7684\u539f\u8bdd\u3001\u610f\u89c1\u548c\u5efa\u8bae", None))
    # retranslateUi
