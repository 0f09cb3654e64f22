import datetime as dt

import pytest
from argon2 import PasswordHasher
from argon2.profiles import RFC_9106_LOW_MEMORY

from crdesk.services import auth
from crdesk.services.context import Context
from crdesk.services.errors import AuthenticationError, PermissionDenied, ValidationError

PASSWORD = "correct horse 9"


@pytest.fixture
def ctx(db):
    return Context(db)


def test_first_start_creates_one_manager_then_refuses(ctx):
    assert not auth.has_users(ctx)
    user = auth.create_first_manager(ctx, "wang", "王经理", PASSWORD)
    assert user.role == "manager"
    with pytest.raises(ValidationError) as caught:
        auth.create_first_manager(ctx, "li", "李", PASSWORD)
    assert caught.value.code == "users_exist"


def test_sign_in_accepts_the_password_and_refuses_others(ctx):
    auth.create_first_manager(ctx, "wang", "王经理", PASSWORD)
    assert auth.sign_in(ctx, "wang", PASSWORD).username == "wang"
    for username, password in (("wang", "wrong password"), ("nobody", PASSWORD)):
        with pytest.raises(AuthenticationError) as caught:
            auth.sign_in(ctx, username, password)
        assert caught.value.code == "bad_credentials"


def test_five_failures_lock_the_account_for_fifteen_minutes(db):
    clock = {"now": dt.datetime(2026, 11, 28, 9, 0)}
    ctx = Context(db, clock=lambda: clock["now"])
    auth.create_first_manager(ctx, "wang", "王经理", PASSWORD)
    for _ in range(auth.MAX_FAILED_ATTEMPTS):
        with pytest.raises(AuthenticationError):
            auth.sign_in(ctx, "wang", "wrong password")
    with pytest.raises(AuthenticationError) as caught:
        auth.sign_in(ctx, "wang", PASSWORD)  # even the right password, while locked
    assert caught.value.code == "locked"
    clock["now"] += auth.LOCKOUT + dt.timedelta(seconds=1)
    assert auth.sign_in(ctx, "wang", PASSWORD).username == "wang"


def test_inactive_user_cannot_sign_in(manager, ctx):
    clerk = manager.users.add("zhang", "张配送", "clerk", PASSWORD)
    manager.users.update(clerk.id, clerk.version, "张配送", "clerk", active=False)
    with pytest.raises(AuthenticationError) as caught:
        auth.sign_in(ctx, "zhang", PASSWORD)
    assert caught.value.code == "inactive"


def test_reception_cannot_manage_users_or_read_the_audit_log(reception):
    with pytest.raises(PermissionDenied):
        reception.users.list()
    with pytest.raises(PermissionDenied):
        reception.users.add("x", "X", "manager", PASSWORD)
    with pytest.raises(PermissionDenied):
        reception.audit.search()
    with pytest.raises(PermissionDenied):
        reception.settings.set("company_name", "改名")


def test_manager_cannot_demote_or_deactivate_themselves(manager):
    me = next(u for u in manager.users.list() if u.username == manager.actor.username)
    with pytest.raises(ValidationError):
        manager.users.update(me.id, me.version, me.display_name, "reception", True)


@pytest.mark.parametrize("password", ["short", ""])
def test_short_passwords_are_refused_at_the_password_field(manager, password):
    with pytest.raises(ValidationError) as caught:
        manager.users.add("li", "李", "reception", password)
    assert caught.value.field == "password"


@pytest.mark.real_hashing
def test_passwords_are_argon2id_at_or_above_the_owasp_minimum(ctx):
    from crdesk.db.models.core import User

    auth.create_first_manager(ctx, "wang", "王经理", PASSWORD)
    stored = User.get(User.username == "wang").password_hash
    assert stored.startswith("$argon2id$")
    params = dict(part.split("=") for part in stored.split("$")[3].split(","))
    assert int(params["m"]) >= 19456 and int(params["t"]) >= 2 and int(params["p"]) >= 1
    assert int(params["m"]) >= RFC_9106_LOW_MEMORY.memory_cost
    assert PasswordHasher().verify(stored, PASSWORD)
