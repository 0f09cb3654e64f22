# Generated from ui/product_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QSpacerItem, QVBoxLayout, QWidget)

class Ui_ProductDialog(object):
    def setupUi(self, ProductDialog):
        if not ProductDialog.objectName():
            ProductDialog.setObjectName(u"ProductDialog")
        self.main_layout = QVBoxLayout(ProductDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.code_label = QLabel(ProductDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(ProductDialog)
        self.code_edit.setObjectName(u"code_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.name_label = QLabel(ProductDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(ProductDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.specification_label = QLabel(ProductDialog)
        self.specification_label.setObjectName(u"specification_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.specification_label)

        self.specification_edit = QLineEdit(ProductDialog)
        self.specification_edit.setObjectName(u"specification_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.specification_edit)

        self.unit_label = QLabel(ProductDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_edit = QLineEdit(ProductDialog)
        self.unit_edit.setObjectName(u"unit_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unit_edit)

        self.unit_weight_label = QLabel(ProductDialog)
        self.unit_weight_label.setObjectName(u"unit_weight_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.unit_weight_label)

        self.unit_weight_edit = QLineEdit(ProductDialog)
        self.unit_weight_edit.setObjectName(u"unit_weight_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.unit_weight_edit)

        self.unit_price_label = QLabel(ProductDialog)
        self.unit_price_label.setObjectName(u"unit_price_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.unit_price_label)

        self.unit_price_edit = QLineEdit(ProductDialog)
        self.unit_price_edit.setObjectName(u"unit_price_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.unit_price_edit)

        self.active_check = QCheckBox(ProductDialog)
        self.active_check.setObjectName(u"active_check")
        self.active_check.setChecked(True)

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.active_check)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ProductDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(ProductDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.name_label.setBuddy(self.name_edit)
        self.specification_label.setBuddy(self.specification_edit)
        self.unit_label.setBuddy(self.unit_edit)
        self.unit_weight_label.setBuddy(self.unit_weight_edit)
        self.unit_price_label.setBuddy(self.unit_price_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.code_edit, self.name_edit)
        QWidget.setTabOrder(self.name_edit, self.specification_edit)
        QWidget.setTabOrder(self.specification_edit, self.unit_edit)
        QWidget.setTabOrder(self.unit_edit, self.unit_weight_edit)
        QWidget.setTabOrder(self.unit_weight_edit, self.unit_price_edit)
        QWidget.setTabOrder(self.unit_price_edit, self.active_check)

        self.retranslateUi(ProductDialog)

        QMetaObject.connectSlotsByName(ProductDialog)
    # setupUi

    def retranslateUi(self, ProductDialog):
        ProductDialog.setWindowTitle(QCoreApplication.translate("ProductDialog", u"\u4ea7\u54c1", None))
        self.code_label.setText(QCoreApplication.translate("ProductDialog", u"\u4ea7\u54c1\u7f16\u53f7 *", None))
        self.code_edit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"\u5982 CP0101\uff0c\u4fdd\u5b58\u4e3a\u5927\u5199", None))
        self.name_label.setText(QCoreApplication.translate("ProductDialog", u"\u4ea7\u54c1\u540d\u79f0 *", None))
        self.specification_label.setText(QCoreApplication.translate("ProductDialog", u"\u89c4\u683c", None))
        self.specification_edit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"\u5982 550ml\u00d724\u74f6", None))
        self.unit_label.setText(QCoreApplication.translate("ProductDialog", u"\u5355\u4f4d *", None))
        self.unit_edit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"\u5982 \u7bb1", None))
        self.unit_weight_label.setText(QCoreApplication.translate("ProductDialog", u"\u5355\u4f4d\u91cd\u91cf\uff08kg\uff09", None))
        self.unit_weight_edit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"\u6700\u591a 3 \u4f4d\u5c0f\u6570\uff0c\u5982 13.5", None))
        self.unit_price_label.setText(QCoreApplication.translate("ProductDialog", u"\u5355\u4ef7\uff08\u5143\uff09", None))
        self.unit_price_edit.setPlaceholderText(QCoreApplication.translate("ProductDialog", u"\u6700\u591a 2 \u4f4d\u5c0f\u6570\uff0c\u5982 24.00", None))
        self.active_check.setText(QCoreApplication.translate("ProductDialog", u"\u6709\u6548\uff08\u65b0\u5355\u636e\u4e2d\u53ef\u4ee5\u9009\u62e9\uff09", None))
    # retranslateUi
