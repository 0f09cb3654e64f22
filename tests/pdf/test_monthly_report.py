"""The monthly department report (客服中心月报): charts and tables, the font embedded, Chinese text that
reads back out (pypdf), user text printed literally; `crdesk print monthly-report YYYY-MM -o FILE.pdf`."""
import pytest

from crdesk import cli
from crdesk.db.models.complaints import Complaint
from crdesk.pdf.charts import PALETTE
from crdesk.services.report_data import Chart, Series
from crdesk.services.report_printing import monthly_report
from tests.fixtures import _services_for as services_for
from tests.pdf.pdftools import assert_fonts_embedded, page_image, reader, squeezed, text
from tests.services.reports_dataset import frozen, make_dataset


@pytest.fixture
def manager(sqlite_url):
    make_dataset(services_for)
    return frozen(services_for("manager", "boss"))


@pytest.fixture
def pdf(manager):
    return monthly_report(manager, "2026-03")


def test_the_report_has_every_section_with_its_tables(pdf):
    content = squeezed(text(pdf))
    for heading in ("客服中心月报", "2026年03月工作概况", "投诉分类统计", "热点问题排行", "满意度趋势", "满意度调查结果",
                    "配送准时率与未送达原因", "车辆费用（每公里成本）", "生产与包装物计划执行情况", "部门经理意见"):
        assert heading in content
    assert "客户店铺关门" in content and "沪A·10001" in content and "CP01酱油" in content
    assert "配送准时率33.3%" in content  # the summary on the first page
    assert "YB202603" in content


def test_the_font_is_embedded_and_nothing_else_is_used(pdf):
    assert_fonts_embedded(pdf, family="WenQuanYi")


def test_the_chinese_text_reads_back_from_the_written_file(pdf, tmp_path):
    path = tmp_path / "月报.pdf"
    path.write_bytes(pdf)
    output = text(path.read_bytes())
    assert "客服中心月报" in squeezed(output) and "热点问题" in output and "满意度" in output


def _blue_pixels(image) -> int:
    blue = PALETTE[0].rgb()
    target = tuple(round(c * 255) for c in blue)
    colors = image.convert("RGB").getcolors(maxcolors=1 << 24)
    return sum(n for n, pixel in colors if all(abs(a - b) < 12 for a, b in zip(pixel, target)))


def test_charts_are_drawn(pdf):
    first = page_image(pdf, 0, dpi=60)
    assert _blue_pixels(first) > 300  # the stacked bars and the pie of the complaints section
    assert "各类投诉按月分布" in squeezed(text(pdf))  # chart titles are real text too


def test_user_text_prints_literally(manager):
    Complaint.update(category="<b>包装&</b>").where(Complaint.category == "包装").execute()
    content = text(monthly_report(manager, "2026-03"))
    assert "<b>包装&</b>" in content


def test_a_chart_of_one_point_and_an_empty_chart_render():
    import io

    from reportlab.platypus import SimpleDocTemplate

    from crdesk.pdf.charts import drawing

    charts = [Chart("line", "一点", ["1月", "2月", "3月"], [Series("a", [None, 2, None])]),
              Chart("bar", "空", [], []), Chart("pie", "零", ["甲"], [Series("a", [0])]),
              Chart("bar", "横", ["很长的问题名称" * 4, "乙"], [Series("a", [3, None])], horizontal=True)]
    output = io.BytesIO()
    SimpleDocTemplate(output).build([drawing(c, 300, 160) for c in charts])
    assert "本期无数据" in text(output.getvalue())


def test_cli_prints_the_monthly_report(manager, sqlite_url, tmp_path, capsys):
    out = tmp_path / "月报.pdf"
    assert cli.run(["--db", sqlite_url, "print", "monthly-report", "2026-03", "-o", str(out)]) == 0
    assert len(reader(out.read_bytes()).pages) >= 4
    assert cli.run(["--db", sqlite_url, "print", "monthly-report", "March", "-o", str(tmp_path / "x.pdf")]) == 1
    assert "月份格式" in capsys.readouterr().err
