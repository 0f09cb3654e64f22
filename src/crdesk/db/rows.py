"""Long lists read fast: rows as the driver returns them, converted only where the drivers differ."""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable, Sequence

import peewee


def _as_bool(value: Any) -> Any:
    return value if value is None else bool(value)  # SQLite and MySQL give 0/1


# Exact types: a subclass may convert (TimestampField is an IntegerField that reads into a datetime).
AS_GIVEN = (peewee.AutoField, peewee.IntegerField, peewee.CharField, peewee.TextField)


def _datetime_reader(field: peewee.DateTimeField) -> Callable[[Any], Any]:
    """SQLite gives back the text peewee stored (the other drivers give datetimes): ISO text the quick way,
    anything else as peewee reads it."""
    def read(value: Any) -> Any:
        if value.__class__ is not str:
            return value
        try:
            return dt.datetime.fromisoformat(value)
        except ValueError:
            return field.python_value(value)
    return read


def _converter(field: peewee.Field) -> Callable[[Any], Any] | None:
    """None where every driver already gives the Python value; refuses the types it was not written for."""
    kind = type(field)
    if kind in AS_GIVEN:
        return None
    if kind is peewee.DateTimeField:
        return _datetime_reader(field)
    if kind is peewee.BooleanField:
        return _as_bool
    raise TypeError(f"lean_rows cannot read {type(field).__name__} {field.name}; use a peewee query")


def lean_rows(query: peewee.ModelSelect, fields: Sequence[peewee.Field]) -> list[tuple]:
    """``fields`` of the rows ``query`` finds, as tuples, without peewee's generic per-value conversion: on a
    page of 200 clients that conversion took four fifths of the query's time."""
    conversions = [(i, convert) for i, convert in enumerate(map(_converter, fields)) if convert is not None]
    rows = query.model._meta.database.execute(query.select(*fields)).fetchall()
    converted = []
    for row in rows:
        values = list(row)
        for i, convert in conversions:
            values[i] = convert(values[i])
        converted.append(tuple(values))
    return converted
