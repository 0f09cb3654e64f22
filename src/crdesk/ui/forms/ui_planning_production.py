# Generated from ui/planning_production.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableView, QTableWidget, QVBoxLayout,
    QWidget)

class Ui_PlanningProduction(object):
    def setupUi(self, PlanningProduction):
        if not PlanningProduction.objectName():
            PlanningProduction.setObjectName(u"PlanningProduction")
        self.main_layout = QVBoxLayout(PlanningProduction)
        self.main_layout.setObjectName(u"main_layout")
        self.splitter = QSplitter(PlanningProduction)
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

        self.new_layout = QHBoxLayout()
        self.new_layout.setObjectName(u"new_layout")
        self.month_label = QLabel(self.list_panel)
        self.month_label.setObjectName(u"month_label")

        self.new_layout.addWidget(self.month_label)

        self.month_edit = QDateEdit(self.list_panel)
        self.month_edit.setObjectName(u"month_edit")
        self.month_edit.setCalendarPopup(True)

        self.new_layout.addWidget(self.month_edit)

        self.new_button = QPushButton(self.list_panel)
        self.new_button.setObjectName(u"new_button")

        self.new_layout.addWidget(self.new_button)

        self.copy_button = QPushButton(self.list_panel)
        self.copy_button.setObjectName(u"copy_button")

        self.new_layout.addWidget(self.copy_button)


        self.list_layout.addLayout(self.new_layout)

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
        self.actual_check = QCheckBox(self.detail_panel)
        self.actual_check.setObjectName(u"actual_check")

        self.grid_tools.addWidget(self.actual_check)

        self.add_product_button = QPushButton(self.detail_panel)
        self.add_product_button.setObjectName(u"add_product_button")

        self.grid_tools.addWidget(self.add_product_button)

        self.remove_product_button = QPushButton(self.detail_panel)
        self.remove_product_button.setObjectName(u"remove_product_button")

        self.grid_tools.addWidget(self.remove_product_button)

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

        self.actuals_button = QPushButton(self.detail_panel)
        self.actuals_button.setObjectName(u"actuals_button")

        self.action_layout.addWidget(self.actuals_button)

        self.purchase_button = QPushButton(self.detail_panel)
        self.purchase_button.setObjectName(u"purchase_button")

        self.action_layout.addWidget(self.purchase_button)

        self.print_button = QPushButton(self.detail_panel)
        self.print_button.setObjectName(u"print_button")

        self.action_layout.addWidget(self.print_button)


        self.detail_layout.addLayout(self.action_layout)

        self.splitter.addWidget(self.detail_panel)

        self.main_layout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.status_label.setBuddy(self.status_filter)
        self.month_label.setBuddy(self.month_edit)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PlanningProduction)

        QMetaObject.connectSlotsByName(PlanningProduction)
    # setupUi

    def retranslateUi(self, PlanningProduction):
        self.status_label.setText(QCoreApplication.translate("PlanningProduction", u"\u72b6\u6001", None))
        self.month_label.setText(QCoreApplication.translate("PlanningProduction", u"\u6708\u4efd", None))
        self.month_edit.setDisplayFormat(QCoreApplication.translate("PlanningProduction", u"yyyy-MM", None))
        self.new_button.setText(QCoreApplication.translate("PlanningProduction", u"\u65b0\u5efa\u8ba1\u5212", None))
        self.copy_button.setText(QCoreApplication.translate("PlanningProduction", u"\u4ece\u4e0a\u6708\u590d\u5236", None))
        self.title_label.setText("")
        self.info_label.setText("")
        self.actual_check.setText(QCoreApplication.translate("PlanningProduction", u"\u6309\u5468\u5f55\u5165\u5b9e\u9645\u4ea7\u91cf", None))
        self.add_product_button.setText(QCoreApplication.translate("PlanningProduction", u"\u6dfb\u52a0\u4ea7\u54c1\u2026", None))
        self.remove_product_button.setText(QCoreApplication.translate("PlanningProduction", u"\u79fb\u9664\u6240\u9009\u4ea7\u54c1", None))
        self.total_label.setText("")
        self.note_label.setText(QCoreApplication.translate("PlanningProduction", u"\u5907\u6ce8", None))
        self.error_label.setText("")
        self.save_button.setText(QCoreApplication.translate("PlanningProduction", u"\u4fdd\u5b58", None))
        self.submit_button.setText(QCoreApplication.translate("PlanningProduction", u"\u63d0\u4ea4\u5ba1\u6279", None))
        self.withdraw_button.setText(QCoreApplication.translate("PlanningProduction", u"\u64a4\u56de", None))
        self.revise_button.setText(QCoreApplication.translate("PlanningProduction", u"\u4fee\u8ba2", None))
        self.approve_button.setText(QCoreApplication.translate("PlanningProduction", u"\u6279\u51c6", None))
        self.reject_button.setText(QCoreApplication.translate("PlanningProduction", u"\u9a73\u56de", None))
        self.actuals_button.setText(QCoreApplication.translate("PlanningProduction", u"\u5bfc\u5165\u5b9e\u9645\u4ea7\u91cf\u2026", None))
        self.purchase_button.setText(QCoreApplication.translate("PlanningProduction", u"\u751f\u6210\u91c7\u8d2d\u8ba1\u5212", None))
        self.print_button.setText(QCoreApplication.translate("PlanningProduction", u"\u6253\u5370\u2026", None))
        pass
    # retranslateUi
