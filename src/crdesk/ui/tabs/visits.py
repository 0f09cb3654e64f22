"""Visits and follow-ups (拜访回访): the follow-ups due (today and overdue, overdue in red), the outbound call
list (主动呼出) from the rule "active clients not contacted in N days", and every visit, paged and searchable.
A contact can be logged from any of them; logging from the due list closes that follow-up."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor

from crdesk.services import permissions as P
from crdesk.services.paging import COUNT_CAP, Page
from crdesk.services.visit_lists import VisitFilter, VisitList
from crdesk.services.visits import KIND_LABELS
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_visits_tab import Ui_VisitsTab
from crdesk.ui.labels import client_kind, visit_kind
from crdesk.ui.models.paged import Column, PagedTableModel
from crdesk.ui.tabs.base import AreaTab

DUE, OUTBOUND, ALL = range(3)
OUTBOUND_LIMIT = 500
OVERDUE_BACKGROUND, OVERDUE_FOREGROUND = "#fdecea", "#a61d24"


def _whole_list(load):
    """A PagedTableModel fetch for a short list the service returns whole (one page, no key)."""
    return lambda services, _key, _descending, _after, _limit: Page(load(services), None)


class VisitsTab(AreaTab):
    supported_actions = frozenset({"new", "find", "print", "refresh", "export"})
    watched_tables = frozenset({"visit", "client"})

    def __init__(self, app, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_VisitsTab()
        self.ui.setupUi(self)
        self._today = dt.date.today()
        self._search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.apply_filter)
        self._days_timer = QTimer(self, singleShot=True, interval=400, timeout=self._load_outbound)
        worker = app.worker
        self.due_model = PagedTableModel(worker, self._due_columns(), _whole_list(lambda s: s.visits.due()), "",
                                         row_style=self._due_style, parent=self)
        self.outbound_model = PagedTableModel(worker, self._outbound_columns(), self._outbound_fetch(None), "",
                                              parent=self)
        self.visit_model = PagedTableModel(worker, self._visit_columns(), self._visit_fetch(VisitFilter()),
                                           "visited_at", parent=self)
        for view, model, key in self._tables():
            view.setModel(model)
            self.restore_table(view, key)
        self.ui.visit_table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.ui.due_legend_label.setStyleSheet(f"color: {OVERDUE_FOREGROUND};")
        self.ui.kind_filter.addItem(self.tr("全部方式"), "")
        for kind in KIND_LABELS:
            self.ui.kind_filter.addItem(visit_kind(kind), kind)
        self._connect()
        self._apply_permissions()
        self._page_changed(DUE)
        self.due_model.reload()
        self.apply_filter()
        worker.submit(lambda s: s.settings.get("outbound_after_days"), self._set_default_days, owner=self)

    def _tables(self):
        ui = self.ui
        return ((ui.due_table, self.due_model, "visits_due"), (ui.outbound_table, self.outbound_model,
                                                               "visits_outbound"),
                (ui.visit_table, self.visit_model, "visits_all"))

    # --- columns
    def _due_columns(self) -> list[Column]:
        return [
            Column(self.tr("应回访日期"), lambda r: r.next_follow_up, None, 7),
            Column(self.tr("状态"), self._due_state, None, 6),
            Column(self.tr("客户编号"), lambda r: r.client_code, None, 6),
            Column(self.tr("客户名称"), lambda r: r.client_name, None, 14),
            Column(self.tr("上次方式"), lambda r: visit_kind(r.kind), None, 5),
            Column(self.tr("上次联系"), lambda r: r.visited_at, None, 9),
            Column(self.tr("人员"), lambda r: r.staff, None, 5),
            Column(self.tr("记录编号"), lambda r: r.number, None, 9),
            Column(self.tr("目的"), lambda r: r.purpose, None, 14),
        ]

    def _outbound_columns(self) -> list[Column]:
        return [
            Column(self.tr("客户编号"), lambda r: r.code, None, 6),
            Column(self.tr("客户名称"), lambda r: r.name, None, 16),
            Column(self.tr("类型"), lambda r: client_kind(r.kind), None, 5),
            Column(self.tr("等级"), lambda r: r.grade, None, 3),
            Column(self.tr("区域"), lambda r: r.region, None, 5),
            Column(self.tr("电话"), lambda r: r.phone, None, 9),
        ]

    def _visit_columns(self) -> list[Column]:
        return [
            Column(self.tr("记录编号"), lambda r: r.number, "number", 9),
            Column(self.tr("时间"), lambda r: r.visited_at, "visited_at", 9),
            Column(self.tr("客户"), lambda r: f"{r.client_code} {r.client_name}", None, 16),
            Column(self.tr("方式"), lambda r: visit_kind(r.kind), "kind", 5),
            Column(self.tr("人员"), lambda r: r.staff, "staff", 5),
            Column(self.tr("满意度"), lambda r: r.satisfaction, None, 4, Qt.AlignmentFlag.AlignCenter),
            Column(self.tr("下次回访"), lambda r: r.next_follow_up, None, 7),
            Column(self.tr("目的"), lambda r: r.purpose, None, 12),
        ]

    def _due_state(self, row) -> str:
        days = (self._today - row.next_follow_up).days
        return self.tr("逾期 {days} 天").format(days=days) if days > 0 else self.tr("今天")

    def _due_style(self, row, role):
        if row.next_follow_up >= self._today:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(OVERDUE_BACKGROUND)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(OVERDUE_FOREGROUND)
        return None

    # --- wiring
    def _connect(self) -> None:
        ui = self.ui
        ui.view_tabs.currentChanged.connect(self._page_changed)
        ui.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        ui.search_edit.returnPressed.connect(self.apply_filter)
        ui.kind_filter.currentIndexChanged.connect(self.apply_filter)
        ui.days_spin.valueChanged.connect(lambda _: self._days_timer.start())
        ui.due_table.doubleClicked.connect(lambda _: self.log_contact())
        ui.outbound_table.doubleClicked.connect(lambda _: self.log_contact())
        ui.visit_table.doubleClicked.connect(lambda _: self.edit_selected())
        ui.log_button.clicked.connect(self.log_contact)
        ui.done_button.clicked.connect(self.mark_done)
        ui.edit_button.clicked.connect(self.edit_selected)
        ui.new_button.clicked.connect(self.new_record)
        ui.print_button.clicked.connect(self.print_current)
        ui.export_button.clicked.connect(self.export)
        self.due_model.page_loaded.connect(self._show_due_count)
        self.outbound_model.page_loaded.connect(self._show_outbound_count)
        for _view, model, _key in self._tables():
            model.failed.connect(lambda error: show_error(self, error))

    def _apply_permissions(self) -> None:
        self._can_edit = self.app.can(P.VISITS_EDIT)
        for button in (self.ui.log_button, self.ui.done_button, self.ui.new_button):
            button.setEnabled(self._can_edit)

    def _page_changed(self, page: int) -> None:
        ui = self.ui
        ui.log_button.setVisible(page in (DUE, OUTBOUND))
        ui.log_button.setText(self.tr("记录回访结果") if page == DUE else self.tr("记录呼出结果"))
        ui.done_button.setVisible(page == DUE)
        ui.edit_button.setVisible(page in (DUE, ALL))
        ui.edit_button.setText(self.tr("查看原记录") if page == DUE else self.tr("查看/编辑"))
        ui.print_button.setVisible(page in (DUE, ALL))

    # --- loading
    def _set_default_days(self, days: int) -> None:
        self.ui.days_spin.blockSignals(True)
        self.ui.days_spin.setValue(int(days))
        self.ui.days_spin.blockSignals(False)
        self._load_outbound()

    @staticmethod
    def _outbound_fetch(days: int | None):
        return _whole_list(lambda s: s.visits.outbound_list(days, OUTBOUND_LIMIT))

    def _load_outbound(self) -> None:
        self.ui.outbound_count_label.setText(self.tr("正在生成…"))
        self.outbound_model.set_fetch(self._outbound_fetch(self.ui.days_spin.value()))

    @staticmethod
    def _visit_fetch(flt: VisitFilter):
        return lambda s, key, desc, after, limit: VisitList(s.ctx).page(flt, key, desc, after, limit)

    def current_filter(self) -> VisitFilter:
        return VisitFilter(text=self.ui.search_edit.text(), kind=self.ui.kind_filter.currentData() or "")

    def apply_filter(self) -> None:
        flt = self.current_filter()
        self.visit_model.set_fetch(self._visit_fetch(flt))
        self.ui.count_label.setText(self.tr("计数中…"))
        self.app.worker.submit(lambda s: VisitList(s.ctx).count(flt), self._show_visit_count, owner=self)

    def _show_visit_count(self, count: int) -> None:
        shown = f"{COUNT_CAP}+" if count > COUNT_CAP else str(count)
        self.ui.count_label.setText(self.tr("共 {count} 条记录").format(count=shown))

    def _show_due_count(self, count: int) -> None:
        overdue = sum(1 for i in range(count) if self.due_model.row_at(i).next_follow_up < self._today)
        self.ui.due_summary_label.setText(self.tr("今天及已逾期的回访：共 {count} 条，其中逾期 {overdue} 条").format(
            count=count, overdue=overdue))
        self.ui.view_tabs.setTabText(DUE, self.tr("待回访 ({count})").format(count=count))

    def _show_outbound_count(self, count: int) -> None:
        text = self.tr("共 {count} 位客户") if count < OUTBOUND_LIMIT else self.tr("显示前 {count} 位客户")
        self.ui.outbound_count_label.setText(text.format(count=count))

    # --- selection
    def _selected(self, page: int):
        view, model, _key = self._tables()[page]
        index = view.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None

    def selected_visit(self):
        page = self.ui.view_tabs.currentIndex()
        return self._selected(page) if page in (DUE, ALL) else None

    # --- actions
    def refresh(self) -> None:
        self._today = dt.date.today()
        self.due_model.reload()
        self._load_outbound()
        self.apply_filter()

    def find(self) -> None:
        self.ui.view_tabs.setCurrentIndex(ALL)
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def new_record(self) -> None:
        if self._can_edit:
            self._open(None, "", kind="call")

    def log_contact(self) -> None:
        """Log the result of the contact the selected line asks for (follow-up call or outbound call)."""
        page = self.ui.view_tabs.currentIndex()
        row = self._selected(page)
        if not self._can_edit or row is None:
            return
        if page == DUE:
            self._open(row.client_id, f"{row.client_code}  {row.client_name}", kind="call",
                       closes_follow_up_of=row.id)
        elif page == OUTBOUND:
            self._open(row.id, f"{row.code}  {row.name}", kind="outbound")

    def _open(self, client_id, label, **options) -> None:
        from crdesk.ui.dialogs.visit_dialog import open_visit_dialog

        open_visit_dialog(self.app, self, client_id=client_id, client_label=label, on_saved=self._saved, **options)

    def edit_selected(self) -> None:
        row = self.selected_visit()
        if row is not None:
            from crdesk.ui.dialogs.visit_dialog import open_visit_dialog

            open_visit_dialog(self.app, self, visit_id=row.id, on_saved=self._saved)

    def _saved(self, visit) -> None:
        self.status_message(self.tr("拜访/回访记录 {number} 已保存").format(number=visit.number))
        self.refresh()

    def mark_done(self) -> None:
        row = self._selected(DUE)
        if row is None or not self._can_edit or not self.confirm(self.tr("标记已回访"), self.tr(
                "将客户 {name} 的这次回访标记为已完成（不登记回访内容）？").format(name=row.client_name)):
            return
        self.app.worker.submit(lambda s: s.visits.mark_follow_up_done(row.id), lambda _: self._marked(row),
                               lambda e: show_error(self, e), owner=self)

    def _marked(self, row) -> None:
        self.status_message(self.tr("客户 {name} 的回访已标记为完成").format(name=row.client_name))
        self.due_model.reload()

    def print_current(self) -> None:
        row = self.selected_visit()
        if row is None:
            return
        from crdesk.ui.printing import preview_document

        preview_document(self, self.app, "visit", row.number, self.tr("回访记录单 {number}").format(number=row.number))

    def export(self) -> None:
        from crdesk.services.visits import export_table

        self.export_to_file(self.tr("拜访回访记录"), export_table)

    def save_state(self) -> None:
        for view, _model, key in self._tables():
            self.save_table(view, key)
