"""Users, audit trail, business settings and document number sequences."""
from __future__ import annotations

import peewee

from crdesk.db.base import BaseModel, VersionedModel, now


class User(VersionedModel):
    username = peewee.CharField(max_length=64, unique=True)
    display_name = peewee.CharField(max_length=64)
    role = peewee.CharField(max_length=16)  # manager / reception / clerk / driver
    password_hash = peewee.CharField(max_length=255)
    active = peewee.BooleanField(default=True)
    failed_attempts = peewee.IntegerField(default=0)
    locked_until = peewee.DateTimeField(null=True)
    last_login_at = peewee.DateTimeField(null=True)


class AuditLog(BaseModel):
    at = peewee.DateTimeField(default=now, index=True)
    username = peewee.CharField(max_length=64, index=True)
    action = peewee.CharField(max_length=32)
    table_name = peewee.CharField(max_length=64)
    record_id = peewee.IntegerField(null=True)
    changes = peewee.TextField(default="")  # JSON {field: [old, new]}
    reason = peewee.TextField(default="")

    class Meta:
        indexes = ((("table_name", "record_id"), False),)


class Setting(VersionedModel):
    """Business settings shared by every workstation (company header, numbering, thresholds)."""

    key = peewee.CharField(max_length=64, unique=True)
    value = peewee.TextField()  # JSON


class NumberSequence(BaseModel):
    """One counter per document kind; incremented under a row lock so numbers never repeat."""

    name = peewee.CharField(max_length=32, primary_key=True)
    next_value = peewee.BigIntegerField(default=1)
