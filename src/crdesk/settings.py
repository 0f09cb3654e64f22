"""Per-user, per-workstation preferences (QSettings), declared once with their types and defaults.

Business settings shared by every workstation live in the database (services/business_settings.py).
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

PREFERENCES: dict[str, tuple[type, Any]] = {
    "language": (str, ""),  # "" = from the system locale
    "database/url": (str, ""),  # without the password: that is in the OS keyring (keyring_store.py)
    "database/remember_password": (bool, True),
    "backup/auto": (bool, True),  # a daily backup of a local (SQLite) database
    "backup/keep_days": (int, 14),
    "backup/folder": (str, ""),  # "" = the backups folder in the user data folder
    "live_refresh/seconds": (int, 3),  # how often lists look for other workstations' changes; 0 = never
    "ui/last_username": (str, ""),
}


class Preferences:
    def __init__(self, settings: QSettings | None = None):
        self._settings = settings or QSettings("crdesk", "crdesk")

    def get(self, key: str) -> Any:
        kind, default = PREFERENCES[key]
        return self._settings.value(key, default, type=kind)

    def set(self, key: str, value: Any) -> None:
        if key not in PREFERENCES:
            raise KeyError(key)
        self._settings.setValue(key, value)

    def state(self, key: str) -> QByteArray | None:
        """Saved widget state (window geometry, splitter sizes, table header layout)."""
        value = self._settings.value(f"state/{key}")
        return value if isinstance(value, QByteArray) else None

    def save_state(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(f"state/{key}", value)

    def sync(self) -> None:
        self._settings.sync()
