# Generated from ui/dashboard_tab.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_DashboardTab(object):
    def setupUi(self, DashboardTab):
        if not DashboardTab.objectName():
            DashboardTab.setObjectName(u"DashboardTab")
        self.main_layout = QVBoxLayout(DashboardTab)
        self.main_layout.setObjectName(u"main_layout")
        self.header_layout = QHBoxLayout()
        self.header_layout.setObjectName(u"header_layout")
        self.title_label = QLabel(DashboardTab)
        self.title_label.setObjectName(u"title_label")

        self.header_layout.addWidget(self.title_label)

        self.date_label = QLabel(DashboardTab)
        self.date_label.setObjectName(u"date_label")
        self.date_label.setTextFormat(Qt.TextFormat.PlainText)

        self.header_layout.addWidget(self.date_label)

        self.header_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.header_layout.addItem(self.header_spacer)

        self.survey_button = QPushButton(DashboardTab)
        self.survey_button.setObjectName(u"survey_button")

        self.header_layout.addWidget(self.survey_button)

        self.reports_button = QPushButton(DashboardTab)
        self.reports_button.setObjectName(u"reports_button")

        self.header_layout.addWidget(self.reports_button)

        self.refresh_button = QPushButton(DashboardTab)
        self.refresh_button.setObjectName(u"refresh_button")

        self.header_layout.addWidget(self.refresh_button)


        self.main_layout.addLayout(self.header_layout)

        self.hint_label = QLabel(DashboardTab)
        self.hint_label.setObjectName(u"hint_label")

        self.main_layout.addWidget(self.hint_label)

        self.scroll_area = QScrollArea(DashboardTab)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.panel_container = QWidget()
        self.panel_container.setObjectName(u"panel_container")
        self.panel_grid = QGridLayout(self.panel_container)
        self.panel_grid.setObjectName(u"panel_grid")
        self.scroll_area.setWidget(self.panel_container)

        self.main_layout.addWidget(self.scroll_area)


        self.retranslateUi(DashboardTab)

        QMetaObject.connectSlotsByName(DashboardTab)
    # setupUi

    def retranslateUi(self, DashboardTab):
        self.title_label.setText(QCoreApplication.translate("DashboardTab", u"\u5de5\u4f5c\u53f0", None))
        self.survey_button.setText(QCoreApplication.translate("DashboardTab", u"\u6ee1\u610f\u5ea6\u8c03\u67e5\u2026", None))
        self.reports_button.setText(QCoreApplication.translate("DashboardTab", u"\u67e5\u770b\u62a5\u8868", None))
        self.refresh_button.setText(QCoreApplication.translate("DashboardTab", u"\u5237\u65b0", None))
        self.hint_label.setText(QCoreApplication.translate("DashboardTab", u"\u53cc\u51fb\u4e00\u9879\u5373\u53ef\u6253\u5f00\u5bf9\u5e94\u8bb0\u5f55\uff1b\u7ea2\u8272\u4e3a\u5df2\u8d85\u671f\u3002", None))
        pass
    # retranslateUi
