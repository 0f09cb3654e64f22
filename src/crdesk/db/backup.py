"""Consistent copies of a SQLite database file (the online backup API: safe while others write)."""
from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path


def backup_sqlite(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(str(source)) as src, sqlite3.connect(str(target)) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    return target


def timestamped_backup(source: Path, folder: Path, reason: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    return backup_sqlite(source, folder / f"{source.stem}-{reason}-{stamp}.sqlite3")
