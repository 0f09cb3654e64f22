"""Satisfaction surveys (满意度调查): asked during a callback (回访) or after a delivery, stored per client.

``new_for(client, source kind, source id)`` gives the questionnaire to fill in (or the survey already taken
for that source, to correct it); ``save`` validates every answer against the questionnaire and writes the
response with its answers in one transaction (optimistic check and audit row as everywhere). Results per
period, category and staff member are in the reports (``services/report_satisfaction.py``).
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from crdesk.db.models.clients import Client, Visit
from crdesk.db.models.complaints import Complaint, ReturnOrder
from crdesk.db.models.deliveries import DeliveryOrder
from crdesk.db.models.surveys import SOURCE_KINDS, SOURCE_LABELS, SurveyAnswer, SurveyResponse
from crdesk.services import clients, numbering, records
from crdesk.services import permissions as P
from crdesk.services import survey_questions
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.errors import NotFound, ValidationError
from crdesk.services.paging import Page, keyset, page_of
from crdesk.services.survey_questions import Question

# source kind -> (model, the statuses a survey may follow, or None for any)
SOURCES = {"visit": (Visit, None), "complaint": (Complaint, None), "return": (ReturnOrder, None),
           "delivery": (DeliveryOrder, ("delivered", "partial"))}


@dataclass
class AnswerData:
    question_key: str
    score: int | None = None
    choice: str = ""
    question_text: str = ""  # filled by the service
    category: str = ""
    kind: str = ""


@dataclass
class SurveyData:
    client_id: int | None
    source_kind: str = "none"
    source_id: int | None = None
    answers: list[AnswerData] = field(default_factory=list)
    note: str = ""
    answered_at: dt.datetime | None = None
    id: int | None = None
    number: str = ""
    version: int = 0
    client_name: str = ""
    source_number: str = ""
    staff: str = ""
    staff_name: str = ""
    score: Decimal | None = None
    questions: list[Question] = field(default_factory=list)  # what to ask (the form shows these)


def _source_row(kind: str, source_id: int | None):
    if kind == "none":
        return None
    model, _ = SOURCES[kind]
    return model.get_or_none(model.id == source_id) if source_id is not None else None


def _check_source(errors: v.Errors, data: SurveyData) -> str:
    """Validate the link; returns the source's number."""
    if data.source_kind not in SOURCE_KINDS:
        errors.append(("source_kind", "invalid_choice", {}))
        return ""
    if data.source_kind == "none":
        return ""
    row = _source_row(data.source_kind, data.source_id)
    if row is None:
        errors.append(("source", "required", {}))
        return ""
    if row.client_id != data.client_id:
        errors.append(("source", "survey_other_client", {}))
    statuses = SOURCES[data.source_kind][1]
    if statuses and row.status not in statuses:
        errors.append(("source", "survey_not_delivered", {}))
    return row.number


def _check_answers(errors: v.Errors, answers: list[AnswerData], asked: dict[str, Question]) -> None:
    if not any(a.score is not None or a.choice for a in answers):
        errors.append(("answers", "survey_empty", {}))
    seen = set()
    for index, answer in enumerate(answers):
        question = asked.get(answer.question_key)
        name = f"answers.{index}"
        if question is None or answer.question_key in seen:
            errors.append((name, "invalid_choice", {}))
            continue
        seen.add(answer.question_key)
        if question.kind == "score":
            v.satisfaction(errors, name, answer.score)
        elif answer.choice and answer.choice not in question.choices:
            errors.append((name, "invalid_choice", {}))


def validate(ctx: Context, data: SurveyData, asked: dict[str, Question]) -> str:
    errors: v.Errors = []
    if data.client_id is None or not Client.select().where(Client.id == data.client_id).exists():
        errors.append(("client", "required", {}))
    source_number = _check_source(errors, data)
    _check_answers(errors, data.answers, asked)
    v.length(errors, "note", data.note, v.NOTE_MAX)
    if data.answered_at and data.answered_at > ctx.now():
        errors.append(("answered_at", "in_future", {}))
    if errors:
        raise ValidationError.of(errors)
    return source_number


