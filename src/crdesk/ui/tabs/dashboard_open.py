"""Opening a dashboard item's record: switch to the tab that owns it and ask the tab to open it.

A tab with ``open_record(kind, id)`` gets the call (planning opens a plan, fleet a vehicle or a driver).
Otherwise the area's own public form opener is used — complaint, return, visit follow-up, run, proof of
delivery — and for anything else the owning tab is only selected.
"""
from __future__ import annotations

from crdesk.services.dashboard_items import DashboardItem

OWNERS = {"complaint": "complaints", "incident": "complaints", "return_order": "returns", "visit": "visits",
          "production_plan": "planning", "purchase_plan": "planning", "delivery_run": "deliveries",
          "delivery_slip": "deliveries", "vehicle": "fleet", "driver": "fleet"}
RECORD_KINDS = {"vehicle": "vehicles", "driver": "drivers"}  # the fleet tab names its pages


def _complaint(app, parent, item):
    from crdesk.ui.dialogs.complaint_dialog import open_complaint_dialog
    open_complaint_dialog(app, parent, complaint_id=item.record_id)


def _return(app, parent, item):
    from crdesk.ui.dialogs.return_dialog import open_return_dialog
    open_return_dialog(app, parent, return_id=item.record_id)


def _visit(app, parent, item):
    from crdesk.ui.dialogs.visit_dialog import open_visit_dialog
    if item.action == "follow_up" and item.client_id is not None:  # the call that answers the due follow-up
        open_visit_dialog(app, parent, item.client_id, item.client_name, closes_follow_up_of=item.record_id)
    else:
        open_visit_dialog(app, parent, visit_id=item.record_id)


def _run(app, parent, item):
    from crdesk.ui.dialogs.delivery_run import open_run_dialog
    open_run_dialog(app, parent, item.record_id, item.due)


def _slip(app, parent, item):
    from crdesk.ui.dialogs.delivery_pod import open_pod_dialog
    open_pod_dialog(app, parent, lambda services: services.slips.get(item.record_id))


OPENERS = {"complaint": _complaint, "return_order": _return, "visit": _visit, "delivery_run": _run,
           "delivery_slip": _slip}


def tab_of(window, key: str):
    tabs = getattr(window, "tabs", None)
    if tabs is None:
        return None
    for index in range(tabs.count()):
        if tabs.widget(index).objectName() == f"tab_{key}":
            return tabs.widget(index)
    return None


def open_item(app, window, item: DashboardItem) -> str:
    """Open ``item``; returns how: "record" (the tab opened it), "form", "tab" or "" (no tab for it)."""
    key = OWNERS.get(item.kind)
    tab = tab_of(window, key) if key else None
    if tab is None:
        return ""
    window.select_tab(key)
    if hasattr(tab, "open_record"):
        tab.open_record(RECORD_KINDS.get(item.kind, item.kind), item.record_id)
        return "record"
    if item.kind in OPENERS:
        OPENERS[item.kind](app, tab, item)
        return "form"
    return "tab"
