"""The audit trail: every business write records who, when, what (old → new) in the same transaction."""
from __future__ import annotations

import datetime as dt
import decimal
import json
from dataclasses import dataclass
from typing import Any

from crdesk.db import changes as changes_feed
from crdesk.db.models.core import AuditLog
from crdesk.services import permissions as P
from crdesk.services.context import Context


def _plain(value: Any) -> Any:
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    if isinstance(value, decimal.Decimal):
        return str(value)
    return value


SECRET_FIELDS = frozenset({"password_hash", "password"})
HIDDEN = "***"


def diff(old: dict[str, Any], new: dict[str, Any]) -> dict[str, list]:
    """{field: [old, new]} for the fields whose value changed; secrets are recorded as changed, never shown."""
    return {
        key: [HIDDEN, HIDDEN] if key in SECRET_FIELDS else [_plain(old.get(key)), _plain(value)]
        for key, value in new.items()
        if _plain(old.get(key)) != _plain(value)
    }


def record(ctx: Context, action: str, table: str, record_id: int | None,
           changes: dict[str, list] | None = None, reason: str = "") -> None:
    AuditLog.create(
        at=ctx.now(), username=ctx.actor.username, action=action, table_name=table,
        record_id=record_id, changes=json.dumps(changes or {}, ensure_ascii=False), reason=reason,
    )
    changes_feed.notify(ctx.db, table)  # live refresh on other workstations (PostgreSQL NOTIFY, on commit)


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: dt.datetime
    username: str
    action: str
    table: str
    record_id: int | None
    changes: dict
    reason: str


class AuditService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def search(self, table: str = "", record_id: int | None = None, username: str = "",
               date_from: dt.date | None = None, date_to: dt.date | None = None,
               before_id: int | None = None, limit: int = 200) -> list[AuditEntry]:
        """Newest first, keyset-paged by id."""
        self.ctx.require(P.AUDIT_READ)
        query = AuditLog.select().order_by(AuditLog.id.desc()).limit(limit)
        if table:
            query = query.where(AuditLog.table_name == table)
        if record_id is not None:
            query = query.where(AuditLog.record_id == record_id)
        if username:
            query = query.where(AuditLog.username == username)
        if date_from:
            query = query.where(AuditLog.at >= dt.datetime.combine(date_from, dt.time.min))
        if date_to:
            query = query.where(AuditLog.at < dt.datetime.combine(date_to + dt.timedelta(days=1), dt.time.min))
        if before_id is not None:
            query = query.where(AuditLog.id < before_id)
        return [
            AuditEntry(row.id, row.at, row.username, row.action, row.table_name, row.record_id,
                       json.loads(row.changes or "{}"), row.reason)
            for row in query
        ]
