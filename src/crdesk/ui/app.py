"""Start the GUI: application, fonts, translations, database (opened and migrated on the worker, after a
confirmation where schema_question says so), sign-in, then the main window. Sign-out and language changes
rebuild the main window on the same worker."""
from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QEventLoop
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QDialog

from crdesk.paths import font_path, resource, user_data_dir
from crdesk.settings import Preferences
from crdesk.ui.i18n import Translations, choose_language

BUNDLED_FAMILY = "WenQuanYi Micro Hei"
NEEDS_FIRST_MANAGER = 2  # dialog results besides Accepted/Rejected
OPEN_FAILED = 3


def ensure_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("crdesk")
    app.setApplicationName("crdesk")
    app.setDesktopFileName("crdesk")
    app.setWindowIcon(QIcon(str(resource("icons", "crdesk.svg"))))
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
        self.system_services = None
        self._open(url)

    def _open(self, url: str) -> None:
        """Start the worker and open, migrate and check the database on it; the GUI goes on meanwhile."""
        from crdesk.ui.errors import show_error
        from crdesk.ui.schema_question import WorkerAsks
        from crdesk.ui.tasks import DbWorker

        self.url = url
        self.has_users: bool | None = None
        self.open_error: BaseException | None = None
        self._waiting_dialog: QDialog | None = None
        self._asks = WorkerAsks()
        self.worker = DbWorker(None, default_error_handler=lambda e: show_error(self.window, e))
        self._opening = None

    def start_opening(self) -> None:
        """Submit the first job (once). Called after the first window has painted: importing peewee and the
        drivers on the worker would otherwise hold the interpreter while the window tries to appear."""
        if self._opening is None:
            url = self.url
            self._opening = self.worker.submit(lambda _none: self._open_on_worker(url), self._opened,
                                               self._open_failed)

    def _open_on_worker(self, url: str) -> bool:
        """Runs on the DB worker: the first job, so later jobs (a sign-in typed meanwhile) find the services."""
        from crdesk.db.connection import connect
        from crdesk.services import Services, auth

        db = connect(url)
        try:
            self._prepare_schema(db, url)
        except BaseException:
            db.close()
            raise
        self.system_services = self.worker.services = Services(db)
        return auth.has_users(self.system_services.ctx)

    def _prepare_schema(self, db, url: str) -> None:
        """On the worker: create or upgrade the schema, asking the user first where ``asked_at_start`` says so
        (UpgradeDeclined if they say no); a schema newer than this crdesk raises SchemaTooNew. Both write nothing."""
        from crdesk.db.connection import describe
        from crdesk.db.probe import examine
        from crdesk.db.setup import upgrade_schema
        from crdesk.ui.schema_question import UpgradeDeclined, asked_at_start, confirm_schema_change

        schema, database = examine(db, url), describe(url)
        if schema.state == "current":
            return  # the common start: nothing to read again
        if asked_at_start(schema) and not self._asks(
                lambda: confirm_schema_change(self._waiting_dialog, schema, database)):
            raise UpgradeDeclined(database)
        upgrade_schema(db, url)

    def _opened(self, has_users: bool) -> None:
        self.has_users = has_users
        if not has_users and self._waiting_dialog is not None:
            self._waiting_dialog.done(NEEDS_FIRST_MANAGER)

    def _open_failed(self, error: BaseException) -> None:
        self.open_error = error
        if self._waiting_dialog is not None:
            self._waiting_dialog.done(OPEN_FAILED)

    def upgrade_schema(self) -> None:
        """Wait until the database is open and up to date; raise what went wrong."""
        self.start_opening()
        while self.has_users is None and self.open_error is None:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        if self.open_error is not None:
            raise self.open_error

    def sign_in(self) -> bool | BaseException:
        """True once signed in, False if the user gave up, or the error that kept the database from opening.

        The sign-in window shows at once, while the database opens on the worker; a database without users
        turns it into the first-manager window."""
        from crdesk.ui.dialogs.sign_in import FirstManagerDialog, SignInDialog

        if self.system_services is not None:
            self.worker.services = self.system_services
        dialog = SignInDialog(self.worker, self.prefs.get("ui/last_username")) if self.has_users is not False \
            else FirstManagerDialog(self.worker)
        self._waiting_dialog = dialog
        dialog.setModal(True)  # exec() on a window already shown does not make it modal by itself
        dialog.show()
        # paint the window, then start the database work; no input is read in between, so a sign-in typed
        # at once is queued after the database has opened
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self.start_opening()
        result = dialog.exec()
        if result == NEEDS_FIRST_MANAGER:
            self._waiting_dialog = dialog = FirstManagerDialog(self.worker)
            result = dialog.exec()
        self._waiting_dialog = None
        if self.open_error is not None:
            return self.open_error
        if result != QDialog.DialogCode.Accepted:
            return False
        from crdesk.services import auth

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
        if self.sign_in() is True:
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
            text = opening_failure_text(error)
            log_opening_failure(url, error, text)
            url = ask_connection(self.prefs, url, text)
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
        self._asks.cancel()  # a question the worker still waits for is answered no
        self.worker.stop()
        if self.system_services is not None and not self.system_services.ctx.db.is_closed():
            self.system_services.ctx.db.close()


