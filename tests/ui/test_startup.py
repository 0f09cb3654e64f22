"""Start-up: the sign-in window shows before the database work, which then runs on the worker; an empty
database turns it into the first-manager window; a database that cannot be opened comes back as the error.
A schema behind this crdesk is created or upgraded only after a yes (a new local file at once); one newer
than this crdesk is refused, and neither writes anything."""
import logging

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from crdesk.db import migrations
from crdesk.db.connection import describe, open_database
from crdesk.db.migrations import SchemaTooNew
from crdesk.db.setup import init_database
from crdesk.ui.app import Session, log_opening_failure, opening_failure_text
from crdesk.ui.dialogs.sign_in import FirstManagerDialog, SignInDialog
from crdesk.ui.schema_question import UpgradeDeclined
from tests.backends import BACKENDS, BackendServer, server_url


def when_modal(session, kind, action, attempts=400):
    """Act on the modal dialog of ``kind`` once it is up and the session has started opening the database
    (Session.sign_in runs its own event loop; a person cannot type before the window has painted)."""
    def poll(remaining=attempts):
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible() and session._opening is not None:
            action(dialog)
        elif remaining:
            QTimer.singleShot(25, lambda: poll(remaining - 1))
    QTimer.singleShot(0, poll)


def fill(dialog, **fields):
    for name, value in fields.items():
        getattr(dialog.ui, f"{name}_edit").setText(value)
    dialog.accept()


@pytest.fixture
def session_for(gui_app, prefs):
    sessions = []

    def make(url):
        session = Session(url, prefs, gui_app)
        sessions.append(session)
        return session
    yield make
    for session in sessions:
        session.stop()


def test_a_new_database_asks_for_the_first_manager_then_signs_them_in(tmp_path, session_for, monkeypatch):
    monkeypatch.setenv("CRDESK_DATA_DIR", str(tmp_path))
    session = session_for(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    when_modal(session, FirstManagerDialog, lambda d: fill(d, username="wang", display_name="王经理",
                                                  password="password 123", confirm="password 123"))
    assert session.sign_in() is True
    assert session.worker.services.actor.role == "manager"


def test_an_existing_database_shows_the_sign_in_window(sqlite_url, add_user, session_for):
    add_user("reception", "li")
    session = session_for(sqlite_url)
    when_modal(session, SignInDialog, lambda d: fill(d, username="li", password="password 123"))
    assert session.sign_in() is True
    assert session.worker.services.actor.username == "li"


def test_a_database_that_cannot_be_opened_comes_back_as_its_error(gui_app, session_for):
    session = session_for("postgresql://nobody@127.0.0.1:9/none?connect_timeout=2")
    outcome = session.sign_in()
    assert isinstance(outcome, BaseException)


# --- the schema of the database the workstation opens at start: asked before it changes, refused when newer
@pytest.fixture(params=list(BACKENDS))
def own_database(request, tmp_path, run_id, monkeypatch):
    """A migrated database of this test's own (its schema is changed), on each backend in turn."""
    monkeypatch.setenv("CRDESK_DATA_DIR", str(tmp_path / "data"))
    backend = request.param
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / 'desk.sqlite3'}"
        return
    admin = server_url(backend)
    if not admin:
        pytest.skip(f"set {BACKENDS[backend]}")
    server = BackendServer(backend, admin, f"crdesk_start_{run_id}")
    server.create()
    yield server.url
    server.drop()


def _versions(url):
    db = open_database(url)
    try:
        return migrations.applied_versions(db)
    finally:
        db.close()


@pytest.fixture
def schema_behind(own_database, monkeypatch):
    """The database lacks the newest migration (whose apply is recorded instead of run)."""
    db, _ = init_database(own_database)
    last = migrations.available()[-1]
    db.execute_sql(f"DELETE FROM schema_version WHERE version = {last.number}")
    db.close()
    applied = []
    monkeypatch.setattr(last.module, "apply", applied.append)
    return own_database, applied


def give_up_after(session, milliseconds):
    QTimer.singleShot(milliseconds, lambda: session._waiting_dialog and session._waiting_dialog.reject())


def answer_schema_question(monkeypatch, answer):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a: asked.append(text) or answer)
    return asked


def test_declining_the_upgrade_at_start_leaves_the_schema_and_offers_another_connection(
        schema_behind, session_for, monkeypatch, caplog):
    url, applied = schema_behind
    before = _versions(url)
    asked = answer_schema_question(monkeypatch, QMessageBox.StandardButton.No)
    session = session_for(url)
    give_up_after(session, 15000)  # had it opened anyway, the sign-in window would wait for a person
    outcome = session.sign_in()
    latest = migrations.latest_version()
    assert isinstance(outcome, UpgradeDeclined)
    assert len(asked) == 1 and describe(url) in asked[0]
    assert f"本程序版本 {latest}" in asked[0] and "需要 1 项结构升级" in asked[0]
    assert ("备份数据库文件" in asked[0]) == url.startswith("sqlite")
    assert applied == [] and _versions(url) == before and latest not in before
    text = opening_failure_text(outcome)
    assert "未做任何修改" in text
    caplog.set_level(logging.INFO, logger="crdesk")
    log_opening_failure(url, outcome, text)
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR]  # the user's choice, not an error
    assert any(r.levelno == logging.INFO and "declined" in r.getMessage() for r in caplog.records)


def test_accepting_the_upgrade_at_start_upgrades_the_schema(schema_behind, session_for, monkeypatch, tmp_path):
    url, applied = schema_behind
    asked = answer_schema_question(monkeypatch, QMessageBox.StandardButton.Yes)
    session = session_for(url)
    session.upgrade_schema()
    assert len(asked) == 1 and len(applied) == 1
    assert migrations.latest_version() in _versions(url)
    assert session.has_users is False and session.worker.services is not None
    backups = list((tmp_path / "data" / "backups").glob("*before-upgrade*"))
    assert len(backups) == (1 if url.startswith("sqlite") else 0)


def test_a_schema_newer_than_this_crdesk_is_refused_without_asking_or_writing(own_database, session_for,
                                                                             monkeypatch):
    db, _ = init_database(own_database)
    newer = migrations.latest_version() + 1
    db.execute_sql(f"INSERT INTO schema_version (version, name, applied_at) VALUES ({newer}, 'future', "
                   "'2030-01-01 00:00:00')")
    db.close()
    before = _versions(own_database)
    asked = answer_schema_question(monkeypatch, QMessageBox.StandardButton.Yes)
    session = session_for(own_database)
    give_up_after(session, 15000)
    outcome = session.sign_in()
    assert isinstance(outcome, SchemaTooNew) and asked == []
    assert _versions(own_database) == before
    assert f"版本 {newer}" in opening_failure_text(outcome) and "请先升级本程序" in opening_failure_text(outcome)


def test_a_new_local_file_is_created_without_asking(tmp_path, session_for, monkeypatch):
    monkeypatch.setenv("CRDESK_DATA_DIR", str(tmp_path))
    asked = answer_schema_question(monkeypatch, QMessageBox.StandardButton.No)
    session = session_for(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    session.upgrade_schema()
    assert asked == [] and session.has_users is False
