from types import SimpleNamespace

from crdesk.workstation import workstation_url


def _saved(url):
    return SimpleNamespace(get=lambda key: url if key == "database/url" else None)


def test_url_precedence_cli_then_environment_then_the_saved_choice(monkeypatch):
    monkeypatch.setenv("CRDESK_DB_URL", "postgresql://env/db")
    assert workstation_url("sqlite:///cli.db", _saved("sqlite:///saved.db")) == "sqlite:///cli.db"
    assert workstation_url(None, _saved("sqlite:///saved.db")) == "postgresql://env/db"
    monkeypatch.delenv("CRDESK_DB_URL")
    assert workstation_url(None, _saved("sqlite:///saved.db")) == "sqlite:///saved.db"
    assert workstation_url(None, _saved("")) is None  # the GUI's welcome dialog; the CLI's default local file
