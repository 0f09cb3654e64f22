# Generated from ui/delivery_order_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDateEdit, QDialogButtonBox, QGridLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTimeEdit, QVBoxLayout)

from crdesk.ui.widgets.client_picker import (ClientPicker)

class Ui_DeliveryOrderDialog(object):
    def setupUi(self, DeliveryOrderDialog):
        if not DeliveryOrderDialog.objectName():
            DeliveryOrderDialog.setObjectName(u"DeliveryOrderDialog")
        self.main_layout = QVBoxLayout(DeliveryOrderDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QGridLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.number_label = QLabel(DeliveryOrderDialog)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.addWidget(self.number_label, 0, 0, 1, 1)

        self.number_value = QLabel(DeliveryOrderDialog)
        self.number_value.setObjectName(u"number_value")

        self.form_layout.addWidget(self.number_value, 0, 1, 1, 1)

        self.client_label = QLabel(DeliveryOrderDialog)
        self.client_label.setObjectName(u"client_label")

        self.form_layout.addWidget(self.client_label, 1, 0, 1, 1)

        self.client_picker = ClientPicker(DeliveryOrderDialog)
        self.client_picker.setObjectName(u"client_picker")

        self.form_layout.addWidget(self.client_picker, 1, 1, 1, 1)

        self.date_label = QLabel(DeliveryOrderDialog)
        self.date_label.setObjectName(u"date_label")

        self.form_layout.addWidget(self.date_label, 2, 0, 1, 1)

        self.requested_date_edit = QDateEdit(DeliveryOrderDialog)
        self.requested_date_edit.setObjectName(u"requested_date_edit")
        self.requested_date_edit.setCalendarPopup(True)

        self.form_layout.addWidget(self.requested_date_edit, 2, 1, 1, 1)

        self.window_label = QLabel(DeliveryOrderDialog)
        self.window_label.setObjectName(u"window_label")

        self.form_layout.addWidget(self.window_label, 3, 0, 1, 1)

        self.window_layout = QHBoxLayout()
        self.window_layout.setObjectName(u"window_layout")
        self.any_time_check = QCheckBox(DeliveryOrderDialog)
        self.any_time_check.setObjectName(u"any_time_check")

        self.window_layout.addWidget(self.any_time_check)

        self.window_start_edit = QTimeEdit(DeliveryOrderDialog)
        self.window_start_edit.setObjectName(u"window_start_edit")

        self.window_layout.addWidget(self.window_start_edit)

        self.window_to_label = QLabel(DeliveryOrderDialog)
        self.window_to_label.setObjectName(u"window_to_label")

        self.window_layout.addWidget(self.window_to_label)

        self.window_end_edit = QTimeEdit(DeliveryOrderDialog)
        self.window_end_edit.setObjectName(u"window_end_edit")

        self.window_layout.addWidget(self.window_end_edit)

        self.window_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.window_layout.addItem(self.window_spacer)


        self.form_layout.addLayout(self.window_layout, 3, 1, 1, 1)

        self.address_label = QLabel(DeliveryOrderDialog)
        self.address_label.setObjectName(u"address_label")

        self.form_layout.addWidget(self.address_label, 4, 0, 1, 1)

        self.address_edit = QLineEdit(DeliveryOrderDialog)
        self.address_edit.setObjectName(u"address_edit")

        self.form_layout.addWidget(self.address_edit, 4, 1, 1, 1)

        self.contact_label = QLabel(DeliveryOrderDialog)
        self.contact_label.setObjectName(u"contact_label")

        self.form_layout.addWidget(self.contact_label, 5, 0, 1, 1)

        self.contact_edit = QLineEdit(DeliveryOrderDialog)
        self.contact_edit.setObjectName(u"contact_edit")

        self.form_layout.addWidget(self.contact_edit, 5, 1, 1, 1)

        self.phone_label = QLabel(DeliveryOrderDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.addWidget(self.phone_label, 6, 0, 1, 1)

        self.phone_edit = QLineEdit(DeliveryOrderDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.addWidget(self.phone_edit, 6, 1, 1, 1)

        self.notes_label = QLabel(DeliveryOrderDialog)
        self.notes_label.setObjectName(u"notes_label")

        self.form_layout.addWidget(self.notes_label, 7, 0, 1, 1)

        self.notes_edit = QPlainTextEdit(DeliveryOrderDialog)
        self.notes_edit.setObjectName(u"notes_edit")
        self.notes_edit.setTabChangesFocus(True)

        self.form_layout.addWidget(self.notes_edit, 7, 1, 1, 1)


        self.main_layout.addLayout(self.form_layout)

        self.lines_tools = QHBoxLayout()
        self.lines_tools.setObjectName(u"lines_tools")
        self.lines_title = QLabel(DeliveryOrderDialog)
        self.lines_title.setObjectName(u"lines_title")

        self.lines_tools.addWidget(self.lines_title)

        self.lines_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lines_tools.addItem(self.lines_spacer)

        self.add_line_button = QPushButton(DeliveryOrderDialog)
        self.add_line_button.setObjectName(u"add_line_button")

        self.lines_tools.addWidget(self.add_line_button)

        self.remove_line_button = QPushButton(DeliveryOrderDialog)
        self.remove_line_button.setObjectName(u"remove_line_button")

        self.lines_tools.addWidget(self.remove_line_button)


        self.main_layout.addLayout(self.lines_tools)

        self.lines_table = QTableWidget(DeliveryOrderDialog)
        self.lines_table.setObjectName(u"lines_table")

        self.main_layout.addWidget(self.lines_table)

        self.error_label = QLabel(DeliveryOrderDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(DeliveryOrderDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.client_label.setBuddy(self.client_picker)
        self.date_label.setBuddy(self.requested_date_edit)
        self.window_label.setBuddy(self.any_time_check)
        self.address_label.setBuddy(self.address_edit)
        self.contact_label.setBuddy(self.contact_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.notes_label.setBuddy(self.notes_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeliveryOrderDialog)

        QMetaObject.connectSlotsByName(DeliveryOrderDialog)
    # setupUi

    def retranslateUi(self, DeliveryOrderDialog):
        self.number_label.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u9001\u8d27\u4efb\u52a1\u53f7", None))
        self.client_label.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u5ba2\u6237 *", None))
        self.date_label.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u8981\u6c42\u9001\u8d27\u65e5\u671f", None))
        self.requested_date_edit.setDisplayFormat(QCoreApplication.translate("DeliveryOrderDialog", u"yyyy-MM-dd", None))
        self.window_label.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u9001\u8d27\u65f6\u95f4\u6bb5", None))
        self.any_time_check.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u4e0d\u9650", None))
        self.window_start_edit.setDisplayFormat(QCoreApplication.translate("DeliveryOrderDialog", u"HH:mm", None))
        self.window_to_label.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u81f3", None))
        self.window_end_edit.setDisplayFormat(QCoreApplication.translate("DeliveryOrderDialog", u"HH:mm", None))
        self.address_label.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u9001\u8d27\u5730\u5740 *", None))
        self.address_edit.setPlaceholderText(QCoreApplication.translate("DeliveryOrderDialog", u"\u7559\u7a7a\u5219\u4f7f\u7528\u5ba2\u6237\u6863\u6848\u4e2d\u7684\u5730\u5740", None))
        self.contact_label.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u8054\u7cfb\u4eba", None))
        self.phone_label.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.notes_label.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u5907\u6ce8", None))
        self.lines_title.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u4ea7\u54c1\u660e\u7ec6 *", None))
        self.add_line_button.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u6dfb\u52a0\u4ea7\u54c1", None))
        self.remove_line_button.setText(QCoreApplication.translate("DeliveryOrderDialog", u"\u5220\u9664\u6240\u9009\u884c", None))
        pass
    # retranslateUi
