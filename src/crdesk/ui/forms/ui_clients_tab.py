# Generated from ui/clients_tab.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView, QTableWidget, QVBoxLayout, QWidget)

class Ui_ClientsTab(object):
    def setupUi(self, ClientsTab):
        if not ClientsTab.objectName():
            ClientsTab.setObjectName(u"ClientsTab")
        self.main_layout = QVBoxLayout(ClientsTab)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search_edit = QLineEdit(ClientsTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_edit)

        self.kind_filter = QComboBox(ClientsTab)
        self.kind_filter.setObjectName(u"kind_filter")

        self.filter_layout.addWidget(self.kind_filter)

        self.grade_filter = QComboBox(ClientsTab)
        self.grade_filter.setObjectName(u"grade_filter")

        self.filter_layout.addWidget(self.grade_filter)

        self.region_filter = QComboBox(ClientsTab)
        self.region_filter.setObjectName(u"region_filter")

        self.filter_layout.addWidget(self.region_filter)

        self.active_filter = QComboBox(ClientsTab)
        self.active_filter.setObjectName(u"active_filter")

        self.filter_layout.addWidget(self.active_filter)

        self.count_label = QLabel(ClientsTab)
        self.count_label.setObjectName(u"count_label")

        self.filter_layout.addWidget(self.count_label)


        self.main_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(ClientsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.client_table = QTableView(self.splitter)
        self.client_table.setObjectName(u"client_table")
        self.splitter.addWidget(self.client_table)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(self.detail_panel)
        self.detail_title.setObjectName(u"detail_title")

        self.detail_layout.addWidget(self.detail_title)

        self.detail_text = QLabel(self.detail_panel)
        self.detail_text.setObjectName(u"detail_text")
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)

        self.detail_layout.addWidget(self.detail_text)

        self.history_label = QLabel(self.detail_panel)
        self.history_label.setObjectName(u"history_label")

        self.detail_layout.addWidget(self.history_label)

        self.history_table = QTableWidget(self.detail_panel)
        self.history_table.setObjectName(u"history_table")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(1)
        sizePolicy.setHeightForWidth(self.history_table.sizePolicy().hasHeightForWidth())
        self.history_table.setSizePolicy(sizePolicy)
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.detail_layout.addWidget(self.history_table)

        self.splitter.addWidget(self.detail_panel)

        self.main_layout.addWidget(self.splitter)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.new_button = QPushButton(ClientsTab)
        self.new_button.setObjectName(u"new_button")

        self.button_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(ClientsTab)
        self.edit_button.setObjectName(u"edit_button")

        self.button_layout.addWidget(self.edit_button)

        self.visit_button = QPushButton(ClientsTab)
        self.visit_button.setObjectName(u"visit_button")

        self.button_layout.addWidget(self.visit_button)

        self.remove_button = QPushButton(ClientsTab)
        self.remove_button.setObjectName(u"remove_button")

        self.button_layout.addWidget(self.remove_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.print_button = QPushButton(ClientsTab)
        self.print_button.setObjectName(u"print_button")

        self.button_layout.addWidget(self.print_button)

        self.export_button = QPushButton(ClientsTab)
        self.export_button.setObjectName(u"export_button")

        self.button_layout.addWidget(self.export_button)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(ClientsTab)

        QMetaObject.connectSlotsByName(ClientsTab)
    # setupUi

    def retranslateUi(self, ClientsTab):
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ClientsTab", u"\u641c\u7d22 \u5ba2\u6237\u540d\u79f0\u3001\u7f16\u53f7\u3001\u7535\u8bdd\u6216\u8054\u7cfb\u4eba\uff08Ctrl+F\uff09", None))
        self.detail_title.setText(QCoreApplication.translate("ClientsTab", u"\u8bf7\u9009\u62e9\u5ba2\u6237", None))
        self.history_label.setText(QCoreApplication.translate("ClientsTab", u"\u5f80\u6765\u8bb0\u5f55", None))
        self.new_button.setText(QCoreApplication.translate("ClientsTab", u"\u65b0\u5efa\u5ba2\u6237", None))
        self.edit_button.setText(QCoreApplication.translate("ClientsTab", u"\u7f16\u8f91", None))
        self.visit_button.setText(QCoreApplication.translate("ClientsTab", u"\u767b\u8bb0\u62dc\u8bbf/\u56de\u8bbf", None))
        self.remove_button.setText(QCoreApplication.translate("ClientsTab", u"\u5220\u9664/\u505c\u7528", None))
        self.print_button.setText(QCoreApplication.translate("ClientsTab", u"\u6253\u5370\u6863\u6848\u5361", None))
        self.export_button.setText(QCoreApplication.translate("ClientsTab", u"\u5bfc\u51fa\u2026", None))
        pass
    # retranslateUi
