"""16 workstations (processes) edit the same few clients at once through the services, on every backend.

Each edit appends its own token to the client's note (read, modify, save). Zero lost updates means: every
save that was acknowledged is in the final note, in the order of the versions it created; every refused one
got a ConflictError and left no trace; versions count exactly the acknowledged saves, each with its audit row.
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
        mine = sorted((version, token) for _, cid, token, version in saved if cid == client_id)
        assert [version for version, _ in mine] == list(range(2, len(mine) + 2))  # one version per save
        assert client.version == len(mine) + 1
        assert client.note == "".join(token for _, token in mine)  # every acknowledged save, in order
        assert not {token for _, cid, token, _ in refused if cid == client_id} & set(client.note.split(";"))
        updates = AuditLog.select().where((AuditLog.table_name == "client") & (AuditLog.record_id == client_id)
                                          & (AuditLog.action == "update")).count()
        assert updates == len(mine)
