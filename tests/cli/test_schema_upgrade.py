"""Only `crdesk init-db` upgrades an existing older schema; other commands refuse it with one line (a script's
export must not change a database other workstations share) — but a backup can be taken first — while a new,
empty database gets its tables. Without --db, a command uses the database the workstation saved."""
from crdesk import cli
from crdesk.db import migrations
from crdesk.db.connection import DB


def test_only_init_db_upgrades_an_older_schema(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("CRDESK_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    everything = migrations.available()
    monkeypatch.setattr(migrations, "available", lambda: everything[:-1])
    assert cli.run(["--db", url, "init-db"]) == 0
    monkeypatch.setattr(migrations, "available", lambda: everything)

    assert cli.run(["--db", url, "export", "clients", "-o", str(tmp_path / "clients.csv")]) == 1
    assert "run `crdesk init-db` first" in capsys.readouterr().err
    assert migrations.current_version(DB.obj) == everything[-2].number and not (tmp_path / "clients.csv").exists()
    assert cli.run(["--db", url, "backup", "-o", str(tmp_path / "before.sqlite3")]) == 0  # a backup comes first


    assert cli.run(["--db", url, "init-db"]) == 0
    assert cli.run(["--db", url, "export", "clients", "-o", str(tmp_path / "clients.csv")]) == 0
    DB.obj.close()


def test_any_command_gives_a_new_database_its_tables(tmp_path, monkeypatch):
    monkeypatch.setenv("CRDESK_DATA_DIR", str(tmp_path / "data"))
    url = f"sqlite:///{tmp_path / 'new.sqlite3'}"
    assert cli.run(["--db", url, "export", "clients", "-o", str(tmp_path / "clients.csv")]) == 0
    assert migrations.current_version(DB.obj) == migrations.latest_version()
    DB.obj.close()


def test_without_db_a_command_uses_the_database_the_workstation_saved(sqlite_url, tmp_path, monkeypatch):
    from crdesk.services.clients import ClientData
    from crdesk.settings import Preferences
    from tests.fixtures import _services_for

    _services_for("manager").clients.save(ClientData(name="上海华联超市"))
    monkeypatch.delenv("CRDESK_DB_URL", raising=False)
    prefs = Preferences()
    prefs.set("database/url", sqlite_url)
    try:
        assert cli.run(["export", "clients", "-o", str(tmp_path / "clients.csv")]) == 0
    finally:
        prefs.set("database/url", "")
    assert "上海华联超市" in (tmp_path / "clients.csv").read_text(encoding="utf-8-sig")
