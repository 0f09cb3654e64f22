import pytest

from crdesk.db import migrations
from crdesk.db.migrations import SchemaTooNew, SchemaVersion


def test_schema_is_at_the_latest_version_on_every_backend(db):
    assert migrations.current_version(db) == migrations.latest_version()
    assert migrations.pending(db) == []
    for table in ("user", "audit_log", "client", "contact", "visit", "visitor", "product", "vehicle", "driver"):
        assert table in db.get_tables()


def test_upgrading_again_changes_nothing(db):
    assert migrations.upgrade(db) == []


def test_a_migration_numbered_below_the_newest_applied_one_still_runs(db):
    middle = migrations.available()[1]
    with SchemaVersion.bind_ctx(db):
        SchemaVersion.delete().where(SchemaVersion.version == middle.number).execute()
        try:
            assert [m.number for m in migrations.pending(db)] == [middle.number]
        finally:  # a server database is shared by the tests of this run
            SchemaVersion.create(version=middle.number, name=middle.name)


def test_a_schema_newer_than_this_crdesk_is_refused_before_anything_is_written(db):

    newer = migrations.latest_version() + 1
    with SchemaVersion.bind_ctx(db):
        SchemaVersion.create(version=newer, name="from_a_newer_crdesk")
        try:
            with pytest.raises(SchemaTooNew) as refused:
                migrations.upgrade(db)
            assert (refused.value.version, refused.value.latest) == (newer, migrations.latest_version())
            assert migrations.current_version(db) == newer
        finally:  # a server database is shared by the tests of this run
            SchemaVersion.delete().where(SchemaVersion.version == newer).execute()
