"""The client list pages from an index on every backend, for every indexed sort column and direction, and
each such column has exactly the index it needs (two per column made every insert pay twice)."""
import datetime as dt
import logging
import re

import peewee
import pytest

from crdesk.db.connection import DB
from crdesk.db.models.clients import Client

INDEXED_SORTS = {"code": "KH001500", "name": "客户01500", "region": "区域07", "phone": "13800001500"}


def _fill(db, count=3000):
    stamp = dt.datetime(2026, 1, 5, 9, 0)
    rows = [dict(code=f"KH{i:06d}", name=f"客户{i:05d}", kind="dealer", grade="B", region=f"区域{i % 13:02d}",
                 address="", phone=f"138{i:08d}", note="", active=True, search_text="", created_at=stamp,
                 updated_at=stamp, updated_by="test", version=1) for i in range(count)]
    with db.atomic():
        for start in range(0, count, 500):
            Client.insert_many(rows[start:start + 500]).execute()
    db.execute_sql("ANALYZE client" if not isinstance(db, peewee.MySQLDatabase) else "ANALYZE TABLE client")


def _page_sql(services, caplog, sort, descending):
    caplog.clear()
    with caplog.at_level(logging.DEBUG, logger="peewee"):
        services.clients.page(sort=sort, descending=descending, after=(INDEXED_SORTS[sort], 1500), limit=50)
    return next(r.msg for r in reversed(caplog.records) if "ORDER BY" in r.msg[0])


def _sorts(db, sql, params) -> bool:
    """Whether the database sorts the rows itself instead of reading them in index order (PostgreSQL's
    incremental sort of rows the index already orders by the column streams: it stops at the page's end)."""
    if isinstance(db, peewee.SqliteDatabase):
        plan = " ".join(row[-1] for row in db.execute_sql("EXPLAIN QUERY PLAN " + sql, params))
        return "TEMP B-TREE" in plan
    plan = " ".join(str(cell) for row in db.execute_sql("EXPLAIN " + sql, params) for cell in row)
    if isinstance(db, peewee.MySQLDatabase):
        return "filesort" in plan
    return re.search(r"(?<!Incremental )Sort  \(cost", plan) is not None


@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("sort", list(INDEXED_SORTS))
def test_a_deep_page_reads_the_index_in_order_without_sorting(db, reception, caplog, sort, descending):
    _fill(db)
    sql, params = _page_sql(reception, caplog, sort, descending)
    assert not _sorts(DB.obj, sql, params), sql


def test_no_two_client_indexes_begin_with_the_same_column_but_the_unique_code(db):
    leading = [index.columns[0] for index in db.get_indexes("client")]
    doubled = {column for column in leading if leading.count(column) > 1}
    assert doubled <= {"code"}
    assert {"name", "region", "phone", "last_contact_at"} <= set(leading)



def test_the_index_migration_run_again_after_being_cut_short_finishes_without_error(db):
    from crdesk.db.migrations import m0009_lean_client_indexes as m0009

    before = sorted(index.name for index in db.get_indexes("client"))
    m0009.apply(db)  # as after a cut: MySQL committed some of the drops, schema_version does not say so
    assert sorted(index.name for index in db.get_indexes("client")) == before
