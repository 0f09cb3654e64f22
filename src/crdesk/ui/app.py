"""Start the GUI: application, fonts, translations, database (opened and migrated on the worker), sign-in,
then the main window. Sign-out and language changes rebuild the main window on the same worker."""
from __future__ import annotations

import logging
import sys

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

from crdesk.paths import font_path, user_data_dir
from crdesk.settings import Preferences
from crdesk.ui.i18n import Translations, choose_language

BUNDLED_FAMILY = "WenQuanYi Micro Hei"


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("crdesk")
    app.setApplicationName("crdesk")
    register_fonts(app)
    return app


def register_fonts(app: QApplication) -> None:
    """The bundled Chinese font is the fallback after the system font, so Chinese never shows as boxes."""
    if BUNDLED_FAMILY not in QFontDatabase.families():
        QFontDatabase.addApplicationFont(str(font_path()))
    font = QFont(app.font())
    font.setFamilies([app.font().family(), BUNDLED_FAMILY])
    app.setFont(font)


def configure_logging() -> None:
    log_file = user_data_dir() / "crdesk.log"
    logging.basicConfig(filename=str(log_file), level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")


class Session:
    """One running desk: the worker on one database, the signed-in user, the main window."""

    def __init__(self, url: str, prefs: Preferences, translations: Translations):
        self.prefs = prefs
        self.translations = translations
        self.window = None
        self._open(url)

    def _open(self, url: str) -> None:
        from crdesk.db.connection import open_database
        from crdesk.services import Services
        from crdesk.ui.errors import show_error
        from crdesk.ui.tasks import DbWorker

        self.url = url
        self.db = open_database(url)
        self.worker = DbWorker(Services(self.db), default_error_handler=lambda e: show_error(self.window, e))
        self.system_services = self.worker.services

    def upgrade_schema(self) -> None:
        from crdesk.db import migrations
        from crdesk.db.connection import DB
        from crdesk.db.setup import backup_before_upgrade

        def run(services):
            DB.initialize(self.db)
            return migrations.upgrade(self.db, backup=backup_before_upgrade(self.db, self.url))

        self.worker.run_sync(run)

    def sign_in(self) -> bool:
        from crdesk.services import auth
        from crdesk.ui.dialogs.sign_in import FirstManagerDialog, SignInDialog

        self.worker.services = self.system_services
        has_users = self.worker.run_sync(lambda s: auth.has_users(s.ctx))
        dialog = SignInDialog(self.worker, self.prefs.get("ui/last_username")) if has_users \
            else FirstManagerDialog(self.worker)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.prefs.set("ui/last_username", dialog.user.username)
        self.worker.services = self.system_services.as_actor(auth.actor_of(dialog.user))
        return True

    def show_main_window(self):
        from crdesk.ui.context import AppContext
        from crdesk.ui.main_window import MainWindow

        context = AppContext(self.worker, self.prefs, self.translations, self.url)
        self.window = MainWindow(context)
        self.window.sign_out_requested.connect(self.switch_user)
        self.window.language_requested.connect(self.change_language)
        self.window.database_requested.connect(self.switch_database)
        self.window.show()
        from crdesk.ui.data_actions import DailyBackup

        DailyBackup(self.worker, self.prefs, self.url, self.window).start()
        return self.window

    def _close_window(self) -> None:
        if self.window is not None:
            self.window.save_layout()
            self.window.hide()
            self.window.deleteLater()
            self.window = None

    def switch_user(self) -> None:
        self._close_window()
        if self.sign_in():
            self.show_main_window()
        else:
            QApplication.instance().quit()

    def switch_database(self, url: str) -> None:
        """Another database (the connection dialog), or the same one after a restore: everyone signs in again."""
        self._close_window()
        self.stop()
        self._open(url)
        try:
            self.upgrade_schema()
        except Exception as error:  # shown, then the user picks a connection again
            logging.getLogger("crdesk").exception("cannot open database %s", url)
            url = ask_connection(self.prefs, url, str(error))
            if url is None:
                QApplication.instance().quit()
                return
            self.switch_database(url)
            return
        self.switch_user()

    def change_language(self, language: str) -> None:
        self.prefs.set("language", language)
        self.translations.install(language)
        self._close_window()
        self.show_main_window()

    def stop(self) -> None:
        self.worker.stop()
        if not self.db.is_closed():
            self.db.close()


def run_gui(db_url: str | None = None, language: str | None = None) -> int:
    from crdesk.messages import describe
    from crdesk.services.errors import ServiceError

    configure_logging()
    app = ensure_application()
    prefs = Preferences()
    translations = Translations()
    translations.install(choose_language(prefs.get("language"), language))
    url = start_url(db_url, prefs)
    while True:
        if url is None:
            return 0
        session = None
        try:
            session = Session(url, prefs, translations)
            session.upgrade_schema()
            break
        except (ServiceError, Exception) as error:  # a start-up failure is shown, never a traceback
            text = describe(error) if isinstance(error, ServiceError) else str(error)
            logging.getLogger("crdesk").exception("cannot open database %s", url)
            if session is not None:
                session.stop()
            url = ask_connection(prefs, url, text)
    if not session.sign_in():
        session.stop()
        return 0
    session.show_main_window()
    code = app.exec()
    session.stop()
    return code


def start_url(cli_url: str | None, prefs: Preferences) -> str | None:
    """--db, CRDESK_DB_URL or the remembered choice (its password from the keyring); on the very first start,
    the welcome dialog offers a local file or a server. None: the user closed it."""
    import os

    from crdesk.db.connection import resolve_url
    from crdesk.keyring_store import complete_url
    from crdesk.paths import default_database_url

    saved = prefs.get("database/url")
    if cli_url or os.environ.get("CRDESK_DB_URL") or saved:
        return resolve_url(cli_url, complete_url(saved) if saved else None)
    from crdesk.ui.dialogs.connection import ConnectionDialog

    dialog = ConnectionDialog(prefs, default_database_url(), first_run=True)
    return dialog.url if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_connection(prefs: Preferences, url: str, error: str) -> str | None:
    """The database cannot be opened: say why and let the user fix the connection (or give up: None)."""
    from crdesk.ui.dialogs.connection import ConnectionDialog

    dialog = ConnectionDialog(prefs, url)
    dialog.ui.status_label.setText(QApplication.translate("app", "无法打开数据库：\n{error}").format(error=error))
    dialog.ui.status_label.setStyleSheet("color: #b52b27;")
    return dialog.url if dialog.exec() == QDialog.DialogCode.Accepted else None
