"""Business settings (业务设置), shared by every workstation: built from the declarative ``SETTING_FIELDS``.

An area adds its settings when its UI module is imported (its service adds the default to
``services.business_settings.DEFAULTS``)::

    SETTING_FIELDS.append(SettingField("return_approval_amount", "退货审批金额（元）", "int", 0, 1_000_000))

Kinds: ``text`` (one line), ``multiline``, ``int`` (spin box with minimum / maximum / suffix), ``bool``.
Only changed values are written; each write is audited by the service.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QDialogButtonBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from crdesk.ui.dialogs.record_dialog import RecordDialog
from crdesk.ui.errors import message_of
from crdesk.ui.forms.ui_business_settings_dialog import Ui_BusinessSettingsDialog
from crdesk.ui.widgets.field_errors import FieldErrors


@dataclass(frozen=True)
class SettingField:
    key: str
    label: str  # Chinese source text, translated in context "settings"
    kind: str = "text"  # text | multiline | int | bool
    minimum: int = 0
    maximum: int = 1_000_000
    suffix: str = ""


SETTING_FIELDS: list[SettingField] = [
    SettingField("company_name", "公司名称"),
    SettingField("company_address", "公司地址"),
    SettingField("company_phone", "公司电话"),
    SettingField("outbound_after_days", "主动呼出：未联系天数", "int", 0, 3650, " 天"),
]


@dataclass(frozen=True)
class _Kind:
    make: Callable[[SettingField], QWidget]
    get: Callable[[QWidget], Any]
    set: Callable[[QWidget, Any], None]


def _spin(spec: SettingField) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(spec.minimum, spec.maximum)
    spin.setSuffix(QCoreApplication.translate("settings", spec.suffix) if spec.suffix else "")
    return spin


def _multiline(_spec: SettingField) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMaximumHeight(edit.fontMetrics().height() * 5)
    return edit


KINDS: dict[str, _Kind] = {
    "text": _Kind(lambda _spec: QLineEdit(), lambda w: w.text().strip(), lambda w, v: w.setText(str(v or ""))),
    "multiline": _Kind(_multiline, lambda w: w.toPlainText().strip(), lambda w, v: w.setPlainText(str(v or ""))),
    "int": _Kind(_spin, lambda w: w.value(), lambda w, v: w.setValue(int(v or 0))),
    "bool": _Kind(lambda _spec: QCheckBox(), lambda w: w.isChecked(), lambda w, v: w.setChecked(bool(v))),
}


class BusinessSettingsDialog(RecordDialog):
    def __init__(self, app, parent=None):
        super().__init__(app, parent)
        self.ui = Ui_BusinessSettingsDialog()
        self.ui.setupUi(self)
        self.setObjectName("business_settings_dialog")
        self.widgets: dict[str, QWidget] = {}
        self._fields: dict[str, SettingField] = {}
        self._loaded = False
        self._stored: dict[str, Any] = {}
        for spec in SETTING_FIELDS:
            self._add_row(spec)
        self.errors = FieldErrors(self.ui.error_label, self.widgets,
                                  {key: self._label(spec) for key, spec in self._fields.items()})
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self._set_editable(False)
        self.resize(560, self.sizeHint().height() + 24)
        app.worker.submit(lambda s: s.settings.all(), self._first_load, self._load_failed, owner=self)

    @staticmethod
    def _label(spec: SettingField) -> str:
        return QCoreApplication.translate("settings", spec.label)

    def _add_row(self, spec: SettingField) -> None:
        widget = KINDS[spec.kind].make(spec)
        widget.setObjectName(f"setting_{spec.key}")
        label = QLabel(self._label(spec))
        label.setBuddy(widget)
        self.ui.form_layout.addRow(label, widget)
        self.widgets[spec.key] = widget
        self._fields[spec.key] = spec

    def _first_load(self, values: dict[str, Any]) -> None:
        for key, widget in self.widgets.items():
            self.ui.form_layout.setRowVisible(widget, key in values)  # a setting no service declares
        self.load(values)
        self._loaded = True
        self._set_editable(True)
        self.watch_changes()
        next(iter(self.widgets.values())).setFocus()

    def _set_editable(self, editable: bool) -> None:
        for widget in self.widgets.values():
            widget.setEnabled(editable)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Save).setEnabled(editable)

    def _load_failed(self, error: BaseException) -> None:
        self.errors.message(message_of(error))

    # --- form <-> data
    def load(self, values: dict[str, Any]) -> None:
        self._stored = dict(values)
        for key, widget in self.widgets.items():
            if key in values:
                KINDS[self._fields[key].kind].set(widget, values[key])

    def collect(self) -> dict[str, Any]:
        return {key: KINDS[self._fields[key].kind].get(widget) for key, widget in self.widgets.items()
                if key in self._stored}

    def accept(self) -> None:
        if self._loaded:
            super().accept()

    def save(self, services, data: dict[str, Any]) -> dict[str, Any]:
        stored = services.settings.all()
        for key, value in data.items():
            if stored.get(key) != value:
                services.settings.set(key, value)
        return services.settings.all()

    def reload(self, services, data: dict[str, Any]) -> dict[str, Any]:
        return services.settings.all()
