"""Satisfaction surveys: responses per client (linked to a visit, callback or delivery) and their answers."""
import datetime as dt

import peewee


def _now():
    return dt.datetime.now().replace(microsecond=0)


class _Base(peewee.Model):
    class Meta:
        legacy_table_names = False


class _Versioned(_Base):
    version = peewee.IntegerField(default=1)
    created_at = peewee.DateTimeField(default=_now)
    updated_at = peewee.DateTimeField(default=_now)
    updated_by = peewee.CharField(max_length=64, default="")


class Client(_Base):  # created by 0001; frozen as far as the foreign key needs it
    pass


class SurveyResponse(_Versioned):
    number = peewee.CharField(max_length=20, unique=True)
    client = peewee.ForeignKeyField(Client)
    source_kind = peewee.CharField(max_length=16)
    source_id = peewee.IntegerField(null=True)
    source_number = peewee.CharField(max_length=20, default="")
    staff = peewee.CharField(max_length=64)
    staff_name = peewee.CharField(max_length=64, default="")
    answered_at = peewee.DateTimeField(default=_now)
    score = peewee.DecimalField(max_digits=4, decimal_places=2, null=True)
    note = peewee.TextField(default="")

    class Meta:
        indexes = (
            (("source_kind", "source_id"), True),
            (("answered_at", "id"), False),
            (("client", "answered_at"), False),
            (("staff", "answered_at"), False),
        )


class SurveyAnswer(_Versioned):
    response = peewee.ForeignKeyField(SurveyResponse, on_delete="CASCADE")
    position = peewee.IntegerField()
    question_key = peewee.CharField(max_length=32)
    question_text = peewee.CharField(max_length=255)
    category = peewee.CharField(max_length=32)
    kind = peewee.CharField(max_length=8)
    score = peewee.SmallIntegerField(null=True)
    choice = peewee.CharField(max_length=64, default="")

    class Meta:
        indexes = ((("response", "position"), True), (("category", "response"), False))


TABLES = [SurveyResponse, SurveyAnswer]


def apply(db):
    with db.bind_ctx(TABLES + [Client]):
        db.create_tables(TABLES)
