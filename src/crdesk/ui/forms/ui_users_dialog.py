# Generated from ui/users_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton,
    QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout)

class Ui_UsersDialog(object):
    def setupUi(self, UsersDialog):
        if not UsersDialog.objectName():
            UsersDialog.setObjectName(u"UsersDialog")
        self.main_layout = QVBoxLayout(UsersDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(UsersDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.user_table = QTableWidget(UsersDialog)
        if (self.user_table.columnCount() < 4):
            self.user_table.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.user_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.user_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.user_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.user_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.user_table.setObjectName(u"user_table")
        self.user_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.user_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.user_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.user_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.user_table)

        self.error_label = QLabel(UsersDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.add_button = QPushButton(UsersDialog)
        self.add_button.setObjectName(u"add_button")

        self.button_layout.addWidget(self.add_button)

        self.edit_button = QPushButton(UsersDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.button_layout.addWidget(self.edit_button)

        self.password_button = QPushButton(UsersDialog)
        self.password_button.setObjectName(u"password_button")

        self.button_layout.addWidget(self.password_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.button_box = QDialogButtonBox(UsersDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.button_layout)


        self.retranslateUi(UsersDialog)

        QMetaObject.connectSlotsByName(UsersDialog)
    # setupUi

    def retranslateUi(self, UsersDialog):
        UsersDialog.setWindowTitle(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u7ba1\u7406", None))
        self.intro_label.setText(QCoreApplication.translate("UsersDialog", u"\u7cfb\u7edf\u7528\u6237\u4e0e\u89d2\u8272\u3002\u505c\u7528\u7684\u8d26\u6237\u4e0d\u80fd\u767b\u5f55\uff0c\u5176\u5386\u53f2\u8bb0\u5f55\u4fdd\u7559\u3002", None))
        ___qtablewidgetitem = self.user_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("UsersDialog", u"\u7528\u6237\u540d", None))
        ___qtablewidgetitem1 = self.user_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("UsersDialog", u"\u59d3\u540d", None))
        ___qtablewidgetitem2 = self.user_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("UsersDialog", u"\u89d2\u8272", None))
        ___qtablewidgetitem3 = self.user_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("UsersDialog", u"\u72b6\u6001", None))
        self.add_button.setText(QCoreApplication.translate("UsersDialog", u"\u6dfb\u52a0\u7528\u6237\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("UsersDialog", u"\u4fee\u6539\u2026", None))
        self.password_button.setText(QCoreApplication.translate("UsersDialog", u"\u91cd\u7f6e\u5bc6\u7801\u2026", None))
    # retranslateUi
