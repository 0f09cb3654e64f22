"""The visit / follow-up form (拜访 / 回访): client, kind, staff, time, purpose, summary, satisfaction and the
next follow-up date. Opened from the clients tab, the visits tab and its due and outbound lists."""
from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Callable

from PySide6.QtCore import QDate, QDateTime, Qt

from crdesk.services.visits import KIND_LABELS, VisitData
from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.errors import show_error
from crdesk.ui.forms.ui_visit_dialog import Ui_VisitDialog
from crdesk.ui.labels import visit_kind
from crdesk.ui.widgets.field_errors import FieldErrors

SATISFACTION = ((None, "未评价"), (5, "5 非常满意"), (4, "4 满意"), (3, "3 一般"), (2, "2 不满意"),
                (1, "1 非常不满意"))
DEFAULT_FOLLOW_UP_DAYS = 30


class VisitDialog(RecordDialog):
    def __init__(self, app, data: VisitData, parent=None, client_label: str = ""):
        super().__init__(app, parent)
        self.ui = Ui_VisitDialog()
        self.ui.setupUi(self)
        self.setObjectName("visit_dialog")
        ui = self.ui
        ui.client_picker.attach(app.worker)
        for kind in KIND_LABELS:
            ui.kind_combo.addItem(visit_kind(kind), kind)
        for value, label in SATISFACTION:
            ui.satisfaction_combo.addItem(self.tr(label), value)
        self.errors = FieldErrors(ui.error_label, {
            "client": ui.client_picker, "kind": ui.kind_combo, "staff": ui.staff_edit,
            "visited_at": ui.visited_at_edit, "purpose": ui.purpose_edit, "summary": ui.summary_edit,
            "satisfaction": ui.satisfaction_combo, "next_follow_up": ui.next_follow_up_edit,
        }, {"client": self.tr("客户"), "kind": self.tr("方式"), "staff": self.tr("接待/回访人"),
            "visited_at": self.tr("时间"), "purpose": self.tr("目的"), "summary": self.tr("内容摘要"),
            "satisfaction": self.tr("满意度"), "next_follow_up": self.tr("下次回访"),
            "client_id": self.tr("客户")})
        ui.follow_up_hint.setStyleSheet("background: #eef5fb; border: 1px solid #c5d9ec; padding: 4px;")
        ui.next_follow_up_check.toggled.connect(ui.next_follow_up_edit.setEnabled)
        ui.button_box.accepted.connect(self.accept)
        ui.button_box.rejected.connect(self.reject)
        self._client_label = client_label
        self._closes = data.closes_follow_up_of  # kept across a reload: the due follow-up this contact answers
        self.load(data)
        self.watch_changes()
        ui.client_picker.client_changed.connect(self.mark_dirty)
        (ui.purpose_edit if data.client_id else ui.client_picker).setFocus()
        self.resize(560, 560)

    # --- form <-> data
    def load(self, data: VisitData) -> None:
        self._data = data
        ui = self.ui
        self.setWindowTitle(self.tr("拜访/回访记录 {number}").format(number=data.number) if data.number
                            else self.tr("登记拜访/回访"))
        ui.number_value.setText(data.number or self.tr("（保存后自动编号）"))
        label = f"{data.client_code}  {data.client_name}" if data.client_code else self._client_label
        ui.client_picker.set_client(data.client_id, label)
        ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(data.kind)))
        ui.staff_edit.setText(data.staff or self.app.actor.display_name)
        ui.visited_at_edit.setDateTime(QDateTime(data.visited_at))
        ui.purpose_edit.setText(data.purpose)
        ui.summary_edit.setPlainText(data.summary)
        index = ui.satisfaction_combo.findData(data.satisfaction) if data.satisfaction is not None else 0
        ui.satisfaction_combo.setCurrentIndex(max(0, index))
        ui.next_follow_up_check.setChecked(data.next_follow_up is not None)
        ui.next_follow_up_edit.setEnabled(data.next_follow_up is not None)
        ui.next_follow_up_edit.setDate(QDate(data.next_follow_up or data.visited_at.date()
                                             + dt.timedelta(days=DEFAULT_FOLLOW_UP_DAYS)))
        ui.follow_up_hint.setVisible(bool(self._closes))
        ui.follow_up_hint.setText(self.tr("保存后，该客户的这次待回访将标记为已完成。"))

    def collect(self) -> VisitData:
        ui = self.ui
        visited_at = ui.visited_at_edit.dateTime().toPython().replace(second=0, microsecond=0)
        next_date = ui.next_follow_up_edit.date().toPython() if ui.next_follow_up_check.isChecked() else None
        return dataclasses.replace(
            self._data, client_id=ui.client_picker.client_id(), kind=ui.kind_combo.currentData(),
            staff=ui.staff_edit.text(), visited_at=visited_at, purpose=ui.purpose_edit.text(),
            summary=ui.summary_edit.toPlainText(), satisfaction=ui.satisfaction_combo.currentData(),
            next_follow_up=next_date, closes_follow_up_of=self._closes)

    def save(self, services, data: VisitData) -> VisitData:
        return services.visits.save(data)

    def reload(self, services, data: VisitData) -> VisitData:
        return services.visits.get(data.id)


def new_visit(client_id: int | None = None, kind: str = "call",
              closes_follow_up_of: int | None = None) -> VisitData:
    return VisitData(client_id=client_id, kind=kind, visited_at=dt.datetime.now().replace(second=0, microsecond=0),
                     closes_follow_up_of=closes_follow_up_of)


def open_visit_dialog(app, parent, client_id: int | None = None, client_label: str = "",
                      on_saved: Callable[[VisitData], None] | None = None, closes_follow_up_of: int | None = None,
                      kind: str = "call", visit_id: int | None = None) -> VisitDialog | None:
    """Open the form for a new contact (preset client and kind), or load ``visit_id`` on the worker and open
    it for editing. ``closes_follow_up_of`` marks that visit's due follow-up done when this one is saved.
    ``on_saved`` gets the saved VisitData. Returns the dialog when it opened at once (a new contact)."""
    def show(data: VisitData) -> VisitDialog:
        dialog = VisitDialog(app, data, parent, client_label)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        if on_saved is not None:
            dialog.finished.connect(lambda _result: on_saved(dialog.result_data) if dialog.result_data else None)
        dialog.open()
        return dialog

    if visit_id is None:
        return show(new_visit(client_id, kind, closes_follow_up_of))
    app.worker.submit(lambda s: s.visits.get(visit_id), show, lambda e: show_error(parent, e), owner=parent)
    return None
