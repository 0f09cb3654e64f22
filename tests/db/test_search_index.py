"""The search index itself: migration 0008 fills it from existing rows, triggers keep it in step with every
writer, and a backend without it says so and searches with LIKE."""
import logging

import peewee
import pytest

from crdesk.db import migrations, search
from crdesk.db.base import now
from crdesk.db.bulk import bulk_insert
from crdesk.db.connection import DB, connect
from crdesk.db.migrations import m0008_client_search
from crdesk.db.migrations.m0001_foundation import Client as FrozenClient
from crdesk.db.models.clients import Client
from crdesk.services import Services
from crdesk.services.clients import ClientData, ClientFilter
from crdesk.services.context import Actor


def _indexed(text: str) -> set[int]:
    """Ids the SQLite index itself holds for ``text`` (no LIKE re-check that would hide a stale entry)."""
    return {row[0] for row in search.candidates(Client, text).bind(Client._meta.database).tuples()}


def _row(code: str, name: str) -> dict:
    return {"code": code, "name": name, "search_text": f"{code.lower()} {name}"}


def _full_row(code: str, name: str) -> dict:
    """A row as the demo data and imports hand to bulk_insert: every column given."""
    stamp = now()
    return dict(_row(code, name), kind="dealer", grade="C", region="", address="", phone="", note="",
                active=True, last_contact_at=None, version=1, created_at=stamp, updated_at=stamp, updated_by="t")


def test_migration_indexes_the_rows_that_exist_before_it(tmp_path):
    db = connect(f"sqlite:///{tmp_path / 'old.sqlite3'}")
    for migration in migrations.available():
        if migration.number < 8:
            migration.apply(db)
    with db.bind_ctx([FrozenClient]):
        FrozenClient.insert_many([_row("KH000001", "上海华联超市"), _row("KH000002", "广州联华")]).execute()
    with db.atomic():
        m0008_client_search.apply(db)
    assert search.has_index(Client)
    assert _indexed("华联") == {1} and _indexed("联") == {1, 2} and _indexed("kh000002") == {2}
    db.close()


def _pending() -> dict[int, str | None]:
    return dict(DB.obj.execute_sql("SELECT id, indexed FROM client_search_pending").fetchall())


def _found(text: str) -> set[int]:
    return {c.id for c in Client.select(Client.id).where(search.text_condition(Client, text))}


def test_new_rows_and_noted_changes_are_found_before_and_after_a_refresh(sqlite_url):
    db = DB.obj
    with db.atomic():
        bulk_insert(db, Client, [_full_row("KH000001", "上海华联超市"), _full_row("KH000002", "北京物美")], {})
    one, two = (Client.get(Client.code == code).id for code in ("KH000001", "KH000002"))
    assert _indexed("物美") == set() and _found("物美") == {two}  # new rows are candidates until indexed
    assert search.refresh(Client) and _indexed("物美") == {two} and _pending() == {}
    Client.update(search_text="kh000002 北京永辉").where(Client.id == two).execute()
    Client.update(search_text="kh000002 北京永辉超市").where(Client.id == two).execute()
    Client.update(note="备注").where(Client.id == two).execute()  # search_text unchanged: nothing to note
    Client.delete().where(Client.id == one).execute()
    assert _pending() == {one: "kh000001 上海华联超市", two: "kh000002 北京物美"}  # what the index holds
    assert _found("物美") == set() and _found("永辉超") == {two} and _found("华联") == set()
    assert search.refresh(Client) and _pending() == {}
    assert _indexed("物美") == set() and _indexed("永辉超") == {two} and _indexed("华联") == set()
    assert _indexed("kh") == {two}
    db.execute_sql("INSERT INTO client_search(client_search, rank) VALUES ('integrity-check', 0)")


