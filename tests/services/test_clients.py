import datetime as dt

import pytest

from crdesk.services.clients import ClientData, ClientFilter, ContactData
from crdesk.services.errors import ConflictError, PermissionDenied, ValidationError


def _client(name="上海华联超市", **kw):
    return ClientData(name=name, kind="retailer", region="上海", phone="021-62345678",
                      contacts=[ContactData("王海", phone="13812345678"), ContactData("李娜", title="采购")], **kw)


def test_new_client_gets_code_and_keeps_contacts(reception):
    saved = reception.clients.save(_client())
    assert saved.code == "KH000001"
    assert [c.name for c in saved.contacts] == ["王海", "李娜"]
    assert reception.clients.save(_client("北京物美")).code == "KH000002"


@pytest.mark.parametrize("text", ["华联", "联", "kh000001", "1381234", "李娜", "上海华联超市"])
def test_search_finds_by_one_or_two_chinese_characters_code_phone_or_contact(reception, text):
    reception.clients.save(_client())
    reception.clients.save(ClientData(name="北京物美", region="北京"))
    rows = reception.clients.page(ClientFilter(text=text)).rows
    assert [r.name for r in rows] == ["上海华联超市"]


def test_keyset_paging_walks_every_row_once_in_order(reception):
    for i in range(25):
        reception.clients.save(ClientData(name=f"客户{i:02d}", region="华东" if i % 2 else "华南"))
    seen, after = [], None
    while True:
        page = reception.clients.page(sort="name", descending=True, after=after, limit=7)
        seen += [r.name for r in page.rows]
        if page.next_key is None:
            break
        after = page.next_key
    assert seen == sorted(seen, reverse=True) and len(seen) == 25
    assert reception.clients.count(ClientFilter(region="华东")) == 12


def test_count_is_exact_up_to_the_cap_then_cap_plus_one(reception):
    from crdesk.db.models.clients import Client
    from crdesk.services.paging import capped_count
    for i in range(4):
        reception.clients.save(ClientData(name=f"客户{i}"))
    assert capped_count(Client.select(), cap=2) == 3
    assert capped_count(Client.select(), cap=10) == 4


def test_second_save_of_the_same_version_is_a_conflict_and_keeps_the_first(reception, make_services):
    other = make_services("reception", "reception2")
    saved = reception.clients.save(_client())
    mine, theirs = reception.clients.get(saved.id), other.clients.get(saved.id)
    theirs.phone = "13900001111"
    other.clients.save(theirs)
    mine.note = "我的备注"
    with pytest.raises(ConflictError) as caught:
        reception.clients.save(mine)
    assert caught.value.info.changed_by == "reception2"
    assert caught.value.info.theirs["phone"] == "13900001111"
    stored = reception.clients.get(saved.id)
    assert stored.phone == "13900001111" and stored.note == "" and stored.version == 2


@pytest.mark.parametrize("field,value,code", [
    ("name", "", "required"),
    ("name", "   ", "required"),
    ("phone", "12345", "invalid_phone"),
    ("note", "注" * 10_001, "too_long"),
    ("kind", "vip", "invalid_choice"),
])
def test_bad_input_is_refused_at_its_field(reception, field, value, code):
    data = _client()
    setattr(data, field, value)
    with pytest.raises(ValidationError) as caught:
        reception.clients.save(data)
    assert (caught.value.field, caught.value.code) == (field, code)
    assert reception.clients.count() == 0


def test_markup_and_a_10000_character_note_are_stored_literally(reception):
    saved = reception.clients.save(_client("<b>粗体</b><img src=x>", note="备" * 10_000))
    again = reception.clients.get(saved.id)
    assert again.name == "<b>粗体</b><img src=x>" and len(again.note) == 10_000


def test_invalid_contact_phone_names_the_contact_row(reception):
    data = _client()
    data.contacts[1].phone = "abc"
    with pytest.raises(ValidationError) as caught:
        reception.clients.save(data)
    assert caught.value.field == "contacts.1.phone"


def test_likely_duplicates_by_name_or_phone(reception):
    reception.clients.save(_client())
    assert [r.name for r in reception.clients.likely_duplicates(ClientData(name="上海华联超市"))] == ["上海华联超市"]
    assert len(reception.clients.likely_duplicates(ClientData(name="别家", phone="021-62345678"))) == 1
    assert reception.clients.likely_duplicates(ClientData(name="别家")) == []


