"""Who can be given work: active users and their display names (readable by every role, unlike user
administration)."""
from __future__ import annotations

from dataclasses import dataclass

from crdesk.db.models.core import User
from crdesk.services.permissions import ROLE_PERMISSIONS


@dataclass(frozen=True)
class StaffMember:
    username: str
    display_name: str
    role: str


def _roles_with(permission: str) -> list[str]:
    return [role for role, granted in ROLE_PERMISSIONS.items() if permission in granted]


def staff_with(permission: str) -> list[StaffMember]:
    """Active users whose role has ``permission``, by display name."""
    query = (User.select(User.username, User.display_name, User.role)
             .where((User.active == True) & (User.role.in_(_roles_with(permission))))  # noqa: E712
             .order_by(User.display_name, User.username))
    return [StaffMember(u.username, u.display_name, u.role) for u in query]


def is_staff(username: str, permission: str) -> bool:
    return bool(username) and User.select().where(
        (User.username == username) & (User.active == True)  # noqa: E712
        & (User.role.in_(_roles_with(permission)))).exists()


def display_names(usernames: set[str]) -> dict[str, str]:
    """username → display name for the given usernames (unknown ones map to themselves)."""
    wanted = {u for u in usernames if u}
    found = {u.username: u.display_name for u in User.select(User.username, User.display_name)
             .where(User.username.in_(list(wanted)))} if wanted else {}
    return {u: found.get(u, u) for u in wanted}
