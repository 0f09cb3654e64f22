# Generated from ui/fleet_tab.ui by `python -m crdesk.ui.build_forms`. Do not edit.
# -*- coding: utf-8 -*-


from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLabel,
    QPushButton, QSizePolicy, QSpacerItem, QTabWidget, QTableView, QVBoxLayout, QWidget)

class Ui_FleetTab(object):
    def setupUi(self, FleetTab):
        if not FleetTab.objectName():
            FleetTab.setObjectName(u"FleetTab")
        self.main_layout = QVBoxLayout(FleetTab)
        self.main_layout.setObjectName(u"main_layout")
        self.fleet_pages = QTabWidget(FleetTab)
        self.fleet_pages.setObjectName(u"fleet_pages")
        self.compliance_page = QWidget()
        self.compliance_page.setObjectName(u"compliance_page")
        self.compliance_layout = QVBoxLayout(self.compliance_page)
        self.compliance_layout.setObjectName(u"compliance_layout")
        self.compliance_bar = QHBoxLayout()
        self.compliance_bar.setObjectName(u"compliance_bar")
        self.compliance_summary_label = QLabel(self.compliance_page)
        self.compliance_summary_label.setObjectName(u"compliance_summary_label")

        self.compliance_bar.addWidget(self.compliance_summary_label)

        self.compliance_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.compliance_bar.addItem(self.compliance_spacer)

        self.compliance_legend_label = QLabel(self.compliance_page)
        self.compliance_legend_label.setObjectName(u"compliance_legend_label")

        self.compliance_bar.addWidget(self.compliance_legend_label)


        self.compliance_layout.addLayout(self.compliance_bar)

        self.compliance_table = QTableView(self.compliance_page)
        self.compliance_table.setObjectName(u"compliance_table")
        self.compliance_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.compliance_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.compliance_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.compliance_table.setAlternatingRowColors(True)

        self.compliance_layout.addWidget(self.compliance_table)

        self.fleet_pages.addTab(self.compliance_page, "")
        self.vehicles_page = QWidget()
        self.vehicles_page.setObjectName(u"vehicles_page")
        self.vehicles_layout = QVBoxLayout(self.vehicles_page)
        self.vehicles_layout.setObjectName(u"vehicles_layout")
        self.vehicles_bar = QHBoxLayout()
        self.vehicles_bar.setObjectName(u"vehicles_bar")
        self.new_vehicle_button = QPushButton(self.vehicles_page)
        self.new_vehicle_button.setObjectName(u"new_vehicle_button")

        self.vehicles_bar.addWidget(self.new_vehicle_button)

        self.edit_vehicle_button = QPushButton(self.vehicles_page)
        self.edit_vehicle_button.setObjectName(u"edit_vehicle_button")

        self.vehicles_bar.addWidget(self.edit_vehicle_button)

        self.retired_check = QCheckBox(self.vehicles_page)
        self.retired_check.setObjectName(u"retired_check")

        self.vehicles_bar.addWidget(self.retired_check)

        self.vehicles_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.vehicles_bar.addItem(self.vehicles_spacer)

        self.log_month_label = QLabel(self.vehicles_page)
        self.log_month_label.setObjectName(u"log_month_label")

        self.vehicles_bar.addWidget(self.log_month_label)

        self.log_month_edit = QDateEdit(self.vehicles_page)
        self.log_month_edit.setObjectName(u"log_month_edit")
        self.log_month_edit.setCalendarPopup(True)

        self.vehicles_bar.addWidget(self.log_month_edit)

        self.print_log_button = QPushButton(self.vehicles_page)
        self.print_log_button.setObjectName(u"print_log_button")

        self.vehicles_bar.addWidget(self.print_log_button)


        self.vehicles_layout.addLayout(self.vehicles_bar)

        self.vehicle_table = QTableView(self.vehicles_page)
        self.vehicle_table.setObjectName(u"vehicle_table")
        self.vehicle_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.vehicle_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.vehicle_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.vehicle_table.setAlternatingRowColors(True)

        self.vehicles_layout.addWidget(self.vehicle_table)

        self.fleet_pages.addTab(self.vehicles_page, "")
        self.drivers_page = QWidget()
        self.drivers_page.setObjectName(u"drivers_page")
        self.drivers_layout = QVBoxLayout(self.drivers_page)
        self.drivers_layout.setObjectName(u"drivers_layout")
        self.drivers_bar = QHBoxLayout()
        self.drivers_bar.setObjectName(u"drivers_bar")
        self.new_driver_button = QPushButton(self.drivers_page)
        self.new_driver_button.setObjectName(u"new_driver_button")

        self.drivers_bar.addWidget(self.new_driver_button)

        self.edit_driver_button = QPushButton(self.drivers_page)
        self.edit_driver_button.setObjectName(u"edit_driver_button")

        self.drivers_bar.addWidget(self.edit_driver_button)

        self.drivers_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.drivers_bar.addItem(self.drivers_spacer)


        self.drivers_layout.addLayout(self.drivers_bar)

        self.driver_table = QTableView(self.drivers_page)
        self.driver_table.setObjectName(u"driver_table")
        self.driver_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.driver_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.driver_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.driver_table.setAlternatingRowColors(True)

        self.drivers_layout.addWidget(self.driver_table)

        self.fleet_pages.addTab(self.drivers_page, "")
        self.trips_page = QWidget()
        self.trips_page.setObjectName(u"trips_page")
        self.trips_layout = QVBoxLayout(self.trips_page)
        self.trips_layout.setObjectName(u"trips_layout")
        self.trips_bar = QHBoxLayout()
        self.trips_bar.setObjectName(u"trips_bar")
        self.new_trip_button = QPushButton(self.trips_page)
        self.new_trip_button.setObjectName(u"new_trip_button")

        self.trips_bar.addWidget(self.new_trip_button)

        self.trip_from_run_button = QPushButton(self.trips_page)
        self.trip_from_run_button.setObjectName(u"trip_from_run_button")

        self.trips_bar.addWidget(self.trip_from_run_button)

        self.edit_trip_button = QPushButton(self.trips_page)
        self.edit_trip_button.setObjectName(u"edit_trip_button")

        self.trips_bar.addWidget(self.edit_trip_button)

        self.trips_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.trips_bar.addItem(self.trips_spacer)

        self.trip_vehicle_filter = QComboBox(self.trips_page)
        self.trip_vehicle_filter.setObjectName(u"trip_vehicle_filter")
        self.trip_vehicle_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.trips_bar.addWidget(self.trip_vehicle_filter)

        self.trip_driver_filter = QComboBox(self.trips_page)
        self.trip_driver_filter.setObjectName(u"trip_driver_filter")
        self.trip_driver_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.trips_bar.addWidget(self.trip_driver_filter)


        self.trips_layout.addLayout(self.trips_bar)

        self.trip_table = QTableView(self.trips_page)
        self.trip_table.setObjectName(u"trip_table")
        self.trip_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.trip_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.trip_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.trip_table.setAlternatingRowColors(True)

        self.trips_layout.addWidget(self.trip_table)

        self.fleet_pages.addTab(self.trips_page, "")
        self.fuel_page = QWidget()
        self.fuel_page.setObjectName(u"fuel_page")
        self.fuel_layout = QVBoxLayout(self.fuel_page)
        self.fuel_layout.setObjectName(u"fuel_layout")
        self.fuel_bar = QHBoxLayout()
        self.fuel_bar.setObjectName(u"fuel_bar")
        self.new_fuel_button = QPushButton(self.fuel_page)
        self.new_fuel_button.setObjectName(u"new_fuel_button")

        self.fuel_bar.addWidget(self.new_fuel_button)

        self.edit_fuel_button = QPushButton(self.fuel_page)
        self.edit_fuel_button.setObjectName(u"edit_fuel_button")

        self.fuel_bar.addWidget(self.edit_fuel_button)

        self.fuel_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.fuel_bar.addItem(self.fuel_spacer)

        self.fuel_vehicle_label = QLabel(self.fuel_page)
        self.fuel_vehicle_label.setObjectName(u"fuel_vehicle_label")

        self.fuel_bar.addWidget(self.fuel_vehicle_label)

        self.fuel_vehicle_filter = QComboBox(self.fuel_page)
        self.fuel_vehicle_filter.setObjectName(u"fuel_vehicle_filter")
        self.fuel_vehicle_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.fuel_bar.addWidget(self.fuel_vehicle_filter)

        self.fuel_from_label = QLabel(self.fuel_page)
        self.fuel_from_label.setObjectName(u"fuel_from_label")

        self.fuel_bar.addWidget(self.fuel_from_label)

        self.fuel_from_edit = QDateEdit(self.fuel_page)
        self.fuel_from_edit.setObjectName(u"fuel_from_edit")
        self.fuel_from_edit.setCalendarPopup(True)

        self.fuel_bar.addWidget(self.fuel_from_edit)

        self.fuel_to_label = QLabel(self.fuel_page)
        self.fuel_to_label.setObjectName(u"fuel_to_label")

        self.fuel_bar.addWidget(self.fuel_to_label)

        self.fuel_to_edit = QDateEdit(self.fuel_page)
        self.fuel_to_edit.setObjectName(u"fuel_to_edit")
        self.fuel_to_edit.setCalendarPopup(True)

        self.fuel_bar.addWidget(self.fuel_to_edit)


        self.fuel_layout.addLayout(self.fuel_bar)

        self.fuel_table = QTableView(self.fuel_page)
        self.fuel_table.setObjectName(u"fuel_table")
        self.fuel_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.fuel_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.fuel_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.fuel_table.setAlternatingRowColors(True)

        self.fuel_layout.addWidget(self.fuel_table)

        self.fuel_legend_label = QLabel(self.fuel_page)
        self.fuel_legend_label.setObjectName(u"fuel_legend_label")

        self.fuel_layout.addWidget(self.fuel_legend_label)

        self.fleet_pages.addTab(self.fuel_page, "")
        self.maintenance_page = QWidget()
        self.maintenance_page.setObjectName(u"maintenance_page")
        self.maintenance_layout = QVBoxLayout(self.maintenance_page)
        self.maintenance_layout.setObjectName(u"maintenance_layout")
        self.maintenance_bar = QHBoxLayout()
        self.maintenance_bar.setObjectName(u"maintenance_bar")
        self.new_maintenance_button = QPushButton(self.maintenance_page)
        self.new_maintenance_button.setObjectName(u"new_maintenance_button")

        self.maintenance_bar.addWidget(self.new_maintenance_button)

        self.edit_maintenance_button = QPushButton(self.maintenance_page)
        self.edit_maintenance_button.setObjectName(u"edit_maintenance_button")

        self.maintenance_bar.addWidget(self.edit_maintenance_button)

        self.maintenance_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.maintenance_bar.addItem(self.maintenance_spacer)

        self.maintenance_vehicle_filter = QComboBox(self.maintenance_page)
        self.maintenance_vehicle_filter.setObjectName(u"maintenance_vehicle_filter")
        self.maintenance_vehicle_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.maintenance_bar.addWidget(self.maintenance_vehicle_filter)


        self.maintenance_layout.addLayout(self.maintenance_bar)

        self.maintenance_table = QTableView(self.maintenance_page)
        self.maintenance_table.setObjectName(u"maintenance_table")
        self.maintenance_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.maintenance_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.maintenance_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.maintenance_table.setAlternatingRowColors(True)

        self.maintenance_layout.addWidget(self.maintenance_table)

        self.fleet_pages.addTab(self.maintenance_page, "")
        self.reports_page = QWidget()
        self.reports_page.setObjectName(u"reports_page")
        self.reports_layout = QVBoxLayout(self.reports_page)
        self.reports_layout.setObjectName(u"reports_layout")
        self.reports_bar = QHBoxLayout()
        self.reports_bar.setObjectName(u"reports_bar")
        self.report_from_label = QLabel(self.reports_page)
        self.report_from_label.setObjectName(u"report_from_label")

        self.reports_bar.addWidget(self.report_from_label)

        self.report_from_edit = QDateEdit(self.reports_page)
        self.report_from_edit.setObjectName(u"report_from_edit")
        self.report_from_edit.setCalendarPopup(True)

        self.reports_bar.addWidget(self.report_from_edit)

        self.report_to_label = QLabel(self.reports_page)
        self.report_to_label.setObjectName(u"report_to_label")

        self.reports_bar.addWidget(self.report_to_label)

        self.report_to_edit = QDateEdit(self.reports_page)
        self.report_to_edit.setObjectName(u"report_to_edit")
        self.report_to_edit.setCalendarPopup(True)

        self.reports_bar.addWidget(self.report_to_edit)

        self.by_month_check = QCheckBox(self.reports_page)
        self.by_month_check.setObjectName(u"by_month_check")
        self.by_month_check.setChecked(True)

        self.reports_bar.addWidget(self.by_month_check)

        self.reports_spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.reports_bar.addItem(self.reports_spacer)


        self.reports_layout.addLayout(self.reports_bar)

        self.cost_title_label = QLabel(self.reports_page)
        self.cost_title_label.setObjectName(u"cost_title_label")

        self.reports_layout.addWidget(self.cost_title_label)

        self.cost_table = QTableView(self.reports_page)
        self.cost_table.setObjectName(u"cost_table")
        self.cost_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.cost_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cost_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cost_table.setAlternatingRowColors(True)

        self.reports_layout.addWidget(self.cost_table)

        self.driver_title_label = QLabel(self.reports_page)
        self.driver_title_label.setObjectName(u"driver_title_label")

        self.reports_layout.addWidget(self.driver_title_label)

        self.driver_km_table = QTableView(self.reports_page)
        self.driver_km_table.setObjectName(u"driver_km_table")
        self.driver_km_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.driver_km_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.driver_km_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.driver_km_table.setAlternatingRowColors(True)

        self.reports_layout.addWidget(self.driver_km_table)

        self.reports_layout.setStretch(2, 3)
        self.reports_layout.setStretch(4, 1)
        self.fleet_pages.addTab(self.reports_page, "")

        self.main_layout.addWidget(self.fleet_pages)

