"""Lean rows (the long lists' reads) give what peewee's own conversion gives, on every backend."""
import datetime as dt

import peewee
import pytest

from crdesk.db.connection import DB
from crdesk.db.models.clients import Client
from crdesk.db.rows import lean_rows
from crdesk.services.clients import ClientData
from tests.fixtures import _services_for

FIELDS = (Client.id, Client.code, Client.active, Client.updated_at, Client.last_contact_at, Client.version)


def test_lean_rows_equal_peewees_own_reading(db, reception):
    reception.clients.save(ClientData(name="上海华联超市"))
    gone = reception.clients.save(ClientData(name="杭州百货"))
    Client.update(active=False, last_contact_at=dt.datetime(2026, 11, 2, 10, 30, 15, 250000)).where(
        Client.id == gone.id).execute()
    query = Client.select().order_by(Client.id)
    assert lean_rows(query, FIELDS) == list(query.select(*FIELDS).tuples())
    assert [type(value) for value in lean_rows(query, FIELDS)[1]] == [int, str, bool, dt.datetime, dt.datetime, int]


def test_datetime_text_peewee_can_read_is_read_the_same(sqlite_url):
    """SQLite keeps datetimes as text; text written by hand or by other tools, not only peewee's own."""
    client = _services_for("reception").clients.save(ClientData(name="上海华联超市"))
    for text, expected in (("2024-1-5 10:00:00", dt.datetime(2024, 1, 5, 10)),
                           ("2024-01-05T10:00:00", dt.datetime(2024, 1, 5, 10)),
                           ("not a date", "not a date")):
        DB.obj.execute_sql("UPDATE client SET last_contact_at = ? WHERE id = ?", (text, client.id))
        query = Client.select().where(Client.id == client.id)
        assert lean_rows(query, [Client.last_contact_at]) == [(expected,)]
        assert query.select(Client.last_contact_at).tuples()[0] == (expected,)


def test_a_field_type_it_was_not_written_for_is_refused(sqlite_url):
    class Priced(peewee.Model):
        price = peewee.DecimalField()

    with pytest.raises(TypeError, match="DecimalField price"):
        lean_rows(Client.select(), [Priced.price])
