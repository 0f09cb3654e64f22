"""Keyset paging: ``WHERE k >= ? AND (k > ? OR id > ?) ORDER BY k, id LIMIT n`` — fast at any depth on
SQLite, PostgreSQL and MariaDB (row-value tuples are slow on MariaDB). Never OFFSET."""
from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import Any, Callable, Generic, Iterator, TypeVar

import peewee

T = TypeVar("T")
COUNT_CAP = 1000


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: list[T]
    next_key: tuple[Any, int] | None  # pass as ``after`` to get the next page; None at the end


def keyset(query: peewee.ModelSelect, sort_field: peewee.Field, id_field: peewee.Field,
           after: tuple[Any, int] | None, limit: int, descending: bool = False) -> list:
    return list(keyset_query(query, sort_field, id_field, after, limit, descending))


def keyset_query(query: peewee.ModelSelect, sort_field: peewee.Field, id_field: peewee.Field,
                 after: tuple[Any, int] | None, limit: int, descending: bool = False) -> peewee.ModelSelect:
    if after is not None:
        value, last_id = after
        # "k >= v AND (k > v OR id > last)": the first term is an index range seek on every backend; the
        # plain "(k > v) OR (k = v AND id > last)" form made SQLite walk the index from its start (85 ms
        # per page at depth 900,000 instead of under 1 ms).
        if descending:
            query = query.where((sort_field <= value) & ((sort_field < value) | (id_field < last_id)))
        else:
            query = query.where((sort_field >= value) & ((sort_field > value) | (id_field > last_id)))
    order = (sort_field.desc(), id_field.desc()) if descending else (sort_field.asc(), id_field.asc())
    return query.order_by(*order).limit(limit)


def page_of(rows: list, convert: Callable[[Any], Any] | None, sort_name: str, limit: int) -> Page:
    """Turn fetched rows into a Page of converted items (as they are: ``convert`` None), with the key of the last
    row."""
    next_key = None
    if len(rows) == limit:
        last = rows[-1]
        next_key = (getattr(last, sort_name), last.id)
    return Page(rows if convert is None else [convert(row) for row in rows], next_key)


def pages(fetch: Callable[[Any], Page]) -> Iterator[list]:
    """The rows of every page ``fetch(after)`` gives, one list per page, from the first to the last (exports
    stream a list this way: never the whole table at once)."""
    after = None
    while True:
        page = fetch(after)
        if page.rows:
            yield page.rows
        if page.next_key is None:
            return
        after = page.next_key


def every_row(fetch: Callable[[Any], Page]) -> Iterator:
    """The rows of every page of ``fetch(after)``, one after the other."""
    return chain.from_iterable(pages(fetch))


def capped_count(query: peewee.ModelSelect, cap: int = COUNT_CAP) -> int:
    """Exact up to ``cap``; ``cap + 1`` means "more than cap" (shown as "1000+")."""
    limited = query.select(peewee.SQL("1")).order_by().limit(cap + 1)
    return peewee.Select([limited.alias("sub")], [peewee.fn.COUNT(peewee.SQL("*"))]).bind(
        query.model._meta.database).scalar()
