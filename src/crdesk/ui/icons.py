"""Icons from qtawesome (Font Awesome 5 solid), by role rather than by glyph name."""
from __future__ import annotations

from PySide6.QtGui import QIcon

GLYPHS = {
    "new": "fa5s.plus", "save": "fa5s.save", "find": "fa5s.search", "print": "fa5s.print",
    "refresh": "fa5s.sync-alt", "delete": "fa5s.trash-alt", "edit": "fa5s.edit", "export": "fa5s.file-export",
    "clients": "fa5s.address-book", "visits": "fa5s.phone-alt", "reception": "fa5s.id-badge",
    "users": "fa5s.users-cog", "audit": "fa5s.history", "settings": "fa5s.cog", "sign_out": "fa5s.sign-out-alt",
    "check_in": "fa5s.sign-in-alt", "check_out": "fa5s.door-open", "complaints": "fa5s.exclamation-circle",
    "returns": "fa5s.undo-alt", "planning": "fa5s.clipboard-list", "deliveries": "fa5s.truck",
    "fleet": "fa5s.car", "dashboard": "fa5s.tachometer-alt", "language": "fa5s.language", "quit": "fa5s.power-off",
    "warning": "fa5s.exclamation-triangle", "ok": "fa5s.check", "pdf": "fa5s.file-pdf", "call": "fa5s.headset",
}


def icon(role: str) -> QIcon:
    import qtawesome

    return qtawesome.icon(GLYPHS.get(role, role), color="#2d5d8a")
