# Generated from ui/planning_approvals.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem,
    QTableWidget, QVBoxLayout)

class Ui_PlanningApprovals(object):
    def setupUi(self, PlanningApprovals):
        if not PlanningApprovals.objectName():
            PlanningApprovals.setObjectName(u"PlanningApprovals")
        self.main_layout = QVBoxLayout(PlanningApprovals)
        self.main_layout.setObjectName(u"main_layout")
        self.inbox_label = QLabel(PlanningApprovals)
        self.inbox_label.setObjectName(u"inbox_label")

        self.main_layout.addWidget(self.inbox_label)

        self.inbox_table = QTableWidget(PlanningApprovals)
        self.inbox_table.setObjectName(u"inbox_table")
        self.inbox_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.inbox_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.inbox_table.setAlternatingRowColors(True)
        self.inbox_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.main_layout.addWidget(self.inbox_table)

        self.inbox_actions = QHBoxLayout()
        self.inbox_actions.setObjectName(u"inbox_actions")
        self.open_button = QPushButton(PlanningApprovals)
        self.open_button.setObjectName(u"open_button")

        self.inbox_actions.addWidget(self.open_button)

        self.approve_button = QPushButton(PlanningApprovals)
        self.approve_button.setObjectName(u"approve_button")

        self.inbox_actions.addWidget(self.approve_button)

        self.reject_button = QPushButton(PlanningApprovals)
        self.reject_button.setObjectName(u"reject_button")

        self.inbox_actions.addWidget(self.reject_button)

        self.inbox_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.inbox_actions.addItem(self.inbox_spacer)

        self.refresh_button = QPushButton(PlanningApprovals)
        self.refresh_button.setObjectName(u"refresh_button")

        self.inbox_actions.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.inbox_actions)

        self.decisions_label = QLabel(PlanningApprovals)
        self.decisions_label.setObjectName(u"decisions_label")

        self.main_layout.addWidget(self.decisions_label)

        self.decisions_table = QTableWidget(PlanningApprovals)
        self.decisions_table.setObjectName(u"decisions_table")
        self.decisions_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.decisions_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.decisions_table.setAlternatingRowColors(True)
        self.decisions_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.main_layout.addWidget(self.decisions_table)

        self.decision_actions = QHBoxLayout()
        self.decision_actions.setObjectName(u"decision_actions")
        self.decision_open_button = QPushButton(PlanningApprovals)
        self.decision_open_button.setObjectName(u"decision_open_button")

        self.decision_actions.addWidget(self.decision_open_button)

        self.ack_button = QPushButton(PlanningApprovals)
        self.ack_button.setObjectName(u"ack_button")

        self.decision_actions.addWidget(self.ack_button)

        self.decision_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decision_actions.addItem(self.decision_spacer)


        self.main_layout.addLayout(self.decision_actions)

        self.main_layout.setStretch(1, 3)
        self.main_layout.setStretch(4, 2)

        self.retranslateUi(PlanningApprovals)

        QMetaObject.connectSlotsByName(PlanningApprovals)
    # setupUi

    def retranslateUi(self, PlanningApprovals):
        self.inbox_label.setText(QCoreApplication.translate("PlanningApprovals", u"\u5f85\u6211\u5ba1\u6279\uff08\u5168\u7cfb\u7edf\uff09", None))
        self.open_button.setText(QCoreApplication.translate("PlanningApprovals", u"\u6253\u5f00", None))
        self.approve_button.setText(QCoreApplication.translate("PlanningApprovals", u"\u6279\u51c6\u2026", None))
        self.reject_button.setText(QCoreApplication.translate("PlanningApprovals", u"\u9a73\u56de\u2026", None))
        self.refresh_button.setText(QCoreApplication.translate("PlanningApprovals", u"\u5237\u65b0", None))
        self.decisions_label.setText(QCoreApplication.translate("PlanningApprovals", u"\u6211\u63d0\u4ea4\u7684\u4e8b\u9879\uff1a\u5ba1\u6279\u7ed3\u679c", None))
        self.decision_open_button.setText(QCoreApplication.translate("PlanningApprovals", u"\u6253\u5f00", None))
        self.ack_button.setText(QCoreApplication.translate("PlanningApprovals", u"\u77e5\u9053\u4e86", None))
        pass
    # retranslateUi
