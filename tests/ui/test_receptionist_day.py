"""A receptionist's day through the real GUI, as issue 2 describes it: sign in, create a client with two
contacts, find it by two Chinese characters, log a follow-up call with a next date, see it due, print the visit
record, check a visitor in and out, and export the client list to .xlsx."""
import datetime as dt
import io

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableWidgetItem
from pypdf import PdfReader

from crdesk.services import Services
from crdesk.services.auth import UserService
from crdesk.db.connection import DB
from crdesk.ui.context import AppContext
from crdesk.ui.dialogs.client_dialog import ClientDialog
from crdesk.ui.dialogs.sign_in import SignInDialog
from crdesk.ui.dialogs.visit_dialog import VisitDialog
from crdesk.ui.dialogs.visitor_dialog import CheckOutDialog, VisitorDialog
from crdesk.ui.main_window import MainWindow
from crdesk.ui.print_preview import PrintPreview
from crdesk.ui.tasks import DbWorker
from tests.ui.typing import type_text

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


@pytest.fixture
def worker(sqlite_url):
    system = Services(DB.obj)
    UserService(system.ctx).add("li", "李接待", "reception", "password 123")
    worker = DbWorker(system)
    yield worker
    worker.stop()


def sign_in(qtbot, worker):
    dialog = SignInDialog(worker)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.username_edit, "li")
    qtbot.keyClicks(dialog.ui.password_edit, "password 123")
    qtbot.keyClick(dialog.ui.password_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.user is not None)
    dialog.close()
    from crdesk.services.auth import actor_of
    worker.services = worker.services.as_actor(actor_of(dialog.user))
    return dialog.user


def shortcut(qtbot, window, keys: str) -> None:
    """Press a key sequence where the user's focus is, as a keyboard user would."""
    from PySide6.QtGui import QKeySequence

    combination = QKeySequence(keys)[0]
    window.activateWindow()  # the main window is active again once a form has closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    focus = window.focusWidget()
    target = focus if focus is not None and focus.isVisible() else window
    qtbot.keyClick(target, combination.key(), combination.keyboardModifiers())


def set_cell(table, row, column, text):
    table.setItem(row, column, QTableWidgetItem(text))


def test_a_receptionists_day(qtbot, worker, prefs, gui_app, sqlite_url, tmp_path, monkeypatch):
    user = sign_in(qtbot, worker)
    assert user.role == "reception"
    window = MainWindow(AppContext(worker, prefs, gui_app, sqlite_url))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    assert "管理(&M)" not in [a.text() for a in window.menuBar().actions()]  # no users/audit for reception

    # create a client with two contacts (Ctrl+N on the clients tab)
    window.select_tab("clients")
    clients = window.current_tab()
    shortcut(qtbot, window, "Ctrl+N")
    dialog = clients.findChild(ClientDialog)
    type_text(dialog.ui.name_edit, "上海华联超市")
    qtbot.keyClicks(dialog.ui.phone_edit, "021-62345678")
    for row, (name, phone) in enumerate((("王海", "13812345678"), ("李娜", "13987654321"))):
        qtbot.mouseClick(dialog.ui.add_contact_button, Qt.MouseButton.LeftButton)
        set_cell(dialog.ui.contacts_table, row, 0, name)
        set_cell(dialog.ui.contacts_table, row, 2, phone)
    qtbot.mouseClick(dialog.ui.button_box.button(dialog.ui.button_box.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result_data is not None)
    client = dialog.result_data
    assert client.code == "KH000001" and [c.name for c in client.contacts] == ["王海", "李娜"]

    # find it by typing two Chinese characters
    worker.services.clients.save(type(client)(name="北京物美"))
    shortcut(qtbot, window, "Ctrl+F")
    type_text(clients.ui.search_edit, "华联")
    qtbot.waitUntil(lambda: clients.model.rowCount() == 1 and not clients.model.loading)
    assert clients.model.row_at(0).name == "上海华联超市"

    # log a follow-up call with a next date from the client's row
    clients.ui.client_table.selectRow(0)
    qtbot.mouseClick(clients.ui.visit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: clients.findChild(VisitDialog) is not None)
    visit_form = clients.findChild(VisitDialog)
    visit_form.ui.kind_combo.setCurrentIndex(visit_form.ui.kind_combo.findData("call"))
    type_text(visit_form.ui.purpose_edit, "季度回访")
    visit_form.ui.next_follow_up_check.setChecked(True)
    visit_form.ui.next_follow_up_edit.setDate(QDate.currentDate())
    visit_form.accept()
    qtbot.waitUntil(lambda: visit_form.result_data is not None)
    visit = visit_form.result_data
    assert visit.client_id == client.id and visit.next_follow_up == dt.date.today()

    # it is in the due list; print its visit record
    window.select_tab("visits")
    visits = window.current_tab()
    visits.refresh()
    qtbot.waitUntil(lambda: visits.due_model.rowCount() == 1 and not visits.due_model.loading)
    assert visits.due_model.row_at(0).number == visit.number
    visits.ui.due_table.selectRow(0)
    visits.ui.due_table.setFocus()
    shortcut(qtbot, window, "Ctrl+P")
    qtbot.waitUntil(lambda: visits.findChild(PrintPreview) is not None, timeout=15000)
    preview = visits.findChild(PrintPreview)
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(preview.pdf)).pages)
    assert visit.number in text and "上海华联超市" in text and "回访记录单" in text
    preview.close()

    # check a visitor in and out
    window.select_tab("reception")
    reception = window.current_tab()
    qtbot.mouseClick(reception.ui.check_in_button, Qt.MouseButton.LeftButton)
    visitor_form = reception.findChild(VisitorDialog)
    type_text(visitor_form.ui.name_edit, "张伟")
    type_text(visitor_form.ui.purpose_edit, "送样品")
    visitor_form.accept()
    qtbot.waitUntil(lambda: reception.today_model.rowCount() == 1)
    reception.ui.today_table.selectRow(0)
    qtbot.mouseClick(reception.ui.check_out_button, Qt.MouseButton.LeftButton)
    reception.findChild(CheckOutDialog).accept()
    qtbot.waitUntil(lambda: reception.today_model.rowCount() == 1
                    and reception.today_model.row_at(0).checked_out_at is not None)

    # export the client list to .xlsx
    window.select_tab("clients")
    clients.ui.search_edit.clear()
    target = tmp_path / "客户.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    shortcut(qtbot, window, "Ctrl+E")
    qtbot.waitUntil(lambda: target.exists() and worker.idle, timeout=10000)
    sheet = load_workbook(target).active
    names = [row[1].value for row in sheet.iter_rows(min_row=2)]
    assert sheet["A1"].value == "客户编号" and sorted(names) == ["上海华联超市", "北京物美"]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
