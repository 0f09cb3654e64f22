"""Packaging materials, bills of materials and stock derived from movements (every backend)."""
from decimal import Decimal as D

import pytest

from crdesk.services.errors import ConflictError, PermissionDenied, ValidationError
from crdesk.services.materials import Bom, BomLineData, MaterialData
from crdesk.services.products import ProductData


def material(services, code="XZ01", **kw):
    values = dict(name="五层瓦楞纸箱", unit="个", specification="600×400×300", supplier="华南纸业",
                  pack_size=D("50"), min_order=D("200"), unit_price=D("3.20"), safety_stock=D("100"))
    values.update(kw)
    return services.materials.save(MaterialData(code=code, **values))


@pytest.fixture
def clerk(make_services):
    return make_services("clerk")


def test_material_is_saved_with_its_purchase_terms(clerk):
    saved = material(clerk, code=" xz01 ")
    assert saved.code == "XZ01" and saved.pack_size == D("50") and saved.unit_price == D("3.2")
    assert saved.stock == 0 and saved.version == 1
    saved.name = "纸箱（加厚）"
    assert clerk.materials.save(saved).version == 2


@pytest.mark.parametrize("field,value,code", [
    ("pack_size", D("0"), "must_be_positive"),
    ("min_order", D("-1"), "not_negative"),
    ("unit_price", "三块", "not_a_number"),
    ("name", " ", "required"),
    ("unit", "", "required"),
])
def test_bad_terms_are_refused_at_their_field(clerk, field, value, code):
    with pytest.raises(ValidationError) as caught:
        material(clerk, **{field: value})
    assert (caught.value.field, caught.value.code) == (field, code)


def test_duplicate_code_is_refused(clerk):
    material(clerk)
    with pytest.raises(ValidationError) as caught:
        material(clerk, code="xz01")
    assert (caught.value.field, caught.value.code) == ("code", "duplicate_code")


def test_stock_is_the_sum_of_movements_and_cannot_be_typed_over(clerk):
    saved = material(clerk)
    assert clerk.materials.adjust(saved.id, D("500"), "期初盘点") == D("500")
    assert clerk.materials.issue(saved.id, D("120.5"), reference="SC20260001") == D("379.5")
    saved = clerk.materials.get(saved.id)
    saved.stock = D("99999")
    assert clerk.materials.save(saved).stock == D("379.5")
    assert clerk.materials.count(saved.id, D("370"), "月末盘点") == D("370")
    kinds = [(m.kind, m.quantity) for m in clerk.materials.movements(saved.id).rows]
    assert sorted(kinds) == sorted([("adjustment", D("500")), ("issue", D("-120.5")), ("adjustment", D("-9.5"))])


def test_issue_beyond_stock_and_adjustment_without_reason_are_refused(clerk):
    saved = material(clerk)
    clerk.materials.adjust(saved.id, D("10"), "期初")
    with pytest.raises(ValidationError) as caught:
        clerk.materials.issue(saved.id, D("10.001"))
    assert (caught.value.field, caught.value.code) == ("quantity", "exceeds_stock")
    with pytest.raises(ValidationError) as caught:
        clerk.materials.adjust(saved.id, D("5"), "  ")
    assert caught.value.field == "reason"
    with pytest.raises(ValidationError) as caught:
        clerk.materials.adjust(saved.id, D("0"), "无变化")
    assert caught.value.code == "must_not_be_zero"
    assert clerk.materials.stock(saved.id) == D("10")


def test_movements_are_audited(clerk, manager):
    saved = material(clerk)
    clerk.materials.adjust(saved.id, D("8"), "盘盈")
    entries = manager.audit.search(table="stock_movement")
    assert len(entries) == 1 and entries[0].username == "clerk1"
    assert entries[0].changes["quantity"] == [None, "8.000"] and entries[0].changes["reason"] == [None, "盘盈"]


def test_list_shows_stock_and_flags_materials_below_safety_stock(clerk):
    low, ok = material(clerk, "XZ01"), material(clerk, "XZ02", name="封箱胶带", safety_stock=D("0"))
    clerk.materials.adjust(low.id, D("40"), "期初")
    rows = {r.code: r for r in clerk.materials.page().rows}
    assert rows["XZ01"].stock == D("40") and rows["XZ01"].below_safety
    assert rows["XZ02"].stock == 0 and not rows["XZ02"].below_safety
    assert [r.code for r in clerk.materials.page(text="胶带").rows] == ["XZ02"]
    assert ok.id != low.id


def test_bill_of_materials_round_trip_and_stale_save_is_a_conflict(clerk, make_services):
    product = clerk.products.save(ProductData(code="CP01", name="纯净水 550ml×24"))
    box, tape = material(clerk, "XZ01"), material(clerk, "JD01", name="封箱胶带", unit="卷")
    bom = clerk.materials.bom(product.id)
    bom.lines = [BomLineData(box.id, D("1"), D("2")), BomLineData(tape.id, D("0.02"))]
    saved = clerk.materials.save_bom(bom)
    assert [(line.material_code, line.per_unit, line.scrap_pct) for line in saved.lines] == [
        ("JD01", D("0.02"), D("0")), ("XZ01", D("1"), D("2"))]
    other = make_services("clerk", "clerk2")
    theirs = other.materials.bom(product.id)
    theirs.lines[0].per_unit = D("0.025")
    other.materials.save_bom(theirs)
    saved.lines = saved.lines[1:]
    with pytest.raises(ConflictError):
        clerk.materials.save_bom(saved)
    assert len(clerk.materials.bom(product.id).lines) == 2


@pytest.mark.parametrize("per_unit,scrap,field,code", [
    (D("0"), D("0"), "lines.0.per_unit", "must_be_positive"),
    (D("1"), D("100.5"), "lines.0.scrap_pct", "out_of_range"),
    (D("1"), D("-1"), "lines.0.scrap_pct", "not_negative"),
])
def test_bad_bom_lines_are_refused_at_their_field(clerk, per_unit, scrap, field, code):
    product = clerk.products.save(ProductData(code="CP01", name="纯净水"))
    box = material(clerk)
    with pytest.raises(ValidationError) as caught:
        clerk.materials.save_bom(Bom(product.id, [BomLineData(box.id, per_unit, scrap)]))
    assert (caught.value.field, caught.value.code) == (field, code)


def test_a_material_twice_in_one_bom_is_refused(clerk):
    product = clerk.products.save(ProductData(code="CP01", name="纯净水"))
    box = material(clerk)
    with pytest.raises(ValidationError) as caught:
        clerk.materials.save_bom(Bom(product.id, [BomLineData(box.id, D("1")), BomLineData(box.id, D("2"))]))
    assert (caught.value.field, caught.value.code) == ("lines.1.material", "duplicate_line")


def test_roles_without_the_right_are_refused(clerk, reception, make_services):
    saved = material(clerk)
    with pytest.raises(PermissionDenied):
        material(reception, "XZ09")
    with pytest.raises(PermissionDenied):
        reception.materials.page()
    with pytest.raises(PermissionDenied):
        make_services("driver").materials.issue(saved.id, D("1"))


def test_the_migration_creates_exactly_the_columns_of_the_live_models(db):
    from crdesk.db.models import planning as models

    for model in (models.PackagingMaterial, models.BomLine, models.ProductionPlan, models.ProductionPlanLine,
                  models.ProductionActual, models.PurchasePlan, models.PurchasePlanLine, models.StockMovement):
        stored = {column.name for column in db.get_columns(model._meta.table_name)}
        assert stored == {field.column_name for field in model._meta.sorted_fields}, model.__name__
