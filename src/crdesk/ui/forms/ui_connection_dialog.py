# Generated from ui/connection_dialog.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QRadioButton, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

class Ui_ConnectionDialog(object):
    def setupUi(self, ConnectionDialog):
        if not ConnectionDialog.objectName():
            ConnectionDialog.setObjectName(u"ConnectionDialog")
        self.main_layout = QVBoxLayout(ConnectionDialog)
        self.main_layout.setObjectName(u"main_layout")
        self.intro_label = QLabel(ConnectionDialog)
        self.intro_label.setObjectName(u"intro_label")
        self.intro_label.setWordWrap(True)

        self.main_layout.addWidget(self.intro_label)

        self.local_radio = QRadioButton(ConnectionDialog)
        self.local_radio.setObjectName(u"local_radio")
        self.local_radio.setChecked(True)

        self.main_layout.addWidget(self.local_radio)

        self.local_box = QWidget(ConnectionDialog)
        self.local_box.setObjectName(u"local_box")
        self.local_layout = QHBoxLayout(self.local_box)
        self.local_layout.setObjectName(u"local_layout")
        self.path_edit = QLineEdit(self.local_box)
        self.path_edit.setObjectName(u"path_edit")

        self.local_layout.addWidget(self.path_edit)

        self.browse_button = QPushButton(self.local_box)
        self.browse_button.setObjectName(u"browse_button")

        self.local_layout.addWidget(self.browse_button)


        self.main_layout.addWidget(self.local_box)

        self.server_radio = QRadioButton(ConnectionDialog)
        self.server_radio.setObjectName(u"server_radio")

        self.main_layout.addWidget(self.server_radio)

        self.server_box = QWidget(ConnectionDialog)
        self.server_box.setObjectName(u"server_box")
        self.server_layout = QFormLayout(self.server_box)
        self.server_layout.setObjectName(u"server_layout")
        self.backend_label = QLabel(self.server_box)
        self.backend_label.setObjectName(u"backend_label")

        self.server_layout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.backend_label)

        self.backend_combo = QComboBox(self.server_box)
        self.backend_combo.setObjectName(u"backend_combo")

        self.server_layout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.backend_combo)

        self.host_label = QLabel(self.server_box)
        self.host_label.setObjectName(u"host_label")

        self.server_layout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.host_label)

        self.host_edit = QLineEdit(self.server_box)
        self.host_edit.setObjectName(u"host_edit")

        self.server_layout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.host_edit)

        self.port_label = QLabel(self.server_box)
        self.port_label.setObjectName(u"port_label")

        self.server_layout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.port_label)

        self.port_spin = QSpinBox(self.server_box)
        self.port_spin.setObjectName(u"port_spin")
        self.port_spin.setMinimum(1)
        self.port_spin.setMaximum(65535)
        self.port_spin.setValue(5432)

        self.server_layout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.port_spin)

        self.database_label = QLabel(self.server_box)
        self.database_label.setObjectName(u"database_label")

        self.server_layout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.database_label)

        self.database_edit = QLineEdit(self.server_box)
        self.database_edit.setObjectName(u"database_edit")
        self.database_edit.setText(u"crdesk")

        self.server_layout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.database_edit)

        self.user_label = QLabel(self.server_box)
        self.user_label.setObjectName(u"user_label")

        self.server_layout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.user_label)

        self.user_edit = QLineEdit(self.server_box)
        self.user_edit.setObjectName(u"user_edit")

        self.server_layout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.user_edit)

        self.password_label = QLabel(self.server_box)
        self.password_label.setObjectName(u"password_label")

        self.server_layout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.password_label)

        self.password_edit = QLineEdit(self.server_box)
        self.password_edit.setObjectName(u"password_edit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.server_layout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.password_edit)

        self.remember_check = QCheckBox(self.server_box)
        self.remember_check.setObjectName(u"remember_check")
        self.remember_check.setChecked(True)

        self.server_layout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.remember_check)

        self.keyring_label = QLabel(self.server_box)
        self.keyring_label.setObjectName(u"keyring_label")
        self.keyring_label.setWordWrap(True)

        self.server_layout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.keyring_label)


        self.main_layout.addWidget(self.server_box)

        self.test_layout = QHBoxLayout()
        self.test_layout.setObjectName(u"test_layout")
        self.test_button = QPushButton(ConnectionDialog)
        self.test_button.setObjectName(u"test_button")

        self.test_layout.addWidget(self.test_button)

        self.status_label = QLabel(ConnectionDialog)
        self.status_label.setObjectName(u"status_label")
        self.status_label.setWordWrap(True)
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.status_label.sizePolicy().hasHeightForWidth())
        self.status_label.setSizePolicy(sizePolicy)

        self.test_layout.addWidget(self.status_label)


        self.main_layout.addLayout(self.test_layout)

        self.error_label = QLabel(ConnectionDialog)
        self.error_label.setObjectName(u"error_label")

        self.main_layout.addWidget(self.error_label)

        self.button_box = QDialogButtonBox(ConnectionDialog)
        self.button_box.setObjectName(u"button_box")
        self.button_box.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.main_layout.addWidget(self.button_box)

