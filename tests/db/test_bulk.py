"""Bulk import writes on SQLite: the plain indexes dropped for a large import come back as they were, whether
the import is written or refused, and stay in place when the table is the larger side."""
import pytest

from crdesk.db.bulk import indexes_built_after
from crdesk.db.connection import DB
from crdesk.db.models.clients import Client
from crdesk.services.clients import ClientData
from tests.fixtures import _services_for


@pytest.fixture
def manager(sqlite_url):
    return _services_for("manager")


def _indexes():
    return DB.obj.execute_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'client' "
                              "ORDER BY name").fetchall()


def _csv(tmp_path, rows):
    path = tmp_path / "clients.csv"
    path.write_text("客户名称,电话\n" + "".join(f"{name},{phone}\n" for name, phone in rows), encoding="utf-8-sig")
    return path


def test_an_import_into_an_empty_table_leaves_every_index_as_it_was(manager, tmp_path):
    before = _indexes()
    result = manager.importing.run(_csv(tmp_path, [("上海华联超市", "13812345678"), ("杭州百货", "")]), "clients")
    assert result.imported == 2 and _indexes() == before
    plan = DB.obj.execute_sql("EXPLAIN QUERY PLAN SELECT id FROM client WHERE name = ?", ("杭州百货",)).fetchall()
    assert "client_name" in plan[0][-1]


def test_a_refused_import_leaves_every_index_as_it_was(manager, tmp_path):
    before = _indexes()
    result = manager.importing.run(_csv(tmp_path, [("上海华联超市", "13812345678"), ("杭州百货", "123")]), "clients")
    assert result.refused and _indexes() == before and Client.select().count() == 0


def test_indexes_stay_while_a_few_rows_go_into_a_larger_table(manager):
    for number in range(3):
        manager.clients.save(ClientData(name=f"客户{number}"))
    before = _indexes()
    with DB.obj.atomic(), indexes_built_after(DB.obj, Client, incoming=2):
        assert _indexes() == before
    with DB.obj.atomic(), indexes_built_after(DB.obj, Client, incoming=5):
        assert [name for name, _ in _indexes()] == ["client_code"]  # the unique one stays
    assert _indexes() == before