#if QT_CONFIG(shortcut)
        self.log_month_label.setBuddy(self.log_month_edit)
        self.fuel_vehicle_label.setBuddy(self.fuel_vehicle_filter)
        self.fuel_from_label.setBuddy(self.fuel_from_edit)
        self.fuel_to_label.setBuddy(self.fuel_to_edit)
        self.report_from_label.setBuddy(self.report_from_edit)
        self.report_to_label.setBuddy(self.report_to_edit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(FleetTab)

        self.fleet_pages.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(FleetTab)
    # setupUi

    def retranslateUi(self, FleetTab):
        self.compliance_summary_label.setText(QCoreApplication.translate("FleetTab", u"\u4fdd\u9669\u3001\u5e74\u68c0\u3001\u9a7e\u9a76\u8bc1\u4e0e\u4fdd\u517b\u7684\u5230\u671f\u63d0\u9192", None))
        self.compliance_legend_label.setText(QCoreApplication.translate("FleetTab", u"\u7ea2\u8272\uff1a\u5df2\u8fc7\u671f\u3000\u6a59\u8272\uff1a7 \u5929\u5185\u5230\u671f", None))
        self.fleet_pages.setTabText(self.fleet_pages.indexOf(self.compliance_page), QCoreApplication.translate("FleetTab", u"\u5230\u671f\u63d0\u9192", None))
        self.new_vehicle_button.setText(QCoreApplication.translate("FleetTab", u"\u65b0\u5efa\u8f66\u8f86", None))
        self.edit_vehicle_button.setText(QCoreApplication.translate("FleetTab", u"\u7f16\u8f91\u8f66\u8f86", None))
        self.retired_check.setText(QCoreApplication.translate("FleetTab", u"\u663e\u793a\u5df2\u62a5\u5e9f", None))
        self.log_month_label.setText(QCoreApplication.translate("FleetTab", u"\u6708\u4efd", None))
        self.log_month_edit.setDisplayFormat(QCoreApplication.translate("FleetTab", u"yyyy-MM", None))
        self.print_log_button.setText(QCoreApplication.translate("FleetTab", u"\u8f66\u8f86\u8fd0\u884c\u8bb0\u5f55\u8868\u2026", None))
        self.fleet_pages.setTabText(self.fleet_pages.indexOf(self.vehicles_page), QCoreApplication.translate("FleetTab", u"\u8f66\u8f86", None))
        self.new_driver_button.setText(QCoreApplication.translate("FleetTab", u"\u65b0\u5efa\u53f8\u673a", None))
        self.edit_driver_button.setText(QCoreApplication.translate("FleetTab", u"\u7f16\u8f91\u53f8\u673a", None))
        self.fleet_pages.setTabText(self.fleet_pages.indexOf(self.drivers_page), QCoreApplication.translate("FleetTab", u"\u53f8\u673a", None))
        self.new_trip_button.setText(QCoreApplication.translate("FleetTab", u"\u767b\u8bb0\u884c\u8f66", None))
        self.trip_from_run_button.setText(QCoreApplication.translate("FleetTab", u"\u4ece\u914d\u9001\u8f66\u6b21\u767b\u8bb0\u2026", None))
        self.edit_trip_button.setText(QCoreApplication.translate("FleetTab", u"\u7f16\u8f91", None))
        self.fleet_pages.setTabText(self.fleet_pages.indexOf(self.trips_page), QCoreApplication.translate("FleetTab", u"\u884c\u8f66\u8bb0\u5f55", None))
        self.new_fuel_button.setText(QCoreApplication.translate("FleetTab", u"\u767b\u8bb0\u52a0\u6cb9", None))
        self.edit_fuel_button.setText(QCoreApplication.translate("FleetTab", u"\u7f16\u8f91", None))
        self.fuel_vehicle_label.setText(QCoreApplication.translate("FleetTab", u"\u8f66\u8f86", None))
        self.fuel_from_label.setText(QCoreApplication.translate("FleetTab", u"\u4ece", None))
        self.fuel_from_edit.setDisplayFormat(QCoreApplication.translate("FleetTab", u"yyyy-MM-dd", None))
        self.fuel_to_label.setText(QCoreApplication.translate("FleetTab", u"\u81f3", None))
        self.fuel_to_edit.setDisplayFormat(QCoreApplication.translate("FleetTab", u"yyyy-MM-dd", None))
        self.fuel_legend_label.setText(QCoreApplication.translate("FleetTab", u"\u767e\u516c\u91cc\u6cb9\u8017\u6309\u4e24\u6b21\u52a0\u6ee1\u4e4b\u95f4\u8ba1\u7b97\uff1b\u7ea2\u8272\u4e3a\u504f\u79bb\u8be5\u8f66\u4e2d\u4f4d\u6570\u8fc7\u591a\u7684\u5f02\u5e38\u503c", None))
        self.fleet_pages.setTabText(self.fleet_pages.indexOf(self.fuel_page), QCoreApplication.translate("FleetTab", u"\u52a0\u6cb9\u8bb0\u5f55", None))
        self.new_maintenance_button.setText(QCoreApplication.translate("FleetTab", u"\u767b\u8bb0\u4fdd\u517b\u7ef4\u4fee", None))
        self.edit_maintenance_button.setText(QCoreApplication.translate("FleetTab", u"\u7f16\u8f91", None))
        self.fleet_pages.setTabText(self.fleet_pages.indexOf(self.maintenance_page), QCoreApplication.translate("FleetTab", u"\u4fdd\u517b\u7ef4\u4fee", None))
        self.report_from_label.setText(QCoreApplication.translate("FleetTab", u"\u4ece", None))
        self.report_from_edit.setDisplayFormat(QCoreApplication.translate("FleetTab", u"yyyy-MM-dd", None))
        self.report_to_label.setText(QCoreApplication.translate("FleetTab", u"\u81f3", None))
        self.report_to_edit.setDisplayFormat(QCoreApplication.translate("FleetTab", u"yyyy-MM-dd", None))
        self.by_month_check.setText(QCoreApplication.translate("FleetTab", u"\u6309\u6708", None))
        self.cost_title_label.setText(QCoreApplication.translate("FleetTab", u"\u5404\u8f66\u8f86\u8d39\u7528\uff08\u6cb9\u8d39 + \u4fdd\u517b\u7ef4\u4fee\u8d39\uff09\u4e0e\u6bcf\u516c\u91cc\u8d39\u7528", None))
        self.driver_title_label.setText(QCoreApplication.translate("FleetTab", u"\u53f8\u673a\u884c\u9a76\u91cc\u7a0b", None))
        self.fleet_pages.setTabText(self.fleet_pages.indexOf(self.reports_page), QCoreApplication.translate("FleetTab", u"\u7edf\u8ba1", None))
        pass
    # retranslateUi
