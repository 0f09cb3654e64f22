# Generated from ui/fleet_trip_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QGridLayout,
    QGroupBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QVBoxLayout)

class Ui_FleetTripDialog(object):
    def setupUi(self, FleetTripDialog):
        if not FleetTripDialog.objectName():
            FleetTripDialog.setObjectName(u"FleetTripDialog")
        self.main_layout = QVBoxLayout(FleetTripDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.run_label = QLabel(FleetTripDialog)
        self.run_label.setObjectName(u"run_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.run_label)

        self.run_value = QLabel(FleetTripDialog)
        self.run_value.setObjectName(u"run_value")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.run_value)

        self.vehicle_label = QLabel(FleetTripDialog)
        self.vehicle_label.setObjectName(u"vehicle_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.vehicle_label)

        self.vehicle_combo = QComboBox(FleetTripDialog)
        self.vehicle_combo.setObjectName(u"vehicle_combo")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.vehicle_combo)

        self.driver_label = QLabel(FleetTripDialog)
        self.driver_label.setObjectName(u"driver_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.driver_label)

        self.driver_combo = QComboBox(FleetTripDialog)
        self.driver_combo.setObjectName(u"driver_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.driver_combo)

        self.date_label = QLabel(FleetTripDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.date_label)

        self.date_edit = QDateEdit(FleetTripDialog)
        self.date_edit.setObjectName(u"date_edit")
        self.date_edit.setCalendarPopup(True)

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.date_edit)

        self.start_label = QLabel(FleetTripDialog)
        self.start_label.setObjectName(u"start_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.start_label)

        self.start_spin = QSpinBox(FleetTripDialog)
        self.start_spin.setObjectName(u"start_spin")
        self.start_spin.setMinimum(0)
        self.start_spin.setMaximum(9999999)
        self.start_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.start_spin)

        self.end_label = QLabel(FleetTripDialog)
        self.end_label.setObjectName(u"end_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.end_label)

        self.end_spin = QSpinBox(FleetTripDialog)
        self.end_spin.setObjectName(u"end_spin")
        self.end_spin.setMinimum(0)
        self.end_spin.setMaximum(9999999)
        self.end_spin.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.end_spin)

        self.km_label = QLabel(FleetTripDialog)
        self.km_label.setObjectName(u"km_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.km_label)

        self.km_value = QLabel(FleetTripDialog)
        self.km_value.setObjectName(u"km_value")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.km_value)

        self.route_label = QLabel(FleetTripDialog)
        self.route_label.setObjectName(u"route_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.route_label)

        self.route_edit = QLineEdit(FleetTripDialog)
        self.route_edit.setObjectName(u"route_edit")
        self.route_edit.setMaxLength(255)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.route_edit)

        self.purpose_label = QLabel(FleetTripDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_edit = QLineEdit(FleetTripDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")
        self.purpose_edit.setMaxLength(255)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.purpose_edit)


        self.main_layout.addLayout(self.form_layout)

        self.checklist_box = QGroupBox(FleetTripDialog)
        self.checklist_box.setObjectName(u"checklist_box")
        self.checklist_layout = QGridLayout(self.checklist_box)
        self.checklist_layout.setObjectName(u"checklist_layout")
        self.check_tyres = QCheckBox(self.checklist_box)
        self.check_tyres.setObjectName(u"check_tyres")

        self.checklist_layout.addWidget(self.check_tyres, 0, 0, 1, 1)

        self.check_lights = QCheckBox(self.checklist_box)
        self.check_lights.setObjectName(u"check_lights")

        self.checklist_layout.addWidget(self.check_lights, 0, 1, 1, 1)

        self.check_brakes = QCheckBox(self.checklist_box)
        self.check_brakes.setObjectName(u"check_brakes")

        self.checklist_layout.addWidget(self.check_brakes, 0, 2, 1, 1)

        self.check_fluids = QCheckBox(self.checklist_box)
        self.check_fluids.setObjectName(u"check_fluids")

        self.checklist_layout.addWidget(self.check_fluids, 1, 0, 1, 1)

        self.check_papers = QCheckBox(self.checklist_box)
        self.check_papers.setObjectName(u"check_papers")

        self.checklist_layout.addWidget(self.check_papers, 1, 1, 1, 1)


        self.main_layout.addWidget(self.checklist_box)

        self.defects_label = QLabel(FleetTripDialog)
        self.defects_label.setObjectName(u"defects_label")

        self.main_layout.addWidget(self.defects_label)

        self.defects_edit = QPlainTextEdit(FleetTripDialog)
        self.defects_edit.setObjectName(u"defects_edit")
        self.defects_edit.setTabChangesFocus(True)

        self.main_layout.addWidget(self.defects_edit)

        self.error_label = QLabel(FleetTripDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(FleetTripDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.run_label.setBuddy(self.run_value)
        self.vehicle_label.setBuddy(self.vehicle_combo)
        self.driver_label.setBuddy(self.driver_combo)
        self.date_label.setBuddy(self.date_edit)
        self.start_label.setBuddy(self.start_spin)
        self.end_label.setBuddy(self.end_spin)
        self.km_label.setBuddy(self.km_value)
        self.route_label.setBuddy(self.route_edit)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.defects_label.setBuddy(self.defects_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FleetTripDialog)

        QMetaObject.connectSlotsByName(FleetTripDialog)
    # setupUi

    def retranslateUi(self, FleetTripDialog):
        FleetTripDialog.setWindowTitle(QCoreApplication.translate("FleetTripDialog", u"\u884c\u8f66\u8bb0\u5f55", None))
        self.run_label.setText(QCoreApplication.translate("FleetTripDialog", u"\u914d\u9001\u8f66\u6b21", None))
        self.vehicle_label.setText(QCoreApplication.translate("FleetTripDialog", u"\u8f66\u8f86 *", None))
        self.driver_label.setText(QCoreApplication.translate("FleetTripDialog", u"\u9a7e\u9a76\u5458 *", None))
        self.date_label.setText(QCoreApplication.translate("FleetTripDialog", u"\u65e5\u671f *", None))
        self.date_edit.setDisplayFormat(QCoreApplication.translate("FleetTripDialog", u"yyyy-MM-dd", None))
        self.start_label.setText(QCoreApplication.translate("FleetTripDialog", u"\u51fa\u8f66\u91cc\u7a0b *", None))
        self.start_spin.setSuffix(QCoreApplication.translate("FleetTripDialog", u" \u516c\u91cc", None))
        self.end_label.setText(QCoreApplication.translate("FleetTripDialog", u"\u56de\u573a\u91cc\u7a0b *", None))
        self.end_spin.setSuffix(QCoreApplication.translate("FleetTripDialog", u" \u516c\u91cc", None))
        self.km_label.setText(QCoreApplication.translate("FleetTripDialog", u"\u884c\u9a76", None))
        self.route_label.setText(QCoreApplication.translate("FleetTripDialog", u"\u8def\u7ebf", None))
        self.purpose_label.setText(QCoreApplication.translate("FleetTripDialog", u"\u4e8b\u7531", None))
        self.checklist_box.setTitle(QCoreApplication.translate("FleetTripDialog", u"\u51fa\u8f66\u68c0\u67e5\uff08\u9010\u9879\u786e\u8ba4\uff09", None))
        self.check_tyres.setText(QCoreApplication.translate("FleetTripDialog", u"\u8f6e\u80ce", None))
        self.check_lights.setText(QCoreApplication.translate("FleetTripDialog", u"\u706f\u5149", None))
        self.check_brakes.setText(QCoreApplication.translate("FleetTripDialog", u"\u5236\u52a8", None))
        self.check_fluids.setText(QCoreApplication.translate("FleetTripDialog", u"\u6cb9\u6db2", None))
        self.check_papers.setText(QCoreApplication.translate("FleetTripDialog", u"\u8bc1\u4ef6\uff08\u884c\u9a76\u8bc1\u3001\u4fdd\u9669\u5355\uff09", None))
        self.defects_label.setText(QCoreApplication.translate("FleetTripDialog", u"\u7f3a\u9677\u53ca\u5904\u7406\uff08\u6709\u672a\u901a\u8fc7\u9879\u65f6\u5fc5\u586b\uff09", None))
    # retranslateUi
