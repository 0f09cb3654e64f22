# Generated from ui/returns_tab.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSplitter, QTableView, QTableWidget, QVBoxLayout, QWidget)

class Ui_ReturnsTab(object):
    def setupUi(self, ReturnsTab):
        if not ReturnsTab.objectName():
            ReturnsTab.setObjectName(u"ReturnsTab")
        self.main_layout = QVBoxLayout(ReturnsTab)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search_edit = QLineEdit(ReturnsTab)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_edit)

        self.status_filter = QComboBox(ReturnsTab)
        self.status_filter.setObjectName(u"status_filter")

        self.filter_layout.addWidget(self.status_filter)

        self.kind_filter = QComboBox(ReturnsTab)
        self.kind_filter.setObjectName(u"kind_filter")

        self.filter_layout.addWidget(self.kind_filter)

        self.count_label = QLabel(ReturnsTab)
        self.count_label.setObjectName(u"count_label")

        self.filter_layout.addWidget(self.count_label)

        self.filter_layout.setStretch(0, 3)
        self.filter_layout.setStretch(1, 1)
        self.filter_layout.setStretch(2, 1)

        self.main_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(ReturnsTab)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.return_table = QTableView(self.splitter)
        self.return_table.setObjectName(u"return_table")
        self.return_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.return_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.return_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.return_table.setAlternatingRowColors(True)
        self.splitter.addWidget(self.return_table)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_title = QLabel(self.detail_panel)
        self.detail_title.setObjectName(u"detail_title")
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_title.setWordWrap(True)

        self.detail_layout.addWidget(self.detail_title)

        self.detail_text = QLabel(self.detail_panel)
        self.detail_text.setObjectName(u"detail_text")
        self.detail_text.setWordWrap(True)
        self.detail_text.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.detail_layout.addWidget(self.detail_text)

        self.lines_label = QLabel(self.detail_panel)
        self.lines_label.setObjectName(u"lines_label")

        self.detail_layout.addWidget(self.lines_label)

        self.lines_table = QTableWidget(self.detail_panel)
        self.lines_table.setObjectName(u"lines_table")
        self.lines_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.lines_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.lines_table.setWordWrap(True)

        self.detail_layout.addWidget(self.lines_table)

        self.timeline_label = QLabel(self.detail_panel)
        self.timeline_label.setObjectName(u"timeline_label")

        self.detail_layout.addWidget(self.timeline_label)

        self.timeline_table = QTableWidget(self.detail_panel)
        self.timeline_table.setObjectName(u"timeline_table")
        self.timeline_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.timeline_table.setWordWrap(True)

        self.detail_layout.addWidget(self.timeline_table)

        self.step_layout = QHBoxLayout()
        self.step_layout.setObjectName(u"step_layout")
        self.approve_button = QPushButton(self.detail_panel)
        self.approve_button.setObjectName(u"approve_button")

        self.step_layout.addWidget(self.approve_button)

        self.reject_button = QPushButton(self.detail_panel)
        self.reject_button.setObjectName(u"reject_button")

        self.step_layout.addWidget(self.reject_button)

        self.receive_button = QPushButton(self.detail_panel)
        self.receive_button.setObjectName(u"receive_button")

        self.step_layout.addWidget(self.receive_button)

        self.complete_button = QPushButton(self.detail_panel)
        self.complete_button.setObjectName(u"complete_button")

        self.step_layout.addWidget(self.complete_button)

        self.callback_button = QPushButton(self.detail_panel)
        self.callback_button.setObjectName(u"callback_button")

        self.step_layout.addWidget(self.callback_button)

        self.archive_button = QPushButton(self.detail_panel)
        self.archive_button.setObjectName(u"archive_button")

        self.step_layout.addWidget(self.archive_button)

        self.step_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.step_layout.addItem(self.step_spacer)


        self.detail_layout.addLayout(self.step_layout)

        self.detail_layout.setStretch(3, 1)
        self.detail_layout.setStretch(5, 1)
        self.splitter.addWidget(self.detail_panel)

        self.main_layout.addWidget(self.splitter)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.new_button = QPushButton(ReturnsTab)
        self.new_button.setObjectName(u"new_button")

        self.bottom_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(ReturnsTab)
        self.edit_button.setObjectName(u"edit_button")

        self.bottom_layout.addWidget(self.edit_button)

        self.print_button = QPushButton(ReturnsTab)
        self.print_button.setObjectName(u"print_button")

        self.bottom_layout.addWidget(self.print_button)

        self.export_button = QPushButton(ReturnsTab)
        self.export_button.setObjectName(u"export_button")

        self.bottom_layout.addWidget(self.export_button)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_spacer)

        self.limit_label = QLabel(ReturnsTab)
        self.limit_label.setObjectName(u"limit_label")

        self.bottom_layout.addWidget(self.limit_label)


        self.main_layout.addLayout(self.bottom_layout)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(ReturnsTab)

        QMetaObject.connectSlotsByName(ReturnsTab)
    # setupUi

    def retranslateUi(self, ReturnsTab):
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ReturnsTab", u"\u641c\u7d22 \u7f16\u53f7\u3001\u5ba2\u6237\u3001\u539f\u9001\u8d27\u5355\u3001\u6295\u8bc9\u5355\u53f7\uff08Ctrl+F\uff09", None))
        self.lines_label.setText(QCoreApplication.translate("ReturnsTab", u"\u9000\u6362\u8d27\u660e\u7ec6", None))
        self.timeline_label.setText(QCoreApplication.translate("ReturnsTab", u"\u5904\u7406\u8fc7\u7a0b", None))
        self.approve_button.setText(QCoreApplication.translate("ReturnsTab", u"\u6279\u51c6\u2026", None))
        self.reject_button.setText(QCoreApplication.translate("ReturnsTab", u"\u9a73\u56de\u2026", None))
        self.receive_button.setText(QCoreApplication.translate("ReturnsTab", u"\u6536\u8d27\u2026", None))
        self.complete_button.setText(QCoreApplication.translate("ReturnsTab", u"\u5b8c\u6210\u5904\u7406\u2026", None))
        self.callback_button.setText(QCoreApplication.translate("ReturnsTab", u"\u56de\u8bbf\u2026", None))
        self.archive_button.setText(QCoreApplication.translate("ReturnsTab", u"\u5f52\u6863\u2026", None))
        self.new_button.setText(QCoreApplication.translate("ReturnsTab", u"\u65b0\u5efa\u9000\u6362\u8d27", None))
        self.edit_button.setText(QCoreApplication.translate("ReturnsTab", u"\u4fee\u6539\u7533\u8bf7", None))
        self.print_button.setText(QCoreApplication.translate("ReturnsTab", u"\u6253\u5370\u9000\u6362\u8d27\u5355", None))
        self.export_button.setText(QCoreApplication.translate("ReturnsTab", u"\u5bfc\u51fa\u2026", None))
        pass
    # retranslateUi
