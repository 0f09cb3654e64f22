"""`crdesk screenshot --out DIR`: render every main tab and main dialog offscreen, on the current database,
to PNG files (the README's screenshots come from here)."""
from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

SIZE = (1280, 800)


def settle(worker, seconds: float = 0.3, timeout: float = 15.0) -> None:
    """Process events until the DB worker has been idle for ``seconds`` (data loaded and painted)."""
    app = QApplication.instance()
    deadline = time.monotonic() + timeout
    quiet_since = None
    while time.monotonic() < deadline:
        app.processEvents()
        if worker.idle:
            quiet_since = quiet_since or time.monotonic()
            if time.monotonic() - quiet_since >= seconds:
                return
        else:
            quiet_since = None
        time.sleep(0.01)


def _save(widget: QWidget, path: Path, worker) -> Path:
    widget.show()
    settle(worker)
    widget.grab().save(str(path))
    return path


def take_screenshots(services, url: str, out: Path, language: str = "zh_CN") -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from crdesk.settings import Preferences
    from crdesk.ui.app import ensure_application
    from crdesk.ui.context import AppContext
    from crdesk.ui.dialogs.sign_in import SignInDialog
    from crdesk.ui.i18n import Translations
    from crdesk.ui.main_window import MainWindow
    from crdesk.ui.tasks import DbWorker

    ensure_application()
    translations = Translations()
    translations.install(language)
    out.mkdir(parents=True, exist_ok=True)
    worker = DbWorker(services)
    prefs = Preferences(QSettings(str(out / ".screenshot-prefs.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(worker, prefs, translations, url))
    window.resize(*SIZE)
    files = [_save(SignInDialog(worker, "reception1"), out / "sign_in.png", worker)]
    try:
        for index in range(window.tabs.count()):
            window.tabs.setCurrentIndex(index)
            tab = window.tabs.widget(index)
            name = tab.objectName().removeprefix("tab_")
            files.append(_save(window, out / f"tab_{name}.png", worker))
            for dialog_name, dialog in tab.sample_dialogs():
                files.append(_save(dialog, out / f"{name}_{dialog_name}.png", worker))
                dialog.hide()
                dialog.deleteLater()
        from crdesk.ui.data_screenshots import sample_dialogs

        for dialog_name, dialog in sample_dialogs(window, settle):
            files.append(_save(dialog, out / f"{dialog_name}.png", worker))
            dialog.hide()
            dialog.deleteLater()
    finally:
        window.hide()
        window.deleteLater()
        worker.stop()
        (out / ".screenshot-prefs.ini").unlink(missing_ok=True)
    return files
