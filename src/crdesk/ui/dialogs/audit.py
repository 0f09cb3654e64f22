"""The audit log (审计日志) for the manager: filter by table and record, user and date range; newest first,
100 at a time with "load more"; each entry shows old → new per field.

Areas add their labels at import: ``TABLE_LABELS["complaint"] = "投诉"``, ``FIELD_LABELS["status"] = "状态"``,
``ACTION_LABELS["approve"] = "审批通过"`` (Chinese source text, translated in context "audit")."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QTableWidgetItem

from crdesk.services.audit import AuditEntry
from crdesk.ui.errors import message_of
from crdesk.ui.forms.ui_audit_dialog import Ui_AuditDialog
from crdesk.ui.models.paged import display

PAGE_SIZE = 100
TABLE_LABELS = {"client": "客户档案", "contact": "联系人", "visit": "拜访回访", "visitor": "来访登记",
                "user": "用户", "setting": "业务设置"}
ACTION_LABELS = {"create": "新建", "update": "修改", "delete": "删除", "deactivate": "停用", "sign_in": "登录",
                 "lockout": "账户锁定", "set_password": "设置密码", "follow_up_done": "完成回访",
                 "check_out": "登记离开", "overwrite": "覆盖保存"}
FIELD_LABELS = {
    "name": "名称", "code": "编号", "number": "编号", "kind": "类型", "grade": "等级", "region": "区域",
    "address": "地址", "phone": "电话", "note": "备注", "active": "有效", "client": "客户", "staff": "人员",
    "visited_at": "时间", "purpose": "目的", "summary": "内容摘要", "satisfaction": "满意度",
    "next_follow_up": "下次回访", "follow_up_done": "已回访", "organisation": "单位", "host": "接待人",
    "badge": "访客证号", "checked_in_at": "来访时间", "checked_out_at": "离开时间", "username": "用户名",
    "display_name": "姓名", "role": "角色", "title": "职务", "email": "邮箱", "is_primary": "主要联系人",
    "company_name": "公司名称", "company_address": "公司地址", "company_phone": "公司电话",
    "outbound_after_days": "主动呼出天数", "password_hash": "密码",
}

INTERNAL_FIELDS = {"search_text"}  # derived columns: not shown
SECRET_FIELDS = {"password_hash"}  # shown as changed, never as a value


def _tr(text: str) -> str:
    return QCoreApplication.translate("audit", text)


def label(labels: dict[str, str], key: str) -> str:
    return _tr(labels[key]) if key in labels else key


def value_text(value) -> str:
    """A stored value as the audit shows it; empty values read as （空）."""
    if value is None or value == "":
        return _tr("（空）")
    if isinstance(value, bool):
        return _tr("是") if value else _tr("否")
    if isinstance(value, str) and len(value) >= 16 and value[10:11] == "T":
        try:  # the audit stores times as ISO text
            return display(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    return display(value)


def visible_changes(changes: dict) -> list[tuple[str, str, str]]:
    """(field label, old, new) for the fields a reader should see."""
    rows = []
    for name, (old, new) in changes.items():
        if name in INTERNAL_FIELDS:
            continue
        if name in SECRET_FIELDS:
            old, new = (_tr("（已隐藏）") if v else None for v in (old, new))
        rows.append((label(FIELD_LABELS, name), value_text(old), value_text(new)))
    return rows


def change_summary(changes: dict) -> str:
    return "；".join(f"{name}：{old} → {new}" for name, old, new in visible_changes(changes))


class AuditDialog(QDialog):
    def __init__(self, app, parent=None):
        super().__init__(parent)
        self.app = app
        self.ui = Ui_AuditDialog()
        self.ui.setupUi(self)
        self.setObjectName("audit_dialog")
        self.entries: list[AuditEntry] = []
        self._query: dict = {}
        self._generation = 0
        self._fill_filters()
        self._prepare_tables()
        ui = self.ui
        ui.date_check.toggled.connect(ui.date_from_edit.setEnabled)
        ui.date_check.toggled.connect(ui.date_to_edit.setEnabled)
        ui.search_button.clicked.connect(self.search)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter in the record field runs the query, never another button
        ui.record_edit.returnPressed.connect(self.search)
        ui.more_button.clicked.connect(self.load_more)
        ui.entry_table.currentCellChanged.connect(lambda row, *_: self._show_changes(row))
        ui.button_box.rejected.connect(self.reject)
        ui.splitter.setStretchFactor(0, 3)
        ui.splitter.setStretchFactor(1, 1)
        self.resize(1000, 640)
        self.search()

    def _fill_filters(self) -> None:
        ui = self.ui
        ui.table_combo.addItem(self.tr("全部对象"), "")
        for table in TABLE_LABELS:
            ui.table_combo.addItem(label(TABLE_LABELS, table), table)
        ui.record_edit.setValidator(QIntValidator(1, 2_000_000_000, self))
        ui.user_combo.addItem(self.tr("全部用户"), "")
        today = QDate.currentDate()
        ui.date_from_edit.setDate(today.addDays(-30))
        ui.date_to_edit.setDate(today)
        self.app.worker.submit(lambda s: s.users.list(), self._fill_users, lambda _error: None, owner=self)

    def _fill_users(self, users) -> None:
        for user in users:
            self.ui.user_combo.addItem(self.tr("{username}（{name}）").format(username=user.username,
                                                                       name=user.display_name), user.username)

    def _prepare_tables(self) -> None:
        row_height = self.fontMetrics().height() + 10
        for table in (self.ui.entry_table, self.ui.change_table):
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(row_height)
            table.horizontalHeader().setStretchLastSection(True)
        char = self.fontMetrics().horizontalAdvance("中")
        for column, width in enumerate((10, 6, 5, 6, 5)):
            self.ui.entry_table.setColumnWidth(column, width * char)
        self.ui.change_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)

    def current_query(self) -> dict:
        ui = self.ui
        record = ui.record_edit.text().strip()
        dated = ui.date_check.isChecked()
        return {"table": ui.table_combo.currentData() or "", "record_id": int(record) if record else None,
                "username": ui.user_combo.currentData() or "",
                "date_from": ui.date_from_edit.date().toPython() if dated else None,
                "date_to": ui.date_to_edit.date().toPython() if dated else None}

    # --- loading
    def search(self) -> None:
        self._query = self.current_query()
        self.entries = []
        self.ui.entry_table.setRowCount(0)
        self._show_changes(-1)
        self._fetch(None)

    def load_more(self) -> None:
        if self.entries:
            self._fetch(self.entries[-1].id)

    def _fetch(self, before_id: int | None) -> None:
        self._generation += 1
        generation, query = self._generation, dict(self._query)
        self.ui.more_button.setEnabled(False)
        self.ui.status_label.setText(self.tr("查询中…"))
        self.app.worker.submit(lambda s: s.audit.search(**query, before_id=before_id, limit=PAGE_SIZE),
                               lambda entries: self._append(generation, entries), self._refused, owner=self)

    def _refused(self, error: BaseException) -> None:
        self.ui.status_label.setText(message_of(error))
        self.ui.status_label.setStyleSheet("color: #b52b27;")

    def _append(self, generation: int, entries: list[AuditEntry]) -> None:
        if generation != self._generation:
            return
        table = self.ui.entry_table
        first = len(self.entries)
        self.entries.extend(entries)
        table.setRowCount(len(self.entries))
        for offset, entry in enumerate(entries):
            values = (display(entry.at), entry.username, label(ACTION_LABELS, entry.action),
                      label(TABLE_LABELS, entry.table), display(entry.record_id),
                      change_summary(entry.changes) or entry.reason)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 5:
                    item.setToolTip(value if len(value) > 40 else "")
                table.setItem(first + offset, column, item)
        more = len(entries) == PAGE_SIZE
        self.ui.more_button.setEnabled(more)
        shown = self.tr("已显示 {count} 条（最新的在前）").format(count=len(self.entries))
        self.ui.status_label.setText(shown + (self.tr("，还有更多") if more else ""))
        if first == 0 and entries:
            table.selectRow(0)

    def _show_changes(self, row: int) -> None:
        table = self.ui.change_table
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        changes = visible_changes(entry.changes) if entry else []
        table.setRowCount(len(changes))
        for index, values in enumerate(changes):
            for column, value in enumerate(values):
                table.setItem(index, column, QTableWidgetItem(value[:500]))
        if entry is None:
            self.ui.detail_label.setText(self.tr("所选记录的逐项变更"))
            return
        reason = self.tr("　原因：{reason}").format(reason=entry.reason) if entry.reason else ""
        self.ui.detail_label.setText(self.tr("{when} {user} {action} {table} #{id}").format(
            when=display(entry.at), user=entry.username, action=label(ACTION_LABELS, entry.action),
            table=label(TABLE_LABELS, entry.table), id=display(entry.record_id)) + reason)

