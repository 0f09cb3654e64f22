"""Demo satisfaction surveys (满意度调查): asked on about a quarter of the year's callback and on-site visits,
half of the complaint callbacks and some delivered orders, with the questionnaire of the business settings.

Scores lean to 4–5 with a client's own mood; delivery questions dip after a late delivery; surveys by the
clerk follow deliveries. Bulk-inserted and deterministic for a given ``rng``; the survey number sequence is
set to continue after the demo numbers.
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from crdesk.db.base import now
from crdesk.db.models.clients import Visit
from crdesk.db.models.complaints import Complaint
from crdesk.db.models.core import NumberSequence
from crdesk.db.models.deliveries import DeliveryOrder, DeliverySlip
from crdesk.db.models.surveys import SurveyAnswer, SurveyResponse
from crdesk.demo.complaints import staff
from crdesk.services import survey_questions

CHUNK = 500
NOTES = ["", "", "", "", "希望送货前电话通知", "对新包装很满意", "价格希望再优惠一些", "客服态度很好", "上次送货晚了半天"]


class _Builder:
    def __init__(self, services, rng):
        self.rng, self.questions = rng, survey_questions.questions(services.ctx)
        self.people, self.stamp = staff(), now()
        self.mood: dict[int, float] = {}
        self.serial: dict[int, int] = {}
        self.responses: list[dict] = []
        self.answers: dict[str, list[dict]] = {}

    def _score(self, client_id: int, question: str, late: bool) -> int:
        mood = self.mood.setdefault(client_id, self.rng.gauss(4.2, 0.5))
        value = mood + self.rng.gauss(0, 0.7) - (1.2 if late and question == "delivery" else 0)
        return max(1, min(5, round(value)))

    def add(self, client_id: int, kind: str, source_id: int | None, number: str, at: dt.datetime, by: str,
            late: bool = False) -> None:
        year = at.year
        self.serial[year] = self.serial.get(year, 0) + 1
        survey_number = f"MY{year}{self.serial[year]:06d}"
        person = self.people[by]
        answers, scores = [], []
        for position, question in enumerate(self.questions, start=1):
            if question.kind == "score":
                if self.rng.random() < 0.1:
                    continue  # not every question gets an answer
                score, choice = self._score(client_id, question.key, late), ""
                scores.append(score)
            else:
                score, choice = None, self.rng.choice(question.choices)
            answers.append(dict(position=position, question_key=question.key, question_text=question.text,
                                category=question.category, kind=question.kind, score=score, choice=choice,
                                created_at=at, updated_at=at, updated_by="demo", version=1))
        mean = (Decimal(sum(scores)) / len(scores)).quantize(Decimal("0.01"), ROUND_HALF_UP) if scores else None
        self.responses.append(dict(number=survey_number, client=client_id, source_kind=kind, source_id=source_id,
                                   source_number=number, staff=person.username, staff_name=person.display_name,
                                   answered_at=at, score=mean, note=self.rng.choice(NOTES), created_at=at,
                                   updated_at=at, updated_by="demo", version=1))
        self.answers[survey_number] = answers

    def save(self, db, progress) -> None:
        total = len(self.responses)
        for start in range(0, total, CHUNK):
            batch = self.responses[start:start + CHUNK]
            with db.atomic():
                SurveyResponse.insert_many(batch).execute()
                ids = dict(SurveyResponse.select(SurveyResponse.number, SurveyResponse.id).where(
                    SurveyResponse.number.in_([r["number"] for r in batch])).tuples())
                rows = [dict(a, response=ids[r["number"]]) for r in batch for a in self.answers[r["number"]]]
                for first in range(0, len(rows), CHUNK):
                    SurveyAnswer.insert_many(rows[first:first + CHUNK]).execute()
            progress("surveys", min(start + CHUNK, total), total)
        for year, last in self.serial.items():
            NumberSequence.replace(name=f"survey:{year}", next_value=last + 1).execute()


def _visits(builder: _Builder, since: dt.datetime) -> None:
    query = (Visit.select(Visit.id, Visit.client, Visit.number, Visit.visited_at)
             .where((Visit.visited_at >= since) & Visit.kind.in_(("call", "onsite"))).order_by(Visit.id).tuples())
    for visit_id, client_id, number, at in query.iterator():
        if builder.rng.random() < 0.25:
            builder.add(client_id, "visit", visit_id, number, at + dt.timedelta(minutes=10),
                        "reception" if builder.rng.random() < 0.8 else "clerk")


def _complaints(builder: _Builder) -> None:
    query = (Complaint.select(Complaint.id, Complaint.client, Complaint.number, Complaint.callback_at)
             .where(Complaint.callback_at.is_null(False) & Complaint.client.is_null(False))
             .order_by(Complaint.id).tuples())
    for complaint_id, client_id, number, at in query.iterator():
        if builder.rng.random() < 0.5:
            builder.add(client_id, "complaint", complaint_id, number, at, "reception")


def _deliveries(builder: _Builder, moment: dt.datetime) -> None:
    query = (DeliveryOrder.select(DeliveryOrder.id, DeliveryOrder.client, DeliveryOrder.number,
                                  DeliveryOrder.requested_date, DeliverySlip.signed_at)
             .join(DeliverySlip, on=(DeliverySlip.order == DeliveryOrder.id))
             .where((DeliverySlip.status == "signed") & DeliveryOrder.status.in_(("delivered", "partial")))
             .order_by(DeliveryOrder.id).tuples())
    for order_id, client_id, number, requested, signed in query.iterator():
        if builder.rng.random() < 0.12:
            at = min(signed + dt.timedelta(days=1), moment)
            builder.add(client_id, "delivery", order_id, number, at, "clerk", late=signed.date() > requested)


def generate(services, scale: int, rng, progress) -> None:
    builder = _Builder(services, rng)
    moment = now()
    _visits(builder, moment - dt.timedelta(days=365))
    _complaints(builder)
    _deliveries(builder, moment)
    builder.save(services.ctx.db, progress)
