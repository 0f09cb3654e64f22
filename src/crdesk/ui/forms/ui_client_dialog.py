# Generated from ui/client_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem,
    QVBoxLayout)

class Ui_ClientDialog(object):
    def setupUi(self, ClientDialog):
        if not ClientDialog.objectName():
            ClientDialog.setObjectName(u"ClientDialog")
        self.main_layout = QVBoxLayout(ClientDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.code_label = QLabel(ClientDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_value = QLabel(ClientDialog)
        self.code_value.setObjectName(u"code_value")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_value)

        self.name_label = QLabel(ClientDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(ClientDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.kind_label = QLabel(ClientDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ClientDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.grade_label = QLabel(ClientDialog)
        self.grade_label.setObjectName(u"grade_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.grade_label)

        self.grade_combo = QComboBox(ClientDialog)
        self.grade_combo.setObjectName(u"grade_combo")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.grade_combo)

        self.region_label = QLabel(ClientDialog)
        self.region_label.setObjectName(u"region_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.region_label)

        self.region_edit = QLineEdit(ClientDialog)
        self.region_edit.setObjectName(u"region_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.region_edit)

        self.address_label = QLabel(ClientDialog)
        self.address_label.setObjectName(u"address_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.address_label)

        self.address_edit = QLineEdit(ClientDialog)
        self.address_edit.setObjectName(u"address_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.address_edit)

        self.phone_label = QLabel(ClientDialog)
        self.phone_label.setObjectName(u"phone_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.phone_label)

        self.phone_edit = QLineEdit(ClientDialog)
        self.phone_edit.setObjectName(u"phone_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.phone_edit)

        self.note_label = QLabel(ClientDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(ClientDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.note_edit)

        self.active_check = QCheckBox(ClientDialog)
        self.active_check.setObjectName(u"active_check")
        self.active_check.setChecked(True)

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.active_check)


        self.main_layout.addLayout(self.form_layout)

        self.contacts_label = QLabel(ClientDialog)
        self.contacts_label.setObjectName(u"contacts_label")

        self.main_layout.addWidget(self.contacts_label)

        self.contacts_table = QTableWidget(ClientDialog)
        if (self.contacts_table.columnCount() < 5):
            self.contacts_table.setColumnCount(5)
        __qtablewidgetitem = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.contacts_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        self.contacts_table.setObjectName(u"contacts_table")

        self.main_layout.addWidget(self.contacts_table)

        self.contact_buttons = QHBoxLayout()
        self.contact_buttons.setObjectName(u"contact_buttons")
        self.add_contact_button = QPushButton(ClientDialog)
        self.add_contact_button.setObjectName(u"add_contact_button")

        self.contact_buttons.addWidget(self.add_contact_button)

        self.remove_contact_button = QPushButton(ClientDialog)
        self.remove_contact_button.setObjectName(u"remove_contact_button")

        self.contact_buttons.addWidget(self.remove_contact_button)

        self.contact_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.contact_buttons.addItem(self.contact_spacer)


        self.main_layout.addLayout(self.contact_buttons)

        self.error_label = QLabel(ClientDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ClientDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.name_label.setBuddy(self.name_edit)
        self.kind_label.setBuddy(self.kind_combo)
        self.grade_label.setBuddy(self.grade_combo)
        self.region_label.setBuddy(self.region_edit)
        self.address_label.setBuddy(self.address_edit)
        self.phone_label.setBuddy(self.phone_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ClientDialog)

        QMetaObject.connectSlotsByName(ClientDialog)
    # setupUi

    def retranslateUi(self, ClientDialog):
        ClientDialog.setWindowTitle(QCoreApplication.translate("ClientDialog", u"\u5ba2\u6237\u6863\u6848", None))
        self.code_label.setText(QCoreApplication.translate("ClientDialog", u"\u5ba2\u6237\u7f16\u53f7", None))
        self.name_label.setText(QCoreApplication.translate("ClientDialog", u"\u5ba2\u6237\u540d\u79f0 *", None))
        self.kind_label.setText(QCoreApplication.translate("ClientDialog", u"\u7c7b\u578b", None))
        self.grade_label.setText(QCoreApplication.translate("ClientDialog", u"\u7b49\u7ea7", None))
        self.region_label.setText(QCoreApplication.translate("ClientDialog", u"\u533a\u57df", None))
        self.address_label.setText(QCoreApplication.translate("ClientDialog", u"\u5730\u5740", None))
        self.phone_label.setText(QCoreApplication.translate("ClientDialog", u"\u7535\u8bdd", None))
        self.phone_edit.setPlaceholderText(QCoreApplication.translate("ClientDialog", u"\u624b\u673a 13812345678 \u6216\u56fa\u8bdd 021-62345678", None))
        self.note_label.setText(QCoreApplication.translate("ClientDialog", u"\u5907\u6ce8", None))
        self.active_check.setText(QCoreApplication.translate("ClientDialog", u"\u6709\u6548\u5ba2\u6237", None))
        self.contacts_label.setText(QCoreApplication.translate("ClientDialog", u"\u8054\u7cfb\u4eba", None))
        ___qtablewidgetitem = self.contacts_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("ClientDialog", u"\u59d3\u540d", None))
        ___qtablewidgetitem1 = self.contacts_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("ClientDialog", u"\u804c\u52a1", None))
        ___qtablewidgetitem2 = self.contacts_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("ClientDialog", u"\u7535\u8bdd", None))
        ___qtablewidgetitem3 = self.contacts_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("ClientDialog", u"\u90ae\u7bb1", None))
        ___qtablewidgetitem4 = self.contacts_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("ClientDialog", u"\u4e3b\u8981\u8054\u7cfb\u4eba", None))
        self.add_contact_button.setText(QCoreApplication.translate("ClientDialog", u"\u6dfb\u52a0\u8054\u7cfb\u4eba", None))
        self.remove_contact_button.setText(QCoreApplication.translate("ClientDialog", u"\u5220\u9664\u8054\u7cfb\u4eba", None))
    # retranslateUi
