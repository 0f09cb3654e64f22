"""GUI fixtures: a signed-in AppContext on a fresh SQLite database, with its own DB worker and preferences."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from crdesk.db.connection import DB
from crdesk.services import Services
from crdesk.services.auth import UserService, actor_of
from crdesk.settings import Preferences
from crdesk.ui.app import ensure_application
from crdesk.ui.context import AppContext
from crdesk.ui.i18n import Translations
from crdesk.ui.tasks import DbWorker

NAMES = {"manager": "王经理", "reception": "李接待", "clerk": "张配送", "driver": "赵司机"}


@pytest.fixture
def prefs(tmp_path):
    return Preferences(QSettings(str(tmp_path / "prefs.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def gui_app(qapp):
    ensure_application()
    translations = Translations()
    translations.install("zh_CN")
    return translations


@pytest.fixture
def system_services(sqlite_url):
    return Services(DB.obj)


@pytest.fixture
def add_user(system_services):
    def add(role: str, username: str | None = None):
        user = UserService(system_services.ctx).add(username or f"{role}1", NAMES[role], role, "password 123")
        return system_services.as_actor(actor_of(user))
    return add


@pytest.fixture
def make_context(gui_app, sqlite_url, prefs, add_user):
    """make_context(role) -> AppContext signed in as a new user of that role (one worker per test)."""
    workers = []

    def make(role: str = "reception", username: str | None = None) -> AppContext:
        worker = DbWorker(add_user(role, username))
        workers.append(worker)
        return AppContext(worker, prefs, gui_app, sqlite_url)

    yield make
    for worker in workers:
        worker.stop()


@pytest.fixture
def reception_app(make_context):
    return make_context("reception")


@pytest.fixture
def manager_app(make_context):
    return make_context("manager")
