"""Base model classes. Every editable table derives from VersionedModel (optimistic locking)."""
from __future__ import annotations

import datetime as dt

import peewee

from crdesk.db.connection import DB


def now() -> dt.datetime:
    """Wall-clock time without microseconds (MySQL DATETIME stores whole seconds)."""
    return dt.datetime.now().replace(microsecond=0)


class BaseModel(peewee.Model):
    class Meta:
        database = DB
        legacy_table_names = False


class VersionedModel(BaseModel):
    """A row users edit: ``version`` grows by one on every save; who and when are kept."""

    version = peewee.IntegerField(default=1)
    created_at = peewee.DateTimeField(default=now)
    updated_at = peewee.DateTimeField(default=now)
    updated_by = peewee.CharField(max_length=64, default="")
