# Generated from ui/backup_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialogButtonBox, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem, QSpinBox,
    QStackedWidget, QTableWidget, QVBoxLayout, QWidget)

class Ui_BackupDialog(object):
    def setupUi(self, BackupDialog):
        if not BackupDialog.objectName():
            BackupDialog.setObjectName(u"BackupDialog")
        self.main_layout = QVBoxLayout(BackupDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.stack = QStackedWidget(BackupDialog)
        self.stack.setObjectName(u"stack")
        self.local_page = QWidget()
        self.local_page.setObjectName(u"local_page")
        self.local_layout = QVBoxLayout(self.local_page)
        self.local_layout.setObjectName(u"local_layout")
        self.database_label = QLabel(self.local_page)
        self.database_label.setObjectName(u"database_label")
        self.database_label.setWordWrap(True)

        self.local_layout.addWidget(self.database_label)

        self.actions_layout = QHBoxLayout()
        self.actions_layout.setObjectName(u"actions_layout")
        self.backup_button = QPushButton(self.local_page)
        self.backup_button.setObjectName(u"backup_button")

        self.actions_layout.addWidget(self.backup_button)

        self.restore_button = QPushButton(self.local_page)
        self.restore_button.setObjectName(u"restore_button")

        self.actions_layout.addWidget(self.restore_button)

        self.actions_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actions_layout.addItem(self.actions_spacer)


        self.local_layout.addLayout(self.actions_layout)

        self.auto_group = QGroupBox(self.local_page)
        self.auto_group.setObjectName(u"auto_group")
        self.auto_layout = QFormLayout(self.auto_group)
        self.auto_layout.setObjectName(u"auto_layout")
        self.auto_check = QCheckBox(self.auto_group)
        self.auto_check.setObjectName(u"auto_check")

        self.auto_layout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.auto_check)

        self.keep_label = QLabel(self.auto_group)
        self.keep_label.setObjectName(u"keep_label")

        self.auto_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.keep_label)

        self.keep_spin = QSpinBox(self.auto_group)
        self.keep_spin.setObjectName(u"keep_spin")
        self.keep_spin.setMinimum(1)
        self.keep_spin.setMaximum(365)

        self.auto_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.keep_spin)

        self.folder_label = QLabel(self.auto_group)
        self.folder_label.setObjectName(u"folder_label")

        self.auto_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.folder_label)

        self.folder_layout = QHBoxLayout()
        self.folder_layout.setObjectName(u"folder_layout")
        self.folder_edit = QLineEdit(self.auto_group)
        self.folder_edit.setObjectName(u"folder_edit")
        self.folder_edit.setReadOnly(True)

        self.folder_layout.addWidget(self.folder_edit)

        self.folder_button = QPushButton(self.auto_group)
        self.folder_button.setObjectName(u"folder_button")

        self.folder_layout.addWidget(self.folder_button)


        self.auto_layout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.folder_layout)


        self.local_layout.addWidget(self.auto_group)

        self.list_group = QGroupBox(self.local_page)
        self.list_group.setObjectName(u"list_group")
        self.list_layout = QVBoxLayout(self.list_group)
        self.list_layout.setObjectName(u"list_layout")
        self.backups_table = QTableWidget(self.list_group)
        self.backups_table.setObjectName(u"backups_table")
        self.backups_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backups_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)

        self.list_layout.addWidget(self.backups_table)


        self.local_layout.addWidget(self.list_group)

        self.stack.addWidget(self.local_page)
        self.server_page = QWidget()
        self.server_page.setObjectName(u"server_page")
        self.server_layout = QVBoxLayout(self.server_page)
        self.server_layout.setObjectName(u"server_layout")
        self.server_label = QLabel(self.server_page)
        self.server_label.setObjectName(u"server_label")
        self.server_label.setWordWrap(True)

        self.server_layout.addWidget(self.server_label)

        self.backup_command_label = QLabel(self.server_page)
        self.backup_command_label.setObjectName(u"backup_command_label")

        self.server_layout.addWidget(self.backup_command_label)

        self.backup_command_edit = QPlainTextEdit(self.server_page)
        self.backup_command_edit.setObjectName(u"backup_command_edit")
        self.backup_command_edit.setReadOnly(True)

        self.server_layout.addWidget(self.backup_command_edit)

        self.restore_command_label = QLabel(self.server_page)
        self.restore_command_label.setObjectName(u"restore_command_label")
        self.restore_command_label.setWordWrap(True)

        self.server_layout.addWidget(self.restore_command_label)

        self.restore_command_edit = QPlainTextEdit(self.server_page)
        self.restore_command_edit.setObjectName(u"restore_command_edit")
        self.restore_command_edit.setReadOnly(True)

        self.server_layout.addWidget(self.restore_command_edit)

        self.copy_button = QPushButton(self.server_page)
        self.copy_button.setObjectName(u"copy_button")

        self.server_layout.addWidget(self.copy_button)

        self.stack.addWidget(self.server_page)

        self.main_layout.addWidget(self.stack)

        self.status_label = QLabel(BackupDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)

        self.main_layout.addWidget(self.status_label)

        self.button_box = QDialogButtonBox(BackupDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Close)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.keep_label.setBuddy(self.keep_spin)
        self.folder_label.setBuddy(self.folder_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BackupDialog)

        QMetaObject.connectSlotsByName(BackupDialog)
    # setupUi

    def retranslateUi(self, BackupDialog):
        BackupDialog.setWindowTitle(QCoreApplication.translate("BackupDialog", u"\u5907\u4efd\u4e0e\u6062\u590d", None))
        self.backup_button.setText(QCoreApplication.translate("BackupDialog", u"\u7acb\u5373\u5907\u4efd\u2026", None))
        self.restore_button.setText(QCoreApplication.translate("BackupDialog", u"\u4ece\u5907\u4efd\u6062\u590d\u2026", None))
        self.auto_group.setTitle(QCoreApplication.translate("BackupDialog", u"\u81ea\u52a8\u5907\u4efd", None))
        self.auto_check.setText(QCoreApplication.translate("BackupDialog", u"\u6bcf\u5929\u7b2c\u4e00\u6b21\u542f\u52a8\u65f6\u81ea\u52a8\u5907\u4efd", None))
        self.keep_label.setText(QCoreApplication.translate("BackupDialog", u"\u4fdd\u7559\u5929\u6570", None))
        self.folder_label.setText(QCoreApplication.translate("BackupDialog", u"\u5907\u4efd\u6587\u4ef6\u5939", None))
        self.folder_button.setText(QCoreApplication.translate("BackupDialog", u"\u66f4\u6539\u2026", None))
        self.list_group.setTitle(QCoreApplication.translate("BackupDialog", u"\u5df2\u6709\u7684\u5907\u4efd", None))
        self.server_label.setText(QCoreApplication.translate("BackupDialog", u"\u6570\u636e\u4fdd\u5b58\u5728\u6570\u636e\u5e93\u670d\u52a1\u5668\u4e0a\uff0c\u7531\u670d\u52a1\u5668\u7ba1\u7406\u5458\u7528\u6570\u636e\u5e93\u81ea\u5e26\u7684\u5de5\u5177\u5907\u4efd\u548c\u6062\u590d\u3002crdesk \u4e0d\u4f1a\u5047\u88c5\u66ff\u60a8\u5b8c\u6210\u670d\u52a1\u5668\u5907\u4efd\u3002\u8bf7\u5728\u670d\u52a1\u5668\u6216\u53ef\u8fde\u63a5\u670d\u52a1\u5668\u7684\u7535\u8111\u4e0a\u8fd0\u884c\u4e0b\u9762\u7684\u547d\u4ee4\uff08\u8fd0\u884c\u65f6\u4f1a\u8be2\u95ee\u6570\u636e\u5e93\u5bc6\u7801\uff09\uff1a", None))
        self.backup_command_label.setText(QCoreApplication.translate("BackupDialog", u"\u5907\u4efd\uff1a", None))
        self.restore_command_label.setText(QCoreApplication.translate("BackupDialog", u"\u6062\u590d\uff08\u4f1a\u8986\u76d6\u670d\u52a1\u5668\u4e0a\u7684\u73b0\u6709\u6570\u636e\uff0c\u8bf7\u5148\u8ba9\u6240\u6709\u5de5\u4f5c\u7ad9\u9000\u51fa crdesk\uff09\uff1a", None))
        self.copy_button.setText(QCoreApplication.translate("BackupDialog", u"\u590d\u5236\u5907\u4efd\u547d\u4ee4", None))
    # retranslateUi
