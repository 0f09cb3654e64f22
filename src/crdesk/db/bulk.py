"""Bulk reads and writes for imports: which keys exist, many rows in one statement, indexes built after.

Building a peewee expression per value costs more than SQLite takes to run the statement, so the helpers
bind plain parameters; on SQLite the insert is one prepared statement run with ``executemany``.
"""
from __future__ import annotations

import operator
import sqlite3
from contextlib import contextmanager
from typing import Any, Iterator

import peewee


# Fields whose Python values sqlite3 binds as they are (peewee's db_value would only copy them).
_AS_IS = (peewee.CharField, peewee.TextField, peewee.IntegerField, peewee.BooleanField)


def existing_keys(db: peewee.Database, model: type[peewee.Model], key: str, keys: list) -> set:
    """Which of ``keys`` the table already holds: one query with a parameter per key (a peewee expression
    with a thousand values costs more to build than the query takes to run)."""
    if not keys:
        return set()
    open_quote, close_quote = db.quote
    column = f"{open_quote}{model._meta.fields[key].column_name}{close_quote}"
    table = f"{open_quote}{model._meta.table_name}{close_quote}"
    marks = ", ".join([db.param] * len(keys))
    cursor = db.execute_sql(f"SELECT {column} FROM {table} WHERE {column} IN ({marks})", keys)
    return {found for (found,) in cursor.fetchall()}


def bulk_insert(db: peewee.Database, model: type[peewee.Model], rows: list[dict], extra: dict) -> None:
    """Insert rows (dicts with the same keys) plus the ``extra`` columns every row shares: one prepared
    statement on SQLite, multi-row INSERTs elsewhere."""
    names = list(rows[0])
    fields = [model._meta.fields[name] for name in [*names, *extra]]
    if not isinstance(getattr(db, "obj", db), peewee.SqliteDatabase):
        tail = list(extra.values())
        model.insert_many([[row[name] for name in names] + tail for row in rows], fields=fields).execute()
        return
    sql, _ = model.insert_many([{**rows[0], **extra}], fields=fields).sql()
    tail = tuple(_adapted(f.db_value(value)) for f, value in zip(fields[len(names):], extra.values()))
    converters = [(i, f.db_value) for i, f in enumerate(fields[:len(names)]) if not isinstance(f, _AS_IS)]
    pick = operator.itemgetter(*names) if len(names) > 1 else (lambda row: (row[names[0]],))
    if converters:
        params = []
        for row in rows:
            values = list(pick(row))
            for i, convert in converters:
                values[i] = convert(values[i])
            params.append((*values, *tail))
    else:
        params = [pick(row) + tail for row in rows]
    db.cursor().executemany(sql, params)


def _adapted(value: Any) -> Any:
    """A value as sqlite3 would adapt it (once, rather than on every row)."""
    adapt = sqlite3.adapters.get((type(value), sqlite3.PrepareProtocol))
    return adapt(value) if adapt else value


@contextmanager
def indexes_built_after(db: peewee.Database, model: type[peewee.Model], incoming: int | None) -> Iterator[None]:
    """On SQLite, when about ``incoming`` new rows would outnumber the table's own, drop the table's plain
    (non-unique) indexes while the rows go in and build them again at the end: one sorted pass per index
    instead of a B-tree insert per row and index (100,000 clients: ~70,000 → ~150,000 rows/s). Unique indexes
    stay, as they enforce constraints. Use it inside a transaction: SQLite's DDL is transactional, so a
    rollback brings the indexes back as they were."""
    if not db.in_transaction():
        raise RuntimeError("indexes_built_after needs a transaction: its rollback is what restores the indexes")
    real = getattr(db, "obj", db)
    table = model._meta.table_name
    if not isinstance(real, peewee.SqliteDatabase) or not incoming or _row_bound(db, table) > incoming:
        yield
        return
    plain = db.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                           "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'", (table,)).fetchall()
    for name, _ in plain:
        db.execute_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in plain:
        db.execute_sql(sql)


def _row_bound(db: peewee.Database, table: str) -> int:
    """At least the table's row count, read from the end of its rowid b-tree (count(*) would scan it)."""
    return db.execute_sql(f'SELECT coalesce(max(rowid), 0) FROM "{table}"').fetchone()[0]
