"""Numbered schema migrations.

Each ``mNNNN_name.py`` module defines ``apply(db)`` and keeps frozen copies of the tables it creates, so an
old migration does the same thing forever, whatever the live models become. ``upgrade`` applies the pending
ones in order, each in its own transaction, after backing up a SQLite file that already holds data.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass
from types import ModuleType
from typing import Callable

import peewee

from crdesk.db.base import now

_NAME = re.compile(r"^m(\d{4})_(\w+)$")


class SchemaVersion(peewee.Model):
    version = peewee.IntegerField(primary_key=True)
    name = peewee.CharField(max_length=64)
    applied_at = peewee.DateTimeField(default=now)

    class Meta:
        table_name = "schema_version"


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    module: ModuleType

    def apply(self, db: peewee.Database) -> None:
        self.module.apply(db)


def available() -> list[Migration]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        match = _NAME.match(info.name)
        if match:
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append(Migration(int(match.group(1)), match.group(2), module))
    return sorted(found, key=lambda m: m.number)


def latest_version() -> int:
    return available()[-1].number


def current_version(db: peewee.Database) -> int:
    with SchemaVersion.bind_ctx(db):
        if not db.table_exists("schema_version"):
            return 0
        return SchemaVersion.select(peewee.fn.MAX(SchemaVersion.version)).scalar() or 0


def applied_versions(db: peewee.Database) -> set[int]:
    with SchemaVersion.bind_ctx(db):
        if not db.table_exists("schema_version"):
            return set()
        return {row.version for row in SchemaVersion.select(SchemaVersion.version)}


def pending(db: peewee.Database) -> list[Migration]:
    """Every migration not applied yet — also one numbered below the newest applied (branches land out of
    order), so none is ever skipped."""
    done = applied_versions(db)
    return [m for m in available() if m.number not in done]


class SchemaMismatch(ValueError):
    """The database's schema is not the one this crdesk uses, and may not be changed here."""

    def __init__(self, version: int, latest: int, text: str):
        super().__init__(f"the database schema is version {version}, {text}")
        self.version, self.latest = version, latest


class SchemaTooNew(SchemaMismatch):
    """A newer crdesk upgraded this database: this one must neither use nor write to it (never downgrade)."""

    def __init__(self, version: int, latest: int):
        super().__init__(version, latest, f"newer than this crdesk knows ({latest}): upgrade crdesk first")


class SchemaBehind(SchemaMismatch):
    """An existing schema is older than this crdesk, and the caller may not upgrade it (only ``init-db`` does:
    other workstations share a server, and a command in a script should not change it on the way)."""

    def __init__(self, version: int, latest: int):
        super().__init__(version, latest, f"this crdesk needs {latest}: run `crdesk init-db` first (it backs up a "
                                          "local file before upgrading)")


def upgrade(db: peewee.Database, backup: Callable[[], object] | None = None,
            upgrade_existing: bool = True) -> list[Migration]:
    """Apply pending migrations; ``backup`` runs first when there is something to upgrade and data exists.
    A new, empty database always gets its tables; an existing one with pending migrations raises SchemaBehind
    unless ``upgrade_existing``. A schema newer than this crdesk knows raises SchemaTooNew. Both before anything
    is written."""
    with SchemaVersion.bind_ctx(db):
        version, latest = current_version(db), latest_version()
        if version > latest:
            raise SchemaTooNew(version, latest)
        todo = pending(db)
        if todo and version > 0 and not upgrade_existing:
            raise SchemaBehind(version, latest)
        db.create_tables([SchemaVersion], safe=True)
        if todo and backup is not None and version > 0:
            backup()
        for migration in todo:
            with db.atomic():
                migration.apply(db)
                SchemaVersion.create(version=migration.number, name=migration.name)
    return todo
