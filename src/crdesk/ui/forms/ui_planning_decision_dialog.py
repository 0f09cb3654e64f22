# Generated from ui/planning_decision_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

class Ui_PlanningDecisionDialog(object):
    def setupUi(self, PlanningDecisionDialog):
        if not PlanningDecisionDialog.objectName():
            PlanningDecisionDialog.setObjectName(u"PlanningDecisionDialog")
        self.main_layout = QVBoxLayout(PlanningDecisionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(PlanningDecisionDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.summary_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.reason_label = QLabel(PlanningDecisionDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(PlanningDecisionDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reason_edit)

        self.comment_label = QLabel(PlanningDecisionDialog)
        self.comment_label.setObjectName(u"comment_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.comment_label)

        self.comment_edit = QPlainTextEdit(PlanningDecisionDialog)
        self.comment_edit.setObjectName(u"comment_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.comment_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(PlanningDecisionDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PlanningDecisionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reason_label.setBuddy(self.reason_edit)
        self.comment_label.setBuddy(self.comment_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanningDecisionDialog)

        QMetaObject.connectSlotsByName(PlanningDecisionDialog)
    # setupUi

    def retranslateUi(self, PlanningDecisionDialog):
        PlanningDecisionDialog.setWindowTitle(QCoreApplication.translate("PlanningDecisionDialog", u"\u5ba1\u6279", None))
        self.summary_label.setText("")
        self.reason_label.setText(QCoreApplication.translate("PlanningDecisionDialog", u"\u9a73\u56de\u539f\u56e0 *", None))
        self.comment_label.setText(QCoreApplication.translate("PlanningDecisionDialog", u"\u5ba1\u6279\u610f\u89c1", None))
        self.error_label.setText("")
    # retranslateUi
