# Generated from ui/visit_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDateTimeEdit, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from crdesk.ui.widgets.client_picker import (ClientPicker)

class Ui_VisitDialog(object):
    def setupUi(self, VisitDialog):
        if not VisitDialog.objectName():
            VisitDialog.setObjectName(u"VisitDialog")
        self.main_layout = QVBoxLayout(VisitDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.follow_up_hint = QLabel(VisitDialog)
        self.follow_up_hint.setObjectName(u"follow_up_hint")
        self.follow_up_hint.setWordWrap(True)
        self.follow_up_hint.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.follow_up_hint)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.number_label = QLabel(VisitDialog)
        self.number_label.setObjectName(u"number_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.number_label)

        self.number_value = QLabel(VisitDialog)
        self.number_value.setObjectName(u"number_value")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.number_value)

        self.client_label = QLabel(VisitDialog)
        self.client_label.setObjectName(u"client_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.client_label)

        self.client_picker = ClientPicker(VisitDialog)
        self.client_picker.setObjectName(u"client_picker")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.client_picker)

        self.kind_label = QLabel(VisitDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(VisitDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.staff_label = QLabel(VisitDialog)
        self.staff_label.setObjectName(u"staff_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.staff_label)

        self.staff_edit = QLineEdit(VisitDialog)
        self.staff_edit.setObjectName(u"staff_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.staff_edit)

        self.visited_at_label = QLabel(VisitDialog)
        self.visited_at_label.setObjectName(u"visited_at_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.visited_at_label)

        self.visited_at_edit = QDateTimeEdit(VisitDialog)
        self.visited_at_edit.setObjectName(u"visited_at_edit")
        self.visited_at_edit.setCalendarPopup(True)

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.visited_at_edit)

        self.purpose_label = QLabel(VisitDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_edit = QLineEdit(VisitDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.purpose_edit)

        self.summary_label = QLabel(VisitDialog)
        self.summary_label.setObjectName(u"summary_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.summary_label)

        self.summary_edit = QPlainTextEdit(VisitDialog)
        self.summary_edit.setObjectName(u"summary_edit")
        self.summary_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.summary_edit)

        self.satisfaction_label = QLabel(VisitDialog)
        self.satisfaction_label.setObjectName(u"satisfaction_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.satisfaction_label)

        self.satisfaction_combo = QComboBox(VisitDialog)
        self.satisfaction_combo.setObjectName(u"satisfaction_combo")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.satisfaction_combo)

        self.next_follow_up_label = QLabel(VisitDialog)
        self.next_follow_up_label.setObjectName(u"next_follow_up_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.next_follow_up_label)

        self.next_follow_up_layout = QHBoxLayout()
        self.next_follow_up_layout.setObjectName(u"next_follow_up_layout")
        self.next_follow_up_check = QCheckBox(VisitDialog)
        self.next_follow_up_check.setObjectName(u"next_follow_up_check")

        self.next_follow_up_layout.addWidget(self.next_follow_up_check)

        self.next_follow_up_edit = QDateEdit(VisitDialog)
        self.next_follow_up_edit.setObjectName(u"next_follow_up_edit")
        self.next_follow_up_edit.setEnabled(False)
        self.next_follow_up_edit.setCalendarPopup(True)

        self.next_follow_up_layout.addWidget(self.next_follow_up_edit)

        self.next_follow_up_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.next_follow_up_layout.addItem(self.next_follow_up_spacer)


        self.form_layout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.next_follow_up_layout)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(VisitDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(VisitDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.client_label.setBuddy(self.client_picker)
        self.kind_label.setBuddy(self.kind_combo)
        self.staff_label.setBuddy(self.staff_edit)
        self.visited_at_label.setBuddy(self.visited_at_edit)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.summary_label.setBuddy(self.summary_edit)
        self.satisfaction_label.setBuddy(self.satisfaction_combo)
        self.next_follow_up_label.setBuddy(self.next_follow_up_check)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.client_picker, self.kind_combo)
        QWidget.setTabOrder(self.kind_combo, self.staff_edit)
        QWidget.setTabOrder(self.staff_edit, self.visited_at_edit)
        QWidget.setTabOrder(self.visited_at_edit, self.purpose_edit)
        QWidget.setTabOrder(self.purpose_edit, self.summary_edit)
        QWidget.setTabOrder(self.summary_edit, self.satisfaction_combo)
        QWidget.setTabOrder(self.satisfaction_combo, self.next_follow_up_check)
        QWidget.setTabOrder(self.next_follow_up_check, self.next_follow_up_edit)

        self.retranslateUi(VisitDialog)

        QMetaObject.connectSlotsByName(VisitDialog)
    # setupUi

    def retranslateUi(self, VisitDialog):
        VisitDialog.setWindowTitle(QCoreApplication.translate("VisitDialog", u"\u62dc\u8bbf/\u56de\u8bbf\u8bb0\u5f55", None))
        self.number_label.setText(QCoreApplication.translate("VisitDialog", u"\u8bb0\u5f55\u7f16\u53f7", None))
        self.client_label.setText(QCoreApplication.translate("VisitDialog", u"\u5ba2\u6237 *", None))
        self.kind_label.setText(QCoreApplication.translate("VisitDialog", u"\u65b9\u5f0f", None))
        self.staff_label.setText(QCoreApplication.translate("VisitDialog", u"\u63a5\u5f85/\u56de\u8bbf\u4eba", None))
        self.visited_at_label.setText(QCoreApplication.translate("VisitDialog", u"\u65f6\u95f4", None))
        self.visited_at_edit.setDisplayFormat(QCoreApplication.translate("VisitDialog", u"yyyy-MM-dd HH:mm", None))
        self.purpose_label.setText(QCoreApplication.translate("VisitDialog", u"\u76ee\u7684", None))
        self.purpose_edit.setPlaceholderText(QCoreApplication.translate("VisitDialog", u"\u5982\uff1a\u5b63\u5ea6\u56de\u8bbf\u3001\u65b0\u54c1\u4ecb\u7ecd\u3001\u6295\u8bc9\u5904\u7406\u56de\u8bbf", None))
        self.summary_label.setText(QCoreApplication.translate("VisitDialog", u"\u5185\u5bb9\u6458\u8981", None))
        self.satisfaction_label.setText(QCoreApplication.translate("VisitDialog", u"\u6ee1\u610f\u5ea6", None))
        self.next_follow_up_label.setText(QCoreApplication.translate("VisitDialog", u"\u4e0b\u6b21\u56de\u8bbf", None))
        self.next_follow_up_check.setText(QCoreApplication.translate("VisitDialog", u"\u5b89\u6392\u56de\u8bbf\uff0c\u65e5\u671f", None))
        self.next_follow_up_edit.setDisplayFormat(QCoreApplication.translate("VisitDialog", u"yyyy-MM-dd", None))
    # retranslateUi