def test_client_with_history_is_deactivated_not_deleted(reception):
    plain = reception.clients.save(ClientData(name="无往来客户"))
    assert reception.clients.remove(plain.id, plain.version) == "deleted"
    client = reception.clients.save(_client())
    from crdesk.services.visits import VisitData
    reception.visits.save(VisitData(client.id, "call", dt.datetime(2026, 11, 2, 10, 0)))
    assert reception.clients.remove(client.id, client.version) == "deactivated"
    assert reception.clients.get(client.id).active is False
    assert [h.kind for h in reception.clients.history(client.id)] == ["visit.call"]


def test_every_write_is_audited_with_old_and_new(reception, manager):
    saved = reception.clients.save(_client())
    saved.phone = "13900001111"
    reception.clients.save(saved)
    entries = manager.audit.search(table="client", record_id=saved.id)
    assert [e.action for e in entries] == ["update", "create"]
    assert entries[0].changes["phone"] == ["021-62345678", "13900001111"]
    assert entries[0].username == "reception1"


def test_driver_cannot_edit_clients(make_services):
    driver = make_services("driver")
    with pytest.raises(PermissionDenied):
        driver.clients.save(_client())


def test_regions_for_the_filter_are_each_region_in_use_once_in_order(reception):
    for name, region in (("甲", "华东"), ("乙", "华南"), ("丙", "华东"), ("丁", ""), ("戊", "东北")):
        reception.clients.save(ClientData(name=name, region=region))
    assert reception.clients.regions() == sorted(["华东", "华南", "东北"])


def test_regions_stop_at_500_in_order_however_many_there_are(db, reception):
    from crdesk.db.models.clients import Client

    stamp = dt.datetime(2026, 1, 5, 9, 0)
    rows = [dict(code=f"KH{i:06d}", name=f"客户{i}", kind="dealer", grade="C", region=f"区域{i:04d}", address="",
                 phone="", note="", active=True, search_text="", created_at=stamp, updated_at=stamp,
                 updated_by="test", version=1) for i in range(1200)]
    with db.atomic():
        for start in range(0, len(rows), 400):
            Client.insert_many(rows[start:start + 400]).execute()
    assert reception.clients.regions() == [f"区域{i:04d}" for i in range(500)]


def test_list_rows_hold_the_stored_values_with_their_python_types(reception):
    """The list reads rows without peewee's per-value conversion: each backend's driver values (SQLite's text
    datetimes, MySQL's 0/1) still arrive as datetimes and booleans."""
    from crdesk.services.visits import VisitData

    quiet = reception.clients.save(ClientData(name="无往来客户"))
    visited = reception.clients.save(_client())
    reception.visits.save(VisitData(visited.id, "call", dt.datetime(2026, 11, 2, 10, 30, 15)))
    assert reception.clients.remove(visited.id, reception.clients.get(visited.id).version) == "deactivated"
    rows = {row.id: row for row in reception.clients.page(ClientFilter(active=None)).rows}
    for client_id in (quiet.id, visited.id):
        stored, row = reception.clients.get(client_id), rows[client_id]
        assert (row.code, row.name, row.kind, row.grade, row.region, row.phone, row.version) == (
            stored.code, stored.name, stored.kind, stored.grade, stored.region, stored.phone, stored.version)
        assert row.active is stored.active
        assert type(row.updated_at) is dt.datetime and row.updated_at == stored.updated_at
    assert rows[quiet.id].last_contact_at is None
    assert rows[visited.id].last_contact_at == dt.datetime(2026, 11, 2, 10, 30, 15)
    assert rows[visited.id].active is False


def test_paging_by_update_time_continues_after_the_last_row(reception):
    for i in range(5):
        reception.clients.save(ClientData(name=f"客户{i}"))
    first = reception.clients.page(sort="updated_at", descending=True, limit=3)
    rest = reception.clients.page(sort="updated_at", descending=True, after=first.next_key, limit=3)
    names = [r.name for r in first.rows + rest.rows]
    assert sorted(names) == [f"客户{i}" for i in range(5)] and rest.next_key is None


def test_the_export_streams_every_client_once_in_code_order_page_by_page(reception, monkeypatch):
    from crdesk.services import clients as clients_module

    monkeypatch.setattr(clients_module, "EXPORT_PAGE", 3)
    for i in range(7):
        reception.clients.save(ClientData(name=f"客户{i}", address=f"地址{i}", note=f"备注{i}"))
    rows = list(clients_module.export_table(reception).rows)
    assert [row[0] for row in rows] == [f"KH{number:06d}" for number in range(1, 8)]
    assert (rows[6][1], rows[6][5], rows[6][7]) == ("客户6", "地址6", "备注6")
