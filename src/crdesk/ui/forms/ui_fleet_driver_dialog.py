# Generated from ui/fleet_driver_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QVBoxLayout)

class Ui_FleetDriverDialog(object):
    def setupUi(self, FleetDriverDialog):
        if not FleetDriverDialog.objectName():
            FleetDriverDialog.setObjectName(u"FleetDriverDialog")
        self.main_layout = QVBoxLayout(FleetDriverDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(FleetDriverDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(FleetDriverDialog)
        self.name_edit.setObjectName(u"name_edit")
        self.name_edit.setMaxLength(64)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.user_label = QLabel(FleetDriverDialog)
        self.user_label.setObjectName(u"user_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_combo = QComboBox(FleetDriverDialog)
        self.user_combo.setObjectName(u"user_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.user_combo)

        self.licence_no_label = QLabel(FleetDriverDialog)
        self.licence_no_label.setObjectName(u"licence_no_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.licence_no_label)

        self.licence_no_edit = QLineEdit(FleetDriverDialog)
        self.licence_no_edit.setObjectName(u"licence_no_edit")
        self.licence_no_edit.setMaxLength(32)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.licence_no_edit)

        self.licence_class_label = QLabel(FleetDriverDialog)
        self.licence_class_label.setObjectName(u"licence_class_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.licence_class_label)

        self.licence_class_combo = QComboBox(FleetDriverDialog)
        self.licence_class_combo.setObjectName(u"licence_class_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.licence_class_combo)

        self.licence_expiry_label = QLabel(FleetDriverDialog)
        self.licence_expiry_label.setObjectName(u"licence_expiry_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.licence_expiry_label)

        self.licence_expiry_edit = QDateEdit(FleetDriverDialog)
        self.licence_expiry_edit.setObjectName(u"licence_expiry_edit")
        self.licence_expiry_edit.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.licence_expiry_edit)

        self.phone_label = QLabel(FleetDriverDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(FleetDriverDialog)
        self.phone_edit.setObjectName(u"phone_edit")
        self.phone_edit.setMaxLength(32)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.active_label = QLabel(FleetDriverDialog)
        self.active_label.setObjectName(u"active_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.active_label)

        self.active_check = QCheckBox(FleetDriverDialog)
        self.active_check.setObjectName(u"active_check")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.active_check)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(FleetDriverDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(FleetDriverDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.user_label.setBuddy(self.user_combo)
        self.licence_no_label.setBuddy(self.licence_no_edit)
        self.licence_class_label.setBuddy(self.licence_class_combo)
        self.licence_expiry_label.setBuddy(self.licence_expiry_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.active_label.setBuddy(self.active_check)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FleetDriverDialog)

        QMetaObject.connectSlotsByName(FleetDriverDialog)
    # setupUi

    def retranslateUi(self, FleetDriverDialog):
        FleetDriverDialog.setWindowTitle(QCoreApplication.translate("FleetDriverDialog", u"\u53f8\u673a", None))
        self.name_label.setText(QCoreApplication.translate("FleetDriverDialog", u"\u59d3\u540d *", None))
        self.user_label.setText(QCoreApplication.translate("FleetDriverDialog", u"\u767b\u5f55\u7528\u6237", None))
        self.licence_no_label.setText(QCoreApplication.translate("FleetDriverDialog", u"\u9a7e\u9a76\u8bc1\u53f7", None))
        self.licence_class_label.setText(QCoreApplication.translate("FleetDriverDialog", u"\u51c6\u9a7e\u8f66\u578b", None))
        self.licence_expiry_label.setText(QCoreApplication.translate("FleetDriverDialog", u"\u9a7e\u9a76\u8bc1\u6709\u6548\u671f\u81f3", None))
        self.licence_expiry_edit.setDisplayFormat(QCoreApplication.translate("FleetDriverDialog", u"yyyy-MM-dd", None))
        self.phone_label.setText(QCoreApplication.translate("FleetDriverDialog", u"\u7535\u8bdd", None))
        self.active_label.setText(QCoreApplication.translate("FleetDriverDialog", u"\u5728\u804c", None))
        self.active_check.setText(QCoreApplication.translate("FleetDriverDialog", u"\u5728\u804c\uff08\u53ef\u6d3e\u8f66\uff09", None))
    # retranslateUi
