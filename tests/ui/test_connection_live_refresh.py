"""Live refresh: another workstation's save shows up in an open list within seconds, without the user doing
anything and without losing the selected row or the scroll position; a hidden tab catches up when shown."""
from crdesk.db.models.clients import Client
from crdesk.services.clients import ClientData
from crdesk.ui.live_refresh import LiveRefresh
from crdesk.ui.tabs.clients import ClientsTab


def _seed(services, count):
    for number in range(count):
        services.clients.save(ClientData(name=f"客户{number:03d}"))


def test_another_desks_save_appears_and_the_view_stays_put(qtbot, reception_app, add_user):
    desk2 = add_user("clerk", "desk2")
    _seed(desk2, 260)  # more than one page
    tab = ClientsTab(reception_app)
    qtbot.addWidget(tab)
    tab.resize(900, 500)
    tab.show()
    view, model = tab.ui.client_table, tab.model
    qtbot.waitUntil(lambda: model.rowCount() >= 200, timeout=10000)
    while model.rowCount() < 260:
        model.fetchMore()
        qtbot.waitUntil(lambda: not model.loading, timeout=10000)
    view.selectRow(240)
    view.scrollTo(model.index(240, 0))
    scroll, selected = view.verticalScrollBar().value(), model.row_at(240).id
    assert scroll > 100

    live = LiveRefresh(reception_app.worker, seconds=0.2, parent=tab)
    live.tables_changed.connect(tab.data_changed)
    live.start()
    qtbot.waitUntil(lambda: reception_app.worker.idle, timeout=5000)
    first = desk2.clients.get(Client.get(Client.name == "客户005").id)
    first.name = "客户005（已改名）"
    desk2.clients.save(first)
    qtbot.waitUntil(lambda: model.rowCount() >= 260 and model.row_at(5).name == "客户005（已改名）", timeout=10000)
    qtbot.waitUntil(lambda: view.currentIndex().row() == 240, timeout=5000)
    assert model.row_at(view.currentIndex().row()).id == selected
    assert view.verticalScrollBar().value() == scroll
    live.timer.stop()


def test_a_hidden_tab_reloads_when_it_is_shown_again(qtbot, reception_app, add_user):
    desk2 = add_user("clerk", "desk2")
    _seed(desk2, 3)
    tab = ClientsTab(reception_app)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3, timeout=10000)
    tab.hide()
    desk2.clients.save(ClientData(name="新来的客户"))
    tab.data_changed({"client"})
    tab.data_changed({"vehicle"})
    assert tab.model.rowCount() == 3
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4, timeout=10000)
