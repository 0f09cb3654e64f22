"""Business settings stored in the database, shared by every workstation (PDF header, thresholds …)."""
from __future__ import annotations

import json
from typing import Any

from crdesk.db.models.core import Setting
from crdesk.services import audit
from crdesk.services import permissions as P
from crdesk.services.context import Context
from crdesk.services.errors import ValidationError

DEFAULTS: dict[str, Any] = {
    "company_name": "客户服务中心",
    "company_address": "",
    "company_phone": "",
    "outbound_after_days": 90,
}


class BusinessSettings:
    def __init__(self, ctx: Context):
        self.ctx = ctx

    def get(self, key: str) -> Any:
        row = Setting.get_or_none(Setting.key == key)
        return json.loads(row.value) if row else DEFAULTS.get(key)

    def all(self) -> dict[str, Any]:
        values = dict(DEFAULTS)
        values.update({row.key: json.loads(row.value) for row in Setting.select()})
        return values

    def set(self, key: str, value: Any) -> None:
        self.ctx.require(P.SETTINGS_EDIT)
        if key not in DEFAULTS:
            raise ValidationError(key, "unknown_setting")
        if isinstance(DEFAULTS[key], int) and not isinstance(value, int):
            raise ValidationError(key, "not_a_number")
        with self.ctx.db.atomic():
            row = Setting.get_or_none(Setting.key == key)
            old = json.loads(row.value) if row else DEFAULTS[key]
            encoded = json.dumps(value, ensure_ascii=False)
            if row:
                Setting.update(value=encoded, version=Setting.version + 1, updated_at=self.ctx.now(),
                               updated_by=self.ctx.actor.username).where(Setting.id == row.id).execute()
            else:
                Setting.create(key=key, value=encoded, updated_by=self.ctx.actor.username)
            audit.record(self.ctx, "update", "setting", row.id if row else None, {key: [old, value]})
