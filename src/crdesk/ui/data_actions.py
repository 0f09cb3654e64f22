"""The main window's data entries in the 文件 menu (导入…, 数据库连接…, 备份与恢复…) and the daily automatic
backup of a local database, kept out of main_window.py."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QObject, QTimer

from crdesk.db.connection import backend_of
from crdesk.services import permissions as P
from crdesk.services.import_kinds import KINDS
from crdesk.ui.i18n import tr


def add_data_actions(window, menu) -> None:
    app = window.app
    if any(app.can(kind.permission) for kind in KINDS.values()):
        action = window._action(tr("MainWindow", "导入…"), "fa5s.file-import", lambda: open_import(window))
        action.setObjectName("action_import")
        menu.addAction(action)
    action = window._action(tr("MainWindow", "数据库连接…"), "fa5s.database", lambda: open_connection(window))
    action.setObjectName("action_connection")
    menu.addAction(action)
    if app.can(P.BACKUP):
        action = window._action(tr("MainWindow", "备份与恢复…"), "fa5s.hdd", lambda: open_backup(window))
        action.setObjectName("action_backup")
        menu.addAction(action)


def open_import(window) -> None:
    from crdesk.ui.dialogs.import_dialog import ImportDialog

    dialog = ImportDialog(window.app, window)
    dialog.imported.connect(lambda table: window._tables_changed({table}))
    dialog.open()


def open_connection(window) -> None:
    from crdesk.ui.dialogs.connection import ConnectionDialog

    dialog = ConnectionDialog(window.app.prefs, window.app.db_url, window)
    dialog.accepted.connect(lambda: window.database_requested.emit(dialog.url))
    dialog.open()


def open_backup(window) -> None:
    from crdesk.ui.dialogs.backup_dialog import BackupDialog

    dialog = BackupDialog(window.app, window)
    dialog.restored.connect(lambda: window.database_requested.emit(window.app.db_url))
    dialog.open()


class DailyBackup(QObject):
    """Once a day (checked at start and every hour), a backup of a local database, kept ``backup/keep_days``."""

    def __init__(self, worker, prefs, url: str, parent: QObject | None = None,
                 today=lambda: dt.date.today()):
        super().__init__(parent)
        self.worker, self.prefs, self.url, self.today = worker, prefs, url, today
        self.timer = QTimer(self, interval=3600 * 1000)
        self.timer.timeout.connect(self.run)

    def start(self) -> None:
        if backend_of(self.url) == "sqlite":
            self.run()
            self.timer.start()

    def run(self) -> None:
        if not self.prefs.get("backup/auto"):
            return
        from crdesk.services.backup import daily_backup
        from crdesk.ui.dialogs.backup_dialog import backup_folder

        folder, keep, today = backup_folder(self.prefs), self.prefs.get("backup/keep_days"), self.today()
        self.worker.submit(lambda s: daily_backup(s.ctx.db, folder, keep, today), None,
                           lambda error: _log_backup_failure(error), owner=self)


def _log_backup_failure(error: BaseException) -> None:
    import logging

    logging.getLogger("crdesk").warning("daily backup failed: %s", error)
