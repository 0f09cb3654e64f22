"""Someone else saved first: show who and when, and field by field mine against theirs; offer to reload
their version, to re-apply my changes on top of theirs, to keep editing mine, or — with the permission —
to overwrite theirs, which is audited (nothing is overwritten silently)."""
from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QHeaderView)

from crdesk.services.errors import ConflictInfo
from crdesk.ui.models.paged import display

RELOAD = 1
KEEP_EDITING = 0
REAPPLY = 2
OVERWRITE = 3
BOOKKEEPING = frozenset({"id", "version", "code", "number", "updated_by", "updated_at", "created_at"})


def values_of(data: Any) -> dict[str, Any]:
    return dataclasses.asdict(data) if dataclasses.is_dataclass(data) else dict(data or {})


def reapply(base: Any, mine: Any, theirs: Any) -> tuple[Any, list[str]]:
    """Their saved version with the fields I changed (mine differs from what I loaded, ``base``) put back
    on top. Returns the merged data and the fields both of us changed (mine wins there: the user sees them)."""
    base_values, my_values, their_values = values_of(base), values_of(mine), values_of(theirs)
    changed = {name: value for name, value in my_values.items()
               if name not in BOOKKEEPING and name in their_values
               and (not base_values or base_values.get(name) != value)}
    both = [name for name in changed if base_values and their_values[name] != base_values.get(name)
            and their_values[name] != changed[name]]
    if dataclasses.is_dataclass(theirs):
        fields = {f.name for f in dataclasses.fields(theirs) if f.init}
        merged = dataclasses.replace(theirs, **{k: getattr(mine, k) for k in changed if k in fields})
    else:
        merged = {**their_values, **changed}
    return merged, both


class ConflictDialog(QDialog):
    def __init__(self, info: ConflictInfo, mine: dict[str, Any], names: dict[str, str], parent=None,
                 can_overwrite: bool = False):
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("记录已被他人修改"))
        when = f"{info.changed_at:%Y-%m-%d %H:%M:%S}" if info.changed_at else ""
        layout = QVBoxLayout(self)
        self.summary = summary = QLabel(self.tr("{who} 于 {when} 保存了此记录（版本 {version}），您的修改尚未保存。").format(
            who=info.changed_by, when=when, version=info.their_version))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        differences = [(name, mine[name], info.theirs.get(name)) for name in mine
                       if name in info.theirs and name not in BOOKKEEPING
                       and display(mine[name]) != display(info.theirs.get(name))]
        self.differences = table = QTableWidget(len(differences), 3, self)
        table.setObjectName("differences")
        table.setHorizontalHeaderLabels([self.tr("字段"), self.tr("我的修改"), self.tr("对方保存的内容")])
        for row, (name, my_value, their_value) in enumerate(differences):
            for column, value in enumerate((names.get(name, name), display(my_value), display(their_value))):
                table.setItem(row, column, QTableWidgetItem(value[:200]))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(table)
        hint = QLabel(self.tr("“重新载入”显示对方的版本，您可以再次修改后保存；“在对方版本上重新应用我的修改”保留对方的"
                              "其他修改，只换上您改过的字段，核对后再保存；“继续编辑”保留您的输入。"))
        if can_overwrite:
            hint.setText(hint.text() + self.tr("“覆盖对方的修改”以您的内容替换对方保存的版本，并记入审计日志。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(self)
        self.reload_button = buttons.addButton(self.tr("重新载入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.reapply_button = buttons.addButton(self.tr("在对方版本上重新应用我的修改"),
                                                QDialogButtonBox.ButtonRole.ApplyRole)
        self.overwrite_button = buttons.addButton(self.tr("覆盖对方的修改"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.overwrite_button.setVisible(can_overwrite)
        self.keep_button = buttons.addButton(self.tr("继续编辑"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(lambda: self.done(RELOAD))
        buttons.rejected.connect(lambda: self.done(KEEP_EDITING))
        self.reapply_button.clicked.connect(lambda: self.done(REAPPLY))
        self.overwrite_button.clicked.connect(lambda: self.done(OVERWRITE) if can_overwrite else None)
        layout.addWidget(buttons)
        self.resize(720, 380)
