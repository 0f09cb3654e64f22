# Generated from ui/complaints_tab.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QFrame, QHBoxLayout,
    QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView, QTableWidget,
    QVBoxLayout, QWidget)

from crdesk.ui.widgets.client_picker import (ClientPicker)

class Ui_ComplaintsTab(object):
    def setupUi(self, ComplaintsTab):
        if not ComplaintsTab.objectName():
            ComplaintsTab.setObjectName(u"ComplaintsTab")
        self.main_layout = QVBoxLayout(ComplaintsTab)
        self.main_layout.setObjectName(u"main_layout")
        self.incident_frame = QFrame(ComplaintsTab)
        self.incident_frame.setObjectName(u"incident_frame")
        self.incident_frame.setFrameShape(QFrame.Shape.StyledPanel)
        self.incident_layout = QHBoxLayout(self.incident_frame)
        self.incident_layout.setObjectName(u"incident_layout")
        self.incident_label = QLabel(self.incident_frame)
        self.incident_label.setObjectName(u"incident_label")
        self.incident_label.setWordWrap(True)
        self.incident_label.setTextFormat(Qt.TextFormat.PlainText)

        self.incident_layout.addWidget(self.incident_label)

        self.incident_ack_button = QPushButton(self.incident_frame)
        self.incident_ack_button.setObjectName(u"incident_ack_button")

        self.incident_layout.addWidget(self.incident_ack_button)

        self.incident_layout.setStretch(0, 1)

        self.main_layout.addWidget(self.incident_frame)

        self.view_tabs = QTabWidget(ComplaintsTab)
        self.view_tabs.setObjectName(u"view_tabs")
        self.list_page = QWidget()
        self.list_page.setObjectName(u"list_page")
        self.list_layout = QVBoxLayout(self.list_page)
        self.list_layout.setObjectName(u"list_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search_edit = QLineEdit(self.list_page)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_edit)

        self.client_filter = ClientPicker(self.list_page)
        self.client_filter.setObjectName(u"client_filter")

        self.filter_layout.addWidget(self.client_filter)

        self.status_filter = QComboBox(self.list_page)
        self.status_filter.setObjectName(u"status_filter")

        self.filter_layout.addWidget(self.status_filter)

        self.severity_filter = QComboBox(self.list_page)
        self.severity_filter.setObjectName(u"severity_filter")

        self.filter_layout.addWidget(self.severity_filter)

        self.category_filter = QComboBox(self.list_page)
        self.category_filter.setObjectName(u"category_filter")

        self.filter_layout.addWidget(self.category_filter)

        self.date_check = QCheckBox(self.list_page)
        self.date_check.setObjectName(u"date_check")

        self.filter_layout.addWidget(self.date_check)

        self.date_from_edit = QDateEdit(self.list_page)
        self.date_from_edit.setObjectName(u"date_from_edit")
        self.date_from_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.date_from_edit)

        self.date_to_label = QLabel(self.list_page)
        self.date_to_label.setObjectName(u"date_to_label")

        self.filter_layout.addWidget(self.date_to_label)

        self.date_to_edit = QDateEdit(self.list_page)
        self.date_to_edit.setObjectName(u"date_to_edit")
        self.date_to_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.date_to_edit)

        self.overdue_check = QCheckBox(self.list_page)
        self.overdue_check.setObjectName(u"overdue_check")

        self.filter_layout.addWidget(self.overdue_check)

        self.filter_layout.setStretch(0, 3)
        self.filter_layout.setStretch(1, 2)
        self.filter_layout.setStretch(2, 1)
        self.filter_layout.setStretch(3, 1)
        self.filter_layout.setStretch(4, 1)

        self.list_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(self.list_page)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.complaint_table = QTableView(self.splitter)
        self.complaint_table.setObjectName(u"complaint_table")
        self.complaint_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.complaint_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.complaint_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complaint_table.setAlternatingRowColors(True)
        self.splitter.addWidget(self.complaint_table)
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
        self.detail_text.setAlignment(Qt.AlignmentFlag.AlignLeading|Qt.AlignmentFlag.AlignTop)

        self.detail_layout.addWidget(self.detail_text)

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
        self.start_button = QPushButton(self.detail_panel)
        self.start_button.setObjectName(u"start_button")

        self.step_layout.addWidget(self.start_button)

        self.resolve_button = QPushButton(self.detail_panel)
        self.resolve_button.setObjectName(u"resolve_button")

        self.step_layout.addWidget(self.resolve_button)

        self.callback_button = QPushButton(self.detail_panel)
        self.callback_button.setObjectName(u"callback_button")

        self.step_layout.addWidget(self.callback_button)

        self.archive_button = QPushButton(self.detail_panel)
        self.archive_button.setObjectName(u"archive_button")

        self.step_layout.addWidget(self.archive_button)

        self.assign_button = QPushButton(self.detail_panel)
        self.assign_button.setObjectName(u"assign_button")

        self.step_layout.addWidget(self.assign_button)

        self.note_button = QPushButton(self.detail_panel)
        self.note_button.setObjectName(u"note_button")

        self.step_layout.addWidget(self.note_button)

        self.step_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.step_layout.addItem(self.step_spacer)


        self.detail_layout.addLayout(self.step_layout)

        self.detail_layout.setStretch(3, 1)
        self.splitter.addWidget(self.detail_panel)

        self.list_layout.addWidget(self.splitter)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.new_button = QPushButton(self.list_page)
        self.new_button.setObjectName(u"new_button")

        self.bottom_layout.addWidget(self.new_button)

        self.edit_button = QPushButton(self.list_page)
        self.edit_button.setObjectName(u"edit_button")

        self.bottom_layout.addWidget(self.edit_button)

        self.return_button = QPushButton(self.list_page)
        self.return_button.setObjectName(u"return_button")

        self.bottom_layout.addWidget(self.return_button)

        self.print_button = QPushButton(self.list_page)
        self.print_button.setObjectName(u"print_button")

        self.bottom_layout.addWidget(self.print_button)

        self.export_button = QPushButton(self.list_page)
        self.export_button.setObjectName(u"export_button")

        self.bottom_layout.addWidget(self.export_button)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_spacer)

        self.overdue_label = QLabel(self.list_page)
        self.overdue_label.setObjectName(u"overdue_label")

        self.bottom_layout.addWidget(self.overdue_label)

        self.count_label = QLabel(self.list_page)
        self.count_label.setObjectName(u"count_label")

        self.bottom_layout.addWidget(self.count_label)


        self.list_layout.addLayout(self.bottom_layout)

        self.list_layout.setStretch(1, 1)
        self.view_tabs.addTab(self.list_page, "")
        self.work_page = QWidget()
        self.work_page.setObjectName(u"work_page")
        self.work_layout = QVBoxLayout(self.work_page)
        self.work_layout.setObjectName(u"work_layout")
        self.work_header = QHBoxLayout()
        self.work_header.setObjectName(u"work_header")
        self.work_summary_label = QLabel(self.work_page)
        self.work_summary_label.setObjectName(u"work_summary_label")
        self.work_summary_label.setWordWrap(True)

        self.work_header.addWidget(self.work_summary_label)

        self.work_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.work_header.addItem(self.work_spacer)

        self.work_legend_label = QLabel(self.work_page)
        self.work_legend_label.setObjectName(u"work_legend_label")

        self.work_header.addWidget(self.work_legend_label)


        self.work_layout.addLayout(self.work_header)

        self.work_table = QTableView(self.work_page)
        self.work_table.setObjectName(u"work_table")
        self.work_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.work_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.work_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.work_table.setAlternatingRowColors(True)

        self.work_layout.addWidget(self.work_table)

        self.work_layout.setStretch(1, 1)
        self.view_tabs.addTab(self.work_page, "")

        self.main_layout.addWidget(self.view_tabs)

        self.main_layout.setStretch(1, 1)

        self.retranslateUi(ComplaintsTab)

        self.view_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(ComplaintsTab)
    # setupUi

    def retranslateUi(self, ComplaintsTab):
        self.incident_ack_button.setText(QCoreApplication.translate("ComplaintsTab", u"\u786e\u8ba4\u6b64\u4e8b\u4ef6\u2026", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("ComplaintsTab", u"\u641c\u7d22 \u7f16\u53f7\u3001\u5ba2\u6237\u3001\u6d88\u8d39\u8005\u3001\u7535\u8bdd\u3001\u4ea7\u54c1\u3001\u6279\u6b21\uff08Ctrl+F\uff09", None))
        self.client_filter.setPlaceholderText(QCoreApplication.translate("ComplaintsTab", u"\u6309\u5ba2\u6237\u7b5b\u9009", None))
        self.date_check.setText(QCoreApplication.translate("ComplaintsTab", u"\u53d7\u7406\u65e5\u671f", None))
        self.date_from_edit.setDisplayFormat(QCoreApplication.translate("ComplaintsTab", u"yyyy-MM-dd", None))
        self.date_to_label.setText(QCoreApplication.translate("ComplaintsTab", u"\u81f3", None))
        self.date_to_edit.setDisplayFormat(QCoreApplication.translate("ComplaintsTab", u"yyyy-MM-dd", None))
        self.overdue_check.setText(QCoreApplication.translate("ComplaintsTab", u"\u53ea\u770b\u8d85\u671f", None))
        self.timeline_label.setText(QCoreApplication.translate("ComplaintsTab", u"\u5904\u7406\u8fc7\u7a0b", None))
        self.start_button.setText(QCoreApplication.translate("ComplaintsTab", u"\u5f00\u59cb\u5904\u7406\u2026", None))
        self.resolve_button.setText(QCoreApplication.translate("ComplaintsTab", u"\u5904\u7406\u5b8c\u6bd5\u2026", None))
        self.callback_button.setText(QCoreApplication.translate("ComplaintsTab", u"\u56de\u8bbf\u2026", None))
        self.archive_button.setText(QCoreApplication.translate("ComplaintsTab", u"\u5f52\u6863\u2026", None))
        self.assign_button.setText(QCoreApplication.translate("ComplaintsTab", u"\u6307\u6d3e\u2026", None))
        self.note_button.setText(QCoreApplication.translate("ComplaintsTab", u"\u5907\u6ce8\u2026", None))
        self.new_button.setText(QCoreApplication.translate("ComplaintsTab", u"\u65b0\u5efa\u6295\u8bc9", None))
        self.edit_button.setText(QCoreApplication.translate("ComplaintsTab", u"\u4fee\u6539\u53d7\u7406\u4fe1\u606f", None))
        self.return_button.setText(QCoreApplication.translate("ComplaintsTab", u"\u9000\u6362\u8d27\u2026", None))
        self.print_button.setText(QCoreApplication.translate("ComplaintsTab", u"\u6253\u5370\u6295\u8bc9\u5904\u7406\u5355", None))
        self.export_button.setText(QCoreApplication.translate("ComplaintsTab", u"\u5bfc\u51fa\u2026", None))
        self.view_tabs.setTabText(self.view_tabs.indexOf(self.list_page), QCoreApplication.translate("ComplaintsTab", u"\u5168\u90e8\u6295\u8bc9", None))
        self.work_legend_label.setText(QCoreApplication.translate("ComplaintsTab", u"\u7ea2\u8272\uff1a\u5df2\u8d85\u671f", None))
        self.view_tabs.setTabText(self.view_tabs.indexOf(self.work_page), QCoreApplication.translate("ComplaintsTab", u"\u6211\u7684\u5f85\u529e", None))
        pass
    # retranslateUi
