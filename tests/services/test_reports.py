"""Report figures against values counted by hand from tests/services/reports_dataset.py (see its rows),
on every backend. Never compared with the code under test."""
import datetime as dt

import pytest

from crdesk.services.errors import PermissionDenied, ValidationError
from tests.services.reports_dataset import MONTH, frozen, make_dataset


@pytest.fixture
def reports(make_services):
    make_dataset(make_services)
    return frozen(make_services("manager", "boss")).reports


def _table(report, index=0):
    return [list(row) for row in report.tables[index].rows]


def _figures(report):
    return dict(report.figures)


def test_complaints_by_category_and_month(reports):
    report = reports.build("complaints", "2026-03")
    table = report.tables[0]
    assert table.headers[1] == "2025-04" and table.headers[12] == "2026-03" and table.headers[-1] == "合计"
    zeros = [0] * 9  # April … December 2025
    assert _table(report) == [
        ["产品质量"] + zeros + [0, 1, 3, 4],
        ["配送"] + zeros + [0, 2, 1, 3],
        ["包装"] + zeros + [0, 0, 1, 1],  # the 包装 complaint of March 2025 is outside the window
        ["服务态度"] + zeros + [1, 0, 0, 1],
        ["合计"] + zeros + [1, 3, 5, 9],
    ]
    assert _figures(report) == {"本月受理": "5", "上月受理": "3", "环比": "66.7%", "本月处理完毕": "2",
                                "本月回访": "2", "回访满意率": "50.0%"}


def test_complaint_charts_carry_the_same_counts(reports):
    stacked, trend, pie = reports.build("complaints", MONTH).charts
    assert stacked.stacked and [s.name for s in stacked.series] == ["产品质量", "配送", "包装", "服务态度"]
    assert list(stacked.series[1].values)[-3:] == [0, 2, 1]
    assert list(trend.series[0].values)[-3:] == [1, 3, 5]
    assert list(pie.categories) == ["产品质量", "配送", "包装"] and list(pie.series[0].values) == [3, 1, 1]


def test_hot_issue_ranking(reports):
    report = reports.build("hot-issues", "2026-03")
    assert _table(report) == [
        [1, "产品质量", "CP01 酱油", 2, 1, 1, 1],
        [2, "产品质量", "CP02 香醋", 1, 0, 1, 0],
        [3, "包装", "CP02 香醋", 1, 0, 1, 0],
        [4, "配送", "（未指明产品）", 1, 2, -1, 0],
    ]
    assert _figures(report)["前三位占比"] == "80.0%" and _figures(report)["其中重大"] == "1"
    assert list(report.charts[0].series[0].values) == [2, 1, 1, 1]


def test_satisfaction_trend_pools_visits_callbacks_and_surveys(reports):
    report = reports.build("satisfaction", "2026-03")
    rows = _table(report)
    assert rows[-1] == ["2026-03", 4.33, 3, 3.67, 3, 3.6, 5, 3.82, 63.6]
    assert rows[-2] == ["2026-02", 3.0, 2, None, 0, 3.0, 1, 3.0, 33.3]
    assert rows[0] == ["2025-04", None, 0, None, 0, None, 0, None, None]  # the March 2025 visit is outside
    assert _figures(report) == {"本月综合均分": "3.82", "上月综合均分": "3.00", "本月满意率": "63.6%",
                                "本月评分条数": "11"}


def test_survey_results_per_category_staff_and_choice(reports):
    report = reports.build("surveys", "2026-03")
    by_category, by_staff, choices = (_table(report, i) for i in range(3))
    assert by_category == [["产品质量", 2, 4.5, 100.0], ["服务态度", 1, 3.0, 0.0], ["配送服务", 2, 3.0, 50.0]]
    assert by_staff == [["张配送1", 1, 3.0], ["李接待1", 1, 4.0]]
    assert choices == [["您最希望我们在哪方面改进", "送货速度", 2]]
    assert _figures(report) == {"调查份数": "2", "评分题平均分": "3.60", "满意率": "60.0%", "调查场合": "其他 2"}


def test_on_time_rate_and_failed_deliveries_by_reason(reports):
    report = reports.build("deliveries", "2026-03")
    monthly, why = _table(report, 0), _table(report, 1)
    assert monthly[-1] == ["2026-03", 5, 3, 1, 33.3, 3]
    assert monthly[-2] == ["2026-02", 1, 1, 1, 100.0, 0]
    assert why == [["客户店铺关门", 2, 66.7], ["地址有误", 1, 33.3]]
    assert _figures(report)["准时率"] == "33.3%" and _figures(report)["首要原因"] == "客户店铺关门"


def test_vehicle_cost_per_km(reports):
    report = reports.build("vehicle-costs", "2026-03")
    assert _table(report) == [
        ["沪A·10001", 250, 40.5, 16.2, 300, 200, 500, 2.0],
        ["沪A·10002", 50, 0, 0.0, 0, 0, 0, 0.0],
        ["合计", 300, 40.5, 13.5, 300, 200, 500, 1.67],
    ]
    trend = list(report.charts[1].series[0].values)
    assert trend[-2:] == [1.0, 1.67] and trend[0] is None


def test_production_and_packaging_plan_against_actual(reports):
    report = reports.build("plans", "2026-03")
    assert _table(report, 0) == [["CP01 酱油", 400, 300, -100, 75.0], ["CP02 香醋", 100, 120, 20, 120.0]]
    assert _table(report, 1) == [["BZ001 纸箱", "个", 1000, 800, 80.0], ["BZ002 标签", "张", 500, 0, 0.0]]
    figures = _figures(report)
    assert (figures["计划产量"], figures["实际产量"], figures["产量完成率"], figures["到货完成率"]) == (
        "500", "420", "84.0%", "53.3%")
    planned, actual = report.charts[2].series
    assert list(planned.values)[-2:] == [200, 500] and list(actual.values)[-2:] == [180, 420]


def test_a_month_without_data_gives_empty_reports(reports):
    for name, _ in reports.names():
        report = reports.build(name, "2024-06")
        assert report.month == dt.date(2024, 6, 1)
        assert all(not row or row[0] == "合计" or not any(isinstance(v, (int, float)) and v for v in row[1:])
                   for table in report.tables for row in table.rows)


def test_the_monthly_report_has_every_report(reports):
    assert [r.name for r in reports.monthly("2026-03")] == [name for name, _ in reports.names()]


@pytest.mark.parametrize("role", ["reception", "clerk", "driver"])
def test_reports_are_the_managers(make_services, role):
    services = make_services(role)
    for call in (lambda: services.reports.build("complaints", "2026-03"), lambda: services.reports.monthly("2026-03"),
                 lambda: services.reports.names()):
        with pytest.raises(PermissionDenied):
            call()


def test_bad_month_and_unknown_report_are_refused(manager):
    with pytest.raises(ValidationError) as error:
        manager.reports.build("complaints", "2026-13")
    assert error.value.field == "month"
    with pytest.raises(ValidationError) as error:
        manager.reports.build("nothing", "2026-03")
    assert (error.value.field, error.value.code) == ("name", "unknown_report")
