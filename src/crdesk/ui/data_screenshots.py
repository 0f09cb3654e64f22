"""`crdesk screenshot` pages for several workstations and data exchange: the connection dialog, the import
preview and the backup dialog. The import sample is the first clients of the screenshot database as Excel on a
Chinese Windows saves them (GBK, no code column, so they import as new clients), with one phone number
mistyped, then checked — so the mapping, the preview and a row error all show."""
from __future__ import annotations

import csv
import io
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

SAMPLE_ROWS = 12
DROPPED = (0, 7)  # the client code and "updated at" columns of the clients export


def _sample_file(services) -> Path:
    from crdesk.services import exports
    from crdesk.services.clients import export_table

    table = export_table(services)
    rows = []
    for row in table.rows:
        rows.append([exports._text(exports._cell(value)) for i, value in enumerate(row) if i not in DROPPED])
        if len(rows) == SAMPLE_ROWS:
            break
    if len(rows) > 2:
        rows[2][4] = "1381234"  # the phone column, one digit group short
    text = io.StringIO()
    writer = csv.writer(text)
    writer.writerow([h for i, h in enumerate(table.headers) if i not in DROPPED])
    writer.writerows(rows)
    path = Path(tempfile.mkdtemp(prefix="crdesk-shot-")) / "clients.csv"
    path.write_bytes(text.getvalue().encode("gb18030"))
    return path


def sample_dialogs(window, settle) -> list[tuple[str, QWidget]]:
    from crdesk.services import permissions as P
    from crdesk.ui.dialogs.backup_dialog import BackupDialog
    from crdesk.ui.dialogs.connection import ConnectionDialog
    from crdesk.ui.dialogs.import_dialog import ImportDialog

    app = window.app
    dialogs: list[tuple[str, QWidget]] = [("connection_dialog", ConnectionDialog(app.prefs, app.db_url, window))]
    dialog = ImportDialog(app, window)
    dialog.load(app.worker.run_sync(_sample_file))
    settle(app.worker)
    dialog.run(dry_run=True)
    dialogs.append(("import_preview", dialog))
    if app.can(P.BACKUP):
        dialogs.append(("backup_dialog", BackupDialog(app, window)))
    return dialogs