#if QT_CONFIG(shortcut)
        self.backend_label.setBuddy(self.backend_combo)
        self.host_label.setBuddy(self.host_edit)
        self.port_label.setBuddy(self.port_spin)
        self.database_label.setBuddy(self.database_edit)
        self.user_label.setBuddy(self.user_edit)
        self.password_label.setBuddy(self.password_edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.local_radio, self.path_edit)
        QWidget.setTabOrder(self.path_edit, self.browse_button)
        QWidget.setTabOrder(self.browse_button, self.server_radio)
        QWidget.setTabOrder(self.server_radio, self.backend_combo)
        QWidget.setTabOrder(self.backend_combo, self.host_edit)
        QWidget.setTabOrder(self.host_edit, self.port_spin)
        QWidget.setTabOrder(self.port_spin, self.database_edit)
        QWidget.setTabOrder(self.database_edit, self.user_edit)
        QWidget.setTabOrder(self.user_edit, self.password_edit)
        QWidget.setTabOrder(self.password_edit, self.remember_check)
        QWidget.setTabOrder(self.remember_check, self.test_button)

        self.retranslateUi(ConnectionDialog)

        QMetaObject.connectSlotsByName(ConnectionDialog)
    # setupUi

    def retranslateUi(self, ConnectionDialog):
        ConnectionDialog.setWindowTitle(QCoreApplication.translate("ConnectionDialog", u"\u6570\u636e\u5e93\u8fde\u63a5", None))
        self.intro_label.setText(QCoreApplication.translate("ConnectionDialog", u"\u9009\u62e9\u672c\u5de5\u4f5c\u7ad9\u4f7f\u7528\u7684\u6570\u636e\u5e93\u3002\u5355\u53f0\u7535\u8111\u53ef\u4f7f\u7528\u672c\u673a\u6570\u636e\u5e93\u6587\u4ef6\uff1b\u591a\u53f0\u7535\u8111\u5171\u7528\u6570\u636e\u65f6\uff0c\u8bf7\u8fde\u63a5\u540c\u4e00\u53f0 PostgreSQL \u6216 MySQL/MariaDB \u670d\u52a1\u5668\u3002", None))
        self.local_radio.setText(QCoreApplication.translate("ConnectionDialog", u"\u672c\u673a\u6570\u636e\u5e93\u6587\u4ef6\uff08\u5355\u53f0\u7535\u8111\u4f7f\u7528\uff09", None))
        self.browse_button.setText(QCoreApplication.translate("ConnectionDialog", u"\u6d4f\u89c8\u2026", None))
        self.server_radio.setText(QCoreApplication.translate("ConnectionDialog", u"\u6570\u636e\u5e93\u670d\u52a1\u5668\uff08\u591a\u53f0\u7535\u8111\u5171\u7528\uff09", None))
        self.backend_label.setText(QCoreApplication.translate("ConnectionDialog", u"\u670d\u52a1\u5668\u7c7b\u578b", None))
        self.host_label.setText(QCoreApplication.translate("ConnectionDialog", u"\u670d\u52a1\u5668\u5730\u5740", None))
        self.host_edit.setPlaceholderText(QCoreApplication.translate("ConnectionDialog", u"\u5982 192.168.1.10 \u6216 crdesk-server", None))
        self.port_label.setText(QCoreApplication.translate("ConnectionDialog", u"\u7aef\u53e3", None))
        self.database_label.setText(QCoreApplication.translate("ConnectionDialog", u"\u6570\u636e\u5e93\u540d", None))
        self.user_label.setText(QCoreApplication.translate("ConnectionDialog", u"\u7528\u6237\u540d", None))
        self.password_label.setText(QCoreApplication.translate("ConnectionDialog", u"\u5bc6\u7801", None))
        self.remember_check.setText(QCoreApplication.translate("ConnectionDialog", u"\u5728\u7cfb\u7edf\u5bc6\u94a5\u73af\u4e2d\u4fdd\u5b58\u5bc6\u7801", None))
        self.test_button.setText(QCoreApplication.translate("ConnectionDialog", u"\u6d4b\u8bd5\u8fde\u63a5", None))
    # retranslateUi
