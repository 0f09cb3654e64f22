"""The approval workflow production and purchase plans share.

draft → submitted → approved | rejected (reason required). A submitted plan may be withdrawn to draft.
Only drafts can be edited: submitted, approved, rejected and superseded plans are locked. A revision of an
approved or rejected plan is a new draft with the same number and the next revision number; the old one is
kept and becomes "superseded" when the revision is approved. Each step keeps who did it and when (制表 /
审核 / 批准) and writes an audit row; the submitter sees the decision until they acknowledge it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

import peewee

from crdesk.db.models.planning import PlanBase
from crdesk.services import permissions as P
from crdesk.services import audit, records
from crdesk.services import validators as v
from crdesk.services.approvals import ApprovalSource, Decision, PendingItem
from crdesk.services.context import Context
from crdesk.services.errors import InvalidTransition, NotFound, PermissionDenied, ValidationError

OPEN = ("draft", "submitted")
DECIDED = ("approved", "rejected")
STATUS_LABELS = {"draft": "草稿", "submitted": "待审批", "approved": "已批准", "rejected": "已驳回",
                 "superseded": "已修订"}


def require_read(ctx: Context) -> None:
    """Plans are read by whoever edits or approves them."""
    if not (ctx.actor.can(P.PLANS_EDIT) or ctx.actor.can(P.PLANS_APPROVE)):
        raise PermissionDenied(P.PLANS_EDIT)


def display_number(number: str, revision: int) -> str:
    return number if revision == 0 else f"{number}-R{revision}"


def split_number(text: str) -> tuple[str, int | None]:
    """"CG20260003-R2" → ("CG20260003", 2); without a suffix the revision is None (the latest)."""
    text = text.strip().upper()
    base, sep, rev = text.partition("-R")
    return (base, int(rev)) if sep and rev.isdigit() else (text, None)


@dataclass(frozen=True)
class Step:
    """One signature block: who did it, under which name, when."""
    username: str
    name: str
    at: dt.datetime | None


@dataclass(frozen=True)
class PlanHeader:
    id: int
    number: str
    revision: int
    month: dt.date
    status: str
    version: int
    prepared: Step
    submitted: Step
    decided: Step
    decision_comment: str
    rejection_reason: str
    note: str

    @property
    def display_number(self) -> str:
        return display_number(self.number, self.revision)

    @property
    def locked(self) -> bool:
        return self.status != "draft"


def header_of(row: PlanBase) -> PlanHeader:
    return PlanHeader(
        row.id, row.number, row.revision, row.month, row.status, row.version,
        Step(row.prepared_by, row.prepared_name, row.prepared_at),
        Step(row.submitted_by, row.submitted_name, row.submitted_at),
        Step(row.decided_by, row.decided_name, row.decided_at),
        row.decision_comment, row.rejection_reason, row.note)


class PlanWorkflow:
    """State changes of one plan model; ``title`` names a plan in the approval inbox."""

    def __init__(self, ctx: Context, model: type[PlanBase]):
        self.ctx = ctx
        self.model = model

    @property
    def table(self) -> str:
        return self.model._meta.table_name

    def find(self, text: str) -> PlanBase:
        """A plan by display number; a bare number means its latest revision."""
        number, revision = split_number(text)
        query = self.model.select().where(self.model.number == number)
        if revision is not None:
            query = query.where(self.model.revision == revision)
        row = query.order_by(self.model.revision.desc()).first()
        if row is None:
            raise NotFound(self.table, text)
        return row

    def editable(self, plan_id: int) -> PlanBase:
        self.ctx.require(P.PLANS_EDIT)
        row = records.get(self.model, plan_id)
        if row.status != "draft":
            raise InvalidTransition("plan_locked", status=row.status)
        return row

    def _step(self, who: str) -> dict:
        actor = self.ctx.actor
        return {f"{who}_by": actor.username, f"{who}_name": actor.display_name, f"{who}_at": self.ctx.now()}

    def _move(self, plan_id: int, version: int, allowed: tuple[str, ...], status: str, action: str,
              extra: dict | None = None, reason: str = "") -> PlanBase:
        row = records.get(self.model, plan_id)
        if row.version != version:  # someone acted first: say who, whatever the state is now
            raise records.conflict_for(self.model, plan_id, version)
        if row.status not in allowed:
            raise InvalidTransition(from_status=row.status, to_status=status)
        return records.update(self.ctx, self.model, plan_id, version, {"status": status, **(extra or {})},
                              action=action, reason=reason)

    def submit(self, plan_id: int, version: int, check: Callable[[PlanBase], None] = lambda row: None) -> PlanBase:
        self.ctx.require(P.PLANS_EDIT)
        with self.ctx.db.atomic():
            check(records.get(self.model, plan_id))
            cleared = {"decided_by": "", "decided_name": "", "decided_at": None, "decision_comment": "",
                       "rejection_reason": "", "decision_seen": False}
            return self._move(plan_id, version, ("draft",), "submitted", "submit",
                              {**self._step("submitted"), **cleared})

    def withdraw(self, plan_id: int, version: int) -> PlanBase:
        self.ctx.require(P.PLANS_EDIT)
        with self.ctx.db.atomic():
            return self._move(plan_id, version, ("submitted",), "draft", "withdraw")

    def approve(self, plan_id: int, version: int, comment: str = "") -> PlanBase:
        self.ctx.require(P.PLANS_APPROVE)
        _check_text("comment", comment)
        with self.ctx.db.atomic():
            row = self._move(plan_id, version, ("submitted",), "approved", "approve",
                             {**self._step("decided"), "decision_comment": comment.strip()}, comment.strip())
            self._supersede_older(row)
            return row

    def reject(self, plan_id: int, version: int, reason: str, comment: str = "") -> PlanBase:
        self.ctx.require(P.PLANS_APPROVE)
        errors: v.Errors = []
        v.required(errors, "reason", reason, v.LINE_MAX)
        v.length(errors, "comment", comment, v.NOTE_MAX)
        if errors:
            raise ValidationError.of(errors)
        with self.ctx.db.atomic():
            return self._move(plan_id, version, ("submitted",), "rejected", "reject",
                              {**self._step("decided"), "rejection_reason": reason.strip(),
                               "decision_comment": comment.strip()}, reason.strip())

    def _supersede_older(self, row: PlanBase) -> None:
        older = self.model.select().where((self.model.number == row.number) & (self.model.revision < row.revision)
                                          & (self.model.status == "approved"))
        for old in older:
            records.update(self.ctx, self.model, old.id, old.version, {"status": "superseded"},
                           action="supersede", reason=display_number(row.number, row.revision))

    def revise(self, plan_id: int, extra: dict | None = None) -> PlanBase:
        """A new draft revision of a decided plan (the caller copies the lines); the old one is kept."""
        self.ctx.require(P.PLANS_EDIT)
        old = records.get(self.model, plan_id)
        if old.status not in DECIDED:
            raise InvalidTransition(from_status=old.status, to_status="draft")
        latest = self.model.select(peewee.fn.MAX(self.model.revision)).where(self.model.number == old.number).scalar()
        if latest != old.revision:
            raise InvalidTransition("not_latest_revision")
        values = {"number": old.number, "revision": old.revision + 1, "month": old.month, "status": "draft",
                  "note": old.note, **self._step("prepared"), **(extra or {})}
        new = records.create(self.ctx, self.model, **values)
        audit.record(self.ctx, "revise", self.table, old.id, {"revision": [old.revision, new.revision]},
                     display_number(new.number, new.revision))
        return new

    def create(self, number: str, month: dt.date, note: str, extra: dict | None = None) -> PlanBase:
        return records.create(self.ctx, self.model, number=number, revision=0, month=month, status="draft",
                              note=note, **self._step("prepared"), **(extra or {}))

    def acknowledge(self, plan_id: int) -> None:
        """The submitter has seen the decision (derived flag: no version bump, no conflict)."""
        self.model.update(decision_seen=True).where(
            (self.model.id == plan_id) & (self.model.submitted_by == self.ctx.actor.username)).execute()

    def pending(self, title: Callable[[PlanBase], str],
                amount: Callable[[PlanBase], Decimal | None] = lambda row: None) -> list[PendingItem]:
        query = self.model.select().where(self.model.status == "submitted").order_by(
            self.model.submitted_at, self.model.id).limit(500)
        return [PendingItem(self.table, row.id, row.version, display_number(row.number, row.revision), title(row),
                            row.submitted_by, row.submitted_name, row.submitted_at, amount(row)) for row in query]

    def decisions(self, title: Callable[[PlanBase], str]) -> list[Decision]:
        query = self.model.select().where(
            (self.model.submitted_by == self.ctx.actor.username) & (self.model.status.in_(DECIDED))
            & (self.model.decision_seen == False)).order_by(self.model.decided_at.desc()).limit(100)  # noqa: E712
        return [Decision(self.table, row.id, display_number(row.number, row.revision), title(row), row.status,
                         row.decided_name, row.decided_at, row.decision_comment, row.rejection_reason)
                for row in query]


def _check_text(field: str, text: str) -> None:
    errors: v.Errors = []
    v.length(errors, field, text, v.NOTE_MAX)
    if errors:
        raise ValidationError.of(errors)


def approval_source(model: type[PlanBase], label: str, title: Callable[[PlanBase], str],
                    amount: Callable[[PlanBase], Decimal | None] = lambda row: None) -> ApprovalSource:
    """What the manager's approval inbox needs to list and decide a plan model's submitted plans."""
    return ApprovalSource(
        kind=model._meta.table_name, label=label, permission=P.PLANS_APPROVE,
        pending=lambda ctx: PlanWorkflow(ctx, model).pending(title, amount),
        approve=lambda ctx, record_id, version, comment: PlanWorkflow(ctx, model).approve(record_id, version, comment),
        reject=lambda ctx, record_id, version, reason, comment: PlanWorkflow(ctx, model).reject(
            record_id, version, reason, comment),
        decisions=lambda ctx: PlanWorkflow(ctx, model).decisions(title),
        acknowledge=lambda ctx, record_id: PlanWorkflow(ctx, model).acknowledge(record_id),
    )
