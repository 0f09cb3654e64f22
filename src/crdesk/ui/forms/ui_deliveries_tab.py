# Generated from ui/deliveries_tab.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDateEdit, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTabWidget, QTableView,
    QTreeWidget, QVBoxLayout, QWidget)

class Ui_DeliveriesTab(object):
    def setupUi(self, DeliveriesTab):
        if not DeliveriesTab.objectName():
            DeliveriesTab.setObjectName(u"DeliveriesTab")
        self.main_layout = QVBoxLayout(DeliveriesTab)
        self.main_layout.setObjectName(u"main_layout")
        self.pages = QTabWidget(DeliveriesTab)
        self.pages.setObjectName(u"pages")
        self.board_page = QWidget()
        self.board_page.setObjectName(u"board_page")
        self.board_layout = QVBoxLayout(self.board_page)
        self.board_layout.setObjectName(u"board_layout")
        self.board_tools = QHBoxLayout()
        self.board_tools.setObjectName(u"board_tools")
        self.prev_button = QPushButton(self.board_page)
        self.prev_button.setObjectName(u"prev_button")

        self.board_tools.addWidget(self.prev_button)

        self.board_date = QDateEdit(self.board_page)
        self.board_date.setObjectName(u"board_date")
        self.board_date.setCalendarPopup(True)

        self.board_tools.addWidget(self.board_date)

        self.next_button = QPushButton(self.board_page)
        self.next_button.setObjectName(u"next_button")

        self.board_tools.addWidget(self.next_button)

        self.today_button = QPushButton(self.board_page)
        self.today_button.setObjectName(u"today_button")

        self.board_tools.addWidget(self.today_button)

        self.view_combo = QComboBox(self.board_page)
        self.view_combo.setObjectName(u"view_combo")

        self.board_tools.addWidget(self.view_combo)

        self.board_tools_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.board_tools.addItem(self.board_tools_spacer)

        self.new_run_button = QPushButton(self.board_page)
        self.new_run_button.setObjectName(u"new_run_button")

        self.board_tools.addWidget(self.new_run_button)

        self.edit_run_button = QPushButton(self.board_page)
        self.edit_run_button.setObjectName(u"edit_run_button")

        self.board_tools.addWidget(self.edit_run_button)

        self.assign_button = QPushButton(self.board_page)
        self.assign_button.setObjectName(u"assign_button")

        self.board_tools.addWidget(self.assign_button)

        self.unassign_button = QPushButton(self.board_page)
        self.unassign_button.setObjectName(u"unassign_button")

        self.board_tools.addWidget(self.unassign_button)

        self.auto_order_button = QPushButton(self.board_page)
        self.auto_order_button.setObjectName(u"auto_order_button")

        self.board_tools.addWidget(self.auto_order_button)

        self.dispatch_button = QPushButton(self.board_page)
        self.dispatch_button.setObjectName(u"dispatch_button")

        self.board_tools.addWidget(self.dispatch_button)

        self.complete_button = QPushButton(self.board_page)
        self.complete_button.setObjectName(u"complete_button")

        self.board_tools.addWidget(self.complete_button)


        self.board_layout.addLayout(self.board_tools)

        self.board_print = QHBoxLayout()
        self.board_print.setObjectName(u"board_print")
        self.print_run_button = QPushButton(self.board_page)
        self.print_run_button.setObjectName(u"print_run_button")

        self.board_print.addWidget(self.print_run_button)

        self.print_day_button = QPushButton(self.board_page)
        self.print_day_button.setObjectName(u"print_day_button")

        self.board_print.addWidget(self.print_day_button)

        self.print_progress = QProgressBar(self.board_page)
        self.print_progress.setObjectName(u"print_progress")
        self.print_progress.setTextVisible(True)

        self.board_print.addWidget(self.print_progress)

        self.cancel_print_button = QPushButton(self.board_page)
        self.cancel_print_button.setObjectName(u"cancel_print_button")

        self.board_print.addWidget(self.cancel_print_button)

        self.board_print_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.board_print.addItem(self.board_print_spacer)

        self.board_status = QLabel(self.board_page)
        self.board_status.setObjectName(u"board_status")
        self.board_status.setWordWrap(True)

        self.board_print.addWidget(self.board_status)


        self.board_layout.addLayout(self.board_print)

        self.board_host = QWidget(self.board_page)
        self.board_host.setObjectName(u"board_host")
        self.board_host_layout = QVBoxLayout(self.board_host)
        self.board_host_layout.setObjectName(u"board_host_layout")
        self.board_host_layout.setContentsMargins(0, 0, 0, 0)

        self.board_layout.addWidget(self.board_host)

        self.pages.addTab(self.board_page, "")
        self.orders_page = QWidget()
        self.orders_page.setObjectName(u"orders_page")
        self.orders_layout = QVBoxLayout(self.orders_page)
        self.orders_layout.setObjectName(u"orders_layout")
        self.order_tools = QHBoxLayout()
        self.order_tools.setObjectName(u"order_tools")
        self.search_edit = QLineEdit(self.orders_page)
        self.search_edit.setObjectName(u"search_edit")
        self.search_edit.setClearButtonEnabled(True)

        self.order_tools.addWidget(self.search_edit)

        self.status_filter = QComboBox(self.orders_page)
        self.status_filter.setObjectName(u"status_filter")

        self.order_tools.addWidget(self.status_filter)

        self.order_tools_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.order_tools.addItem(self.order_tools_spacer)

        self.new_order_button = QPushButton(self.orders_page)
        self.new_order_button.setObjectName(u"new_order_button")

        self.order_tools.addWidget(self.new_order_button)

        self.edit_order_button = QPushButton(self.orders_page)
        self.edit_order_button.setObjectName(u"edit_order_button")

        self.order_tools.addWidget(self.edit_order_button)

        self.fail_button = QPushButton(self.orders_page)
        self.fail_button.setObjectName(u"fail_button")

        self.order_tools.addWidget(self.fail_button)

        self.reschedule_button = QPushButton(self.orders_page)
        self.reschedule_button.setObjectName(u"reschedule_button")

        self.order_tools.addWidget(self.reschedule_button)

        self.print_slip_button = QPushButton(self.orders_page)
        self.print_slip_button.setObjectName(u"print_slip_button")

        self.order_tools.addWidget(self.print_slip_button)

        self.export_orders_button = QPushButton(self.orders_page)
        self.export_orders_button.setObjectName(u"export_orders_button")

        self.order_tools.addWidget(self.export_orders_button)


        self.orders_layout.addLayout(self.order_tools)

        self.order_table = QTableView(self.orders_page)
        self.order_table.setObjectName(u"order_table")
        self.order_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.order_table.setAlternatingRowColors(True)

        self.orders_layout.addWidget(self.order_table)

        self.count_label = QLabel(self.orders_page)
        self.count_label.setObjectName(u"count_label")

        self.orders_layout.addWidget(self.count_label)

        self.pages.addTab(self.orders_page, "")
        self.slips_page = QWidget()
        self.slips_page.setObjectName(u"slips_page")
        self.slips_layout = QVBoxLayout(self.slips_page)
        self.slips_layout.setObjectName(u"slips_layout")
        self.scan_tools = QHBoxLayout()
        self.scan_tools.setObjectName(u"scan_tools")
        self.scan_label = QLabel(self.slips_page)
        self.scan_label.setObjectName(u"scan_label")

        self.scan_tools.addWidget(self.scan_label)

        self.scan_edit = QLineEdit(self.slips_page)
        self.scan_edit.setObjectName(u"scan_edit")
        self.scan_edit.setClearButtonEnabled(True)

        self.scan_tools.addWidget(self.scan_edit)

        self.pod_button = QPushButton(self.slips_page)
        self.pod_button.setObjectName(u"pod_button")

        self.scan_tools.addWidget(self.pod_button)

        self.reprint_button = QPushButton(self.slips_page)
        self.reprint_button.setObjectName(u"reprint_button")

        self.scan_tools.addWidget(self.reprint_button)

        self.export_slips_button = QPushButton(self.slips_page)
        self.export_slips_button.setObjectName(u"export_slips_button")

        self.scan_tools.addWidget(self.export_slips_button)


        self.slips_layout.addLayout(self.scan_tools)

        self.slips_splitter = QSplitter(self.slips_page)
        self.slips_splitter.setObjectName(u"slips_splitter")
        self.slips_splitter.setOrientation(Qt.Orientation.Horizontal)
        self.slip_table = QTableView(self.slips_splitter)
        self.slip_table.setObjectName(u"slip_table")
        self.slip_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.slip_table.setAlternatingRowColors(True)
        self.slips_splitter.addWidget(self.slip_table)
        self.unreturned_box = QGroupBox(self.slips_splitter)
        self.unreturned_box.setObjectName(u"unreturned_box")
        self.unreturned_layout = QVBoxLayout(self.unreturned_box)
        self.unreturned_layout.setObjectName(u"unreturned_layout")
        self.unreturned_tree = QTreeWidget(self.unreturned_box)
        self.unreturned_tree.setObjectName(u"unreturned_tree")

        self.unreturned_layout.addWidget(self.unreturned_tree)

        self.slips_splitter.addWidget(self.unreturned_box)

        self.slips_layout.addWidget(self.slips_splitter)

        self.slip_count_label = QLabel(self.slips_page)
        self.slip_count_label.setObjectName(u"slip_count_label")

        self.slips_layout.addWidget(self.slip_count_label)

        self.pages.addTab(self.slips_page, "")

        self.main_layout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.scan_label.setBuddy(self.scan_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DeliveriesTab)

        QMetaObject.connectSlotsByName(DeliveriesTab)
    # setupUi

    def retranslateUi(self, DeliveriesTab):
        self.prev_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u25c0", None))
