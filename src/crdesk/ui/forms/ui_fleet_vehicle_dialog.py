# Generated from ui/fleet_vehicle_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel,
    QLineEdit, QSpinBox, QVBoxLayout)

class Ui_FleetVehicleDialog(object):
    def setupUi(self, FleetVehicleDialog):
        if not FleetVehicleDialog.objectName():
            FleetVehicleDialog.setObjectName(u"FleetVehicleDialog")
        self.main_layout = QVBoxLayout(FleetVehicleDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.plate_label = QLabel(FleetVehicleDialog)
        self.plate_label.setObjectName(u"plate_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.plate_label)

        self.plate_edit = QLineEdit(FleetVehicleDialog)
        self.plate_edit.setObjectName(u"plate_edit")
        self.plate_edit.setMaxLength(16)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.plate_edit)

        self.model_label = QLabel(FleetVehicleDialog)
        self.model_label.setObjectName(u"model_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.model_label)

        self.model_edit = QLineEdit(FleetVehicleDialog)
        self.model_edit.setObjectName(u"model_edit")
        self.model_edit.setMaxLength(64)

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.model_edit)

        self.type_label = QLabel(FleetVehicleDialog)
        self.type_label.setObjectName(u"type_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.type_label)

        self.type_combo = QComboBox(FleetVehicleDialog)
        self.type_combo.setObjectName(u"type_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.type_combo)

        self.fuel_label = QLabel(FleetVehicleDialog)
        self.fuel_label.setObjectName(u"fuel_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.fuel_label)

        self.fuel_combo = QComboBox(FleetVehicleDialog)
        self.fuel_combo.setObjectName(u"fuel_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.fuel_combo)

        self.capacity_kg_label = QLabel(FleetVehicleDialog)
        self.capacity_kg_label.setObjectName(u"capacity_kg_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.capacity_kg_label)

        self.capacity_kg_spin = QDoubleSpinBox(FleetVehicleDialog)
        self.capacity_kg_spin.setObjectName(u"capacity_kg_spin")
        self.capacity_kg_spin.setMinimum(0.000000000000000)
        self.capacity_kg_spin.setMaximum(99999.000000000000000)
        self.capacity_kg_spin.setDecimals(1)
        self.capacity_kg_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.capacity_kg_spin)

        self.capacity_m3_label = QLabel(FleetVehicleDialog)
        self.capacity_m3_label.setObjectName(u"capacity_m3_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.capacity_m3_label)

        self.capacity_m3_spin = QDoubleSpinBox(FleetVehicleDialog)
        self.capacity_m3_spin.setObjectName(u"capacity_m3_spin")
        self.capacity_m3_spin.setMinimum(0.000000000000000)
        self.capacity_m3_spin.setMaximum(999.000000000000000)
        self.capacity_m3_spin.setDecimals(2)
        self.capacity_m3_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.capacity_m3_spin)

        self.status_label = QLabel(FleetVehicleDialog)
        self.status_label.setObjectName(u"status_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.status_label)

        self.status_combo = QComboBox(FleetVehicleDialog)
        self.status_combo.setObjectName(u"status_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.status_combo)

        self.insurance_label = QLabel(FleetVehicleDialog)
        self.insurance_label.setObjectName(u"insurance_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.insurance_label)

        self.insurance_edit = QDateEdit(FleetVehicleDialog)
        self.insurance_edit.setObjectName(u"insurance_edit")
        self.insurance_edit.setCalendarPopup(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.insurance_edit)

        self.inspection_label = QLabel(FleetVehicleDialog)
        self.inspection_label.setObjectName(u"inspection_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.inspection_label)

        self.inspection_edit = QDateEdit(FleetVehicleDialog)
        self.inspection_edit.setObjectName(u"inspection_edit")
        self.inspection_edit.setCalendarPopup(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.inspection_edit)

        self.interval_km_label = QLabel(FleetVehicleDialog)
        self.interval_km_label.setObjectName(u"interval_km_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.interval_km_label)

        self.interval_km_spin = QSpinBox(FleetVehicleDialog)
        self.interval_km_spin.setObjectName(u"interval_km_spin")
        self.interval_km_spin.setMinimum(0)
        self.interval_km_spin.setMaximum(100000)
        self.interval_km_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.interval_km_spin)

        self.interval_months_label = QLabel(FleetVehicleDialog)
        self.interval_months_label.setObjectName(u"interval_months_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.interval_months_label)

        self.interval_months_spin = QSpinBox(FleetVehicleDialog)
        self.interval_months_spin.setObjectName(u"interval_months_spin")
        self.interval_months_spin.setMinimum(0)
        self.interval_months_spin.setMaximum(60)
        self.interval_months_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.interval_months_spin)

        self.odometer_start_label = QLabel(FleetVehicleDialog)
        self.odometer_start_label.setObjectName(u"odometer_start_label")

        self.form_layout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.odometer_start_label)

        self.odometer_start_spin = QSpinBox(FleetVehicleDialog)
        self.odometer_start_spin.setObjectName(u"odometer_start_spin")
        self.odometer_start_spin.setMinimum(0)
        self.odometer_start_spin.setMaximum(9999999)
        self.odometer_start_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.odometer_start_spin)

        self.odometer_label = QLabel(FleetVehicleDialog)
        self.odometer_label.setObjectName(u"odometer_label")

        self.form_layout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.odometer_label)

        self.odometer_value = QLabel(FleetVehicleDialog)
        self.odometer_value.setObjectName(u"odometer_value")

        self.form_layout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.odometer_value)

        self.service_label = QLabel(FleetVehicleDialog)
        self.service_label.setObjectName(u"service_label")

        self.form_layout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.service_label)

        self.service_value = QLabel(FleetVehicleDialog)
        self.service_value.setObjectName(u"service_value")

        self.form_layout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.service_value)

        self.note_label = QLabel(FleetVehicleDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QLineEdit(FleetVehicleDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setMaxLength(255)

        self.form_layout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(FleetVehicleDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(FleetVehicleDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.plate_label.setBuddy(self.plate_edit)
        self.model_label.setBuddy(self.model_edit)
        self.type_label.setBuddy(self.type_combo)
        self.fuel_label.setBuddy(self.fuel_combo)
        self.capacity_kg_label.setBuddy(self.capacity_kg_spin)
        self.capacity_m3_label.setBuddy(self.capacity_m3_spin)
        self.status_label.setBuddy(self.status_combo)
        self.insurance_label.setBuddy(self.insurance_edit)
        self.inspection_label.setBuddy(self.inspection_edit)
        self.interval_km_label.setBuddy(self.interval_km_spin)
        self.interval_months_label.setBuddy(self.interval_months_spin)
        self.odometer_start_label.setBuddy(self.odometer_start_spin)
        self.odometer_label.setBuddy(self.odometer_value)
        self.service_label.setBuddy(self.service_value)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FleetVehicleDialog)

        QMetaObject.connectSlotsByName(FleetVehicleDialog)
    # setupUi

    def retranslateUi(self, FleetVehicleDialog):
        FleetVehicleDialog.setWindowTitle(QCoreApplication.translate("FleetVehicleDialog", u"\u8f66\u8f86", None))
        self.plate_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u8f66\u724c\u53f7 *", None))
        self.plate_edit.setPlaceholderText(QCoreApplication.translate("FleetVehicleDialog", u"\u5982 \u6caaA\u00b712345\uff0c\u65b0\u80fd\u6e90\u8f66\u5982 \u7ca4B\u00b7D12345", None))
        self.model_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u8f66\u578b", None))
        self.type_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u8f66\u8f86\u7c7b\u578b", None))
        self.fuel_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u71c3\u6599", None))
        self.capacity_kg_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u8f7d\u91cd", None))
        self.capacity_kg_spin.setSuffix(QCoreApplication.translate("FleetVehicleDialog", u" \u5343\u514b", None))
        self.capacity_m3_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u5bb9\u79ef", None))
        self.capacity_m3_spin.setSuffix(QCoreApplication.translate("FleetVehicleDialog", u" \u7acb\u65b9\u7c73", None))
        self.status_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u72b6\u6001", None))
        self.insurance_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u4fdd\u9669\u5230\u671f", None))
        self.insurance_edit.setDisplayFormat(QCoreApplication.translate("FleetVehicleDialog", u"yyyy-MM-dd", None))
        self.inspection_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u5e74\u68c0\u5230\u671f", None))
        self.inspection_edit.setDisplayFormat(QCoreApplication.translate("FleetVehicleDialog", u"yyyy-MM-dd", None))
        self.interval_km_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u4fdd\u517b\u95f4\u9694\uff08\u516c\u91cc\uff09", None))
        self.interval_km_spin.setSuffix(QCoreApplication.translate("FleetVehicleDialog", u" \u516c\u91cc", None))
        self.interval_km_spin.setSpecialValueText(QCoreApplication.translate("FleetVehicleDialog", u"\u4e0d\u6309\u91cc\u7a0b", None))
        self.interval_months_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u4fdd\u517b\u95f4\u9694\uff08\u6708\uff09", None))
        self.interval_months_spin.setSuffix(QCoreApplication.translate("FleetVehicleDialog", u" \u4e2a\u6708", None))
        self.interval_months_spin.setSpecialValueText(QCoreApplication.translate("FleetVehicleDialog", u"\u4e0d\u6309\u6708\u4efd", None))
        self.odometer_start_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u767b\u8bb0\u65f6\u91cc\u7a0b", None))
        self.odometer_start_spin.setSuffix(QCoreApplication.translate("FleetVehicleDialog", u" \u516c\u91cc", None))
        self.odometer_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u5f53\u524d\u91cc\u7a0b", None))
        self.service_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u4e0b\u6b21\u4fdd\u517b", None))
        self.note_label.setText(QCoreApplication.translate("FleetVehicleDialog", u"\u5907\u6ce8", None))
    # retranslateUi
