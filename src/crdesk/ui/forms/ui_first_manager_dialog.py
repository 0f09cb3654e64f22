# Generated from ui/first_manager_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout)

class Ui_FirstManagerDialog(object):
    def setupUi(self, FirstManagerDialog):
        if not FirstManagerDialog.objectName():
            FirstManagerDialog.setObjectName(u"FirstManagerDialog")
        self.main_layout = QVBoxLayout(FirstManagerDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(FirstManagerDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.username_label = QLabel(FirstManagerDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(FirstManagerDialog)
        self.username_edit.setObjectName(u"username_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.display_name_label = QLabel(FirstManagerDialog)
        self.display_name_label.setObjectName(u"display_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(FirstManagerDialog)
        self.display_name_edit.setObjectName(u"display_name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.password_label = QLabel(FirstManagerDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(FirstManagerDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.confirm_label = QLabel(FirstManagerDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_edit = QLineEdit(FirstManagerDialog)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.confirm_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(FirstManagerDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(FirstManagerDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.password_label.setBuddy(self.password_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FirstManagerDialog)

        QMetaObject.connectSlotsByName(FirstManagerDialog)
    # setupUi

    def retranslateUi(self, FirstManagerDialog):
        FirstManagerDialog.setWindowTitle(QCoreApplication.translate("FirstManagerDialog", u"\u521b\u5efa\u90e8\u95e8\u7ecf\u7406\u8d26\u6237", None))
        self.intro_label.setText(QCoreApplication.translate("FirstManagerDialog", u"\u8fd9\u662f\u7b2c\u4e00\u6b21\u4f7f\u7528\u6b64\u6570\u636e\u5e93\u3002\u8bf7\u521b\u5efa\u7b2c\u4e00\u4e2a\u8d26\u6237\uff08\u90e8\u95e8\u7ecf\u7406\uff09\uff0c\u4e4b\u540e\u7531\u7ecf\u7406\u6dfb\u52a0\u5176\u4ed6\u7528\u6237\u3002", None))
        self.username_label.setText(QCoreApplication.translate("FirstManagerDialog", u"\u7528\u6237\u540d", None))
        self.display_name_label.setText(QCoreApplication.translate("FirstManagerDialog", u"\u59d3\u540d", None))
        self.password_label.setText(QCoreApplication.translate("FirstManagerDialog", u"\u5bc6\u7801", None))
        self.confirm_label.setText(QCoreApplication.translate("FirstManagerDialog", u"\u786e\u8ba4\u5bc6\u7801", None))
    # retranslateUi
