# Generated from ui/planning_receive_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QTableWidget, QVBoxLayout)

class Ui_PlanningReceiveDialog(object):
    def setupUi(self, PlanningReceiveDialog):
        if not PlanningReceiveDialog.objectName():
            PlanningReceiveDialog.setObjectName(u"PlanningReceiveDialog")
        self.main_layout = QVBoxLayout(PlanningReceiveDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(PlanningReceiveDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.summary_label)

        self.lines_table = QTableWidget(PlanningReceiveDialog)
        self.lines_table.setObjectName(u"lines_table")
        self.lines_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.lines_table)

        self.reference_layout = QHBoxLayout()
        self.reference_layout.setObjectName(u"reference_layout")
        self.reference_label = QLabel(PlanningReceiveDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.reference_layout.addWidget(self.reference_label)

        self.reference_edit = QLineEdit(PlanningReceiveDialog)
        self.reference_edit.setObjectName(u"reference_edit")

        self.reference_layout.addWidget(self.reference_edit)


        self.main_layout.addLayout(self.reference_layout)

        self.error_label = QLabel(PlanningReceiveDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PlanningReceiveDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.reference_label.setBuddy(self.reference_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanningReceiveDialog)

        QMetaObject.connectSlotsByName(PlanningReceiveDialog)
    # setupUi

    def retranslateUi(self, PlanningReceiveDialog):
        PlanningReceiveDialog.setWindowTitle(QCoreApplication.translate("PlanningReceiveDialog", u"\u5230\u8d27\u5165\u5e93", None))
        self.summary_label.setText("")
        self.reference_label.setText(QCoreApplication.translate("PlanningReceiveDialog", u"\u9001\u8d27\u5355\u53f7", None))
        self.error_label.setText("")
    # retranslateUi
