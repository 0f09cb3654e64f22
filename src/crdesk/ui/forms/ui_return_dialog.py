# Generated from ui/return_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QVBoxLayout, QWidget)

from crdesk.ui.widgets.client_picker import (ClientPicker)

class Ui_ReturnDialog(object):
    def setupUi(self, ReturnDialog):
        if not ReturnDialog.objectName():
            ReturnDialog.setObjectName(u"ReturnDialog")
        self.main_layout = QVBoxLayout(ReturnDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.number_label = QLabel(ReturnDialog)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_value = QLabel(ReturnDialog)
        self.number_value.setObjectName(u"number_value")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_value)

        self.client_label = QLabel(ReturnDialog)
        self.client_label.setObjectName(u"client_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.client_label)

        self.client_picker = ClientPicker(ReturnDialog)
        self.client_picker.setObjectName(u"client_picker")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.client_picker)

        self.kind_label = QLabel(ReturnDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ReturnDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.complaint_label = QLabel(ReturnDialog)
        self.complaint_label.setObjectName(u"complaint_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.complaint_label)

        self.complaint_combo = QComboBox(ReturnDialog)
        self.complaint_combo.setObjectName(u"complaint_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.complaint_combo)

        self.delivery_label = QLabel(ReturnDialog)
        self.delivery_label.setObjectName(u"delivery_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.delivery_label)

        self.original_delivery_edit = QLineEdit(ReturnDialog)
        self.original_delivery_edit.setObjectName(u"original_delivery_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.original_delivery_edit)

        self.reason_label = QLabel(ReturnDialog)
        self.reason_label.setObjectName(u"reason_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.reason_label)

        self.reason_edit = QPlainTextEdit(ReturnDialog)
        self.reason_edit.setObjectName(u"reason_edit")
        self.reason_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.reason_edit)


        self.main_layout.addLayout(self.form_layout)

        self.lines_layout = QVBoxLayout()
        self.lines_layout.setObjectName(u"lines_layout")
        self.lines_table = QTableWidget(ReturnDialog)
        self.lines_table.setObjectName(u"lines_table")

        self.lines_layout.addWidget(self.lines_table)

        self.lines_buttons = QHBoxLayout()
        self.lines_buttons.setObjectName(u"lines_buttons")
        self.add_line_button = QPushButton(ReturnDialog)
        self.add_line_button.setObjectName(u"add_line_button")

        self.lines_buttons.addWidget(self.add_line_button)

        self.remove_line_button = QPushButton(ReturnDialog)
        self.remove_line_button.setObjectName(u"remove_line_button")

        self.lines_buttons.addWidget(self.remove_line_button)

        self.lines_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.lines_buttons.addItem(self.lines_spacer)

        self.totals_label = QLabel(ReturnDialog)
        self.totals_label.setObjectName(u"totals_label")

        self.lines_buttons.addWidget(self.totals_label)


        self.lines_layout.addLayout(self.lines_buttons)

        self.limit_hint = QLabel(ReturnDialog)
        self.limit_hint.setObjectName(u"limit_hint")
        self.limit_hint.setWordWrap(True)
        self.limit_hint.setTextFormat(Qt.TextFormat.PlainText)

        self.lines_layout.addWidget(self.limit_hint)

        self.lines_layout.setStretch(0, 1)

        self.main_layout.addLayout(self.lines_layout)

        self.error_label = QLabel(ReturnDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ReturnDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.client_label.setBuddy(self.client_picker)
        self.kind_label.setBuddy(self.kind_combo)
        self.complaint_label.setBuddy(self.complaint_combo)
        self.delivery_label.setBuddy(self.original_delivery_edit)
        self.reason_label.setBuddy(self.reason_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.client_picker, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.complaint_combo)
        QWidget.setTabOrder(self.complaint_combo, self.original_delivery_edit)
        QWidget.setTabOrder(self.original_delivery_edit, self.reason_edit)
        QWidget.setTabOrder(self.reason_edit, self.lines_table)

        self.retranslateUi(ReturnDialog)

        QMetaObject.connectSlotsByName(ReturnDialog)
    # setupUi

    def retranslateUi(self, ReturnDialog):
        ReturnDialog.setWindowTitle(QCoreApplication.translate("ReturnDialog", u"\u9000\u6362\u8d27\u7533\u8bf7", None))
        self.number_label.setText(QCoreApplication.translate("ReturnDialog", u"\u5355\u53f7", None))
        self.client_label.setText(QCoreApplication.translate("ReturnDialog", u"\u5ba2\u6237 *", None))
        self.kind_label.setText(QCoreApplication.translate("ReturnDialog", u"\u7c7b\u578b", None))
        self.complaint_label.setText(QCoreApplication.translate("ReturnDialog", u"\u5173\u8054\u6295\u8bc9", None))
        self.delivery_label.setText(QCoreApplication.translate("ReturnDialog", u"\u539f\u9001\u8d27\u5355", None))
        self.original_delivery_edit.setPlaceholderText(QCoreApplication.translate("ReturnDialog", u"\u539f\u9001\u8d27\u5355\u6216\u9001\u8d27\u4efb\u52a1\u7f16\u53f7\uff08\u53ef\u7a7a\uff09", None))
        self.reason_label.setText(QCoreApplication.translate("ReturnDialog", u"\u9000\u6362\u8d27\u539f\u56e0", None))
        self.add_line_button.setText(QCoreApplication.translate("ReturnDialog", u"\u6dfb\u52a0\u660e\u7ec6", None))
        self.remove_line_button.setText(QCoreApplication.translate("ReturnDialog", u"\u5220\u9664\u660e\u7ec6", None))
    # retranslateUi
