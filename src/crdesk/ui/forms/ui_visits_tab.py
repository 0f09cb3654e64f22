# Generated from ui/visits_tab.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QSizePolicy, QSpacerItem, QSpinBox, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_VisitsTab(object):
    def setupUi(self, VisitsTab):
        if not VisitsTab.objectName():
            VisitsTab.setObjectName(u"VisitsTab")
        self.main_layout = QVBoxLayout(VisitsTab)
        self.main_layout.setObjectName(u"main_layout")
        self.view_tabs = QTabWidget(VisitsTab)
        self.view_tabs.setObjectName(u"view_tabs")
        self.due_page = QWidget()
        self.due_page.setObjectName(u"due_page")
        self.due_layout = QVBoxLayout(self.due_page)
        self.due_layout.setObjectName(u"due_layout")
        self.due_header = QHBoxLayout()
        self.due_header.setObjectName(u"due_header")
        self.due_summary_label = QLabel(self.due_page)
        self.due_summary_label.setObjectName(u"due_summary_label")

        self.due_header.addWidget(self.due_summary_label)

        self.due_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.due_header.addItem(self.due_spacer)

        self.due_legend_label = QLabel(self.due_page)
        self.due_legend_label.setObjectName(u"due_legend_label")

        self.due_header.addWidget(self.due_legend_label)


        self.due_layout.addLayout(self.due_header)

        self.due_table = QTableView(self.due_page)
        self.due_table.setObjectName(u"due_table")
        self.due_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.due_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.due_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.due_layout.addWidget(self.due_table)

        self.view_tabs.addTab(self.due_page, "")
        self.outbound_page = QWidget()
        self.outbound_page.setObjectName(u"outbound_page")
        self.outbound_layout = QVBoxLayout(self.outbound_page)
        self.outbound_layout.setObjectName(u"outbound_layout")
        self.outbound_header = QHBoxLayout()
        self.outbound_header.setObjectName(u"outbound_header")
        self.days_label = QLabel(self.outbound_page)
        self.days_label.setObjectName(u"days_label")

        self.outbound_header.addWidget(self.days_label)

        self.days_spin = QSpinBox(self.outbound_page)
        self.days_spin.setObjectName(u"days_spin")
        self.days_spin.setMinimum(0)
        self.days_spin.setMaximum(3650)
        self.days_spin.setValue(90)

        self.outbound_header.addWidget(self.days_spin)

        self.days_suffix_label = QLabel(self.outbound_page)
        self.days_suffix_label.setObjectName(u"days_suffix_label")

        self.outbound_header.addWidget(self.days_suffix_label)

        self.outbound_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outbound_header.addItem(self.outbound_spacer)

        self.outbound_count_label = QLabel(self.outbound_page)
        self.outbound_count_label.setObjectName(u"outbound_count_label")

        self.outbound_header.addWidget(self.outbound_count_label)


        self.outbound_layout.addLayout(self.outbound_header)

        self.outbound_table = QTableView(self.outbound_page)
        self.outbound_table.setObjectName(u"outbound_table")
        self.outbound_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.outbound_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.outbound_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.outbound_table.setAlternatingRowColors(True)

        self.outbound_layout.addWidget(self.outbound_table)

        self.view_tabs.addTab(self.outbound_page, "")
        self.all_page = QWidget()
        self.all_page.setObjectName(u"all_page")
        self.all_layout = QVBoxLayout(self.all_page)
        self.all_layout.setObjectName(u"all_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.search_edit = QLineEdit(self.all_page)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.filter_layout.addWidget(self.search_edit)

        self.kind_filter = QComboBox(self.all_page)
        self.kind_filter.setObjectName(u"kind_filter")

        self.filter_layout.addWidget(self.kind_filter)

        self.count_label = QLabel(self.all_page)
        self.count_label.setObjectName(u"count_label")

        self.filter_layout.addWidget(self.count_label)


        self.all_layout.addLayout(self.filter_layout)

        self.visit_table = QTableView(self.all_page)
        self.visit_table.setObjectName(u"visit_table")
        self.visit_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visit_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visit_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visit_table.setSortingEnabled(True)
        self.visit_table.setAlternatingRowColors(True)

        self.all_layout.addWidget(self.visit_table)

        self.view_tabs.addTab(self.all_page, "")

        self.main_layout.addWidget(self.view_tabs)

        self.button_layout = QHBoxLayout()
        self.button_layout.setObjectName(u"button_layout")
        self.log_button = QPushButton(VisitsTab)
        self.log_button.setObjectName(u"log_button")

        self.button_layout.addWidget(self.log_button)

        self.done_button = QPushButton(VisitsTab)
        self.done_button.setObjectName(u"done_button")

        self.button_layout.addWidget(self.done_button)

        self.edit_button = QPushButton(VisitsTab)
        self.edit_button.setObjectName(u"edit_button")

        self.button_layout.addWidget(self.edit_button)

        self.new_button = QPushButton(VisitsTab)
        self.new_button.setObjectName(u"new_button")

        self.button_layout.addWidget(self.new_button)

        self.button_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.button_layout.addItem(self.button_spacer)

        self.print_button = QPushButton(VisitsTab)
        self.print_button.setObjectName(u"print_button")

        self.button_layout.addWidget(self.print_button)

        self.export_button = QPushButton(VisitsTab)
        self.export_button.setObjectName(u"export_button")

        self.button_layout.addWidget(self.export_button)


        self.main_layout.addLayout(self.button_layout)

        self.main_layout.setStretch(0, 1)
#if QT_CONFIG(shortcut)
        self.days_label.setBuddy(self.days_spin)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(VisitsTab)

        self.view_tabs.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(VisitsTab)
    # setupUi

    def retranslateUi(self, VisitsTab):
        self.due_summary_label.setText(QCoreApplication.translate("VisitsTab", u"\u4eca\u5929\u53ca\u5df2\u903e\u671f\u7684\u56de\u8bbf", None))
        self.due_legend_label.setText(QCoreApplication.translate("VisitsTab", u"\u7ea2\u8272\uff1a\u5df2\u903e\u671f", None))
        self.view_tabs.setTabText(self.view_tabs.indexOf(self.due_page), QCoreApplication.translate("VisitsTab", u"\u5f85\u56de\u8bbf", None))
        self.days_label.setText(QCoreApplication.translate("VisitsTab", u"\u6709\u6548\u5ba2\u6237\u4e2d\u8d85\u8fc7", None))
        self.days_spin.setSuffix(QCoreApplication.translate("VisitsTab", u" \u5929", None))
        self.days_suffix_label.setText(QCoreApplication.translate("VisitsTab", u"\u672a\u8054\u7cfb\u7684\u5ba2\u6237\uff08\u4ece\u672a\u8054\u7cfb\u7684\u6392\u5728\u6700\u524d\uff09", None))
        self.view_tabs.setTabText(self.view_tabs.indexOf(self.outbound_page), QCoreApplication.translate("VisitsTab", u"\u4e3b\u52a8\u547c\u51fa", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("VisitsTab", u"\u641c\u7d22 \u5ba2\u6237\u540d\u79f0\u3001\u7f16\u53f7\u3001\u7535\u8bdd\u3001\u8bb0\u5f55\u7f16\u53f7\u3001\u76ee\u7684\u6216\u4eba\u5458\uff08Ctrl+F\uff09", None))
        self.view_tabs.setTabText(self.view_tabs.indexOf(self.all_page), QCoreApplication.translate("VisitsTab", u"\u5168\u90e8\u8bb0\u5f55", None))
        self.log_button.setText(QCoreApplication.translate("VisitsTab", u"\u8bb0\u5f55\u56de\u8bbf\u7ed3\u679c", None))
        self.done_button.setText(QCoreApplication.translate("VisitsTab", u"\u6807\u8bb0\u5df2\u56de\u8bbf", None))
        self.edit_button.setText(QCoreApplication.translate("VisitsTab", u"\u67e5\u770b/\u7f16\u8f91", None))
        self.new_button.setText(QCoreApplication.translate("VisitsTab", u"\u65b0\u5efa\u62dc\u8bbf/\u56de\u8bbf", None))
        self.print_button.setText(QCoreApplication.translate("VisitsTab", u"\u6253\u5370\u56de\u8bbf\u8bb0\u5f55\u5355", None))
        self.export_button.setText(QCoreApplication.translate("VisitsTab", u"\u5bfc\u51fa\u2026", None))
        pass
    # retranslateUi
