"""Client files (客户档案), contacts, visits and follow-ups (拜访/回访), the visitor log (来访登记)."""
from __future__ import annotations

import peewee

from crdesk.db.base import VersionedModel, now

CLIENT_KINDS = ("dealer", "retailer", "consumer", "other")  # 经销商 / 零售商 / 消费者 / 其他
CLIENT_GRADES = ("A", "B", "C", "D")
VISIT_KINDS = ("reception", "call", "onsite", "outbound")  # 来访接待 / 电话回访 / 上门拜访 / 主动呼出


class Client(VersionedModel):
    code = peewee.CharField(max_length=16, unique=True)
    name = peewee.CharField(max_length=200, index=True)
    kind = peewee.CharField(max_length=16, default="dealer")
    grade = peewee.CharField(max_length=2, default="C")
    region = peewee.CharField(max_length=64, default="", index=True)
    address = peewee.CharField(max_length=255, default="")
    phone = peewee.CharField(max_length=32, default="", index=True)
    note = peewee.TextField(default="")
    active = peewee.BooleanField(default=True)
    # Lower-cased name, code, phones and contact names: what the search box matches against.
    search_text = peewee.TextField(default="")
    last_contact_at = peewee.DateTimeField(null=True, index=True)


class Contact(VersionedModel):
    client = peewee.ForeignKeyField(Client, backref="contacts", on_delete="CASCADE")
    name = peewee.CharField(max_length=64)
    title = peewee.CharField(max_length=64, default="")
    phone = peewee.CharField(max_length=32, default="")
    email = peewee.CharField(max_length=128, default="")
    is_primary = peewee.BooleanField(default=False)


class Visit(VersionedModel):
    number = peewee.CharField(max_length=20, unique=True)
    client = peewee.ForeignKeyField(Client, backref="visits")
    kind = peewee.CharField(max_length=16)
    staff = peewee.CharField(max_length=64)
    visited_at = peewee.DateTimeField(default=now, index=True)
    purpose = peewee.CharField(max_length=255, default="")
    summary = peewee.TextField(default="")
    satisfaction = peewee.SmallIntegerField(null=True)
    next_follow_up = peewee.DateField(null=True, index=True)
    follow_up_done = peewee.BooleanField(default=False)


class Visitor(VersionedModel):
    number = peewee.CharField(max_length=20, unique=True)
    name = peewee.CharField(max_length=64)
    organisation = peewee.CharField(max_length=200, default="")
    phone = peewee.CharField(max_length=32, default="")
    purpose = peewee.CharField(max_length=255, default="")
    host = peewee.CharField(max_length=64, default="")
    badge = peewee.CharField(max_length=32, default="")
    client = peewee.ForeignKeyField(Client, null=True, backref="visitor_entries")
    checked_in_at = peewee.DateTimeField(default=now, index=True)
    checked_out_at = peewee.DateTimeField(null=True)
