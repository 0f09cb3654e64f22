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


def upgrade_schema(db: peewee.Database, url: str, upgrade_existing: bool = True) -> list[migrations.Migration]:
    """Apply pending migrations, backing up a SQLite file first; a schema newer than this crdesk is refused
    (migrations.SchemaTooNew), and an older one too unless ``upgrade_existing`` (migrations.SchemaBehind)."""
    return migrations.upgrade(db, backup_before_upgrade(db, url), upgrade_existing)


def init_database(url: str, upgrade_existing: bool = True) -> tuple[peewee.Database, list[migrations.Migration]]:
    """Connect, bind the models, apply pending migrations (backing up a SQLite file first). A new, empty
    database gets its tables either way; an existing older one is upgraded only with ``upgrade_existing``."""
    db = connect(url)
    try:
        return db, upgrade_schema(db, url, upgrade_existing)
    except migrations.SchemaMismatch:
        db.close()
        raise
