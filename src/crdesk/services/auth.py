"""Users, passwords (Argon2id), sign-in with lockout, and user administration (the manager's)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from crdesk.db.models.core import User
from crdesk.services import audit, records
from crdesk.services import permissions as P
from crdesk.services.context import Actor, Context
from crdesk.services.errors import AuthenticationError, ValidationError

# RFC 9106 "second recommended" profile: Argon2id, 64 MiB, t=3, p=4 — above OWASP's 19 MiB/t=2/p=1 minimum.
HASHER = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4)
MAX_FAILED_ATTEMPTS = 5
LOCKOUT = dt.timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    version: int


def _info(user: User) -> UserInfo:
    return UserInfo(user.id, user.username, user.display_name, user.role, user.active, user.version)


def actor_of(user: User | UserInfo) -> Actor:
    return Actor(user.id, user.username, user.display_name, user.role)


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", "password_too_short", min=MIN_PASSWORD_LENGTH)


def _check_user_fields(username: str, display_name: str, role: str) -> None:
    errors = []
    if not username.strip() or len(username) > 64 or any(ch.isspace() for ch in username):
        errors.append(("username", "invalid_username", {}))
    if not display_name.strip() or len(display_name) > 64:
        errors.append(("display_name", "required", {}))
    if role not in P.ROLES:
        errors.append(("role", "invalid_choice", {}))
    if errors:
        raise ValidationError.of(errors)


def has_users(ctx: Context) -> bool:
    return User.select().exists()


def create_first_manager(ctx: Context, username: str, display_name: str, password: str) -> UserInfo:
    """Only while the database has no user at all: the first account is a manager."""
    with ctx.db.atomic():
        if has_users(ctx):
            raise ValidationError("username", "users_exist")
        return _create(ctx, username, display_name, "manager", password)


def _create(ctx: Context, username: str, display_name: str, role: str, password: str) -> UserInfo:
    username = username.strip()
    _check_user_fields(username, display_name, role)
    _check_password(password)
    if User.select().where(User.username == username).exists():
        raise ValidationError("username", "duplicate_username")
    user = records.create(ctx, User, username=username, display_name=display_name.strip(), role=role,
                          password_hash=HASHER.hash(password))
    return _info(user)


def sign_in(ctx: Context, username: str, password: str) -> UserInfo:
    """Verify a password; five failures lock the account for 15 minutes.

    A failure is committed before the refusal is raised, so the count survives the refusal.
    """
    with ctx.db.atomic():
        user = User.get_or_none(User.username == username.strip())
        refusal = _refusal(ctx, user, password)
        if refusal is None:
            return _accept(ctx, user, password)
    raise refusal


def _refusal(ctx: Context, user: User | None, password: str) -> AuthenticationError | None:
    if user is None:
        HASHER.hash(password)  # spend the same time as a real check
        return AuthenticationError("bad_credentials")
    if not user.active:
        return AuthenticationError("inactive")
    now = ctx.now()
    if user.locked_until and user.locked_until > now:
        return AuthenticationError("locked", until=user.locked_until)
    try:
        HASHER.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        _register_failure(ctx, user, now)
        return AuthenticationError("bad_credentials")
    return None


def _accept(ctx: Context, user: User, password: str) -> UserInfo:
    changes = {"failed_attempts": 0, "locked_until": None, "last_login_at": ctx.now()}
    if HASHER.check_needs_rehash(user.password_hash):
        changes["password_hash"] = HASHER.hash(password)
    User.update(**changes).where(User.id == user.id).execute()
    audit.record(Context(ctx.db, actor_of(user), ctx.clock), "sign_in", "user", user.id)
    return _info(User.get_by_id(user.id))


def _register_failure(ctx: Context, user: User, now: dt.datetime) -> None:
    failures = user.failed_attempts + 1
    locked_until = now + LOCKOUT if failures >= MAX_FAILED_ATTEMPTS else None
    User.update(failed_attempts=0 if locked_until else failures, locked_until=locked_until).where(
        User.id == user.id).execute()
    if locked_until:
        audit.record(ctx, "lockout", "user", user.id, reason=f"{MAX_FAILED_ATTEMPTS} failed sign-ins")


class UserService:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def list(self) -> list[UserInfo]:
        self.ctx.require(P.USERS_MANAGE)
        return [_info(u) for u in User.select().order_by(User.username)]

    def add(self, username: str, display_name: str, role: str, password: str) -> UserInfo:
        self.ctx.require(P.USERS_MANAGE)
        with self.ctx.db.atomic():
            return _create(self.ctx, username, display_name, role, password)

    def update(self, user_id: int, version: int, display_name: str, role: str, active: bool) -> UserInfo:
        self.ctx.require(P.USERS_MANAGE)
        user = records.get(User, user_id)
        _check_user_fields(user.username, display_name, role)
        if user_id == self.ctx.actor.user_id and (role != "manager" or not active):
            raise ValidationError("role", "cannot_demote_self")
        with self.ctx.db.atomic():
            row = records.update(self.ctx, User, user_id, version,
                                 {"display_name": display_name.strip(), "role": role, "active": active})
        return _info(row)

    def set_password(self, user_id: int, password: str) -> None:
        """The manager resets anyone's password; every user may change their own."""
        if user_id != self.ctx.actor.user_id:
            self.ctx.require(P.USERS_MANAGE)
        _check_password(password)
        with self.ctx.db.atomic():
            User.update(password_hash=HASHER.hash(password), failed_attempts=0, locked_until=None).where(
                User.id == user_id).execute()
            audit.record(self.ctx, "set_password", "user", user_id)
