"""Database URLs without the database layer: which backend, which file, which URL to use, and how to show
one. Importing this loads neither peewee nor a driver (the first window opens before they load)."""
from __future__ import annotations

import os
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


def workstation_url(cli_url: str | None, prefs=None) -> str | None:
    """The database this workstation uses: --db, else CRDESK_DB_URL, else the choice it saved in the connection
    dialog (``prefs``: settings.Preferences; the password from the keyring). None when there is none of them
    (the GUI then shows its welcome dialog; the command line takes the default local file). The saved choice is
    read only when needed: QSettings loads QtCore, which a command with --db does without."""
    if cli_url or os.environ.get("CRDESK_DB_URL"):
        return resolve_url(cli_url)
    from crdesk.keyring_store import complete_url
    from crdesk.settings import Preferences

    saved = (prefs or Preferences()).get("database/url")
    return resolve_url(None, complete_url(saved)) if saved else None


def resolve_url(cli_url: str | None, saved_url: str | None = None) -> str:
    """--db beats CRDESK_DB_URL beats the saved setting beats the default local file."""
    from crdesk.paths import default_database_url

    return cli_url or os.environ.get("CRDESK_DB_URL") or saved_url or default_database_url()


def describe(url: str) -> str:
    """A URL fit for a status bar: no password."""
    parsed = urlparse(url)
    if backend_of(url) == "sqlite":
        return str(sqlite_path(url))
    host = parsed.hostname or "localhost"
    port = f":{parsed.port}" if parsed.port else ""
    user = f"{parsed.username}@" if parsed.username else ""
    return f"{parsed.scheme}://{user}{host}{port}{parsed.path}"