def run_gui(db_url: str | None = None, language: str | None = None) -> int:
    configure_logging()
    app = ensure_application()
    prefs = Preferences()
    translations = Translations()
    translations.install(choose_language(prefs.get("language"), language))
    url = start_url(db_url, prefs)
    while True:
        if url is None:
            return 0
        session = Session(url, prefs, translations)
        outcome = session.sign_in()
        if outcome is True:
            break
        session.stop()
        if outcome is False:
            return 0
        # a start-up failure is shown in the connection dialog, never as a traceback
        text = opening_failure_text(outcome)
        log_opening_failure(url, outcome, text)
        url = ask_connection(prefs, url, text)
    session.show_main_window()
    code = app.exec()
    session.stop()
    return code


def start_url(cli_url: str | None, prefs: Preferences) -> str | None:
    """--db, CRDESK_DB_URL or the remembered choice (its password from the keyring); on the very first start,
    the welcome dialog offers a local file or a server. None: the user closed it."""
    from crdesk.workstation import workstation_url
    from crdesk.paths import default_database_url

    url = workstation_url(cli_url, prefs)
    if url is not None:
        return url
    from crdesk.ui.dialogs.connection import ConnectionDialog

    dialog = ConnectionDialog(prefs, default_database_url(), first_run=True)
    return dialog.url if dialog.exec() == QDialog.DialogCode.Accepted else None


def log_opening_failure(url: str, error: BaseException, text: str) -> None:
    """A declined upgrade is the user's choice (a line of information); anything else is an error."""
    from crdesk.ui.schema_question import UpgradeDeclined

    if isinstance(error, UpgradeDeclined):
        logging.getLogger("crdesk").info("database %s left as it is: the user declined the upgrade", url)
    else:
        logging.getLogger("crdesk").error("cannot open database %s: %s", url, text, exc_info=error)


def opening_failure_text(error: BaseException) -> str:
    """Why the database could not be opened, in the user's language where crdesk knows the reason."""
    from crdesk.db.migrations import SchemaTooNew
    from crdesk.messages import describe
    from crdesk.services.errors import ServiceError
    from crdesk.ui.schema_question import too_new_text

    if isinstance(error, SchemaTooNew):
        return too_new_text(error.version, error.latest)
    if isinstance(error, ServiceError):  # a declined upgrade too
        return describe(error, lambda text: QApplication.translate("messages", text))
    return str(error)


def ask_connection(prefs: Preferences, url: str, error: str) -> str | None:
    """The database cannot be opened: say why and let the user fix the connection (or give up: None)."""
    from crdesk.ui.dialogs.connection import ConnectionDialog

    dialog = ConnectionDialog(prefs, url)
    dialog.ui.status_label.setText(QApplication.translate("app", "无法打开数据库：\n{error}").format(error=error))
    dialog.ui.status_label.setStyleSheet("color: #b52b27;")
    return dialog.url if dialog.exec() == QDialog.DialogCode.Accepted else None
