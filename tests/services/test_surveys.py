"""Satisfaction surveys: questionnaire in the settings, answers per client linked to a visit or delivery."""
import datetime as dt
from decimal import Decimal

import pytest

from crdesk.db.models.clients import Client, Visit
from crdesk.db.models.deliveries import DeliveryOrder
from crdesk.db.models.surveys import SurveyAnswer
from crdesk.services.errors import PermissionDenied, ValidationError
from crdesk.services.survey_questions import Question
from crdesk.services.surveys import AnswerData, SurveyData


@pytest.fixture
def client_row(db):
    return Client.create(code="KH000001", name="甲商店")


def _fields(error):
    return {(field, code) for field, code, _ in error.value.errors}


def test_the_default_questionnaire_is_asked(reception, client_row):
    blank = reception.surveys.new_for(client_row.id)
    assert [q.kind for q in blank.questions] == ["score", "score", "score", "choice"]
    assert [a.question_key for a in blank.answers] == ["product", "delivery", "service", "improve"]
    assert blank.client_name == "甲商店" and blank.id is None


def test_a_survey_after_a_visit_is_stored_with_its_mean_score(reception, client_row):
    visit = Visit.create(number="HF2026000001", client=client_row, kind="call", staff="李接待",
                         visited_at=dt.datetime.now().replace(microsecond=0) - dt.timedelta(hours=1))
    data = reception.surveys.new_for(client_row.id, "visit", visit.id)
    data.answers = [AnswerData("product", 5), AnswerData("delivery", 4), AnswerData("service", None),
                    AnswerData("improve", choice="包装")]
    saved = reception.surveys.save(data)
    assert saved.number.startswith("MY") and saved.source_number == "HF2026000001"
    assert saved.score == Decimal("4.50") and saved.staff == "reception1" and saved.staff_name == "李接待1"
    stored = [(a.question_key, a.category, a.score, a.choice) for a in saved.answers]
    assert stored == [("product", "产品质量", 5, ""), ("delivery", "配送服务", 4, ""), ("improve", "改进建议", None, "包装")]
    assert reception.surveys.new_for(client_row.id, "visit", visit.id).id == saved.id  # opens the same survey
    history = reception.clients.history(client_row.id)
    assert history[0].kind == "survey" and history[0].number == saved.number


def test_a_second_survey_for_the_same_visit_is_refused(reception, client_row):
    visit = Visit.create(number="HF2026000001", client=client_row, kind="call", staff="李接待")
    reception.surveys.save(SurveyData(client_row.id, "visit", visit.id, [AnswerData("product", 4)]))
    with pytest.raises(ValidationError) as error:
        reception.surveys.save(SurveyData(client_row.id, "visit", visit.id, [AnswerData("product", 2)]))
    assert error.value.code == "survey_exists"


def test_corrections_go_through_the_version_check(reception, client_row):
    saved = reception.surveys.save(SurveyData(client_row.id, answers=[AnswerData("product", 2)]))
    saved.answers = [AnswerData("product", 3), AnswerData("service", 5)]
    corrected = reception.surveys.save(saved)
    assert corrected.score == Decimal("4.00") and corrected.version == 2
    assert SurveyAnswer.select().where(SurveyAnswer.response == saved.id).count() == 2
    from crdesk.services.errors import ConflictError
    with pytest.raises(ConflictError):
        reception.surveys.save(saved)  # still version 1


def test_bad_answers_are_refused_at_their_fields(reception, client_row):
    other = Client.create(code="KH000002", name="乙超市")
    visit = Visit.create(number="HF2026000001", client=other, kind="call", staff="李接待")
    with pytest.raises(ValidationError) as error:
        reception.surveys.save(SurveyData(client_row.id, "visit", visit.id, [
            AnswerData("product", 6), AnswerData("improve", choice="不存在的选项"), AnswerData("nope", 3)]))
    assert _fields(error) == {("source", "survey_other_client"), ("answers.0", "out_of_range"),
                              ("answers.1", "invalid_choice"), ("answers.2", "invalid_choice")}
    with pytest.raises(ValidationError) as error:
        reception.surveys.save(SurveyData(client_row.id, answers=[AnswerData("product")]))
    assert _fields(error) == {("answers", "survey_empty")}


def test_after_a_delivery_only_once_delivered_and_drivers_may_ask(make_services, client_row):
    order = DeliveryOrder.create(number="SH2026000001", client=client_row, address="上海", requested_date=dt.date.today(),
                                 status="out")
    driver = make_services("driver")
    with pytest.raises(ValidationError) as error:
        driver.surveys.save(SurveyData(client_row.id, "delivery", order.id, [AnswerData("delivery", 5)]))
    assert error.value.code == "survey_not_delivered"
    DeliveryOrder.update(status="delivered").where(DeliveryOrder.id == order.id).execute()
    saved = driver.surveys.save(SurveyData(client_row.id, "delivery", order.id, [AnswerData("delivery", 5)]))
    assert saved.source_number == "SH2026000001"
    with pytest.raises(PermissionDenied):  # a driver asks after deliveries, not during callbacks
        driver.surveys.save(SurveyData(client_row.id, answers=[AnswerData("product", 5)]))


def test_the_manager_edits_the_questionnaire(manager, reception, client_row):
    questions = manager.surveys.questions()
    questions[3] = Question("improve", "您最希望改进哪一方面", "choice", "改进建议", ("价格", "包装"))
    saved = manager.surveys.save_questions(questions + [Question("", "是否愿意推荐给朋友", "score", "口碑")])
    assert saved[-1].key == "q1" and saved[3].choices == ("价格", "包装")
    assert [a.question_key for a in reception.surveys.new_for(client_row.id).answers][-1] == "q1"
    with pytest.raises(PermissionDenied):
        reception.surveys.save_questions(saved)


def test_a_bad_questionnaire_is_refused(manager):
    with pytest.raises(ValidationError) as error:
        manager.surveys.save_questions([Question("Bad key", "", "choice", "", ("一",)),
                                        Question("b", "问题", "essay", "类别")])
    assert _fields(error) == {("questions.0.key", "invalid_key"), ("questions.0.text", "required"),
                              ("questions.0.category", "required"), ("questions.0.choices", "choice_count"),
                              ("questions.1.kind", "invalid_choice")}


def test_old_answers_keep_the_question_they_were_asked(manager, reception, client_row):
    saved = reception.surveys.save(SurveyData(client_row.id, answers=[AnswerData("service", 4)]))
    manager.surveys.save_questions([Question("product", "新问题", "score", "新类别")])
    again = reception.surveys.get(saved.id)
    assert again.answers[0].question_text == "您对客服人员服务态度的满意程度"
    assert [q.key for q in again.questions] == ["service", "product"]
    again.answers = [AnswerData("service", 5)]
    assert reception.surveys.save(again).answers[0].category == "服务态度"


def test_the_export_has_one_row_an_answer(reception, client_row):
    from crdesk.services.surveys import export_table

    reception.surveys.save(SurveyData(client_row.id, answers=[AnswerData("product", 4), AnswerData("service", 5)]))
    rows = list(export_table(reception).rows)
    assert [r[7:10] for r in rows] == [["产品质量", "您对我们产品质量的满意程度", 4], ["服务态度", "您对客服人员服务态度的满意程度", 5]]
