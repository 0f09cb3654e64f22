"""Backups of a SQLite database: on demand, daily (kept N days), before a migration; restore with checks."""
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from crdesk.db import migrations
from crdesk.db.connection import DB, open_database
from crdesk.db.models.clients import Client
from crdesk.db.models.core import AuditLog
from crdesk.services import backup
from crdesk.services.backup import ServerBackup, check_backup, daily_backup, server_commands
from crdesk.services.clients import ClientData
from crdesk.services.context import Actor, Context
from crdesk.services.errors import PermissionDenied, ValidationError
from tests.fixtures import _services_for

TODAY = dt.date(2026, 3, 15)


@pytest.fixture
def manager(sqlite_url):
    services = _services_for("manager")
    services.clients.save(ClientData(name="上海华联超市"))
    return services


def test_backup_on_demand_is_a_checked_consistent_copy(manager, tmp_path):
    target = manager.backup.backup_to(tmp_path / "out" / "copy.sqlite3")
    assert check_backup(target) == migrations.latest_version()
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT name FROM client").fetchall() == [("上海华联超市",)]
    assert not list((tmp_path / "out").glob("*.part"))


def test_restore_brings_the_backup_back_and_keeps_the_replaced_database(manager, tmp_path):
    saved = manager.backup.backup_to(tmp_path / "copy.sqlite3")
    manager.clients.save(ClientData(name="备份之后新建的客户"))
    version = manager.backup.restore(saved, tmp_path / "safety")
    assert version == migrations.latest_version()
    assert [c.name for c in Client.select()] == ["上海华联超市"]
    assert AuditLog.select().where(AuditLog.action == "restore").count() == 1
    kept = list((tmp_path / "safety").glob("*-before-restore-*.sqlite3"))
    with sqlite3.connect(kept[0]) as before:
        assert before.execute("SELECT COUNT(*) FROM client").fetchone() == (2,)


def _database_with(tmp_path, name, statements):
    path = tmp_path / name
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement)
    return path


def test_restore_refuses_what_is_not_a_whole_backup_of_a_known_version(manager, tmp_path):
    good = manager.backup.backup_to(tmp_path / "good.sqlite3")
    damaged = tmp_path / "damaged.sqlite3"
    data = bytearray(good.read_bytes())
    data[4096 * 2:4096 * 2 + 64] = b"\xff" * 64  # overwrite part of a b-tree page
    damaged.write_bytes(bytes(data))
    newer = _database_with(tmp_path, "newer.sqlite3", [
        "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)",
        "INSERT INTO schema_version VALUES (9999, 'future', '2030-01-01')"])
    foreign = _database_with(tmp_path, "foreign.sqlite3", ["CREATE TABLE t (x)"])
    text = tmp_path / "notes.sqlite3"
    text.write_text("这不是数据库")
    for path, code in [(damaged, "backup_damaged"), (newer, "backup_too_new"), (foreign, "not_a_backup"),
                       (text, "backup_damaged"), (tmp_path / "missing.sqlite3", "not_a_backup")]:
        with pytest.raises(ValidationError) as caught:
            manager.backup.restore(path, tmp_path / "safety")
        assert caught.value.code == code, path
    assert [c.name for c in Client.select()] == ["上海华联超市"] and not (tmp_path / "safety").exists()


def test_daily_backup_once_a_day_and_old_ones_are_removed(manager, tmp_path):
    folder = tmp_path / "daily"
    folder.mkdir()
    stem = backup.sqlite_file(DB.obj).stem
    for days in (1, 2, 7, 30):
        (folder / f"{stem}-daily-{TODAY - dt.timedelta(days=days):%Y%m%d}.sqlite3").write_bytes(b"")
    (folder / f"{stem}-before-upgrade-20200101-000000.sqlite3").write_bytes(b"")
    made = daily_backup(DB.obj, folder, keep_days=7, today=TODAY)
    assert made.name == f"{stem}-daily-20260315.sqlite3" and check_backup(made)
    assert daily_backup(DB.obj, folder, keep_days=7, today=TODAY) is None
    names = sorted(p.name for p in folder.glob("*.sqlite3"))
    assert names == sorted([f"{stem}-before-upgrade-20200101-000000.sqlite3", f"{stem}-daily-20260313.sqlite3",
                            f"{stem}-daily-20260314.sqlite3", f"{stem}-daily-20260315.sqlite3"])


def test_a_migration_is_preceded_by_a_backup(tmp_path, monkeypatch):
    from crdesk.db.setup import init_database

    monkeypatch.setenv("CRDESK_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    everything = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: everything[:-1])
    init_database(url)[0].close()
    monkeypatch.setattr(migrations, "available", lambda: everything)
    _, applied = init_database(url)
    DB.obj.close()
    assert [m.number for m in applied] == [everything[-1].number]
    kept = list((tmp_path / "data" / "backups").glob("old-before-upgrade-*.sqlite3"))
    assert len(kept) == 1 and check_backup(kept[0]) == everything[-2].number


def test_only_a_role_with_the_backup_permission_may_back_up_or_restore(manager, tmp_path):
    clerk = _services_for("clerk")
    with pytest.raises(PermissionDenied):
        clerk.backup.backup_to(tmp_path / "x.sqlite3")
    with pytest.raises(PermissionDenied):
        clerk.backup.restore(tmp_path / "x.sqlite3", tmp_path)


@pytest.mark.parametrize("url,backup_cmd,restore_cmd", [
    ("postgresql://crdesk@db.lan:5433/客服", "pg_dump --host db.lan --port 5433 --username crdesk --format custom "
     "--file crdesk-20260315.dump '客服'", "pg_restore --host db.lan --port 5433 --username crdesk --clean "
     "--if-exists --dbname '客服' crdesk-20260315.dump"),
    ("mysql://kf:secret@10.0.0.5/crdesk", "mariadb-dump --host 10.0.0.5 --port 3306 --user kf -p "
     "--single-transaction --routines --default-character-set=utf8mb4 crdesk > crdesk-20260315.sql",
     "mariadb --host 10.0.0.5 --port 3306 --user kf -p crdesk < crdesk-20260315.sql"),
])
def test_a_server_gets_the_matching_dump_command_instead_of_a_pretend_backup(url, backup_cmd, restore_cmd):
    db = open_database(url)
    commands = server_commands(db, TODAY)
    assert (commands.backup, commands.restore) == (backup_cmd, restore_cmd)
    assert "secret" not in commands.backup + commands.restore
    service = backup.BackupService(Context(db, Actor(None, "boss", "经理", "manager"), lambda: dt.datetime(2026, 3, 15)))
    assert service.commands() == commands
    with pytest.raises(ServerBackup) as caught:
        service.backup_to("/srv/备份/crdesk.dump")
    assert caught.value.commands == server_commands(db, TODAY, Path("/srv/备份/crdesk.dump"))
    assert "'/srv/备份/crdesk.dump'" in caught.value.commands.backup + caught.value.commands.restore
