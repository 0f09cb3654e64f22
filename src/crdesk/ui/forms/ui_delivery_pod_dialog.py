# Generated from ui/delivery_pod_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateTimeEdit, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout)

class Ui_DeliveryPodDialog(object):
    def setupUi(self, DeliveryPodDialog):
        if not DeliveryPodDialog.objectName():
            DeliveryPodDialog.setObjectName(u"DeliveryPodDialog")
        self.main_layout = QVBoxLayout(DeliveryPodDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.slip_value = QLabel(DeliveryPodDialog)
        self.slip_value.setObjectName(u"slip_value")
        self.slip_value.setWordWrap(True)

        self.main_layout.addWidget(self.slip_value)

        self.locked_label = QLabel(DeliveryPodDialog)
        self.locked_label.setObjectName(u"locked_label")
        self.locked_label.setWordWrap(True)

        self.main_layout.addWidget(self.locked_label)

        self.form_layout = QGridLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.receiver_label = QLabel(DeliveryPodDialog)
        self.receiver_label.setObjectName(u"receiver_label")

        self.form_layout.addWidget(self.receiver_label, 0, 0, 1, 1)

        self.receiver_edit = QLineEdit(DeliveryPodDialog)
        self.receiver_edit.setObjectName(u"receiver_edit")

        self.form_layout.addWidget(self.receiver_edit, 0, 1, 1, 1)

        self.signed_at_label = QLabel(DeliveryPodDialog)
        self.signed_at_label.setObjectName(u"signed_at_label")

        self.form_layout.addWidget(self.signed_at_label, 1, 0, 1, 1)

        self.signed_at_edit = QDateTimeEdit(DeliveryPodDialog)
        self.signed_at_edit.setObjectName(u"signed_at_edit")
        self.signed_at_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.signed_at_edit, 1, 1, 1, 1)


        self.main_layout.addLayout(self.form_layout)

        self.lines_title = QLabel(DeliveryPodDialog)
        self.lines_title.setObjectName(u"lines_title")

        self.main_layout.addWidget(self.lines_title)

        self.lines_table = QTableWidget(DeliveryPodDialog)
        self.lines_table.setObjectName(u"lines_table")

        self.main_layout.addWidget(self.lines_table)

        self.scan_layout = QHBoxLayout()
        self.scan_layout.setObjectName(u"scan_layout")
        self.scan_button = QPushButton(DeliveryPodDialog)
        self.scan_button.setObjectName(u"scan_button")

        self.scan_layout.addWidget(self.scan_button)

        self.scan_value = QLabel(DeliveryPodDialog)
        self.scan_value.setObjectName(u"scan_value")
        self.scan_value.setWordWrap(True)

        self.scan_layout.addWidget(self.scan_value)

        self.scan_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.scan_layout.addItem(self.scan_spacer)


        self.main_layout.addLayout(self.scan_layout)

        self.error_label = QLabel(DeliveryPodDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(DeliveryPodDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.receiver_label.setBuddy(self.receiver_edit)
        self.signed_at_label.setBuddy(self.signed_at_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeliveryPodDialog)

        QMetaObject.connectSlotsByName(DeliveryPodDialog)
    # setupUi

    def retranslateUi(self, DeliveryPodDialog):
        self.receiver_label.setText(QCoreApplication.translate("DeliveryPodDialog", u"\u6536\u8d27\u4eba *", None))
        self.signed_at_label.setText(QCoreApplication.translate("DeliveryPodDialog", u"\u7b7e\u6536\u65f6\u95f4", None))
        self.signed_at_edit.setDisplayFormat(QCoreApplication.translate("DeliveryPodDialog", u"yyyy-MM-dd HH:mm", None))
        self.lines_title.setText(QCoreApplication.translate("DeliveryPodDialog", u"\u5b9e\u6536\u6570\u91cf\uff08\u4e0e\u9001\u8d27\u6570\u91cf\u4e0d\u4e00\u81f4\u65f6\u987b\u586b\u5199\u539f\u56e0\uff09", None))
        self.scan_button.setText(QCoreApplication.translate("DeliveryPodDialog", u"\u9009\u62e9\u56de\u5355\u626b\u63cf\u4ef6\u2026", None))
        pass
    # retranslateUi
