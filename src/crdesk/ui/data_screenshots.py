"""`crdesk screenshot` pages for several workstations and data exchange: the connection dialog and the import
preview (a small GBK file with one bad row, checked, so the mapping, the preview and a row error all show)."""
from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

SAMPLE = ("客户名称,类型,等级,区域,电话,地址\n"
          "上海华联超市,经销商,A,华东,021-62345678,上海市南京西路 100 号\n"
          "杭州百货商店,零售商,B,华东,0571-8765432,杭州市延安路 8 号\n"
          "南京便利店,零售商,C,华东,1381234,南京市中山路 20 号\n"
          "广州食品商行,经销商,A,华南,13812345678,广州市天河路 66 号\n")


def sample_dialogs(window, settle) -> list[tuple[str, QWidget]]:
    from crdesk.ui.dialogs.connection import ConnectionDialog
    from crdesk.ui.dialogs.import_dialog import ImportDialog

    app = window.app
    dialogs: list[tuple[str, QWidget]] = [("connection_dialog", ConnectionDialog(app.prefs, app.db_url, window))]
    folder = Path(tempfile.mkdtemp(prefix="crdesk-shot-"))
    path = folder / "客户导入.csv"
    path.write_bytes(SAMPLE.encode("gbk"))
    dialog = ImportDialog(app, window)
    dialog.load(path)
    settle(app.worker)
    dialog.run(dry_run=True)
    dialogs.append(("import_preview", dialog))
    from crdesk.services import permissions as P
    from crdesk.ui.dialogs.backup_dialog import BackupDialog

    if app.can(P.BACKUP):
        dialogs.append(("backup_dialog", BackupDialog(app, window)))
    return dialogs
