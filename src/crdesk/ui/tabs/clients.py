"""Client files (客户档案): a searchable, filterable, sortable paged list with a detail and history pane."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QTableView, QTableWidgetItem

from crdesk.services import permissions as P
from crdesk.services.clients import KIND_LABELS, ClientFilter
from crdesk.ui.errors import message_of, show_error
from crdesk.ui.forms.ui_clients_tab import Ui_ClientsTab
from crdesk.ui.labels import client_kind, history_kind
from crdesk.ui.models.paged import Column, PagedTableModel, display
from crdesk.ui.tabs.base import AreaTab, restore_table_layout

DETAIL_DELAY_MS = 120


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClientsTab", text)


# --- the clients list itself, shared by the tab (which puts filters, a detail pane and actions around it) and by
# the benchmark that measures it against a bare QTableView
def list_columns() -> list[Column]:
    return [
        Column(_tr("编号"), lambda r: r.code, "code", 6),
        Column(_tr("客户名称"), lambda r: r.name, "name", 16),
        Column(_tr("类型"), lambda r: client_kind(r.kind), "kind", 7),  # "Distributor" in English
        Column(_tr("等级"), lambda r: r.grade, "grade", 3),
        Column(_tr("区域"), lambda r: r.region, "region", 4),
        Column(_tr("电话"), lambda r: r.phone, "phone", 8),
        Column(_tr("更新时间"), lambda r: r.updated_at, "updated_at", 9),
    ]


def _inactive_style(row, role):
    if role == Qt.ItemDataRole.ForegroundRole and not row.active:
        return QColor("#999999")
    return None


def _fetch_clients(flt: ClientFilter):
    return lambda s, key, desc, after, limit: s.clients.page(flt, key, desc, after, limit)


def client_list_model(worker, parent=None) -> PagedTableModel:
    """The list's model, already asking the worker for its first page (the filters' defaults, by code)."""
    model = PagedTableModel(worker, list_columns(), _fetch_clients(ClientFilter()), "code",
                            row_style=_inactive_style, parent=parent)
    model.reload()
    return model


def show_client_list(view: QTableView, model: PagedTableModel, prefs) -> None:
    """``view`` shows the list: one whole client selected at a time, sorted by a header click, the columns as
    this user left them."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setSortingEnabled(True)
    view.setAlternatingRowColors(True)
    view.setModel(model)
    restore_table_layout(view, prefs, "clients")
    view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)


