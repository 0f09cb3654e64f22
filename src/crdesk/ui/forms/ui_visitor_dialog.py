# Generated from ui/visitor_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDateTimeEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

from crdesk.ui.widgets.client_picker import (ClientPicker)

class Ui_VisitorDialog(object):
    def setupUi(self, VisitorDialog):
        if not VisitorDialog.objectName():
            VisitorDialog.setObjectName(u"VisitorDialog")
        self.main_layout = QVBoxLayout(VisitorDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.name_label = QLabel(VisitorDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(VisitorDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.organisation_label = QLabel(VisitorDialog)
        self.organisation_label.setObjectName(u"organisation_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.organisation_label)

        self.organisation_edit = QLineEdit(VisitorDialog)
        self.organisation_edit.setObjectName(u"organisation_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.organisation_edit)

        self.phone_label = QLabel(VisitorDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(VisitorDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.purpose_label = QLabel(VisitorDialog)
        self.purpose_label.setObjectName(u"purpose_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.purpose_label)

        self.purpose_edit = QLineEdit(VisitorDialog)
        self.purpose_edit.setObjectName(u"purpose_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.purpose_edit)

        self.host_label = QLabel(VisitorDialog)
        self.host_label.setObjectName(u"host_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_edit = QLineEdit(VisitorDialog)
        self.host_edit.setObjectName(u"host_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.badge_label = QLabel(VisitorDialog)
        self.badge_label.setObjectName(u"badge_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.badge_label)

        self.badge_edit = QLineEdit(VisitorDialog)
        self.badge_edit.setObjectName(u"badge_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.badge_edit)

        self.client_label = QLabel(VisitorDialog)
        self.client_label.setObjectName(u"client_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.client_label)

        self.client_picker = ClientPicker(VisitorDialog)
        self.client_picker.setObjectName(u"client_picker")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.client_picker)

        self.checked_in_at_label = QLabel(VisitorDialog)
        self.checked_in_at_label.setObjectName(u"checked_in_at_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.checked_in_at_label)

        self.checked_in_at_edit = QDateTimeEdit(VisitorDialog)
        self.checked_in_at_edit.setObjectName(u"checked_in_at_edit")
        self.checked_in_at_edit.setCalendarPopup(True)

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.checked_in_at_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(VisitorDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(VisitorDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.organisation_label.setBuddy(self.organisation_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.purpose_label.setBuddy(self.purpose_edit)
        self.host_label.setBuddy(self.host_edit)
        self.badge_label.setBuddy(self.badge_edit)
        self.client_label.setBuddy(self.client_picker)
        self.checked_in_at_label.setBuddy(self.checked_in_at_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.name_edit, self.organisation_edit)
        QWidget.setTabOrder(self.organisation_edit, self.phone_edit)
        QWidget.setTabOrder(self.phone_edit, self.purpose_edit)
        QWidget.setTabOrder(self.purpose_edit, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.badge_edit)
        QWidget.setTabOrder(self.badge_edit, self.client_picker)
        QWidget.setTabOrder(self.client_picker, self.checked_in_at_edit)

        self.retranslateUi(VisitorDialog)

        QMetaObject.connectSlotsByName(VisitorDialog)
    # setupUi

    def retranslateUi(self, VisitorDialog):
        VisitorDialog.setWindowTitle(QCoreApplication.translate("VisitorDialog", u"\u6765\u8bbf\u767b\u8bb0", None))
        self.name_label.setText(QCoreApplication.translate("VisitorDialog", u"\u8bbf\u5ba2\u59d3\u540d *", None))
        self.organisation_label.setText(QCoreApplication.translate("VisitorDialog", u"\u5355\u4f4d", None))
        self.phone_label.setText(QCoreApplication.translate("VisitorDialog", u"\u7535\u8bdd", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("VisitorDialog", u"\u624b\u673a 13812345678 \u6216\u56fa\u8bdd 021-62345678", None))
        self.purpose_label.setText(QCoreApplication.translate("VisitorDialog", u"\u6765\u8bbf\u4e8b\u7531", None))
        self.host_label.setText(QCoreApplication.translate("VisitorDialog", u"\u63a5\u5f85\u4eba", None))
        self.badge_label.setText(QCoreApplication.translate("VisitorDialog", u"\u8bbf\u5ba2\u8bc1\u53f7", None))
        self.client_label.setText(QCoreApplication.translate("VisitorDialog", u"\u5173\u8054\u5ba2\u6237", None))
        self.checked_in_at_label.setText(QCoreApplication.translate("VisitorDialog", u"\u6765\u8bbf\u65f6\u95f4", None))
        self.checked_in_at_edit.setDisplayFormat(QCoreApplication.translate("VisitorDialog", u"yyyy-MM-dd HH:mm", None))
    # retranslateUi
