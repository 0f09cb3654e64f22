"""Create and update versioned rows with the optimistic check and the audit row, in one transaction."""
from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Iterator, TypeVar

import peewee

from crdesk.db.base import VersionedModel
from crdesk.services import audit
from crdesk.services import permissions as P
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


def create(ctx: Context, model: type[M], /, **values: Any) -> M:
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
    allowed = _OVERWRITE.get()
    if allowed is not None and (allowed.table, allowed.record_id, allowed.my_version) == (
            model._meta.table_name, record_id, expected_version):
        expected_version, action = allowed.their_version, "overwrite"
        reason = reason or f"覆盖 {allowed.changed_by} 保存的版本 {allowed.their_version}"
    old = get(model, record_id)
    old_values = values_of(old, list(changes))
    count = (model.update(**changes, version=model.version + 1, updated_at=ctx.now(),
                          updated_by=ctx.actor.username)
             .where((model.id == record_id) & (model.version == expected_version)).execute())
    if count == 0:
        raise conflict_for(model, record_id, expected_version)
    audit.record(ctx, action, model._meta.table_name, record_id, audit.diff(old_values, changes), reason)
    return get(model, record_id)


# Set by ``overwriting``: the one conflict the user chose to write over (per thread of execution).
_OVERWRITE: ContextVar[ConflictInfo | None] = ContextVar("crdesk_overwrite", default=None)


def overwrite(ctx: Context, model: type[M], record_id: int, their_version: int, changes: dict[str, Any],
              reason: str = "") -> M:
    """Write over the version the conflict dialog showed (Tryton's "Write Anyway"): needs CONFLICT_OVERWRITE,
    audited as ``overwrite``. If yet another save came in meanwhile, this is a conflict again."""
    ctx.require(P.CONFLICT_OVERWRITE)
    return update(ctx, model, record_id, their_version, changes, action="overwrite", reason=reason)


@contextmanager
def overwriting(ctx: Context, info: ConflictInfo) -> Iterator[None]:
    """Run an area's own save so that its ``update`` of the record named by ``info`` (still expecting
    ``info.my_version``) overwrites ``info.their_version`` instead of failing: every form gets "overwrite"
    without a parameter in each service. Needs CONFLICT_OVERWRITE; the write is audited as ``overwrite``."""
    ctx.require(P.CONFLICT_OVERWRITE)
    token = _OVERWRITE.set(info)
    try:
        yield
    finally:
        _OVERWRITE.reset(token)
