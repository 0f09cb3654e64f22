"""Live refresh source: another workstation's committed writes are seen by table, rolled-back ones never."""
import time

import pytest

from crdesk.db import changes
from crdesk.db.connection import open_database
from crdesk.services.clients import ClientData
from crdesk.services.products import ProductData


def _wait_for(feed, wanted, timeout=5.0):
    seen = set()
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and not wanted <= seen:
        seen |= feed.poll()
        time.sleep(0.05)
    return seen


def test_another_workstation_sees_committed_changes_by_table(db_url, manager):
    other = open_database(db_url)  # the second workstation's own connection
    feed = changes.feed_for(other)
    try:
        assert feed.poll() == set()
        manager.clients.save(ClientData(name="上海华联超市"))
        manager.products.save(ProductData(code="CP01", name="纯净水"))
        assert _wait_for(feed, {"client", "product"}) == {"client", "product"}
        with pytest.raises(RuntimeError):
            with manager.ctx.db.atomic():
                manager.clients.save(ClientData(name="回滚的客户"))
                raise RuntimeError("the transaction fails after the write")
        assert _wait_for(feed, {"client"}, timeout=1.0) == set()
        other.close()  # the connection drops: a new one cannot know what it missed
        assert feed.poll() in (set(), {changes.ALL})
        if changes.is_postgres(other):
            assert isinstance(feed, changes.NotifyFeed)
    finally:
        other.close()


def test_audit_ids_that_commit_late_are_still_seen_and_holes_expire():
    clock = [0.0]
    feed = changes.AuditLogFeed(None, clock=lambda: clock[0])
    feed.last_id = 10
    assert feed._take([(11, "client"), (14, "visit")]) == {"client", "visit"}
    assert set(feed.holes) == {12, 13}
    clock[0] = 5
    assert feed._take([(13, "product")]) == {"product"} and set(feed.holes) == {12}
    clock[0] = changes.HOLE_SECONDS + 1
    assert feed._take([]) == set() and feed.holes == {}
