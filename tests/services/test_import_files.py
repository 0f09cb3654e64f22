"""What arrives from Excel: encodings, an XLSX written by a spreadsheet program, malformed rows, huge cells,
formula-like cells, cancelling. Files are a SQLite matter, so these run on SQLite only."""
import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from crdesk.db.models.catalog import Vehicle
from crdesk.db.models.clients import Client
from crdesk.services import exports
from crdesk.services.clients import export_table
from crdesk.services.errors import ValidationError
from crdesk.services.importing import ImportCancelled
from tests.fixtures import _services_for

DATA = Path(__file__).parent / "data"
ROWS = "客户名称,区域,电话\n上海华联超市,华东,021-62345678\n广州百货,华南,13812345678\n"


@pytest.fixture
def services(sqlite_url):
    return _services_for("manager")


def _write(tmp_path, name, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("encoding,expected", [("utf-8-sig", "utf-8-sig"), ("utf-8", "utf-8"), ("gbk", "gb18030"),
                                               ("gb18030", "gb18030"), ("utf-16", "utf-16")])
def test_csv_in_every_encoding_excel_writes(services, tmp_path, encoding, expected):
    text = ROWS.replace(",", "\t") if encoding == "utf-16" else ROWS  # Excel's "Unicode text" is tab-separated
    result = services.importing.run(_write(tmp_path, "c.csv", text.encode(encoding)), "clients")
    assert (result.encoding, result.imported) == (expected, 2)
    assert {c.name: c.region for c in Client.select()} == {"上海华联超市": "华东", "广州百货": "华南"}


def test_an_xlsx_written_by_a_spreadsheet_program(services):
    result = services.importing.run(DATA / "clients_gnumeric.xlsx", "clients")
    assert (result.encoding, result.imported, result.errors) == ("xlsx", 3, [])
    stored = {c.name: (c.code, c.phone, c.active, c.note) for c in Client.select()}
    assert stored["上海华联超市"] == ("KH000101", "13812345678", True, "=1+1 不是公式")  # a number cell → text
    assert stored["杭州百货商店"][1:3] == ("021-62345678", False)
    assert stored["南京便利店"] == ("KH000103", "13900000000", True, "@SUM(A1)")  # generated after KH000102

    vehicles = services.importing.run(DATA / "vehicles_gnumeric.xlsx", "vehicles")
    assert vehicles.imported == 2, vehicles.errors
    van = Vehicle.get(Vehicle.plate == "沪A·12345")
    assert (van.insurance_expiry, van.inspection_due, van.odometer_km) == (
        dt.date(2026, 12, 31), dt.date(2027, 3, 1), 42000)  # the formula's cached value
    assert Vehicle.get(Vehicle.plate == "粤B·D12345").fuel_type == "electric"


def test_openpyxl_typed_cells_and_blank_rows(services, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append([None])
    sheet.append(["车牌号", "保险到期", "当前里程", "载重（千克）"])
    sheet.append(["苏E12345", dt.datetime(2026, 5, 1), 1200.0, 999.5])
    sheet.append([None, None, None, None])
    sheet.append(["苏E54321", "2026-05-02", "1,300", "  "])
    book.save(tmp_path / "v.xlsx")
    result = services.importing.run(tmp_path / "v.xlsx", "vehicles")
    assert (result.rows, result.imported, result.errors) == (2, 2, [])
    assert [(v.plate, v.insurance_expiry, v.odometer_km) for v in Vehicle.select().order_by(Vehicle.plate)] == [
        ("苏E·12345", dt.date(2026, 5, 1), 1200), ("苏E·54321", dt.date(2026, 5, 2), 1300)]


def test_malformed_rows_name_row_and_column(services, tmp_path):
    text = ("客户名称,电话,有效\n"
            "好客户,13812345678,是\n"
            "多出的列,13812345678,是,多余\n"
            ",13812345678,是\n"
            "布尔值错,13812345678,也许\n"
            "\n"
            "短行\n")
    result = services.importing.run(_write(tmp_path, "c.csv", text.encode()), "clients", valid_only=True)
    assert [(e.row, e.column, e.code) for e in result.errors] == [
        (3, "", "extra_cells"), (4, "客户名称", "required"), (5, "有效", "invalid_bool")]
    assert {c.name for c in Client.select()} == {"短行", "好客户"}


def test_a_huge_cell_is_a_row_error_not_a_crash(services, tmp_path):
    huge = "长" * 1_000_000
    text = f"客户名称,备注\n{huge},\n正常客户,{'注' * 9_000}\n"
    result = services.importing.run(_write(tmp_path, "c.csv", text.encode("utf-8")), "clients", valid_only=True)
    assert [(e.row, e.column, e.code, e.params) for e in result.errors] == [
        (2, "客户名称", "too_long", {"max": 200, "length": 1_000_000})]
    assert result.imported == 1 and len(Client.get().note) == 9_000


def test_formula_like_cells_are_stored_as_text_and_neutralized_again_on_export(services, tmp_path):
    risky = ["=HYPERLINK(\"http://x\",\"点我\")", "+86 138", "-1+1", "@SUM(A1)", "'单引号开头"]
    text = "客户名称,备注\n" + "".join(f"客户{i},\"{r.replace(chr(34), chr(34) * 2)}\"\n" for i, r in enumerate(risky))
    assert services.importing.run(_write(tmp_path, "c.csv", text.encode()), "clients").imported == 5
    assert [c.note for c in Client.select().order_by(Client.code)] == risky
    rows = list(export_table(services).rows)
    exports.write(export_table(services), tmp_path / "out.csv")
    assert all(not str(cell).startswith(("=", "+", "-", "@")) for cell in
               (tmp_path / "out.csv").read_text(encoding="utf-8-sig").replace("\n", ",").split(","))
    assert len(rows) == 5


@pytest.mark.parametrize("data,code", [(bytes(range(128, 256)) * 3, "unknown_encoding"), (b"\n\n  \n", "empty_file"),
                                       ("客户名称,电话\n\"上海\"华联,1\n".encode(), "bad_file")])
def test_unreadable_files_are_refused_with_a_reason(services, tmp_path, data, code):
    with pytest.raises(ValidationError) as caught:
        services.importing.run(_write(tmp_path, "bad.csv", data), "clients")
    assert caught.value.code == code


def test_other_file_types_and_damaged_workbooks_are_refused(services, tmp_path):
    for name, data, code in [("c.ods", b"x", "unsupported_file"), ("c.xlsx", b"not a zip", "bad_file")]:
        with pytest.raises(ValidationError) as caught:
            services.importing.run(_write(tmp_path, name, data), "clients")
        assert caught.value.code == code


def test_preview_maps_columns_and_a_changed_mapping_is_used(services, tmp_path):
    path = _write(tmp_path, "c.csv", "客户名,地区,随便\n上海华联,华东,x\n杭州百货,华东,y\n".encode("gb18030"))
    preview = services.importing.preview(path, "clients")
    assert (preview.headers, preview.mapping, preview.encoding) == (["客户名", "地区", "随便"], [None, "region", None],
                                                                    "gb18030")
    assert preview.rows == [["上海华联", "华东", "x"], ["杭州百货", "华东", "y"]]
    with pytest.raises(ValidationError) as caught:
        services.importing.run(path, "clients", mapping=["name", "name", None])
    assert caught.value.code == "duplicate_mapping"
    result = services.importing.run(path, "clients", mapping=["name", "region", "note"])
    assert result.imported == 2 and Client.get(Client.name == "上海华联").note == "x"


def test_cancelling_writes_nothing_and_progress_is_reported(services, tmp_path):
    text = "客户名称\n" + "".join(f"客户{i}\n" for i in range(2500))
    path = _write(tmp_path, "c.csv", text.encode())
    seen = []
    with pytest.raises(ImportCancelled):
        services.importing.run(path, "clients", progress=lambda done, total: seen.append((done, total)),
                               cancelled=lambda: len(seen) >= 1)
    assert seen == [(1000, 2500)] and Client.select().count() == 0
    seen.clear()
    assert services.importing.run(path, "clients", progress=lambda d, t: seen.append(d)).imported == 2500
    assert seen == [1000, 2000, 2500]
