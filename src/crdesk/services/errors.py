"""Typed service errors. Each carries a stable ``code``; the UI and CLI turn codes into translated text."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any


class ServiceError(Exception):
    code = "error"

    def __init__(self, code: str | None = None, **params: Any):
        self.code = code or self.code
        self.params = params
        super().__init__(self.code, params)


class ValidationError(ServiceError):
    """Bad input in one field. ``errors`` holds every field error found, first one also in field/code."""

    def __init__(self, field: str, code: str, **params: Any):
        super().__init__(code, **params)
        self.field = field
        self.errors: list[tuple[str, str, dict]] = [(field, code, params)]

    @classmethod
    def of(cls, errors: list[tuple[str, str, dict]]) -> "ValidationError":
        field, code, params = errors[0]
        error = cls(field, code, **params)
        error.errors = list(errors)
        return error


class PermissionDenied(ServiceError):
    code = "permission_denied"

    def __init__(self, permission: str):
        super().__init__(permission=permission)
        self.permission = permission


class NotFound(ServiceError):
    code = "not_found"

    def __init__(self, what: str, key: Any):
        super().__init__(what=what, key=key)


class AuthenticationError(ServiceError):
    """Sign-in refused: code is bad_credentials, locked (params: until) or inactive."""


class InvalidTransition(ServiceError):
    code = "invalid_transition"


class ConnectionLost(ServiceError):
    """The database went away; nothing of the current transaction was committed."""

    code = "connection_lost"


@dataclass
class ConflictInfo:
    table: str
    record_id: int
    my_version: int
    their_version: int
    changed_by: str
    changed_at: dt.datetime | None
    theirs: dict[str, Any] = field(default_factory=dict)


class ConflictError(ServiceError):
    """Someone else saved the record first; nothing was written."""

    code = "conflict"

    def __init__(self, info: ConflictInfo):
        super().__init__(changed_by=info.changed_by, changed_at=info.changed_at)
        self.info = info
