"""The conflict dialog in a real form: who saved and when, mine against theirs field by field, and each way out
(reload, re-apply my changes on top, keep editing, overwrite with the permission — audited)."""
import json

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from crdesk.db.models.clients import Client
from crdesk.db.models.core import AuditLog
from crdesk.services import records
from crdesk.services.clients import ClientData
from crdesk.services.errors import PermissionDenied
from crdesk.ui.dialogs.client_dialog import ClientDialog
from crdesk.ui.dialogs.conflict import ConflictDialog, reapply
from tests.ui.typing import type_text


def _answer_conflict(seen: dict, button: str) -> None:
    """When the conflict dialog comes up (modal, in its own event loop), note what it shows and press a button."""
    def handle():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConflictDialog):
            QTimer.singleShot(20, handle)
            return
        table = dialog.differences
        seen["rows"] = {table.item(r, 0).text(): (table.item(r, 1).text(), table.item(r, 2).text())
                        for r in range(table.rowCount())}
        seen["summary"] = dialog.summary.text()
        seen["overwrite_visible"] = dialog.overwrite_button.isVisible()
        getattr(dialog, button).click()
    QTimer.singleShot(0, handle)


@pytest.fixture
def clash(qtbot, make_context, add_user):
    """A form open on a client (as ``role``) while desk2 saves a new phone number for the same client."""
    def open_form(role):
        app = make_context(role)
        services = app.worker.services
        saved = services.clients.save(ClientData(name="上海华联超市", phone="021-62345678", region="华东"))
        dialog = ClientDialog(app, services.clients.get(saved.id))
        qtbot.addWidget(dialog)
        dialog.show()
        desk2 = add_user("clerk", "desk2")
        theirs = desk2.clients.get(saved.id)
        theirs.phone = "13912345678"
        desk2.clients.save(theirs)
        dialog.ui.name_edit.clear()
        type_text(dialog.ui.name_edit, "上海华联超市总店")
        dialog.mark_dirty()
        return app, dialog, saved.id
    return open_form


def test_reapply_keeps_their_phone_and_my_name(qtbot, clash):
    app, dialog, client_id = clash("reception")
    seen = {}
    _answer_conflict(seen, "reapply_button")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.ui.phone_edit.text() == "13912345678", timeout=5000)
    assert seen["rows"] == {"客户名称": ("上海华联超市总店", "上海华联超市"), "电话": ("021-62345678", "13912345678")}
    assert "desk2" in seen["summary"] and not seen["overwrite_visible"]
    assert dialog.ui.name_edit.text() == "上海华联超市总店" and dialog.is_dirty()
    assert "desk2" in dialog.ui.error_label.text()
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=5000)
    stored = app.worker.run_sync(lambda s: s.clients.get(client_id))
    assert (stored.name, stored.phone, stored.version) == ("上海华联超市总店", "13912345678", 3)


def test_overwrite_with_the_permission_is_saved_and_audited(qtbot, clash):
    app, dialog, client_id = clash("manager")
    seen = {}
    _answer_conflict(seen, "overwrite_button")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_data is not None, timeout=5000)
    assert seen["overwrite_visible"]
    stored = app.worker.run_sync(lambda s: s.clients.get(client_id))
    assert (stored.name, stored.phone) == ("上海华联超市总店", "021-62345678")
    entry = AuditLog.select().where(AuditLog.action == "overwrite").get()
    assert entry.username == "manager1" and "desk2" in entry.reason
    assert json.loads(entry.changes)["phone"] == ["13912345678", "021-62345678"]


def test_reload_shows_theirs_and_keep_editing_keeps_mine(qtbot, clash):
    app, dialog, _ = clash("reception")
    _answer_conflict({}, "keep_button")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.ui.error_label.isVisible(), timeout=5000)
    assert dialog.ui.name_edit.text() == "上海华联超市总店" and dialog.result_data is None
    _answer_conflict({}, "reload_button")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.ui.phone_edit.text() == "13912345678", timeout=5000)
    assert dialog.ui.name_edit.text() == "上海华联超市" and not dialog.is_dirty()
    dialog.close()


def test_the_service_refuses_an_overwrite_without_the_permission(clash, qtbot):
    app, dialog, client_id = clash("reception")
    services = app.worker.services
    info = records.conflict_for(Client, client_id, 1).info
    with pytest.raises(PermissionDenied):
        with records.overwriting(services.ctx, info):
            pass
    dialog.close()


def test_reapply_merges_field_by_field():
    base = ClientData(name="甲", phone="1", region="华东", id=1, version=1)
    mine = ClientData(name="甲店", phone="1", region="华南", id=1, version=1)
    theirs = ClientData(name="甲", phone="2", region="华北", id=1, version=2, updated_by="desk2")
    merged, both = reapply(base, mine, theirs)
    assert (merged.name, merged.phone, merged.region, merged.version, merged.updated_by) == (
        "甲店", "2", "华南", 2, "desk2")
    assert both == ["region"]
