# Generated from ui/fleet_maintenance_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout)

class Ui_FleetMaintenanceDialog(object):
    def setupUi(self, FleetMaintenanceDialog):
        if not FleetMaintenanceDialog.objectName():
            FleetMaintenanceDialog.setObjectName(u"FleetMaintenanceDialog")
        self.main_layout = QVBoxLayout(FleetMaintenanceDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.vehicle_label = QLabel(FleetMaintenanceDialog)
        self.vehicle_label.setObjectName(u"vehicle_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.vehicle_label)

        self.vehicle_combo = QComboBox(FleetMaintenanceDialog)
        self.vehicle_combo.setObjectName(u"vehicle_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vehicle_combo)

        self.date_label = QLabel(FleetMaintenanceDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(FleetMaintenanceDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.kind_label = QLabel(FleetMaintenanceDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(FleetMaintenanceDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.odometer_label = QLabel(FleetMaintenanceDialog)
        self.odometer_label.setObjectName(u"odometer_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.odometer_label)

        self.odometer_spin = QSpinBox(FleetMaintenanceDialog)
        self.odometer_spin.setObjectName(u"odometer_spin")
        self.odometer_spin.setMinimum(-1)
        self.odometer_spin.setMaximum(9999999)
        self.odometer_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.odometer_spin)

        self.cost_label = QLabel(FleetMaintenanceDialog)
        self.cost_label.setObjectName(u"cost_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.cost_label)

        self.cost_spin = QDoubleSpinBox(FleetMaintenanceDialog)
        self.cost_spin.setObjectName(u"cost_spin")
        self.cost_spin.setMinimum(0.000000000000000)
        self.cost_spin.setMaximum(9999999.000000000000000)
        self.cost_spin.setDecimals(2)
        self.cost_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.cost_spin)

        self.vendor_label = QLabel(FleetMaintenanceDialog)
        self.vendor_label.setObjectName(u"vendor_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.vendor_label)

        self.vendor_edit = QLineEdit(FleetMaintenanceDialog)
        self.vendor_edit.setObjectName(u"vendor_edit")
        self.vendor_edit.setMaxLength(128)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.vendor_edit)

        self.valid_until_label = QLabel(FleetMaintenanceDialog)
        self.valid_until_label.setObjectName(u"valid_until_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.valid_until_label)

        self.valid_until_edit = QDateEdit(FleetMaintenanceDialog)
        self.valid_until_edit.setObjectName(u"valid_until_edit")
        self.valid_until_edit.setCalendarPopup(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.valid_until_edit)


        self.main_layout.addLayout(self.form_layout)

        self.description_label = QLabel(FleetMaintenanceDialog)
        self.description_label.setObjectName(u"description_label")

        self.main_layout.addWidget(self.description_label)

        self.description_edit = QPlainTextEdit(FleetMaintenanceDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.description_edit)

        self.error_label = QLabel(FleetMaintenanceDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(FleetMaintenanceDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.vehicle_label.setBuddy(self.vehicle_combo)
        self.date_label.setBuddy(self.date_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.odometer_label.setBuddy(self.odometer_spin)
        self.cost_label.setBuddy(self.cost_spin)
        self.vendor_label.setBuddy(self.vendor_edit)
        self.valid_until_label.setBuddy(self.valid_until_edit)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FleetMaintenanceDialog)

        QMetaObject.connectSlotsByName(FleetMaintenanceDialog)
    # setupUi

    def retranslateUi(self, FleetMaintenanceDialog):
        FleetMaintenanceDialog.setWindowTitle(QCoreApplication.translate("FleetMaintenanceDialog", u"\u4fdd\u517b\u7ef4\u4fee", None))
        self.vehicle_label.setText(QCoreApplication.translate("FleetMaintenanceDialog", u"\u8f66\u8f86 *", None))
        self.date_label.setText(QCoreApplication.translate("FleetMaintenanceDialog", u"\u65e5\u671f *", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("FleetMaintenanceDialog", u"yyyy-MM-dd", None))
        self.kind_label.setText(QCoreApplication.translate("FleetMaintenanceDialog", u"\u7c7b\u522b *", None))
        self.odometer_label.setText(QCoreApplication.translate("FleetMaintenanceDialog", u"\u91cc\u7a0b\u8868", None))
        self.odometer_spin.setSuffix(QCoreApplication.translate("FleetMaintenanceDialog", u" \u516c\u91cc", None))
        self.odometer_spin.setSpecialValueText(QCoreApplication.translate("FleetMaintenanceDialog", u"\u672a\u8bb0\u5f55", None))
        self.cost_label.setText(QCoreApplication.translate("FleetMaintenanceDialog", u"\u8d39\u7528", None))
        self.cost_spin.setSuffix(QCoreApplication.translate("FleetMaintenanceDialog", u" \u5143", None))
        self.vendor_label.setText(QCoreApplication.translate("FleetMaintenanceDialog", u"\u670d\u52a1\u5355\u4f4d", None))
        self.valid_until_label.setText(QCoreApplication.translate("FleetMaintenanceDialog", u"\u6709\u6548\u671f\u81f3", None))
        self.valid_until_edit.setDisplayFormat(QCoreApplication.translate("FleetMaintenanceDialog", u"yyyy-MM-dd", None))
        self.description_label.setText(QCoreApplication.translate("FleetMaintenanceDialog", u"\u5185\u5bb9", None))
    # retranslateUi
