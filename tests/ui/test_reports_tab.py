"""The reports tab: hand-counted figures on screen with charts, XLSX export; the survey and questionnaire forms."""
from decimal import Decimal

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox, QTableWidget

from crdesk.db.models.clients import Visit
from crdesk.db.models.surveys import SurveyResponse
from crdesk.services.report_data import Chart, Series
from crdesk.ui.dialogs.survey_dialog import SurveyDialog, load_survey
from crdesk.ui.dialogs.survey_questions import SurveyQuestionsDialog
from crdesk.ui.tabs.reports import ReportsTab
from crdesk.ui.widgets.report_chart import chart_widget
from tests.services.reports_dataset import make_dataset
from tests.ui.typing import type_text


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def dataset(add_user):
    return make_dataset(add_user)


def reports_tab(qtbot, app) -> ReportsTab:
    tab = ReportsTab(app)
    qtbot.addWidget(tab)
    tab.resize(1200, 900)
    tab.show()
    return tab


def shown_report(qtbot, tab, name: str):
    tab.select(name, "2026-03")
    qtbot.waitUntil(lambda: tab.report is not None and tab.report.name == name
                    and tab.report.month.month == 3 and bool(tab._content))
    return tab.findChildren(QTableWidget, "report_table")


def cells(table, row) -> list[str]:
    return [table.item(row, c).text() for c in range(table.columnCount())]


def test_the_deliveries_report_shows_hand_counted_figures_and_charts(qtbot, make_context, dataset):
    tab = reports_tab(qtbot, make_context("manager"))
    monthly, reasons = shown_report(qtbot, tab, "deliveries")
    assert cells(monthly, 11) == ["2026-03", "5", "3", "1", "33.30", "3"]
    assert cells(reasons, 0) == ["客户店铺关门", "2", "66.70"]
    import pyqtgraph as pg
    assert len(tab.findChildren(pg.PlotWidget)) == 3  # trend, delivered/failed, reasons
    assert "配送准时率" in tab.ui.title_label.text()


def test_switching_reports_replaces_the_content(qtbot, make_context, dataset):
    tab = reports_tab(qtbot, make_context("manager"))
    shown_report(qtbot, tab, "deliveries")
    (ranking,) = shown_report(qtbot, tab, "hot-issues")
    assert cells(ranking, 0) == ["1", "产品质量", "CP01 酱油", "2", "1", "1", "1"]
    assert len(tab.findChildren(QTableWidget, "report_table")) == 1


def test_export_writes_the_report_as_xlsx(qtbot, make_context, dataset, tmp_path):
    tab = reports_tab(qtbot, make_context("manager"))
    target = tmp_path / "plans.xlsx"
    tab.export_to(target, "plans", "2026-03")
    qtbot.waitUntil(target.exists)
    book = openpyxl.load_workbook(target)
    rows = [[c.value for c in row] for row in book.worksheets[1].iter_rows()]
    assert rows[1:] == [["CP01 酱油", 400, 300, -100, 75.0], ["CP02 香醋", 100, 120, 20, 120.0]]


def test_charts_of_every_kind_and_without_data_build(qtbot):
    for chart in (Chart("bar", "分组", ["甲", "乙"], [Series("a", [1, None]), Series("b", [2, 3])]),
                  Chart("bar", "堆叠", ["甲", "乙"], [Series("a", [1, 2]), Series("b", [2, 3])], stacked=True),
                  Chart("bar", "横向", ["甲", "乙"], [Series("a", [5, 1])], horizontal=True),
                  Chart("line", "趋势", ["1月", "2月", "3月"], [Series("a", [None, 2, 3])]),
                  Chart("pie", "<b>构成</b>", ["甲", "乙"], [Series("a", [3, 1])]),
                  Chart("line", "空", [], [])):
        widget = chart_widget(chart)
        qtbot.addWidget(widget)
        widget.show()
    assert "本期无数据" in widget.text()


def test_a_survey_after_a_visit_is_saved_from_the_form(qtbot, make_context, dataset):
    app = make_context("reception", "reception9")
    visit = Visit.create(number="HF2026009999", client=dataset.a, kind="call", staff="李接待")
    data = app.worker.run_sync(lambda s: load_survey(s, dataset.a.id, "visit", visit.id))
    dialog = SurveyDialog(app, data)
    qtbot.addWidget(dialog)
    assert not dialog.ui.client_picker.isEnabled() and "HF2026009999" in dialog.ui.source_value.text()
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData(4))
    dialog.combos[3].setCurrentIndex(dialog.combos[3].findData("包装"))
    type_text(dialog.ui.note_edit, "希望改进包装")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_data is not None)
    saved = SurveyResponse.get(SurveyResponse.source_id == visit.id)
    assert (saved.staff, saved.score, saved.note) == ("reception9", Decimal(4), "希望改进包装")


def test_an_empty_survey_is_refused_at_the_questions(qtbot, make_context, dataset):
    app = make_context("reception", "reception9")
    dialog = SurveyDialog(app, app.worker.run_sync(lambda s: load_survey(s, dataset.a.id)))
    qtbot.addWidget(dialog)
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.ui.error_label.isHidden())
    assert "至少回答一个问题" in dialog.ui.error_label.text()


def test_the_manager_adds_a_question(qtbot, make_context, dataset):
    app = make_context("manager", "boss")
    dialog = SurveyQuestionsDialog(app, app.worker.run_sync(lambda s: s.surveys.questions()))
    qtbot.addWidget(dialog)
    dialog.ui.add_button.click()
    table = dialog.ui.question_table
    table.item(4, 0).setText("是否愿意推荐给朋友")
    table.item(4, 2).setText("口碑")
    table.cellWidget(4, 1).setCurrentIndex(1)
    table.item(4, 3).setText("愿意")  # a choice question needs two choices
    dialog.accept()
    qtbot.waitUntil(lambda: not dialog.ui.error_label.isHidden())
    table.item(4, 3).setText("愿意、不愿意")
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result_data is not None)
    assert dialog.result_data[-1].choices == ("愿意", "不愿意") and dialog.result_data[-1].key == "q1"


def test_without_pyqtgraph_charts_fall_back_to_the_pdf_drawing(qtbot, monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "pyqtgraph", None)  # as in a bundle without numpy / QtOpenGL
    widget = chart_widget(Chart("bar", "各类投诉", ["产品质量", "配送"], [Series("投诉", [3, 1])], "件"))
    qtbot.addWidget(widget)
    assert widget.objectName() == "report_chart_svg" and widget.renderer.isValid()
    widget.resize(520, 260)
    image = widget.grab().toImage()
    colors = [image.pixelColor(x, y) for x in range(0, 520, 4) for y in range(0, 260, 4)]
    assert sum(1 for c in colors if c.blue() > 150 and c.red() < 80) > 50  # the bars are drawn
    assert sum(1 for c in colors if c.lightness() > 240) > 2000  # on white