def test_a_deleted_highest_id_that_comes_back_is_indexed_as_its_new_row(sqlite_url):
    db = DB.obj
    bulk_insert(db, Client, [_full_row("KH000001", "上海华联超市"), _full_row("KH000002", "北京物美")], {})
    search.refresh(Client)
    last = Client.get(Client.code == "KH000002").id
    Client.delete().where(Client.id == last).execute()
    bulk_insert(db, Client, [_full_row("KH000003", "广州联华")], {})
    assert Client.get(Client.code == "KH000003").id == last  # SQLite hands the id out again
    assert _found("物美") == set() and _found("联华") == {last}
    Client.delete().where(Client.id == last).execute()  # a new row deleted before it was indexed
    bulk_insert(db, Client, [_full_row("KH000004", "深圳天虹")], {})
    search.refresh(Client)
    assert _indexed("物美") == set() and _indexed("联华") == set() and _indexed("天虹") == {last}
    assert _found("kh") == {1, last}
    db.execute_sql("INSERT INTO client_search(client_search, rank) VALUES ('integrity-check', 0)")


@pytest.fixture
def reception(sqlite_url):
    """A receptionist's services on SQLite only."""
    return Services(DB.obj).as_actor(Actor(None, "reception1", "李接待", "reception"))


def test_a_search_refreshes_the_index_once_many_rows_are_pending(reception, monkeypatch):
    monkeypatch.setattr(search, "REFRESH_AT", 2)
    for name in ("上海华联超市", "北京物美", "广州联华"):
        reception.clients.save(ClientData(name=name))
    assert _indexed("联") == set()
    assert [r.name for r in reception.clients.page(ClientFilter(text="联")).rows] == ["上海华联超市", "广州联华"]
    assert len(_indexed("联")) == 2


def test_a_search_that_cannot_refresh_the_index_is_still_right(reception, monkeypatch):
    monkeypatch.setattr(search, "REFRESH_AT", 0)
    monkeypatch.setattr(search, "refresh", lambda model: False)
    reception.clients.save(ClientData(name="上海华联超市"))
    assert reception.clients.count(ClientFilter(text="华联")) == 1 and _indexed("华联") == set()


def test_postgresql_has_a_trigram_index(db):
    if not isinstance(db, peewee.PostgresqlDatabase):
        pytest.skip("PostgreSQL only")
    indexes = {row[0] for row in db.execute_sql("SELECT indexname FROM pg_indexes WHERE tablename = 'client'")}
    assert "client_search_trgm" in indexes


class _RefusingDatabase(peewee.PostgresqlDatabase):
    """Records statements; refuses the ones that start with ``refused`` as a server would."""

    def __init__(self, refused: str):
        super().__init__(None)
        self.refused, self.statements = refused, []

    def atomic(self, *args, **kwargs):
        return _NoTransaction()

    def execute_sql(self, sql, params=None):
        self.statements.append(sql)
        if sql.startswith(self.refused):
            raise peewee.ProgrammingError('permission denied to create extension "pg_trgm"')


class _NoTransaction:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def test_postgresql_without_pg_trgm_logs_and_keeps_like(caplog):
    db = _RefusingDatabase("CREATE EXTENSION")
    with caplog.at_level(logging.WARNING):
        m0008_client_search.apply(db)
    assert db.statements == ["CREATE EXTENSION IF NOT EXISTS pg_trgm"]
    assert "pg_trgm" in caplog.text and "scans with LIKE" in caplog.text


def test_sqlite_without_the_trigram_tokenizer_logs_and_keeps_like(caplog, tmp_path, monkeypatch):
    db = connect(f"sqlite:///{tmp_path / 'plain.sqlite3'}")
    real = db.execute_sql

    def no_trigram(sql, params=None, *args):
        if "tokenize='trigram'" in sql:
            raise peewee.OperationalError("no such tokenizer: trigram")
        return real(sql, params, *args)

    monkeypatch.setattr(db, "execute_sql", no_trigram)
    with caplog.at_level(logging.WARNING):
        migrations.upgrade(db)
    assert "trigram" in caplog.text and not search.has_index(Client)
    assert Client.select().where(search.text_condition(Client, "华联")).count() == 0
    db.close()
