"""The steps of a complaint's closed loop as forms: start, assign, resolve, callback, archive, note, and the
manager's acknowledgement of an incident. Each opens a form for its required fields and calls the service
on the DB worker; ``on_done`` receives the updated record."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from crdesk.services import permissions as P
from crdesk.services.complaints import ComplaintData
from crdesk.ui.dialogs.complaint_steps import CallbackDialog, StepDialog, StepSpec, open_step
from crdesk.ui.errors import show_error

Done = Callable[[Any], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("complaints", text)


def _with_staff(app, parent, then: Callable[[list[tuple[str, str]]], None]) -> None:
    from crdesk.services.staff import staff_with

    app.worker.submit(lambda s: [(m.display_name, m.username) for m in staff_with(P.COMPLAINTS_EDIT)], then,
                      lambda e: show_error(parent, e), owner=parent)


def _step(app, parent, c: ComplaintData, spec: StepSpec, submit, on_done: Done) -> StepDialog:
    dialog = StepDialog(app, spec, c.version, submit, parent)
    open_step(dialog, on_done)
    parent.opened_dialog = dialog
    return dialog


def start(app, parent, c: ComplaintData, on_done: Done) -> None:
    def show(staff):
        spec = StepSpec(_tr("开始处理 {number}").format(number=c.number),
                        {"choice": _tr("处理人 *"), "note": _tr("说明")}, {"assignee": "choice", "note": "note"},
                        _tr("开始处理后，按处理期限 {due} 前处理完毕。").format(due=f"{c.resolution_due:%Y-%m-%d %H:%M}"),
                        staff, {"choice": c.assignee or app.actor.username})
        _step(app, parent, c, spec, lambda s, v, x: s.complaints.start(c.id, v, x["choice"], x["note"]), on_done)

    _with_staff(app, parent, show)


def assign(app, parent, c: ComplaintData, on_done: Done) -> None:
    def show(staff):
        spec = StepSpec(_tr("指派 {number}").format(number=c.number),
                        {"choice": _tr("处理人 *"), "note": _tr("说明")}, {"assignee": "choice", "note": "note"},
                        choices=staff, preset={"choice": c.assignee})
        _step(app, parent, c, spec, lambda s, v, x: s.complaints.assign(c.id, v, x["choice"] or "", x["note"]),
              on_done)

    _with_staff(app, parent, show)


def resolve(app, parent, c: ComplaintData, on_done: Done) -> StepDialog:
    spec = StepSpec(_tr("处理完毕 {number}").format(number=c.number),
                    {"first": _tr("处理结果 *"), "second": _tr("原因分析 *"), "note": _tr("说明")},
                    {"resolution": "first", "root_cause": "second", "note": "note"},
                    _tr("填写处理结果和原因分析；保存后进入待回访。"),
                    preset={"first": c.resolution, "second": c.root_cause})
    return _step(app, parent, c, spec,
                 lambda s, v, x: s.complaints.resolve(c.id, v, x["first"], x["second"], x["note"]), on_done)


def callback(app, parent, c: ComplaintData, on_done: Done) -> CallbackDialog:
    label = _tr("投诉 {number}　{party}\n处理结果：{resolution}").format(number=c.number, party=c.party,
                                                                   resolution=c.resolution)
    dialog = CallbackDialog(app, label, c.version, lambda s, v, data: s.complaints.callback(c.id, v, data),
                            parent)
    open_step(dialog, on_done)
    parent.opened_dialog = dialog
    return dialog


def archive(app, parent, c: ComplaintData, on_done: Done) -> StepDialog:
    if c.status == "followed_up":
        spec = StepSpec(_tr("归档 {number}").format(number=c.number), {"note": _tr("归档说明")}, {"reason": "note"},
                        _tr("归档后投诉单只读。"))
    else:
        spec = StepSpec(_tr("未回访归档 {number}").format(number=c.number), {"note": _tr("未回访归档原因 *")},
                        {"reason": "note"},
                        _tr("该投诉尚未回访。只有部门经理可以不经回访直接归档，须填写原因，并记入审计日志。"))
    return _step(app, parent, c, spec, lambda s, v, x: s.complaints.archive(c.id, v, x["note"]), on_done)


def note(app, parent, c: ComplaintData, on_done: Done) -> StepDialog:
    spec = StepSpec(_tr("添加备注 {number}").format(number=c.number), {"note": _tr("备注 *")}, {"note": "note"},
                    _tr("备注记入处理过程，不改变状态（如：客户电话未接通）。"))
    return _step(app, parent, c, spec, lambda s, _v, x: s.complaints.add_note(c.id, x["note"]), on_done)


def acknowledge(app, parent, incident, on_done: Done) -> StepDialog:
    spec = StepSpec(_tr("确认重大事件 {number}").format(number=incident.number), {"note": _tr("处理意见")},
                    {"note": "note"}, f"{incident.summary}\n" + _tr("涉及投诉：{numbers}").format(
                        numbers="、".join(incident.complaint_numbers)))
    dialog = StepDialog(app, spec, incident.version,
                        lambda s, v, x: s.incidents.acknowledge(incident.id, v, x["note"]), parent)
    open_step(dialog, on_done)
    parent.opened_dialog = dialog
    return dialog
