"""Bulk reads and writes for imports: which keys exist, and many rows in one statement.

Building a peewee expression per value costs more than SQLite takes to run the statement, so both helpers
bind plain parameters; on SQLite the insert is one prepared statement run with ``executemany``.
"""
from __future__ import annotations

import sqlite3
from typing import Any

import peewee


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
    tail = [_adapted(f.db_value(value)) for f, value in zip(fields[len(names):], extra.values())]
    converters = [(i, f.db_value) for i, f in enumerate(fields[:len(names)])
                  if not isinstance(f, (peewee.CharField, peewee.TextField, peewee.IntegerField))]
    params = []
    for row in rows:
        values = [row[name] for name in names]
        for i, convert in converters:
            values[i] = convert(values[i])
        values.extend(tail)
        params.append(values)
    db.cursor().executemany(sql, params)


def _adapted(value: Any) -> Any:
    """A value as sqlite3 would adapt it (once, rather than on every row)."""
    adapt = sqlite3.adapters.get((type(value), sqlite3.PrepareProtocol))
    return adapt(value) if adapt else value
