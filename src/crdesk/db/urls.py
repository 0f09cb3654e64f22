"""Database URLs without the database layer: which backend, which file, and how to show one. Importing this loads neither peewee nor a driver (the first window opens before they load)."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse


class DatabaseUrlError(ValueError):
    """The URL cannot be used; the message says why and what to do instead."""


def backend_of(url: str) -> str:
    scheme = urlparse(url).scheme.split("+")[0]
    if scheme in ("sqlite", ""):
        return "sqlite"
    if scheme in ("postgres", "postgresql", "postgresext"):
        return "postgresql"
    if scheme in ("mysql", "mariadb"):
        return "mysql"
    raise DatabaseUrlError(f"unsupported database URL scheme {scheme!r}: use sqlite:///, postgresql:// or mysql://")


def sqlite_path(url: str) -> Path:
    return Path(url.split("sqlite:///", 1)[1]) if url.startswith("sqlite:///") else Path(url)


def describe(url: str) -> str:
    """A URL fit for a status bar: no password."""
    parsed = urlparse(url)
    if backend_of(url) == "sqlite":
        return str(sqlite_path(url))
    host = parsed.hostname or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    user = f"{parsed.username}@" if parsed.username else ""
    return f"{parsed.scheme}://{user}{host}{port}{parsed.path}"
