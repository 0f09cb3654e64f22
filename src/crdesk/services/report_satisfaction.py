"""Satisfaction reports: the trend over twelve months (满意度趋势: visit ratings, callback ratings of
complaints and returns, survey answers) and the month's survey results (满意度调查结果) per category,
staff member and multiple-choice answer. Every figure is a GROUP BY query."""
from __future__ import annotations

import datetime as dt

import peewee

from crdesk.db import months
from crdesk.db.models.clients import Visit
from crdesk.db.models.complaints import Complaint, ReturnOrder
from crdesk.db.models.surveys import SOURCE_LABELS, SurveyAnswer, SurveyResponse
from crdesk.services.context import Context
from crdesk.services.report_data import (Chart, Report, ReportTable, Series, mean, number, percent, ratio,
                                         text)

fn = peewee.fn
TREND_MONTHS = 12
SATISFIED = 4  # a rating of 4 or 5 counts as satisfied (满意 / 非常满意)


def _rated(score_field):
    """SUM, COUNT and satisfied count of a 1–5 rating column."""
    satisfied = fn.SUM(peewee.Case(None, [(score_field >= SATISFIED, 1)], 0))
    return [fn.SUM(score_field), fn.COUNT(score_field), satisfied]


def _by_month(model, score_field, date_field, first: dt.date, last: dt.date, join=None) -> dict[int, tuple]:
    """{YYYYMM: (sum, count, satisfied)} of a rating over the months first … last."""
    start, end = months.bounds(first, last)
    key = months.month_key(date_field)
    query = model.select(key, *_rated(score_field))
    if join is not None:
        query = query.join(join)
    query = (query.where((date_field >= start) & (date_field < end) & score_field.is_null(False))
             .group_by(key).tuples())
    return {int(m): (number(s) or 0, int(n), int(number(ok) or 0)) for m, s, n, ok in query}


def _merge(*sources: dict[int, tuple]) -> dict[int, tuple]:
    merged: dict[int, tuple] = {}
    for source in sources:
        for key, values in source.items():
            old = merged.get(key, (0, 0, 0))
            merged[key] = tuple(a + b for a, b in zip(old, values))
    return merged


def trend(first: dt.date, last: dt.date) -> dict[str, dict[int, tuple]]:
    """Ratings per month by source: visits, callbacks (complaints and returns pooled), surveys."""
    return {
        "visits": _by_month(Visit, Visit.satisfaction, Visit.visited_at, first, last),
        "callbacks": _merge(_by_month(Complaint, Complaint.satisfaction, Complaint.callback_at, first, last),
                            _by_month(ReturnOrder, ReturnOrder.satisfaction, ReturnOrder.callback_at, first, last)),
        "surveys": _by_month(SurveyAnswer, SurveyAnswer.score, SurveyResponse.answered_at, first, last,
                             join=SurveyResponse),
    }


SOURCES = (("visits", "拜访评分"), ("callbacks", "投诉/退换货回访"), ("surveys", "满意度调查"))


def satisfaction_report(ctx: Context, month: dt.date) -> Report:
    span = months.window(month, TREND_MONTHS)
    labels, keys = [months.label(m) for m in span], [months.key_of(m) for m in span]
    by_source = trend(span[0], span[-1])
    pooled = _merge(*by_source.values())
    rows = []
    for label, key in zip(labels, keys):
        row = [label]
        for name, _ in SOURCES:
            total, count, _ = by_source[name].get(key, (0, 0, 0))
            row += [mean(total, count), count]
        total, count, satisfied = pooled.get(key, (0, 0, 0))
        rows.append(row + [mean(total, count), ratio(satisfied, count)])
    now = pooled.get(keys[-1], (0, 0, 0))
    before = pooled.get(keys[-2], (0, 0, 0))
    series = [Series(title, [mean(*by_source[name].get(k, (0, 0, 0))[:2]) for k in keys]) for name, title in SOURCES]
    return Report(
        "satisfaction", "满意度趋势", month, f"{labels[0]} 至 {labels[-1]}",
        figures=[("本月综合均分", text(mean(now[0], now[1]))), ("上月综合均分", text(mean(before[0], before[1]))),
                 ("本月满意率", percent(ratio(now[2], now[1]))), ("本月评分条数", text(now[1]))],
        charts=[Chart("line", "满意度均分趋势", labels,
                      series + [Series("综合", [mean(*pooled.get(k, (0, 0, 0))[:2]) for k in keys])], "分"),
                Chart("bar", "满意率趋势（4 分及以上）", labels,
                      [Series("满意率", [ratio(pooled.get(k, (0, 0, 0))[2], pooled.get(k, (0, 0, 0))[1])
                                         for k in keys])], "%")],
        tables=[ReportTable("各月满意度（均分 / 条数）", ["月份", "拜访均分", "条数", "回访均分", "条数", "调查均分",
                                                   "答题数", "综合均分", "满意率 %"], rows,
                            [1.3, 1, 0.8, 1, 0.8, 1, 0.8, 1, 1])],
        note="评分 1–5 分：拜访记录的满意度、投诉和退换货回访的满意度、满意度调查每道评分题各算一条；"
             "综合均分为全部评分的平均；满意率为 4 分及以上所占比例。",
        extra={"mean": mean(now[0], now[1]), "satisfied_rate": ratio(now[2], now[1]), "ratings": now[1]})


