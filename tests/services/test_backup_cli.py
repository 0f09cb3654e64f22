"""`crdesk backup -o FILE` and `crdesk restore FILE`."""
from crdesk import cli
from crdesk.db.connection import DB
from crdesk.db.models.clients import Client
from crdesk.services import Services
from crdesk.services.clients import ClientData


def test_backup_then_restore_from_the_command_line(sqlite_url, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CRDESK_DATA_DIR", str(tmp_path / "data"))
    Services(DB.obj).clients.save(ClientData(name="上海华联超市"))
    out = tmp_path / "nightly.sqlite3"
    assert cli.run(["--db", sqlite_url, "backup", "-o", str(out)]) == 0
    assert "integrity checked" in capsys.readouterr().out
    Services(DB.obj).clients.save(ClientData(name="稍后新建"))
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    assert cli.run(["--db", sqlite_url, "restore", str(out)]) == 1
    assert Client.select().count() == 2
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    assert cli.run(["--db", sqlite_url, "restore", str(out)]) == 0
    assert [c.name for c in Client.select()] == ["上海华联超市"]
    assert len(list((tmp_path / "data" / "backups").glob("*-before-restore-*"))) == 1


def test_a_bad_backup_is_refused_before_anything_changes(sqlite_url, tmp_path, capsys):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    assert cli.run(["--db", sqlite_url, "restore", str(junk), "--yes"]) == 1
    assert capsys.readouterr().err.startswith("crdesk: error: file: 备份文件已损坏")


def test_backup_of_a_server_prints_the_dump_command(capsys, monkeypatch):
    from crdesk.cli_data import run_backup
    from crdesk.db.connection import open_database
    from crdesk.services.context import Actor

    services = Services(open_database("postgresql://kf@db.lan/crdesk"), Actor(None, "cli", "命令行", "manager"))
    assert run_backup(services, type("Args", (), {"output": "x"})) == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("pg_dump --host db.lan --port 5432 --username kf") and "pg_restore" in captured.err
