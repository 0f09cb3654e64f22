"""What every tab and dialog gets injected: the DB worker, preferences, translations, the signed-in actor."""
from __future__ import annotations

from dataclasses import dataclass

from crdesk.services.context import Actor
from crdesk.settings import Preferences
from crdesk.ui.i18n import Translations
from crdesk.ui.tasks import DbWorker


@dataclass
class AppContext:
    worker: DbWorker
    prefs: Preferences
    translations: Translations
    db_url: str

    @property
    def actor(self) -> Actor:
        return self.worker.services.actor

    def can(self, permission: str) -> bool:
        return self.actor.can(permission)
