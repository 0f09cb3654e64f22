"""The client form: fields, several contacts, validation at the field, duplicate warning, conflict handling."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QTableWidgetItem, QHeaderView

from crdesk.services.clients import KIND_LABELS, ClientData, ContactData
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_client_dialog import Ui_ClientDialog
from crdesk.ui.widgets.field_errors import FieldErrors

CONTACT_COLUMNS = ("name", "title", "phone", "email")


class ClientDialog(RecordDialog):
    def __init__(self, app, data: ClientData | None, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_ClientDialog()
        self.ui.setupUi(self)
        self.setObjectName("client_dialog")
        self._data = data or ClientData(name="")
        for kind, label in KIND_LABELS.items():
            self.ui.kind_combo.addItem(self.tr(label), kind)
        for grade in "ABCD":
            self.ui.grade_combo.addItem(grade, grade)
        table = self.ui.contacts_table
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.errors = FieldErrors(self.ui.error_label, {
            "name": self.ui.name_edit, "kind": self.ui.kind_combo, "grade": self.ui.grade_combo,
            "region": self.ui.region_edit, "address": self.ui.address_edit, "phone": self.ui.phone_edit,
            "note": self.ui.note_edit, "contacts": table,
        }, {"name": self.tr("客户名称"), "kind": self.tr("类型"), "grade": self.tr("等级"), "region": self.tr("区域"),
            "address": self.tr("地址"), "phone": self.tr("电话"), "note": self.tr("备注"),
            "contacts": self.tr("联系人"), "active": self.tr("有效")})
        self.ui.add_contact_button.clicked.connect(lambda: self._add_contact(ContactData("")))
        self.ui.remove_contact_button.clicked.connect(self._remove_contact)
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._duplicates_checked = False
        self.load(self._data)
        self.watch_changes()
        self.resize(640, 640)

    # --- form <-> data
    def load(self, data: ClientData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("客户档案 {code}").format(code=data.code) if data.code else self.tr("新建客户"))
        ui.code_value.setText(data.code or self.tr("（保存后自动编号）"))
        ui.name_edit.setText(data.name)
        ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(data.kind)))
        ui.grade_combo.setCurrentIndex(max(0, ui.grade_combo.findData(data.grade)))
        ui.region_edit.setText(data.region)
        ui.address_edit.setText(data.address)
        ui.phone_edit.setText(data.phone)
        ui.note_edit.setPlainText(data.note)
        ui.active_check.setChecked(data.active)
        ui.contacts_table.setRowCount(0)
        for contact in data.contacts:
            self._add_contact(contact)

    def collect(self) -> ClientData:
        ui = self.ui
        return ClientData(
            name=ui.name_edit.text(), kind=ui.kind_combo.currentData(), grade=ui.grade_combo.currentData(),
            region=ui.region_edit.text(), address=ui.address_edit.text(), phone=ui.phone_edit.text(),
            note=ui.note_edit.toPlainText(), active=ui.active_check.isChecked(), contacts=self._contacts(),
            id=self._data.id, code=self._data.code, version=self._data.version)

    def _add_contact(self, contact: ContactData) -> None:
        table = self.ui.contacts_table
        row = table.rowCount()
        table.insertRow(row)
        for column, name in enumerate(CONTACT_COLUMNS):
            table.setItem(row, column, QTableWidgetItem(getattr(contact, name)))
        primary = QTableWidgetItem()
        primary.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        primary.setCheckState(Qt.CheckState.Checked if contact.is_primary else Qt.CheckState.Unchecked)
        table.setItem(row, len(CONTACT_COLUMNS), primary)
        if not contact.name:
            table.setCurrentCell(row, 0)
            table.editItem(table.item(row, 0))
        self.mark_dirty()

    def _remove_contact(self) -> None:
        row = self.ui.contacts_table.currentRow()
        if row >= 0:
            self.ui.contacts_table.removeRow(row)
            self.mark_dirty()

    def _contacts(self) -> list[ContactData]:
        table = self.ui.contacts_table
        contacts = []
        for row in range(table.rowCount()):
            values = [table.item(row, c).text() if table.item(row, c) else "" for c in range(len(CONTACT_COLUMNS))]
            if not any(v.strip() for v in values):
                continue  # an empty row the user added and left
            primary = table.item(row, len(CONTACT_COLUMNS))
            contacts.append(ContactData(*values, is_primary=primary is not None
                                        and primary.checkState() == Qt.CheckState.Checked))
        return contacts

    # --- saving
    def accept(self) -> None:
        """Warn once about a likely duplicate (same name or phone) before the first save attempt."""
        if self._duplicates_checked:
            super().accept()
            return
        data = self.collect()
        self.app.worker.submit(lambda s: s.clients.likely_duplicates(data), self._duplicates_found,
                               lambda error: self._failed(error, data), owner=self)

    def _duplicates_found(self, duplicates) -> None:
        if duplicates:
            names = "\n".join(f"{d.code}  {d.name}  {d.phone}" for d in duplicates[:5])
            answer = QMessageBox.question(self, self.tr("可能重复的客户"), self.tr(
                "已有名称或电话相同的客户：\n{names}\n\n仍然保存吗？").format(names=names))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._duplicates_checked = True
        super().accept()

    def save(self, services, data: ClientData) -> ClientData:
        return services.clients.save(data)

    def reload(self, services, data: ClientData) -> ClientData:
        return services.clients.get(data.id)


def open_client_dialog(app, client_id: int | None, parent, on_saved: Callable[[ClientData], None]) -> None:
    """Load the client on the worker (if any), then open the form; ``on_saved`` gets the saved record."""
    def show(data: ClientData | None) -> None:
        dialog = ClientDialog(app, data, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda result: on_saved(dialog.result_data) if dialog.result_data else None)
        dialog.open()

    if client_id is None:
        show(None)
    else:
        app.worker.submit(lambda s: s.clients.get(client_id), show, lambda e: show_error(parent, e), owner=parent)
