# Generated from ui/planning_bom_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy,
    QSpacerItem, QTableWidget, QVBoxLayout)

class Ui_PlanningBomDialog(object):
    def setupUi(self, PlanningBomDialog):
        if not PlanningBomDialog.objectName():
            PlanningBomDialog.setObjectName(u"PlanningBomDialog")
        self.main_layout = QVBoxLayout(PlanningBomDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.product_layout = QHBoxLayout()
        self.product_layout.setObjectName(u"product_layout")
        self.product_label = QLabel(PlanningBomDialog)
        self.product_label.setObjectName(u"product_label")

        self.product_layout.addWidget(self.product_label)

        self.product_combo = QComboBox(PlanningBomDialog)
        self.product_combo.setObjectName(u"product_combo")

        self.product_layout.addWidget(self.product_combo)

        self.product_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.product_layout.addItem(self.product_spacer)


        self.main_layout.addLayout(self.product_layout)

        self.lines_table = QTableWidget(PlanningBomDialog)
        self.lines_table.setObjectName(u"lines_table")
        self.lines_table.setAlternatingRowColors(True)

        self.main_layout.addWidget(self.lines_table)

        self.line_actions = QHBoxLayout()
        self.line_actions.setObjectName(u"line_actions")
        self.add_button = QPushButton(PlanningBomDialog)
        self.add_button.setObjectName(u"add_button")

        self.line_actions.addWidget(self.add_button)

        self.remove_button = QPushButton(PlanningBomDialog)
        self.remove_button.setObjectName(u"remove_button")

        self.line_actions.addWidget(self.remove_button)

        self.line_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.line_actions.addItem(self.line_spacer)


        self.main_layout.addLayout(self.line_actions)

        self.error_label = QLabel(PlanningBomDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(PlanningBomDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.product_label.setBuddy(self.product_combo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanningBomDialog)

        QMetaObject.connectSlotsByName(PlanningBomDialog)
    # setupUi

    def retranslateUi(self, PlanningBomDialog):
        PlanningBomDialog.setWindowTitle(QCoreApplication.translate("PlanningBomDialog", u"\u4ea7\u54c1\u5305\u88c5\u7269\u6599\u6e05\u5355", None))
        self.product_label.setText(QCoreApplication.translate("PlanningBomDialog", u"\u4ea7\u54c1", None))
        self.add_button.setText(QCoreApplication.translate("PlanningBomDialog", u"\u6dfb\u52a0\u7269\u6599", None))
        self.remove_button.setText(QCoreApplication.translate("PlanningBomDialog", u"\u79fb\u9664\u6240\u9009", None))
        self.error_label.setText("")
    # retranslateUi
