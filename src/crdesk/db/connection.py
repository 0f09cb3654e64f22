"""Open the database named by a URL and bind it to the models' proxy.

``sqlite:///path``, ``postgresql://user@host:port/db`` and ``mysql://user:pw@host:port/db`` are accepted.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlparse

import peewee
from playhouse.db_url import connect as url_connect

from crdesk.db.urls import DatabaseUrlError, backend_of, describe, sqlite_path  # noqa: F401 (re-exported)

DB = peewee.DatabaseProxy()

SQLITE_PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": 10000,
    "synchronous": "normal",
    "cache_size": -32000,
}
NETWORK_FS_TYPES = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "sshfs", "fuse.sshfs", "9p", "afs"}


class SqliteDatabase(peewee.SqliteDatabase):
    """Write transactions take the write lock when they begin (BEGIN IMMEDIATE), so a transaction that read
    and then writes waits for another workstation instead of failing with "database is locked"."""

    def begin(self, lock_type: str | None = "IMMEDIATE") -> None:
        super().begin(lock_type)


def _mount_fs_type(path: Path) -> str | None:
    """Filesystem type of the mount holding ``path`` (Linux only; None elsewhere)."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return None
    target = str(path.resolve())
    best, best_type = "", None
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and (target == parts[1] or target.startswith(parts[1].rstrip("/") + "/")):
            if len(parts[1]) > len(best):
                best, best_type = parts[1], parts[2]
    return best_type


def is_network_path(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    return _mount_fs_type(path.parent if not path.exists() else path) in NETWORK_FS_TYPES


def first_line(error: BaseException) -> str:
    """A driver's error in one line (they run to several, with hints and the statement)."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def open_database(url: str) -> peewee.Database:
    """Create (but do not bind) a peewee database for ``url``."""
    backend = backend_of(url)
    if backend == "sqlite":
        path = sqlite_path(url)
        if is_network_path(path):
            raise DatabaseUrlError(
                f"{path} is on a network share; SQLite files there get corrupted when several PCs write. "
                "Use a PostgreSQL or MySQL/MariaDB server for several workstations (see README, 'Several workstations')."
            )
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
        return SqliteDatabase(str(path), pragmas=SQLITE_PRAGMAS, timeout=10)
    # playhouse.db_url passes the password on still percent-encoded; a password with @ : / must be decoded.
    password = urlparse(url).password
    credentials = {"password": unquote(password)} if password else {}
    if backend == "mysql":
        url = url.replace("mariadb://", "mysql://", 1)
        # READ COMMITTED as on PostgreSQL: a refused save reports the row as it is now, not as this
        # transaction's snapshot saw it, and InnoDB takes no gap locks.
        return url_connect(url, charset="utf8mb4",
                           init_command="SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED", **credentials)
    return url_connect(url.replace("postgres://", "postgresql://", 1), **credentials)


def connect(url: str) -> peewee.Database:
    """Open ``url`` and bind it to the models' proxy ``DB``."""
    db = open_database(url)
    DB.initialize(db)
    return db


def revive(db: peewee.Database) -> None:
    """Between transactions, test a connection that sat idle and close it if the server dropped it (MySQL's
    ``wait_timeout``, a restarted server, a cable): the next query opens a fresh one and nothing is lost."""
    if db.is_closed() or db.in_transaction():
        return
    try:
        db.execute_sql("SELECT 1")
    except (peewee.OperationalError, peewee.InterfaceError):
        try:
            db.close()
        except Exception:  # the socket is gone; peewee has forgotten the connection either way
            pass
