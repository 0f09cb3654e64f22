"""Start-up: the sign-in window shows before the database work, which then runs on the worker; an empty
database turns it into the first-manager window; a database that cannot be opened comes back as the error."""
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from crdesk.ui.app import Session
from crdesk.ui.dialogs.sign_in import FirstManagerDialog, SignInDialog


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
