"""Open a database by URL and bring its schema up to date (used by the app, the CLI and the tests)."""
from __future__ import annotations

import peewee

from crdesk.db import migrations
from crdesk.db.backup import timestamped_backup
from crdesk.db.connection import backend_of, connect, sqlite_path


def backup_before_upgrade(db: peewee.Database, url: str):
    if backend_of(url) != "sqlite":
        return None
    path = sqlite_path(url)

    def run() -> None:
        from crdesk.paths import backups_dir

        timestamped_backup(path, backups_dir(), "before-upgrade")

    return run if path.exists() else None


def upgrade_schema(db: peewee.Database, url: str) -> list[migrations.Migration]:
    """Apply pending migrations, backing up a SQLite file first; a schema newer than this crdesk is refused
    (migrations.SchemaTooNew)."""
    return migrations.upgrade(db, backup=backup_before_upgrade(db, url))


class SchemaBehind(ValueError):
    """An existing schema is older than this crdesk, and the caller may not upgrade it (only ``init-db`` does:
    other workstations share a server, and a command in a script should not change it on the way)."""

    def __init__(self, version: int, latest: int):
        super().__init__(f"the database schema is version {version}, this crdesk needs {latest}: run "
                         "`crdesk init-db` first (it backs up a local file before upgrading)")
        self.version, self.latest = version, latest


def init_database(url: str, upgrade_existing: bool = True) -> tuple[peewee.Database, list[migrations.Migration]]:
    """Connect, bind the models, apply pending migrations (backing up a SQLite file first). A new, empty
    database gets its tables either way; an existing older one is upgraded only with ``upgrade_existing``."""
    db = connect(url)
    version = migrations.current_version(db)
    if not upgrade_existing and version and migrations.pending(db):
        db.close()
        raise SchemaBehind(version, migrations.latest_version())
    return db, upgrade_schema(db, url)
