# Generated from ui/products_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ProductsDialog(object):
    def setupUi(self, ProductsDialog):
        if not ProductsDialog.objectName():
            ProductsDialog.setObjectName(u"ProductsDialog")
        self.main_layout = QVBoxLayout(ProductsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search_edit = QLineEdit(ProductsDialog)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_edit)

        self.inactive_check = QCheckBox(ProductsDialog)
        self.inactive_check.setObjectName(u"inactive_check")

        self.filter_layout.addWidget(self.inactive_check)

        self.count_label = QLabel(ProductsDialog)
        self.count_label.setObjectName(u"count_label")

        self.filter_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.filter_layout)

        self.product_table = QTableView(ProductsDialog)
        self.product_table.setObjectName(u"product_table")
        self.product_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.product_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.product_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.product_table.setSortingEnabled(True)
        self.product_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.product_table)

        self.message_label = QLabel(ProductsDialog)
        self.message_label.setObjectName(u"message_label")

        self.main_layout.addWidget(self.message_label)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.new_button = QPushButton(ProductsDialog)
        self.new_button.setObjectName(u"new_button")

        self.button_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(ProductsDialog)
        self.edit_button.setObjectName(u"edit_button")

        self.button_layout.addWidget(self.edit_button)

        self.active_button = QPushButton(ProductsDialog)
        self.active_button.setObjectName(u"active_button")

        self.button_layout.addWidget(self.active_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.button_box = QDialogButtonBox(ProductsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.button_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.button_layout)

        QWidget.setTabOrder(self.search_edit, self.inactive_check)
        QWidget.setTabOrder(self.inactive_check, self.product_table)
        QWidget.setTabOrder(self.product_table, self.new_button)
        QWidget.setTabOrder(self.new_button, self.edit_button)
        QWidget.setTabOrder(self.edit_button, self.active_button)

        self.retranslateUi(ProductsDialog)

        QMetaObject.connectSlotsByName(ProductsDialog)
    # setupUi

    def retranslateUi(self, ProductsDialog):
        ProductsDialog.setWindowTitle(QCoreApplication.translate("ProductsDialog", u"\u4ea7\u54c1\u76ee\u5f55", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ProductsDialog", u"\u6309\u4ea7\u54c1\u7f16\u53f7\u3001\u540d\u79f0\u6216\u89c4\u683c\u67e5\u627e", None))
        self.inactive_check.setText(QCoreApplication.translate("ProductsDialog", u"\u663e\u793a\u5df2\u505c\u7528", None))
        self.new_button.setText(QCoreApplication.translate("ProductsDialog", u"\u65b0\u5efa\u4ea7\u54c1\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("ProductsDialog", u"\u4fee\u6539\u2026", None))
        self.active_button.setText(QCoreApplication.translate("ProductsDialog", u"\u505c\u7528", None))
    # retranslateUi
