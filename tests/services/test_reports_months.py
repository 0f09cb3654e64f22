"""The month bucket used by every report, on every backend: the last second of a month stays in it."""
import datetime as dt

import peewee

from crdesk.db import months
from crdesk.db.models.clients import Client, Visit
from crdesk.db.models.deliveries import DeliveryOrder


def test_month_key_of_timestamps_and_dates(db):
    client = Client.create(code="KH000001", name="甲")
    for number, moment in enumerate((dt.datetime(2026, 3, 31, 23, 59, 59), dt.datetime(2026, 4, 1, 0, 0),
                                     dt.datetime(2025, 12, 31, 12, 0)), start=1):
        Visit.create(number=f"HF{number}", client=client, kind="call", staff="x", visited_at=moment)
        DeliveryOrder.create(number=f"SH{number}", client=client, address="a", requested_date=moment.date())
    for field, model in ((Visit.visited_at, Visit), (DeliveryOrder.requested_date, DeliveryOrder)):
        key = months.month_key(field)
        query = model.select(key, peewee.fn.COUNT(model.id)).group_by(key).order_by(key).tuples()
        assert [(int(k), n) for k, n in query] == [(202512, 1), (202603, 1), (202604, 1)]


def test_month_arithmetic():
    assert months.window(dt.date(2026, 2, 14), 3) == [dt.date(2025, 12, 1), dt.date(2026, 1, 1), dt.date(2026, 2, 1)]
    assert months.bounds(dt.date(2026, 12, 5)) == (dt.datetime(2026, 12, 1), dt.datetime(2027, 1, 1))
    assert months.date_bounds(dt.date(2024, 2, 1)) == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert months.parse("2026-3") == dt.date(2026, 3, 1) and months.parse("2026-13") is None
    assert months.parse("März") is None and months.chinese(dt.date(2026, 3, 1)) == "2026年03月"
