# Generated from ui/planning_materials.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView, QTableWidget, QVBoxLayout, QWidget)

class Ui_PlanningMaterials(object):
    def setupUi(self, PlanningMaterials):
        if not PlanningMaterials.objectName():
            PlanningMaterials.setObjectName(u"PlanningMaterials")
        self.main_layout = QVBoxLayout(PlanningMaterials)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search_edit = QLineEdit(PlanningMaterials)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_edit)

        self.inactive_check = QCheckBox(PlanningMaterials)
        self.inactive_check.setObjectName(u"inactive_check")

        self.filter_layout.addWidget(self.inactive_check)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)

        self.legend_label = QLabel(PlanningMaterials)
        self.legend_label.setObjectName(u"legend_label")

        self.filter_layout.addWidget(self.legend_label)


        self.main_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(PlanningMaterials)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.material_table = QTableView(self.splitter)
        self.material_table.setObjectName(u"material_table")
        self.material_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.material_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.material_table.setAlternatingRowColors(True)
        self.material_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter.addWidget(self.material_table)
        self.movement_panel = QWidget(self.splitter)
        self.movement_panel.setObjectName(u"movement_panel")
        self.movement_layout = QVBoxLayout(self.movement_panel)
        self.movement_layout.setObjectName(u"movement_layout")
        self.movement_layout.setContentsMargins(0, 0, 0, 0)
        self.movement_label = QLabel(self.movement_panel)
        self.movement_label.setObjectName(u"movement_label")

        self.movement_layout.addWidget(self.movement_label)

        self.movement_table = QTableWidget(self.movement_panel)
        self.movement_table.setObjectName(u"movement_table")
        self.movement_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.movement_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.movement_table.setAlternatingRowColors(True)
        self.movement_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.movement_layout.addWidget(self.movement_table)

        self.splitter.addWidget(self.movement_panel)

        self.main_layout.addWidget(self.splitter)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.new_button = QPushButton(PlanningMaterials)
        self.new_button.setObjectName(u"new_button")

        self.action_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(PlanningMaterials)
        self.edit_button.setObjectName(u"edit_button")

        self.action_layout.addWidget(self.edit_button)

        self.issue_button = QPushButton(PlanningMaterials)
        self.issue_button.setObjectName(u"issue_button")

        self.action_layout.addWidget(self.issue_button)

        self.count_button = QPushButton(PlanningMaterials)
        self.count_button.setObjectName(u"count_button")

        self.action_layout.addWidget(self.count_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_layout.addItem(self.action_spacer)

        self.bom_button = QPushButton(PlanningMaterials)
        self.bom_button.setObjectName(u"bom_button")

        self.action_layout.addWidget(self.bom_button)


        self.main_layout.addLayout(self.action_layout)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(PlanningMaterials)

        QMetaObject.connectSlotsByName(PlanningMaterials)
    # setupUi

    def retranslateUi(self, PlanningMaterials):
        self.search_edit.setPlaceholderText(QCoreApplication.translate("PlanningMaterials", u"\u6309\u7f16\u53f7\u6216\u540d\u79f0\u67e5\u627e", None))
        self.inactive_check.setText(QCoreApplication.translate("PlanningMaterials", u"\u663e\u793a\u505c\u7528", None))
        self.legend_label.setText(QCoreApplication.translate("PlanningMaterials", u"\u7ea2\u8272\uff1a\u4f4e\u4e8e\u5b89\u5168\u5e93\u5b58", None))
        self.movement_label.setText(QCoreApplication.translate("PlanningMaterials", u"\u5e93\u5b58\u6d41\u6c34", None))
        self.new_button.setText(QCoreApplication.translate("PlanningMaterials", u"\u65b0\u5efa\u5305\u88c5\u7269\u2026", None))
        self.edit_button.setText(QCoreApplication.translate("PlanningMaterials", u"\u7f16\u8f91\u2026", None))
        self.issue_button.setText(QCoreApplication.translate("PlanningMaterials", u"\u9886\u7528\u51fa\u5e93\u2026", None))
        self.count_button.setText(QCoreApplication.translate("PlanningMaterials", u"\u76d8\u70b9\u2026", None))
        self.bom_button.setText(QCoreApplication.translate("PlanningMaterials", u"\u4ea7\u54c1\u5305\u88c5\u7269\u6599\u6e05\u5355\u2026", None))
        pass
    # retranslateUi
