"""The database backends the data-layer tests run on.

SQLite always; PostgreSQL and MariaDB/MySQL when CRDESK_TEST_POSTGRES_URL / CRDESK_TEST_MYSQL_URL name a
server. Each test run creates a database of its own on a server (crdesk_test_<run id>) and drops it at the end.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from urllib.parse import urlparse, urlunparse

import peewee

from crdesk.db.connection import open_database

BACKENDS = {"sqlite": None, "postgresql": "CRDESK_TEST_POSTGRES_URL", "mysql": "CRDESK_TEST_MYSQL_URL"}


def _with_database(url: str, name: str) -> str:
    parts = urlparse(url)
    return urlunparse(parts._replace(path="/" + name))


@dataclass
class BackendServer:
    """A database of this test run's own on a server named by an environment variable."""

    backend: str
    admin_url: str
    name: str
    migrated: bool = False

    @property
    def url(self) -> str:
        return _with_database(self.admin_url, self.name)

    def _admin(self) -> peewee.Database:
        db = open_database(self.admin_url)
        db.connect()
        return db

    def create(self) -> None:
        admin = self._admin()
        try:
            if self.backend == "postgresql":
                admin.execute_sql(f'DROP DATABASE IF EXISTS "{self.name}"')
                admin.execute_sql(f"CREATE DATABASE \"{self.name}\" ENCODING 'UTF8' TEMPLATE template0")
            else:
                admin.execute_sql(f"DROP DATABASE IF EXISTS `{self.name}`")
                admin.execute_sql(f"CREATE DATABASE `{self.name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci")
        finally:
            admin.close()

    def drop(self) -> None:
        admin = self._admin()
        try:
            if self.backend == "postgresql":
                admin.execute_sql(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
            else:
                admin.execute_sql(f"DROP DATABASE IF EXISTS `{self.name}`")
        finally:
            admin.close()


def empty_tables(db: peewee.Database, backend: str) -> None:
    """Remove every row but the schema version, so each test starts from a fresh, migrated database."""
    tables = [t for t in db.get_tables() if t != "schema_version"]
    if not tables:
        return
    if backend == "postgresql":
        db.execute_sql("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE")
    else:
        db.execute_sql("SET FOREIGN_KEY_CHECKS=0")
        for table in tables:
            db.execute_sql(f"DELETE FROM `{table}`")
        db.execute_sql("SET FOREIGN_KEY_CHECKS=1")


def server_url(backend: str) -> str | None:
    env = BACKENDS[backend]
    return os.environ.get(env) if env else None