def _answers_in(month: dt.date):
    start, end = months.bounds(month)
    return (SurveyResponse.answered_at >= start) & (SurveyResponse.answered_at < end)


def by_category(month: dt.date) -> list[list]:
    """[category, answers, mean, satisfied %] of the month's 1–5 answers, best first."""
    query = (SurveyAnswer.select(SurveyAnswer.category, *_rated(SurveyAnswer.score)).join(SurveyResponse)
             .where(_answers_in(month) & (SurveyAnswer.kind == "score") & SurveyAnswer.score.is_null(False))
             .group_by(SurveyAnswer.category).order_by(SurveyAnswer.category).tuples())
    rows = [[c, int(n), mean(number(s), int(n)), ratio(number(ok), int(n))] for c, s, n, ok in query]
    return sorted(rows, key=lambda r: (-(r[2] or 0), r[0]))


def by_staff(month: dt.date) -> list[list]:
    """[staff name, surveys, mean of their 1–5 answers] for the month, most surveys first."""
    query = (SurveyAnswer.select(SurveyResponse.staff, SurveyResponse.staff_name,
                                 fn.COUNT(SurveyResponse.id.distinct()), fn.SUM(SurveyAnswer.score),
                                 fn.COUNT(SurveyAnswer.score))
             .join(SurveyResponse).where(_answers_in(month))
             .group_by(SurveyResponse.staff, SurveyResponse.staff_name).tuples())
    rows = [[name or staff, int(surveys), mean(number(s), int(n))] for staff, name, surveys, s, n in query]
    return sorted(rows, key=lambda r: (-r[1], r[0]))


def choices(month: dt.date) -> list[list]:
    """[question, choice, answers] of the month's multiple-choice answers."""
    query = (SurveyAnswer.select(SurveyAnswer.question_text, SurveyAnswer.choice, fn.COUNT(SurveyAnswer.id))
             .join(SurveyResponse).where(_answers_in(month) & (SurveyAnswer.kind == "choice"))
             .group_by(SurveyAnswer.question_text, SurveyAnswer.choice).tuples())
    return sorted([[q, c, int(n)] for q, c, n in query], key=lambda r: (r[0], -r[2], r[1]))


def by_source(month: dt.date) -> list[tuple[str, int]]:
    query = (SurveyResponse.select(SurveyResponse.source_kind, fn.COUNT(SurveyResponse.id)).where(_answers_in(month))
             .group_by(SurveyResponse.source_kind).tuples())
    return sorted(((SOURCE_LABELS.get(k, k), int(n)) for k, n in query), key=lambda r: (-r[1], r[0]))


def surveys_report(ctx: Context, month: dt.date) -> Report:
    categories, staff, picked, sources = by_category(month), by_staff(month), choices(month), by_source(month)
    surveys = sum(n for _, n in sources)
    answers = sum(r[1] for r in categories)
    total = sum((r[2] or 0) * r[1] for r in categories)
    satisfied = sum((r[3] or 0) * r[1] / 100 for r in categories)
    first_question = picked[0][0] if picked else ""
    charts = [Chart("bar", "各类别平均分", [r[0] for r in categories], [Series("平均分", [r[2] for r in categories])],
                    "分"),
              Chart("bar", "调查人员完成份数", [r[0] for r in staff], [Series("份数", [r[1] for r in staff])], "份")]
    if first_question:
        mine = [r for r in picked if r[0] == first_question]
        charts.append(Chart("pie", first_question, [r[1] for r in mine], [Series("人次", [r[2] for r in mine])], "人次"))
    return Report(
        "surveys", "满意度调查结果", month, months.chinese(month),
        figures=[("调查份数", text(surveys)), ("评分题平均分", text(mean(total, answers))),
                 ("满意率", percent(ratio(round(satisfied), answers))),
                 ("调查场合", "，".join(f"{k} {n}" for k, n in sources) or "—")],
        charts=charts,
        tables=[ReportTable("按类别", ["类别", "评分条数", "平均分", "满意率 %"], categories, [2, 1, 1, 1]),
                ReportTable("按调查人员", ["调查人员", "调查份数", "平均分"], staff, [2, 1, 1]),
                ReportTable("选择题结果", ["问题", "选项", "人次"], picked, [3, 1.5, 0.8], numeric_from=2)],
        note="按调查时间统计；平均分只计 1–5 分的评分题；满意率为 4 分及以上所占比例。")
