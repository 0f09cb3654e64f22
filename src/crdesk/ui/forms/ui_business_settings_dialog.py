# Generated from ui/business_settings_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout)

class Ui_BusinessSettingsDialog(object):
    def setupUi(self, BusinessSettingsDialog):
        if not BusinessSettingsDialog.objectName():
            BusinessSettingsDialog.setObjectName(u"BusinessSettingsDialog")
        self.main_layout = QVBoxLayout(BusinessSettingsDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(BusinessSettingsDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")

        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(BusinessSettingsDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.main_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(BusinessSettingsDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.main_layout.addWidget(self.button_box)


        self.retranslateUi(BusinessSettingsDialog)

        QMetaObject.connectSlotsByName(BusinessSettingsDialog)
    # setupUi

    def retranslateUi(self, BusinessSettingsDialog):
        BusinessSettingsDialog.setWindowTitle(QCoreApplication.translate("BusinessSettingsDialog", u"\u4e1a\u52a1\u8bbe\u7f6e", None))
        self.intro_label.setText(QCoreApplication.translate("BusinessSettingsDialog", u"\u8fd9\u4e9b\u8bbe\u7f6e\u4fdd\u5b58\u5728\u6570\u636e\u5e93\u4e2d\uff0c\u6240\u6709\u5de5\u4f5c\u7ad9\u5171\u7528\u3002\u516c\u53f8\u540d\u79f0\u3001\u5730\u5740\u548c\u7535\u8bdd\u5370\u5728\u6253\u5370\u5355\u636e\u7684\u62ac\u5934\u3002", None))
    # retranslateUi
