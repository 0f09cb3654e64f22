# Generated from ui/user_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_UserDialog(object):
    def setupUi(self, UserDialog):
        if not UserDialog.objectName():
            UserDialog.setObjectName(u"UserDialog")
        self.main_layout = QVBoxLayout(UserDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.username_label = QLabel(UserDialog)
        self.username_label.setObjectName(u"username_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.username_label)

        self.username_edit = QLineEdit(UserDialog)
        self.username_edit.setObjectName(u"username_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username_edit)

        self.display_name_label = QLabel(UserDialog)
        self.display_name_label.setObjectName(u"display_name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.display_name_label)

        self.display_name_edit = QLineEdit(UserDialog)
        self.display_name_edit.setObjectName(u"display_name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.display_name_edit)

        self.role_label = QLabel(UserDialog)
        self.role_label.setObjectName(u"role_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.role_label)

        self.role_combo = QComboBox(UserDialog)
        self.role_combo.setObjectName(u"role_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.role_combo)

        self.active_check = QCheckBox(UserDialog)
        self.active_check.setObjectName(u"active_check")
        self.active_check.setChecked(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.active_check)

        self.password_label = QLabel(UserDialog)
        self.password_label.setObjectName(u"password_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(UserDialog)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.confirm_label = QLabel(UserDialog)
        self.confirm_label.setObjectName(u"confirm_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.confirm_label)

        self.confirm_edit = QLineEdit(UserDialog)
        self.confirm_edit.setObjectName(u"confirm_edit")
        self.confirm_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.confirm_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(UserDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(UserDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.username_label.setBuddy(self.username_edit)
        self.display_name_label.setBuddy(self.display_name_edit)
        self.role_label.setBuddy(self.role_combo)
        self.password_label.setBuddy(self.password_edit)
        self.confirm_label.setBuddy(self.confirm_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username_edit, self.display_name_edit)
        QWidget.setTabOrder(self.display_name_edit, self.role_combo)
        QWidget.setTabOrder(self.role_combo, self.active_check)
        QWidget.setTabOrder(self.active_check, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.confirm_edit)

        self.retranslateUi(UserDialog)

        QMetaObject.connectSlotsByName(UserDialog)
    # setupUi

    def retranslateUi(self, UserDialog):
        UserDialog.setWindowTitle(QCoreApplication.translate("UserDialog", u"\u7528\u6237", None))
        self.username_label.setText(QCoreApplication.translate("UserDialog", u"\u7528\u6237\u540d *", None))
        self.username_edit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"\u767b\u5f55\u7528\uff0c\u4e0d\u542b\u7a7a\u683c\uff0c\u5982 lijie", None))
        self.display_name_label.setText(QCoreApplication.translate("UserDialog", u"\u59d3\u540d *", None))
        self.role_label.setText(QCoreApplication.translate("UserDialog", u"\u89d2\u8272", None))
        self.active_check.setText(QCoreApplication.translate("UserDialog", u"\u8d26\u6237\u6709\u6548\uff08\u53ef\u4ee5\u767b\u5f55\uff09", None))
        self.password_label.setText(QCoreApplication.translate("UserDialog", u"\u5bc6\u7801 *", None))
        self.password_edit.setPlaceholderText(QCoreApplication.translate("UserDialog", u"\u81f3\u5c11 8 \u4e2a\u5b57\u7b26", None))
        self.confirm_label.setText(QCoreApplication.translate("UserDialog", u"\u786e\u8ba4\u5bc6\u7801 *", None))
    # retranslateUi