#if QT_CONFIG(tooltip)
        self.prev_button.setToolTip(QCoreApplication.translate("DeliveriesTab", u"\u524d\u4e00\u5929 / \u524d\u4e00\u5468", None))
#endif // QT_CONFIG(tooltip)
        self.board_date.setDisplayFormat(QCoreApplication.translate("DeliveriesTab", u"yyyy-MM-dd", None))
        self.next_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u25b6", None))
#if QT_CONFIG(tooltip)
        self.next_button.setToolTip(QCoreApplication.translate("DeliveriesTab", u"\u540e\u4e00\u5929 / \u540e\u4e00\u5468", None))
#endif // QT_CONFIG(tooltip)
        self.today_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u4eca\u5929", None))
        self.new_run_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u65b0\u5efa\u8f66\u6b21", None))
        self.edit_run_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u4fee\u6539\u8f66\u6b21", None))
        self.assign_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u6392\u5165\u6240\u9009\u8f66\u6b21", None))
#if QT_CONFIG(tooltip)
        self.assign_button.setToolTip(QCoreApplication.translate("DeliveriesTab", u"\u628a\u5de6\u4fa7\u9009\u4e2d\u7684\u9001\u8d27\u4efb\u52a1\u6392\u5165\u9009\u4e2d\u7684\u8f66\u6b21", None))
