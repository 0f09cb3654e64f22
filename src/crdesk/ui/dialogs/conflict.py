"""Someone else saved first: show who and when, and field by field mine against theirs; offer to reload
their version or to keep editing mine (nothing is overwritten silently)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QHeaderView)

from crdesk.services.errors import ConflictInfo
from crdesk.ui.models.paged import display

RELOAD = 1
KEEP_EDITING = 0


class ConflictDialog(QDialog):
    def __init__(self, info: ConflictInfo, mine: dict[str, Any], names: dict[str, str], parent=None):
        super().__init__(parent)
        self.setObjectName("conflict_dialog")
        self.setWindowTitle(self.tr("记录已被他人修改"))
        when = f"{info.changed_at:%Y-%m-%d %H:%M:%S}" if info.changed_at else ""
        layout = QVBoxLayout(self)
        summary = QLabel(self.tr("{who} 于 {when} 保存了此记录（版本 {version}），您的修改尚未保存。").format(
            who=info.changed_by, when=when, version=info.their_version))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        differences = [(name, mine[name], info.theirs.get(name)) for name in mine
                       if name in info.theirs and display(mine[name]) != display(info.theirs.get(name))]
        table = QTableWidget(len(differences), 3, self)
        table.setObjectName("differences")
        table.setHorizontalHeaderLabels([self.tr("字段"), self.tr("我的修改"), self.tr("对方保存的内容")])
        for row, (name, my_value, their_value) in enumerate(differences):
            for column, value in enumerate((names.get(name, name), display(my_value), display(their_value))):
                table.setItem(row, column, QTableWidgetItem(value[:200]))
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(table)
        hint = QLabel(self.tr("“重新载入”显示对方的版本，您可以再次修改后保存；“继续编辑”保留您的输入。"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(self)
        self.reload_button = buttons.addButton(self.tr("重新载入"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.keep_button = buttons.addButton(self.tr("继续编辑"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(lambda: self.done(RELOAD))
        buttons.rejected.connect(lambda: self.done(KEEP_EDITING))
        layout.addWidget(buttons)
        self.resize(620, 360)
