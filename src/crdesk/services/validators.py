"""Field validation shared by every service. Each check appends (field, code, params) to an error list."""
from __future__ import annotations

import re

MOBILE = re.compile(r"^(\+?86[- ]?)?1[3-9]\d{9}$")
LANDLINE = re.compile(r"^(\+?86[- ]?)?(0\d{2,3}[- ]?)?[2-9]\d{2,3}[- ]?\d{4}([- ]?(转|ext\.?|x)?\s?\d{1,6})?$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
NAME_MAX = 200
SHORT_MAX = 64
LINE_MAX = 255
NOTE_MAX = 10_000

Errors = list[tuple[str, str, dict]]


def is_phone(value: str) -> bool:
    """A mainland mobile (13812345678) or landline (010-12345678, 0571 8765 4321 转 123) number."""
    compact = value.strip()
    return bool(MOBILE.match(compact.replace(" ", "").replace("-", "")) or LANDLINE.match(compact))


def required(errors: Errors, field: str, value: str, max_length: int = NAME_MAX) -> None:
    if not value or not value.strip():
        errors.append((field, "required", {}))
    else:
        length(errors, field, value, max_length)


def length(errors: Errors, field: str, value: str, max_length: int) -> None:
    if value and len(value) > max_length:
        errors.append((field, "too_long", {"max": max_length, "length": len(value)}))


def phone(errors: Errors, field: str, value: str, mandatory: bool = False) -> None:
    if not value.strip():
        if mandatory:
            errors.append((field, "required", {}))
    elif len(value) > 32 or not is_phone(value):
        errors.append((field, "invalid_phone", {}))


def email(errors: Errors, field: str, value: str) -> None:
    if value.strip() and (len(value) > 128 or not EMAIL.match(value.strip())):
        errors.append((field, "invalid_email", {}))


def choice(errors: Errors, field: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        errors.append((field, "invalid_choice", {}))


def satisfaction(errors: Errors, field: str, value: int | None) -> None:
    if value is not None and not 1 <= value <= 5:
        errors.append((field, "out_of_range", {"min": 1, "max": 5}))
