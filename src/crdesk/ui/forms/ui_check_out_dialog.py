# Generated from ui/check_out_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDateTimeEdit, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout)

class Ui_CheckOutDialog(object):
    def setupUi(self, CheckOutDialog):
        if not CheckOutDialog.objectName():
            CheckOutDialog.setObjectName(u"CheckOutDialog")
        self.main_layout = QVBoxLayout(CheckOutDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.question_label = QLabel(CheckOutDialog)
        self.question_label.setObjectName(u"question_label")
        self.question_label.setWordWrap(True)
        self.question_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.question_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.checked_in_at_label = QLabel(CheckOutDialog)
        self.checked_in_at_label.setObjectName(u"checked_in_at_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.checked_in_at_label)

        self.checked_in_at_value = QLabel(CheckOutDialog)
        self.checked_in_at_value.setObjectName(u"checked_in_at_value")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.checked_in_at_value)

        self.checked_out_at_label = QLabel(CheckOutDialog)
        self.checked_out_at_label.setObjectName(u"checked_out_at_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.checked_out_at_label)

        self.checked_out_at_edit = QDateTimeEdit(CheckOutDialog)
        self.checked_out_at_edit.setObjectName(u"checked_out_at_edit")
        self.checked_out_at_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.checked_out_at_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(CheckOutDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(CheckOutDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.checked_out_at_label.setBuddy(self.checked_out_at_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(CheckOutDialog)

        QMetaObject.connectSlotsByName(CheckOutDialog)
    # setupUi

    def retranslateUi(self, CheckOutDialog):
        CheckOutDialog.setWindowTitle(QCoreApplication.translate("CheckOutDialog", u"\u767b\u8bb0\u79bb\u5f00", None))
        self.checked_in_at_label.setText(QCoreApplication.translate("CheckOutDialog", u"\u6765\u8bbf\u65f6\u95f4", None))
        self.checked_out_at_label.setText(QCoreApplication.translate("CheckOutDialog", u"\u79bb\u5f00\u65f6\u95f4", None))
        self.checked_out_at_edit.setDisplayFormat(QCoreApplication.translate("CheckOutDialog", u"yyyy-MM-dd HH:mm", None))
    # retranslateUi
