"""Complaints (投诉单): intake and the enforced closed loop
已受理 registered → 处理中 in_progress → 已处理 resolved → 已回访 followed_up → 已归档 archived.

Each step has its required fields (start: an assignee; resolve: resolution and root cause; callback: who,
when, outcome, satisfaction); an unsatisfied callback reopens the complaint to 处理中 (see
``casework`` for the rule). Archived complaints are read-only. Deadlines come from the business settings
per severity; ``next_due_at`` always holds the deadline of the step that is open now.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from crdesk.db.models.catalog import Product
from crdesk.db.models.clients import Client
from crdesk.db.models.complaints import (CHANNEL_LABELS, CHANNELS, COMPLAINT_STATUS_LABELS as STATUS_LABELS,
                                         OPEN_COMPLAINT as OPEN, SEVERITIES, SEVERITY_LABELS, Complaint)
from crdesk.services import business_settings, casework, clients, incidents, numbering, records
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.casework import CallbackData, TimelineEntry
from crdesk.services.complaint_lists import ComplaintLists
from crdesk.services.context import Context
from crdesk.services.errors import NotFound, ValidationError
from crdesk.services.staff import display_names, is_staff

business_settings.DEFAULTS.update({
    "complaint_categories": ["产品质量", "配送", "服务态度", "包装", "其他"],
    "complaint_response_hours_normal": 24,
    "complaint_response_hours_important": 8,
    "complaint_response_hours_major": 2,
    "complaint_resolution_hours_normal": 120,
    "complaint_resolution_hours_important": 72,
    "complaint_resolution_hours_major": 24,
})

EDITABLE = ("registered", "in_progress")
KIND = "complaint"


@dataclass
class ComplaintData:
    """A complaint as the forms show it; the fields after ``assignee`` are filled by the service."""
    channel: str = "phone"
    category: str = ""
    severity: str = "normal"
    description: str = ""
    client_id: int | None = None
    consumer_name: str = ""
    consumer_phone: str = ""
    product_id: int | None = None
    batch_no: str = ""
    received_at: dt.datetime | None = None
    assignee: str = ""  # username
    id: int | None = None
    number: str = ""
    version: int = 0
    status: str = "registered"
    client_code: str = ""
    client_name: str = ""
    product_label: str = ""
    received_by: str = ""
    names: dict[str, str] = field(default_factory=dict)  # username → display name for the *_by fields
    response_due: dt.datetime | None = None
    resolution_due: dt.datetime | None = None
    callback_due: dt.datetime | None = None
    next_due_at: dt.datetime | None = None
    resolution: str = ""
    root_cause: str = ""
    resolved_by: str = ""
    resolved_at: dt.datetime | None = None
    callback: CallbackData | None = None
    reopen_count: int = 0
    archived_by: str = ""
    archived_at: dt.datetime | None = None
    archive_reason: str = ""
    updated_by: str = ""
    updated_at: dt.datetime | None = None
    timeline: list[TimelineEntry] = field(default_factory=list)

    def name_of(self, username: str) -> str:
        return self.names.get(username, username)

    @property
    def party(self) -> str:
        """Who complained: the client's name, or the consumer's."""
        return self.client_name or self.consumer_name


def due_hours(ctx: Context, step: str, severity: str) -> int:
    return business_settings.BusinessSettings(ctx).get(f"complaint_{step}_hours_{severity}")


def categories(ctx: Context) -> list[str]:
    return list(business_settings.BusinessSettings(ctx).get("complaint_categories"))


def _data(row: Complaint) -> ComplaintData:
    client = Client.get_or_none(Client.id == row.client_id) if row.client_id else None
    product = Product.get_or_none(Product.id == row.product_id) if row.product_id else None
    callback = None
    if row.callback_at:
        callback = CallbackData(row.callback_outcome, row.satisfaction, row.callback_by, row.callback_at,
                                row.callback_note)
    people = {row.received_by, row.assignee, row.resolved_by, row.archived_by, row.updated_by}
    return ComplaintData(
        channel=row.channel, category=row.category, severity=row.severity, description=row.description,
        client_id=row.client_id, consumer_name=row.consumer_name, consumer_phone=row.consumer_phone,
        product_id=row.product_id, batch_no=row.batch_no, received_at=row.received_at, assignee=row.assignee,
        id=row.id, number=row.number, version=row.version, status=row.status,
        client_code=client.code if client else "", client_name=client.name if client else "",
        product_label=" ".join(p for p in (product.code, product.name, product.specification) if p)
        if product else "",
        received_by=row.received_by, names=display_names(people),
        response_due=row.response_due, resolution_due=row.resolution_due, callback_due=row.callback_due,
        next_due_at=row.next_due_at, resolution=row.resolution, root_cause=row.root_cause,
        resolved_by=row.resolved_by, resolved_at=row.resolved_at, callback=callback,
        reopen_count=row.reopen_count, archived_by=row.archived_by, archived_at=row.archived_at,
        archive_reason=row.archive_reason, updated_by=row.updated_by, updated_at=row.updated_at,
        timeline=casework.timeline(KIND, row.id),
    )


def validate(ctx: Context, data: ComplaintData, current: Complaint | None) -> None:
    errors: v.Errors = []
    v.choice(errors, "channel", data.channel, CHANNELS)
    v.choice(errors, "severity", data.severity, SEVERITIES)
    allowed = categories(ctx) + ([current.category] if current else [])
    v.choice(errors, "category", data.category, tuple(allowed))
    if data.client_id is not None:
        if not Client.select().where(Client.id == data.client_id).exists():
            errors.append(("client", "not_found", {}))
    else:
        v.required(errors, "consumer_name", data.consumer_name, v.SHORT_MAX)
        v.phone(errors, "consumer_phone", data.consumer_phone, mandatory=True)
    if data.client_id is not None:
        v.length(errors, "consumer_name", data.consumer_name, v.SHORT_MAX)
        v.phone(errors, "consumer_phone", data.consumer_phone)
    if data.product_id is not None and not Product.select().where(Product.id == data.product_id).exists():
        errors.append(("product", "not_found", {}))
    v.length(errors, "batch_no", data.batch_no, 32)
    v.required(errors, "description", data.description, v.NOTE_MAX)
    if data.received_at and data.received_at > ctx.now():
        errors.append(("received_at", "in_future", {}))
    if data.assignee and data.assignee != (current.assignee if current else "") \
            and not is_staff(data.assignee, P.COMPLAINTS_EDIT):
        errors.append(("assignee", "invalid_choice", {}))
    if errors:
        raise ValidationError.of(errors)


def _history(client_id: int) -> list[clients.HistoryItem]:
    query = (Complaint.select().where(Complaint.client == client_id)
             .order_by(Complaint.received_at.desc()).limit(200))
    return [clients.HistoryItem(row.received_at, KIND, row.number,
                                f"{row.category} · {STATUS_LABELS[row.status]} · {row.description[:60]}")
            for row in query]


clients.HISTORY_SOURCES.append(_history)


class ComplaintService(ComplaintLists):
    """Intake, the closed loop, and (inherited) the list, overdue counts and my work."""

    # reading -------------------------------------------------------------------------------------------
    def get(self, complaint_id: int) -> ComplaintData:
        self.ctx.require(P.CLIENTS_READ)
        return _data(records.get(Complaint, complaint_id))

    def get_by_number(self, number: str) -> ComplaintData:
        self.ctx.require(P.CLIENTS_READ)
        row = Complaint.get_or_none(Complaint.number == number.strip().upper())
        if row is None:
            raise NotFound("complaint", number)
        return _data(row)

    def categories(self) -> list[str]:
        return categories(self.ctx)

    # intake --------------------------------------------------------------------------------------------
    def save(self, data: ComplaintData) -> ComplaintData:
        """Register a complaint (data.id is None) or correct its intake details while it is still open."""
        self.ctx.require(P.COMPLAINTS_EDIT)
        data = replace(data, consumer_name=data.consumer_name.strip(), consumer_phone=data.consumer_phone.strip(),
                       batch_no=data.batch_no.strip(), assignee=data.assignee.strip())
        with self.ctx.db.atomic():
            current = casework.check_version(Complaint, data.id, data.version) if data.id is not None else None
            if current is not None and current.status not in EDITABLE:
                raise casework.refuse(current.status, "修改受理信息", STATUS_LABELS)
            validate(self.ctx, data, current)
            row = self._create(data) if current is None else self._update(data, current)
            incidents.check_complaint(self.ctx, row)
        return _data(row)

    def _values(self, data: ComplaintData, received_at: dt.datetime) -> dict:
        response_due = received_at + dt.timedelta(hours=due_hours(self.ctx, "response", data.severity))
        resolution_due = received_at + dt.timedelta(hours=due_hours(self.ctx, "resolution", data.severity))
        client = Client.get_or_none(Client.id == data.client_id) if data.client_id else None
        product = Product.get_or_none(Product.id == data.product_id) if data.product_id else None
        search = [client.name if client else "", data.consumer_name, data.consumer_phone, data.batch_no,
                  product.name if product else "", data.category]
        return dict(channel=data.channel, category=data.category, severity=data.severity,
                    description=data.description, client=data.client_id, consumer_name=data.consumer_name,
                    consumer_phone=data.consumer_phone, product=data.product_id, batch_no=data.batch_no,
                    received_at=received_at, assignee=data.assignee, response_due=response_due,
                    resolution_due=resolution_due,
                    search_text=" ".join(s.lower() for s in search if s))

    def _create(self, data: ComplaintData) -> Complaint:
        number = numbering.next_number(self.ctx, KIND)
        values = self._values(data, data.received_at or self.ctx.now())
        values["search_text"] = f"{number.lower()} {values['search_text']}"
        row = records.create(self.ctx, Complaint, number=number, received_by=self.ctx.actor.username,
                             status="registered", next_due_at=values["response_due"], **values)
        casework.add_event(self.ctx, KIND, row.id, "register", "", "registered",
                           f"{CHANNEL_LABELS[data.channel]} · {SEVERITY_LABELS[data.severity]}")
        return row

    def _update(self, data: ComplaintData, current: Complaint) -> Complaint:
        values = self._values(data, data.received_at or current.received_at)
        values["search_text"] = f"{current.number.lower()} {values['search_text']}"
        if (values["severity"], values["received_at"]) == (current.severity, current.received_at):
            del values["response_due"], values["resolution_due"]  # keep the deadlines (a reopen moved them)
        else:
            values["next_due_at"] = values["response_due" if current.status == "registered" else "resolution_due"]
        row = records.update(self.ctx, Complaint, current.id, data.version, values)
        casework.add_event(self.ctx, KIND, row.id, "edit", current.status, current.status)
        return row

    # the closed loop -----------------------------------------------------------------------------------
    def _move(self, complaint_id: int, version: int, allowed: tuple[str, ...], to_status: str | None,
              changes: dict, action: str, label: str, note: str = "", reason: str = "") -> ComplaintData:
        casework.check_note("note", note)
        row = casework.transition(self.ctx, Complaint, KIND, complaint_id, version, allowed, to_status, changes,
                                  action, label, STATUS_LABELS, note, reason)
        return _data(row)

    def start(self, complaint_id: int, version: int, assignee: str = "", note: str = "") -> ComplaintData:
        """已受理 → 处理中; the complaint gets an assignee (by default whoever starts it)."""
        self.ctx.require(P.COMPLAINTS_EDIT)
        with self.ctx.db.atomic():
            current = records.get(Complaint, complaint_id)
            assignee = assignee.strip() or current.assignee or self.ctx.actor.username
            if not is_staff(assignee, P.COMPLAINTS_EDIT):
                raise ValidationError("assignee", "invalid_choice")
            return self._move(complaint_id, version, ("registered",), "in_progress",
                              {"assignee": assignee, "started_at": self.ctx.now(),
                               "next_due_at": current.resolution_due}, "start", "开始处理", note)

    def assign(self, complaint_id: int, version: int, assignee: str, note: str = "") -> ComplaintData:
        self.ctx.require(P.COMPLAINTS_EDIT)
        if not is_staff(assignee.strip(), P.COMPLAINTS_EDIT):
            raise ValidationError("assignee", "invalid_choice")
        with self.ctx.db.atomic():
            return self._move(complaint_id, version, OPEN, None, {"assignee": assignee.strip()}, "assign",
                              "指派", note or display_names({assignee.strip()}).get(assignee.strip(), ""))

    def resolve(self, complaint_id: int, version: int, resolution: str, root_cause: str,
                note: str = "") -> ComplaintData:
        """处理中 → 已处理: the resolution and the root cause are required; the callback falls due."""
        self.ctx.require(P.COMPLAINTS_EDIT)
        errors: v.Errors = []
        v.required(errors, "resolution", resolution, v.NOTE_MAX)
        v.required(errors, "root_cause", root_cause, v.NOTE_MAX)
        if errors:
            raise ValidationError.of(errors)
        now = self.ctx.now()
        due = casework.callback_due(self.ctx, now)
        with self.ctx.db.atomic():
            return self._move(complaint_id, version, ("in_progress",), "resolved",
                              {"resolution": resolution.strip(), "root_cause": root_cause.strip(),
                               "resolved_by": self.ctx.actor.username, "resolved_at": now,
                               "callback_due": due, "next_due_at": due}, "resolve", "处理完毕", note)

    def callback(self, complaint_id: int, version: int, data: CallbackData) -> ComplaintData:
        """已处理 → 已回访; an unsatisfied callback reopens the complaint to 处理中 with a new deadline."""
        self.ctx.require(P.COMPLAINTS_EDIT)
        with self.ctx.db.atomic():
            current = records.get(Complaint, complaint_id)
            data = casework.validate_callback(self.ctx, data, current.resolved_at)
            changes = casework.callback_changes(data)
            note = casework.callback_note(data)
            if not casework.is_unsatisfied(self.ctx, data):
                return self._move(complaint_id, version, ("resolved",), "followed_up",
                                  dict(changes, next_due_at=None), "callback", "回访", note)
            due = self.ctx.now() + dt.timedelta(hours=due_hours(self.ctx, "resolution", current.severity))
            changes.update(reopen_count=current.reopen_count + 1, resolution_due=due, next_due_at=due)
            return self._move(complaint_id, version, ("resolved",), "in_progress", changes, "reopen", "回访", note)

    def archive(self, complaint_id: int, version: int, reason: str = "") -> ComplaintData:
        """已回访 → 已归档; without a callback only the manager, with a reason (audited)."""
        self.ctx.require(P.COMPLAINTS_EDIT)
        casework.check_note("reason", reason)
        with self.ctx.db.atomic():
            current = records.get(Complaint, complaint_id)
            if current.status == "archived":
                raise casework.refuse(current.status, "归档", STATUS_LABELS)
            skip = casework.archive_rule(self.ctx, current.status, "followed_up", reason)
            action = "archive_without_callback" if skip else "archive"
            changes = {"archived_by": self.ctx.actor.username, "archived_at": self.ctx.now(),
                       "archive_reason": reason.strip(), "next_due_at": None}
            return self._move(complaint_id, version, OPEN if skip else ("followed_up",),
                              "archived", changes, action, "归档", reason.strip(), reason.strip())

    def add_note(self, complaint_id: int, note: str) -> ComplaintData:
        """A timeline note without a status change (e.g. "客户电话未接通"); not on archived complaints."""
        self.ctx.require(P.COMPLAINTS_EDIT)
        casework.check_note("note", note, required=True)
        with self.ctx.db.atomic():
            current = records.get(Complaint, complaint_id)
            if current.status == "archived":
                raise casework.refuse(current.status, "添加备注", STATUS_LABELS)
            casework.add_event(self.ctx, KIND, complaint_id, "note", current.status, current.status, note.strip())
        return self.get(complaint_id)

