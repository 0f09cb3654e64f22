"""Two workstations are two processes on one database: edits conflict instead of overwriting, and document
numbers never repeat."""
import multiprocessing as mp

import pytest

from crdesk.services.clients import ClientData

CTX = mp.get_context("spawn")


def _services(url, username):
    from crdesk.db.connection import connect
    from crdesk.services import Services
    from crdesk.services.auth import actor_of
    from crdesk.db.models.core import User

    db = connect(url)
    return Services(db).as_actor(actor_of(User.get(User.username == username)))


def _edit(url, username, client_id, phone, barrier, results):
    from crdesk.services.errors import ConflictError

    services = _services(url, username)
    data = services.clients.get(client_id)
    data.phone = phone
    barrier.wait(timeout=30)
    try:
        services.clients.save(data)
        results.put((username, "saved", phone))
    except ConflictError as error:
        results.put((username, "conflict", error.info.changed_by))


def _create_many(url, username, count, barrier, results):
    services = _services(url, username)
    barrier.wait(timeout=30)
    results.put([services.clients.save(ClientData(name=f"{username}客户{i}")).code for i in range(count)])


def _run(target, args_list):
    results, barrier = CTX.Queue(), CTX.Barrier(len(args_list))
    processes = [CTX.Process(target=target, args=(*args, barrier, results)) for args in args_list]
    for process in processes:
        process.start()
    collected = [results.get(timeout=60) for _ in processes]
    for process in processes:
        process.join(timeout=30)
        assert process.exitcode == 0
    return collected


def test_second_workstation_gets_a_conflict_and_the_first_save_stays(db_url, make_services):
    first, second = make_services("reception", "desk1"), make_services("clerk", "desk2")
    client = first.clients.save(ClientData(name="上海华联超市"))
    outcomes = _run(_edit, [(db_url, "desk1", client.id, "13800000001"), (db_url, "desk2", client.id, "13800000002")])
    saved = [o for o in outcomes if o[1] == "saved"]
    refused = [o for o in outcomes if o[1] == "conflict"]
    assert len(saved) == 1 and len(refused) == 1
    assert refused[0][2] == saved[0][0]  # the refusal names who saved first
    stored = second.clients.get(client.id)
    assert stored.phone == saved[0][2] and stored.version == 2


@pytest.mark.parametrize("processes", [3])
def test_client_codes_stay_unique_when_workstations_save_at_once(db_url, make_services, processes):
    for i in range(processes):
        make_services("reception", f"desk{i}")
    batches = _run(_create_many, [(db_url, f"desk{i}", 15) for i in range(processes)])
    codes = [code for batch in batches for code in batch]
    assert len(codes) == len(set(codes)) == 15 * processes
