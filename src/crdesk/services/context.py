"""Who is acting, on which database: passed to every service."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable

from crdesk.services.errors import PermissionDenied
from crdesk.services.permissions import ROLE_PERMISSIONS

if TYPE_CHECKING:
    import peewee


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    display_name: str
    role: str

    @property
    def permissions(self) -> frozenset[str]:
        return ROLE_PERMISSIONS.get(self.role, frozenset())

    def can(self, permission: str) -> bool:
        return permission in self.permissions


SYSTEM = Actor(None, "system", "系统", "manager")


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


@dataclass
class Context:
    db: peewee.Database
    actor: Actor = SYSTEM
    clock: Callable[[], dt.datetime] = field(default=_now)

    def require(self, permission: str) -> None:
        if not self.actor.can(permission):
            raise PermissionDenied(permission)

    def now(self) -> dt.datetime:
        return self.clock()

    def today(self) -> dt.date:
        return self.clock().date()
