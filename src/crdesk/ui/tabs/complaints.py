"""Complaints (投诉): the paged list with its filters (overdue rows in red), the selected complaint with its
timeline and the buttons for the next step, "my work", and the major-incident banner for the manager."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QTableWidgetItem

from crdesk.db.models.complaints import COMPLAINT_STATUS_LABELS, SEVERITY_LABELS
from crdesk.services import permissions as P
from crdesk.services.complaint_lists import ComplaintFilter
from crdesk.services.paging import COUNT_CAP
from crdesk.ui.dialogs import complaint_actions as actions
from crdesk.ui.dialogs.complaint_labels import channel, complaint_status, fill, satisfaction, severity, step
from crdesk.ui.dialogs.complaint_work import Watch, overdue_style, work_model
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_complaints_tab import Ui_ComplaintsTab
from crdesk.ui.models.paged import Column, PagedTableModel, display
from crdesk.ui.tabs.base import AreaTab

LIST, WORK = range(2)
STEP_BUTTONS = {  # button → (statuses it applies to, action)
    "start_button": (("registered",), actions.start),
    "resolve_button": (("in_progress",), actions.resolve),
    "callback_button": (("resolved",), actions.callback),
    "archive_button": (("followed_up",), actions.archive),
    "assign_button": (("registered", "in_progress", "resolved"), actions.assign),
    "note_button": (("registered", "in_progress", "resolved", "followed_up"), actions.note),
}


class ComplaintsTab(AreaTab):
    supported_actions = frozenset({"new", "find", "print", "refresh", "export"})
    watched_tables = frozenset({"complaint", "incident", "client", "product"})

    def __init__(self, app, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_ComplaintsTab()
        self.ui.setupUi(self)
        self.current = None  # the selected complaint (ComplaintData) once loaded
        self.opened_dialog = None
        self._selected_id: int | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.apply_filter)
        self.model = PagedTableModel(app.worker, self._columns(), self._fetch(ComplaintFilter()), "received_at",
                                     row_style=overdue_style, parent=self)
        self.model.sort(1, Qt.SortOrder.DescendingOrder)
        self.work_model = work_model(app.worker, self)
        for view, model, key in ((self.ui.complaint_table, self.model, "complaints"),
                                 (self.ui.work_table, self.work_model, "complaints_work")):
            view.setModel(model)
            self.restore_table(view, key)
        self.ui.complaint_table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.timeline_table.setColumnCount(4)
        self.ui.timeline_table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("人员"), self.tr("步骤"),
                                                          self.tr("说明")])
        self.ui.timeline_table.horizontalHeader().setStretchLastSection(True)
        self.ui.timeline_table.verticalHeader().hide()
        self.ui.work_legend_label.setStyleSheet("color: #a61d24;")
        self.watch = Watch(self)
        self._fill_filters()
        self._connect()
        self._show_detail(None)
        self.apply_filter()
        app.worker.submit(lambda s: s.complaints.categories(), self._fill_categories, owner=self)

    def _columns(self) -> list[Column]:
        return [
            Column(self.tr("编号"), lambda r: r.number, "number", 10),
            Column(self.tr("受理时间"), lambda r: r.received_at, "received_at", 9),
            Column(self.tr("客户/消费者"), lambda r: r.party, None, 14),
            Column(self.tr("类别"), lambda r: r.category, None, 5),
            Column(self.tr("严重程度"), lambda r: severity(r.severity), None, 4),
            Column(self.tr("状态"), lambda r: complaint_status(r.status), None, 4),
            Column(self.tr("产品"), lambda r: r.product, None, 8),
            Column(self.tr("处理人"), lambda r: r.assignee, None, 5),
            Column(self.tr("当前期限"), lambda r: r.next_due_at, None, 9),
        ]

    def _fill_filters(self) -> None:
        ui = self.ui
        ui.client_filter.attach(self.app.worker)
        ui.status_filter.addItem(self.tr("全部状态"), "")
        ui.status_filter.addItem(self.tr("未完结"), "open")
        fill(ui.status_filter, COMPLAINT_STATUS_LABELS, complaint_status)
        fill(ui.severity_filter, SEVERITY_LABELS, severity, (self.tr("全部严重程度"), ""))
        ui.category_filter.addItem(self.tr("全部类别"), "")
        today = QDate.currentDate()
        ui.date_from_edit.setDate(today.addMonths(-1))
        ui.date_to_edit.setDate(today)
        for widget in (ui.date_from_edit, ui.date_to_edit):
            widget.setEnabled(False)

    def _fill_categories(self, categories: list[str]) -> None:
        for category in categories:
            self.ui.category_filter.addItem(category, category)

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        ui.search_edit.returnPressed.connect(self.apply_filter)
        ui.client_filter.client_changed.connect(lambda _id: self.apply_filter())
        for combo in (ui.status_filter, ui.severity_filter, ui.category_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        ui.date_check.toggled.connect(self._dates_toggled)
        for widget in (ui.date_from_edit, ui.date_to_edit):
            widget.dateChanged.connect(lambda _d: self.apply_filter())
        ui.overdue_check.toggled.connect(lambda _c: self.apply_filter())
        ui.complaint_table.selectionModel().currentRowChanged.connect(self._row_changed)
        ui.complaint_table.doubleClicked.connect(lambda _: self.edit_selected())
        ui.work_table.doubleClicked.connect(self._open_work_item)
        ui.view_tabs.currentChanged.connect(lambda page: self.work_model.reload() if page == WORK else None)
        ui.new_button.clicked.connect(self.new_record)
        ui.edit_button.clicked.connect(self.edit_selected)
        ui.return_button.clicked.connect(self.new_return)
        ui.print_button.clicked.connect(self.print_current)
        ui.export_button.clicked.connect(self.export)
        ui.incident_ack_button.clicked.connect(self.acknowledge_incident)
        for name, (_statuses, action) in STEP_BUTTONS.items():
            getattr(ui, name).clicked.connect(lambda _=False, a=action: self._run_step(a))
        self.model.page_loaded.connect(self._restore_selection)
        self.model.failed.connect(lambda error: show_error(self, error))

    # --- filtering
    def _dates_toggled(self, on: bool) -> None:
        self.ui.date_from_edit.setEnabled(on)
        self.ui.date_to_edit.setEnabled(on)
        self.apply_filter()

    def current_filter(self) -> ComplaintFilter:
        ui = self.ui
        dates = ui.date_check.isChecked()
        return ComplaintFilter(
            text=ui.search_edit.text(), status=ui.status_filter.currentData() or "",
            severity=ui.severity_filter.currentData() or "", category=ui.category_filter.currentData() or "",
            client_id=ui.client_filter.client_id(),
            date_from=ui.date_from_edit.date().toPython() if dates else None,
            date_to=ui.date_to_edit.date().toPython() if dates else None, overdue=ui.overdue_check.isChecked())

    @staticmethod
    def _fetch(flt: ComplaintFilter):
        return lambda s, key, desc, after, limit: s.complaints.page(flt, key, desc, after, limit)

    def apply_filter(self) -> None:
        flt = self.current_filter()
        self.model.set_fetch(self._fetch(flt))
        self.ui.count_label.setText(self.tr("计数中…"))
        self.app.worker.submit(lambda s: s.complaints.count(flt), self._show_count, owner=self)
        self.watch.refresh()

    def _show_count(self, count: int) -> None:
        shown = f"{COUNT_CAP}+" if count > COUNT_CAP else str(count)
        self.ui.count_label.setText(self.tr("共 {count} 件投诉").format(count=shown))

    # --- selection and detail
    def selected_row(self):
        index = self.ui.complaint_table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _row_changed(self, current, _previous) -> None:
        if current.isValid():
            self.load_detail(self.model.row_at(current.row()).id)

    def load_detail(self, complaint_id: int) -> None:
        self._selected_id = complaint_id
        self.app.worker.submit(lambda s: s.complaints.get(complaint_id), self._show_detail,
                               lambda e: show_error(self, e), owner=self)

    def _show_detail(self, c) -> None:
        if c is not None and c.id != self._selected_id:
            return
        self.current = c
        ui = self.ui
        ui.detail_title.setText(f"{c.number}　{complaint_status(c.status)}　{c.party}" if c else self.tr("未选择投诉"))
        ui.detail_text.setText(self._detail_text(c) if c else "")
        entries = c.timeline if c else []
        ui.timeline_table.setRowCount(len(entries))
        for row, e in enumerate(entries):
            for column, value in enumerate((display(e.at), e.display_name or e.username, step(e.action), e.note)):
                ui.timeline_table.setItem(row, column, QTableWidgetItem(value))
        ui.timeline_table.resizeColumnsToContents()
        editable = c is not None and self.app.can(P.COMPLAINTS_EDIT)
        for name, (statuses, _action) in STEP_BUTTONS.items():
            getattr(ui, name).setEnabled(editable and c.status in statuses)
        manager = self.app.can(P.COMPLAINTS_ARCHIVE_WITHOUT_CALLBACK)
        if editable and manager and c.status in ("registered", "in_progress", "resolved"):
            ui.archive_button.setEnabled(True)  # the manager's archive without a callback (reason required)
        ui.edit_button.setEnabled(editable and c.status in ("registered", "in_progress"))
        ui.return_button.setEnabled(bool(c and c.client_id) and self.app.can(P.RETURNS_EDIT))
        ui.print_button.setEnabled(c is not None)
        ui.new_button.setVisible(self.app.can(P.COMPLAINTS_EDIT))

    def _detail_text(self, c) -> str:
        lines = [
            self.tr("渠道：{channel}　类别：{category}　严重程度：{severity}").format(
                channel=channel(c.channel), category=c.category, severity=severity(c.severity)),
            self.tr("产品：{product}　批次：{batch}").format(product=c.product_label or "—", batch=c.batch_no or "—"),
            self.tr("受理：{who} {at}　处理人：{assignee}").format(
                who=c.name_of(c.received_by), at=display(c.received_at), assignee=c.name_of(c.assignee) or "—"),
            self.tr("当前期限：{due}").format(due=display(c.next_due_at) or "—"),
            self.tr("投诉内容：{text}").format(text=c.description[:500]),
        ]
        if c.resolution:
            lines.append(self.tr("处理结果：{text}（原因：{cause}）").format(text=c.resolution[:300],
                                                                      cause=c.root_cause[:200]))
        if c.callback:
            lines.append(self.tr("回访：{by} {at}，满意度 {score}").format(
                by=c.callback.by, at=display(c.callback.at), score=satisfaction(c.callback.satisfaction)))
        return "\n".join(lines)

    def _restore_selection(self, _count: int) -> None:
        if self.ui.complaint_table.currentIndex().isValid() or not self.model.rowCount():
            return
        row = self.model.find_row(lambda r: r.id == self._selected_id) if self._selected_id else 0
        self.ui.complaint_table.selectRow(max(row, 0))

    # --- steps
    def _run_step(self, action) -> None:
        if self.current is not None:
            action(self.app, self, self.current, self._stepped)

    def _stepped(self, complaint) -> None:
        self.status_message(self.tr("投诉 {number}：{status}").format(number=complaint.number,
                                                                   status=complaint_status(complaint.status)))
        self._selected_id = complaint.id
        self._show_detail(complaint)
        self.model.reload()
        self.watch.refresh()

    def acknowledge_incident(self) -> None:
        if self.watch.incidents:
            actions.acknowledge(self.app, self, self.watch.incidents[0], lambda _i: self.watch.refresh())

    # --- my work
    def _open_work_item(self, index) -> None:
        item = self.work_model.row_at(index.row())
        if item.kind == "return":
            window = self.window()
            if hasattr(window, "select_tab"):
                window.select_tab("returns")
                window.current_tab().show_number(item.number)
            return
        self.ui.view_tabs.setCurrentIndex(LIST)
        self.ui.search_edit.setText(item.number)
        self.load_detail(item.id)

    # --- actions
    def find(self) -> None:
        self.ui.view_tabs.setCurrentIndex(LIST)
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def refresh(self) -> None:
        self.apply_filter()
        if self.ui.view_tabs.currentIndex() == WORK:
            self.work_model.reload()

    def new_record(self) -> None:
        if self.app.can(P.COMPLAINTS_EDIT):
            from crdesk.ui.dialogs.complaint_dialog import open_complaint_dialog

            open_complaint_dialog(self.app, self, on_saved=self._saved)

    def edit_selected(self) -> None:
        if self.current is not None and self.ui.edit_button.isEnabled():
            from crdesk.ui.dialogs.complaint_dialog import open_complaint_dialog

            open_complaint_dialog(self.app, self, self.current.id, on_saved=self._saved)

    def _saved(self, complaint) -> None:
        self.status_message(self.tr("投诉 {number} 已保存").format(number=complaint.number))
        self._selected_id = complaint.id
        self._show_detail(complaint)
        self.refresh()

    def new_return(self) -> None:
        c = self.current
        if c is not None and c.client_id:
            from crdesk.ui.dialogs.return_dialog import open_return_dialog

            open_return_dialog(self.app, self, client=(c.client_id, f"{c.client_code}  {c.client_name}"),
                               complaint_id=c.id, on_saved=lambda r: self.status_message(
                                   self.tr("退换货单 {number} 已保存").format(number=r.number)))

    def print_current(self) -> None:
        if self.current is not None:
            from crdesk.ui.printing import preview_document

            preview_document(self, self.app, "complaint", self.current.number,
                             self.tr("投诉处理单 {number}").format(number=self.current.number))

    def export(self) -> None:
        from crdesk.services.complaint_lists import export_table

        flt = self.current_filter()
        self.export_to_file(self.tr("投诉"), lambda s: export_table(s, flt))

    def sample_dialogs(self):
        from crdesk.ui.dialogs.complaint_dialog import ComplaintDialog, load_choices
        from crdesk.ui.dialogs.complaint_steps import CallbackDialog

        def load(s):
            rows = s.complaints.page(limit=1).rows
            return (s.complaints.get(rows[0].id) if rows else None), load_choices(s)

        data, choices = self.app.worker.run_sync(load)
        if data is None:
            return []
        callback = CallbackDialog(self.app, f"{data.number}　{data.party}", data.version, lambda *a: None, self)
        return [("complaint_dialog", ComplaintDialog(self.app, data, choices, self)),
                ("callback_dialog", callback)]

    def save_state(self) -> None:
        self.save_table(self.ui.complaint_table, "complaints")
        self.save_table(self.ui.work_table, "complaints_work")
