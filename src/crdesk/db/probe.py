"""Look at a database before using it (the connection dialog): can we connect, and is its schema empty, older,
current or newer than this crdesk? Then create or upgrade it once the user agreed."""
from __future__ import annotations

from dataclasses import dataclass

import peewee

from crdesk.db import migrations
from crdesk.db.connection import DatabaseUrlError, backend_of, open_database
from crdesk.db.setup import backup_before_upgrade


@dataclass(frozen=True)
class Probe:
    ok: bool
    error: str = ""
    version: int = 0
    latest: int = 0
    backend: str = ""

    @property
    def state(self) -> str:
        """error / empty (create the schema) / old (upgrade) / current / newer (this crdesk is too old)."""
        if not self.ok:
            return "error"
        if self.version == 0:
            return "empty"
        if self.version < self.latest:
            return "old"
        return "current" if self.version == self.latest else "newer"


def _first_line(error: BaseException) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def probe(url: str) -> Probe:
    """Connect, read the schema version, disconnect. Never raises: the reason is in ``error``."""
    latest = migrations.latest_version()
    try:
        db = open_database(url)
        db.connect()
        try:
            version = migrations.current_version(db)
        finally:
            db.close()
    except (peewee.PeeweeException, DatabaseUrlError, OSError, ImportError) as error:
        return Probe(False, _first_line(error), latest=latest)
    return Probe(True, version=version, latest=latest, backend=backend_of(url))


def prepare(url: str) -> list[migrations.Migration]:
    """Create or upgrade the schema (a SQLite file that holds data is backed up first)."""
    db = open_database(url)
    db.connect()
    try:
        return migrations.upgrade(db, backup=backup_before_upgrade(db, url))
    finally:
        db.close()
