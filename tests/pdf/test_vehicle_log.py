"""The monthly vehicle log sheet (车辆运行记录表): embedded font, text read back with pypdf, the month's
trips / fills / maintenance and totals, literal user text, and `crdesk print vehicle-log`."""
import datetime as dt
from decimal import Decimal

import pytest

from crdesk import cli
from crdesk.services import printing
from crdesk.services.errors import ValidationError
from crdesk.services.fleet_maintenance import MaintenanceData
from tests.pdf import pdftools
from tests.services.fleet_support import fuel, make_fleet, trip

FEB = dt.date(2026, 2, 1)


@pytest.fixture
def fleet(sqlite_url):
    from tests.fixtures import _services_for

    fleet = make_fleet(_services_for)
    logs = fleet.driver.fleet_logs
    logs.save_trip(trip(fleet, fleet.me, 40000, 40100, dt.date(2026, 1, 30)))  # January: not printed
    logs.save_fuel(fuel(fleet, 40100, "40", dt.date(2026, 1, 30)))
    logs.save_trip(trip(fleet, fleet.me, 40100, 40350, FEB + dt.timedelta(days=2),
                        route="<b>浦东</b> & <img src=x> 仓库", checked=("tyres", "lights", "brakes", "papers"),
                        defects="玻璃水不足，已加注"))
    fleet.other.fleet_logs.save_trip(trip(fleet, fleet.them, 40350, 40600, FEB + dt.timedelta(days=3)))
    logs.save_fuel(fuel(fleet, 40600, "45", FEB + dt.timedelta(days=3)))  # 45 L over 500 km
    fleet.manager.fleet_maintenance.save(MaintenanceData(fleet.vehicle.id, FEB + dt.timedelta(days=4), "repair",
                                                         40600, Decimal("1260.00"), "安顺汽修厂", "更换刹车片"))
    return fleet


def test_the_sheet_lists_the_month_with_totals_and_both_signatures(fleet):
    data = printing.resolve("vehicle-log")(fleet.manager, "沪A12345", "2026-02")
    pdftools.assert_fonts_embedded(data)
    text = pdftools.squeezed(pdftools.text(data))
    for expected in ("车辆运行记录表", "沪A·12345-2026-02", "2026年02月", "行车记录", "加油记录", "保养维修", "本月合计",
                     "40,100", "40,600", "<b>浦东</b>&<imgsrc=x>仓库", "未通过：油液", "玻璃水不足，已加注",
                     "赵建国", "钱志强", "9.00", "更换刹车片", "1,260.00", "2次", "500公里", "351.00元",
                     "1,611.00元", "3.22元", "驾驶员签字", "部门经理签字"):
        assert expected in text, expected
    assert "2026-01-30" not in text


def test_an_empty_month_still_prints_its_frame(fleet):
    text = pdftools.squeezed(pdftools.text(printing.resolve("vehicle-log")(fleet.manager, "沪A·12345", "2025-12")))
    assert "本月无行车记录" in text and "0次" in text


@pytest.mark.parametrize("month", ["2026-13", "2026/02", "二月", ""])
def test_a_bad_month_is_refused(fleet, month):
    with pytest.raises(ValidationError) as caught:
        printing.resolve("vehicle-log")(fleet.manager, "沪A12345", month)
    assert caught.value.code == "invalid_month"


def test_crdesk_print_vehicle_log_writes_a_pdf_whose_text_reads_back(fleet, sqlite_url, tmp_path, capsys):
    out = tmp_path / "log.pdf"
    assert cli.run(["--db", sqlite_url, "print", "vehicle-log", "沪A·12345", "2026-02", "-o", str(out)]) == 0
    text = pdftools.text(out.read_bytes())
    assert "车辆运行记录表" in text and "沪A·12345" in text and "更换刹车片" in text
    assert cli.run(["--db", sqlite_url, "print", "vehicle-log", "沪Z99999", "2026-02", "-o", str(out)]) == 1
    assert "找不到该记录" in capsys.readouterr().err
