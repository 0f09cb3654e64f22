import datetime as dt

import pytest

from crdesk.services.clients import ClientData
from crdesk.services.errors import PermissionDenied, ValidationError
from crdesk.services.visit_lists import VisitFilter, VisitList
from crdesk.services.visits import VisitData

START = dt.datetime(2026, 3, 2, 9, 0)


@pytest.fixture
def visits(reception):
    hualian = reception.clients.save(ClientData(name="上海华联超市", phone="021-62345678"))
    wumart = reception.clients.save(ClientData(name="北京物美"))
    for i in range(12):
        client = hualian if i % 3 else wumart
        reception.visits.save(VisitData(client.id, ("call", "onsite")[i % 2], START + dt.timedelta(hours=i % 5),
                                        staff=f"员工{i % 4}", purpose=f"第{i}次回访"))
    return VisitList(reception.ctx)


def test_keyset_paging_walks_every_visit_once_newest_first(visits):
    seen, after = [], None
    while True:
        page = visits.page(VisitFilter(), "visited_at", True, after, limit=5)
        seen += [(v.visited_at, v.id) for v in page.rows]
        if page.next_key is None:
            break
        after = page.next_key
    assert len(seen) == 12 and len(set(seen)) == 12
    assert seen == sorted(seen, reverse=True)


@pytest.mark.parametrize("flt, count", [
    (VisitFilter(text="物美"), 4), (VisitFilter(text="华联"), 8), (VisitFilter(text="kh000001"), 8),
    (VisitFilter(kind="onsite"), 6), (VisitFilter(text="华联", kind="call"), 4), (VisitFilter(text="员工3"), 3),
    (VisitFilter(text="第11次"), 1), (VisitFilter(text="hf"), 12),
])
def test_filters_by_client_number_purpose_staff_and_kind(visits, flt, count):
    assert visits.count(flt) == count
    assert len(visits.page(flt).rows) == count


def test_sorting_by_staff_ascending(visits):
    rows = visits.page(VisitFilter(), "staff", False).rows
    assert [r.staff for r in rows] == sorted(r.staff for r in rows)


def test_unknown_sort_is_refused_and_drivers_may_read(visits, make_services):
    with pytest.raises(ValidationError):
        visits.page(VisitFilter(), "summary")
    assert VisitList(make_services("driver").ctx).count() == 12


def test_a_role_without_client_access_is_refused(visits):
    from crdesk.services.context import Actor, Context

    outsider = Context(visits.ctx.db, Actor(None, "guest", "访客", "guest"))
    with pytest.raises(PermissionDenied):
        VisitList(outsider).page()
