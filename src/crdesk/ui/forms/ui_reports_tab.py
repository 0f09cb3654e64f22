# Generated from ui/reports_tab.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QDateEdit, QFrame, QGridLayout, QHBoxLayout, QLabel, QListWidget, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_ReportsTab(object):
    def setupUi(self, ReportsTab):
        if not ReportsTab.objectName():
            ReportsTab.setObjectName(u"ReportsTab")
        self.main_layout = QHBoxLayout(ReportsTab)
        self.main_layout.setObjectName(u"main_layout")
        self.report_list = QListWidget(ReportsTab)
        self.report_list.setObjectName(u"report_list")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.report_list.sizePolicy().hasHeightForWidth())
        self.report_list.setSizePolicy(sizePolicy)

        self.main_layout.addWidget(self.report_list)

        self.right_layout = QVBoxLayout()
        self.right_layout.setObjectName(u"right_layout")
        self.controls_layout = QHBoxLayout()
        self.controls_layout.setObjectName(u"controls_layout")
        self.month_label = QLabel(ReportsTab)
        self.month_label.setObjectName(u"month_label")

        self.controls_layout.addWidget(self.month_label)

        self.month_edit = QDateEdit(ReportsTab)
        self.month_edit.setObjectName(u"month_edit")

        self.controls_layout.addWidget(self.month_edit)

        self.refresh_button = QPushButton(ReportsTab)
        self.refresh_button.setObjectName(u"refresh_button")

        self.controls_layout.addWidget(self.refresh_button)

        self.controls_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controls_layout.addItem(self.controls_spacer)

        self.survey_button = QPushButton(ReportsTab)
        self.survey_button.setObjectName(u"survey_button")

        self.controls_layout.addWidget(self.survey_button)

        self.questions_button = QPushButton(ReportsTab)
        self.questions_button.setObjectName(u"questions_button")

        self.controls_layout.addWidget(self.questions_button)

        self.export_button = QPushButton(ReportsTab)
        self.export_button.setObjectName(u"export_button")

        self.controls_layout.addWidget(self.export_button)

        self.print_button = QPushButton(ReportsTab)
        self.print_button.setObjectName(u"print_button")

        self.controls_layout.addWidget(self.print_button)


        self.right_layout.addLayout(self.controls_layout)

        self.title_label = QLabel(ReportsTab)
        self.title_label.setObjectName(u"title_label")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)

        self.right_layout.addWidget(self.title_label)

        self.scroll_area = QScrollArea(ReportsTab)
        self.scroll_area.setObjectName(u"scroll_area")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.content = QWidget()
        self.content.setObjectName(u"content")
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setObjectName(u"content_layout")
        self.figures_grid = QGridLayout()
        self.figures_grid.setObjectName(u"figures_grid")

        self.content_layout.addLayout(self.figures_grid)

        self.chart_grid = QGridLayout()
        self.chart_grid.setObjectName(u"chart_grid")

        self.content_layout.addLayout(self.chart_grid)

        self.tables_layout = QVBoxLayout()
        self.tables_layout.setObjectName(u"tables_layout")

        self.content_layout.addLayout(self.tables_layout)

        self.note_label = QLabel(self.content)
        self.note_label.setObjectName(u"note_label")
        self.note_label.setWordWrap(True)
        self.note_label.setTextFormat(Qt.TextFormat.PlainText)

        self.content_layout.addWidget(self.note_label)

        self.content_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.content_layout.addItem(self.content_spacer)

        self.scroll_area.setWidget(self.content)

        self.right_layout.addWidget(self.scroll_area)


        self.main_layout.addLayout(self.right_layout)

#if QT_CONFIG(shortcut)
        self.month_label.setBuddy(self.month_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportsTab)

        QMetaObject.connectSlotsByName(ReportsTab)
    # setupUi

    def retranslateUi(self, ReportsTab):
        self.month_label.setText(QCoreApplication.translate("ReportsTab", u"\u6708\u4efd", None))
        self.month_edit.setDisplayFormat(QCoreApplication.translate("ReportsTab", u"yyyy-MM", None))
        self.refresh_button.setText(QCoreApplication.translate("ReportsTab", u"\u5237\u65b0", None))
        self.survey_button.setText(QCoreApplication.translate("ReportsTab", u"\u6ee1\u610f\u5ea6\u8c03\u67e5\u2026", None))
        self.questions_button.setText(QCoreApplication.translate("ReportsTab", u"\u95ee\u5377\u8bbe\u7f6e\u2026", None))
        self.export_button.setText(QCoreApplication.translate("ReportsTab", u"\u5bfc\u51fa XLSX\u2026", None))
        self.print_button.setText(QCoreApplication.translate("ReportsTab", u"\u6253\u5370\u6708\u62a5\u2026", None))
        pass
    # retranslateUi
