# Generated from ui/planning_stock_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_PlanningStockDialog(object):
    def setupUi(self, PlanningStockDialog):
        if not PlanningStockDialog.objectName():
            PlanningStockDialog.setObjectName(u"PlanningStockDialog")
        self.main_layout = QVBoxLayout(PlanningStockDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.summary_label = QLabel(PlanningStockDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.summary_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.quantity_label = QLabel(PlanningStockDialog)
        self.quantity_label.setObjectName(u"quantity_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.quantity_label)

        self.quantity_edit = QLineEdit(PlanningStockDialog)
        self.quantity_edit.setObjectName(u"quantity_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.quantity_edit)

        self.reference_label = QLabel(PlanningStockDialog)
        self.reference_label.setObjectName(u"reference_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.reference_label)

        self.reference_edit = QLineEdit(PlanningStockDialog)
        self.reference_edit.setObjectName(u"reference_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.reference_edit)

        self.reason_label = QLabel(PlanningStockDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QLineEdit(PlanningStockDialog)
        self.reason_edit.setObjectName(u"reason_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(PlanningStockDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PlanningStockDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.quantity_label.setBuddy(self.quantity_edit)
        self.reference_label.setBuddy(self.reference_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanningStockDialog)

        QMetaObject.connectSlotsByName(PlanningStockDialog)
    # setupUi

    def retranslateUi(self, PlanningStockDialog):
        PlanningStockDialog.setWindowTitle(QCoreApplication.translate("PlanningStockDialog", u"\u5e93\u5b58", None))
        self.summary_label.setText("")
        self.quantity_label.setText(QCoreApplication.translate("PlanningStockDialog", u"\u6570\u91cf *", None))
        self.reference_label.setText(QCoreApplication.translate("PlanningStockDialog", u"\u5355\u636e\u53f7", None))
        self.reason_label.setText(QCoreApplication.translate("PlanningStockDialog", u"\u539f\u56e0", None))
        self.error_label.setText("")
    # retranslateUi