def mean_score(answers: list[AnswerData]) -> Decimal | None:
    scores = [a.score for a in answers if a.kind == "score" and a.score is not None]
    if not scores:
        return None
    return (Decimal(sum(scores)) / len(scores)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def asked_questions(ctx: Context, survey_id: int | None) -> list[Question]:
    """What a survey asks: the questions it was answered with (as they were asked), then the questionnaire's
    other current questions. A new survey asks the current questionnaire."""
    current = survey_questions.questions(ctx)
    if survey_id is None:
        return current
    by_key = {q.key: q for q in current}
    answered = [Question(a.question_key, a.question_text, a.kind, a.category,
                         by_key[a.question_key].choices if a.question_key in by_key else (a.choice,))
                for a in SurveyAnswer.select().where(SurveyAnswer.response == survey_id)
                .order_by(SurveyAnswer.position)]
    keys = {q.key for q in answered}
    return answered + [q for q in current if q.key not in keys]


def _answer(given: AnswerData, question: Question) -> AnswerData:
    """The answer as stored: only the field its question's kind uses, with the question's text and category."""
    score = given.score if question.kind == "score" else None
    choice = given.choice.strip() if question.kind == "choice" else ""
    return AnswerData(question.key, score, choice, question.text, question.category, question.kind)


def _data(row: SurveyResponse, ctx: Context) -> SurveyData:
    answers = [AnswerData(a.question_key, a.score, a.choice, a.question_text, a.category, a.kind)
               for a in row.answers.order_by(SurveyAnswer.position)]
    return SurveyData(row.client_id, row.source_kind, row.source_id, answers, row.note, row.answered_at, row.id,
                      row.number, row.version, row.client.name, row.source_number, row.staff, row.staff_name,
                      row.score, asked_questions(ctx, row.id))


def _history(client_id: int) -> list[clients.HistoryItem]:
    query = (SurveyResponse.select().where(SurveyResponse.client == client_id)
             .order_by(SurveyResponse.answered_at.desc()).limit(200))
    return [clients.HistoryItem(r.answered_at, "survey", r.number,
                                f"满意度调查（{SOURCE_LABELS.get(r.source_kind, '')}）"
                                + (f" {r.score} 分" if r.score is not None else "")) for r in query]


clients.HISTORY_SOURCES.append(_history)


class SurveyService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def questions(self) -> list[Question]:
        self.ctx.require(P.CLIENTS_READ)
        return survey_questions.questions(self.ctx)

    def save_questions(self, items: list[Question]) -> list[Question]:
        return survey_questions.save(self.ctx, items)

    def _require_write(self, source_kind: str) -> None:
        if source_kind == "delivery" and self.ctx.actor.can(P.POD_RECORD):
            return
        self.ctx.require(P.VISITS_EDIT)

    def new_for(self, client_id: int, source_kind: str = "none", source_id: int | None = None) -> SurveyData:
        """The form to fill in for this contact: the survey already taken for the source, or a blank one."""
        self.ctx.require(P.CLIENTS_READ)
        if source_kind != "none" and source_id is not None:
            existing = SurveyResponse.get_or_none((SurveyResponse.source_kind == source_kind)
                                                  & (SurveyResponse.source_id == source_id))
            if existing is not None:
                return _data(existing, self.ctx)
        client = records.get(Client, client_id)
        source = _source_row(source_kind, source_id) if source_kind in SOURCES else None
        asked = survey_questions.questions(self.ctx)
        return SurveyData(client_id, source_kind, source_id, [AnswerData(q.key, None, "", q.text, q.category, q.kind)
                                                              for q in asked],
                          client_name=client.name, source_number=source.number if source else "", questions=asked)

    def get(self, survey_id: int) -> SurveyData:
        self.ctx.require(P.CLIENTS_READ)
        return _data(records.get(SurveyResponse, survey_id), self.ctx)

    def get_by_number(self, number: str) -> SurveyData:
        self.ctx.require(P.CLIENTS_READ)
        row = SurveyResponse.get_or_none(SurveyResponse.number == number.strip().upper())
        if row is None:
            raise NotFound("survey", number)
        return _data(row, self.ctx)

    def save(self, data: SurveyData) -> SurveyData:
        self._require_write(data.source_kind)
        asked = {q.key: q for q in asked_questions(self.ctx, data.id)}
        source_number = validate(self.ctx, data, asked)
        answers = [_answer(a, asked[a.question_key]) for a in data.answers if a.score is not None or a.choice.strip()]
        values = dict(client=data.client_id, source_kind=data.source_kind,
                      source_id=data.source_id if data.source_kind != "none" else None, source_number=source_number,
                      answered_at=data.answered_at or self.ctx.now(), score=mean_score(answers),
                      note=data.note.strip())
        with self.ctx.db.atomic():
            if data.id is None:
                self._refuse_second(data)
                row = records.create(self.ctx, SurveyResponse, number=numbering.next_number(self.ctx, "survey"),
                                     staff=self.ctx.actor.username, staff_name=self.ctx.actor.display_name, **values)
            else:
                row = records.update(self.ctx, SurveyResponse, data.id, data.version, values)
            self._replace_answers(row.id, answers)
            clients.ClientService(self.ctx).touch_contact(data.client_id, values["answered_at"])
        return self.get(row.id)

    def _refuse_second(self, data: SurveyData) -> None:
        if data.source_kind != "none" and SurveyResponse.select().where(
                (SurveyResponse.source_kind == data.source_kind)
                & (SurveyResponse.source_id == data.source_id)).exists():
            raise ValidationError("source", "survey_exists")

    def _replace_answers(self, response_id: int, answers: list[AnswerData]) -> None:
        SurveyAnswer.delete().where(SurveyAnswer.response == response_id).execute()
        stamp = self.ctx.now()
        SurveyAnswer.insert_many([dict(
            response=response_id, position=index, question_key=a.question_key, question_text=a.question_text,
            category=a.category, kind=a.kind, score=a.score, choice=a.choice, created_at=stamp, updated_at=stamp,
            updated_by=self.ctx.actor.username, version=1) for index, a in enumerate(answers, start=1)]).execute()

    def for_client(self, client_id: int, after: tuple | None = None, limit: int = 200) -> Page[SurveyData]:
        self.ctx.require(P.CLIENTS_READ)
        query = SurveyResponse.select().where(SurveyResponse.client == client_id)
        rows = keyset(query, SurveyResponse.answered_at, SurveyResponse.id, after, limit, descending=True)
        return page_of(rows, lambda row: _data(row, self.ctx), "answered_at", limit)


def export_table(services):
    """Every answer of every survey, one row an answer (streamed)."""
    from crdesk.services.exports import Table

    services.ctx.require(P.CLIENTS_READ)

    def rows():
        query = (SurveyAnswer.select(SurveyAnswer, SurveyResponse, Client).join(SurveyResponse).join(Client)
                 .order_by(SurveyResponse.id, SurveyAnswer.position))
        for a in query.iterator():
            r = a.response
            yield [r.number, r.answered_at, r.client.code, r.client.name, SOURCE_LABELS.get(r.source_kind, ""),
                   r.source_number, r.staff_name, a.category, a.question_text, a.score, a.choice, r.note]

    return Table(["编号", "调查时间", "客户编号", "客户名称", "调查场合", "关联单号", "调查人", "类别", "问题", "评分",
                  "选项", "备注"], rows())
