# Generated from ui/planning_material_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
    QVBoxLayout)

class Ui_PlanningMaterialDialog(object):
    def setupUi(self, PlanningMaterialDialog):
        if not PlanningMaterialDialog.objectName():
            PlanningMaterialDialog.setObjectName(u"PlanningMaterialDialog")
        self.main_layout = QVBoxLayout(PlanningMaterialDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.code_label = QLabel(PlanningMaterialDialog)
        self.code_label.setObjectName(u"code_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.code_label)

        self.code_edit = QLineEdit(PlanningMaterialDialog)
        self.code_edit.setObjectName(u"code_edit")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.code_edit)

        self.name_label = QLabel(PlanningMaterialDialog)
        self.name_label.setObjectName(u"name_label")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.name_label)

        self.name_edit = QLineEdit(PlanningMaterialDialog)
        self.name_edit.setObjectName(u"name_edit")

        self.form_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.name_edit)

        self.specification_label = QLabel(PlanningMaterialDialog)
        self.specification_label.setObjectName(u"specification_label")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.specification_label)

        self.specification_edit = QLineEdit(PlanningMaterialDialog)
        self.specification_edit.setObjectName(u"specification_edit")

        self.form_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.specification_edit)

        self.unit_label = QLabel(PlanningMaterialDialog)
        self.unit_label.setObjectName(u"unit_label")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.unit_label)

        self.unit_edit = QLineEdit(PlanningMaterialDialog)
        self.unit_edit.setObjectName(u"unit_edit")

        self.form_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.unit_edit)

        self.supplier_label = QLabel(PlanningMaterialDialog)
        self.supplier_label.setObjectName(u"supplier_label")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.supplier_label)

        self.supplier_edit = QLineEdit(PlanningMaterialDialog)
        self.supplier_edit.setObjectName(u"supplier_edit")

        self.form_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.supplier_edit)

        self.pack_size_label = QLabel(PlanningMaterialDialog)
        self.pack_size_label.setObjectName(u"pack_size_label")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pack_size_label)

        self.pack_size_edit = QLineEdit(PlanningMaterialDialog)
        self.pack_size_edit.setObjectName(u"pack_size_edit")

        self.form_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pack_size_edit)

        self.min_order_label = QLabel(PlanningMaterialDialog)
        self.min_order_label.setObjectName(u"min_order_label")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.min_order_label)

        self.min_order_edit = QLineEdit(PlanningMaterialDialog)
        self.min_order_edit.setObjectName(u"min_order_edit")

        self.form_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.min_order_edit)

        self.unit_price_label = QLabel(PlanningMaterialDialog)
        self.unit_price_label.setObjectName(u"unit_price_label")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.unit_price_label)

        self.unit_price_edit = QLineEdit(PlanningMaterialDialog)
        self.unit_price_edit.setObjectName(u"unit_price_edit")

        self.form_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.unit_price_edit)

        self.safety_stock_label = QLabel(PlanningMaterialDialog)
        self.safety_stock_label.setObjectName(u"safety_stock_label")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.safety_stock_label)

        self.safety_stock_edit = QLineEdit(PlanningMaterialDialog)
        self.safety_stock_edit.setObjectName(u"safety_stock_edit")

        self.form_layout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.safety_stock_edit)

        self.active_label = QLabel(PlanningMaterialDialog)
        self.active_label.setObjectName(u"active_label")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.active_label)

        self.active_check = QCheckBox(PlanningMaterialDialog)
        self.active_check.setObjectName(u"active_check")

        self.form_layout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.active_check)

        self.note_label = QLabel(PlanningMaterialDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(PlanningMaterialDialog)
        self.note_edit.setObjectName(u"note_edit")

        self.form_layout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.stock_label = QLabel(PlanningMaterialDialog)
        self.stock_label.setObjectName(u"stock_label")
        self.stock_label.setWordWrap(True)
        self.stock_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.stock_label)

        self.error_label = QLabel(PlanningMaterialDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PlanningMaterialDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.code_label.setBuddy(self.code_edit)
        self.name_label.setBuddy(self.name_edit)
        self.specification_label.setBuddy(self.specification_edit)
        self.unit_label.setBuddy(self.unit_edit)
        self.supplier_label.setBuddy(self.supplier_edit)
        self.pack_size_label.setBuddy(self.pack_size_edit)
        self.min_order_label.setBuddy(self.min_order_edit)
        self.unit_price_label.setBuddy(self.unit_price_edit)
        self.safety_stock_label.setBuddy(self.safety_stock_edit)
        self.active_label.setBuddy(self.active_check)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanningMaterialDialog)

        QMetaObject.connectSlotsByName(PlanningMaterialDialog)
    # setupUi

    def retranslateUi(self, PlanningMaterialDialog):
        PlanningMaterialDialog.setWindowTitle(QCoreApplication.translate("PlanningMaterialDialog", u"\u5305\u88c5\u7269", None))
        self.code_label.setText(QCoreApplication.translate("PlanningMaterialDialog", u"\u7f16\u53f7 *", None))
        self.name_label.setText(QCoreApplication.translate("PlanningMaterialDialog", u"\u540d\u79f0 *", None))
        self.specification_label.setText(QCoreApplication.translate("PlanningMaterialDialog", u"\u89c4\u683c", None))
        self.unit_label.setText(QCoreApplication.translate("PlanningMaterialDialog", u"\u5355\u4f4d *", None))
        self.supplier_label.setText(QCoreApplication.translate("PlanningMaterialDialog", u"\u4f9b\u5e94\u5546", None))
        self.pack_size_label.setText(QCoreApplication.translate("PlanningMaterialDialog", u"\u5305\u88c5\u91cf\uff08\u91c7\u8d2d\u500d\u6570\uff09 *", None))
        self.min_order_label.setText(QCoreApplication.translate("PlanningMaterialDialog", u"\u6700\u5c0f\u8d77\u8ba2\u91cf", None))
        self.unit_price_label.setText(QCoreApplication.translate("PlanningMaterialDialog", u"\u5355\u4ef7\uff08\u5143\uff09", None))
        self.safety_stock_label.setText(QCoreApplication.translate("PlanningMaterialDialog", u"\u5b89\u5168\u5e93\u5b58", None))
        self.active_label.setText(QCoreApplication.translate("PlanningMaterialDialog", u"\u72b6\u6001", None))
        self.note_label.setText(QCoreApplication.translate("PlanningMaterialDialog", u"\u5907\u6ce8", None))
        self.stock_label.setText("")
        self.error_label.setText("")
    # retranslateUi
