"""Open a database by URL and bring its schema up to date (used by the app, the CLI and the tests)."""
from __future__ import annotations

import peewee

from crdesk.db import migrations
from crdesk.db.backup import timestamped_backup
from crdesk.db.connection import backend_of, connect, sqlite_path


class SchemaTooNew(ValueError):
    """A newer crdesk upgraded this database: this one must neither use nor write to it (never downgrade)."""

    def __init__(self, version: int, latest: int):
        super().__init__(f"the database schema is version {version}, newer than this crdesk knows ({latest}): "
                         "upgrade crdesk first")
        self.version, self.latest = version, latest


def backup_before_upgrade(db: peewee.Database, url: str):
    if backend_of(url) != "sqlite":
        return None
    path = sqlite_path(url)

    def run() -> None:
        from crdesk.paths import backups_dir

        timestamped_backup(path, backups_dir(), "before-upgrade")

    return run if path.exists() else None


def refuse_newer_schema(db: peewee.Database) -> None:
    """Raise SchemaTooNew (having only read) when a newer crdesk upgraded the database."""
    version, latest = migrations.current_version(db), migrations.latest_version()
    if version > latest:
        raise SchemaTooNew(version, latest)


def upgrade_schema(db: peewee.Database, url: str) -> list[migrations.Migration]:
    """Apply pending migrations, backing up a SQLite file first; a schema newer than this crdesk is refused."""
    refuse_newer_schema(db)
    return migrations.upgrade(db, backup=backup_before_upgrade(db, url))


def init_database(url: str) -> tuple[peewee.Database, list[migrations.Migration]]:
    """Connect, bind the models, apply pending migrations (backing up a SQLite file first)."""
    db = connect(url)
    return db, upgrade_schema(db, url)
