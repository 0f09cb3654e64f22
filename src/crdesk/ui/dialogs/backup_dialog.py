"""Backup and restore (备份与恢复). A local SQLite database: back up now, restore a checked backup after a
confirmation (everyone signs in again afterwards), daily automatic backups kept N days. A server: the
matching pg_dump / mariadb-dump and restore commands, to copy — crdesk does not pretend to back up a server.
Every file and database operation runs on the DB worker."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QTableWidgetItem, QWidget

from crdesk.db.connection import backend_of, describe
from crdesk.services import backup
from crdesk.ui.context import AppContext
from crdesk.ui.errors import message_of
from crdesk.ui.forms.ui_backup_dialog import Ui_BackupDialog


def backup_folder(prefs) -> Path:
    from crdesk.paths import backups_dir

    chosen = prefs.get("backup/folder")
    return Path(chosen) if chosen else backups_dir()


class BackupDialog(QDialog):
    restored = Signal()  # the database was replaced: the session opens it again (everyone signs in again)

    def __init__(self, app: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.app = app
        self.ui = Ui_BackupDialog()
        self.ui.setupUi(self)
        self.setObjectName("backup_dialog")
        ui = self.ui
        ui.button_box.rejected.connect(self.reject)
        if backend_of(app.db_url) == "sqlite":
            self._local_page()
        else:
            ui.stack.setCurrentWidget(ui.server_page)
            ui.copy_button.clicked.connect(
                lambda: QGuiApplication.clipboard().setText(ui.backup_command_edit.toPlainText()))
            app.worker.submit(lambda s: s.backup.commands(), self._show_commands, self._failed, owner=self)
        self.resize(720, 520)

    # --- server
    def _show_commands(self, commands: backup.ServerCommands) -> None:
        self.ui.backup_command_edit.setPlainText(commands.backup)
        self.ui.restore_command_edit.setPlainText(commands.restore)

    # --- local file
    def _local_page(self) -> None:
        ui, prefs = self.ui, self.app.prefs
        ui.stack.setCurrentWidget(ui.local_page)
        ui.database_label.setText(self.tr("数据库文件：{path}").format(path=describe(self.app.db_url)))
        ui.auto_check.setChecked(prefs.get("backup/auto"))
        ui.keep_spin.setValue(prefs.get("backup/keep_days"))
        ui.folder_edit.setText(str(backup_folder(prefs)))
        ui.auto_check.toggled.connect(lambda on: prefs.set("backup/auto", on))
        ui.keep_spin.valueChanged.connect(lambda days: prefs.set("backup/keep_days", days))
        ui.folder_button.clicked.connect(self._choose_folder)
        ui.backup_button.clicked.connect(self.backup_now)
        ui.restore_button.clicked.connect(self.choose_restore)
        ui.backups_table.setColumnCount(3)
        ui.backups_table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("时间"), self.tr("大小")])
        ui.backups_table.horizontalHeader().setStretchLastSection(True)
        ui.backups_table.verticalHeader().hide()
        ui.backups_table.doubleClicked.connect(lambda index: self.restore_from(self._listed[index.row()].path))
        self._listed: list[backup.BackupInfo] = []
        self.refresh_list()

    def refresh_list(self) -> None:
        folder = backup_folder(self.app.prefs)
        self.app.worker.submit(lambda s: backup.list_backups(folder), self._show_list, self._failed, owner=self)

    def _show_list(self, found: list[backup.BackupInfo]) -> None:
        self._listed = found
        table = self.ui.backups_table
        table.setRowCount(len(found))
        for row, info in enumerate(found):
            for column, value in enumerate((info.path.name, f"{info.modified:%Y-%m-%d %H:%M}",
                                            f"{info.size / 1024 / 1024:.1f} MB")):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("备份文件夹"), self.ui.folder_edit.text())
        if folder:
            self.app.prefs.set("backup/folder", folder)
            self.ui.folder_edit.setText(folder)
            self.refresh_list()

    def backup_now(self) -> None:
        default = backup_folder(self.app.prefs) / f"crdesk-{dt.datetime.now():%Y%m%d-%H%M}.sqlite3"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("备份到"), str(default), self.tr("SQLite 数据库 (*.sqlite3)"))
        if path:
            self.backup_to(Path(path))

    def backup_to(self, target: Path) -> None:
        self.ui.status_label.setText(self.tr("正在备份…"))
        self.app.worker.submit(lambda s: s.backup.backup_to(target), self._backed_up, self._failed, owner=self)

    def _backed_up(self, path: Path) -> None:
        self.ui.status_label.setText(self.tr("已备份到 {path}（已通过完整性检查）").format(path=path))
        self.refresh_list()

    def choose_restore(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("选择备份文件"), str(backup_folder(self.app.prefs)),
                                              self.tr("SQLite 数据库 (*.sqlite3 *.db);;所有文件 (*)"))
        if path:
            self.restore_from(Path(path))

    def restore_from(self, source: Path) -> None:
        """Check the file first (on the worker), then ask, then restore."""
        self.ui.status_label.setText(self.tr("正在检查备份文件…"))
        self.app.worker.submit(lambda s: backup.check_backup(source), lambda version: self._confirm(source, version),
                               self._failed, owner=self)

    def _confirm(self, source: Path, version: int) -> None:
        answer = QMessageBox.warning(
            self, self.tr("从备份恢复"),
            self.tr("用备份 {file}（数据库版本 {version}）替换当前的全部数据吗？\n当前数据库会先另存一份到备份文件夹。"
                    "恢复后需要重新登录。").format(file=source.name, version=version),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            self.ui.status_label.setText(self.tr("未恢复。"))
            return
        folder = backup_folder(self.app.prefs)
        self.ui.status_label.setText(self.tr("正在恢复…"))
        self.app.worker.submit(lambda s: s.backup.restore(source, folder), self._restored, self._failed, owner=self)

    def _restored(self, _version: int) -> None:
        self.ui.status_label.setText(self.tr("已恢复。"))
        self.restored.emit()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ui.status_label.setText(message_of(error))
