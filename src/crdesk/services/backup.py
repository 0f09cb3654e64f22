"""Backup and restore.

* SQLite: an online backup (consistent while others keep working) on demand, a daily automatic backup kept
  ``keep_days`` days, and one before every migration (db/setup.py). Every backup is checked after writing.
* Restore checks the file first (``PRAGMA integrity_check``, a crdesk schema version this program knows),
  keeps a copy of the current database ("before-restore"), copies the backup in with the backup API on the
  open connection, and upgrades its schema if it is older.
* PostgreSQL and MySQL/MariaDB: crdesk does not pretend; it gives the matching pg_dump / mariadb-dump and
  restore commands for the server's administrator.
"""
from __future__ import annotations

import datetime as dt
import re
import shlex
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import peewee

from crdesk.db import migrations
from crdesk.db.backup import backup_sqlite, timestamped_backup
from crdesk.files import written_whole
from crdesk.services import audit
from crdesk.services import permissions as P
from crdesk.services.context import Context
from crdesk.services.errors import ServiceError, ValidationError

DAILY = re.compile(r"-daily-(\d{8})\.sqlite3$")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    modified: dt.datetime
    size: int


@dataclass(frozen=True)
class ServerCommands:
    tool: str
    backup: str
    restore: str


class ServerBackup(ServiceError):
    """The database is on a server: back it up with the server's own tools (``commands``)."""

    code = "server_backup"

    def __init__(self, commands: ServerCommands):
        super().__init__(tool=commands.tool, command=commands.backup)
        self.commands = commands


def _real(db: peewee.Database) -> peewee.Database:
    return getattr(db, "obj", db)


def is_sqlite(db: peewee.Database) -> bool:
    return isinstance(_real(db), peewee.SqliteDatabase)


def sqlite_file(db: peewee.Database) -> Path:
    return Path(_real(db).database)


def check_backup(path: Path) -> int:
    """The schema version of a backup file that is whole and that this crdesk can open; else ValidationError."""
    path = Path(path)
    if not path.is_file():
        raise ValidationError("file", "not_a_backup")
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            result = [row[0] for row in connection.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise ValidationError("file", "backup_damaged", detail="; ".join(result[:3]))
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "schema_version" not in tables:
                raise ValidationError("file", "not_a_backup")
            version = connection.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] or 0
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:  # not a database at all, or encrypted
        raise ValidationError("file", "backup_damaged", detail=str(error)) from None
    if version < 1:
        raise ValidationError("file", "not_a_backup")
    if version > migrations.latest_version():
        raise ValidationError("file", "backup_too_new", version=version, latest=migrations.latest_version())
    return version


def daily_backup(db: peewee.Database, folder: Path, keep_days: int, today: dt.date) -> Path | None:
    """Today's automatic backup of a SQLite database (once a day), then remove daily backups older than
    ``keep_days``. Returns the new file, or None when there was nothing to do."""
    if not is_sqlite(db) or not sqlite_file(db).exists():
        return None
    source = sqlite_file(db)
    target = Path(folder) / f"{source.stem}-daily-{today:%Y%m%d}.sqlite3"
    made = None
    if not target.exists():
        with written_whole(target) as part:
            backup_sqlite(source, part)
            check_backup(part)
        made = target
    prune(folder, source.stem, keep_days, today)
    return made


def prune(folder: Path, stem: str, keep_days: int, today: dt.date) -> list[Path]:
    removed = []
    for path in Path(folder).glob(f"{stem}-daily-*.sqlite3"):
        match = DAILY.search(path.name)
        day = dt.datetime.strptime(match.group(1), "%Y%m%d").date() if match else today
        if (today - day).days >= max(keep_days, 1):
            path.unlink(missing_ok=True)
            removed.append(path)
    return removed


def list_backups(folder: Path) -> list[BackupInfo]:
    """Backup files in ``folder``, newest first."""
    found = [(p, p.stat()) for p in Path(folder).glob("*.sqlite3") if p.is_file()]
    return [BackupInfo(p, dt.datetime.fromtimestamp(s.st_mtime).replace(microsecond=0), s.st_size)
            for p, s in sorted(found, key=lambda item: item[1].st_mtime, reverse=True)]


def server_commands(db: peewee.Database, today: dt.date, target: Path | None = None) -> ServerCommands:
    """The dump and restore commands for the server behind ``db`` (the password is asked for by the tool),
    writing ``target`` or, without one, a dated file in the current folder."""
    real = _real(db)
    params = real.connect_params
    name, user = real.database, params.get("user") or ""
    host, port = params.get("host") or "localhost", params.get("port")
    q = shlex.quote
    if isinstance(real, peewee.PostgresqlDatabase):
        target = q(str(target)) if target else f"crdesk-{today:%Y%m%d}.dump"
        where = f"--host {q(host)} --port {port or 5432} --username {q(user or 'postgres')}"
        return ServerCommands("pg_dump", f"pg_dump {where} --format custom --file {target} {q(name)}",
                              f"pg_restore {where} --clean --if-exists --dbname {q(name)} {target}")
    target = q(str(target)) if target else f"crdesk-{today:%Y%m%d}.sql"
    where = f"--host {q(host)} --port {port or 3306} --user {q(user or 'root')} -p"
    return ServerCommands("mariadb-dump",
                          f"mariadb-dump {where} --single-transaction --routines --default-character-set=utf8mb4 "
                          f"{q(name)} > {target}", f"mariadb {where} {q(name)} < {target}")


class BackupService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def _sqlite_only(self, target: Path | None = None) -> Path:
        self.ctx.require(P.BACKUP)
        if not is_sqlite(self.ctx.db):
            raise ServerBackup(server_commands(self.ctx.db, self.ctx.today(), target))
        return sqlite_file(self.ctx.db)

    def backup_to(self, target: Path) -> Path:
        """An online backup of the SQLite database to ``target``, checked after writing (for a server:
        ServerBackup with the commands that dump it to ``target``)."""
        target = Path(target)
        source = self._sqlite_only(target)
        with written_whole(target) as part:
            backup_sqlite(source, part)
            check_backup(part)
        return target

    def restore(self, source: Path, safety_folder: Path) -> int:
        """Replace the database with a checked backup; the current one is kept in ``safety_folder`` first.
        Returns the schema version after the restore (upgraded if the backup was older)."""
        current = self._sqlite_only()
        check_backup(source)
        if current.exists():
            timestamped_backup(current, Path(safety_folder), "before-restore")
        db = _real(self.ctx.db)
        backup = sqlite3.connect(str(source))
        try:
            backup.backup(db.connection())
        finally:
            backup.close()
        migrations.upgrade(db)
        with db.atomic():
            audit.record(self.ctx, "restore", "database", None, {"file": [None, Path(source).name]},
                         reason=Path(source).name)
        return migrations.current_version(db)

    def commands(self) -> ServerCommands | None:
        """For a server: the commands an administrator runs; for SQLite: None."""
        self.ctx.require(P.BACKUP)
        return None if is_sqlite(self.ctx.db) else server_commands(self.ctx.db, self.ctx.today())
