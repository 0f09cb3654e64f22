# Generated from ui/import_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QLineEdit, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTableWidget,
    QVBoxLayout)

class Ui_ImportDialog(object):
    def setupUi(self, ImportDialog):
        if not ImportDialog.objectName():
            ImportDialog.setObjectName(u"ImportDialog")
        self.main_layout = QVBoxLayout(ImportDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.source_layout = QFormLayout()
        self.source_layout.setObjectName(u"source_layout")
        self.kind_label = QLabel(ImportDialog)
        self.kind_label.setObjectName(u"kind_label")

        self.source_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kind_label)

        self.kind_combo = QComboBox(ImportDialog)
        self.kind_combo.setObjectName(u"kind_combo")

        self.source_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kind_combo)

        self.file_label = QLabel(ImportDialog)
        self.file_label.setObjectName(u"file_label")

        self.source_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.file_label)

        self.file_layout = QHBoxLayout()
        self.file_layout.setObjectName(u"file_layout")
        self.file_edit = QLineEdit(ImportDialog)
        self.file_edit.setObjectName(u"file_edit")
        self.file_edit.setReadOnly(True)

        self.file_layout.addWidget(self.file_edit)

        self.choose_button = QPushButton(ImportDialog)
        self.choose_button.setObjectName(u"choose_button")

        self.file_layout.addWidget(self.choose_button)


        self.source_layout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.file_layout)


        self.main_layout.addLayout(self.source_layout)

        self.info_label = QLabel(ImportDialog)
        self.info_label.setObjectName(u"info_label")
        self.info_label.setWordWrap(True)

        self.main_layout.addWidget(self.info_label)

        self.splitter = QSplitter(ImportDialog)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.mapping_group = QGroupBox(self.splitter)
        self.mapping_group.setObjectName(u"mapping_group")
        self.mapping_layout = QVBoxLayout(self.mapping_group)
        self.mapping_layout.setObjectName(u"mapping_layout")
        self.mapping_table = QTableWidget(self.mapping_group)
        self.mapping_table.setObjectName(u"mapping_table")
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.mapping_layout.addWidget(self.mapping_table)

        self.splitter.addWidget(self.mapping_group)
        self.preview_group = QGroupBox(self.splitter)
        self.preview_group.setObjectName(u"preview_group")
        self.preview_layout = QVBoxLayout(self.preview_group)
        self.preview_layout.setObjectName(u"preview_layout")
        self.preview_table = QTableWidget(self.preview_group)
        self.preview_table.setObjectName(u"preview_table")
        self.preview_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.preview_layout.addWidget(self.preview_table)

        self.splitter.addWidget(self.preview_group)

        self.main_layout.addWidget(self.splitter)

        self.errors_group = QGroupBox(ImportDialog)
        self.errors_group.setObjectName(u"errors_group")
        self.errors_layout = QVBoxLayout(self.errors_group)
        self.errors_layout.setObjectName(u"errors_layout")
        self.errors_table = QTableWidget(self.errors_group)
        self.errors_table.setObjectName(u"errors_table")
        self.errors_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.errors_layout.addWidget(self.errors_table)


        self.main_layout.addWidget(self.errors_group)

        self.valid_only_check = QCheckBox(ImportDialog)
        self.valid_only_check.setObjectName(u"valid_only_check")

        self.main_layout.addWidget(self.valid_only_check)

        self.progress_layout = QHBoxLayout()
        self.progress_layout.setObjectName(u"progress_layout")
        self.progress_bar = QProgressBar(ImportDialog)
        self.progress_bar.setObjectName(u"progress_bar")
        self.progress_bar.setValue(0)

        self.progress_layout.addWidget(self.progress_bar)

        self.cancel_button = QPushButton(ImportDialog)
        self.cancel_button.setObjectName(u"cancel_button")

        self.progress_layout.addWidget(self.cancel_button)


        self.main_layout.addLayout(self.progress_layout)

        self.summary_label = QLabel(ImportDialog)
        self.summary_label.setObjectName(u"summary_label")
        self.summary_label.setWordWrap(True)

        self.main_layout.addWidget(self.summary_label)

        self.buttons_layout = QHBoxLayout()
        self.buttons_layout.setObjectName(u"buttons_layout")
        self.buttons_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttons_layout.addItem(self.buttons_spacer)

        self.check_button = QPushButton(ImportDialog)
        self.check_button.setObjectName(u"check_button")

        self.buttons_layout.addWidget(self.check_button)

        self.import_button = QPushButton(ImportDialog)
        self.import_button.setObjectName(u"import_button")

        self.buttons_layout.addWidget(self.import_button)

        self.close_button = QPushButton(ImportDialog)
        self.close_button.setObjectName(u"close_button")

        self.buttons_layout.addWidget(self.close_button)


        self.main_layout.addLayout(self.buttons_layout)

        self.main_layout.setStretch(2, 3)
        self.main_layout.setStretch(3, 1)
#if QT_CONFIG(shortcut)
        self.kind_label.setBuddy(self.kind_combo)
        self.file_label.setBuddy(self.choose_button)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ImportDialog)

        QMetaObject.connectSlotsByName(ImportDialog)
    # setupUi

    def retranslateUi(self, ImportDialog):
        ImportDialog.setWindowTitle(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u6570\u636e", None))
        self.kind_label.setText(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165\u5185\u5bb9", None))
        self.file_label.setText(QCoreApplication.translate("ImportDialog", u"\u6587\u4ef6", None))
        self.file_edit.setPlaceholderText(QCoreApplication.translate("ImportDialog", u"CSV\uff08UTF-8 \u6216 GBK\uff09\u6216 Excel \u5de5\u4f5c\u7c3f\uff08.xlsx\uff09", None))
        self.choose_button.setText(QCoreApplication.translate("ImportDialog", u"\u9009\u62e9\u6587\u4ef6\u2026", None))
        self.mapping_group.setTitle(QCoreApplication.translate("ImportDialog", u"\u5217\u5bf9\u5e94", None))
        self.preview_group.setTitle(QCoreApplication.translate("ImportDialog", u"\u9884\u89c8\uff08\u524d 50 \u884c\uff09", None))
        self.errors_group.setTitle(QCoreApplication.translate("ImportDialog", u"\u6709\u9519\u8bef\u7684\u884c", None))
        self.valid_only_check.setText(QCoreApplication.translate("ImportDialog", u"\u53ea\u5bfc\u5165\u6709\u6548\u7684\u884c\uff08\u8df3\u8fc7\u6709\u9519\u8bef\u7684\u884c\uff09", None))
        self.cancel_button.setText(QCoreApplication.translate("ImportDialog", u"\u53d6\u6d88", None))
        self.check_button.setText(QCoreApplication.translate("ImportDialog", u"\u68c0\u67e5", None))
        self.import_button.setText(QCoreApplication.translate("ImportDialog", u"\u5bfc\u5165", None))
        self.close_button.setText(QCoreApplication.translate("ImportDialog", u"\u5173\u95ed", None))
    # retranslateUi
