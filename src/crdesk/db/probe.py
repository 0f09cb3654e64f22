"""Look at a database before using it (the connection dialog): can we connect, and is its schema empty, older,
current or newer than this crdesk? Then create or upgrade it once the user agreed."""
from __future__ import annotations

from dataclasses import dataclass

import peewee

from crdesk.db import migrations
from crdesk.db.connection import DatabaseUrlError, backend_of, first_line, open_database
from crdesk.db.setup import upgrade_schema


@dataclass(frozen=True)
class Probe:
    ok: bool
    error: str = ""
    version: int = 0
    latest: int = 0
    backend: str = ""
    pending: int = 0  # migrations not applied yet (one numbered below the newest applied counts too)

    @property
    def state(self) -> str:
        """error / empty (create the schema) / old (upgrade) / current / newer (this crdesk is too old)."""
        if not self.ok:
            return "error"
        if self.version == 0:
            return "empty"
        if self.version > self.latest:
            return "newer"
        return "old" if self.pending else "current"


def probe(url: str) -> Probe:
    """Connect, read the schema version, disconnect. Never raises: the reason is in ``error``."""
    try:
        db = open_database(url)
        db.connect()
        try:
            return examine(db, url)
        finally:
            db.close()
    except (peewee.PeeweeException, DatabaseUrlError, OSError, ImportError) as error:
        return Probe(False, first_line(error), latest=migrations.latest_version())


def examine(db: peewee.Database, url: str) -> Probe:
    """The schema state of an open database (reads only)."""
    return Probe(True, version=migrations.current_version(db), latest=migrations.latest_version(),
                 backend=backend_of(url), pending=len(migrations.pending(db)))


def prepare(url: str) -> list[migrations.Migration]:
    """Create or upgrade the schema (a SQLite file that holds data is backed up first)."""
    db = open_database(url)
    db.connect()
    try:
        return upgrade_schema(db, url)
    finally:
        db.close()
