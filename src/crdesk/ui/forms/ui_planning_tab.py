# Generated from ui/planning_tab.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_PlanningTab(object):
    def setupUi(self, PlanningTab):
        if not PlanningTab.objectName():
            PlanningTab.setObjectName(u"PlanningTab")
        self.main_layout = QVBoxLayout(PlanningTab)
        self.main_layout.setObjectName(u"main_layout")
        self.decision_banner = QFrame(PlanningTab)
        self.decision_banner.setObjectName(u"decision_banner")
        self.decision_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.decision_layout = QHBoxLayout(self.decision_banner)
        self.decision_layout.setObjectName(u"decision_layout")
        self.decision_label = QLabel(self.decision_banner)
        self.decision_label.setObjectName(u"decision_label")
        self.decision_label.setWordWrap(True)
        self.decision_label.setTextFormat(Qt.TextFormat.PlainText)

        self.decision_layout.addWidget(self.decision_label)

        self.decision_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decision_layout.addItem(self.decision_spacer)

        self.decision_open_button = QPushButton(self.decision_banner)
        self.decision_open_button.setObjectName(u"decision_open_button")

        self.decision_layout.addWidget(self.decision_open_button)

        self.decision_ack_button = QPushButton(self.decision_banner)
        self.decision_ack_button.setObjectName(u"decision_ack_button")

        self.decision_layout.addWidget(self.decision_ack_button)


        self.main_layout.addWidget(self.decision_banner)

        self.view_tabs = QTabWidget(PlanningTab)
        self.view_tabs.setObjectName(u"view_tabs")
        self.production_page = QWidget()
        self.production_page.setObjectName(u"production_page")
        self.production_page_layout = QVBoxLayout(self.production_page)
        self.production_page_layout.setObjectName(u"production_page_layout")
        self.view_tabs.addTab(self.production_page, "")
        self.purchase_page = QWidget()
        self.purchase_page.setObjectName(u"purchase_page")
        self.purchase_page_layout = QVBoxLayout(self.purchase_page)
        self.purchase_page_layout.setObjectName(u"purchase_page_layout")
        self.view_tabs.addTab(self.purchase_page, "")
        self.materials_page = QWidget()
        self.materials_page.setObjectName(u"materials_page")
        self.materials_page_layout = QVBoxLayout(self.materials_page)
        self.materials_page_layout.setObjectName(u"materials_page_layout")
        self.view_tabs.addTab(self.materials_page, "")
        self.approvals_page = QWidget()
        self.approvals_page.setObjectName(u"approvals_page")
        self.approvals_page_layout = QVBoxLayout(self.approvals_page)
        self.approvals_page_layout.setObjectName(u"approvals_page_layout")
        self.view_tabs.addTab(self.approvals_page, "")

        self.main_layout.addWidget(self.view_tabs)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(PlanningTab)

        self.view_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(PlanningTab)
    # setupUi

    def retranslateUi(self, PlanningTab):
        self.decision_label.setText("")
        self.decision_open_button.setText(QCoreApplication.translate("PlanningTab", u"\u67e5\u770b", None))
        self.decision_ack_button.setText(QCoreApplication.translate("PlanningTab", u"\u77e5\u9053\u4e86", None))
        self.view_tabs.setTabText(self.view_tabs.indexOf(self.production_page), QCoreApplication.translate("PlanningTab", u"\u751f\u4ea7\u8ba1\u5212", None))
        self.view_tabs.setTabText(self.view_tabs.indexOf(self.purchase_page), QCoreApplication.translate("PlanningTab", u"\u5305\u88c5\u7269\u91c7\u8d2d\u8ba1\u5212", None))
        self.view_tabs.setTabText(self.view_tabs.indexOf(self.materials_page), QCoreApplication.translate("PlanningTab", u"\u5305\u88c5\u7269\u4e0e\u5e93\u5b58", None))
        self.view_tabs.setTabText(self.view_tabs.indexOf(self.approvals_page), QCoreApplication.translate("PlanningTab", u"\u5ba1\u6279", None))
        pass
    # retranslateUi
