"""16 workstations (processes) edit the same few clients at once through the services, on every backend.

Each edit appends its own token to the client's note (read, modify, save). Zero lost updates means: every
save that was acknowledged is in the final note exactly once (a desk's own saves in the order it made them);
every refused one got a ConflictError and left no trace; the version counts exactly the acknowledged saves,
each with its audit row.
"""
import multiprocessing as mp
import random

from crdesk.db.models.clients import Client
from crdesk.db.models.core import AuditLog
from crdesk.services.clients import ClientData

PROCESSES = 16
ATTEMPTS = 15
CLIENTS = 3
CTX = mp.get_context("forkserver")
CTX.set_forkserver_preload(["crdesk.services", "crdesk.services.clients", "crdesk.services.auth", "peewee"])


def _edit_many(url, username, client_ids, seed, barrier, results):
    from crdesk.db.connection import connect
    from crdesk.db.models.core import User
    from crdesk.services import Services
    from crdesk.services.auth import actor_of
    from crdesk.services.errors import ConflictError

    services = Services(connect(url)).as_actor(actor_of(User.get(User.username == username)))
    rng = random.Random(seed)
    outcomes = []
    barrier.wait(timeout=120)
    for attempt in range(ATTEMPTS):
        client_id = rng.choice(client_ids)
        token = f"{username}.{attempt};"
        try:
            data = services.clients.get(client_id)
            data.note += token
            outcomes.append(("saved", client_id, token, services.clients.save(data).version))
        except ConflictError as conflict:
            outcomes.append(("conflict", client_id, token, conflict.info.their_version))
        except Exception as error:  # reported, and the test fails on it
            outcomes.append(("error", client_id, token, repr(error)))
    results.put(outcomes)


def test_sixteen_workstations_lose_no_update(db_url, make_services):
    manager = make_services("manager")
    for number in range(PROCESSES):
        make_services("reception", f"desk{number:02d}")
    client_ids = [manager.clients.save(ClientData(name=f"共享客户{n}")).id for n in range(CLIENTS)]
    results, barrier = CTX.Queue(), CTX.Barrier(PROCESSES)
    processes = [CTX.Process(target=_edit_many, args=(db_url, f"desk{n:02d}", client_ids, n, barrier, results))
                 for n in range(PROCESSES)]
    for process in processes:
        process.start()
    outcomes = [outcome for _ in processes for outcome in results.get(timeout=300)]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0

    assert [o for o in outcomes if o[0] == "error"] == []
    saved = [o for o in outcomes if o[0] == "saved"]
    refused = [o for o in outcomes if o[0] == "conflict"]
    assert len(saved) + len(refused) == PROCESSES * ATTEMPTS and saved
    for client_id in client_ids:
        client = Client.get_by_id(client_id)
        acknowledged = [token for _, cid, token, _ in saved if cid == client_id]
        stored = [token + ";" for token in client.note.split(";") if token]
        assert sorted(stored) == sorted(acknowledged)  # every acknowledged save is there, exactly once
        assert client.version == len(acknowledged) + 1  # and nothing else was saved
        assert not {token for _, cid, token, _ in refused if cid == client_id} & set(stored)
        for desk in {token.split(".")[0] for token in stored}:  # each desk's saves, in the order it made them
            attempts = [int(token.split(".")[1][:-1]) for token in stored if token.startswith(desk + ".")]
            assert attempts == sorted(attempts)
        updates = AuditLog.select().where((AuditLog.table_name == "client") & (AuditLog.record_id == client_id)
                                          & (AuditLog.action == "update")).count()
        assert updates == len(acknowledged)
