# Generated from ui/reception_tab.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_ReceptionTab(object):
    def setupUi(self, ReceptionTab):
        if not ReceptionTab.objectName():
            ReceptionTab.setObjectName(u"ReceptionTab")
        self.main_layout = QVBoxLayout(ReceptionTab)
        self.main_layout.setObjectName(u"main_layout")
        self.view_tabs = QTabWidget(ReceptionTab)
        self.view_tabs.setObjectName(u"view_tabs")
        self.today_page = QWidget()
        self.today_page.setObjectName(u"today_page")
        self.today_layout = QVBoxLayout(self.today_page)
        self.today_layout.setObjectName(u"today_layout")
        self.today_header = QHBoxLayout()
        self.today_header.setObjectName(u"today_header")
        self.today_summary_label = QLabel(self.today_page)
        self.today_summary_label.setObjectName(u"today_summary_label")

        self.today_header.addWidget(self.today_summary_label)

        self.today_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.today_header.addItem(self.today_spacer)

        self.legend_label = QLabel(self.today_page)
        self.legend_label.setObjectName(u"legend_label")

        self.today_header.addWidget(self.legend_label)


        self.today_layout.addLayout(self.today_header)

        self.today_table = QTableView(self.today_page)
        self.today_table.setObjectName(u"today_table")
        self.today_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.today_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.today_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.today_layout.addWidget(self.today_table)

        self.view_tabs.addTab(self.today_page, "")
        self.history_page = QWidget()
        self.history_page.setObjectName(u"history_page")
        self.history_layout = QVBoxLayout(self.history_page)
        self.history_layout.setObjectName(u"history_layout")
        self.search_edit = QLineEdit(self.history_page)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.history_layout.addWidget(self.search_edit)

        self.history_table = QTableView(self.history_page)
        self.history_table.setObjectName(u"history_table")
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setAlternatingRowColors(True)

        self.history_layout.addWidget(self.history_table)

        self.view_tabs.addTab(self.history_page, "")

        self.main_layout.addWidget(self.view_tabs)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.check_in_button = QPushButton(ReceptionTab)
        self.check_in_button.setObjectName(u"check_in_button")

        self.button_layout.addWidget(self.check_in_button)

        self.check_out_button = QPushButton(ReceptionTab)
        self.check_out_button.setObjectName(u"check_out_button")

        self.button_layout.addWidget(self.check_out_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.export_button = QPushButton(ReceptionTab)
        self.export_button.setObjectName(u"export_button")

        self.button_layout.addWidget(self.export_button)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(0, 1)

        self.retranslateUi(ReceptionTab)

        self.view_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ReceptionTab)
    # setupUi

    def retranslateUi(self, ReceptionTab):
        self.legend_label.setText(QCoreApplication.translate("ReceptionTab", u"\u7eff\u8272\uff1a\u4ecd\u5728\u8bbf", None))
        self.view_tabs.setTabText(self.view_tabs.indexOf(self.today_page), QCoreApplication.translate("ReceptionTab", u"\u4eca\u65e5\u6765\u8bbf", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ReceptionTab", u"\u641c\u7d22 \u8bbf\u5ba2\u59d3\u540d\u3001\u5355\u4f4d\u3001\u7535\u8bdd\u6216\u8bc1\u4ef6\u53f7\uff08Ctrl+F\uff09", None))
        self.view_tabs.setTabText(self.view_tabs.indexOf(self.history_page), QCoreApplication.translate("ReceptionTab", u"\u5386\u53f2\u67e5\u8be2", None))
        self.check_in_button.setText(QCoreApplication.translate("ReceptionTab", u"\u6765\u8bbf\u767b\u8bb0", None))
        self.check_out_button.setText(QCoreApplication.translate("ReceptionTab", u"\u767b\u8bb0\u79bb\u5f00", None))
        self.export_button.setText(QCoreApplication.translate("ReceptionTab", u"\u5bfc\u51fa\u2026", None))
        pass
    # retranslateUi
