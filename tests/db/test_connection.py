import sqlite3

import pytest

from crdesk.db import connection, migrations
from crdesk.db.connection import DatabaseUrlError, backend_of, describe, open_database
from crdesk.db.setup import init_database


def test_backend_is_chosen_by_url_scheme():
    assert backend_of("sqlite:////tmp/a.db") == "sqlite"
    assert backend_of("postgresql://u@h/db") == "postgresql"
    assert backend_of("mysql://root@127.0.0.1:3306/test") == "mysql"
    with pytest.raises(DatabaseUrlError):
        backend_of("oracle://x")


def test_status_text_never_shows_the_password():
    assert describe("postgresql://crm:secret@db.lan:5432/crdesk") == "postgresql://crm@db.lan:5432/crdesk"


@pytest.mark.parametrize("path", ["//fileserver/share/crdesk.sqlite3", "\\\\fileserver\\share\\crdesk.sqlite3"])
def test_sqlite_file_on_a_network_share_is_refused_with_the_server_hint(path):
    with pytest.raises(DatabaseUrlError, match="PostgreSQL or MySQL"):
        open_database(f"sqlite:///{path}")


def test_sqlite_file_on_an_nfs_mount_is_refused(monkeypatch, tmp_path):
    monkeypatch.setattr(connection, "_mount_fs_type", lambda path: "nfs4")
    with pytest.raises(DatabaseUrlError):
        open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")


def test_sqlite_uses_wal_foreign_keys_and_a_busy_timeout(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 5000
    db.close()


def test_init_is_idempotent_and_backs_up_a_sqlite_file_before_upgrading(tmp_path, monkeypatch):
    monkeypatch.setenv("CRDESK_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'desk.sqlite3'}"
    db, applied = init_database(url)
    assert [m.number for m in applied] == [m.number for m in migrations.available()]
    # pretend the last migration is new: the next start must back the file up, then apply it
    db.execute_sql("DELETE FROM schema_version WHERE version = ?", (migrations.latest_version(),))
    last = migrations.available()[-1]
    monkeypatch.setattr(last.module, "apply", lambda database: None)
    db.close()
    db, applied = init_database(url)
    assert [m.number for m in applied] == [last.number]
    backups = list((tmp_path / "data" / "backups").glob("desk-before-upgrade-*.sqlite3"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as copy:
        before_last = migrations.available()[-2].number
        assert copy.execute("SELECT MAX(version) FROM schema_version").fetchone()[0] == before_last
    db, applied = init_database(url)
    assert applied == []
    db.close()
