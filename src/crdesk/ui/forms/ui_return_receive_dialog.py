# Generated from ui/return_receive_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QTableWidget,
    QVBoxLayout)

class Ui_ReturnReceiveDialog(object):
    def setupUi(self, ReturnReceiveDialog):
        if not ReturnReceiveDialog.objectName():
            ReturnReceiveDialog.setObjectName(u"ReturnReceiveDialog")
        self.main_layout = QVBoxLayout(ReturnReceiveDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.hint_label = QLabel(ReturnReceiveDialog)
        self.hint_label.setObjectName(u"hint_label")
        self.hint_label.setWordWrap(True)
        self.hint_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.hint_label)

        self.lines_table = QTableWidget(ReturnReceiveDialog)
        self.lines_table.setObjectName(u"lines_table")

        self.main_layout.addWidget(self.lines_table)

        self.form_layout = QFormLayout()
        self.form_layout.setObjectName(u"form_layout")
        self.note_label = QLabel(ReturnReceiveDialog)
        self.note_label.setObjectName(u"note_label")

        self.form_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.note_label)

        self.note_edit = QPlainTextEdit(ReturnReceiveDialog)
        self.note_edit.setObjectName(u"note_edit")
        self.note_edit.setTabChangesFocus(True)

        self.form_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.note_edit)


        self.main_layout.addLayout(self.form_layout)

        self.error_label = QLabel(ReturnReceiveDialog)
        self.error_label.setObjectName(u"error_label")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ReturnReceiveDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

        self.main_layout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.note_label.setBuddy(self.note_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReturnReceiveDialog)

        QMetaObject.connectSlotsByName(ReturnReceiveDialog)
    # setupUi

    def retranslateUi(self, ReturnReceiveDialog):
        ReturnReceiveDialog.setWindowTitle(QCoreApplication.translate("ReturnReceiveDialog", u"\u6536\u8d27", None))
        self.note_label.setText(QCoreApplication.translate("ReturnReceiveDialog", u"\u8bf4\u660e", None))
    # retranslateUi
