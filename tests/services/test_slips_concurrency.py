"""Two workstations print the same orders at the same moment: every order ends up with one slip, the
slip numbers are unique and without gaps, and every print is counted."""
import multiprocessing
import random

from crdesk.db.models.deliveries import DeliverySlip
from tests.services.test_deliveries_setup import make_world, order, run

ORDERS = 12


def _print_all(url: str, order_ids: list[int], seed: int, start, results) -> None:
    from crdesk.db.connection import connect
    from crdesk.services import Services

    db = connect(url)
    services = Services(db)
    ids = list(order_ids)
    random.Random(seed).shuffle(ids)
    start.wait(timeout=60)
    for order_id in ids:  # one print job per order, as two clerks clicking through the list would
        services.slips.print_orders([order_id])
    db.close()
    results.put(seed)


def test_two_processes_printing_at_once_get_unique_slip_numbers(db_url, make_services):
    clerk = make_services("clerk")
    world = make_world(clerk)
    orders = [order(clerk, world, 1) for _ in range(ORDERS)]
    planned = run(clerk, world)
    clerk.runs.assign(planned.id, planned.version, [o.id for o in orders])
    context = multiprocessing.get_context("spawn")
    start, results = context.Event(), context.Queue()
    workers = [context.Process(target=_print_all, args=(db_url, [o.id for o in orders], seed, start, results))
               for seed in (1, 2)]
    for worker in workers:
        worker.start()
    start.set()
    for worker in workers:
        worker.join(timeout=180)
    assert [worker.exitcode for worker in workers] == [0, 0]
    assert sorted(results.get(timeout=5) for _ in workers) == [1, 2]
    slips = list(DeliverySlip.select().order_by(DeliverySlip.number))
    assert len(slips) == ORDERS and len({s.order_id for s in slips}) == ORDERS
    year = world.day.year
    assert [s.number for s in slips] == [f"PS{year}{n:06d}" for n in range(1, ORDERS + 1)]
    assert {s.print_count for s in slips} == {2}
