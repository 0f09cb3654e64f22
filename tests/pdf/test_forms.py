"""The client-desk forms from services data: 客户档案卡 and 回访记录单, on every backend."""
from __future__ import annotations

import datetime as dt

import pytest

from crdesk.services import printing
from crdesk.services.clients import ClientData, ContactData
from crdesk.services.context import Actor
from crdesk.services.errors import NotFound, PermissionDenied
from crdesk.services.visits import VisitData
from tests.fixtures import _services_for
from tests.pdf.pdfcheck import barcodes, fonts, page_texts, squeezed, text


@pytest.fixture
def desk(sqlite_url):
    """A receptionist's services on SQLite only (for tests that are not about the data layer)."""
    return _services_for("reception")


def _client(services, note="每月初送货。"):
    return services.clients.save(ClientData(
        name="上海华联超市", kind="retailer", grade="A", region="华东", address="上海市黄浦区南京东路 100 号",
        phone="021-62345678", note=note,
        contacts=[ContactData("王海", "店长", "13812345678", "wang@example.com", True), ContactData("李娜", "采购")]))


def _visit(services, client):
    return services.visits.save(VisitData(
        client_id=client.id, kind="call", visited_at=dt.datetime(2026, 3, 2, 14, 30), staff="李接待",
        purpose="季度回访", summary="客户对送货及时性表示满意。\n希望增加促销支持。", satisfaction=4,
        next_follow_up=dt.date(2026, 3, 16)))


def test_client_card_shows_the_file_contacts_and_recent_visits(manager):
    manager.settings.set("company_name", "杭州味美食品有限公司")
    manager.settings.set("company_phone", "0571-88886666")
    client = _client(manager)
    visit = _visit(manager, client)
    data = printing.resolve("client")(manager, client.code.lower())
    content = text(data)
    for expected in ["杭州味美食品有限公司", "0571-88886666", f"编号：{client.code}", "基本信息", "上海华联超市",
                     "零售商", "南京东路", "联系人", "王海", "店长", "13812345678", "wang@example.com", "李娜",
                     visit.number, "电话回访", "季度回访", "每月初送货", "制表：", "王经理1",
                     f"打印日期：{manager.ctx.today().isoformat()}"]:
        assert expected in content, expected
    assert "客户档案卡" in squeezed(content)
    assert barcodes(data) == [client.code]
    assert all("/FontFile2" in descriptor for descriptor in fonts(data).values())


def test_visit_record_shows_the_contact_and_its_outcome(reception):
    client = _client(reception)
    visit = _visit(reception, client)
    data = printing.resolve("visit")(reception, visit.number)
    content = text(data)
    for expected in ["上海华联超市", client.code, "王海", "13812345678", "电话回访", "2026-03-02 14:30", "李接待",
                     "4 分（满意）", "季度回访", "2026-03-16", "客户对送货及时性表示满意。", "希望增加促销支持。",
                     "回访人：", "客户签字：", "审核："]:
        assert expected in content, expected
    assert "回访记录单" in squeezed(content)
    assert barcodes(data) == [visit.number]


def test_hostile_and_very_long_notes_print_literally_over_several_pages(desk):
    services = desk
    note = "<b>x</b> <img src=x> &amp; <para 未闭合\n" + "备注很长。" * 1990
    client = _client(services, note=note)
    pages = page_texts(printing.client_card(services, client.code))
    assert len(pages) >= 3
    joined = "".join(pages)
    assert "<b>x</b> <img src=x> &amp; <para 未闭合" in joined
    assert squeezed(joined).count("备注很长。") == 1990


def test_unknown_numbers_and_forms_are_refused(desk):
    services = desk
    with pytest.raises(NotFound):
        printing.client_card(services, "KH999999")
    with pytest.raises(NotFound):
        printing.visit_record(services, "HF2026999999")
    with pytest.raises(KeyError):
        printing.resolve("nonsense")


def test_printing_needs_the_right_to_read_clients(desk):
    services = desk
    client = _client(services)
    outsider = services.as_actor(Actor(None, "guest", "访客", "guest"))
    with pytest.raises(PermissionDenied):
        printing.client_card(outsider, client.code)
