"""Import on every backend: all or nothing, row errors that name row and column, codes, keys, permissions."""
import datetime as dt
import json
from decimal import Decimal

import pytest

from crdesk.db.models.clients import Client
from crdesk.db.models.core import AuditLog
from crdesk.services.clients import ClientData
from crdesk.services.errors import PermissionDenied, ValidationError
from crdesk.services.products import ProductData

CLIENT_HEADER = "客户名称,类型,等级,区域,电话,有效\n"


def _csv(tmp_path, text, name="data.csv", encoding="utf-8-sig"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_one_bad_row_means_nothing_is_written_unless_valid_rows_are_asked_for(manager, tmp_path):
    path = _csv(tmp_path, CLIENT_HEADER + "上海华联超市,经销商,A,华东,021-62345678,是\n"
                "杭州百货,零售商,B,华东,12345,是\n"
                "南京便利店,消费者,Z,华东,,否\n"
                "苏州批发部,经销商,C,华东,13812345678,是\n")
    refused = manager.importing.run(path, "clients")
    assert refused.refused and (refused.rows, refused.imported, refused.error_rows) == (4, 0, 2)
    assert [(e.row, e.column, e.code) for e in refused.errors] == [(3, "电话", "invalid_phone"),
                                                                    (4, "等级", "invalid_choice")]
    assert Client.select().count() == 0 and not AuditLog.select().where(AuditLog.action == "import").exists()

    partial = manager.importing.run(path, "clients", valid_only=True)
    assert (partial.imported, partial.error_rows, partial.refused) == (2, 2, False)
    stored = {c.name: (c.kind, c.grade, c.active, c.code) for c in Client.select()}
    assert stored == {"上海华联超市": ("dealer", "A", True, "KH000001"), "苏州批发部": ("dealer", "C", True, "KH000002")}
    entry = AuditLog.get(AuditLog.action == "import")
    assert (entry.table_name, json.loads(entry.changes)["rows"], entry.username) == ("client", [None, 2], "manager1")


def test_dry_run_checks_against_the_database_and_writes_nothing(manager, tmp_path):
    manager.clients.save(ClientData(name="已有客户"))  # takes KH000001
    path = _csv(tmp_path, "客户编号,客户名称\nKH000001,重复的编号\nKH000007,新客户\nkh000007,同一文件里重复\n")
    result = manager.importing.run(path, "clients", dry_run=True)
    assert result.dry_run and result.imported == 0 and Client.select().count() == 1
    assert [(e.row, e.column, e.code, e.params) for e in result.errors] == [
        (2, "客户编号", "duplicate_code", {}), (4, "客户编号", "duplicate_in_file", {"row": 3})]


def test_imported_codes_move_the_counter_so_new_clients_never_collide(manager, tmp_path):
    manager.importing.run(_csv(tmp_path, "客户编号,客户名称\nKH000050,五十号客户\n,没有编号的客户\n"), "clients")
    codes = sorted(c.code for c in Client.select())
    assert codes[0] == "KH000050" and codes[1] > "KH000050"
    assert manager.clients.save(ClientData(name="手工新建")).code > codes[1]


def test_products_and_materials_use_their_areas_rules(manager, tmp_path):
    manager.products.save(ProductData(code="CP0001", name="纯净水"))
    path = _csv(tmp_path, "产品编号,产品名称,规格,单位,单位重量(kg),单价(元),有效\n"
                "cp0002,果汁,1L×12,箱,\"1,200.5\",28.50,是\n"
                "CP0001,重复,,箱,1,1,是\n"
                "CP0003,太多小数,,箱,1,1.005,是\n")
    result = manager.importing.run(path, "products", valid_only=True)
    assert [(e.row, e.column, e.code) for e in result.errors] == [(3, "产品编号", "duplicate_code"),
                                                                   (4, "单价(元)", "too_many_decimals")]
    product = manager.products.get_by_code("CP0002")
    assert (product.unit_weight_kg, product.unit_price, product.specification) == (
        Decimal("1200.500"), Decimal("28.50"), "1L×12")
    materials = _csv(tmp_path, "物料编号,名称,单位,包装量,起订量,单价,安全库存\nbx01,纸箱,个,50,500,1.2,1000\n",
                     "materials.csv")
    assert manager.importing.run(materials, "materials").imported == 1
    row = manager.materials.page(active=None).rows[0]
    assert (row.code, row.pack_size, row.safety_stock) == ("BX01", Decimal("50.000"), Decimal("1000.000"))


def test_vehicles_with_labels_dates_and_plates(manager, tmp_path):
    path = _csv(tmp_path, "车牌号,车型,类型,燃料,载重（千克）,状态,保险到期,年检到期,当前里程\n"
                "沪a12345,依维柯,厢式货车,柴油,1500,在用,2026/12/31,2027年3月1日,42000\n"
                "沪A·12345,重复,货车,汽油,1,在用,,,0\n"
                "京B99999,,飞机,柴油,1,在用,明天,,0\n", encoding="gb18030")
    result = manager.importing.run(path, "vehicles", valid_only=True)
    assert sorted((e.row, e.column, e.code) for e in result.errors) == [
        (3, "车牌号", "duplicate_in_file"), (4, "保险到期", "not_a_date"), (4, "类型", "invalid_choice")]
    vehicle = manager.fleet.vehicle_by_plate("沪A·12345")
    assert (vehicle.vehicle_type, vehicle.insurance_expiry, vehicle.inspection_due, vehicle.odometer_km) == (
        "van", dt.date(2026, 12, 31), dt.date(2027, 3, 1), 42000)


def test_a_role_without_the_edit_permission_cannot_import(make_services, tmp_path):
    reception = make_services("reception")
    path = _csv(tmp_path, "产品编号,产品名称\nCP1,水\n")
    with pytest.raises(PermissionDenied):
        reception.importing.run(path, "products")
    assert reception.importing.run(_csv(tmp_path, CLIENT_HEADER + "客户甲,经销商,A,华东,,是\n", "c.csv"),
                                   "clients").imported == 1


def test_a_missing_required_column_is_refused_before_any_row(manager, tmp_path):
    with pytest.raises(ValidationError) as caught:
        manager.importing.run(_csv(tmp_path, "条码,电话\n690123,13812345678\n"), "products")
    assert (caught.value.code, caught.value.params) == ("missing_column", {"columns": "产品编号、产品名称"})


def test_a_row_without_a_code_is_numbered_past_every_code_of_the_file_even_one_far_below_it(manager, tmp_path):
    rows = [f"KH{number:06d},客户{number}" for number in range(1, 1501)]
    rows.insert(4, ",没有编号的客户")  # in the first chunk; KH001001 … KH001500 come in the second
    result = manager.importing.run(_csv(tmp_path, "客户编号,客户名称\n" + "\n".join(rows) + "\n"), "clients")
    assert (result.imported, result.error_rows) == (1501, 0)
    assert Client.get(Client.name == "没有编号的客户").code == "KH001501"


def test_rows_without_a_code_in_several_chunks_get_consecutive_codes_past_the_file_and_the_table(manager, tmp_path):
    manager.clients.save(ClientData(name="已有客户"))  # KH000001
    rows = [f",客户{number}" for number in range(2100)] + ["KH000005,五号客户"]
    result = manager.importing.run(_csv(tmp_path, "客户编号,客户名称\n" + "\n".join(rows) + "\n"), "clients")
    assert (result.imported, result.error_rows) == (2101, 0)
    numbered = [c.code for c in Client.select().where(Client.name.startswith("客户")).order_by(Client.id)]
    assert numbered == [f"KH{number:06d}" for number in range(6, 2106)]
