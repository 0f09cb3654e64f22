"""Client search over a large table: the list page (first 200 rows by code) plus the capped count ("1000+").

crdesk: ``services.clients.page`` and ``services.clients.count`` with the search text, through the search index
(crdesk.db.search) on a database made by ``crdesk demo-data --scale N --only clients`` (5000 ≈ 1,000,000
clients; the file of bench_clients_list.py, brought up to the latest schema here). Baseline in the same run:
the same query in raw sqlite3 — ``search_text LIKE '%…%'`` with the same filter, order, limit and cap.
Terms: two Chinese characters, rare (a contact's name) and common (a city); three or more, rare (a contact's
full name) and common (a shop kind). Targets: ≤ 300 ms for two characters, ≤ 100 ms for three or more.
Also what keeping the index costs a bulk insert of 100,000 clients (baseline: the same insert without the index;
the triggers only fire on updates and deletes), and the index catch-up the first search after it does.

    python benchmarks/bench_search.py [--quick] [--json out.json]
"""
from __future__ import annotations

import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from bench_clients_list import database
from common import emit, flush_disk, parser, row, samples, summary

PAGE, CAP = 200, 1000
TERMS = [  # scenario, text, target (ms)
    ("search 2 Chinese characters, rare (刘伟)", "刘伟", 300.0),
    ("search 2 Chinese characters, common (上海)", "上海", 300.0),
    ("search 3+ characters, rare (王秀英)", "王秀英", 100.0),
    ("search 3+ characters, common (便利店)", "便利店", 100.0),
]
# The columns of a line of the clients list (ClientRow), for the raw-SQL baselines.
LIST_COLUMNS = "id, code, name, kind, grade, region, phone, active, updated_at, version, last_contact_at"
PAGE_SQL = (f"SELECT {LIST_COLUMNS} FROM client WHERE search_text LIKE ? ESCAPE '\\' AND active = 1 "
            "ORDER BY code, id LIMIT ?")
COUNT_SQL = ("SELECT COUNT(*) FROM (SELECT 1 FROM client WHERE search_text LIKE ? ESCAPE '\\' AND active = 1 "
             "LIMIT ?)")


def services_for(path):
    """Services of a reception user on ``path``, after bringing its schema and search index up to date
    (``demo-data`` leaves its rows pending for the index; the first search would refresh it)."""
    from crdesk.db import migrations, search
    from crdesk.db.connection import connect
    from crdesk.db.models.clients import Client
    from crdesk.services import Services
    from crdesk.services.context import Actor

    db = connect(f"sqlite:///{path}")
    started = time.perf_counter()
    applied = migrations.upgrade(db)
    if applied:
        print(f"migrated {path.name} to {[m.number for m in applied]} in {time.perf_counter() - started:.1f} s",
              file=sys.stderr)
    started = time.perf_counter()
    search.refresh(Client)
    print(f"search index refreshed in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return Services(db).as_actor(Actor(None, "bench", "测试", "reception"))


def crdesk_search(services, text: str):
    from crdesk.services.clients import ClientFilter

    flt = ClientFilter(text=text)
    return services.clients.page(flt, sort="code", limit=PAGE).rows, services.clients.count(flt)


def raw_search(connection: sqlite3.Connection, text: str):
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = connection.execute(PAGE_SQL, (pattern, PAGE)).fetchall()
    return rows, connection.execute(COUNT_SQL, (pattern, CAP + 1)).fetchone()[0]


def insert_ms(folder: Path, count: int, with_index: bool) -> tuple[float, float]:
    """Bulk-insert ``count`` demo clients as demo data and imports do (2,000 a transaction) into a fresh
    database, with or without migration 0008's objects; then the index catch-up the next search does."""
    from crdesk.db import migrations, search
    from crdesk.db.bulk import bulk_insert
    from crdesk.db.connection import connect
    from crdesk.db.models.clients import Client
    from crdesk.demo.clients import _client_rows

    flush_disk()  # the previous run's file
    db = connect(f"sqlite:///{folder / f'insert-{with_index}-{time.monotonic_ns()}.sqlite3'}")
    migrations.upgrade(db)
    if not with_index:
        for statement in ("DROP TRIGGER client_search_update", "DROP TRIGGER client_search_delete",
                          "DROP TABLE client_search_vocab", "DROP TABLE client_search"):
            db.execute_sql(statement)
    rows = [values for values, _ in _client_rows(random.Random(1), 1, count)]
    started = time.perf_counter()
    for first in range(0, count, 2000):
        with db.atomic():
            bulk_insert(db, Client, rows[first:first + 2000], {})
    inserted = time.perf_counter()
    search.refresh(Client)
    done = time.perf_counter()
    db.close()
    return (inserted - started) * 1000, (done - inserted) * 1000


def insert_rows(count: int, repeats: int) -> list:
    ours, base, catch_up = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        for repeat in range(repeats):  # alternating which goes first, so neither always follows the other
            for with_index in (True, False) if repeat % 2 == 0 else (False, True):
                inserted, caught_up = insert_ms(Path(folder), count, with_index)
                (ours if with_index else base).append(inserted)
                if with_index:
                    catch_up.append(caught_up)
    insert_target = 1.15 * summary(base)[0]
    return [
        row(f"bulk insert of {count:,} clients, search index kept", "ms", ours, base, "≤1.15×",
            lambda m, b: m <= insert_target),
        row("search index catch-up after that insert (first search)", "ms", catch_up, None,
            f"≤{count // 40:,} ms", lambda m, b: m <= count / 40),
    ]


def main() -> None:
    args = parser(__doc__).parse_args()
    path = database(50 if args.quick else 5000)
    repeats = 3 if args.quick else 9
    services = services_for(path)
    raw = sqlite3.connect(str(path))
    count = raw.execute("SELECT COUNT(*) FROM client").fetchone()[0]
    rows = []
    for scenario, text, target in TERMS:
        ours_rows, ours_count = crdesk_search(services, text)  # also warms the cache for both
        base_rows, base_count = raw_search(raw, text)
        if [r.code for r in ours_rows] != [r[1] for r in base_rows] or ours_count != base_count:
            raise SystemExit(f"{scenario}: crdesk and raw SQL disagree ({ours_count} vs {base_count} rows)")
        ours = samples(lambda text=text: crdesk_search(services, text), repeats)
        base = samples(lambda text=text: raw_search(raw, text), repeats)
        found = f"{CAP}+" if ours_count > CAP else str(ours_count)
        rows.append(row(f"{scenario}, page + count, {found} of {count:,}", "ms", ours, base,
                        f"≤{target:.0f} ms", lambda m, b, t=target: m <= t))
    rows += insert_rows(10_000 if args.quick else 100_000, repeats if args.quick else 6)
    emit(rows, args.json)


if __name__ == "__main__":
    main()
