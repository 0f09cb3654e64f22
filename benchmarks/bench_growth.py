"""How the list and search figures grow with the table: 10,000, 100,000 and 1,000,000 clients (``crdesk
demo-data --scale 50 / 500 / 5000 --only clients``; the 1,000,000 file is bench_clients_list.py's).

For each size, through the services (what the worker runs for the clients tab) against raw sqlite3 on the same
file: the list's first page (200 rows by code), a page step at 90 % depth (keyset), and a search of two
Chinese characters and of three, page + capped count (bench_search.py's queries). Targets are those of the
1,000,000-row scenarios; a figure that holds them at every size and grows slowly is what keyset paging and the
search index promise.

    python benchmarks/bench_growth.py [--quick] [--json out.json]     (--quick: 1,000 and 10,000 clients)
"""
from __future__ import annotations

import sqlite3

from bench_clients_list import PAGE, database
from bench_search import LIST_COLUMNS, crdesk_search, raw_search, services_for
from common import emit, parser, row, samples

FIRST_PAGE_SQL = f"SELECT {LIST_COLUMNS} FROM client WHERE active = 1 ORDER BY code, id LIMIT ?"
NEXT_PAGE_SQL = (f"SELECT {LIST_COLUMNS} FROM client WHERE active = 1 AND code >= ? AND (code > ? OR id > ?) "
                 "ORDER BY code, id LIMIT ?")
SEARCHES = [("search 上海 (2 characters)", "上海", 300.0), ("search 王秀英 (3 characters)", "王秀英", 100.0)]


def deep_key(raw: sqlite3.Connection) -> tuple[str, int]:
    """The key 90 % down the list (of active clients, as the list shows them)."""
    active = raw.execute("SELECT COUNT(*) FROM client WHERE active = 1").fetchone()[0]
    return raw.execute("SELECT code, id FROM client WHERE active = 1 ORDER BY code, id LIMIT 1 OFFSET ?",
                       (int(active * 0.9),)).fetchone()


def list_rows(services, raw: sqlite3.Connection, size: str, repeats: int) -> list:
    from crdesk.services.clients import ClientFilter

    code, last_id = deep = deep_key(raw)
    cases = [("list, first page", None, lambda: raw.execute(FIRST_PAGE_SQL, (PAGE,)).fetchall(), 100.0),
             ("list, page step at 90% depth", deep,
              lambda: raw.execute(NEXT_PAGE_SQL, (code, code, last_id, PAGE)).fetchall(), 16.0)]
    rows = []
    for scenario, after, raw_page, target in cases:
        ours = samples(lambda after=after: services.clients.page(ClientFilter(), "code", after=after, limit=PAGE),
                       repeats)
        rows.append(row(f"{scenario}, {size} clients", "ms", ours, samples(raw_page, repeats), f"≤{target:.0f} ms",
                        lambda m, b, t=target: m <= t))
    return rows


def search_rows(services, raw: sqlite3.Connection, size: str, repeats: int) -> list:
    rows = []
    for scenario, text, target in SEARCHES:
        crdesk_search(services, text)  # the first search brings the index up to date; warms both
        ours = samples(lambda text=text: crdesk_search(services, text), repeats)
        base = samples(lambda text=text: raw_search(raw, text), repeats)
        rows.append(row(f"{scenario}, page + count, {size} clients", "ms", ours, base, f"≤{target:.0f} ms",
                        lambda m, b, t=target: m <= t))
    return rows


def main() -> None:
    args = parser(__doc__).parse_args()
    scales, repeats = ((5, 50), 5) if args.quick else ((50, 500, 5000), 15)
    rows = []
    for scale in scales:
        path = database(scale)
        services = services_for(path)
        raw = sqlite3.connect(str(path))
        count = raw.execute("SELECT COUNT(*) FROM client").fetchone()[0]
        size = f"{count:,}"
        rows += list_rows(services, raw, size, repeats)
        rows += search_rows(services, raw, size, repeats)
        raw.close()
        services.ctx.db.close()
    order = ["list, first", "list, page", "search 上海", "search 王秀英"]  # each figure's sizes side by side
    emit(sorted(rows, key=lambda r: next(i for i, prefix in enumerate(order) if r.scenario.startswith(prefix))),
         args.json)


if __name__ == "__main__":
    main()
