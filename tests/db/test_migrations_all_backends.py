from crdesk.db import migrations


def test_schema_is_at_the_latest_version_on_every_backend(db):
    assert migrations.current_version(db) == migrations.latest_version()
    assert migrations.pending(db) == []
    for table in ("user", "audit_log", "client", "contact", "visit", "visitor", "product", "vehicle", "driver"):
        assert table in db.get_tables()


def test_upgrading_again_changes_nothing(db):
    assert migrations.upgrade(db) == []
