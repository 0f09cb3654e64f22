"""Save one edited record through the services (version check + audit row, one transaction) against one raw
UPDATE of the same row, on SQLite and — when CRDESK_BENCH_POSTGRES_URL names a PostgreSQL server — on a
database of the benchmark's own there (created, then dropped).
Targets: ≤ 5 ms on SQLite, ≤ 20 ms on local PostgreSQL.

    CRDESK_BENCH_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/postgres \
        python benchmarks/bench_save.py [--quick] [--json out.json]
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from urllib.parse import urlparse, urlunparse

from common import emit, parser, row, samples  # noqa: E402

TARGETS = {"sqlite": 5.0, "postgresql": 20.0}


def prepared(url: str):
    from crdesk.db import migrations
    from crdesk.db.connection import connect
    from crdesk.services import Services
    from crdesk.services.auth import UserService, actor_of
    from crdesk.services.clients import ClientData, ContactData

    db = connect(url)
    migrations.upgrade(db)
    system = Services(db)
    user = UserService(system.ctx).add("bench", "测试", "reception", "bench password")
    services = system.as_actor(actor_of(user))
    client = services.clients.save(ClientData(name="上海华联超市", phone="021-62345678",
                                              contacts=[ContactData("王海", phone="13812345678")]))
    return db, services, client.id


def measure(url: str, repeats: int):
    from crdesk.db.models.clients import Client

    db, services, client_id = prepared(url)
    counter = {"n": 0}
    form = {"data": services.clients.get(client_id)}

    def save_through_services():
        """What the Save button does: the form's data, edited, saved; the saved record comes back."""
        counter["n"] += 1
        form["data"].note = f"第 {counter['n']} 次修改"
        form["data"] = services.clients.save(form["data"])

    def raw_update():
        counter["n"] += 1
        with db.atomic():
            Client.update(note=f"第 {counter['n']} 次修改").where(Client.id == client_id).execute()

    save_through_services()
    ours = samples(save_through_services, repeats)
    base = samples(raw_update, repeats)
    return ours, base, db


@contextmanager
def own_postgres_database(server_url: str):
    """The URL of a new database on the server ``server_url`` names (it never touches that one's data)."""
    from crdesk.db.connection import open_database

    name = f"crdesk_bench_{os.getpid()}"
    admin = open_database(server_url)
    admin.connect()
    admin.execute_sql(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0')
    try:
        yield urlunparse(urlparse(server_url)._replace(path="/" + name))
    finally:
        admin.execute_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.close()


def main() -> None:
    args = parser(__doc__).parse_args()
    repeats = 30 if args.quick else 300
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        ours, base, db = measure(f"sqlite:///{folder}/bench.sqlite3", repeats)
        db.close()
        rows.append(row("save one edited client (SQLite)", "ms", ours, base, "≤5 ms",
                        lambda m, b: m <= TARGETS["sqlite"]))
    server = os.environ.get("CRDESK_BENCH_POSTGRES_URL")
    if server:
        with own_postgres_database(server) as url:
            ours, base, db = measure(url, repeats)
            db.close()
        rows.append(row("save one edited client (PostgreSQL)", "ms", ours, base, "≤20 ms",
                        lambda m, b: m <= TARGETS["postgresql"]))
    emit(rows, args.json)


if __name__ == "__main__":
    main()
