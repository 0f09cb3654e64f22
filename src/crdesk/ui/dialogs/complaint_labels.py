"""Translated labels for the stored codes of complaints, returns and incidents (context "labels")."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crdesk.db.models.complaints import (CHANNEL_LABELS, COMPLAINT_STATUS_LABELS, CONDITION_LABELS,
                                         DISPOSITION_LABELS, RETURN_KIND_LABELS, RETURN_REASON_LABELS,
                                         RETURN_STATUS_LABELS, SEVERITY_LABELS)
from crdesk.services.casework import ACTION_LABELS, OUTCOME_LABELS
from crdesk.services.incidents import RULE_LABELS

SATISFACTION_LABELS = {5: "5 非常满意", 4: "4 满意", 3: "3 一般", 2: "2 不满意", 1: "1 非常不满意"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def _lookup(table: dict, code) -> str:
    return _tr(table[code]) if code in table else str(code or "")


def channel(code: str) -> str:
    return _lookup(CHANNEL_LABELS, code)


def severity(code: str) -> str:
    return _lookup(SEVERITY_LABELS, code)


def complaint_status(code: str) -> str:
    return _lookup(COMPLAINT_STATUS_LABELS, code)


def return_status(code: str) -> str:
    return _lookup(RETURN_STATUS_LABELS, code)


def return_kind(code: str) -> str:
    return _lookup(RETURN_KIND_LABELS, code)


def return_reason(code: str) -> str:
    return _lookup(RETURN_REASON_LABELS, code)


def condition(code: str) -> str:
    return _lookup(CONDITION_LABELS, code)


def disposition(code: str) -> str:
    return _lookup(DISPOSITION_LABELS, code)


def outcome(code: str) -> str:
    return _lookup(OUTCOME_LABELS, code)


def step(code: str) -> str:
    return _lookup(ACTION_LABELS, code)


def incident_rule(code: str) -> str:
    return _lookup(RULE_LABELS, code)


def satisfaction(score: int | None) -> str:
    return _lookup(SATISFACTION_LABELS, score) if score else ""


def fill(combo, table: dict, translate, first: tuple[str, object] | None = None) -> None:
    """Fill a combo with (label, code) pairs of ``table``; ``first`` is an optional leading "all" entry."""
    if first is not None:
        combo.addItem(*first)
    for code in table:
        combo.addItem(translate(code), code)
