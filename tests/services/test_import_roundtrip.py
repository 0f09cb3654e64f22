"""Export then import gives back the same data (Hypothesis): text with formula starts, apostrophes, quotes,
commas and line breaks; numbers with decimals; both file formats."""
import shutil
import tempfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crdesk.db.connection import DB, connect
from crdesk.services import exports
from crdesk.services.clients import ClientData
from crdesk.services.products import ProductData
from tests.fixtures import _services_for

TEXT = st.text(alphabet=st.sampled_from(list("上海华联超市百货客户=+-@'\"\t,;\n ab0")), min_size=1, max_size=24)
NAMES = TEXT.map(str.strip).filter(bool)
PHONES = st.sampled_from(["", "13812345678", "021-62345678", "+86 13912345678", "0571 8765 4321 转 123"])
CLIENTS = st.lists(st.builds(ClientData, name=NAMES, kind=st.sampled_from(["dealer", "retailer", "consumer", "other"]),
                             grade=st.sampled_from("ABCD"), region=TEXT.map(str.strip),
                             address=TEXT.map(str.strip), phone=PHONES, note=TEXT.map(str.strip),
                             active=st.booleans()), min_size=1, max_size=6)
PRODUCTS = st.lists(st.builds(
    ProductData, code=st.from_regex(r"[A-Z0-9][A-Z0-9_.-]{0,8}", fullmatch=True), name=NAMES,
    specification=TEXT.map(str.strip), unit=st.sampled_from(["箱", "瓶", "件"]),
    unit_weight_kg=st.decimals(0, 99999, places=3), unit_price=st.decimals(0, 999999, places=2),
    active=st.booleans()), min_size=1, max_size=6, unique_by=lambda p: p.code)
SETTINGS = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _fresh(template: Path, folder: Path, name: str):
    shutil.copy(template, folder / name)
    connect(f"sqlite:///{folder / name}")
    return _services_for("manager")


def _table(services, kind: str, drop_last: bool) -> list[list]:
    table = exports.resolve(kind)(services)
    return [list(map(exports._cell, row))[:-1 if drop_last else None] for row in table.rows]


def _round_trip(template, kind, suffix, fill, drop_last):
    """Fill database A, export it, import the file into an empty database B; return the import's errors, the
    rows it imported, and A's and B's tables as exported."""
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        source = _fresh(template, folder, "a.sqlite3")
        fill(source)
        exports.write(exports.resolve(kind)(source), folder / f"out{suffix}")
        before = _table(source, kind, drop_last)
        DB.obj.close()
        target = _fresh(template, folder, "b.sqlite3")
        result = target.importing.run(folder / f"out{suffix}", kind)
        after = _table(target, kind, drop_last)
        DB.obj.close()
    return result.errors, result.imported, before, after


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@SETTINGS
@given(clients=CLIENTS)
def test_clients_survive_export_and_import(sqlite_template, suffix, clients):
    def fill(services):
        for client in clients:
            services.clients.save(client)

    # the last column (when updated) differs by nature and is left out of the comparison
    errors, imported, before, after = _round_trip(sqlite_template, "clients", suffix, fill, drop_last=True)
    assert (errors, imported) == ([], len(before))
    assert after == before


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
@SETTINGS
@given(products=PRODUCTS)
def test_products_survive_export_and_import(sqlite_template, suffix, products):
    def fill(services):
        for product in products:
            services.products.save(product)

    errors, imported, before, after = _round_trip(sqlite_template, "products", suffix, fill, drop_last=False)
    assert (errors, imported) == ([], len(before))
    assert after == before


def test_numbers_keep_their_decimals_through_xlsx(sqlite_template):
    def fill(services):
        services.products.save(ProductData("CP1", "水", unit_weight_kg=Decimal("0.001"),
                                           unit_price=Decimal("99999.99")))

    errors, imported, before, after = _round_trip(sqlite_template, "products", ".xlsx", fill, drop_last=False)
    assert (errors, imported) == ([], len(before))
    assert after == before
