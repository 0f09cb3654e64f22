"""Where crdesk finds its resources and keeps user data.

Resources are found the same way from a source checkout (``<repo>/resources``), an installed wheel
(``crdesk/resources`` inside the package) and a PyInstaller bundle (``sys._MEIPASS/resources``).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "crdesk"
_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(_PACKAGE_DIR / "resources")  # wheel
    candidates.append(_PACKAGE_DIR.parent.parent / "resources")  # checkout: src/crdesk/../../resources
    for candidate in candidates:
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("crdesk resources not found; looked in: " + ", ".join(map(str, candidates)))


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def font_path() -> Path:
    return resource("fonts", "wqy-microhei.ttc")


def user_data_dir() -> Path:
    override = os.environ.get("CRDESK_DATA_DIR")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_NAME, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_url() -> str:
    return "sqlite:///" + str(user_data_dir() / "crdesk.sqlite3")


def backups_dir() -> Path:
    path = user_data_dir() / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path
