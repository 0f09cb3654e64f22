import io

import pytest

from crdesk.pdf.delivery_slip import SlipDoc, SlipLine, SlipOptions, render
from crdesk.pdf.document import Company
from crdesk.pdf.run_pack import LoadItem, RunPack, Stop, render_packs
from tests.pdf.pdftools import (
    MM,
    assert_fonts_embedded,
    page_image,
    page_texts,
    reader,
    text_in,
)

HOSTILE = "<b>粗体</b> <img src=/etc/passwd> & <para 未闭合"


def _doc(number="PS2026000123", lines=3, notes="请走后门"):
    return SlipDoc(
        number=number, client="上海华联超市（KH000001）", address="上海市黄浦区人民路123号", contact="王海",
        phone="13812345678", date="2026-03-02", window="09:00–11:30", order_number="SH2026000001",
        run="CC202600001 第3站", vehicle="沪A12345", driver="赵师傅 13900001111", clerk="张配送",
        lines=[SlipLine(f"CP{k:02d}", "纯净水", "550ml×24", "箱", "10", "24.00", "240.00") for k in range(lines)],
        total_quantity=str(10 * lines), total_amount=f"{240 * lines:.2f}", notes=notes)


def _options(fmt, **kw):
    return SlipOptions(Company("某某食品有限公司客户服务中心", "上海市人民路1号", "021-62345678"), fmt, **kw)


def _strip_text(data: bytes, index: int, strip_mm: float = 20) -> str:
    """The text starting in the right-hand strip (the copy marks, right of the table) of page ``index``,
    whitespace removed."""
    width = float(reader(data).pages[index].mediabox.width)
    return text_in(data, index, left=width - strip_mm * MM)


def test_a4_prints_one_page_per_copy_each_marked():
    data = render([_doc()], _options("a4"))
    pages = page_texts(data)
    assert len(pages) == 3
    marks = [("第一联", "存根联"), ("第二联", "客户联"), ("第三联", "回单联")]
    for index, (page, (ordinal, copy)) in enumerate(zip(pages, marks)):
        assert ordinal in page and copy in page  # the box at the top left
        assert _strip_text(data, index) == ordinal + copy  # and the strip, naming no other copy


def test_a4_prints_only_the_chosen_copies():
    pages = page_texts(render([_doc()], _options("a4", copies=("client", "receipt"))))
    assert len(pages) == 2 and "客户联" in pages[0] and "回单联" in pages[1]


def test_continuous_form_is_one_241_by_140_page_naming_every_part():
    data = render([_doc()], _options("form241"))
    pages = reader(data).pages
    assert len(pages) == 1
    box = pages[0].mediabox
    assert (round(float(box.width) / MM), round(float(box.height) / MM)) == (241, 140)
    assert _strip_text(data, 0) == "①存根联（白）②客户联（红）③回单联（黄）"


def test_the_chinese_text_comes_back_out_and_prices_show_only_when_asked():
    text = page_texts(render([_doc()], _options("a4", copies=("client",))))[0]
    for words in ("送", "货", "单", "上海华联超市", "上海市黄浦区人民路123号", "收货人签字", "送货人签字", "日期",
                  "PS2026000123", "沪A12345"):
        assert words in text
    assert "240.00" not in text
    priced = page_texts(render([_doc()], _options("a4", copies=("client",), show_prices=True)))[0]
    assert "240.00" in priced and "单价" in priced


@pytest.mark.parametrize("fmt", ["a4", "form241"])
def test_the_font_is_embedded_and_is_the_only_font(fmt):
    assert_fonts_embedded(render([_doc()], _options(fmt)))


def test_the_font_check_refuses_a_font_that_is_not_embedded():
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    page = canvas.Canvas(out)
    page.drawString(72, 72, "PS2026000123")  # Helvetica: one of the standard 14, never embedded
    page.save()
    with pytest.raises(AssertionError):
        assert_fonts_embedded(out.getvalue(), family="Helvetica")


@pytest.mark.parametrize("fmt", ["a4", "form241"])
def test_the_qr_code_decodes_to_the_slip_number(fmt):
    import zxingcpp

    image = page_image(render([_doc("PS2026004711")], _options(fmt, copies=("client",))), dpi=216)
    found = [r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode]
    assert found == ["PS2026004711"]


def test_hostile_user_text_prints_literally():
    text = page_texts(render([_doc(notes=HOSTILE)], _options("a4", copies=("client",))))[0]
    assert "<b>粗体</b>" in text and "<img src=/etc/passwd>" in text and "& <para 未闭合" in text


def test_lines_that_do_not_fit_continue_on_numbered_pages_with_totals_on_the_last():
    pages = page_texts(render([_doc(lines=14)], _options("form241")))
    assert len(pages) == 3
    assert "续页" not in pages[0] and "续页" in pages[1] and "第3页/共3页" in pages[2].replace(" ", "")
    assert "合计" in pages[2] and "合计" not in pages[0] and "140" in pages[2]


def test_run_pack_has_manifest_loading_list_then_slips_in_stop_order():
    slips = [_doc(f"PS20260000{n}", notes=f"第{n}站") for n in (11, 12)]
    pack = RunPack(number="CC202600009", date="2026-03-02", vehicle="沪A12345", driver="赵师傅", clerk="张配送",
                   times="08:00–12:00", stops=[Stop(str(k), s.number, "客户" + str(k), "地址", "王海 138", "", "30",
                                                     "405") for k, s in enumerate(slips, 1)],
                   load=[LoadItem("CP00", "纯净水", "550ml×24", "箱", "60", "810")], total_quantity="60",
                   total_weight="810", capacity="1000", slips=slips)
    ticks = []
    pages = page_texts(render_packs([pack], _options("form241"), tick=lambda d, t: ticks.append((d, t))))
    assert "配 送 车 次 出 车 单" in pages[0] or "配送车次出车单" in pages[0].replace(" ", "")
    assert "装车清单" in pages[1].replace(" ", "") and "810" in pages[1]
    assert "PS2026000011" in pages[2] and "PS2026000012" in pages[3]
    assert ticks[-1] == (2, 2)
