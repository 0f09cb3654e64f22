"""Satisfaction surveys (满意度调查): one response per client contact, with an answer per question.

The questionnaire itself lives in the business settings (``survey_questions``), so the manager edits it
without a schema change; each answer keeps the question's key, text and category as they were when it was
asked, so later edits never rewrite old results. A response is linked to what it follows up: a visit or
callback (回访), a complaint or return callback, or a delivery — at most one survey per source.
"""
from __future__ import annotations

import peewee

from crdesk.db.base import VersionedModel, now
from crdesk.db.models.clients import Client

SOURCE_KINDS = ("visit", "complaint", "return", "delivery", "none")
QUESTION_KINDS = ("score", "choice")  # 1–5 分 / 单选

SOURCE_LABELS = {"visit": "拜访回访", "complaint": "投诉回访", "return": "退换货回访", "delivery": "送货后",
                 "none": "其他"}
QUESTION_KIND_LABELS = {"score": "评分（1–5 分）", "choice": "单选"}


class SurveyResponse(VersionedModel):
    number = peewee.CharField(max_length=20, unique=True)
    client = peewee.ForeignKeyField(Client, backref="surveys")
    source_kind = peewee.CharField(max_length=16)
    source_id = peewee.IntegerField(null=True)
    source_number = peewee.CharField(max_length=20, default="")
    staff = peewee.CharField(max_length=64)  # username of who asked
    staff_name = peewee.CharField(max_length=64, default="")
    answered_at = peewee.DateTimeField(default=now)
    score = peewee.DecimalField(max_digits=4, decimal_places=2, null=True)  # mean of the 1–5 answers
    note = peewee.TextField(default="")

    class Meta:
        indexes = (
            (("source_kind", "source_id"), True),
            (("answered_at", "id"), False),
            (("client", "answered_at"), False),
            (("staff", "answered_at"), False),
        )


class SurveyAnswer(VersionedModel):
    response = peewee.ForeignKeyField(SurveyResponse, backref="answers", on_delete="CASCADE")
    position = peewee.IntegerField()
    question_key = peewee.CharField(max_length=32)
    question_text = peewee.CharField(max_length=255)
    category = peewee.CharField(max_length=32)
    kind = peewee.CharField(max_length=8)
    score = peewee.SmallIntegerField(null=True)
    choice = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("response", "position"), True), (("category", "response"), False))
