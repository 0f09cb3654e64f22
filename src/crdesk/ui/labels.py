"""Translated labels for stored codes that several screens show."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crdesk.services.clients import KIND_LABELS
from crdesk.services.delivery_rules import ORDER_STATUS_LABELS
from crdesk.services.visits import KIND_LABELS as VISIT_KIND_LABELS

# Area modules add their history kinds here ("complaint": "投诉", …).
HISTORY_KINDS: dict[str, str] = {"visitor": "来访登记"}
HISTORY_KINDS.update({f"visit.{kind}": label for kind, label in VISIT_KIND_LABELS.items()})
HISTORY_KINDS.update({"complaint": "投诉", "return": "退换货", "survey": "满意度调查"})
HISTORY_KINDS.update({f"delivery.{status}": f"送货（{label}）" for status, label in ORDER_STATUS_LABELS.items()})

ROLE_LABELS = {"manager": "部门经理", "reception": "接待员", "clerk": "配送员", "driver": "司机"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def history_kind(kind: str) -> str:
    return _tr(HISTORY_KINDS.get(kind, kind))


def client_kind(kind: str) -> str:
    return _tr(KIND_LABELS.get(kind, kind))


def visit_kind(kind: str) -> str:
    return _tr(VISIT_KIND_LABELS.get(kind, kind))


def role(name: str) -> str:
    return _tr(ROLE_LABELS.get(name, name))
