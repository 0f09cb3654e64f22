"""Every report exports to XLSX (and CSV); `crdesk export report NAME --month YYYY-MM -o FILE`."""
import csv

import openpyxl
import pytest

from crdesk import cli
from crdesk.db.models.complaints import Complaint
from crdesk.services.report_export import sheet_title, write
from tests.fixtures import _services_for as services_for
from tests.services.reports_dataset import frozen, make_dataset


@pytest.fixture
def manager_with_data(sqlite_url):
    """SQLite only: the figures themselves are checked on every backend in test_reports.py."""
    make_dataset(services_for)
    return frozen(services_for("manager", "boss"))


def _rows(sheet):
    return [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_every_report_writes_a_workbook_with_its_tables(manager_with_data, tmp_path):
    for name, _ in manager_with_data.reports.names():
        report = manager_with_data.reports.build(name, "2026-03")
        path = tmp_path / f"{name}.xlsx"
        count = write(report, path)
        book = openpyxl.load_workbook(path)
        assert book.sheetnames[0] == "概况" and len(book.sheetnames) == 1 + len(report.tables)
        assert count == sum(len(t.rows) for t in report.tables)
        assert _rows(book.worksheets[0])[0] == [report.title, report.period]


def test_the_deliveries_workbook_holds_the_hand_counted_figures(manager_with_data, tmp_path):
    path = tmp_path / "d.xlsx"
    write(manager_with_data.reports.build("deliveries", "2026-03"), path)
    book = openpyxl.load_workbook(path)
    monthly, reasons = _rows(book.worksheets[1]), _rows(book.worksheets[2])
    assert monthly[0] == ["月份", "完成配送", "送达", "准时送达", "准时率 %", "未送达"]
    assert monthly[-1] == ["2026-03", 5, 3, 1, 33.3, 3]
    assert reasons[1:] == [["客户店铺关门", 2, 66.7], ["地址有误", 1, 33.3]]
    assert ["准时率", "33.3%"] in _rows(book.worksheets[0])


def test_formula_like_text_is_neutralized(manager_with_data, tmp_path):
    Complaint.update(category="=HYPERLINK(\"x\")").where(Complaint.category == "包装").execute()
    path = tmp_path / "c.csv"
    write(manager_with_data.reports.build("complaints", "2026-03"), path)
    cells = [row[0] for row in csv.reader(path.open(encoding="utf-8-sig")) if row]
    assert "'=HYPERLINK(\"x\")" in cells and "=HYPERLINK(\"x\")" not in cells


def test_sheet_titles_are_legal_and_unique():
    used = set()
    assert sheet_title("按月[统计]/合计:*?", used) == "按月_统计__合计___"
    assert sheet_title("按月[统计]/合计:*?", used) == "按月_统计__合计___(2)"
    assert len(sheet_title("很" * 40, used)) == 31


def test_cli_exports_a_report_for_a_month(manager_with_data, sqlite_url, tmp_path, capsys):
    out = tmp_path / "hot.xlsx"
    assert cli.run(["--db", sqlite_url, "export", "report", "hot-issues", "--month", "2026-03", "-o", str(out)]) == 0
    assert "4 rows written" in capsys.readouterr().out
    assert _rows(openpyxl.load_workbook(out).worksheets[1])[1] == [1, "产品质量", "CP01 酱油", 2, 1, 1, 1]


def test_cli_refuses_an_unknown_report_or_month_in_one_line(sqlite_url, tmp_path, capsys):
    out = tmp_path / "x.xlsx"
    assert cli.run(["--db", sqlite_url, "export", "report", "nothing", "-o", str(out)]) == 1
    assert "没有这个报表" in capsys.readouterr().err
    assert cli.run(["--db", sqlite_url, "export", "report", "plans", "--month", "2026-3x", "-o", str(out)]) == 1
    assert "月份格式" in capsys.readouterr().err and not out.exists()