#endif // QT_CONFIG(tooltip)
        self.unassign_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u79fb\u51fa\u8f66\u6b21", None))
        self.auto_order_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u6309\u533a\u57df\u5730\u5740\u6392\u5e8f", None))
        self.dispatch_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u53d1\u8f66", None))
        self.complete_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u5b8c\u6210\u8f66\u6b21", None))
        self.print_run_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u6253\u5370\u8f66\u6b21\u5355\u636e", None))
        self.print_day_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u6253\u5370\u5f53\u65e5\u5168\u90e8\u8f66\u6b21", None))
        self.cancel_print_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u53d6\u6d88\u6253\u5370", None))
        self.pages.setTabText(self.pages.indexOf(self.board_page), QCoreApplication.translate("DeliveriesTab", u"\u6392\u8f66\u770b\u677f", None))
        self.search_edit.setPlaceholderText(QCoreApplication.translate("DeliveriesTab", u"\u641c\u7d22 \u9001\u8d27\u4efb\u52a1\u53f7\u3001\u5ba2\u6237\u540d\u79f0\u6216\u5730\u5740", None))
        self.new_order_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u65b0\u5efa\u9001\u8d27\u4efb\u52a1", None))
        self.edit_order_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u4fee\u6539", None))
        self.fail_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u767b\u8bb0\u672a\u9001\u8fbe\u2026", None))
        self.reschedule_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u6539\u671f\u91cd\u9001\u2026", None))
        self.print_slip_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u6253\u5370\u9001\u8d27\u5355", None))
        self.export_orders_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u5bfc\u51fa", None))
        self.pages.setTabText(self.pages.indexOf(self.orders_page), QCoreApplication.translate("DeliveriesTab", u"\u9001\u8d27\u4efb\u52a1", None))
        self.scan_label.setText(QCoreApplication.translate("DeliveriesTab", u"\u626b\u7801", None))
        self.scan_edit.setPlaceholderText(QCoreApplication.translate("DeliveriesTab", u"\u626b\u63cf\u9001\u8d27\u5355\u4e8c\u7ef4\u7801\u6216\u8f93\u5165\u5355\u53f7\u540e\u56de\u8f66", None))
        self.pod_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u7b7e\u6536\u767b\u8bb0\u2026", None))
        self.reprint_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u8865\u6253\u9001\u8d27\u5355", None))
        self.export_slips_button.setText(QCoreApplication.translate("DeliveriesTab", u"\u5bfc\u51fa", None))
        self.unreturned_box.setTitle(QCoreApplication.translate("DeliveriesTab", u"\u672a\u56de\u5355\uff08\u6309\u53f8\u673a\u3001\u65e5\u671f\uff09", None))
        self.pages.setTabText(self.pages.indexOf(self.slips_page), QCoreApplication.translate("DeliveriesTab", u"\u9001\u8d27\u5355 / \u7b7e\u6536", None))
        pass
    # retranslateUi
