"""Live refresh reloads a tab only for the tables it shows: another workstation's change to an unrelated table
(a sign-in writes to ``user``) leaves the tab alone; a change to its own table reloads it."""
import importlib
import pkgutil

import peewee
import pytest

import crdesk.db.models
from crdesk.services import auth
from crdesk.services.visitors import VisitorData
from crdesk.ui.live_refresh import LiveRefresh
from crdesk.ui.tabs import TABS
from crdesk.ui.tabs.reception import ReceptionTab


def _table_names() -> set[str]:
    names = set()
    for info in pkgutil.iter_modules(crdesk.db.models.__path__):
        module = importlib.import_module(f"crdesk.db.models.{info.name}")
        names |= {value._meta.table_name for value in vars(module).values()
                  if isinstance(value, type) and issubclass(value, peewee.Model) and value is not peewee.Model}
    return names


def _tab_class(spec):
    module, name = spec.factory.split(":")
    return getattr(importlib.import_module(module), name)


@pytest.mark.parametrize("spec", TABS, ids=[spec.key for spec in TABS])
def test_every_tab_declares_which_tables_it_watches_and_they_exist(spec):
    watched = _tab_class(spec).watched_tables
    assert watched, f"{spec.key} reloads on any change: declare watched_tables"
    assert watched <= _table_names() - {"user", "audit_log"}


def test_a_change_to_an_unrelated_table_does_not_reload_the_tab_and_one_to_its_table_does(
        qtbot, reception_app, add_user):
    desk2 = add_user("reception", "desk2")
    tab = ReceptionTab(reception_app)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: reception_app.worker.idle, timeout=10000)
    reloads, heard = [], []
    tab.refresh = lambda: reloads.append(True) or ReceptionTab.refresh(tab)
    live = LiveRefresh(reception_app.worker, seconds=0.1, parent=tab)
    live.tables_changed.connect(heard.append)
    live.tables_changed.connect(tab.data_changed)
    live.start()
    qtbot.waitUntil(lambda: reception_app.worker.idle, timeout=5000)

    auth.sign_in(desk2.ctx, "desk2", "password 123")  # another workstation signs in: an audit row on "user"
    qtbot.waitUntil(lambda: {"user"} in heard, timeout=10000)
    assert reloads == [] and tab.today_model.rowCount() == 0

    desk2.visitors.check_in(VisitorData(name="来访的刘先生", purpose="洽谈"))
    qtbot.waitUntil(lambda: tab.today_model.rowCount() == 1, timeout=10000)
    assert reloads and any("visitor" in tables for tables in heard)
    live.timer.stop()


def test_business_settings_and_a_restore_concern_every_tab_a_sign_in_none():
    from crdesk.ui.live_refresh import concerns

    visits = frozenset({"visit", "client"})
    assert concerns(visits, {"setting"}) and concerns(visits, {"database"}) and concerns(visits, {"visit"})
    assert not concerns(visits, {"user"}) and not concerns(visits, {"complaint"})
