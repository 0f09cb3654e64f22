"""The steps of a return as forms: approve, reject, receive, complete, callback and archive. Each calls the
return service on the DB worker; ``on_done`` receives the updated return."""
from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication

from crdesk.db.models.complaints import DISPOSITION_LABELS
from crdesk.services.returns import ReturnData
from crdesk.ui.dialogs.complaint_labels import disposition
from crdesk.ui.dialogs.complaint_steps import CallbackDialog, StepDialog, StepSpec, open_step
from crdesk.ui.dialogs.return_receive import ReceiveDialog

Done = Callable[[Any], None]


def _tr(text: str) -> str:
    return QCoreApplication.translate("returns", text)


def _step(app, parent, r: ReturnData, spec: StepSpec, submit, on_done: Done) -> StepDialog:
    dialog = StepDialog(app, spec, r.version, submit, parent)
    open_step(dialog, on_done)
    parent.opened_dialog = dialog
    return dialog


def _summary(r: ReturnData) -> str:
    return _tr("{client}：合计 {quantity} 件，{amount} 元").format(
        client=r.client_name, quantity=f"{r.total_quantity.normalize():f}", amount=f"{r.total_amount:,.2f}")


def approve(app, parent, r: ReturnData, on_done: Done) -> StepDialog:
    spec = StepSpec(_tr("批准 {number}").format(number=r.number), {"note": _tr("审批意见")}, {"note": "note"},
                    _summary(r))
    return _step(app, parent, r, spec, lambda s, v, x: s.returns.approve(r.id, v, x["note"]), on_done)


def reject(app, parent, r: ReturnData, on_done: Done) -> StepDialog:
    spec = StepSpec(_tr("驳回 {number}").format(number=r.number), {"note": _tr("驳回原因 *")}, {"reason": "note"},
                    _summary(r))
    return _step(app, parent, r, spec, lambda s, v, x: s.returns.reject(r.id, v, x["note"]), on_done)


def receive(app, parent, r: ReturnData, on_done: Done) -> ReceiveDialog:
    dialog = ReceiveDialog(app, r, parent)
    open_step(dialog, on_done)
    parent.opened_dialog = dialog
    return dialog


def complete(app, parent, r: ReturnData, on_done: Done) -> StepDialog:
    default = "replacement" if r.kind == "exchange" else "restock"
    spec = StepSpec(_tr("完成处理 {number}").format(number=r.number),
                    {"choice": _tr("处理方式 *"), "note": _tr("处理说明")}, {"disposition": "choice", "note": "note"},
                    _tr("保存后进入待回访。"), [(disposition(code), code) for code in DISPOSITION_LABELS],
                    {"choice": default})
    return _step(app, parent, r, spec, lambda s, v, x: s.returns.complete(r.id, v, x["choice"], x["note"]), on_done)


def callback(app, parent, r: ReturnData, on_done: Done) -> CallbackDialog:
    label = _tr("退换货单 {number}　{client}").format(number=r.number, client=r.client_name)
    dialog = CallbackDialog(app, label, r.version, lambda s, v, data: s.returns.callback(r.id, v, data),
                            parent)
    open_step(dialog, on_done)
    parent.opened_dialog = dialog
    return dialog


def archive(app, parent, r: ReturnData, on_done: Done) -> StepDialog:
    if r.status == "followed_up":
        spec = StepSpec(_tr("归档 {number}").format(number=r.number), {"note": _tr("归档说明")}, {"reason": "note"})
    else:
        spec = StepSpec(_tr("未回访归档 {number}").format(number=r.number), {"note": _tr("未回访归档原因 *")},
                        {"reason": "note"},
                        _tr("该退换货单尚未回访。只有部门经理可以不经回访直接归档，须填写原因，并记入审计日志。"))
    return _step(app, parent, r, spec, lambda s, v, x: s.returns.archive(r.id, v, x["note"]), on_done)
