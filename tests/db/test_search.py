"""Client search finds the same rows on every backend, through the index or without it (crdesk.db.search)."""
import pytest

from crdesk.db import search
from crdesk.db.models.clients import Client
from crdesk.services.clients import ClientData, ClientFilter, ContactData

ROWS = [
    ClientData(name="上海华联超市", region="华东", phone="021-62345678",
               contacts=[ContactData("王海", phone="13812345678")]),
    ClientData(name="北京物美便利店", region="华北", phone="13900001111", contacts=[ContactData("刘伟")]),
    ClientData(name="Apex 100% Trading_Co", phone="0755-8123456"),
    ClientData(name="广州联华", contacts=[ContactData("李娜")]),  # a contact name ends the search text
]


@pytest.fixture
def clients(reception):
    saved = [reception.clients.save(data) for data in ROWS]
    return reception, {data.name: data.id for data in saved}


def _names(services, text, **filters):
    page = services.clients.page(ClientFilter(text=text, **filters))
    return sorted(r.name for r in page.rows)


@pytest.mark.parametrize("text,expected", [
    ("联", ["上海华联超市", "广州联华"]),                      # one Chinese character
    ("华联", ["上海华联超市"]), ("联华", ["广州联华"]),        # two
    ("刘伟", ["北京物美便利店"]),                              # two, a contact's name
    ("李娜", ["广州联华"]),                                    # two, at the very end of the search text
    ("物美便利", ["北京物美便利店"]),                          # three or more
    ("上海华联超市", ["上海华联超市"]),
    ("KH000003", ["Apex 100% Trading_Co"]),                    # a code, typed in capitals
    ("h00000", ["Apex 100% Trading_Co", "上海华联超市", "北京物美便利店", "广州联华"]),
    ("1381234", ["上海华联超市"]),                             # a contact's phone
    ("1-6", ["上海华联超市"]),                                 # inside a landline number
    ("trading", ["Apex 100% Trading_Co"]),                     # Latin, any case
    ("0%", ["Apex 100% Trading_Co"]), ("g_c", ["Apex 100% Trading_Co"]),  # % and _ are literal
    ("%", ["Apex 100% Trading_Co"]), ("_", ["Apex 100% Trading_Co"]),
    ("0_0", []), ("\\", []), ("1 华", ["北京物美便利店"]), ("超市 ", ["上海华联超市"]), ("不存在", []), ("无", []), ("zq", []),
])
def test_search_matches_substrings_on_every_backend(clients, text, expected):
    services, _ = clients
    assert _names(services, text) == expected
    assert services.clients.count(ClientFilter(text=text)) == len(expected)


def _python_matches(texts: dict[int, str], fragment: str) -> set[int]:
    return {client_id for client_id, text in texts.items() if fragment in text}


@pytest.mark.parametrize("probe_limit,refreshed", [(search.PROBE_LIMIT, False), (search.PROBE_LIMIT, True),
                                                    (0, True)])
def test_every_fragment_finds_what_python_finds(clients, monkeypatch, probe_limit, refreshed):
    """Every substring of 1 to 4 characters of every row: through the index with the new rows still pending
    or after a refresh, and through the scan that a common text takes."""
    monkeypatch.setattr(search, "PROBE_LIMIT", probe_limit)
    if refreshed:
        search.refresh(Client)
    texts = dict(Client.select(Client.id, Client.search_text).tuples())
    fragments = {t[i:i + n].strip() for t in texts.values() for n in (1, 2, 3, 4) for i in range(len(t) - n + 1)}
    for fragment in sorted(f for f in fragments if f):
        found = {c.id for c in Client.select(Client.id).where(search.text_condition(Client, fragment))}
        assert found == _python_matches(texts, fragment), fragment


def test_search_combines_with_filters_sorting_and_paging(clients):
    services, _ = clients
    assert _names(services, "华", region="华东") == ["上海华联超市"]
    first = services.clients.page(ClientFilter(text="华"), sort="name", descending=True, limit=1)
    second = services.clients.page(ClientFilter(text="华"), sort="name", descending=True,
                                   after=first.next_key, limit=5)
    assert [r.name for r in first.rows + second.rows] == ["广州联华", "北京物美便利店", "上海华联超市"]


def test_an_update_is_found_by_its_new_text_only(clients):
    services, ids = clients
    data = services.clients.get(ids["北京物美便利店"])
    data.name, data.contacts = "北京永辉超市", [ContactData("赵敏", phone="13700002222")]
    services.clients.save(data)
    assert _names(services, "永辉") == ["北京永辉超市"] and _names(services, "赵敏") == ["北京永辉超市"]
    assert _names(services, "物美") == [] and _names(services, "刘伟") == []
    assert _names(services, "137000022") == ["北京永辉超市"]


def test_a_deleted_client_is_not_found(clients):
    services, ids = clients
    services.clients.remove(ids["广州联华"], 1)
    assert _names(services, "李娜") == [] and _names(services, "联") == ["上海华联超市"]
    data = services.clients.save(ClientData(name="广州联华", contacts=[ContactData("李娜")]))
    assert _names(services, "李娜") == ["广州联华"] and data.code == "KH000005"


def test_inactive_clients_are_found_only_when_asked(clients):
    services, ids = clients
    client = services.clients.get(ids["上海华联超市"])
    client.active = False
    services.clients.save(client)
    assert _names(services, "联") == ["广州联华"]
    assert _names(services, "联", active=None) == ["上海华联超市", "广州联华"]
