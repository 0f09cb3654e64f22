"""Reception visitor log (来访登记): today's visitors at a glance (who is still inside in green), check in,
check out, and a paged search over older entries."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor

from crdesk.services import permissions as P
from crdesk.services.paging import Page
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_reception_tab import Ui_ReceptionTab
from crdesk.ui.models.paged import Column, PagedTableModel
from crdesk.ui.tabs.base import AreaTab

TODAY, HISTORY = range(2)
INSIDE_BACKGROUND, INSIDE_FOREGROUND = "#e6f4ea", "#1e6b34"


class ReceptionTab(AreaTab):
    supported_actions = frozenset({"new", "find", "refresh", "export"})
    watched_tables = frozenset({"visitor", "client"})

    def __init__(self, app, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_ReceptionTab()
        self.ui.setupUi(self)
        self._search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.apply_filter)
        self.today_model = PagedTableModel(
            app.worker, self._columns(), lambda s, _k, _d, _a, _l: Page(s.visitors.today(), None), "",
            row_style=self._inside_style, parent=self)
        self.history_model = PagedTableModel(app.worker, self._columns(), self._history_fetch(""), "",
                                             row_style=self._inside_style, parent=self)
        for view, model, key in self._tables():
            view.setModel(model)
            self.restore_table(view, key)
        self.ui.legend_label.setStyleSheet(f"color: {INSIDE_FOREGROUND};")
        self._connect()
        can_edit = app.can(P.VISITORS_EDIT)
        self.ui.check_in_button.setVisible(can_edit)
        self.ui.check_out_button.setVisible(can_edit)
        self.today_model.reload()
        self.apply_filter()

    def _tables(self):
        return ((self.ui.today_table, self.today_model, "reception_today"),
                (self.ui.history_table, self.history_model, "reception_history"))

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("登记号"), lambda r: r.number, None, 8),
            Column(self.tr("状态"), self._state, None, 4),
            Column(self.tr("姓名"), lambda r: r.name, None, 5),
            Column(self.tr("单位"), lambda r: r.organisation, None, 12),
            Column(self.tr("电话"), lambda r: r.phone, None, 8),
            Column(self.tr("访客证号"), lambda r: r.badge, None, 5),
            Column(self.tr("接待人"), lambda r: r.host, None, 5),
            Column(self.tr("来访时间"), lambda r: r.checked_in_at, None, 9),
            Column(self.tr("离开时间"), lambda r: r.checked_out_at, None, 9),
            Column(self.tr("关联客户"), lambda r: r.client_name, None, 10),
            Column(self.tr("来访事由"), lambda r: r.purpose, None, 12),
        ]

    def _state(self, row) -> str:
        return self.tr("在访") if row.checked_out_at is None else self.tr("已离开")

    @staticmethod
    def _inside_style(row, role):
        if row.checked_out_at is not None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(INSIDE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(INSIDE_FOREGROUND)
        return None

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        ui.search_edit.returnPressed.connect(self.apply_filter)
        ui.check_in_button.clicked.connect(self.new_record)
        ui.check_out_button.clicked.connect(self.check_out_selected)
        ui.export_button.clicked.connect(self.export)
        ui.today_table.doubleClicked.connect(lambda _: self.check_out_selected())
        self.today_model.page_loaded.connect(self._show_summary)
        for view, model, _key in self._tables():
            model.failed.connect(lambda error: show_error(self, error))
            model.modelReset.connect(self._update_buttons)
            view.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        ui.view_tabs.currentChanged.connect(lambda _: self._update_buttons())
        self._update_buttons()

    # --- lists
    @staticmethod
    def _history_fetch(text: str):
        return lambda s, _key, _desc, after, limit: s.visitors.page(text, after, limit)

    def apply_filter(self) -> None:
        self.history_model.set_fetch(self._history_fetch(self.ui.search_edit.text()))

    def _show_summary(self, count: int) -> None:
        inside = sum(1 for i in range(count) if self.today_model.row_at(i).checked_out_at is None)
        self.ui.today_summary_label.setText(self.tr("今日来访 {count} 人，仍在访 {inside} 人").format(
            count=count, inside=inside))
        self.ui.view_tabs.setTabText(TODAY, self.tr("今日来访 ({inside} 人在访)").format(inside=inside))
        self._update_buttons()

    def selected_visitor(self):
        view, model, _key = self._tables()[self.ui.view_tabs.currentIndex()]
        index = view.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        row = self.selected_visitor()
        self.ui.check_out_button.setEnabled(row is not None and row.checked_out_at is None)

    # --- actions
    def refresh(self) -> None:
        self.today_model.reload()
        self.apply_filter()

    def find(self) -> None:
        self.ui.view_tabs.setCurrentIndex(HISTORY)
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def new_record(self) -> None:
        if self.app.can(P.VISITORS_EDIT):
            from crdesk.ui.dialogs.visitor_dialog import open_check_in

            open_check_in(self.app, self, on_saved=self._checked_in)

    def _checked_in(self, visitor) -> None:
        self.status_message(self.tr("{name} 已登记来访（{number}）").format(name=visitor.name, number=visitor.number))
        self.ui.view_tabs.setCurrentIndex(TODAY)
        self.refresh()

    def check_out_selected(self) -> None:
        row = self.selected_visitor()
        if row is None or row.checked_out_at is not None or not self.app.can(P.VISITORS_EDIT):
            return
        from crdesk.ui.dialogs.visitor_dialog import open_check_out

        open_check_out(self.app, self, row, on_saved=self._checked_out)

    def _checked_out(self, visitor) -> None:
        self.status_message(self.tr("{name} 已登记离开").format(name=visitor.name))
        self.refresh()

    def export(self) -> None:
        from crdesk.services.visitors import export_table

        self.export_to_file(self.tr("来访登记"), export_table)

    def save_state(self) -> None:
        for view, _model, key in self._tables():
            self.save_table(view, key)
