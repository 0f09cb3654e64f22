"""Fixtures for a migrated database per test and signed-in services for each role."""
from __future__ import annotations

import shutil

import pytest

from crdesk.db import migrations
from crdesk.db.connection import DB, connect
from crdesk.services import Services
from crdesk.services.auth import UserService, actor_of
from tests.backends import BACKENDS, BackendServer, empty_tables, server_url

PASSWORD = "correct horse 9"


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A migrated SQLite file, copied for each test (migrating per test would be slow)."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = connect(f"sqlite:///{path}")
    migrations.upgrade(db)
    db.close()
    return path


def _open_backend(backend, request, tmp_path, servers, run_id, sqlite_template):
    if backend == "sqlite":
        path = tmp_path / "crdesk.sqlite3"
        shutil.copy(sqlite_template, path)
        return f"sqlite:///{path}", connect(f"sqlite:///{path}")
    admin_url = server_url(backend)
    if not admin_url:
        pytest.skip(f"{backend} tests skipped: set {BACKENDS[backend]} to a server URL to run them")
    server = servers.get(backend)
    if server is None:
        server = servers[backend] = BackendServer(backend, admin_url, f"crdesk_test_{run_id}")
        server.create()
    db = connect(server.url)
    if not server.migrated:
        migrations.upgrade(db)
        server.migrated = True
    empty_tables(db, backend)
    return server.url, db


@pytest.fixture(params=list(BACKENDS))
def db_url(request, tmp_path, servers, run_id, sqlite_template):
    """The URL of a fresh, migrated database, on each backend in turn; the models are bound to it."""
    url, db = _open_backend(request.param, request, tmp_path, servers, run_id, sqlite_template)
    yield url
    db.close()


@pytest.fixture
def sqlite_url(request, tmp_path, servers, run_id, sqlite_template):
    """A fresh, migrated SQLite database only (for tests that are not about the data layer)."""
    url, db = _open_backend("sqlite", request, tmp_path, servers, run_id, sqlite_template)
    yield url
    db.close()


@pytest.fixture
def db(db_url):
    return DB.obj


def _services_for(role: str, username: str | None = None) -> Services:
    system = Services(DB.obj)
    name = username or f"{role}1"
    user = UserService(system.ctx).add(name, {"manager": "王经理", "reception": "李接待", "clerk": "张配送",
                                               "driver": "赵司机"}[role] + name[-1], role, PASSWORD)
    return system.as_actor(actor_of(user))


@pytest.fixture
def make_services(db):
    """make_services(role, username=None) -> Services signed in as a new user of that role."""
    return _services_for


@pytest.fixture
def manager(make_services):
    return make_services("manager")


@pytest.fixture
def reception(make_services):
    return make_services("reception")
