"""The closed loop shared by complaints and returns: guarded transitions, the timeline, the callback
(回访) and the archive rule.

Every transition goes through ``transition``: the caller's version is checked first (someone else's save
wins → ConflictError), then the current status, then ``records.update`` writes the change and its audit
row and a timeline line is appended — all in the caller's transaction.

The callback rule, the same for both: a callback needs who, when, an outcome and a satisfaction score
1–5. It is *unsatisfied* when the outcome is "unsatisfied" or the score is at or below the business setting
``callback_unsatisfied_max`` (default 2, i.e. 1 or 2 stars); an unsatisfied callback reopens the case.
Archiving needs a callback first; only a user with COMPLAINTS_ARCHIVE_WITHOUT_CALLBACK (the manager) may
archive without one, and only with a reason, which the audit row keeps.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from crdesk.db.models.complaints import CALLBACK_OUTCOMES, CaseEvent
from crdesk.services import business_settings, records
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.errors import InvalidTransition, ValidationError

business_settings.DEFAULTS.update({"callback_unsatisfied_max": 2, "callback_due_days": 3})

OUTCOME_LABELS = {"satisfied": "满意", "unsatisfied": "不满意"}
ACTION_LABELS = {
    "register": "受理", "edit": "修改受理信息", "assign": "指派", "start": "开始处理", "note": "备注",
    "resolve": "处理完毕", "callback": "回访", "reopen": "回访不满意，重新处理", "archive": "归档",
    "archive_without_callback": "未回访归档", "request": "申请", "approve": "批准", "reject": "驳回",
    "receive": "收货", "complete": "完成处理",
}


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    username: str
    display_name: str
    action: str
    from_status: str
    to_status: str
    note: str


@dataclass
class CallbackData:
    outcome: str
    satisfaction: int | None
    by: str = ""  # who called; defaults to the signed-in user's name
    at: dt.datetime | None = None  # defaults to now
    note: str = ""


def add_event(ctx: Context, kind: str, case_id: int, action: str, from_status: str = "",
              to_status: str = "", note: str = "") -> None:
    CaseEvent.create(case_kind=kind, case_id=case_id, at=ctx.now(), username=ctx.actor.username,
                     display_name=ctx.actor.display_name, action=action, from_status=from_status,
                     to_status=to_status, note=note)


def timeline(kind: str, case_id: int) -> list[TimelineEntry]:
    query = (CaseEvent.select().where((CaseEvent.case_kind == kind) & (CaseEvent.case_id == case_id))
             .order_by(CaseEvent.id))
    return [TimelineEntry(e.at, e.username, e.display_name, e.action, e.from_status, e.to_status, e.note)
            for e in query]


def refuse(status: str, action: str, labels: dict[str, str]) -> InvalidTransition:
    """"当前状态为「已归档」，不能修改" — the refusal of a step the current status does not allow."""
    return InvalidTransition("wrong_status", status=labels.get(status, status), action=action)


def check_note(field: str, text: str, required: bool = False) -> None:
    errors: v.Errors = []
    if required:
        v.required(errors, field, text, v.NOTE_MAX)
    else:
        v.length(errors, field, text, v.NOTE_MAX)
    if errors:
        raise ValidationError.of(errors)


def check_version(model, case_id: int, version: int):
    """The current row, or ConflictError when someone else saved since ``version`` was read."""
    current = records.get(model, case_id)
    if current.version != version:
        raise records.conflict_for(model, case_id, version)
    return current


def transition(ctx: Context, model, kind: str, case_id: int, version: int, allowed_from: tuple[str, ...],
               to_status: str | None, changes: dict[str, Any], action: str, action_label: str,
               labels: dict[str, str], note: str = "", reason: str = ""):
    """Move a case from one of ``allowed_from`` to ``to_status`` (None: stay) with ``changes``.

    Returns the updated row; the timeline gets a line with the actor, the time and ``note``."""
    current = check_version(model, case_id, version)
    if current.status not in allowed_from:
        raise refuse(current.status, action_label, labels)
    target = to_status or current.status
    row = records.update(ctx, model, case_id, version, dict(changes, status=target), action=action,
                         reason=reason)
    add_event(ctx, kind, case_id, action, current.status, target, note)
    return row


def validate_callback(ctx: Context, data: CallbackData, not_before: dt.datetime | None) -> CallbackData:
    """Fill the defaults and check the callback; returns the completed data."""
    data = CallbackData(data.outcome, data.satisfaction, (data.by or "").strip() or ctx.actor.display_name,
                        data.at or ctx.now(), data.note or "")
    errors: v.Errors = []
    v.choice(errors, "outcome", data.outcome, CALLBACK_OUTCOMES)
    if data.satisfaction is None:
        errors.append(("satisfaction", "required", {}))
    v.satisfaction(errors, "satisfaction", data.satisfaction)
    v.length(errors, "by", data.by, v.SHORT_MAX)
    v.length(errors, "note", data.note, v.NOTE_MAX)
    if data.at > ctx.now():
        errors.append(("at", "in_future", {}))
    elif not_before and data.at < not_before.replace(second=0):  # forms give minutes
        errors.append(("at", "before_resolution", {}))
    if errors:
        raise ValidationError.of(errors)
    if not_before and data.at < not_before:
        data.at = not_before  # the same minute as the resolution: not before it
    return data


def is_unsatisfied(ctx: Context, data: CallbackData) -> bool:
    limit = business_settings.BusinessSettings(ctx).get("callback_unsatisfied_max")
    return data.outcome == "unsatisfied" or (data.satisfaction or 0) <= limit


def callback_changes(data: CallbackData) -> dict[str, Any]:
    return dict(callback_by=data.by, callback_at=data.at, callback_outcome=data.outcome,
                satisfaction=data.satisfaction, callback_note=data.note)


def callback_note(data: CallbackData) -> str:
    text = f"{OUTCOME_LABELS.get(data.outcome, data.outcome)}，满意度 {data.satisfaction}（{data.by}）"
    return f"{text}：{data.note}" if data.note.strip() else text


def archive_rule(ctx: Context, status: str, done_status: str, reason: str) -> bool:
    """True when this archive skips the callback (allowed to the manager, with a reason)."""
    if status == done_status:
        return False
    if not ctx.actor.can(P.COMPLAINTS_ARCHIVE_WITHOUT_CALLBACK):
        raise InvalidTransition("callback_required")
    if not reason.strip():
        raise ValidationError("reason", "required")
    return True


def callback_due(ctx: Context, start: dt.datetime) -> dt.datetime:
    days = business_settings.BusinessSettings(ctx).get("callback_due_days")
    return start + dt.timedelta(days=days)
