# Generated from ui/delivery_run_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QTimeEdit, QVBoxLayout)

class Ui_DeliveryRunDialog(object):
    def setupUi(self, DeliveryRunDialog):
        if not DeliveryRunDialog.objectName():
            DeliveryRunDialog.setObjectName(u"DeliveryRunDialog")
        self.main_layout = QVBoxLayout(DeliveryRunDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.number_label = QLabel(DeliveryRunDialog)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.addWidget(self.number_label, 0, 0, 1, 1)

        self.number_value = QLabel(DeliveryRunDialog)
        self.number_value.setObjectName(u"number_value")

        self.form_layout.addWidget(self.number_value, 0, 1, 1, 1)

        self.date_label = QLabel(DeliveryRunDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.addWidget(self.date_label, 1, 0, 1, 1)

        self.run_date_edit = QDateEdit(DeliveryRunDialog)
        self.run_date_edit.setObjectName(u"run_date_edit")
        self.run_date_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.run_date_edit, 1, 1, 1, 1)

        self.vehicle_label = QLabel(DeliveryRunDialog)
        self.vehicle_label.setObjectName(u"vehicle_label")

        self.form_layout.addWidget(self.vehicle_label, 2, 0, 1, 1)

        self.vehicle_combo = QComboBox(DeliveryRunDialog)
        self.vehicle_combo.setObjectName(u"vehicle_combo")

        self.form_layout.addWidget(self.vehicle_combo, 2, 1, 1, 1)

        self.driver_label = QLabel(DeliveryRunDialog)
        self.driver_label.setObjectName(u"driver_label")

        self.form_layout.addWidget(self.driver_label, 3, 0, 1, 1)

        self.driver_combo = QComboBox(DeliveryRunDialog)
        self.driver_combo.setObjectName(u"driver_combo")

        self.form_layout.addWidget(self.driver_combo, 3, 1, 1, 1)

        self.clerk_label = QLabel(DeliveryRunDialog)
        self.clerk_label.setObjectName(u"clerk_label")

        self.form_layout.addWidget(self.clerk_label, 4, 0, 1, 1)

        self.clerk_combo = QComboBox(DeliveryRunDialog)
        self.clerk_combo.setObjectName(u"clerk_combo")

        self.form_layout.addWidget(self.clerk_combo, 4, 1, 1, 1)

        self.departs_label = QLabel(DeliveryRunDialog)
        self.departs_label.setObjectName(u"departs_label")

        self.form_layout.addWidget(self.departs_label, 5, 0, 1, 1)

        self.departs_edit = QTimeEdit(DeliveryRunDialog)
        self.departs_edit.setObjectName(u"departs_edit")

        self.form_layout.addWidget(self.departs_edit, 5, 1, 1, 1)

        self.returns_label = QLabel(DeliveryRunDialog)
        self.returns_label.setObjectName(u"returns_label")

        self.form_layout.addWidget(self.returns_label, 6, 0, 1, 1)

        self.returns_edit = QTimeEdit(DeliveryRunDialog)
        self.returns_edit.setObjectName(u"returns_edit")

        self.form_layout.addWidget(self.returns_edit, 6, 1, 1, 1)

        self.notes_label = QLabel(DeliveryRunDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.addWidget(self.notes_label, 7, 0, 1, 1)

        self.notes_edit = QPlainTextEdit(DeliveryRunDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.notes_edit, 7, 1, 1, 1)


        self.main_layout.addLayout(self.form_layout)

        self.problems_label = QLabel(DeliveryRunDialog)
        self.problems_label.setObjectName(u"problems_label")
        self.problems_label.setWordWrap(True)

        self.main_layout.addWidget(self.problems_label)

        self.override_layout = QHBoxLayout()
        self.override_layout.setObjectName(u"override_layout")
        self.override_label = QLabel(DeliveryRunDialog)
        self.override_label.setObjectName(u"override_label")

        self.override_layout.addWidget(self.override_label)

        self.override_edit = QLineEdit(DeliveryRunDialog)
        self.override_edit.setObjectName(u"override_edit")

        self.override_layout.addWidget(self.override_edit)


        self.main_layout.addLayout(self.override_layout)

        self.error_label = QLabel(DeliveryRunDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(DeliveryRunDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.date_label.setBuddy(self.run_date_edit)
        self.vehicle_label.setBuddy(self.vehicle_combo)
        self.driver_label.setBuddy(self.driver_combo)
        self.clerk_label.setBuddy(self.clerk_combo)
        self.departs_label.setBuddy(self.departs_edit)
        self.returns_label.setBuddy(self.returns_edit)
        self.notes_label.setBuddy(self.notes_edit)
        self.override_label.setBuddy(self.override_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeliveryRunDialog)

        QMetaObject.connectSlotsByName(DeliveryRunDialog)
    # setupUi

    def retranslateUi(self, DeliveryRunDialog):
        self.number_label.setText(QCoreApplication.translate("DeliveryRunDialog", u"\u8f66\u6b21\u53f7", None))
        self.date_label.setText(QCoreApplication.translate("DeliveryRunDialog", u"\u65e5\u671f", None))
        self.run_date_edit.setDisplayFormat(QCoreApplication.translate("DeliveryRunDialog", u"yyyy-MM-dd", None))
        self.vehicle_label.setText(QCoreApplication.translate("DeliveryRunDialog", u"\u8f66\u8f86 *", None))
        self.driver_label.setText(QCoreApplication.translate("DeliveryRunDialog", u"\u53f8\u673a *", None))
        self.clerk_label.setText(QCoreApplication.translate("DeliveryRunDialog", u"\u914d\u9001\u5458", None))
        self.departs_label.setText(QCoreApplication.translate("DeliveryRunDialog", u"\u51fa\u53d1\u65f6\u95f4", None))
        self.departs_edit.setDisplayFormat(QCoreApplication.translate("DeliveryRunDialog", u"HH:mm", None))
        self.returns_label.setText(QCoreApplication.translate("DeliveryRunDialog", u"\u9884\u8ba1\u8fd4\u56de", None))
        self.returns_edit.setDisplayFormat(QCoreApplication.translate("DeliveryRunDialog", u"HH:mm", None))
        self.notes_label.setText(QCoreApplication.translate("DeliveryRunDialog", u"\u5907\u6ce8", None))
        self.override_label.setText(QCoreApplication.translate("DeliveryRunDialog", u"\u8d85\u51fa\u68c0\u67e5\u7684\u539f\u56e0\uff08\u90e8\u95e8\u7ecf\u7406\uff09", None))
        self.override_edit.setPlaceholderText(QCoreApplication.translate("DeliveryRunDialog", u"\u586b\u5199\u540e\u53ef\u4e0d\u53d7\u68c0\u67e5\u9650\u5236\u4fdd\u5b58\uff0c\u8bb0\u5165\u5ba1\u8ba1\u8bb0\u5f55", None))
        pass
    # retranslateUi
