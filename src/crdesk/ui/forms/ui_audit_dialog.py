# Generated from ui/audit_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QDialogButtonBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QTableWidgetItem, QVBoxLayout, QWidget)

class Ui_AuditDialog(object):
    def setupUi(self, AuditDialog):
        if not AuditDialog.objectName():
            AuditDialog.setObjectName(u"AuditDialog")
        self.main_layout = QVBoxLayout(AuditDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.filter_layout = QHBoxLayout()
        self.filter_layout.setObjectName(u"filter_layout")
        self.table_label = QLabel(AuditDialog)
        self.table_label.setObjectName(u"table_label")

        self.filter_layout.addWidget(self.table_label)

        self.table_combo = QComboBox(AuditDialog)
        self.table_combo.setObjectName(u"table_combo")

        self.filter_layout.addWidget(self.table_combo)

        self.record_label = QLabel(AuditDialog)
        self.record_label.setObjectName(u"record_label")

        self.filter_layout.addWidget(self.record_label)

        self.record_edit = QLineEdit(AuditDialog)
        self.record_edit.setObjectName(u"record_edit")

        self.filter_layout.addWidget(self.record_edit)

        self.user_label = QLabel(AuditDialog)
        self.user_label.setObjectName(u"user_label")

        self.filter_layout.addWidget(self.user_label)

        self.user_combo = QComboBox(AuditDialog)
        self.user_combo.setObjectName(u"user_combo")

        self.filter_layout.addWidget(self.user_combo)

        self.date_check = QCheckBox(AuditDialog)
        self.date_check.setObjectName(u"date_check")

        self.filter_layout.addWidget(self.date_check)

        self.date_from_edit = QDateEdit(AuditDialog)
        self.date_from_edit.setObjectName(u"date_from_edit")
        self.date_from_edit.setEnabled(False)
        self.date_from_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.date_from_edit)

        self.to_label = QLabel(AuditDialog)
        self.to_label.setObjectName(u"to_label")

        self.filter_layout.addWidget(self.to_label)

        self.date_to_edit = QDateEdit(AuditDialog)
        self.date_to_edit.setObjectName(u"date_to_edit")
        self.date_to_edit.setEnabled(False)
        self.date_to_edit.setCalendarPopup(True)

        self.filter_layout.addWidget(self.date_to_edit)

        self.search_button = QPushButton(AuditDialog)
        self.search_button.setObjectName(u"search_button")

        self.filter_layout.addWidget(self.search_button)

        self.filter_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filter_layout.addItem(self.filter_spacer)


        self.main_layout.addLayout(self.filter_layout)

        self.splitter = QSplitter(AuditDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Vertical)
        self.entry_table = QTableWidget(self.splitter)
        if (self.entry_table.columnCount() < 6):
            self.entry_table.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.entry_table.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.entry_table.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.entry_table.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.entry_table.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.entry_table.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.entry_table.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.entry_table.setObjectName(u"entry_table")
        self.entry_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.entry_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entry_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entry_table.setAlternatingRowColors(True)
        self.splitter.addWidget(self.entry_table)
        self.detail_panel = QWidget(self.splitter)
        self.detail_panel.setObjectName(u"detail_panel")
        self.detail_layout = QVBoxLayout(self.detail_panel)
        self.detail_layout.setObjectName(u"detail_layout")
        self.detail_layout.setContentsMargins(0, 0, 0, 0)
        self.detail_label = QLabel(self.detail_panel)
        self.detail_label.setObjectName(u"detail_label")
        self.detail_label.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_label.setWordWrap(True)

        self.detail_layout.addWidget(self.detail_label)

        self.change_table = QTableWidget(self.detail_panel)
        if (self.change_table.columnCount() < 3):
            self.change_table.setColumnCount(3)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.change_table.setHorizontalHeaderItem(0, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.change_table.setHorizontalHeaderItem(1, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.change_table.setHorizontalHeaderItem(2, __qtablewidgetitem8)
        self.change_table.setObjectName(u"change_table")
        self.change_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.change_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.detail_layout.addWidget(self.change_table)

        self.splitter.addWidget(self.detail_panel)

        self.main_layout.addWidget(self.splitter)

        self.bottom_layout = QHBoxLayout()
        self.bottom_layout.setObjectName(u"bottom_layout")
        self.status_label = QLabel(AuditDialog)
        self.status_label.setObjectName(u"status_label")

        self.bottom_layout.addWidget(self.status_label)

        self.more_button = QPushButton(AuditDialog)
        self.more_button.setObjectName(u"more_button")

        self.bottom_layout.addWidget(self.more_button)

        self.bottom_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.bottom_layout.addItem(self.bottom_spacer)

        self.button_box = QDialogButtonBox(AuditDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.bottom_layout.addWidget(self.button_box)


        self.main_layout.addLayout(self.bottom_layout)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.table_label.setBuddy(self.table_combo)
        self.record_label.setBuddy(self.record_edit)
        self.user_label.setBuddy(self.user_combo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.table_combo, self.record_edit)
        QWidget.setTabOrder(self.record_edit, self.user_combo)
        QWidget.setTabOrder(self.user_combo, self.date_check)
        QWidget.setTabOrder(self.date_check, self.date_from_edit)
        QWidget.setTabOrder(self.date_from_edit, self.date_to_edit)
        QWidget.setTabOrder(self.date_to_edit, self.search_button)
        QWidget.setTabOrder(self.search_button, self.entry_table)
        QWidget.setTabOrder(self.entry_table, self.change_table)
        QWidget.setTabOrder(self.change_table, self.more_button)

        self.retranslateUi(AuditDialog)

        QMetaObject.connectSlotsByName(AuditDialog)
    # setupUi

    def retranslateUi(self, AuditDialog):
        AuditDialog.setWindowTitle(QCoreApplication.translate("AuditDialog", u"\u5ba1\u8ba1\u65e5\u5fd7", None))
        self.table_label.setText(QCoreApplication.translate("AuditDialog", u"\u5bf9\u8c61", None))
        self.record_label.setText(QCoreApplication.translate("AuditDialog", u"\u8bb0\u5f55\u53f7", None))
        self.record_edit.setPlaceholderText(QCoreApplication.translate("AuditDialog", u"\u5168\u90e8", None))
        self.user_label.setText(QCoreApplication.translate("AuditDialog", u"\u7528\u6237", None))
        self.date_check.setText(QCoreApplication.translate("AuditDialog", u"\u65e5\u671f", None))
        self.date_from_edit.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"yyyy-MM-dd", None))
        self.to_label.setText(QCoreApplication.translate("AuditDialog", u"\u81f3", None))
        self.date_to_edit.setDisplayFormat(QCoreApplication.translate("AuditDialog", u"yyyy-MM-dd", None))
        self.search_button.setText(QCoreApplication.translate("AuditDialog", u"\u67e5\u8be2", None))
        ___qtablewidgetitem = self.entry_table.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AuditDialog", u"\u65f6\u95f4", None))
        ___qtablewidgetitem1 = self.entry_table.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AuditDialog", u"\u7528\u6237", None))
        ___qtablewidgetitem2 = self.entry_table.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AuditDialog", u"\u64cd\u4f5c", None))
        ___qtablewidgetitem3 = self.entry_table.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AuditDialog", u"\u5bf9\u8c61", None))
        ___qtablewidgetitem4 = self.entry_table.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AuditDialog", u"\u8bb0\u5f55\u53f7", None))
        ___qtablewidgetitem5 = self.entry_table.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AuditDialog", u"\u53d8\u66f4\u5185\u5bb9\uff08\u539f\u503c \u2192 \u65b0\u503c\uff09", None))
        self.detail_label.setText(QCoreApplication.translate("AuditDialog", u"\u6240\u9009\u8bb0\u5f55\u7684\u9010\u9879\u53d8\u66f4", None))
        ___qtablewidgetitem6 = self.change_table.horizontalHeaderItem(0)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("AuditDialog", u"\u5b57\u6bb5", None))
        ___qtablewidgetitem7 = self.change_table.horizontalHeaderItem(1)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("AuditDialog", u"\u539f\u503c", None))
        ___qtablewidgetitem8 = self.change_table.horizontalHeaderItem(2)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("AuditDialog", u"\u65b0\u503c", None))
        self.more_button.setText(QCoreApplication.translate("AuditDialog", u"\u52a0\u8f7d\u66f4\u591a", None))
    # retranslateUi
