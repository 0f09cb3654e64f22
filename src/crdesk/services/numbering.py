"""Document numbers (KH000123, HF2026000045 …) that stay unique when several workstations save at once.

The counter row is incremented in the caller's transaction, holding the row (on SQLite, the database) write
lock until it ends, so two transactions can never read the same value.
"""
from __future__ import annotations

import peewee

from crdesk.db.models.core import NumberSequence
from crdesk.services.context import Context

# kind -> (prefix, digits, yearly): yearly numbers carry the year and restart each year.
FORMATS: dict[str, tuple[str, int, bool]] = {
    "client": ("KH", 6, False),
    "visit": ("HF", 6, True),
    "visitor": ("LF", 6, True),
    "complaint": ("TS", 6, True),
    "return": ("TH", 6, True),
    "production_plan": ("SC", 4, True),
    "purchase_plan": ("CG", 4, True),
    "delivery_order": ("SH", 6, True),
    "delivery_run": ("CC", 5, True),
    "delivery_slip": ("PS", 6, True),
    "incident": ("SJ", 4, True),
    "survey": ("MY", 6, True),
}


def _sequence_name(kind: str, year: int | None) -> str:
    return f"{kind}:{year}" if year else kind


def next_value(db: peewee.Database, name: str, count: int = 1) -> int:
    """Take the next value of a counter inside the caller's transaction (``count`` > 1 reserves that many
    consecutive values and returns the first: imports).

    One atomic upsert (INSERT … ON CONFLICT / ON DUPLICATE KEY UPDATE) creates or increments the counter and
    holds its row lock until the caller commits. Separate "insert if missing, then update" statements
    deadlock on MySQL when several workstations take the first number of a year at once.
    """
    upsert = NumberSequence.insert(name=name, next_value=1 + count)
    increment = {NumberSequence.next_value: NumberSequence.next_value + count}
    if isinstance(db, peewee.MySQLDatabase):
        upsert = upsert.on_conflict(update=increment)
    else:
        upsert = upsert.on_conflict(conflict_target=[NumberSequence.name], update=increment)
    with db.atomic():
        upsert.execute()
        return NumberSequence.get_by_id(name).next_value - count


def next_number(ctx: Context, kind: str) -> str:
    prefix, digits, yearly = FORMATS[kind]
    year = ctx.today().year if yearly else None
    value = next_value(ctx.db, _sequence_name(kind, year))
    return f"{prefix}{year or ''}{value:0{digits}d}"


def set_next(db: peewee.Database, name: str, value: int) -> None:
    """Point a counter at ``value`` (bulk loads that wrote their own numbers); portable, unlike REPLACE."""
    upsert = NumberSequence.insert(name=name, next_value=value)
    if isinstance(db, peewee.MySQLDatabase):
        upsert = upsert.on_conflict(update={NumberSequence.next_value: value})
    else:
        upsert = upsert.on_conflict(conflict_target=[NumberSequence.name], update={NumberSequence.next_value: value})
    upsert.execute()