class ClientsTab(AreaTab):
    supported_actions = frozenset({"new", "find", "print", "refresh", "export"})
    # The list and the detail pane's history.
    watched_tables = frozenset({"client", "contact", "visit", "visitor", "complaint", "return_order",
                                "delivery_order", "survey_response"})

    def __init__(self, app, parent=None):
        super().__init__(app, parent)
        # The first page is asked for first: the worker fetches it while the widgets are built.
        self.model = client_list_model(app.worker, self)
        self.ui = Ui_ClientsTab()
        self.ui.setupUi(self)
        self._selected_id: int | None = None
        self._search_timer = QTimer(self, singleShot=True, interval=250, timeout=self.apply_filter)
        # The detail pane follows the selection after a short pause: holding an arrow key down does not queue
        # a detail query per row passed, and the first page paints before the first client's history loads.
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_DELAY_MS, timeout=self._load_detail)
        self._fill_filters()
        show_client_list(self.ui.client_table, self.model, app.prefs)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.history_table.setColumnCount(4)
        self.ui.history_table.setHorizontalHeaderLabels([self.tr("时间"), self.tr("类别"), self.tr("编号"),
                                                         self.tr("摘要")])
        self.ui.history_table.horizontalHeader().setStretchLastSection(True)
        self.ui.history_table.verticalHeader().hide()
        self._connect()
        self._apply_permissions()
        self._count(ClientFilter())  # what the first page shows: the filters' defaults
        self.app.worker.submit(lambda s: s.clients.regions(), self._fill_regions, owner=self)

    def _fill_filters(self) -> None:
        ui = self.ui
        ui.kind_filter.addItem(self.tr("全部类型"), "")
        for kind in KIND_LABELS:
            ui.kind_filter.addItem(client_kind(kind), kind)
        ui.grade_filter.addItem(self.tr("全部等级"), "")
        for grade in "ABCD":
            ui.grade_filter.addItem(self.tr("{grade} 级").format(grade=grade), grade)
        ui.region_filter.addItem(self.tr("全部区域"), "")
        for label, value in ((self.tr("有效客户"), True), (self.tr("已停用"), False), (self.tr("全部"), None)):
            ui.active_filter.addItem(label, value)

    def _fill_regions(self, regions: list[str]) -> None:
        for region in regions:
            self.ui.region_filter.addItem(region, region)

    def _connect(self) -> None:
        ui = self.ui
        ui.search_edit.textChanged.connect(lambda _: self._search_timer.start())
        ui.search_edit.returnPressed.connect(self.apply_filter)
        for combo in (ui.kind_filter, ui.grade_filter, ui.region_filter, ui.active_filter):
            combo.currentIndexChanged.connect(self.apply_filter)
        ui.client_table.selectionModel().currentRowChanged.connect(self._row_changed)
        ui.client_table.doubleClicked.connect(lambda _: self.edit_selected())
        ui.new_button.clicked.connect(self.new_record)
        ui.edit_button.clicked.connect(self.edit_selected)
        ui.visit_button.clicked.connect(self.log_visit)
        ui.remove_button.clicked.connect(self.remove_selected)
        ui.print_button.clicked.connect(self.print_current)
        ui.export_button.clicked.connect(self.export)
        self.model.page_loaded.connect(self._restore_selection)
        self.model.failed.connect(lambda error: show_error(self, error))

    def _apply_permissions(self) -> None:
        editable = self.app.can(P.CLIENTS_EDIT)
        for button in (self.ui.new_button, self.ui.edit_button, self.ui.remove_button):
            button.setVisible(editable)
        self.ui.visit_button.setVisible(self.app.can(P.VISITS_EDIT))

    # --- filtering
    def current_filter(self) -> ClientFilter:
        ui = self.ui
        return ClientFilter(text=ui.search_edit.text(), kind=ui.kind_filter.currentData() or "",
                            grade=ui.grade_filter.currentData() or "", region=ui.region_filter.currentData() or "",
                            active=ui.active_filter.currentData())

    def apply_filter(self) -> None:
        flt = self.current_filter()
        self.model.set_fetch(_fetch_clients(flt))
        self._count(flt)

    def _count(self, flt: ClientFilter) -> None:
        self.ui.count_label.setText(self.tr("计数中…"))
        self.app.worker.submit(lambda s: s.clients.count(flt), self._show_count, owner=self)

    def _show_count(self, count: int) -> None:
        from crdesk.services.paging import COUNT_CAP

        shown = f"{COUNT_CAP}+" if count > COUNT_CAP else str(count)
        self.ui.count_label.setText(self.tr("共 {count} 位客户").format(count=shown))

    # --- selection and detail
    def selected_row(self):
        index = self.ui.client_table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _row_changed(self, current, _previous) -> None:
        if not current.isValid():
            return
        self._selected_id = self.model.row_at(current.row()).id
        self._detail_timer.start()

    def _load_detail(self) -> None:
        client_id = self._selected_id
        self.app.worker.submit(lambda s: (s.clients.get(client_id), s.clients.history(client_id)),
                               self._show_detail, self._detail_failed, owner=self)

    def _detail_failed(self, error: BaseException) -> None:
        """The pane loads by itself (after a pause on a selection): its failure — a lost connection, which the
        status bar shows already — is said in the pane, not in a message box the user did not ask for."""
        self.ui.detail_title.setText("")
        self.ui.detail_text.setText(message_of(error))
        self.ui.history_table.setRowCount(0)

    def _show_detail(self, result) -> None:
        client, history = result
        if client.id != self._selected_id:
            return
        ui = self.ui
        ui.detail_title.setText(f"{client.code}  {client.name}")
        contacts = "；".join(f"{c.name} {c.title} {c.phone}".strip() for c in client.contacts)
        ui.detail_text.setText("\n".join(filter(None, [
            self.tr("类型：{kind}　等级：{grade}　区域：{region}").format(
                kind=client_kind(client.kind), grade=client.grade, region=client.region),
            self.tr("电话：{phone}　地址：{address}").format(phone=client.phone, address=client.address),
            self.tr("联系人：{contacts}").format(contacts=contacts) if contacts else "",
            client.note[:500],
        ])))
        ui.history_table.setRowCount(len(history))
        for row, item in enumerate(history):
            for column, value in enumerate((display(item.at), history_kind(item.kind), item.number,
                                            item.summary)):
                ui.history_table.setItem(row, column, QTableWidgetItem(value))
        ui.history_table.resizeColumnsToContents()

    def _restore_selection(self, _count: int) -> None:
        """Keep the selected client selected across reloads; otherwise select the first one."""
        if self.ui.client_table.currentIndex().isValid() or not self.model.rowCount():
            return
        row = self.model.find_row(lambda r: r.id == self._selected_id) if self._selected_id else 0
        if row >= 0:
            self.ui.client_table.selectRow(row)

    # --- actions
    def find(self) -> None:
        self.ui.search_edit.setFocus()
        self.ui.search_edit.selectAll()

    def refresh(self) -> None:
        self.apply_filter()

    def new_record(self) -> None:
        if self.app.can(P.CLIENTS_EDIT):
            self._open_dialog(None)

    def edit_selected(self) -> None:
        row = self.selected_row()
        if row is not None and self.app.can(P.CLIENTS_EDIT):
            self._open_dialog(row.id)

    def _open_dialog(self, client_id: int | None) -> None:
        from crdesk.ui.dialogs.client_dialog import open_client_dialog

        open_client_dialog(self.app, client_id, self, on_saved=self._saved)

    def _saved(self, client) -> None:
        self._selected_id = client.id
        self.status_message(self.tr("客户 {code} {name} 已保存").format(code=client.code, name=client.name))
        self.refresh()

    def log_visit(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from crdesk.ui.dialogs.visit_dialog import open_visit_dialog

        open_visit_dialog(self.app, self, client_id=row.id, client_label=f"{row.code} {row.name}",
                          on_saved=lambda _visit: self._row_changed(self.ui.client_table.currentIndex(), None))

    def remove_selected(self) -> None:
        row = self.selected_row()
        if row is None or not self.confirm(self.tr("删除客户"), self.tr(
                "删除客户 {name}？有往来记录的客户将改为停用，记录保留。").format(name=row.name)):
            return
        self.app.worker.submit(lambda s: s.clients.remove(row.id, row.version),
                               self._removed, lambda e: show_error(self, e), owner=self)

    def _removed(self, outcome: str) -> None:
        self.status_message(self.tr("客户已停用") if outcome == "deactivated" else self.tr("客户已删除"))
        self._selected_id = None
        self.refresh()

    def print_current(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        from crdesk.ui.printing import preview_document

        preview_document(self, self.app, "client", row.code, self.tr("客户档案卡 {code}").format(code=row.code))

    def export(self) -> None:
        from crdesk.services.clients import export_table

        flt = self.current_filter()
        self.export_to_file(self.tr("客户档案"), lambda s: export_table(s, flt))

    def sample_dialogs(self):
        from crdesk.ui.dialogs.client_dialog import ClientDialog

        first = self.model.row_at(0) if self.model.rowCount() else None
        data = self.app.worker.run_sync(lambda s: s.clients.get(first.id)) if first else None
        return [("client_dialog", ClientDialog(self.app, data, self))]

    def save_state(self) -> None:
        self.save_table(self.ui.client_table, "clients")
