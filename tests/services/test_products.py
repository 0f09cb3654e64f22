from decimal import Decimal

import pytest

from crdesk.services.errors import ConflictError, PermissionDenied, ValidationError
from crdesk.services.products import ProductData


def _product(code="cp0101", name="纯净水", **kw):
    values = dict(specification="550ml×24瓶", unit="箱", unit_weight_kg=Decimal("13.8"), unit_price=Decimal("28.50"))
    values.update(kw)
    return ProductData(code=code, name=name, **values)


def test_clerk_creates_a_product_with_an_upper_case_code(make_services):
    clerk = make_services("clerk")
    saved = clerk.products.save(_product())
    assert (saved.code, saved.unit_weight_kg, saved.unit_price, saved.version) == (
        "CP0101", Decimal("13.800"), Decimal("28.50"), 1)
    assert clerk.products.get_by_code("cp0101").label == "CP0101 纯净水 550ml×24瓶"


@pytest.mark.parametrize("field,value,code", [
    ("code", "", "required"),
    ("code", "含中文", "invalid_code"),
    ("name", " ", "required"),
    ("unit", "", "required"),
    ("unit_weight_kg", "abc", "not_a_number"),
    ("unit_weight_kg", Decimal("-1"), "out_of_range"),
    ("unit_price", Decimal("1.005"), "too_many_decimals"),
])
def test_bad_product_input_is_refused_at_its_field(manager, field, value, code):
    data = _product()
    setattr(data, field, value)
    with pytest.raises(ValidationError) as caught:
        manager.products.save(data)
    assert (caught.value.field, caught.value.code) == (field, code)


def test_duplicate_code_is_refused(manager):
    manager.products.save(_product())
    with pytest.raises(ValidationError) as caught:
        manager.products.save(_product(code="CP0101", name="另一个"))
    assert (caught.value.field, caught.value.code) == ("code", "duplicate_code")


def test_reception_may_read_but_not_edit_products(manager, reception):
    manager.products.save(_product())
    assert [p.code for p in reception.products.choices()] == ["CP0101"]
    with pytest.raises(PermissionDenied):
        reception.products.save(_product(code="CP0102"))


def test_concurrent_edit_conflicts_and_search_pages_by_code(manager, make_services):
    clerk = make_services("clerk")
    for i in range(5):
        manager.products.save(_product(code=f"CP{i:04d}", name=f"果汁{i}", active=i != 3))
    mine, theirs = manager.products.get_by_code("CP0001"), clerk.products.get_by_code("CP0001")
    theirs.unit_price = Decimal("30")
    clerk.products.save(theirs)
    mine.name = "我的名字"
    with pytest.raises(ConflictError):
        manager.products.save(mine)
    first = manager.products.page(text="果汁", limit=2)
    second = manager.products.page(text="果汁", after=first.next_key, limit=2)
    assert [p.code for p in first.rows + second.rows] == ["CP0000", "CP0001", "CP0002", "CP0004"]
    assert manager.products.count(active=None) == 5
