"""Calendar months for reports, the same on SQLite, PostgreSQL and MariaDB/MySQL.

:func:`month_key` is the one backend-specific piece: an SQL expression giving a date or timestamp column's
month as the integer ``YYYYMM`` (``202603``), usable in ``SELECT`` and ``GROUP BY`` alike. Everything else
here is plain Python on ``datetime.date`` (the first day of a month stands for the month).
"""
from __future__ import annotations

import datetime as dt
import re

import peewee

from crdesk.db.connection import DB

_MONTH_TEXT = re.compile(r"^(\d{4})-(\d{1,2})$")


def month_key(field: peewee.Node, db: peewee.Database | None = None) -> peewee.Node:
    """``field``'s month as an integer YYYYMM, in the dialect of ``db`` (default: the bound database)."""
    database = db if db is not None else DB.obj
    if isinstance(database, peewee.PostgresqlDatabase):
        return peewee.NodeList((peewee.SQL("CAST(EXTRACT(YEAR FROM"), field, peewee.SQL(") * 100 + EXTRACT(MONTH FROM"),
                                field, peewee.SQL(") AS INTEGER)")))
    if isinstance(database, peewee.MySQLDatabase):
        return peewee.NodeList((peewee.SQL("EXTRACT(YEAR_MONTH FROM"), field, peewee.SQL(")")))
    return peewee.Cast(peewee.fn.strftime(peewee.SQL("'%Y%m'"), field), "INTEGER")


def first_of(day: dt.date) -> dt.date:
    return dt.date(day.year, day.month, 1)


def add_months(month: dt.date, count: int) -> dt.date:
    """The first day of the month ``count`` months after (or before, when negative) ``month``'s month."""
    index = month.year * 12 + month.month - 1 + count
    return dt.date(index // 12, index % 12 + 1, 1)


def key_of(month: dt.date) -> int:
    return month.year * 100 + month.month


def month_of_key(key: int) -> dt.date:
    return dt.date(int(key) // 100, int(key) % 100, 1)


def window(last: dt.date, count: int) -> list[dt.date]:
    """``count`` consecutive months ending with ``last``'s month, oldest first."""
    end = first_of(last)
    return [add_months(end, offset) for offset in range(1 - count, 1)]


def bounds(first: dt.date, last: dt.date | None = None) -> tuple[dt.datetime, dt.datetime]:
    """[start, end) of the months ``first`` … ``last`` (default: just ``first``) as datetimes, for a
    range condition on a date or timestamp column that can use its index."""
    start = dt.datetime.combine(first_of(first), dt.time.min)
    end = dt.datetime.combine(add_months(first_of(last or first), 1), dt.time.min)
    return start, end


def date_bounds(first: dt.date, last: dt.date | None = None) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) of the months ``first`` … ``last``, for a ``BETWEEN`` on a date column."""
    return first_of(first), add_months(first_of(last or first), 1) - dt.timedelta(days=1)


def parse(text: str) -> dt.date | None:
    """``"2026-03"`` → 2026-03-01; None when the text is not a month."""
    match = _MONTH_TEXT.match(text.strip()) if isinstance(text, str) else None
    if not match or not 1 <= int(match.group(2)) <= 12 or int(match.group(1)) < 1900:
        return None
    return dt.date(int(match.group(1)), int(match.group(2)), 1)


def label(month: dt.date) -> str:
    """2026-03 (axis and column labels)."""
    return f"{month.year:04d}-{month.month:02d}"


def chinese(month: dt.date) -> str:
    """2026年03月 (titles)."""
    return f"{month.year}年{month.month:02d}月"
