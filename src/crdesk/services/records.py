"""Create and update versioned rows with the optimistic check and the audit row, in one transaction."""
from __future__ import annotations

from typing import Any, TypeVar

import peewee

from crdesk.db.base import VersionedModel
from crdesk.services import audit
from crdesk.services.context import Context
from crdesk.services.errors import ConflictError, ConflictInfo, NotFound

M = TypeVar("M", bound=VersionedModel)


def values_of(row: peewee.Model, fields: list[str] | None = None) -> dict[str, Any]:
    """Stored values by field name (a foreign key gives its id)."""
    names = fields or list(row._meta.sorted_field_names)
    return {name: row.__data__.get(name) for name in names}


def get(model: type[M], record_id: int) -> M:
    row = model.get_or_none(model.id == record_id)
    if row is None:
        raise NotFound(model._meta.table_name, record_id)
    return row


def create(ctx: Context, model: type[M], **values: Any) -> M:
    stamp = ctx.now()
    row = model.create(**values, created_at=stamp, updated_at=stamp, updated_by=ctx.actor.username, version=1)
    audit.record(ctx, "create", model._meta.table_name, row.id, audit.diff({}, values))
    return row


def conflict_for(model: type[M], record_id: int, my_version: int) -> ConflictError:
    current = get(model, record_id)
    return ConflictError(ConflictInfo(
        table=model._meta.table_name, record_id=record_id, my_version=my_version,
        their_version=current.version, changed_by=current.updated_by, changed_at=current.updated_at,
        theirs=values_of(current),
    ))


def update(ctx: Context, model: type[M], record_id: int, expected_version: int,
           changes: dict[str, Any], action: str = "update", reason: str = "") -> M:
    """``UPDATE … WHERE id=? AND version=?``; zero rows means someone saved first → ConflictError."""
    old = get(model, record_id)
    old_values = values_of(old, list(changes))
    count = (model.update(**changes, version=model.version + 1, updated_at=ctx.now(),
                          updated_by=ctx.actor.username)
             .where((model.id == record_id) & (model.version == expected_version)).execute())
    if count == 0:
        raise conflict_for(model, record_id, expected_version)
    audit.record(ctx, action, model._meta.table_name, record_id, audit.diff(old_values, changes), reason)
    return get(model, record_id)
