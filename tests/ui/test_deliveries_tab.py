import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from crdesk.ui.dialogs.delivery_pod import DeliveryPodDialog
from crdesk.ui.tabs import deliveries as deliveries_tab
from crdesk.ui.tabs.deliveries import DeliveriesTab
from crdesk.ui.widgets.schedule_board import reordered
from tests.pdf import pdftools
from tests.services.test_deliveries_setup import make_world, order, run


@pytest.fixture
def clerk_app(make_context):
    return make_context("clerk")


@pytest.fixture
def printed(monkeypatch):
    """PDFs the tab would show in the print preview."""
    shown = []
    monkeypatch.setattr(deliveries_tab, "show_pdf", lambda parent, pdf, title: shown.append((title, pdf)))
    return shown


def _card(tab, run_id):
    return tab.board_page.board.run_card(run_id)


def _open_pod(qtbot, tab, number):
    tab.ui.pages.setCurrentWidget(tab.ui.slips_page)
    QTest.keyClicks(tab.ui.scan_edit, number.lower())  # a scanner types like a keyboard …
    QTest.keyClick(tab.ui.scan_edit, Qt.Key.Key_Return)  # … and ends with Enter
    qtbot.waitUntil(lambda: tab.findChild(DeliveryPodDialog) is not None and tab.findChild(
        DeliveryPodDialog).isVisible())
    return tab.findChild(DeliveryPodDialog)


def test_schedule_print_sign_through_the_scan_field_and_find_the_slip_locked(qtbot, clerk_app, printed):
    services = clerk_app.worker.services
    world = make_world(services)
    first, second = order(services, world, 10), order(services, world, 20)
    planned = run(services, world)
    tab = DeliveriesTab(clerk_app)
    qtbot.addWidget(tab)
    board = tab.board_page.board
    qtbot.waitUntil(lambda: board.unassigned.count() == 2 and _card(tab, planned.id) is not None)

    board.unassigned.selectAll()
    board.select_run(_card(tab, planned.id))
    qtbot.mouseClick(tab.ui.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: board.unassigned.count() == 0 and len(_card(tab, planned.id).stops) == 2)
    assert [s.order_id for s in _card(tab, planned.id).stops] == [first.id, second.id]

    board.select_run(_card(tab, planned.id))
    qtbot.mouseClick(tab.ui.print_run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(printed) == 1)
    text = pdftools.text(printed[0][1])
    numbers = services.deliveries.slips_of(first.id) + services.deliveries.slips_of(second.id)
    assert pdftools.squeezed(text).count("配送车次出车单") == 1 and all(n in text for n in numbers)

    board.select_run(_card(tab, planned.id))
    qtbot.mouseClick(tab.ui.dispatch_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _card(tab, planned.id).status == "dispatched")

    dialog = _open_pod(qtbot, tab, numbers[0])
    dialog.ui.receiver_edit.setText("王海")
    dialog.ui.lines_table.item(0, 2).setText("9")
    dialog.ui.lines_table.item(0, 3).setText("一箱破损")
    qtbot.mouseClick(dialog.ui.button_box.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_data is not None)
    assert dialog.result_data.status == "signed"
    assert services.deliveries.get(first.id).status == "partial"

    locked = _open_pod(qtbot, tab, numbers[0])
    assert locked is not dialog and locked.ui.locked_label.isVisible()
    assert not locked.ui.button_box.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert not locked.ui.receiver_edit.isEnabled() and locked.ui.receiver_edit.text() == "王海"
    locked.reject()
    qtbot.waitUntil(lambda: tab.ui.unreturned_tree.topLevelItemCount() == 1)
    assert "1" in tab.ui.slip_count_label.text()


def test_dragging_a_stop_within_a_run_asks_for_the_new_order(qtbot, clerk_app):
    services = clerk_app.worker.services
    world = make_world(services)
    orders = [order(services, world, 1) for _ in range(3)]
    planned = run(services, world)
    services.runs.assign(planned.id, planned.version, [o.id for o in orders])
    tab = DeliveriesTab(clerk_app)
    qtbot.addWidget(tab)
    board = tab.board_page.board
    qtbot.waitUntil(lambda: _card(tab, planned.id) is not None)
    stops = board.lists[planned.id]
    stops.item(2).setSelected(True)
    board._dropped(planned.id, planned.id, stops.selected_ids(), 0)  # what dropEvent emits for a drop on top
    qtbot.waitUntil(lambda: [s.order_id for s in _card(tab, planned.id).stops] == [orders[2].id, orders[0].id,
                                                                                   orders[1].id])


def test_reordered_moves_the_dragged_stops_before_the_drop_row():
    assert reordered([1, 2, 3, 4], [4], 0) == [4, 1, 2, 3]
    assert reordered([1, 2, 3, 4], [1], 3) == [2, 3, 1, 4]
    assert reordered([1, 2, 3, 4], [1, 2], 4) == [3, 4, 1, 2]


def test_a_reception_user_sees_the_board_without_planning_buttons(qtbot, make_context):
    tab = DeliveriesTab(make_context("reception"))
    qtbot.addWidget(tab)
    assert tab.ui.new_run_button.isHidden() and tab.ui.new_order_button.isHidden()
    assert tab.ui.pod_button.isHidden()


def test_a_reschedule_someone_else_did_first_is_refused_and_the_list_shows_the_order_as_it_is_now(
        qtbot, clerk_app, add_user, monkeypatch):
    from crdesk.services.errors import InvalidTransition
    from tests.services.test_deliveries_setup import dispatched_run

    services = clerk_app.worker.services
    world = make_world(services)
    _, (out,) = dispatched_run(services, world)
    failed = services.deliveries.mark_failed(out.id, out.version, "店铺关门")
    tab = DeliveriesTab(clerk_app)
    qtbot.addWidget(tab)
    tab.show()
    tab.ui.pages.setCurrentWidget(tab.ui.orders_page)
    qtbot.waitUntil(lambda: tab.orders.find_row(lambda r: r.id == failed.id) >= 0, timeout=5000)
    tab.ui.order_table.selectRow(tab.orders.find_row(lambda r: r.id == failed.id))
    desk2 = add_user("clerk", "desk2")
    desk2.deliveries.reschedule(failed.id, failed.version, world.day + dt.timedelta(days=2))  # desk2 was first
    errors = []
    monkeypatch.setattr(deliveries_tab, "show_error", lambda parent, error: errors.append(error))
    monkeypatch.setattr(deliveries_tab.QInputDialog, "getText",
                        lambda *args, **kwargs: ((world.day + dt.timedelta(days=1)).isoformat(), True))
    tab.reschedule()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert isinstance(errors[0], InvalidTransition)  # desk2 made it pending again: not failed any more

    def shown_as_pending():  # the list reloaded: the order as desk2 left it
        row = tab.orders.find_row(lambda r: r.id == failed.id)
        return row >= 0 and tab.orders.row_at(row).status == "pending"

    qtbot.waitUntil(shown_as_pending, timeout=5000)

    def still_selected():  # reloaded where the clerk had it
        current = tab.ui.order_table.currentIndex()
        return current.isValid() and tab.orders.row_at(current.row()).id == failed.id

    qtbot.waitUntil(still_selected, timeout=5000)
