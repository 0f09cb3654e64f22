# Generated from ui/fleet_fuel_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QDoubleSpinBox, QFormLayout,
    QLabel, QLineEdit, QSpinBox, QVBoxLayout)

class Ui_FleetFuelDialog(object):
    def setupUi(self, FleetFuelDialog):
        if not FleetFuelDialog.objectName():
            FleetFuelDialog.setObjectName(u"FleetFuelDialog")
        self.main_layout = QVBoxLayout(FleetFuelDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.vehicle_label = QLabel(FleetFuelDialog)
        self.vehicle_label.setObjectName(u"vehicle_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.vehicle_label)

        self.vehicle_combo = QComboBox(FleetFuelDialog)
        self.vehicle_combo.setObjectName(u"vehicle_combo")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.vehicle_combo)

        self.driver_label = QLabel(FleetFuelDialog)
        self.driver_label.setObjectName(u"driver_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.driver_label)

        self.driver_combo = QComboBox(FleetFuelDialog)
        self.driver_combo.setObjectName(u"driver_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.driver_combo)

        self.date_label = QLabel(FleetFuelDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(FleetFuelDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.odometer_label = QLabel(FleetFuelDialog)
        self.odometer_label.setObjectName(u"odometer_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.odometer_label)

        self.odometer_spin = QSpinBox(FleetFuelDialog)
        self.odometer_spin.setObjectName(u"odometer_spin")
        self.odometer_spin.setMinimum(0)
        self.odometer_spin.setMaximum(9999999)
        self.odometer_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.odometer_spin)

        self.litres_label = QLabel(FleetFuelDialog)
        self.litres_label.setObjectName(u"litres_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.litres_label)

        self.litres_spin = QDoubleSpinBox(FleetFuelDialog)
        self.litres_spin.setObjectName(u"litres_spin")
        self.litres_spin.setMinimum(0.000000000000000)
        self.litres_spin.setMaximum(9999.000000000000000)
        self.litres_spin.setDecimals(2)
        self.litres_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.litres_spin)

        self.amount_label = QLabel(FleetFuelDialog)
        self.amount_label.setObjectName(u"amount_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.amount_label)

        self.amount_spin = QDoubleSpinBox(FleetFuelDialog)
        self.amount_spin.setObjectName(u"amount_spin")
        self.amount_spin.setMinimum(0.000000000000000)
        self.amount_spin.setMaximum(999999.000000000000000)
        self.amount_spin.setDecimals(2)
        self.amount_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.amount_spin)

        self.station_label = QLabel(FleetFuelDialog)
        self.station_label.setObjectName(u"station_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.station_label)

        self.station_edit = QLineEdit(FleetFuelDialog)
        self.station_edit.setObjectName(u"station_edit")
        self.station_edit.setMaxLength(128)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.station_edit)

        self.full_tank_label = QLabel(FleetFuelDialog)
        self.full_tank_label.setObjectName(u"full_tank_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.full_tank_label)

        self.full_tank_check = QCheckBox(FleetFuelDialog)
        self.full_tank_check.setObjectName(u"full_tank_check")
        self.full_tank_check.setChecked(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.full_tank_check)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(FleetFuelDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(FleetFuelDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.vehicle_label.setBuddy(self.vehicle_combo)
        self.driver_label.setBuddy(self.driver_combo)
        self.date_label.setBuddy(self.date_edit)
        self.odometer_label.setBuddy(self.odometer_spin)
        self.litres_label.setBuddy(self.litres_spin)
        self.amount_label.setBuddy(self.amount_spin)
        self.station_label.setBuddy(self.station_edit)
        self.full_tank_label.setBuddy(self.full_tank_check)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FleetFuelDialog)

        QMetaObject.connectSlotsByName(FleetFuelDialog)
    # setupUi

    def retranslateUi(self, FleetFuelDialog):
        FleetFuelDialog.setWindowTitle(QCoreApplication.translate("FleetFuelDialog", u"\u52a0\u6cb9\u8bb0\u5f55", None))
        self.vehicle_label.setText(QCoreApplication.translate("FleetFuelDialog", u"\u8f66\u8f86 *", None))
        self.driver_label.setText(QCoreApplication.translate("FleetFuelDialog", u"\u9a7e\u9a76\u5458", None))
        self.date_label.setText(QCoreApplication.translate("FleetFuelDialog", u"\u65e5\u671f *", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("FleetFuelDialog", u"yyyy-MM-dd", None))
        self.odometer_label.setText(QCoreApplication.translate("FleetFuelDialog", u"\u91cc\u7a0b\u8868 *", None))
        self.odometer_spin.setSuffix(QCoreApplication.translate("FleetFuelDialog", u" \u516c\u91cc", None))
        self.litres_label.setText(QCoreApplication.translate("FleetFuelDialog", u"\u52a0\u6cb9\u91cf *", None))
        self.litres_spin.setSuffix(QCoreApplication.translate("FleetFuelDialog", u" \u5347", None))
        self.amount_label.setText(QCoreApplication.translate("FleetFuelDialog", u"\u91d1\u989d *", None))
        self.amount_spin.setSuffix(QCoreApplication.translate("FleetFuelDialog", u" \u5143", None))
        self.station_label.setText(QCoreApplication.translate("FleetFuelDialog", u"\u52a0\u6cb9\u7ad9", None))
        self.full_tank_label.setText(QCoreApplication.translate("FleetFuelDialog", u"\u52a0\u6ee1", None))
        self.full_tank_check.setText(QCoreApplication.translate("FleetFuelDialog", u"\u672c\u6b21\u52a0\u6ee1\uff08\u7528\u4e8e\u8ba1\u7b97\u767e\u516c\u91cc\u6cb9\u8017\uff09", None))
    # retranslateUi
