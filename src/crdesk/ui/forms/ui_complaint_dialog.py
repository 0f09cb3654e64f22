# Generated from ui/complaint_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget)

from crdesk.ui.widgets.client_picker import (ClientPicker)

class Ui_ComplaintDialog(object):
    def setupUi(self, ComplaintDialog):
        if not ComplaintDialog.objectName():
            ComplaintDialog.setObjectName(u"ComplaintDialog")
        self.main_layout = QVBoxLayout(ComplaintDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.deadline_hint = QLabel(ComplaintDialog)
        self.deadline_hint.setObjectName(u"deadline_hint")
        self.deadline_hint.setWordWrap(True)
        self.deadline_hint.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.deadline_hint)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.number_label = QLabel(ComplaintDialog)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_value = QLabel(ComplaintDialog)
        self.number_value.setObjectName(u"number_value")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_value)

        self.client_label = QLabel(ComplaintDialog)
        self.client_label.setObjectName(u"client_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.client_label)

        self.client_picker = ClientPicker(ComplaintDialog)
        self.client_picker.setObjectName(u"client_picker")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.client_picker)

        self.consumer_label = QLabel(ComplaintDialog)
        self.consumer_label.setObjectName(u"consumer_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.consumer_label)

        self.party_layout = QHBoxLayout()
        self.party_layout.setObjectName(u"party_layout")
        self.consumer_name_edit = QLineEdit(ComplaintDialog)
        self.consumer_name_edit.setObjectName(u"consumer_name_edit")

        self.party_layout.addWidget(self.consumer_name_edit)

        self.consumer_phone_edit = QLineEdit(ComplaintDialog)
        self.consumer_phone_edit.setObjectName(u"consumer_phone_edit")

        self.party_layout.addWidget(self.consumer_phone_edit)


        self.form_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.party_layout)

        self.channel_label = QLabel(ComplaintDialog)
        self.channel_label.setObjectName(u"channel_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.channel_label)

        self.channel_combo = QComboBox(ComplaintDialog)
        self.channel_combo.setObjectName(u"channel_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.channel_combo)

        self.category_label = QLabel(ComplaintDialog)
        self.category_label.setObjectName(u"category_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.category_label)

        self.category_combo = QComboBox(ComplaintDialog)
        self.category_combo.setObjectName(u"category_combo")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.category_combo)

        self.severity_label = QLabel(ComplaintDialog)
        self.severity_label.setObjectName(u"severity_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.severity_label)

        self.severity_combo = QComboBox(ComplaintDialog)
        self.severity_combo.setObjectName(u"severity_combo")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.severity_combo)

        self.product_label = QLabel(ComplaintDialog)
        self.product_label.setObjectName(u"product_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.product_label)

        self.product_combo = QComboBox(ComplaintDialog)
        self.product_combo.setObjectName(u"product_combo")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.product_combo)

        self.batch_label = QLabel(ComplaintDialog)
        self.batch_label.setObjectName(u"batch_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.batch_label)

        self.batch_edit = QLineEdit(ComplaintDialog)
        self.batch_edit.setObjectName(u"batch_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.batch_edit)

        self.received_at_label = QLabel(ComplaintDialog)
        self.received_at_label.setObjectName(u"received_at_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.received_at_label)

        self.received_at_edit = QDateTimeEdit(ComplaintDialog)
        self.received_at_edit.setObjectName(u"received_at_edit")
        self.received_at_edit.setCalendarPopup(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.received_at_edit)

        self.assignee_label = QLabel(ComplaintDialog)
        self.assignee_label.setObjectName(u"assignee_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.assignee_label)

        self.assignee_combo = QComboBox(ComplaintDialog)
        self.assignee_combo.setObjectName(u"assignee_combo")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.assignee_combo)

        self.description_label = QLabel(ComplaintDialog)
        self.description_label.setObjectName(u"description_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.description_label)

        self.description_edit = QPlainTextEdit(ComplaintDialog)
        self.description_edit.setObjectName(u"description_edit")
        self.description_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.description_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ComplaintDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ComplaintDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.client_label.setBuddy(self.client_picker)
        self.consumer_label.setBuddy(self.consumer_name_edit)
        self.channel_label.setBuddy(self.channel_combo)
        self.category_label.setBuddy(self.category_combo)
        self.severity_label.setBuddy(self.severity_combo)
        self.product_label.setBuddy(self.product_combo)
        self.batch_label.setBuddy(self.batch_edit)
        self.received_at_label.setBuddy(self.received_at_edit)
        self.assignee_label.setBuddy(self.assignee_combo)
        self.description_label.setBuddy(self.description_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.client_picker, self.consumer_name_edit)
        QWidget.setTabOrder(self.consumer_name_edit, self.consumer_phone_edit)
        QWidget.setTabOrder(self.consumer_phone_edit, self.channel_combo)
        QWidget.setTabOrder(self.channel_combo, self.category_combo)
        QWidget.setTabOrder(self.category_combo, self.severity_combo)
        QWidget.setTabOrder(self.severity_combo, self.product_combo)
        QWidget.setTabOrder(self.product_combo, self.batch_edit)
        QWidget.setTabOrder(self.batch_edit, self.received_at_edit)
        QWidget.setTabOrder(self.received_at_edit, self.assignee_combo)
        QWidget.setTabOrder(self.assignee_combo, self.description_edit)

        self.retranslateUi(ComplaintDialog)

        QMetaObject.connectSlotsByName(ComplaintDialog)
    # setupUi

    def retranslateUi(self, ComplaintDialog):
        ComplaintDialog.setWindowTitle(QCoreApplication.translate("ComplaintDialog", u"\u6295\u8bc9\u53d7\u7406", None))
        self.number_label.setText(QCoreApplication.translate("ComplaintDialog", u"\u6295\u8bc9\u7f16\u53f7", None))
        self.client_label.setText(QCoreApplication.translate("ComplaintDialog", u"\u5ba2\u6237", None))
        self.consumer_label.setText(QCoreApplication.translate("ComplaintDialog", u"\u6216\u6d88\u8d39\u8005", None))
        self.consumer_name_edit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"\u6d88\u8d39\u8005\u59d3\u540d", None))
        self.consumer_phone_edit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"\u8054\u7cfb\u7535\u8bdd", None))
        self.channel_label.setText(QCoreApplication.translate("ComplaintDialog", u"\u53d7\u7406\u6e20\u9053", None))
        self.category_label.setText(QCoreApplication.translate("ComplaintDialog", u"\u6295\u8bc9\u7c7b\u522b *", None))
        self.severity_label.setText(QCoreApplication.translate("ComplaintDialog", u"\u4e25\u91cd\u7a0b\u5ea6", None))
        self.product_label.setText(QCoreApplication.translate("ComplaintDialog", u"\u4ea7\u54c1", None))
        self.batch_label.setText(QCoreApplication.translate("ComplaintDialog", u"\u6279\u6b21", None))
        self.batch_edit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"\u5982 20261101A", None))
        self.received_at_label.setText(QCoreApplication.translate("ComplaintDialog", u"\u53d7\u7406\u65f6\u95f4", None))
        self.received_at_edit.setDisplayFormat(QCoreApplication.translate("ComplaintDialog", u"yyyy-MM-dd HH:mm", None))
        self.assignee_label.setText(QCoreApplication.translate("ComplaintDialog", u"\u5904\u7406\u4eba", None))
        self.description_label.setText(QCoreApplication.translate("ComplaintDialog", u"\u6295\u8bc9\u5185\u5bb9 *", None))
        self.description_edit.setPlaceholderText(QCoreApplication.translate("ComplaintDialog", u"\u5ba2\u6237\u53cd\u6620\u7684\u95ee\u9898\u3001\u6570\u91cf\u3001\u53d1\u73b0\u65f6\u95f4\u3001\u8bc9\u6c42", None))
    # retranslateUi
