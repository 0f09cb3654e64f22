"""A workstation killed with SIGKILL in the middle of a batch of writes, many times over: the SQLite file stays
whole (PRAGMA integrity_check) and no business transaction is ever half-written.

The writer loops over three kinds of transactions: a client with three contacts (client, contacts, number
counter, audit row), an edit of a client (version + audit row), an import of 400 clients (one transaction,
one audit row). After every kill the invariants of all three are checked on the file.
"""
import multiprocessing as mp
import os
import random
import signal
import sqlite3
import time

from crdesk.db.connection import DB

ROUNDS = 20
IMPORT_ROWS = 400
CTX = mp.get_context("forkserver")
CTX.set_forkserver_preload(["crdesk.services", "crdesk.services.clients", "crdesk.services.importing", "peewee"])


def _write_forever(url, csv_path, started):
    from crdesk.db.connection import connect
    from crdesk.services import Services
    from crdesk.services.clients import ClientData, ContactData
    from crdesk.services.context import Actor

    services = Services(connect(url), Actor(None, "writer", "写入进程", "manager"))
    rng = random.Random(os.getpid())
    for step in range(10**6):
        kind = step % 5
        if kind == 4:
            services.importing.run(csv_path, "clients")
        elif kind == 3 and step:
            ids = [row.id for row in services.clients.page(limit=50).rows]
            data = services.clients.get(rng.choice(ids))
            data.note += "改"
            services.clients.save(data)
        else:
            services.clients.save(ClientData(name=f"客户{step}", contacts=[
                ContactData(f"联系人{n}", phone="13812345678") for n in range(3)]))
        if step == 2:
            started.set()


def _check(path) -> tuple[int, int]:
    """Integrity and the invariants of every transaction kind; returns (clients, imports)."""
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
        typed = db.execute("SELECT COUNT(*) FROM client WHERE name NOT LIKE '导入客户%'").fetchone()[0]
        imported = db.execute("SELECT COUNT(*) FROM client WHERE name LIKE '导入客户%'").fetchone()[0]
        imports = db.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'import'").fetchone()[0]
        assert imported == imports * IMPORT_ROWS  # an import is all there or not at all
        assert db.execute("SELECT COUNT(*) FROM audit_log WHERE action = 'create' AND table_name = 'client'"
                          ).fetchone()[0] == typed
        assert db.execute("SELECT client_id FROM contact GROUP BY client_id HAVING COUNT(*) != 3").fetchall() == []
        assert db.execute("SELECT COUNT(DISTINCT client_id) FROM contact").fetchone()[0] == typed
        edits = dict(db.execute("SELECT record_id, COUNT(*) FROM audit_log WHERE action = 'update' "
                                "AND table_name = 'client' GROUP BY record_id").fetchall())
        for client_id, version, note in db.execute("SELECT id, version, note FROM client"):
            assert version - 1 == edits.get(client_id, 0) == len(note)
        codes = db.execute("SELECT COUNT(*), COUNT(DISTINCT code), MAX(code) FROM client").fetchone()
        assert codes[0] == codes[1]
        counter = db.execute("SELECT next_value FROM number_sequence WHERE name = 'client'").fetchone()
        assert counter is None or codes[2] is None or counter[0] > int(codes[2][2:])
        return typed + imported, imports


def test_sigkill_in_the_middle_of_writes_never_leaves_half_a_transaction(sqlite_url, tmp_path):
    DB.obj.close()
    path = sqlite_url.split("sqlite:///", 1)[1]
    csv_path = tmp_path / "import.csv"
    csv_path.write_text("客户名称,区域\n" + "".join(f"导入客户{n},华东\n" for n in range(IMPORT_ROWS)),
                        encoding="utf-8-sig")
    rng = random.Random(7)
    totals = []
    for _ in range(ROUNDS):
        started = CTX.Event()
        writer = CTX.Process(target=_write_forever, args=(sqlite_url, csv_path, started))
        writer.start()
        assert started.wait(timeout=120)
        time.sleep(rng.uniform(0.0, 0.4))  # let it run into the middle of something
        os.kill(writer.pid, signal.SIGKILL)
        writer.join(timeout=30)
        assert writer.exitcode == -signal.SIGKILL
        totals.append(_check(path))
    assert totals[-1][0] > totals[0][0] and totals[-1][1] >= 1  # the writer really wrote, imports included
