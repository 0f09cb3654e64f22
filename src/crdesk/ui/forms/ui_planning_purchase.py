# Generated from ui/planning_purchase.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView, QTableWidget, QVBoxLayout, QWidget)

class Ui_PlanningPurchase(object):
    def setupUi(self, PlanningPurchase):
        if not PlanningPurchase.objectName():
            PlanningPurchase.setObjectName(u"PlanningPurchase")
        self.main_layout = QVBoxLayout(PlanningPurchase)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(PlanningPurchase)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.list_panel = QWidget(self.splitter)
        self.list_panel.setObjectName(u"list_panel")
        self.list_layout = QVBoxLayout(self.list_panel)
        self.list_layout.setObjectName(u"list_layout")
        self.list_layout.setContentsMargins(0, 0, 0, 0)
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.status_label = QLabel(self.list_panel)
        self.status_label.setObjectName(u"status_label")

        self.filter_layout.addWidget(self.status_label)

        self.status_filter = QComboBox(self.list_panel)
        self.status_filter.setObjectName(u"status_filter")

        self.filter_layout.addWidget(self.status_filter)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.list_layout.addLayout(self.filter_layout)

        self.plan_list = QTableView(self.list_panel)
        self.plan_list.setObjectName(u"plan_list")
        self.plan_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.plan_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.plan_list.setAlternatingRowColors(True)
        self.plan_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.list_layout.addWidget(self.plan_list)

        self.splitter.addWidget(self.list_panel)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.title_label = QLabel(self.detail_panel)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.detail_layout.addWidget(self.title_label)

        self.info_label = QLabel(self.detail_panel)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)
        self.info_label.setTextFormat(Qt.TextFormat.PlainText)

        self.detail_layout.addWidget(self.info_label)

        self.grid = QTableWidget(self.detail_panel)
        self.grid.setObjectName(u"grid")
        self.grid.setAlternatingRowColors(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)

        self.detail_layout.addWidget(self.grid)

        self.grid_tools = QHBoxLayout()
        self.grid_tools.setObjectName(u"grid_tools")
        self.formula_label = QLabel(self.detail_panel)
        self.formula_label.setObjectName(u"formula_label")
        self.formula_label.setWordWrap(True)
        self.formula_label.setTextFormat(Qt.TextFormat.PlainText)

        self.grid_tools.addWidget(self.formula_label)

        self.grid_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.grid_tools.addItem(self.grid_spacer)

        self.total_label = QLabel(self.detail_panel)
        self.total_label.setObjectName(u"total_label")

        self.grid_tools.addWidget(self.total_label)


        self.detail_layout.addLayout(self.grid_tools)

        self.note_layout = QHBoxLayout()
        self.note_layout.setObjectName(u"note_layout")
        self.note_label = QLabel(self.detail_panel)
        self.note_label.setObjectName(u"note_label")

        self.note_layout.addWidget(self.note_label)

        self.note_edit = QLineEdit(self.detail_panel)
        self.note_edit.setObjectName(u"note_edit")

        self.note_layout.addWidget(self.note_edit)


        self.detail_layout.addLayout(self.note_layout)

        self.error_label = QLabel(self.detail_panel)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.detail_layout.addWidget(self.error_label)

        self.action_layout = QHBoxLayout()
        self.action_layout.setObjectName(u"action_layout")
        self.save_button = QPushButton(self.detail_panel)
        self.save_button.setObjectName(u"save_button")

        self.action_layout.addWidget(self.save_button)

        self.regenerate_button = QPushButton(self.detail_panel)
        self.regenerate_button.setObjectName(u"regenerate_button")

        self.action_layout.addWidget(self.regenerate_button)

        self.submit_button = QPushButton(self.detail_panel)
        self.submit_button.setObjectName(u"submit_button")

        self.action_layout.addWidget(self.submit_button)

        self.withdraw_button = QPushButton(self.detail_panel)
        self.withdraw_button.setObjectName(u"withdraw_button")

        self.action_layout.addWidget(self.withdraw_button)

        self.revise_button = QPushButton(self.detail_panel)
        self.revise_button.setObjectName(u"revise_button")

        self.action_layout.addWidget(self.revise_button)

        self.approve_button = QPushButton(self.detail_panel)
        self.approve_button.setObjectName(u"approve_button")

        self.action_layout.addWidget(self.approve_button)

        self.reject_button = QPushButton(self.detail_panel)
        self.reject_button.setObjectName(u"reject_button")

        self.action_layout.addWidget(self.reject_button)

        self.action_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.action_layout.addItem(self.action_spacer)

        self.receive_button = QPushButton(self.detail_panel)
        self.receive_button.setObjectName(u"receive_button")

        self.action_layout.addWidget(self.receive_button)

        self.print_button = QPushButton(self.detail_panel)
        self.print_button.setObjectName(u"print_button")

        self.action_layout.addWidget(self.print_button)


        self.detail_layout.addLayout(self.action_layout)

        self.splitter.addWidget(self.detail_panel)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_filter)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanningPurchase)

        QMetaObject.connectSlotsByName(PlanningPurchase)
    # setupUi

    def retranslateUi(self, PlanningPurchase):
        self.status_label.setText(QCoreApplication.translate("PlanningPurchase", u"\u72b6\u6001", None))
        self.title_label.setText("")
        self.info_label.setText("")
        self.formula_label.setText("")
        self.total_label.setText("")
        self.note_label.setText(QCoreApplication.translate("PlanningPurchase", u"\u5907\u6ce8", None))
        self.error_label.setText("")
        self.save_button.setText(QCoreApplication.translate("PlanningPurchase", u"\u4fdd\u5b58", None))
        self.regenerate_button.setText(QCoreApplication.translate("PlanningPurchase", u"\u91cd\u65b0\u8ba1\u7b97", None))
        self.submit_button.setText(QCoreApplication.translate("PlanningPurchase", u"\u63d0\u4ea4\u5ba1\u6279", None))
        self.withdraw_button.setText(QCoreApplication.translate("PlanningPurchase", u"\u64a4\u56de", None))
        self.revise_button.setText(QCoreApplication.translate("PlanningPurchase", u"\u4fee\u8ba2", None))
        self.approve_button.setText(QCoreApplication.translate("PlanningPurchase", u"\u6279\u51c6", None))
        self.reject_button.setText(QCoreApplication.translate("PlanningPurchase", u"\u9a73\u56de", None))
        self.receive_button.setText(QCoreApplication.translate("PlanningPurchase", u"\u5230\u8d27\u5165\u5e93\u2026", None))
        self.print_button.setText(QCoreApplication.translate("PlanningPurchase", u"\u6253\u5370\u2026", None))
        pass
    # retranslateUi
