"""The shared page layout: embedded font, header, QR code, page numbers, long content, other paper sizes."""
from __future__ import annotations

import re
import time

import pytest
from reportlab.platypus import Paragraph

from crdesk.pdf.document import MM
from crdesk.pdf.layout import (CONTINUOUS_241X140, Column, Company, Document, Field, FieldGrid, Signature,
                               TableBlock, TextBlock, render, render_many, write)
from crdesk.pdf.text import styles
from tests.pdf.pdfcheck import barcodes, fonts, page_image, page_texts, reader, squeezed, text

COMPANY = Company("杭州味美食品有限公司", "浙江省杭州市西湖区文三路 100 号", "0571-88886666")
NOTE = ("客户反映近期销量平稳，希望增加促销支持。" * 500)[:10_000]


def form(**changes) -> Document:
    values = dict(
        title="客户档案卡", number="KH000123", company=COMPANY, header_note="打印日期：2026-03-02",
        blocks=[FieldGrid([Field("客户编号", "KH000123"), Field("客户名称", "上海华联超市"),
                           Field("地址", "上海市黄浦区南京东路 100 号", span=2)], title="基本信息"),
                TableBlock([Column("姓名"), Column("电话", 2)], [["王海", "13812345678"]], title="联系人"),
                TextBlock("备注", "按时送货。")],
        signatures=[Signature("制表", "王经理", "2026-03-02"), Signature("审核")])
    values.update(changes)
    return Document(**values)


def test_the_bundled_font_is_embedded_and_the_only_font():
    used = fonts(render(form()))
    assert used and all("WenQuanYiMicroHei" in name for name in used)
    assert all("/FontFile2" in descriptor for descriptor in used.values())


def test_header_body_and_signatures_extract_as_chinese_text():
    content = text(render(form()))
    for expected in ["杭州味美食品有限公司", "文三路", "0571-88886666", "编号：KH000123", "打印日期：2026-03-02",
                     "基本信息", "上海华联超市", "南京东路", "王海", "13812345678", "按时送货", "制表：", "王经理",
                     "审核：", "第 1 页 / 共 1 页"]:
        assert expected in content
    assert "客户档案卡" in squeezed(content)  # the title is letter-spaced


def test_the_qr_code_decodes_to_the_document_number():
    data = render(form(number="HF2026000001"))
    assert barcodes(data) == ["HF2026000001"]


def test_no_number_no_qr_code_and_no_number_line():
    data = render(form(number=""))
    assert barcodes(data) == [] and "编号：" not in text(data)


@pytest.mark.parametrize("block", [
    TextBlock("备注", NOTE),
    FieldGrid([Field("客户名称", "上海华联超市"), Field("备注", NOTE, span=2)]),
    TableBlock([Column("序号"), Column("内容", 4)], [["1", NOTE], ["2", "短"]]),
], ids=["text", "grid", "table"])
def test_a_10000_character_note_paginates_with_numbers_on_every_page(block):
    data = render(Document("长备注", "N1", blocks=[block]))
    texts = page_texts(data)
    assert len(texts) >= 3
    assert [f"第 {n} 页 / 共 {len(texts)} 页" in t for n, t in enumerate(texts, 1)] == [True] * len(texts)
    body = re.sub(r"第\d+页/共\d+页", "", squeezed("".join(texts)))
    for furniture in ["长备注", "编号：N1", "备注", "序号", "内容"]:
        body = body.replace(furniture, "")
    assert NOTE in body


def test_table_headings_repeat_on_every_page():
    rows = [[f"{i:04d}", f"产品{i}", "12"] for i in range(200)]
    data = render(form(blocks=[TableBlock([Column("序号"), Column("产品", 3), Column("数量", 1, "right")], rows,
                                          title="明细")]))
    texts = page_texts(data)
    assert len(texts) > 2 and all("明细" in t and "序号" in t for t in texts)
    assert all(f"{i:04d}" in "".join(texts) for i in range(200))


def test_many_documents_in_one_pdf_count_pages_per_document_and_report_progress():
    seen = []
    data = render_many([form(number="A1"), form(number="A2", blocks=[TextBlock("备注", NOTE)]), form(number="A3")],
                       progress=lambda done, total: seen.append((done, total)))
    texts = page_texts(data)
    assert "共 1 页" in texts[0] and "A1" in texts[0]
    middle = [t for t in texts if "A2" in t]
    assert len(middle) > 1 and all(f"共 {len(middle)} 页" in t for t in middle)
    assert "A3" in texts[-1] and "第 1 页 / 共 1 页" in texts[-1]
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]


def test_progress_can_cancel_a_batch():
    def cancel(done, total):
        if done == 1:
            raise KeyboardInterrupt
    with pytest.raises(KeyboardInterrupt):
        render_many([form(), form()], progress=cancel)


def test_other_paper_sizes_continuous_241_by_140_mm():
    data = render(form(page=CONTINUOUS_241X140, signatures=[Signature("收货人签字"), Signature("送货人", "赵司机")]))
    box = reader(data).pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (241, 140)
    assert barcodes(data) == ["KH000123"] and "收货人签字" in text(data)


def test_documents_of_different_sizes_do_not_share_a_pdf():
    with pytest.raises(ValueError):
        render_many([form(), form(page=CONTINUOUS_241X140)])


def test_an_empty_document_still_has_its_page():
    data = render(Document("空白表", "N1"))
    assert len(reader(data).pages) == 1 and "空白表" in squeezed(text(data))


def _dark_rows(data: bytes) -> tuple[list[int], int]:
    image = page_image(data, dpi=40).convert("L")
    pixels, (width, height) = image.load(), image.size
    return [y for y in range(height) if any(pixels[x, y] < 128 for x in range(width))], height


def test_signatures_sit_at_the_foot_of_the_page_unless_asked_not_to():
    rows, height = _dark_rows(render(form()))
    assert [y for y in rows if 0.85 * height < y < 0.94 * height]  # signature lines above the footer
    assert not [y for y in rows if 0.5 * height < y < 0.85 * height]  # the short form leaves a gap
    rows, height = _dark_rows(render(form(signatures_at_bottom=False)))
    assert not [y for y in rows if 0.85 * height < y < 0.94 * height]


def test_custom_blocks_and_flowables_are_accepted_other_objects_are_not():
    class Stamp:
        def flowables(self, context):
            return [Paragraph("自定义区块", context.styles.value)]

    data = render(form(blocks=[Stamp(), Paragraph("直接的段落", styles().value)]))
    assert "自定义区块" in text(data) and "直接的段落" in text(data)
    with pytest.raises(TypeError):
        render(form(blocks=["not a block"]))


def test_write_puts_the_pdf_into_a_file(tmp_path):
    path = write(form(), tmp_path / "card.pdf")
    assert path.read_bytes().startswith(b"%PDF") and not list(tmp_path.glob("*.part"))


def test_a_one_page_form_renders_fast_once_the_font_is_loaded():
    render(form())
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        render(form())
        timings.append(time.perf_counter() - start)
    assert sorted(timings)[2] < 0.2  # typically 15–30 ms on a shared 2-core machine; the budget is 50 ms
