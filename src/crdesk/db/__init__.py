"""Data layer: peewee models on one DatabaseProxy, connection by URL, numbered migrations. No Qt here."""
from crdesk.db.connection import DB, open_database, connect

__all__ = ["DB", "open_database", "connect"]
