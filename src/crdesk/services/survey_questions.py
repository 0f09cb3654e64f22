"""The satisfaction questionnaire (满意度调查问卷), kept in the business settings as ``survey_questions``.

A question has a stable ``key`` (answers refer to it), a text, a kind — ``score`` (1–5 分) or ``choice``
(one of its ``choices``) — and a category, by which the results are summed up (产品质量, 配送服务 …).
The manager edits the list; answers already given keep the text and category they were asked with.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from crdesk.db.models.surveys import QUESTION_KINDS
from crdesk.services import business_settings
from crdesk.services import permissions as P
from crdesk.services import validators as v
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError

SETTING = "survey_questions"
MAX_QUESTIONS = 12
MAX_CHOICES = 10
CATEGORY_MAX = 32
CHOICE_MAX = 64
_KEY = re.compile(r"^[a-z][a-z0-9_]{0,31}$")

DEFAULT_QUESTIONS = [
    {"key": "product", "text": "您对我们产品质量的满意程度", "kind": "score", "category": "产品质量", "choices": []},
    {"key": "delivery", "text": "您对送货及时性和送货服务的满意程度", "kind": "score", "category": "配送服务",
     "choices": []},
    {"key": "service", "text": "您对客服人员服务态度的满意程度", "kind": "score", "category": "服务态度",
     "choices": []},
    {"key": "improve", "text": "您最希望我们在哪方面改进", "kind": "choice", "category": "改进建议",
     "choices": ["产品质量", "送货速度", "包装", "价格", "服务态度", "暂无"]},
]
business_settings.DEFAULTS.update({SETTING: DEFAULT_QUESTIONS})


@dataclass(frozen=True)
class Question:
    key: str
    text: str
    kind: str = "score"
    category: str = ""
    choices: tuple[str, ...] = field(default_factory=tuple)

    def as_setting(self) -> dict:
        return {"key": self.key, "text": self.text, "kind": self.kind, "category": self.category,
                "choices": list(self.choices)}


def _of(value: dict) -> Question:
    return Question(str(value.get("key", "")), str(value.get("text", "")), str(value.get("kind", "score")),
                    str(value.get("category", "")), tuple(str(c) for c in value.get("choices") or ()))


def questions(ctx: Context) -> list[Question]:
    """The questionnaire as configured now (readable by everyone who may ask it)."""
    return [_of(value) for value in business_settings.BusinessSettings(ctx).get(SETTING) or []]


def _with_keys(items: list[Question]) -> list[Question]:
    """New questions (empty key) get the next free key q1, q2 …"""
    used = {q.key for q in items if q.key}
    result, counter = [], 1
    for question in items:
        if not question.key:
            while f"q{counter}" in used:
                counter += 1
            used.add(f"q{counter}")
            question = Question(f"q{counter}", question.text, question.kind, question.category, question.choices)
        result.append(question)
    return result


def _check_question(errors: v.Errors, index: int, question: Question, seen: set[str]) -> None:
    prefix = f"questions.{index}"
    if not _KEY.match(question.key):
        errors.append((f"{prefix}.key", "invalid_key", {}))
    elif question.key in seen:
        errors.append((f"{prefix}.key", "duplicate_key", {}))
    seen.add(question.key)
    v.required(errors, f"{prefix}.text", question.text, v.LINE_MAX)
    v.choice(errors, f"{prefix}.kind", question.kind, QUESTION_KINDS)
    v.required(errors, f"{prefix}.category", question.category, CATEGORY_MAX)
    if question.kind == "choice":
        if not 2 <= len(question.choices) <= MAX_CHOICES:
            errors.append((f"{prefix}.choices", "choice_count", {"min": 2, "max": MAX_CHOICES}))
        if len(set(question.choices)) != len(question.choices):
            errors.append((f"{prefix}.choices", "duplicate_choice", {}))
        for number, choice in enumerate(question.choices):
            v.required(errors, f"{prefix}.choices.{number}", choice, CHOICE_MAX)


def validate(items: list[Question]) -> None:
    errors: v.Errors = []
    if not 1 <= len(items) <= MAX_QUESTIONS:
        errors.append(("questions", "question_count", {"min": 1, "max": MAX_QUESTIONS}))
    seen: set[str] = set()
    for index, question in enumerate(items):
        _check_question(errors, index, question, seen)
    if errors:
        raise ValidationError.of(errors)


def save(ctx: Context, items: list[Question]) -> list[Question]:
    """Replace the questionnaire (SETTINGS_EDIT, audited by the settings service)."""
    ctx.require(P.SETTINGS_EDIT)
    cleaned = [Question(q.key.strip(), q.text.strip(), q.kind, q.category.strip(),
                        tuple(c.strip() for c in q.choices) if q.kind == "choice" else ())
               for q in items]
    cleaned = _with_keys(cleaned)
    validate(cleaned)
    business_settings.BusinessSettings(ctx).set(SETTING, [q.as_setting() for q in cleaned])
    return questions(ctx)
