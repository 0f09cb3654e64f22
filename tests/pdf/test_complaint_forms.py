"""The printed complaint handling form and return authorisation: embedded font, Chinese text that
reads back out (pypdf), hostile and very long user text printed literally, and `crdesk print`."""
import datetime as dt
from decimal import Decimal

import pytest

from crdesk import cli
from crdesk.services.casework import CallbackData
from crdesk.services.clients import ClientData
from crdesk.services.complaints import ComplaintData
from crdesk.services.printing import resolve
from crdesk.services.products import ProductData
from crdesk.services.returns import ReceiptLine, ReturnData, ReturnLineData
from tests.pdf import pdftools

HOSTILE = "<b>粗体</b><img src=/etc/passwd> & <para 未闭合"
LONG = "瓶盖密封不严导致渗漏" * 1000  # 10,000 characters


@pytest.fixture
def people(sqlite_url):
    from tests.fixtures import _services_for

    return _services_for("reception"), _services_for("clerk"), _services_for("manager")


@pytest.fixture
def done_complaint(people):
    reception, _, manager = people
    client = manager.clients.save(ClientData(name=HOSTILE, phone="021-62345678"))
    product = manager.products.save(ProductData("CP0101", "纯净水", "550ml×24瓶"))
    c = reception.complaints.save(ComplaintData("phone", "产品质量", "important", LONG, client.id,
                                                product_id=product.id, batch_no="20261101A"))
    c = reception.complaints.start(c.id, c.version)
    c = reception.complaints.resolve(c.id, c.version, "上门更换整箱，赠送新品一箱", HOSTILE)
    c = reception.complaints.callback(c.id, c.version, CallbackData("satisfied", 5, note="客户表示满意"))
    return reception.complaints.archive(c.id, c.version)


def _text(data: bytes) -> str:
    return pdftools.squeezed(pdftools.text(data))


def test_the_complaint_form_prints_intake_handling_callback_and_signatures(people, done_complaint):
    reception = people[0]
    data = resolve("complaint")(reception, done_complaint.number)
    text = _text(data)
    for expected in ("客户投诉处理单", done_complaint.number, "受理信息", "产品质量", "重要", "CP0101纯净水",
                     "20261101A", "处理情况", "上门更换整箱", "回访情况", "5分（非常满意）", "客户表示满意",
                     "处理过程", "回访", "归档", "受理人", "处理人", "回访人", "部门经理", "李接待1",
                     pdftools.squeezed(HOSTILE)):
        assert expected in text, expected
    assert text.count("渗") == 1000  # every character of the 10,000-character description, over pages
    assert len(pdftools.reader(data).pages) > 3
    pdftools.assert_fonts_embedded(data)


def test_the_chinese_text_reads_back_from_the_written_file(people, done_complaint, tmp_path):
    path = tmp_path / "complaint.pdf"
    path.write_bytes(resolve("complaint")(people[0], done_complaint.number))
    out = pdftools.text(path.read_bytes())
    assert "客户投诉处理单" in out and "原因分析" in out and "<img src=/etc/passwd>" in out


def test_an_open_complaint_leaves_room_to_write_the_handling_by_hand(people):
    reception, _, _ = people
    c = reception.complaints.save(ComplaintData("visit", "服务态度", "normal", "送货员态度差",
                                                consumer_name="陈女士", consumer_phone="13812345678"))
    text = _text(resolve("complaint")(reception, c.number.lower()))
    assert "陈女士" in text and "13812345678" in text and "已受理" in text and "处理结果" in text


@pytest.fixture
def done_return(people):
    _, clerk, manager = people
    client = manager.clients.save(ClientData(name="南京苏果超市", address="南京市中山路1号"))
    water = manager.products.save(ProductData("CP0102", "纯净水", "550ml×24瓶", unit_price=Decimal("28")))
    lines = [ReturnLineData(water.id, Decimal("10"), "damaged", HOSTILE[:30])] + [
        ReturnLineData(water.id, Decimal("1"), "quality", f"B{i:03d}") for i in range(60)]
    r = clerk.returns.save(ReturnData(client.id, "exchange", HOSTILE, lines))
    r = manager.returns.approve(r.id, r.version, "同意换货")
    r = clerk.returns.receive(r.id, r.version, [ReceiptLine(ln.id, ln.quantity, "package_damaged") for ln in r.lines])
    return clerk.returns.complete(r.id, r.version, "replacement", "已补发")


def test_the_return_form_prints_lines_totals_decision_and_signatures(people, done_return):
    clerk = people[1]
    data = resolve("return")(clerk, done_return.number)
    text = _text(data)
    for expected in ("退换货单", done_return.number, "南京苏果超市", "换货", "退换货明细", "运输破损", "外包装破损",
                     "合计", "61项", "70", "1,960.00", "同意换货", "王经理1", "换货补发", "已补发", "补发送货任务", "SH", "申请人", "审批",
                     "收货人", "客户签字", pdftools.squeezed(HOSTILE)):
        assert expected in text, expected
    assert len(pdftools.reader(data).pages) >= 2
    pdftools.assert_fonts_embedded(data)


def test_crdesk_print_writes_both_forms(sqlite_url, tmp_path, people, done_complaint, done_return):
    for kind, number in (("complaint", done_complaint.number), ("return", done_return.number)):
        out = tmp_path / f"{kind}.pdf"
        assert cli.run(["--db", sqlite_url, "print", kind, number, "-o", str(out)]) == 0
        assert out.read_bytes().startswith(b"%PDF")
    assert cli.run(["--db", sqlite_url, "print", "complaint", "TS1999000001", "-o", str(tmp_path / "x.pdf")]) == 1


def test_printing_dates_use_the_service_clock(people, done_complaint):
    assert dt.date.today().isoformat() in _text(resolve("complaint")(people[0], done_complaint.number))
